import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import type { HouseholdDetail } from '../household/household.query';
import { HouseholdDetailType } from '../household/household.types';
import { ReferralRefInput, ReferralType } from '../workflow/workflow.types';
import type { ReferralView } from '../workflow/workflow.query';
import { incomeAndAssets, type VerificationComputation } from './computation';
import type { DataMatchPayload } from './data-match';
import { recordSummary } from './payload';
import type { VerificationConclusion, VerificationMethod } from './verification.codes';
import {
  getVerification,
  getVerificationReport,
  householdReport,
  listVerifications,
  referralReport,
  verificationRecords,
  type VerificationRecordView,
  type VerificationView,
} from './verification.query';
import {
  addVerificationRecord,
  approveVerification,
  cancelVerification,
  computeVerification,
  draftVerification,
  requestReverification,
  returnVerification,
  runDataMatch,
  mayConductVerification,
  startHouseholdVerification,
} from './verification.service';
import {
  VerificationComputationType,
  VerificationConclusionEnum,
  VerificationFilterInput,
  VerificationMethodEnum,
  VerificationPage,
  VerificationPayloadInput,
  VerificationRecordType,
  VerificationReportType,
  VerificationType,
} from './verification.types';

/** The stored computation as the schema shows it (figures split into income and assets). */
function computationView(c: VerificationComputation | null) {
  if (!c) return null;
  return {
    computedAt: c.computedAt,
    asOf: c.asOf,
    members: c.members,
    ...incomeAndAssets(c),
    evidenceLines: c.evidenceLines,
    missing: c.figures.missing,
    programs: c.programs,
    findings: c.findings,
    proposedConclusion: c.proposedConclusion,
    proposedConclusionName: c.proposedConclusionName,
    proposedReason: c.proposedReason,
  };
}

function recordView(r: VerificationRecordView) {
  const p = r.payload;
  const dm = r.method === 'DATA_MATCH' ? (p as unknown as DataMatchPayload) : null;
  return {
    ...r,
    summary: recordSummary(r.method, p),
    dataMatch: dm ? { queriedAt: dm.queriedAt, members: dm.members, sources: dm.sources.map((s) => ({ ...s, queriedAt: dm.queriedAt })) } : null,
    homeVisit: r.method === 'HOME_VISIT' ? p : null,
    neighbour: r.method === 'NEIGHBOUR' ? p : null,
    letter: r.method === 'LETTER' ? p : null,
    democraticReview: r.method === 'DEMOCRATIC_REVIEW' ? p : null,
  };
}

@Resolver(() => VerificationType)
export class VerificationResolver {
  @Authorized(Permission.HouseholdRead)
  @Query(() => VerificationPage, { description: '核查任务列表：按状态、区划、逾期、编号/地址/户主筛选（办理中的按期限在前）' })
  verifications(
    @Ctx() { ctx }: GqlContext,
    @Args() page: PageArgsInput,
    @Arg('filter', () => VerificationFilterInput, { nullable: true }) filter?: VerificationFilterInput | null,
  ) {
    return listVerifications(ctx, filter ?? {}, page);
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => VerificationType, { description: '一次家庭经济状况核查：各核查方式的记录、核算、结论、报告' })
  verification(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getVerification(ctx, id);
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => VerificationReportType, { description: '核查报告（查看记入操作日志）' })
  verificationReport(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getVerificationReport(ctx, id, { log: true });
  }

  @FieldResolver(() => [VerificationRecordType], { description: '核查记录（按录入时间）' })
  async records(@Ctx() { ctx }: GqlContext, @Root() v: VerificationView) {
    return (await verificationRecords(ctx, v.id)).map(recordView);
  }

  @FieldResolver(() => VerificationComputationType, { nullable: true, description: '最近一次核算' })
  computation(@Root() v: VerificationView) {
    return computationView(v.computation);
  }

  @FieldResolver(() => VerificationReportType, { nullable: true, description: '出具的核查报告（复核通过后）' })
  report(@Ctx() { ctx }: GqlContext, @Root() v: VerificationView) {
    return v.reportId ? getVerificationReport(ctx, v.reportId) : null;
  }

  @FieldResolver(() => Boolean, { description: '当前用户可办理本核查（比对、录入、核算、起草、撤销）：窗口或民政部门，且核查在办理中' })
  async viewerCanManage(@Ctx() { ctx }: GqlContext, @Root() v: VerificationView) {
    return (v.status === 'OPEN' || v.status === 'DRAFTED') && (await mayConductVerification(ctx, 'verification.manage'));
  }

  @FieldResolver(() => Boolean, { description: '当前用户可复核本核查的结论（待复核、非起草人、窗口或民政部门）' })
  async viewerCanApprove(@Ctx() { ctx }: GqlContext, @Root() v: VerificationView) {
    return v.status === 'DRAFTED' && !v.draftedByMe && (await mayConductVerification(ctx, 'verification.approve'));
  }

  @Authorized(Permission.VerificationManage)
  @Mutation(() => VerificationType, {
    description: '发起家庭经济状况核查（须有有效的核对授权书，否则 AUTHORISATION_REQUIRED）；从转办单发起时关联该转办单',
  })
  async startHouseholdVerification(
    @Ctx() { ctx }: GqlContext,
    @Arg('householdId', () => ID) householdId: string,
    @Arg('referralRef', () => ReferralRefInput, { nullable: true }) referralRef?: ReferralRefInput | null,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return getVerification(ctx, await startHouseholdVerification(ctx, { householdId, referralRef, reason }));
  }

  @Authorized(Permission.VerificationManage)
  @Mutation(() => VerificationType, { description: '信息比对：按身份证号比对全部比对数据（每个数据来源：有记录 / 无记录 / 查询失败，数据截至时间）' })
  async runDataMatch(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    await runDataMatch(ctx, id);
    return getVerification(ctx, id);
  }

  @Authorized(Permission.VerificationManage)
  @Mutation(() => VerificationType, { description: '录入核查记录（入户调查、邻里访问、信函索证、民主评议）' })
  async addVerificationRecord(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('method', () => VerificationMethodEnum) method: VerificationMethod,
    @Arg('payload', () => VerificationPayloadInput) payload: VerificationPayloadInput,
    @Arg('fileIds', () => [ID], { nullable: true }) fileIds?: string[] | null,
  ) {
    await addVerificationRecord(ctx, id, method, payload as never, fileIds);
    return getVerification(ctx, id);
  }

  @Authorized(Permission.VerificationManage)
  @Mutation(() => VerificationType, { description: '核算：家庭收入、财产、疑点和各事项评估，给出建议结论' })
  async computeVerification(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    await computeVerification(ctx, id);
    return getVerification(ctx, id);
  }

  @Authorized(Permission.VerificationManage)
  @Mutation(() => VerificationType, { description: '起草核查结论，提交复核（version 为读取时的版本）' })
  async draftVerification(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('conclusion', () => VerificationConclusionEnum) conclusion: VerificationConclusion,
    @Arg('version', () => Int) version: number,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    await draftVerification(ctx, id, conclusion, note, version);
    return getVerification(ctx, id);
  }

  @Authorized(Permission.VerificationApprove)
  @Mutation(() => VerificationType, { description: '复核通过并出具核查报告（起草人不能复核本人起草的结论：MAKER_CHECKER）' })
  async approveVerification(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    await approveVerification(ctx, id, version);
    return getVerification(ctx, id);
  }

  @Authorized(Permission.VerificationApprove)
  @Mutation(() => VerificationType, { description: '退回核查结论，重新核查（须填写理由）' })
  async returnVerification(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('version', () => Int) version: number,
  ) {
    await returnVerification(ctx, id, reason, version);
    return getVerification(ctx, id);
  }

  @Authorized(Permission.VerificationManage)
  @Mutation(() => VerificationType, { description: '撤销核查（须填写理由）' })
  async cancelVerification(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string) {
    await cancelVerification(ctx, id, reason);
    return getVerification(ctx, id);
  }

  @Authorized(Permission.ReferralHandle)
  @Mutation(() => VerificationType, { description: '办理转办单的部门申请重新核查：为该户新建核查（原报告在新报告出具前仍有效）' })
  async requestReverification(
    @Ctx() { ctx }: GqlContext,
    @Arg('ref', () => ReferralRefInput) ref: ReferralRefInput,
    @Arg('reason', () => String) reason: string,
  ) {
    return getVerification(ctx, await requestReverification(ctx, ref, reason));
  }
}

/** `Household.verificationReport`: the latest valid report (detail data: FULL access only). */
@Resolver(() => HouseholdDetailType)
export class HouseholdVerificationResolver {
  @FieldResolver(() => VerificationReportType, { nullable: true, description: '有效的家庭经济状况核查报告（最新一版；完整信息可见时）' })
  verificationReport(@Ctx() { ctx }: GqlContext, @Root() h: HouseholdDetail) {
    return h.access === 'FULL' ? householdReport(ctx, h.id) : null;
  }
}

/** `Referral.verificationReport`: the report linked on the referral, else the household's latest valid one. */
@Resolver(() => ReferralType)
export class ReferralVerificationResolver {
  @FieldResolver(() => VerificationReportType, {
    nullable: true,
    description: '核查报告：转办单关联的报告，否则该户最新的有效报告；expired 为真时显示“报告已过期”',
  })
  verificationReport(@Ctx() { ctx }: GqlContext, @Root() r: ReferralView) {
    return r.access === 'FULL' ? referralReport(ctx, r) : null;
  }
}
