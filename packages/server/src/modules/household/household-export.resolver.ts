import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { exporterOf } from '../exports/exporter';
import { startListExport } from '../exports/export.service';
import '../exports/lists';
import { JobType } from '../jobs/jobs.types';
import { HouseholdFilterInput } from './household.types';

@Resolver()
export class HouseholdExportResolver {
  @Authorized(Permission.HouseholdExport)
  @Mutation(() => JobType, {
    description: '后台导出台账（脱敏，最多 2 万户；完成后发起人在“后台任务”中下载；记入操作日志）',
    deprecationReason: '请用 startListExport(list: HOUSEHOLDS, filters: { households: … })（docs/api-contract.md）',
  })
  startHouseholdExport(@Ctx() { ctx }: GqlContext, @Arg('filter', () => HouseholdFilterInput, { nullable: true }) filter?: HouseholdFilterInput) {
    return startListExport(ctx, exporterOf('HOUSEHOLDS')!, { filter: { ...(filter ?? {}) } });
  }
}
