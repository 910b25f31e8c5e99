import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { todayOf } from '../../shared/dates';
import { Permission } from '../auth/permissions';
import { PUBLICITY_STATUS_NAMES, type PublicityStatus } from './publicity.entry';
import {
  listObjections,
  listPublicityEntries,
  listPublicNotices,
  programName,
  type PublicNotice,
  type PublicityEntryRow,
  publicNoticeAreas,
  recordWindowObjection,
  submitPublicObjection,
} from './publicity.service';
import {
  OBJECTION_SOURCE_NAMES,
  PublicityEntryPage,
  PublicityEntryType,
  PublicityObjectionReceiptType,
  PublicityObjectionType,
  PublicityStatusEnum,
  PublicNoticeAreaType,
  PublicNoticePage,
} from './publicity.types';

const notice = (n: PublicNotice) => ({
  id: n.id,
  programName: programName(n.programCode),
  nameMasked: n.nameMasked,
  areaName: n.areaName,
  householdSize: n.householdSize,
  amount: n.amountFen === null ? null : n.amountFen / 100,
  startsOn: n.startsOn,
  endsOn: n.endsOn,
});

const entry = (e: PublicityEntryRow, today: string) => ({
  ...notice(e),
  referralId: e.referralId,
  applicationId: e.applicationId,
  receiptNo: e.receiptNo,
  programCode: e.programCode,
  areaCode: e.areaCode,
  status: e.status,
  statusName: PUBLICITY_STATUS_NAMES[e.status as PublicityStatus] ?? e.status,
  takenDownAt: e.takenDownAt,
  objectionCount: e.objectionCount,
  isPublic: e.status === 'ACTIVE' && e.startsOn <= today && e.endsOn >= today,
  createdAt: e.createdAt,
});

@Resolver()
export class PublicityResolver {
  // ---- public (portal, no login; rate-limited per address like every anonymous request) ----

  @Authorized(Permission.Public)
  @Query(() => PublicNoticePage, { description: '网上公示（无需登录）：公示期内的救助对象，仅脱敏信息；可按村社或镇街筛选' })
  async publicNotices(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
  ) {
    const r = await listPublicNotices(ctx, { areaCode, page, pageSize });
    return { ...r, items: r.items.map(notice) };
  }

  @Authorized(Permission.Public)
  @Query(() => [PublicNoticeAreaType], { description: '当前有网上公示的村社（筛选用，无需登录）' })
  publicNoticeAreas(@Ctx() { ctx }: GqlContext) {
    return publicNoticeAreas(ctx);
  }

  @Authorized(Permission.Public)
  @Mutation(() => PublicityObjectionReceiptType, { description: '对网上公示提出异议（无需登录）：转办单退回办理中重新调查，该条公示撤下' })
  async submitPublicityObjection(
    @Ctx() { ctx }: GqlContext,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('content') content: string,
    @Arg('contactName', () => String, { nullable: true }) contactName?: string | null,
    @Arg('contactPhone', () => String, { nullable: true }) contactPhone?: string | null,
  ) {
    const r = await submitPublicObjection(ctx, { entryId, content, contactName, contactPhone });
    return { ...r, message: '您的异议已收到，主管部门将重新调查核实。感谢您的监督。' };
  }

  // ---- staff (console) ----

  @Authorized(Permission.PublicityRead)
  @Query(() => PublicityEntryPage, { description: '公示管理：本辖区的公示记录（脱敏，与网上公示相同）、状态和异议数' })
  async publicityEntries(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('status', () => PublicityStatusEnum, { nullable: true }) status?: string | null,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
  ) {
    const r = await listPublicityEntries(ctx, { status, areaCode, page, pageSize });
    const today = todayOf(ctx);
    return { ...r, items: r.items.map((e) => entry(e, today)) };
  }

  @Authorized(Permission.PublicityRead)
  @Query(() => [PublicityObjectionType], { description: '一条公示的异议（反映人信息仅窗口和主管部门可见）' })
  async publicityObjections(@Ctx() { ctx }: GqlContext, @Arg('entryId', () => ID) entryId: string) {
    return (await listObjections(ctx, entryId)).map((o) => ({ ...o, sourceName: OBJECTION_SOURCE_NAMES[o.source] ?? o.source }));
  }

  @Authorized(Permission.ApplicationWrite)
  @Mutation(() => PublicityEntryType, { description: '窗口登记公示异议（当面、电话等）：转办单退回办理中重新调查，该条公示撤下' })
  async recordPublicityObjection(
    @Ctx() { ctx }: GqlContext,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('content') content: string,
    @Arg('contactName', () => String, { nullable: true }) contactName?: string | null,
    @Arg('contactPhone', () => String, { nullable: true }) contactPhone?: string | null,
  ) {
    const id = await recordWindowObjection(ctx, { entryId, content, contactName, contactPhone });
    const today = todayOf(ctx);
    const [found] = (await listPublicityEntries(ctx, { id, page: 1, pageSize: 1 })).items;
    return entry(found, today);
  }
}
