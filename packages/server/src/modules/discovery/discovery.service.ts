import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPage, type PageArgs } from '../../shared/paging';
import { areaSql } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { VISIT_DUE_WORKING_DAYS, VISIT_OUTCOMES, VISIT_STATUSES, type VisitOutcome } from './codes';
import { DISCOVERY_RULE_NAMES, DISCOVERY_RULES } from './rules';

/**
 * 主动发现 (政策找人, README.md): `runDiscovery` turns every rule's candidates into visit tasks (走访任务) for the
 * household's village — one per rule and subject, ever (a run adds only new subjects) — due in
 * `VISIT_DUE_WORKING_DAYS` working days; windows list them (`listVisitTasks`), record the outcome
 * (`recordVisitOutcome`), and everyone with the area sees the counts (`visitTaskStats`).
 */
export interface DiscoveryRunResult {
  rules: Array<{ code: string; name: string; found: number; created: number }>;
}

/** Runs every rule as the system (the reference tables are readable only there); logged `discovery.run`. `crosscheck.run` or the system. */
export async function runDiscovery(ctx: RequestContext): Promise<DiscoveryRunResult> {
  ctx.require('crosscheck.run', '运行发现规则'); // the system (the 全面比对 job, the seed) always may
  const today = todayOf(ctx);
  const cal = await loadWorkCalendar(ctx);
  const due = cal.addWorkingDays(today, VISIT_DUE_WORKING_DAYS);
  const now = nowOf(ctx);
  return ctx.asSystem('discovery', async (em, sys) => {
    const out: DiscoveryRunResult['rules'] = [];
    for (const rule of DISCOVERY_RULES) {
      const q = rule.query({ today });
      const [r] = await sqlRows<{ found: number; created: number }>(
        em,
        `with c as (${q.sql}),
              ins as (insert into visit_task (id, rule_code, subject_key, household_id, person_id, area_code, summary, lines, due_date, created_at)
                      select gen_random_uuid(), ?, c.subject_key, c.household_id, c.person_id, c.area_code, left(c.summary, 300), c.lines, ?, ? from c
                      on conflict (rule_code, subject_key) do nothing returning 1)
         select (select count(*)::int from c) as found, (select count(*)::int from ins) as created`,
        [...q.params, rule.code, due, now],
      );
      out.push({ code: rule.code, name: rule.name, found: r.found, created: r.created });
    }
    await recordAudit(sys, {
      action: 'discovery.run',
      entityType: 'visit_task',
      detail: Object.fromEntries(out.map((r) => [r.code, `${r.created}/${r.found}`])),
    });
    return { rules: out };
  });
}

export interface VisitTaskView {
  id: string;
  ruleCode: string;
  ruleName: string;
  householdId: string;
  headName: string | null;
  personName: string | null;
  areaCode: string;
  areaName: string | null;
  summary: string;
  lines: Array<{ label: string; value: string }>;
  dueDate: string;
  overdue: boolean;
  status: string;
  statusName: string;
  outcome: string | null;
  outcomeName: string | null;
  outcomeNote: string | null;
  doneByName: string | null;
  doneAt: Date | null;
  createdAt: Date;
  version: number;
}

const COLUMNS = `v.id, v.rule_code as "ruleCode", v.household_id as "householdId",
  (select p.name from household h join person p on p.id = h.head_person_id where h.id = v.household_id) as "headName",
  (select p.name from person p where p.id = v.person_id) as "personName", v.area_code as "areaCode", a.name as "areaName",
  v.summary, v.lines, v.due_date::text as "dueDate", v.status, v.outcome, v.outcome_note as "outcomeNote", v.done_by_name as "doneByName",
  v.done_at as "doneAt", v.created_at as "createdAt", v.version`;

type Row = Omit<VisitTaskView, 'ruleName' | 'overdue' | 'statusName' | 'outcomeName'>;

function toView(r: Row, today: string): VisitTaskView {
  return {
    ...r,
    ruleName: DISCOVERY_RULE_NAMES[r.ruleCode] ?? r.ruleCode,
    overdue: r.status === 'OPEN' && r.dueDate < today,
    statusName: VISIT_STATUSES[r.status as keyof typeof VISIT_STATUSES] ?? r.status,
    outcomeName: r.outcome ? (VISIT_OUTCOMES[r.outcome as VisitOutcome] ?? r.outcome) : null,
  };
}

export interface VisitTaskFilter {
  status?: string | null;
  ruleCode?: string | null;
}

/** 走访任务 of the reader's area: open ones by due date, then the done ones newest first. */
export async function listVisitTasks(
  ctx: RequestContext,
  filter: VisitTaskFilter,
  pageArgs: Partial<PageArgs>,
): Promise<{ items: VisitTaskView[]; total: number }> {
  ctx.require('application.read', '查看走访任务');
  const { page, pageSize } = checkPage(pageArgs);
  if (filter.status && !(filter.status in VISIT_STATUSES)) throw new AppError('BAD_USER_INPUT', '状态应为 OPEN 或 DONE', { field: 'status' });
  if (filter.ruleCode && !(filter.ruleCode in DISCOVERY_RULE_NAMES)) throw new AppError('BAD_USER_INPUT', '没有这条发现规则', { field: 'ruleCode' });
  const scope = areaSql(ctx, 'v.area_code');
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  if (filter.status) {
    where.push('v.status = ?');
    params.push(filter.status);
  }
  if (filter.ruleCode) {
    where.push('v.rule_code = ?');
    params.push(filter.ruleCode);
  }
  const today = todayOf(ctx);
  const rows = await ctx.tx((em) =>
    sqlRows<Row & { total: string }>(
      em,
      `select ${COLUMNS}, count(*) over () as total from visit_task v left join area a on a.code = v.area_code
        where ${where.join(' and ')}
        order by (v.status = 'OPEN') desc, case when v.status = 'OPEN' then v.due_date end, v.done_at desc, v.created_at, v.id
        limit ? offset ?`,
      [...params, pageSize, (page - 1) * pageSize],
    ),
  );
  return { items: rows.map((r) => toView(r, today)), total: rows.length ? Number(rows[0].total) : 0 };
}

/**
 * Records what the visit found: 已申请 (the household applied — at the window or online), 无需救助 or 本人拒绝 (both
 * with a note). Only an open task (else INVALID_STATE), `version` as read (else CONFLICT). Logged `discovery.visit_recorded`.
 */
export async function recordVisitOutcome(
  ctx: RequestContext,
  id: string,
  outcome: string,
  note: string | null | undefined,
  version: number,
): Promise<VisitTaskView> {
  ctx.require('application.write', '记录走访结果');
  if (!(outcome in VISIT_OUTCOMES)) throw new AppError('BAD_USER_INPUT', '走访结果应为已申请、无需救助或本人拒绝', { field: 'outcome' });
  const text = note?.trim() || null;
  if (outcome !== 'APPLIED' && !text) throw new AppError('BAD_USER_INPUT', '请说明无需救助或拒绝的情况', { field: 'note' });
  if (text && text.length > 500) throw new AppError('BAD_USER_INPUT', '说明不超过 500 字', { field: 'note' });
  const today = todayOf(ctx);
  return ctx.tx(async (em) => {
    const [task] = await sqlRows<{ status: string; version: number }>(em, `select status, version from visit_task where id = ? for update`, [id]);
    if (!task) throw new AppError('NOT_FOUND', '走访任务不存在或不在您的管辖范围内');
    if (task.status !== 'OPEN') throw new AppError('INVALID_STATE', '该走访任务已记录结果');
    if (task.version !== version) throw new AppError('CONFLICT', '走访任务已被他人修改，请刷新后重试');
    await sqlRows(
      em,
      `update visit_task set status = 'DONE', outcome = ?, outcome_note = ?, done_by = ?, done_by_name = ?, done_at = ?, version = version + 1 where id = ? returning id`,
      [outcome, text, ctx.actor.id ?? null, ctx.actor.name, nowOf(ctx), id],
    );
    await recordAudit(ctx, { action: 'discovery.visit_recorded', entityType: 'visit_task', entityId: id, after: { outcome, note: text } });
    const [row] = await sqlRows<Row>(em, `select ${COLUMNS} from visit_task v left join area a on a.code = v.area_code where v.id = ?`, [id]);
    return toView(row, today);
  });
}

export interface VisitRuleStats {
  ruleCode: string;
  ruleName: string;
  total: number;
  open: number;
  overdue: number;
  applied: number;
  notNeeded: number;
  refused: number;
}

/** Counts per rule in the reader's area — every rule listed, with zeros. */
export async function visitTaskStats(ctx: RequestContext): Promise<VisitRuleStats[]> {
  ctx.require('application.read', '查看走访任务');
  const scope = areaSql(ctx, 'v.area_code');
  const today = todayOf(ctx);
  const rows = await ctx.tx((em) =>
    sqlRows<Omit<VisitRuleStats, 'ruleName'>>(
      em,
      `select v.rule_code as "ruleCode", count(*)::int as total, count(*) filter (where v.status = 'OPEN')::int as open,
              count(*) filter (where v.status = 'OPEN' and v.due_date < ?)::int as overdue,
              count(*) filter (where v.outcome = 'APPLIED')::int as applied, count(*) filter (where v.outcome = 'NOT_NEEDED')::int as "notNeeded",
              count(*) filter (where v.outcome = 'REFUSED')::int as refused
         from visit_task v where ${scope.sql} group by v.rule_code`,
      [today, ...scope.params],
    ),
  );
  const by = new Map(rows.map((r) => [r.ruleCode, r]));
  return DISCOVERY_RULES.map((rule) => ({
    ruleName: rule.name,
    ...(by.get(rule.code) ?? { ruleCode: rule.code, total: 0, open: 0, overdue: 0, applied: 0, notNeeded: 0, refused: 0 }),
  }));
}
