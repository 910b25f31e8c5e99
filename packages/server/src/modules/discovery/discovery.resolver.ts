import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { VisitOutcomeEnum, VisitStatusEnum } from '../../graphql/enums';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { DiscoveryRuleType, DiscoveryRunRuleType, VisitRuleStatsType, VisitTaskPage, VisitTaskType } from './discovery.types';
import { listVisitTasks, recordVisitOutcome, runDiscovery, visitTaskStats } from './discovery.service';
import { DISCOVERY_RULES } from './rules';

/** 主动发现 (政策找人): rules, visit tasks and their outcomes. */
@Resolver()
export class DiscoveryResolver {
  @Authorized(Permission.ApplicationRead)
  @Query(() => [DiscoveryRuleType], { description: '发现规则及其参数' })
  discoveryRules() {
    return DISCOVERY_RULES.map(({ code, name, description, parameters }) => ({ code, name, description, parameters }));
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => VisitTaskPage, { description: '走访任务（本辖区）：待走访的按期限在前' })
  async visitTasks(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('status', () => VisitStatusEnum, { nullable: true }) status?: string | null,
    @Arg('ruleCode', () => String, { nullable: true }) ruleCode?: string | null,
  ) {
    const r = await listVisitTasks(ctx, { status, ruleCode }, { page, pageSize });
    return { ...r, page, pageSize };
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => [VisitRuleStatsType], { description: '各发现规则的走访任务统计（本辖区，每条规则都列出）' })
  visitTaskStats(@Ctx() { ctx }: GqlContext) {
    return visitTaskStats(ctx);
  }

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => VisitTaskType, { description: '记录走访结果：已申请、无需救助或本人拒绝（后两者须说明）' })
  recordVisitOutcome(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => VisitOutcomeEnum) outcome: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('version', () => Int) version: number,
  ) {
    return recordVisitOutcome(ctx, id, outcome, note, version);
  }

  @Authorized(Permission.CrosscheckRun)
  @Mutation(() => [DiscoveryRunRuleType], { description: '立即运行发现规则（全区；每晚随全面比对自动运行）' })
  async runDiscovery(@Ctx() { ctx }: GqlContext) {
    return (await runDiscovery(ctx)).rules;
  }
}
