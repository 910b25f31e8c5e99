import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { FindingTaskOutcomeEnum } from '../../graphql/enums';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { WorkbenchTodos } from '../workbench/workbench.types';
import { SupervisionBoardType } from '../workflow/workflow.types';
import type { FindingTaskOutcome } from './crosscheck.codes';
import { findingStats, findingTodoCounts, getFinding, listFindings } from './crosscheck.query';
import { crosscheckRules, requestCrosscheck } from './crosscheck.service';
import { CrosscheckRuleType, FindingFilterInput, FindingPage, FindingStatsType, FindingType, ReviewFindingsInput } from './crosscheck.types';
import { completeFindingTask, reviewFindings } from './review.service';

@Resolver()
export class CrosscheckResolver {
  @Authorized(Permission.FindingRead)
  @Query(() => FindingPage, { description: '比对疑点列表：按规则、区划、严重程度、状态、逾期、姓名筛选' })
  findings(
    @Ctx() { ctx }: GqlContext,
    @Args() page: PageArgsInput,
    @Arg('filter', () => FindingFilterInput, { nullable: true }) filter?: FindingFilterInput | null,
  ) {
    return listFindings(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.FindingRead)
  @Query(() => FindingType, { description: '一条疑点：依据、数据来源、复核和处理情况、同一对象此前的疑点' })
  finding(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getFinding(ctx, id);
  }

  @Authorized(Permission.FindingRead)
  @Query(() => FindingStatsType, { description: '疑点统计：按状态、规则、镇街' })
  findingStats(@Ctx() { ctx }: GqlContext, @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null) {
    return findingStats(ctx, areaCode);
  }

  @Authorized(Permission.FindingRead)
  @Query(() => [CrosscheckRuleType], { description: '比对规则目录：编号、名称、说明、严重程度、版本、生效日期、参数' })
  crosscheckRules(@Ctx() { ctx }: GqlContext) {
    return crosscheckRules(ctx);
  }

  @Authorized(Permission.FindingReview)
  @Mutation(() => [FindingType], { description: '批量复核疑点（属实 / 排除）：全部成功或全部不保存；排除须填写理由' })
  reviewFindings(@Ctx() { ctx }: GqlContext, @Arg('input', () => ReviewFindingsInput) input: ReviewFindingsInput) {
    return reviewFindings(ctx, input);
  }

  @Authorized(Permission.BenefitManage)
  @Mutation(() => FindingType, { description: '主管部门处理属实疑点：停止、暂停、渐退（变更救助记录）、调整金额或维持' })
  completeFindingTask(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => FindingTaskOutcomeEnum) outcome: FindingTaskOutcome,
    @Arg('note', () => String) note: string,
  ) {
    return completeFindingTask(ctx, id, outcome, note);
  }

  @Authorized(Permission.CrosscheckRun)
  @Mutation(() => ID, { description: '立即全面比对（后台任务；返回任务编号，已有排队中的比对时返回它）' })
  runCrosscheck(@Ctx() { ctx }: GqlContext) {
    return requestCrosscheck(ctx);
  }
}

/** 工作台: 待复核疑点 (town windows) and 待处理疑点任务 (departments); null without the permission. */
@Resolver(() => WorkbenchTodos)
export class CrosscheckTodosResolver {
  @FieldResolver(() => Int, { nullable: true, description: '待复核疑点（镇街窗口：本镇街待复核的比对疑点）' })
  async findingsToReview(@Ctx() { ctx }: GqlContext): Promise<number | null> {
    if (!ctx.can('finding.review')) return null;
    return (await findingTodoCounts(ctx)).toReview;
  }

  @FieldResolver(() => Int, { nullable: true, description: '待处理疑点任务（部门经办人员：本部门救助记录经复核属实的疑点）' })
  async findingTasks(@Ctx() { ctx }: GqlContext): Promise<number | null> {
    if (!ctx.can('finding.read') || !ctx.can('benefit.manage') || !ctx.departmentId) return null;
    return (await findingTodoCounts(ctx)).tasks;
  }
}

/** 督办看板: overdue findings (past due, still 待复核) in the actor's scope; null without `finding.read`. */
@Resolver(() => SupervisionBoardType)
export class CrosscheckBoardResolver {
  @FieldResolver(() => Int, { nullable: true, description: '逾期未复核的比对疑点' })
  async overdueFindings(@Ctx() { ctx }: GqlContext): Promise<number | null> {
    if (!ctx.can('finding.read')) return null;
    return (await findingTodoCounts(ctx)).overdue;
  }
}
