import { maskPersonName } from '@xiejiu/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPage, likeContains, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql, prefixSql } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import type { VerificationComputation } from './computation';
import type { VerificationReportContent } from './report-content';
import {
  VERIFICATION_CONCLUSIONS,
  VERIFICATION_METHODS,
  VERIFICATION_STATUSES,
  type VerificationConclusion,
  type VerificationMethod,
  type VerificationStatus,
} from './verification.codes';

/**
 * Reads of unified verification: the 核查任务 list, one verification with its records, reports (by id, the
 * household's latest valid one, the one a referral shows) and the 互认 coverage of materials. Scope: the
 * area through `areaSql` (first wall) and row-level security (area + ledger detail: windows of the area,
 * departments with a benefit or referral in the household). Reading needs household.detail or
 * household.detailInvolved.
 */
export interface VerificationFilter {
  status?: VerificationStatus | null;
  areaCode?: string | null;
  overdue?: boolean | null;
  search?: string | null;
}

export interface VerificationRecordView {
  id: string;
  method: VerificationMethod;
  methodName: string;
  payload: Record<string, unknown>;
  fileIds: string[];
  recordedByName: string;
  recordedAt: Date;
}

export interface VerificationReportView {
  id: string;
  no: string;
  version: number;
  householdId: string;
  verificationId: string;
  areaCode: string;
  issuedAt: Date;
  validUntil: string;
  /** Not expired and not superseded. */
  valid: boolean;
  expired: boolean;
  superseded: boolean;
  supersededById: string | null;
  draftedByName: string;
  approvedByName: string;
  conclusion: VerificationConclusion;
  conclusionName: string;
  content: VerificationReportContent;
  pdfUrl: string;
}

export interface VerificationView {
  id: string;
  no: string;
  householdId: string;
  householdAddress: string;
  headName: string | null;
  areaCode: string;
  areaName: string | null;
  referralId: string | null;
  authorisationId: string;
  status: VerificationStatus;
  statusName: string;
  dueDate: string;
  overdue: boolean;
  reason: string | null;
  startedByName: string;
  startedAt: Date;
  draftedByName: string | null;
  draftedAt: Date | null;
  approvedByName: string | null;
  approvedAt: Date | null;
  returnedReason: string | null;
  cancelledReason: string | null;
  computation: VerificationComputation | null;
  computedAt: Date | null;
  conclusion: VerificationConclusion | null;
  conclusionName: string | null;
  conclusionNote: string | null;
  reportId: string | null;
  version: number;
  /** The caller drafted it (the console disables 复核通过). */
  draftedByMe: boolean;
}

function requireReader(ctx: RequestContext): void {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!ctx.can('household.detail') && !ctx.can('household.detailInvolved')) throw new AppError('FORBIDDEN', '您没有权限查看家庭经济状况核查');
}

const COLUMNS = `v.id, v.no, v.household_id as "householdId", h.address as "householdAddress", hp.name as "headName", v.area_code as "areaCode",
  a.name as "areaName", v.referral_id as "referralId", v.authorisation_id as "authorisationId", v.status, v.due_date::text as "dueDate",
  v.reason, v.started_by_name as "startedByName", v.created_at as "startedAt", v.drafted_by as "draftedBy", v.drafted_by_name as "draftedByName",
  v.drafted_at as "draftedAt", v.approved_by_name as "approvedByName", v.approved_at as "approvedAt", v.returned_reason as "returnedReason",
  v.cancelled_reason as "cancelledReason", v.computation, v.computed_at as "computedAt", v.conclusion, v.conclusion_note as "conclusionNote",
  v.report_id as "reportId", v.version`;
const FROM = `verification v join household h on h.id = v.household_id left join person hp on hp.id = h.head_person_id left join area a on a.code = v.area_code`;

function view(ctx: RequestContext, r: Record<string, unknown>, today: string): VerificationView {
  const status = r.status as VerificationStatus;
  const conclusion = (r.conclusion as VerificationConclusion | null) ?? null;
  const name = r.headName as string | null;
  return {
    ...(r as unknown as VerificationView),
    headName: name ? maskPersonName(name) : null,
    statusName: VERIFICATION_STATUSES[status],
    overdue: (status === 'OPEN' || status === 'DRAFTED') && (r.dueDate as string) < today,
    conclusionName: conclusion ? VERIFICATION_CONCLUSIONS[conclusion] : null,
    draftedByMe: !!ctx.actor.id && r.draftedBy === ctx.actor.id,
  };
}

/** 核查任务: newest due first among open ones, then the rest; filter by status, area, overdue, number/address/head. */
export async function listVerifications(ctx: RequestContext, filter: VerificationFilter, pageArgs: Partial<PageArgs>): Promise<PageResult<VerificationView>> {
  requireReader(ctx);
  const p = checkPage(pageArgs);
  const today = todayOf(ctx);
  const where: string[] = [];
  const params: unknown[] = [];
  const scope = areaSql(ctx, 'v.area_code');
  where.push(scope.sql);
  params.push(...scope.params);
  if (filter.status) {
    if (!(filter.status in VERIFICATION_STATUSES)) throw new AppError('BAD_USER_INPUT', '核查状态不正确', { field: 'status' });
    where.push('v.status = ?');
    params.push(filter.status);
  }
  if (filter.areaCode) {
    if (!/^\d{1,12}$/.test(filter.areaCode)) throw new AppError('BAD_USER_INPUT', '区划代码不正确', { field: 'areaCode' });
    const code = filter.areaCode.replace(/(000)+$/, '');
    const a = prefixSql('v.area_code', code || filter.areaCode);
    where.push(a.sql);
    params.push(...a.params);
  }
  if (filter.overdue) {
    where.push(`v.status in ('OPEN', 'DRAFTED') and v.due_date < ?::date`);
    params.push(today);
  }
  const search = filter.search?.trim();
  if (search) {
    where.push(`(v.no ilike ? or h.address ilike ? or hp.name ilike ?)`);
    const like = likeContains(search);
    params.push(like, like, like);
  }
  return ctx.tx(async (em) => {
    const w = where.join(' and ');
    const [{ n }] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from ${FROM} where ${w}`, params);
    const rows = await sqlRows<Record<string, unknown>>(
      em,
      `select ${COLUMNS} from ${FROM} where ${w}
        order by case when v.status in ('OPEN', 'DRAFTED') then 0 else 1 end, v.due_date, v.created_at desc, v.id limit ? offset ?`,
      [...params, p.pageSize, offsetOf(p)],
    );
    return { items: rows.map((r) => view(ctx, r, today)), total: n, ...p };
  });
}

export async function getVerification(ctx: RequestContext, id: string): Promise<VerificationView> {
  requireReader(ctx);
  const scope = areaSql(ctx, 'v.area_code');
  return ctx.tx(async (em) => {
    const [r] = await sqlRows<Record<string, unknown>>(em, `select ${COLUMNS} from ${FROM} where v.id = ? and ${scope.sql}`, [id, ...scope.params]);
    if (!r) throw new AppError('NOT_FOUND', '核查不存在或不在您的管辖范围内');
    return view(ctx, r, todayOf(ctx));
  });
}

export async function verificationRecords(ctx: RequestContext, verificationId: string): Promise<VerificationRecordView[]> {
  requireReader(ctx);
  return ctx.tx(async (em) => {
    const rows = await sqlRows<Omit<VerificationRecordView, 'methodName'>>(
      em,
      `select id, method, payload, file_ids::text[] as "fileIds", recorded_by_name as "recordedByName", recorded_at as "recordedAt"
         from verification_record where verification_id = ? order by recorded_at, id`,
      [verificationId],
    );
    return rows.map((r) => ({ ...r, methodName: VERIFICATION_METHODS[r.method] }));
  });
}

const REPORT_COLUMNS = `r.id, r.no, r.version, r.household_id as "householdId", r.verification_id as "verificationId", r.area_code as "areaCode",
  r.issued_at as "issuedAt", r.valid_until::text as "validEnd", r.superseded_by as "supersededById", r.drafted_by_name as "draftedByName",
  r.approved_by_name as "approvedByName", r.conclusion, r.content`;

function reportView(row: Record<string, unknown>, today: string): VerificationReportView {
  // (sqlRows parses columns named *Until as timestamps: the date is read as validEnd.)
  const { validEnd, ...r } = row;
  r.validUntil = validEnd;
  const expired = (validEnd as string) < today;
  const superseded = !!r.supersededById;
  const conclusion = r.conclusion as VerificationConclusion;
  return {
    ...(r as unknown as VerificationReportView),
    expired,
    superseded,
    valid: !expired && !superseded,
    conclusionName: VERIFICATION_CONCLUSIONS[conclusion],
    pdfUrl: `/api/verification-reports/${r.id as string}.pdf`,
  };
}

/** A report by id in the caller's transaction (null when not visible). */
export async function reportById(ctx: RequestContext, em: EntityManager, id: string): Promise<VerificationReportView | null> {
  const scope = areaSql(ctx, 'r.area_code');
  const [r] = await sqlRows<Record<string, unknown>>(em, `select ${REPORT_COLUMNS} from verification_report r where r.id = ? and ${scope.sql}`, [
    id,
    ...scope.params,
  ]);
  return r ? reportView(r, todayOf(ctx)) : null;
}

export async function getVerificationReport(ctx: RequestContext, id: string, opts: { log?: boolean } = {}): Promise<VerificationReportView> {
  requireReader(ctx);
  return ctx.tx(async (em) => {
    const r = await reportById(ctx, em, id);
    if (!r) throw new AppError('NOT_FOUND', '核查报告不存在或不在您的管辖范围内');
    if (opts.log) {
      await recordAudit(ctx, { action: 'verification.report_viewed', entityType: 'verification_report', entityId: r.id, detail: { no: r.no } });
    }
    return r;
  });
}

/** The household's latest valid report (not superseded, not expired), or null. */
export async function householdReport(ctx: RequestContext, householdId: string, em?: EntityManager): Promise<VerificationReportView | null> {
  if (!ctx.can('household.detail') && !ctx.can('household.detailInvolved')) return null;
  const read = async (e: EntityManager) => {
    const scope = areaSql(ctx, 'r.area_code');
    const [r] = await sqlRows<Record<string, unknown>>(
      e,
      `select ${REPORT_COLUMNS} from verification_report r
        where r.household_id = ? and r.superseded_by is null and r.valid_until >= ?::date and ${scope.sql}
        order by r.version desc limit 1`,
      [householdId, todayOf(ctx), ...scope.params],
    );
    return r ? reportView(r, todayOf(ctx)) : null;
  };
  return em ? read(em) : ctx.tx(read);
}

/**
 * The report a referral shows: the one linked on the referral (even expired: it shows 报告已过期), else the
 * household's latest valid one.
 */
export async function referralReport(
  ctx: RequestContext,
  referral: { householdId: string | null; verificationReportId: string | null },
): Promise<VerificationReportView | null> {
  if (!ctx.can('household.detail') && !ctx.can('household.detailInvolved')) return null;
  return ctx.tx(async (em) => {
    if (referral.verificationReportId) {
      const linked = await reportById(ctx, em, referral.verificationReportId);
      // A linked report superseded by a newer one: the newer valid one is what departments accept.
      if (linked && !linked.superseded) return linked;
      if (linked && referral.householdId) return (await householdReport(ctx, referral.householdId, em)) ?? linked;
      if (linked) return linked;
    }
    return referral.householdId ? householdReport(ctx, referral.householdId, em) : null;
  });
}

/**
 * 互认: whether the household has a valid report now (materials of the catalogue marked `coveredByReport`
 * are then covered). Read in the system scope of the caller's area — coverage is a yes/no, not report data.
 */
export async function hasValidReport(ctx: RequestContext, householdId: string): Promise<boolean> {
  const today = todayOf(ctx);
  const rows = await ctx.asSystem('verification-coverage', (em) =>
    sqlRows<{ x: number }>(em, `select 1 as x from verification_report where household_id = ? and superseded_by is null and valid_until >= ?::date limit 1`, [
      householdId,
      today,
    ]),
  );
  return rows.length > 0;
}
