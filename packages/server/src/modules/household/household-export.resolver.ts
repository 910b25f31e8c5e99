import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { JobType } from '../jobs/jobs.types';
import { startHouseholdExport } from './household.export';
import { HouseholdFilterInput } from './household.types';

@Resolver()
export class HouseholdExportResolver {
  @Authorized(Permission.HouseholdExport)
  @Mutation(() => JobType, { description: '后台导出台账（脱敏，最多 2 万户；完成后发起人在“后台任务”中下载；记入操作日志）' })
  startHouseholdExport(@Ctx() { ctx }: GqlContext, @Arg('filter', () => HouseholdFilterInput, { nullable: true }) filter?: HouseholdFilterInput) {
    return startHouseholdExport(ctx, { ...(filter ?? {}) });
  }
}
