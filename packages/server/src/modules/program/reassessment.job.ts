import { affectedPrograms, areaPrefix, memberTrace, valueAt, withParameterValueAt, type Catalogue } from '@xiejiu/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { forEachSliced } from '../../shared/slice';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { enqueueJob } from '../jobs/jobs.service';
import { defineJob } from '../jobs/registry';
import { catalogueInForce } from './catalogue.service';
import { betterStatus, holderKey, RECEIVING, type LedgerHousehold } from './ledger-batch';
import { runLedgerBatches } from './ledger-job';
import { Reassessment } from './reassessment.entity';
import { compareHousehold, compareSetup, traceText, type CompareSetup, type Comparison } from './whatif';

/**
 * 复核任务 as a job of the jobs module (ADR 0010; the reassessment rules are ADR 0008's): re-screens the
 * job's area in batches and stores 漏救 (MISSED) / 复核 (REVIEW) findings with each batch's progress.
 * The `reassessment` row (kind, program, parameter, date, area) shares its id with the `job` row.
 */
export const REASSESSMENT_BATCH = 250;
const HOLDING = new Set(['ACTIVE', 'PHASE_OUT', 'APPLYING']);

export interface EnqueueInput {
  kind: 'PARAMETER' | 'ON_DEMAND';
  programCode: string;
  programName: string;
  parameterCode?: string | null;
  asOf: string;
  areaCode: string;
}

type ReassessmentRow = Pick<Reassessment, 'kind' | 'programCode' | 'parameterCode' | 'asOf'>;

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Before/after catalogues and programs of a reassessment. */
function setupOf(r: ReassessmentRow, catalogue: Catalogue): CompareSetup {
  if (r.kind === 'PARAMETER' && r.parameterCode) {
    const param = catalogue.parameters.find((p) => p.code === r.parameterCode);
    const previous = param ? valueAt(param, dayBefore(r.asOf)) : undefined;
    const before = param && previous ? withParameterValueAt(catalogue, param.code, r.asOf, previous.value) : catalogue;
    return compareSetup(before, catalogue, r.asOf, affectedPrograms(catalogue, [r.parameterCode]), [r.parameterCode]);
  }
  return compareSetup(catalogue, catalogue, r.asOf, [r.programCode], []);
}

export interface FindingRow {
  programCode: string;
  /** The member (MEMBER programs); null: the household (HOUSEHOLD programs, household-level benefit rows). */
  personId: string | null;
  kind: 'MISSED' | 'REVIEW';
  benefitStatus: string | null;
  beforeOutcome: string;
  afterOutcome: string;
  beforeAmountFen: number | null;
  afterAmountFen: number | null;
  /** The engine's trace of the program (and member) under the catalogue in force, in Chinese (≤ TRACE_MAX lines). */
  trace: string[];
}

const isOut = (o: string) => o === 'INELIGIBLE' || o === 'EXCLUDED';

/**
 * MISSED / REVIEW of one subject (ADR 0008). `held`: a benefit ACTIVE, PHASE_OUT or APPLYING; `receiving`:
 * ACTIVE or PHASE_OUT. PARAMETER jobs compare before/after the change; ON_DEMAND jobs compare with receipt.
 */
function decide(jobKind: ReassessmentRow['kind'], before: string, after: string, held: boolean, receiving: boolean): 'MISSED' | 'REVIEW' | null {
  if (jobKind === 'PARAMETER') {
    if (before !== 'ELIGIBLE' && after === 'ELIGIBLE' && !held) return 'MISSED';
    if (before === 'ELIGIBLE' && isOut(after) && receiving) return 'REVIEW';
    return null;
  }
  if (after === 'ELIGIBLE' && !held) return 'MISSED';
  if (receiving && isOut(after)) return 'REVIEW';
  return null;
}

/** Text of the one trace line of a member who receives a per-person program but is no longer a living member. */
export const GONE_MEMBER_TRACE = '该成员已不是本户在世成员（已死亡或已迁出），仍登记为享受本项救助';

/**
 * The findings of one household (issue 12, item 6). HOUSEHOLD programs: one finding per household, as before.
 * MEMBER programs are matched per person: a member holds the program when a benefit row names them or the
 * household has a row without a person (which counts for every member); each eligible member holding
 * nothing is 漏救, each member receiving it and now out is 复核. A household-level row of a MEMBER program
 * is reviewed for the household (no member eligible any more), as before. ON_DEMAND jobs also review a
 * person still receiving who is no longer a living member. Pure (testable without a database).
 */
export function findingsOf(h: LedgerHousehold, c: Comparison, programs: readonly string[], jobKind: ReassessmentRow['kind']): FindingRow[] {
  const out: FindingRow[] = [];
  const held = (s: string | null) => !!s && HOLDING.has(s);
  const receiving = (s: string | null) => !!s && RECEIVING.has(s);
  const beforeLabel = (b: string, s: string | null) => (jobKind === 'PARAMETER' ? b : receiving(s) ? 'RECEIVING' : 'NOT_RECEIVING');
  for (const code of programs) {
    const b = c.before.get(code)!;
    const a = c.after.get(code)!;
    const members = a.result.members;
    if (!members) {
      const status = h.holding.get(code) ?? null;
      const kind = decide(jobKind, b.outcome, a.outcome, held(status), receiving(status));
      if (kind) {
        out.push({
          programCode: code,
          personId: null,
          kind,
          benefitStatus: status,
          beforeOutcome: beforeLabel(b.outcome, status),
          afterOutcome: a.outcome,
          beforeAmountFen: b.amountFen,
          afterAmountFen: a.amountFen,
          trace: traceText(a.result.trace),
        });
      }
      continue;
    }
    const household = h.holders.get(holderKey(code, null)) ?? null;
    if (receiving(household) && decide(jobKind, b.outcome, a.outcome, true, true) === 'REVIEW') {
      out.push({
        programCode: code,
        personId: null,
        kind: 'REVIEW',
        benefitStatus: household,
        beforeOutcome: beforeLabel(b.outcome, household),
        afterOutcome: a.outcome,
        beforeAmountFen: b.amountFen,
        afterAmountFen: a.amountFen,
        trace: traceText(a.result.trace),
      });
    }
    const before = new Map((b.result.members ?? []).map((m) => [m.personId, m]));
    const living = new Set<string>();
    for (const m of members) {
      living.add(m.personId);
      const own = h.holders.get(holderKey(code, m.personId)) ?? null;
      const status = betterStatus(own, household);
      const bm = before.get(m.personId);
      // A household-level row is reviewed above for the household, not member by member.
      const kind = decide(jobKind, bm?.outcome ?? 'INELIGIBLE', m.outcome, held(status), receiving(own));
      if (!kind) continue;
      out.push({
        programCode: code,
        personId: m.personId,
        kind,
        benefitStatus: status,
        beforeOutcome: beforeLabel(bm?.outcome ?? 'INELIGIBLE', status),
        afterOutcome: m.outcome,
        beforeAmountFen: bm?.estimatedMonthlyFen ?? null,
        afterAmountFen: m.estimatedMonthlyFen,
        trace: traceText(memberTrace(a.result, m.personId)),
      });
    }
    if (jobKind !== 'ON_DEMAND') continue;
    const prefix = holderKey(code, '');
    for (const [key, status] of h.holders) {
      const personId = key.slice(prefix.length);
      if (!key.startsWith(prefix) || !personId || living.has(personId) || !receiving(status)) continue;
      out.push({
        programCode: code,
        personId,
        kind: 'REVIEW',
        benefitStatus: status,
        beforeOutcome: 'RECEIVING',
        afterOutcome: 'INELIGIBLE',
        beforeAmountFen: null,
        afterAmountFen: null,
        trace: [GONE_MEMBER_TRACE],
      });
    }
  }
  return out;
}

export const reassessmentJob = defineJob({
  kind: 'reassessment',
  name: '复核任务',
  // Counts only: visible in the area and to users inside it (findings are scoped again per row).
  visibility: { permission: 'household.read', scope: 'area-or-inside' },
  async run(run) {
    const { ctx } = run;
    const r = await ctx.tx((em) => em.findOne(Reassessment, { id: run.id }));
    if (!r) throw new Error(`reassessment ${run.id} not found`);
    const { catalogue } = await catalogueInForce(ctx);
    const setup = setupOf(r, catalogue);
    const done = await runLedgerBatches(run, r.asOf, REASSESSMENT_BATCH, async (em, batch) => {
      const rows: unknown[][] = [];
      await forEachSliced(batch, (h) => {
        for (const f of findingsOf(h, compareHousehold(h.facts, setup), setup.programs, r.kind)) {
          rows.push([
            randomUUID(),
            run.id,
            h.id,
            f.personId,
            h.areaCode,
            f.programCode,
            f.kind,
            f.benefitStatus,
            f.beforeOutcome,
            f.afterOutcome,
            f.beforeAmountFen,
            f.afterAmountFen,
            JSON.stringify(f.trace),
          ]);
        }
      });
      if (rows.length) {
        // Set-based path (one statement per batch); the trace goes as a JSON array (knex would expand a JS array).
        await em.execute(
          `insert into reassessment_finding (id, job_id, household_id, person_id, area_code, program_code, kind, benefit_status, before_outcome, after_outcome, before_amount_fen, after_amount_fen, trace, created_at)
           values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), now())').join(', ')} on conflict do nothing`,
          rows.flat(),
        );
      }
    });
    if (done === 'incomplete') return 'incomplete';
    await ctx.tx(async (em) => {
      const [counts] = await sqlRows<{ missed: number; review: number; processed: number }>(
        em,
        `select j.processed,
           (select count(*)::int from reassessment_finding f where f.job_id = j.id and f.kind = 'MISSED') as missed,
           (select count(*)::int from reassessment_finding f where f.job_id = j.id and f.kind = 'REVIEW') as review
           from job j where j.id = ?`,
        [run.id],
      );
      await recordAudit(ctx, {
        action: 'reassessment.finished',
        entityType: 'reassessment',
        entityId: run.id,
        detail: { processed: counts?.processed ?? 0, missed: counts?.missed ?? 0, review: counts?.review ?? 0 },
      });
    });
  },
});

/** Queues a reassessment inside the caller's transaction (with its `job`) and logs it. */
export async function enqueueReassessment(ctx: RequestContext, em: EntityManager, input: EnqueueInput): Promise<string> {
  const what = input.kind === 'PARAMETER' ? '参数调整后复核' : '按需复核';
  const id = await enqueueJob(ctx, em, reassessmentJob, { areaCode: input.areaCode, title: `${what}：${input.programName}（${input.asOf}）` });
  em.create(Reassessment, {
    id,
    kind: input.kind,
    programCode: input.programCode,
    parameterCode: input.parameterCode ?? null,
    asOf: input.asOf,
    areaCode: input.areaCode,
    areaPrefix: areaPrefix(input.areaCode),
  });
  await em.flush();
  await recordAudit(ctx, {
    action: 'reassessment.queued',
    entityType: 'reassessment',
    entityId: id,
    after: { kind: input.kind, programCode: input.programCode, parameterCode: input.parameterCode ?? null, asOf: input.asOf, areaCode: input.areaCode },
  });
  return id;
}
