import { emitFindingEvents } from '../integration/events';
import { previousMonth, valueAt } from '@xiejiu/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { decodeRows, int, row } from '../../db/rows';
import { monthStart, nowOf, todayOf } from '../../shared/dates';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { catalogueInForce } from '../program/catalogue.service';
import { emitEvent } from '../workflow/outbox';
import { RULES } from './rules';
import type { CrosscheckRule, RuleParams } from './rules/rule';

/**
 * The cross-check engine (README.md): every rule's set-based statement fills a temporary candidate table,
 * which is merged into `finding` with four statements — no row-by-row work in Node. Each rule runs in its
 * own transaction as `系统(crosscheck)` (system scope: the reference tables are readable only there),
 * serialised per rule by an advisory lock, so a rule's findings are always the result of one whole run.
 *
 * Merge, per subject (`rule_no` + `subject_key`, the current finding):
 * - no current finding → new PENDING, due in `DUE_WORKING_DAYS` working days (the calendar's arithmetic);
 * - current finding, same fingerprint, not RESOLVED → unchanged (a DISMISSED one stays dismissed);
 * - current finding with another fingerprint, or RESOLVED → it becomes history (`is_current` false; a
 *   PENDING one is RESOLVED) and a new PENDING finding takes its place;
 * - current PENDING finding without candidate → RESOLVED (the facts disappeared before the review).
 */

/** Working days a town has to review a new finding. */
export const DUE_WORKING_DAYS = 10;

export interface RuleOutcome {
  no: number;
  code: string;
  found: number;
  new: number;
  unchanged: number;
  resolved: number;
  ms: number;
}

export interface CrosscheckResult {
  runId: string;
  rules: RuleOutcome[];
  ms: number;
}

export interface CrosscheckOptions {
  jobId?: string | null;
  batchId?: string | null;
  /** Only these rule numbers (tests); default every rule in force. */
  only?: number[];
  /** Called inside each rule's transaction after its merge (job progress); false → stop. */
  onRule?: (em: EntityManager, outcome: RuleOutcome) => Promise<boolean | undefined>;
}

function paramValue(catalogue: Awaited<ReturnType<typeof catalogueInForce>>['catalogue'], code: string, date: string): number | readonly string[] {
  const p = catalogue.parameters.find((x) => x.code === code);
  const v = p ? valueAt(p, date) : undefined;
  if (!v) throw new Error(`parameter ${code} has no value on ${date}`);
  return v.value;
}

/** The dates and program parameters in force on `today` (the catalogue with every recorded version). */
export async function ruleParams(ctx: RequestContext, today: string, runId = randomUUID()): Promise<RuleParams> {
  const { catalogue } = await catalogueInForce(ctx, today);
  const num = (code: string) => Number(paramValue(catalogue, code, today));
  const codes = (code: string) => [...(paramValue(catalogue, code, today) as readonly string[])];
  return {
    runId,
    today,
    payMonth: monthStart(today),
    incomeMonth: monthStart(previousMonth(today)),
    standardUrbanFen: num('DIBAO.standard.URBAN'),
    standardRuralFen: num('DIBAO.standard.RURAL'),
    assetLimitMonths: num('DIBAO.asset_limit_months'),
    maxHomes: num('DIBAO.max_homes'),
    businessCapitalLimitFen: num('DIBAO.business_capital_limit'),
    minPerPersonFen: num('DIBAO.min_per_person'),
    employmentCostRatio: num('DIBAO.employment_cost_ratio'),
    excludedIncomeCategories: codes('DIBAO.excluded_income_categories'),
    excludedMemberStatuses: codes('DIBAO.excluded_member_statuses'),
    tekunMinorAge: num('TEKUN.age_minor'),
  };
}

const countRow = row<{ n: number }>({ n: int });
async function count(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  return decodeRows(await sqlRows(em, sql, params), countRow, 'crosscheck count')[0]?.n ?? 0;
}

/**
 * Empties the scratch table of this run (`runId`) or, at the start of a run, of runs that died more than a
 * day ago. A run deletes millions of rows, and the application role may not VACUUM: left to autovacuum, the
 * dead rows would be read by every scan of the next runs (a 200,000-row roster left 1.3 GB after two runs).
 * So when no other run has rows there, the table is truncated instead — under an exclusive lock, so no
 * other run can be adding rows meanwhile (they wait; runs rarely overlap).
 */
async function clearRecipients(em: EntityManager, runId: string | null): Promise<void> {
  await em.execute(`lock table crosscheck_recipient in access exclusive mode`);
  const others = await count(
    em,
    `select count(*)::int as n from (select 1 from crosscheck_recipient
      where created_at >= now() - interval '1 day' and run_id is distinct from ?::uuid limit 1) x`,
    [runId],
  );
  if (!others) await em.execute(`truncate crosscheck_recipient`);
  else if (runId) await em.execute(`delete from crosscheck_recipient where run_id = ?`, [runId]);
  else await em.execute(`delete from crosscheck_recipient where created_at < now() - interval '1 day'`);
}

/**
 * This run's `crosscheck_recipient` rows (set-based, one statement): every counted benefit (享受中, 渐退) with
 * every active member of its household (`counts`: the household-level benefit, or the member's own personal
 * benefit) and with its personal holder when the holder is not an active member there (moved, deceased).
 * The scratch table is emptied first (`clearRecipients`).
 */
export async function buildRecipients(em: EntityManager, runId: string): Promise<void> {
  await clearRecipients(em, null);
  await planForWholeSets(em);
  const cols = `p.id, p.id_bidx, p.name, p.id_masked, p.birth_date, p.death_date, p.statuses`;
  const benefit = `b.id, b.household_id, b.person_id, b.program_code, b.department_id, b.area_code, b.monthly_amount_fen, b.start_date, b.status, b.created_at, h.residence_type`;
  await em.execute(
    `insert into crosscheck_recipient (run_id, person_id, id_bidx, person_name, id_masked, birth_date, death_date, statuses, member_household_id, member_from, head,
                                       counts, benefit_id, household_id, benefit_person_id, program_code, department_id, area_code, monthly_amount_fen, start_date,
                                       status, benefit_created_at, residence_type)
     select ?::uuid, ${cols}, m.household_id, m.from_date, m.relation = 'HEAD', (b.person_id is null or b.person_id = p.id), ${benefit}
       from benefit b join household h on h.id = b.household_id
       join membership m on m.household_id = b.household_id and m.to_date is null
       join person p on p.id = m.person_id
      where b.status in ('ACTIVE', 'PHASE_OUT')
     union all
     select ?::uuid, ${cols}, pm.household_id, pm.from_date, false, true, ${benefit}
       from benefit b join household h on h.id = b.household_id
       join person p on p.id = b.person_id
       left join membership pm on pm.person_id = p.id and pm.to_date is null
      where b.status in ('ACTIVE', 'PHASE_OUT') and b.person_id is not null and pm.household_id is distinct from b.household_id`,
    [runId, runId],
  );
}

/**
 * Planner settings of the cross-check's transaction. The rules (and the build of the recipients) are joins
 * of whole sets: hash and merge joins, never a nested loop over a reference table. The application role
 * cannot ANALYZE the scratch table it just filled (not its owner), and right after a large import the
 * statistics are those of the smaller tables before it; without nested loops a misestimate costs little.
 * JIT off: the misestimated costs would have PostgreSQL compile and optimise every statement (seconds each).
 */
async function planForWholeSets(em: EntityManager): Promise<void> {
  await em.execute(`set local enable_nestloop = off`);
  await em.execute(`set local work_mem = '64MB'`);
  await em.execute(`set local jit = off`);
}

/** Runs one rule and merges its candidates (the caller's transaction, system scope). Set-based path (ADR 0015). */
async function runRule(
  em: EntityManager,
  rule: CrosscheckRule,
  p: RuleParams,
  run: { runId: string; dueDate: string; now: Date; jobId: string | null; batchId: string | null; by: string },
): Promise<RuleOutcome> {
  const started = Date.now();
  await em.execute(`select pg_advisory_xact_lock(hashtext('crosscheck'), ?)`, [rule.no]);
  await planForWholeSets(em);
  await em.execute(`create temp table cc_cand (
      subject_key text not null, person_id uuid, household_id uuid, benefit_id uuid, program_code text, department_id uuid,
      area_code text not null, person_name text, id_masked text, facts text not null, summary text not null, lines jsonb not null, sources jsonb not null
    ) on commit drop`);
  const q = rule.query(p);
  await em.execute(`insert into cc_cand select distinct on (c.subject_key) c.* from (${q.sql}) c order by c.subject_key, c.facts`, q.params);
  await em.execute(`analyze cc_cand`);
  const found = await count(em, `select count(*)::int as n from cc_cand`, []);
  // A subject whose facts changed (or came back after being resolved): the old finding becomes history.
  await em.execute(
    `update finding f set is_current = false,
        status = case when f.status = 'PENDING' then 'RESOLVED' else f.status end,
        decided_at = case when f.status = 'PENDING' then ? else f.decided_at end,
        reason = case when f.status = 'PENDING' then '疑点事实已变化，已按新的事实生成疑点' else f.reason end,
        updated_at = ?, version = f.version + 1
       from cc_cand c
      where f.rule_no = ? and f.is_current and f.subject_key = c.subject_key and (f.fingerprint <> md5(c.facts) or f.status = 'RESOLVED')`,
    [run.now, run.now, rule.no],
  );
  const inserted = await count(
    em,
    `with i as (
       insert into finding (id, rule_no, rule_code, rule_version, severity, status, subject_key, is_current, person_id, household_id, benefit_id,
                            program_code, department_id, area_code, person_name, id_masked, fingerprint, summary, evidence, run_id, due_date,
                            created_at, updated_at, version)
       select gen_random_uuid(), ?, ?, ?, ?, 'PENDING', c.subject_key, true, c.person_id, c.household_id, c.benefit_id,
              c.program_code, c.department_id, c.area_code, left(c.person_name, 50), c.id_masked, md5(c.facts), left(c.summary, 300),
              jsonb_build_object('lines', c.lines, 'sources', c.sources, 'asOf', ?::text), ?, ?::date, ?, ?, 1
         from cc_cand c
        where not exists (select 1 from finding f where f.rule_no = ? and f.is_current and f.subject_key = c.subject_key)
       returning 1)
     select count(*)::int as n from i`,
    [rule.no, rule.code, rule.version, rule.severity, p.today, run.runId, run.dueDate, run.now, run.now, rule.no],
  );
  const resolved = await count(
    em,
    `with r as (
       update finding f set status = 'RESOLVED', decided_at = ?, reason = '复核前疑点事实已消失（比对时未再发现）', updated_at = ?, version = f.version + 1
        where f.rule_no = ? and f.is_current and f.status = 'PENDING'
          and not exists (select 1 from cc_cand c where c.subject_key = f.subject_key)
       returning 1)
     select count(*)::int as n from r`,
    [run.now, run.now, rule.no],
  );
  const outcome: RuleOutcome = { no: rule.no, code: rule.code, found, new: inserted, unchanged: found - inserted, resolved, ms: Date.now() - started };
  await em.execute(
    `insert into crosscheck_run (id, run_id, job_id, batch_id, rule_no, rule_code, rule_version, found, new, unchanged, resolved, ms, triggered_by, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      run.runId,
      run.jobId,
      run.batchId,
      rule.no,
      rule.code,
      rule.version,
      outcome.found,
      outcome.new,
      outcome.unchanged,
      outcome.resolved,
      outcome.ms,
      run.by.slice(0, 64),
      run.now,
    ],
  );
  return outcome;
}

/**
 * 全面比对: every rule in force today (or `opts.only`), each in its own system-scope transaction, then
 * `crosscheck.finished` in the operation log with the counts per rule. Returns 'incomplete' counts when
 * `onRule` asked to stop (job cancelled).
 */
export async function runCrosscheckRules(ctx: RequestContext, opts: CrosscheckOptions = {}): Promise<CrosscheckResult & { stopped: boolean }> {
  const started = Date.now();
  const today = todayOf(ctx);
  const runId = randomUUID();
  const params = await ruleParams(ctx, today, runId);
  const calendar = await loadWorkCalendar(ctx);
  const run = {
    runId,
    dueDate: calendar.addWorkingDays(today, DUE_WORKING_DAYS),
    now: nowOf(ctx),
    jobId: opts.jobId ?? null,
    batchId: opts.batchId ?? null,
    by: ctx.actor.name,
  };
  const rules = RULES.filter((r) => r.effectiveFrom <= today && (!opts.only || opts.only.includes(r.no)));
  const outcomes: RuleOutcome[] = [];
  let stopped = false;
  await ctx.asSystem('crosscheck', (em) => buildRecipients(em, runId));
  try {
    for (const rule of rules) {
      const go = await ctx.asSystem('crosscheck', async (em) => {
        const outcome = await runRule(em, rule, params, run);
        outcomes.push(outcome);
        return opts.onRule ? opts.onRule(em, outcome) : true;
      });
      if (go === false) {
        stopped = true;
        break;
      }
    }
  } finally {
    await ctx.asSystem('crosscheck', (em) => clearRecipients(em, runId));
  }
  const result = { runId: run.runId, rules: outcomes, ms: Date.now() - started, stopped };
  await ctx.asSystem('crosscheck', async (em, sys) => {
    await announceNewFindings(sys, em, run.runId);
    await recordAudit(sys, {
      action: 'crosscheck.finished',
      entityType: 'crosscheck_run',
      entityId: run.runId,
      detail: {
        batchId: run.batchId,
        stopped,
        ms: result.ms,
        rules: Object.fromEntries(outcomes.map((o) => [String(o.no), `${o.found}/${o.new}/${o.resolved}`])),
      },
    });
  });
  return result;
}

/**
 * 新疑点: one `finding.opened` event per town whose review queue got findings in this run (the town windows
 * review them; the staff inbox, modules/inbox, tells them). Area = the town's code.
 */
async function announceNewFindings(ctx: RequestContext, em: EntityManager, runId: string): Promise<void> {
  const towns = await sqlRows<{ town: string; n: number }>(
    em,
    `select left(area_code, 9) || '000' as town, count(*)::int as n from finding
      where run_id = ? and is_current and status = 'PENDING' group by 1 order by 1`,
    [runId],
  );
  for (const t of towns) {
    await emitEvent(ctx, em, { type: 'finding.opened', aggregateType: 'crosscheck_run', aggregateId: runId, areaCode: t.town, payload: { runId, count: t.n } });
  }
  await emitFindingEvents(ctx, em, runId); // the integrators' change feed (modules/integration), per village and department
}
