import { affectedPrograms, areaPrefix, valueAt, withParameterValueAt, type Catalogue } from '@xiejiu/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { forEachSliced } from '../../shared/slice';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { enqueueJob } from '../jobs/jobs.service';
import { defineJob } from '../jobs/registry';
import { catalogueInForce } from './catalogue.service';
import { RECEIVING } from './ledger-batch';
import { runLedgerBatches } from './ledger-job';
import { Reassessment } from './reassessment.entity';
import { compareHousehold, compareSetup, type CompareSetup } from './whatif';

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
        const c = compareHousehold(h.facts, setup);
        for (const code of setup.programs) {
          const b = c.before.get(code)!;
          const a = c.after.get(code)!;
          const status = h.holding.get(code) ?? null;
          const receiving = !!status && RECEIVING.has(status);
          const nowEligible = a.outcome === 'ELIGIBLE';
          const nowOut = a.outcome === 'INELIGIBLE' || a.outcome === 'EXCLUDED';
          let kind: 'MISSED' | 'REVIEW' | null = null;
          let before: string = b.outcome;
          if (r.kind === 'PARAMETER') {
            if (b.outcome !== 'ELIGIBLE' && nowEligible && !(status && HOLDING.has(status))) kind = 'MISSED';
            else if (b.outcome === 'ELIGIBLE' && nowOut && receiving) kind = 'REVIEW';
          } else {
            before = receiving ? 'RECEIVING' : 'NOT_RECEIVING';
            if (nowEligible && !(status && HOLDING.has(status))) kind = 'MISSED';
            else if (receiving && nowOut) kind = 'REVIEW';
          }
          if (kind) rows.push([randomUUID(), run.id, h.id, h.areaCode, code, kind, status, before, a.outcome, b.amountFen, a.amountFen]);
        }
      });
      if (rows.length) {
        await em.execute(
          `insert into reassessment_finding (id, job_id, household_id, area_code, program_code, kind, benefit_status, before_outcome, after_outcome, before_amount_fen, after_amount_fen, created_at)
           values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())').join(', ')} on conflict do nothing`,
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
