import { ageAt, areaPrefix, isAreaCode, parameterFullName, type Catalogue } from '@xiejiu/rules';
import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/request-context';
import { todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql, assertInScope, prefixSql } from '../../shared/scope';
import { recordAudit } from '../audit/audit.service';
import { ReassessmentFinding } from './reassessment.entity';
import { scopedReadBatch, sqlRows } from '../../shared/sql';
import { catalogueInForce } from './catalogue.service';
import { JOB_STATUS_NAMES } from '../jobs/registry';
import { enqueueReassessment } from './reassessment.job';
import { areaNames } from '../area/area.service';
import { actorDepartment, outcomeName, requireOwner } from './whatif';

/**
 * 复核任务 (reassessment jobs): requests and reads. The work itself is the `reassessment` job kind
 * (reassessment.job.ts) run by the jobs module. See docs/adr/0008-reassessment-jobs.md and 0010.
 */
export const JOB_KIND_NAMES: Record<string, string> = { PARAMETER: '参数调整后复核', ON_DEMAND: '按需复核' };
export const FINDING_KIND_NAMES: Record<string, string> = { MISSED: '疑似漏救', REVIEW: '建议复核' };
const RECEIPT_NAMES: Record<string, string> = { RECEIVING: '享受中', NOT_RECEIVING: '未享受' };
export const verdictName = (o: string) => RECEIPT_NAMES[o] ?? outcomeName(o);

/** 发起复核: an officer of the owning department re-screens a program over an area of its scope. */
export async function startReassessment(ctx: RequestContext, programCode: string, areaCode?: string | null): Promise<JobView> {
  ctx.require('program.manage', '发起复核');
  const { catalogue } = await catalogueInForce(ctx);
  const program = catalogue.programs.find((p) => p.code === programCode && p.applicable);
  if (!program) throw new AppError('BAD_USER_INPUT', `未知或不可评估的事项：${programCode}`, { field: 'programCode' });
  await requireOwner(ctx, program.owner, '对该事项发起复核');
  const area = areaCode ?? ctx.actor.areaCode;
  if (!area || !isAreaCode(area)) throw new AppError('BAD_USER_INPUT', '区划代码应为 12 位数字', { field: 'areaCode' });
  assertInScope(ctx, area, '区划');
  const id = await ctx.tx(async (em) => {
    const [exists] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from area where code = ?`, [area]);
    if (!exists.n) throw new AppError('NOT_FOUND', '区划不存在或不在您的管辖范围内');
    return enqueueReassessment(ctx, em, { kind: 'ON_DEMAND', programCode, programName: program.name, asOf: todayCn(), areaCode: area });
  });
  return getJob(ctx, id);
}

export interface JobView extends JobStateView {
  kind: string;
  kindName: string;
  programCode: string;
  programName: string;
  parameterCode: string | null;
  parameterName: string | null;
  missedCount: number;
  reviewCount: number;
}

export interface FindingView {
  id: string;
  householdId: string;
  areaCode: string;
  areaName: string | null;
  headName: string | null;
  programCode: string;
  programName: string;
  kind: string;
  kindName: string;
  benefitStatus: string | null;
  beforeOutcome: string;
  beforeOutcomeName: string;
  afterOutcome: string;
  afterOutcomeName: string;
  beforeAmountFen: number | null;
  afterAmountFen: number | null;
  jobId: string;
  /** The member (programs granted per person); null: the household. */
  personId: string | null;
  memberName: string | null;
  memberAge: number | null;
  trace: string[];
  contactedAt: Date | null;
  contactedByName: string | null;
  contactNote: string | null;
}

/**
 * Which findings the actor may read besides the area (RLS + areaSql): windows holding household.detail
 * see every program in their area; a department only its own programs ("two unchanged"); others none.
 */
async function findingFilter(ctx: RequestContext, catalogue: Catalogue, column: string): Promise<{ sql: string; params: unknown[] }> {
  if (ctx.can('household.detail')) return { sql: 'true', params: [] };
  const dept = await actorDepartment(ctx);
  const own = dept ? catalogue.programs.filter((p) => p.owner === dept.code).map((p) => p.code) : [];
  if (!own.length) return { sql: 'false', params: [] };
  return { sql: `${column} in (?)`, params: [own] };
}

const JOB_COLUMNS = (
  filter: string,
) => `r.id, r.kind, r.program_code as "programCode", r.parameter_code as "parameterCode", r.as_of::text as "asOf", ${STATE_COLUMNS},
  (select count(*)::int from reassessment_finding f where f.job_id = r.id and f.kind = 'MISSED' and ${filter}) as "missedCount",
  (select count(*)::int from reassessment_finding f where f.job_id = r.id and f.kind = 'REVIEW' and ${filter}) as "reviewCount"`;

/** The execution state of a job (table `job j`), as `jobState` reads it. */
export const STATE_COLUMNS = `j.status, j.total, j.processed, j.area_code as "areaCode", j.requested_by as "requestedBy", j.requested_by_name as "requestedByName", j.error,
  j.cancel_requested as "cancelRequested", j.created_at as "createdAt", j.started_at as "startedAt", j.finished_at as "finishedAt"`;

/** A reassessment and its job (same id). */
const FROM = `reassessment r join job j on j.id = r.id`;

/** What every queued job shows, whatever its kind: status, progress, area, requester, times. */
export interface JobStateView {
  id: string;
  asOf: string;
  status: string;
  statusName: string;
  total: number;
  processed: number;
  progress: number;
  areaCode: string;
  areaName: string | null;
  requestedByName: string;
  error: string | null;
  /** The actor started it (may cancel it: `cancelJob`). */
  mine: boolean;
  cancelRequested: boolean;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** The common part of a job view from a row aliased as in `JOB_COLUMNS` (names: area names by code). */
export function jobState(ctx: RequestContext, r: Record<string, unknown>, names: Map<string, string>): JobStateView {
  const total = r.total as number;
  const processed = r.processed as number;
  return {
    id: r.id as string,
    asOf: r.asOf as string,
    status: r.status as string,
    statusName: JOB_STATUS_NAMES[r.status as string] ?? (r.status as string),
    total,
    processed,
    progress: r.status === 'DONE' ? 100 : total > 0 ? Math.min(100, Math.floor((processed * 100) / total)) : 0,
    areaCode: r.areaCode as string,
    areaName: names.get(r.areaCode as string) ?? null,
    requestedByName: r.requestedByName as string,
    error: (r.error as string | null) ?? null,
    mine: !!ctx.actor.id && r.requestedBy === ctx.actor.id,
    cancelRequested: !!r.cancelRequested,
    createdAt: r.createdAt as Date,
    startedAt: (r.startedAt as Date | null) ?? null,
    finishedAt: (r.finishedAt as Date | null) ?? null,
  };
}

function toJobView(ctx: RequestContext, r: Record<string, unknown>, catalogue: Catalogue, names: Map<string, string>): JobView {
  const param = r.parameterCode ? catalogue.parameters.find((p) => p.code === r.parameterCode) : undefined;
  return {
    ...jobState(ctx, r, names),
    kind: r.kind as string,
    kindName: JOB_KIND_NAMES[r.kind as string] ?? (r.kind as string),
    programCode: r.programCode as string,
    programName: catalogue.programs.find((p) => p.code === r.programCode)?.name ?? (r.programCode as string),
    parameterCode: (r.parameterCode as string | null) ?? null,
    parameterName: param ? parameterFullName(param) : null,
    missedCount: r.missedCount as number,
    reviewCount: r.reviewCount as number,
  };
}

function requireReader(ctx: RequestContext): void {
  ctx.require('household.read', '查看复核任务');
}

export async function listJobs(ctx: RequestContext, page: Partial<PageArgs>): Promise<PageResult<JobView>> {
  requireReader(ctx);
  const p = checkPage(page);
  const { catalogue } = await catalogueInForce(ctx);
  const filter = await findingFilter(ctx, catalogue, 'f.program_code');
  const [count, rows] = await scopedReadBatch(ctx, [
    { sql: `select count(*)::int as n from ${FROM}`, params: [] },
    {
      sql: `select ${JOB_COLUMNS(filter.sql)} from ${FROM} order by j.created_at desc, j.id limit ? offset ?`,
      params: [...filter.params, ...filter.params, p.pageSize, offsetOf(p)],
    },
  ]);
  const names = await areaNames(
    ctx,
    rows.map((r) => r.areaCode as string),
  );
  return { items: rows.map((r) => toJobView(ctx, r, catalogue, names)), total: count[0].n as number, ...p };
}

export async function getJob(ctx: RequestContext, id: string): Promise<JobView> {
  requireReader(ctx);
  const { catalogue } = await catalogueInForce(ctx);
  const filter = await findingFilter(ctx, catalogue, 'f.program_code');
  const [rows] = await scopedReadBatch(ctx, [
    { sql: `select ${JOB_COLUMNS(filter.sql)} from ${FROM} where r.id = ?`, params: [...filter.params, ...filter.params, id] },
  ]);
  if (!rows.length) throw new AppError('NOT_FOUND', '复核任务不存在或不在您的管辖范围内');
  const names = await areaNames(ctx, [rows[0].areaCode as string]);
  return toJobView(ctx, rows[0], catalogue, names);
}

export interface FindingFilter {
  /** One finding (reads after a change). */
  id?: string;
  /** Null: every job's findings, each case (household × program × member × kind) once — its latest finding. */
  jobId?: string | null;
  kind?: string | null;
  townCode?: string | null;
  /** 已联系 (true) or not yet (false). */
  contacted?: boolean | null;
}

/** Same household, program, member and kind as finding `f` (one 漏救 case across jobs). */
const SAME_CASE = (g: string) =>
  `${g}.household_id = f.household_id and ${g}.program_code = f.program_code and ${g}.person_id is not distinct from f.person_id and ${g}.kind = f.kind`;

/** Findings of a job (or the latest of each case over all jobs) in the actor's area, by kind (漏救/复核), town and contact, paginated. */
export async function listFindings(ctx: RequestContext, filter: FindingFilter, page: Partial<PageArgs>): Promise<PageResult<FindingView>> {
  requireReader(ctx);
  const p = checkPage(page);
  if (filter.kind && !(filter.kind in FINDING_KIND_NAMES)) throw new AppError('BAD_USER_INPUT', '类别应为 MISSED 或 REVIEW', { field: 'kind' });
  if (filter.townCode && !isAreaCode(filter.townCode)) throw new AppError('BAD_USER_INPUT', '区划代码应为 12 位数字', { field: 'townCode' });
  const { catalogue } = await catalogueInForce(ctx);
  const programs = await findingFilter(ctx, catalogue, 'f.program_code');
  const scope = areaSql(ctx, 'f.area_code');
  const where = [scope.sql, programs.sql];
  const params: unknown[] = [...scope.params, ...programs.params];
  if (filter.id) {
    where.unshift(`f.id = ?`);
    params.unshift(filter.id);
  } else if (filter.jobId) {
    where.unshift(`f.job_id = ?`);
    params.unshift(filter.jobId);
  } else {
    where.push(`not exists (select 1 from reassessment_finding g where ${SAME_CASE('g')} and (g.created_at, g.id) > (f.created_at, f.id))`);
  }
  if (filter.contacted !== undefined && filter.contacted !== null) {
    where.push(`${filter.contacted ? '' : 'not '}exists (select 1 from reassessment_finding g where ${SAME_CASE('g')} and g.contacted_at is not null)`);
  }
  if (filter.kind) {
    where.push(`f.kind = ?`);
    params.push(filter.kind);
  }
  if (filter.townCode) {
    const t = prefixSql('f.area_code', areaPrefix(filter.townCode));
    where.push(t.sql);
    params.push(...t.params);
  }
  const w = where.join(' and ');
  const [count, rows] = await scopedReadBatch(ctx, [
    { sql: `select count(*)::int as n from reassessment_finding f where ${w}`, params },
    {
      sql: `select f.id, f.household_id as "householdId", f.area_code as "areaCode", f.program_code as "programCode", f.kind,
              f.benefit_status as "benefitStatus", f.before_outcome as "beforeOutcome", f.after_outcome as "afterOutcome",
              f.before_amount_fen::int as "beforeAmountFen", f.after_amount_fen::int as "afterAmountFen",
              (select left(p.name, 1) || '*' from household h join person p on p.id = h.head_person_id where h.id = f.household_id) as "headName",
              f.job_id as "jobId", f.person_id as "personId",
              -- The trace shows ledger detail (incomes, assets): only to who may read the household's detail.
              case when app_detail_visible(f.household_id) then f.trace else '{}'::text[] end as trace, c.contacted_at as "contactedAt", c.contacted_by_name as "contactedByName",
              c.contact_note as "contactNote", m.name as "memberName", m.birth_date::text as "memberBirthDate"
         from reassessment_finding f left join lateral (select left(p.name, 1) || '*' as name, p.birth_date from person p where p.id = f.person_id) m on true
              left join lateral (select g.contacted_at, g.contacted_by_name, g.contact_note from reassessment_finding g
                                  where ${SAME_CASE('g')} and g.contacted_at is not null order by g.contacted_at desc limit 1) c on true
        where ${w} order by f.kind, f.area_code, f.id limit ? offset ?`,
      params: [...params, p.pageSize, offsetOf(p)],
    },
  ]);
  const names = await areaNames(
    ctx,
    rows.map((r) => r.areaCode as string),
  );
  const today = todayCn();
  return {
    items: rows.map((r) => ({
      id: r.id as string,
      householdId: r.householdId as string,
      areaCode: r.areaCode as string,
      areaName: names.get(r.areaCode as string) ?? null,
      headName: (r.headName as string | null) ?? null,
      programCode: r.programCode as string,
      programName: catalogue.programs.find((x) => x.code === r.programCode)?.name ?? (r.programCode as string),
      kind: r.kind as string,
      kindName: FINDING_KIND_NAMES[r.kind as string],
      benefitStatus: (r.benefitStatus as string | null) ?? null,
      beforeOutcome: r.beforeOutcome as string,
      beforeOutcomeName: verdictName(r.beforeOutcome as string),
      afterOutcome: r.afterOutcome as string,
      afterOutcomeName: verdictName(r.afterOutcome as string),
      beforeAmountFen: (r.beforeAmountFen as number | null) ?? null,
      afterAmountFen: (r.afterAmountFen as number | null) ?? null,
      jobId: r.jobId as string,
      personId: (r.personId as string | null) ?? null,
      memberName: (r.memberName as string | null) ?? null,
      memberAge: r.memberBirthDate ? ageAt(r.memberBirthDate as string, today) : null,
      trace: (r.trace as string[] | null) ?? [],
      contactedAt: (r.contactedAt as Date | null) ?? null,
      contactedByName: (r.contactedByName as string | null) ?? null,
      contactNote: (r.contactNote as string | null) ?? null,
    })),
    total: count[0].n as number,
    ...p,
  };
}

/**
 * 已联系: a window of the household's area records that it contacted a 疑似漏救 household (or member), with a
 * note. 已联系 belongs to the case (household × program × member): findings of the same case in other jobs
 * (a later reassessment finding it again) show the contact and are not counted as 待联系 again.
 * Logged as `reassessment.contacted`.
 */
export async function contactMissedFinding(ctx: RequestContext, id: string, note: string): Promise<FindingView> {
  ctx.require('household.write', '标记疑似漏救已联系');
  const text = (note ?? '').trim();
  if (text.length < 2) throw new AppError('BAD_USER_INPUT', '请填写联系情况（至少 2 个字）', { field: 'note' });
  if (text.length > 300) throw new AppError('BAD_USER_INPUT', '联系情况不超过 300 字', { field: 'note' });
  await ctx.tx(async (em) => {
    // One decision: the row is locked, and its versioned UPDATE refuses a change committed in between (ADR 0015).
    const f = await em.findOne(ReassessmentFinding, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!f) throw new AppError('NOT_FOUND', '复核结果不存在或不在您的管辖范围内');
    assertInScope(ctx, f.areaCode, '复核结果'); // the data-layer wall (RLS is the other)
    if (f.kind !== 'MISSED') throw new AppError('INVALID_STATE', '只有疑似漏救可以标记已联系');
    const done = await em.findOne(ReassessmentFinding, {
      householdId: f.householdId,
      programCode: f.programCode,
      personId: f.personId ?? null,
      kind: 'MISSED',
      contactedAt: { $ne: null },
    });
    if (done) throw new AppError('INVALID_STATE', `该疑似漏救已由${done.contactedByName ?? '他人'}标记已联系，无需重复标记`);
    Object.assign(f, {
      contactedAt: new Date(),
      contactedBy: ctx.actor.id ?? null,
      contactedByName: ctx.actor.name.slice(0, 100),
      contactNote: text,
    } satisfies Partial<ReassessmentFinding>);
    await em.flush();
    await recordAudit(ctx, {
      action: 'reassessment.contacted',
      entityType: 'household',
      entityId: f.householdId,
      detail: { findingId: f.id, jobId: f.jobId, programCode: f.programCode, personId: f.personId ?? undefined, note: text },
    });
  });
  const { items } = await listFindings(ctx, { id }, { page: 1, pageSize: 1 });
  if (!items.length) throw new AppError('NOT_FOUND', '复核结果不存在或不在您的管辖范围内');
  return items[0];
}
