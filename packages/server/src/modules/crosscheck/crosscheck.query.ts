import { areaPrefix, PROGRAM_NAMES } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { decodeRows, int, isoDate, jsonObject, nullable, row, text, timestamp, type Decoder } from '../../db/rows';
import { todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql, assertInScope, prefixSql } from '../../shared/scope';
import { scopedReadBatch } from '../../shared/sql';
import { DATASET_NAMES, type FindingTaskOutcome } from './crosscheck.codes';
import type { FindingStatus } from './finding.entity';
import { RULE_BY_NO, RULE_NAMES } from './rules';

/**
 * Read model of the findings (ADR 0015: hand-written SQL, rows decoded). Scope: the actor's area
 * (areaSql + RLS on `finding`); an actor with a department (部门经办, a department token) sees only
 * findings about benefits its department owns. Only current findings are listed; history comes with one.
 */

export interface EvidenceLine {
  label: string;
  value: string;
}
export interface EvidenceSource {
  dataset: string;
  datasetName: string;
  batchId: string | null;
  line: number | null;
  at: Date | null;
}
export interface FindingHistoryView {
  id: string;
  status: FindingStatus;
  summary: string;
  createdAt: Date;
  decidedAt: Date | null;
  reason: string | null;
}

export interface FindingView {
  id: string;
  ruleNo: number;
  ruleCode: string;
  ruleName: string;
  ruleVersion: number;
  severity: 'HIGH' | 'MEDIUM' | 'LOW';
  status: FindingStatus;
  summary: string;
  personId: string | null;
  personName: string | null;
  idMasked: string | null;
  householdId: string | null;
  benefitId: string | null;
  programCode: string | null;
  programName: string | null;
  departmentId: string | null;
  departmentName: string | null;
  areaCode: string;
  areaName: string | null;
  townCode: string;
  townName: string | null;
  dueDate: string;
  overdue: boolean;
  createdAt: Date;
  reviewerName: string | null;
  reason: string | null;
  decidedAt: Date | null;
  taskStatus: 'PENDING' | 'DONE' | null;
  taskOutcome: FindingTaskOutcome | null;
  taskNote: string | null;
  taskDoneByName: string | null;
  taskDoneAt: Date | null;
  version: number;
  evidence: EvidenceLine[];
  sources: EvidenceSource[];
  evidenceAsOf: string | null;
  /** Earlier findings of the same subject (only in `finding(id)`). */
  history: FindingHistoryView[] | null;
}

export interface FindingFilter {
  ruleNo?: number | null;
  areaCode?: string | null;
  severity?: string | null;
  status?: string | null;
  overdue?: boolean | null;
  keyword?: string | null;
}

const COLUMNS = `f.id, f.rule_no as "ruleNo", f.rule_code as "ruleCode", f.rule_version as "ruleVersion", f.severity, f.status, f.summary,
  f.person_id as "personId", f.person_name as "personName", f.id_masked as "idMasked", f.household_id as "householdId", f.benefit_id as "benefitId",
  f.program_code as "programCode", f.department_id as "departmentId", d.name as "departmentName", f.area_code as "areaCode", a.name as "areaName",
  left(f.area_code, 9) || '000' as "townCode", t.name as "townName", f.due_date::text as "dueDate", f.created_at as "createdAt",
  f.reviewer_name as "reviewerName", f.reason, f.decided_at as "decidedAt", f.task_status as "taskStatus", f.task_outcome as "taskOutcome",
  f.task_note as "taskNote", f.task_done_by_name as "taskDoneByName", f.task_done_at as "taskDoneAt", f.version, f.evidence`;
const FROM = `finding f left join department d on d.id = f.department_id left join area a on a.code = f.area_code
  left join area t on t.code = left(f.area_code, 9) || '000'`;

type Raw = Omit<FindingView, 'ruleName' | 'programName' | 'overdue' | 'evidence' | 'sources' | 'evidenceAsOf' | 'history'> & {
  evidence: Record<string, unknown>;
};
const s = nullable(text);
const findingRow = row<Raw>({
  id: text,
  ruleNo: int,
  ruleCode: text,
  ruleVersion: int,
  severity: text as Decoder<Raw['severity']>,
  status: text as Decoder<FindingStatus>,
  summary: text,
  personId: s,
  personName: s,
  idMasked: s,
  householdId: s,
  benefitId: s,
  programCode: s,
  departmentId: s,
  departmentName: s,
  areaCode: text,
  areaName: s,
  townCode: text,
  townName: s,
  dueDate: isoDate,
  createdAt: timestamp,
  reviewerName: s,
  reason: s,
  decidedAt: nullable(timestamp),
  taskStatus: nullable(text) as Decoder<Raw['taskStatus']>,
  taskOutcome: nullable(text) as Decoder<FindingTaskOutcome | null>,
  taskNote: s,
  taskDoneByName: s,
  taskDoneAt: nullable(timestamp),
  version: int,
  evidence: jsonObject,
});

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** The stored evidence (engine: `{ lines, sources, asOf }`) as typed lines and sources. */
function evidenceOf(e: Record<string, unknown>): Pick<FindingView, 'evidence' | 'sources' | 'evidenceAsOf'> {
  const lines = Array.isArray(e.lines) ? e.lines : [];
  const sources = Array.isArray(e.sources) ? e.sources : [];
  return {
    evidence: lines.map((l) => ({ label: str((l as EvidenceLine).label), value: str((l as EvidenceLine).value) || '—' })),
    sources: sources.map((x) => {
      const o = x as Record<string, unknown>;
      const dataset = str(o.dataset);
      return {
        dataset,
        datasetName: DATASET_NAMES[dataset] ?? dataset,
        batchId: typeof o.batchId === 'string' ? o.batchId : null,
        line: typeof o.line === 'number' ? o.line : null,
        at: typeof o.at === 'string' ? new Date(o.at) : null,
      };
    }),
    evidenceAsOf: typeof e.asOf === 'string' ? e.asOf : null,
  };
}

function toView(r: Raw, today: string): FindingView {
  return {
    ...r,
    ruleName: RULE_NAMES[r.ruleNo] ?? `规则 ${r.ruleNo}`,
    programName: r.programCode ? (PROGRAM_NAMES[r.programCode] ?? r.programCode) : null,
    overdue: r.status === 'PENDING' && r.dueDate < today,
    ...evidenceOf(r.evidence),
    history: null,
  };
}

/** The scope of every read: area (RLS backs it) and, for an actor with a department, its own benefits. */
export function findingScopeSql(ctx: RequestContext, alias = 'f'): { sql: string; params: unknown[] } {
  const area = areaSql(ctx, `${alias}.area_code`);
  if (ctx.actor.kind !== 'system' && ctx.departmentId) return { sql: `${area.sql} and ${alias}.department_id = ?`, params: [...area.params, ctx.departmentId] };
  return area;
}

function filterSql(ctx: RequestContext, f: FindingFilter, today: string): { sql: string; params: unknown[] } {
  const scope = findingScopeSql(ctx);
  const parts = ['f.is_current', scope.sql];
  const params: unknown[] = [...scope.params];
  if (f.ruleNo != null) {
    if (!RULE_BY_NO.has(f.ruleNo)) throw new AppError('BAD_USER_INPUT', '规则编号不存在', { field: 'ruleNo' });
    parts.push('f.rule_no = ?');
    params.push(f.ruleNo);
  }
  if (f.areaCode) {
    if (!/^\d{12}$/.test(f.areaCode)) throw new AppError('BAD_USER_INPUT', '区划代码应为 12 位数字', { field: 'areaCode' });
    assertInScope(ctx, f.areaCode, '区划');
    const p = prefixSql('f.area_code', areaPrefix(f.areaCode));
    parts.push(p.sql);
    params.push(...p.params);
  }
  if (f.severity) {
    parts.push('f.severity = ?');
    params.push(f.severity);
  }
  if (f.status) {
    parts.push('f.status = ?');
    params.push(f.status);
  }
  if (f.overdue) {
    parts.push(`f.status = 'PENDING' and f.due_date < ?::date`);
    params.push(today);
  }
  const keyword = f.keyword?.trim();
  if (keyword) {
    const p = prefixSql('f.person_name', keyword);
    parts.push(p.sql);
    params.push(...p.params);
  }
  return { sql: parts.join(' and '), params };
}

export async function listFindings(ctx: RequestContext, filter: FindingFilter, pageArgs: Partial<PageArgs>): Promise<PageResult<FindingView>> {
  ctx.require('finding.read', '查看比对疑点');
  const page = checkPage(pageArgs);
  const today = todayOf(ctx);
  const where = filterSql(ctx, filter, today);
  const [[total], rows] = await scopedReadBatch(ctx, [
    { sql: `select count(*)::int as n from finding f where ${where.sql}`, params: where.params },
    {
      sql: `select ${COLUMNS} from ${FROM} where ${where.sql}
             order by case f.status when 'PENDING' then 0 when 'CONFIRMED' then 1 else 2 end, f.due_date, f.rule_no, f.id limit ? offset ?`,
      params: [...where.params, page.pageSize, offsetOf(page)],
    },
  ]);
  return {
    items: decodeRows(rows, findingRow, 'finding').map((r) => toView(r, today)),
    total: decodeRows([total], row({ n: int }), 'finding count')[0].n,
    page: page.page,
    pageSize: page.pageSize,
  };
}

const historyRow = row<FindingHistoryView>({
  id: text,
  status: text as Decoder<FindingStatus>,
  summary: text,
  createdAt: timestamp,
  decidedAt: nullable(timestamp),
  reason: nullable(text),
});

/** One finding in the actor's scope (any, current or history) with the history of its subject; NOT_FOUND otherwise. */
export async function getFinding(ctx: RequestContext, id: string): Promise<FindingView> {
  ctx.require('finding.read', '查看比对疑点');
  const scope = findingScopeSql(ctx);
  const [rows, history] = await scopedReadBatch(ctx, [
    { sql: `select ${COLUMNS} from ${FROM} where f.id = ? and ${scope.sql}`, params: [id, ...scope.params] },
    {
      sql: `select h.id, h.status, h.summary, h.created_at as "createdAt", h.decided_at as "decidedAt", h.reason
              from finding f join finding h on h.rule_no = f.rule_no and h.subject_key = f.subject_key and h.id <> f.id
             where f.id = ? and ${findingScopeSql(ctx, 'h').sql} order by h.created_at desc limit 50`,
      params: [id, ...findingScopeSql(ctx, 'h').params],
    },
  ]);
  const [r] = decodeRows(rows, findingRow, 'finding');
  if (!r) throw new AppError('NOT_FOUND', '疑点不存在或不在您的管辖范围内');
  return { ...toView(r, todayOf(ctx)), history: decodeRows(history, historyRow, 'finding history') };
}

export interface StatusCounts {
  pending: number;
  confirmed: number;
  dismissed: number;
  resolved: number;
  overdue: number;
  tasksPending: number;
}
export interface FindingStatsView {
  asOf: string;
  total: StatusCounts;
  byRule: Array<StatusCounts & { ruleNo: number; ruleName: string }>;
  byTown: Array<StatusCounts & { areaCode: string; areaName: string | null }>;
}

const COUNTS = `count(*) filter (where f.status = 'PENDING')::int as pending, count(*) filter (where f.status = 'CONFIRMED')::int as confirmed,
  count(*) filter (where f.status = 'DISMISSED')::int as dismissed, count(*) filter (where f.status = 'RESOLVED')::int as resolved,
  count(*) filter (where f.status = 'PENDING' and f.due_date < ?::date)::int as overdue,
  count(*) filter (where f.task_status = 'PENDING')::int as "tasksPending"`;
const countFields = { pending: int, confirmed: int, dismissed: int, resolved: int, overdue: int, tasksPending: int };

/** 疑点统计: counts by status, by rule and by town within `areaCode` (default: the actor's area). */
export async function findingStats(ctx: RequestContext, areaCode?: string | null): Promise<FindingStatsView> {
  ctx.require('finding.read', '查看比对疑点');
  const today = todayOf(ctx);
  const where = filterSql(ctx, { areaCode }, today);
  const [total, byRule, byTown] = await scopedReadBatch(ctx, [
    { sql: `select ${COUNTS} from finding f where ${where.sql}`, params: [today, ...where.params] },
    {
      sql: `select f.rule_no as "ruleNo", ${COUNTS} from finding f where ${where.sql} group by f.rule_no order by f.rule_no`,
      params: [today, ...where.params],
    },
    {
      sql: `select x.*, t.name as "areaName" from (select left(f.area_code, 9) || '000' as "areaCode", ${COUNTS} from finding f where ${where.sql}
              group by left(f.area_code, 9)) x left join area t on t.code = x."areaCode" order by x."areaCode"`,
      params: [today, ...where.params],
    },
  ]);
  return {
    asOf: today,
    total: decodeRows(total, row<StatusCounts>(countFields), 'finding stats')[0],
    byRule: decodeRows(byRule, row({ ruleNo: int, ...countFields }), 'finding stats by rule').map((r) => ({ ...r, ruleName: RULE_NAMES[r.ruleNo] ?? '' })),
    byTown: decodeRows(byTown, row({ areaCode: text, areaName: nullable(text), ...countFields }), 'finding stats by town'),
  };
}

/** Counts for the 工作台 and the 督办看板: open findings past their due date, and confirmed findings awaiting the department. */
export async function findingTodoCounts(ctx: RequestContext): Promise<{ toReview: number; overdue: number; tasks: number }> {
  const today = todayOf(ctx);
  const scope = findingScopeSql(ctx);
  const [[r]] = await scopedReadBatch(ctx, [
    {
      sql: `select count(*) filter (where f.status = 'PENDING')::int as "toReview",
                   count(*) filter (where f.status = 'PENDING' and f.due_date < ?::date)::int as overdue,
                   count(*) filter (where f.task_status = 'PENDING')::int as tasks
              from finding f where f.is_current and ${scope.sql}`,
      params: [today, ...scope.params],
    },
  ]);
  return decodeRows([r], row({ toReview: int, overdue: int, tasks: int }), 'finding todos')[0];
}
