import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { dashboard } from './dashboard.query';
import { DashboardType } from './dashboard.types';

/** 统计看板 (README.md): every figure from dashboard.query.ts. */
@Resolver()
export class DashboardResolver {
  @Authorized(Permission.DashboardRead)
  @Query(() => DashboardType, { description: '统计看板：救助对象、月度趋势、办理时效、超期与督办、疑点、主动发现与群众端；按区域下钻（本辖区）' })
  dashboard(
    @Ctx() { ctx }: GqlContext,
    @Arg('areaCode', () => String, { nullable: true, description: '查看的区域（本人管辖区域或其下级镇街、村社）；不填为本人管辖区域' }) areaCode?:
      | string
      | null,
  ) {
    return dashboard(ctx, { areaCode });
  }
}
