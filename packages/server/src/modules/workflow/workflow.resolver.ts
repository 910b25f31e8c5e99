import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import type { RequestContext } from '../../graphql/request-context';
import { Permission } from '../auth/permissions';
import { confirmPreApplication, registerApplication, rejectPreApplication, submitPreApplication } from './application.service';
import {
  completePublicity,
  decideReferral,
  followUp,
  provideSupplement,
  requestSupplement,
  resubmitReferral,
  returnReferral,
  signReferrals,
  startVerification,
  transferReferral,
  withdrawReferral,
} from './referral.service';
import { answerSupervision, decideExtension, requestExtension, superviseReferral } from './supervision.service';
import { informantResponse } from './informant-response.query';
import { getApplication, getReferral, listApplications, listMyPreApplications, listReferrals, pendingExtensions, supervisionBoard } from './workflow.query';
import {
  ApplicationDetailType,
  ApplicationFilterInput,
  ApplicationInputType,
  ApplicationPage,
  BatchResultType,
  DecisionInputType,
  InformantResponseBoardType,
  MyPreApplicationPage,
  PreApplicationInputType,
  ReferralDetailType,
  ReferralFilterInput,
  ReferralPage,
  ReferralRefInput,
  ReferralType,
  PendingExtensionType,
  RegisteredApplicationType,
  SupervisionBoardType,
} from './workflow.types';

/** The referral as shown after an action (fresh view with clock). */
async function fresh(ctx: RequestContext, id: string) {
  return (await getReferral(ctx, id)).referral;
}

@Resolver()
export class WorkflowResolver {
  // ---- reads ----

  @Authorized(Permission.ApplicationRead)
  @Query(() => ApplicationPage, { description: '申请列表（窗口：本辖区；预申请待确认的排在前面）' })
  async applications(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('filter', () => ApplicationFilterInput, { nullable: true }) filter?: ApplicationFilterInput | null,
  ) {
    const r = await listApplications(ctx, filter ?? {}, page, pageSize);
    return { ...r, page, pageSize };
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => ApplicationDetailType, { description: '一件事：申请及其全部转办单、材料和办理过程' })
  application(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getApplication(ctx, id);
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => ReferralPage, { description: '转办单列表（部门待办按期限排序）' })
  async referrals(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('filter', () => ReferralFilterInput, { nullable: true }) filter?: ReferralFilterInput | null,
  ) {
    const r = await listReferrals(ctx, filter ?? {}, page, pageSize);
    return { ...r, page, pageSize };
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => ReferralDetailType, { description: '转办单详情：办理过程、督办、延期、材料' })
  referral(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getReferral(ctx, id);
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => SupervisionBoardType, { description: '督办看板：按部门、镇街统计预警和超期' })
  supervisionBoard(@Ctx() { ctx }: GqlContext) {
    return supervisionBoard(ctx);
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => InformantResponseBoardType, { description: '督办看板“线索响应”：信息员线索从报送到窗口首次处理的工作时长，按镇街（或一个镇街的村社）统计' })
  informantResponse(
    @Ctx() { ctx }: GqlContext,
    @Arg('from', { description: '统计期间开始（报送日期，YYYY-MM-DD）' }) from: string,
    @Arg('to', { description: '统计期间结束（含）' }) to: string,
    @Arg('townCode', () => String, { nullable: true, description: '下钻到该镇街的村社' }) townCode?: string | null,
  ) {
    return informantResponse(ctx, { from, to, townCode });
  }

  @Authorized(Permission.ReferralSupervise)
  @Query(() => [PendingExtensionType], { description: '待审批的延期申请（本辖区）' })
  pendingExtensions(@Ctx() { ctx }: GqlContext) {
    return pendingExtensions(ctx);
  }

  @Authorized(Permission.ApplicationPreSubmit)
  @Query(() => MyPreApplicationPage, { description: '我报送的线索（信息员）：状态、受理号、不予受理理由' })
  async myPreApplications(@Ctx() { ctx }: GqlContext, @Args() { page, pageSize }: PageArgsInput) {
    const r = await listMyPreApplications(ctx, { page, pageSize });
    return { ...r, page, pageSize };
  }

  // ---- window ----

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => RegisteredApplicationType, { description: '窗口一表登记受理：生成受理号并分办到各主管部门' })
  registerApplication(@Ctx() { ctx }: GqlContext, @Arg('input') input: ApplicationInputType) {
    return registerApplication(ctx, input);
  }

  @Authorized(Permission.ApplicationPreSubmit)
  @Mutation(() => ID, { description: '信息员报送预申请（进入窗口待确认队列）' })
  submitPreApplication(@Ctx() { ctx }: GqlContext, @Arg('input') input: PreApplicationInputType) {
    return submitPreApplication(ctx, input);
  }

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => RegisteredApplicationType, { description: '窗口确认预申请并受理' })
  confirmPreApplication(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('input') input: ApplicationInputType) {
    return confirmPreApplication(ctx, id, input);
  }

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => Boolean, { description: '预申请不予受理（说明理由）' })
  async rejectPreApplication(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string) {
    await rejectPreApplication(ctx, id, reason);
    return true;
  }

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => ReferralType, { description: '窗口提交补正材料（恢复计时）' })
  async provideSupplement(
    @Ctx() { ctx }: GqlContext,
    @Arg('ref') ref: ReferralRefInput,
    @Arg('note') note: string,
    @Arg('fileIds', () => [ID], { nullable: true }) fileIds?: string[] | null,
  ) {
    return fresh(ctx, (await provideSupplement(ctx, ref, note, fileIds)).id);
  }

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => ReferralType, { description: '退回的转办单重新派发（重新计时）' })
  async resubmitReferral(@Ctx() { ctx }: GqlContext, @Arg('ref') ref: ReferralRefInput, @Arg('note') note: string) {
    return fresh(ctx, (await resubmitReferral(ctx, ref, note)).id);
  }

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => ReferralType, { description: '申请人撤回' })
  async withdrawReferral(@Ctx() { ctx }: GqlContext, @Arg('ref') ref: ReferralRefInput, @Arg('reason') reason: string) {
    return fresh(ctx, (await withdrawReferral(ctx, ref, reason)).id);
  }

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => Boolean, { description: '窗口跟踪反馈记录' })
  async followUpReferral(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('note') note: string) {
    await followUp(ctx, id, note);
    return true;
  }

  // ---- department ----

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => [BatchResultType], { description: '（批量）签收' })
  signReferrals(@Ctx() { ctx }: GqlContext, @Arg('refs', () => [ReferralRefInput]) refs: ReferralRefInput[]) {
    return signReferrals(ctx, refs);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => ReferralType, { description: '要求补正材料（暂停计时）' })
  async requestSupplement(
    @Ctx() { ctx }: GqlContext,
    @Arg('ref') ref: ReferralRefInput,
    @Arg('note') note: string,
    @Arg('dueDate', () => String, { nullable: true }) dueDate?: string | null,
  ) {
    return fresh(ctx, (await requestSupplement(ctx, ref, note, dueDate)).id);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => ReferralType, { description: '发起核查' })
  async startVerification(@Ctx() { ctx }: GqlContext, @Arg('ref') ref: ReferralRefInput, @Arg('note', () => String, { nullable: true }) note?: string | null) {
    return fresh(ctx, (await startVerification(ctx, ref, note)).id);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => ReferralType, { description: '作出决定：批准（需公示的进入公示）或不予批准' })
  async decideReferral(@Ctx() { ctx }: GqlContext, @Arg('ref') ref: ReferralRefInput, @Arg('input') input: DecisionInputType) {
    return fresh(ctx, (await decideReferral(ctx, ref, input)).id);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => ReferralType, { description: '公示期满确认（无异议 → 批准入账；有异议 → 重新调查）' })
  async completePublicity(
    @Ctx() { ctx }: GqlContext,
    @Arg('ref') ref: ReferralRefInput,
    @Arg('objection', () => String, { nullable: true }) objection?: string | null,
  ) {
    return fresh(ctx, (await completePublicity(ctx, ref, objection)).id);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => ReferralType, { description: '转办其他部门（说明理由）' })
  async transferReferral(
    @Ctx() { ctx }: GqlContext,
    @Arg('ref') ref: ReferralRefInput,
    @Arg('targetProgramCode') targetProgramCode: string,
    @Arg('reason') reason: string,
  ) {
    return fresh(ctx, (await transferReferral(ctx, ref, targetProgramCode, reason)).id);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => ReferralType, { description: '退回窗口（说明理由）' })
  async returnReferral(@Ctx() { ctx }: GqlContext, @Arg('ref') ref: ReferralRefInput, @Arg('reason') reason: string) {
    return fresh(ctx, (await returnReferral(ctx, ref, reason)).id);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => ID, { description: '申请延期（须督办人审批）' })
  requestExtension(
    @Ctx() { ctx }: GqlContext,
    @Arg('referralId', () => ID) referralId: string,
    @Arg('days', () => Int) days: number,
    @Arg('reason') reason: string,
  ) {
    return requestExtension(ctx, referralId, days, reason);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => Boolean, { description: '答复督办' })
  async answerSupervision(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('response') response: string) {
    await answerSupervision(ctx, id, response);
    return true;
  }

  // ---- supervisors ----

  @Authorized(Permission.ReferralSupervise)
  @Mutation(() => ID, { description: '督办（部门须在期限内答复）' })
  superviseReferral(@Ctx() { ctx }: GqlContext, @Arg('referralId', () => ID) referralId: string, @Arg('message') message: string) {
    return superviseReferral(ctx, referralId, message);
  }

  @Authorized(Permission.ReferralSupervise)
  @Mutation(() => Boolean, { description: '审批延期申请' })
  async decideExtension(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    await decideExtension(ctx, id, approve, note);
    return true;
  }
}
