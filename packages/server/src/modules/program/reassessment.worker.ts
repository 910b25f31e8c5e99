import { affectedPrograms, valueAt, withParameterValueAt, type Catalogue } from '@xiejiu/rules';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { systemContext, type RequestContext, type Runtime } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { catalogueInForce } from './catalogue.service';
import { loadLedgerBatch, RECEIVING, type LedgerHousehold } from './ledger-batch';
import { onJobQueued } from './reassessment.queue';
import { compareHousehold, compareSetup, type CompareSetup } from './whatif';
import { emptyTally, planSimulation, simulationView, tallyBatch, WHATIF_BATCH, type ParameterChange, type SimulationTally } from './whatif.service';

/**
 * In-process worker of the reassessment jobs (ADR 0008). Claims one queued job at a time with
 * `for update skip locked` (several server processes may run it), then re-screens the job's area in
 * batches by household id: one scoped read round trip per batch, then one transaction storing the
 * batch's findings together with the progress and the keyset cursor — so a job stopped half-way
 * (shutdown, kill) resumes after its last committed batch, and never stores a finding twice.
 * Simulation jobs (模拟测算, kind SIMULATION) run through the same claim and batch loop, storing their
 * running tally instead of findings.
 */
export const REASSESSMENT_BATCH = 500;
/** A RUNNING job whose heartbeat is older than this is taken over (its worker died). */
const STALE_AFTER = '5 minutes';
const MAX_ATTEMPTS = 3;
const HOLDING = new Set(['ACTIVE', 'PHASE_OUT', 'APPLYING']);

interface JobRow {
  id: string;
  kind: 'PARAMETER' | 'ON_DEMAND' | 'SIMULATION';
  programCode: string;
  parameterCode: string | null;
  asOf: string;
  areaCode: string;
  cursor: string | null;
  total: number;
  attempts: number;
  /** SIMULATION: the proposed values, and the tally committed with the cursor. */
  changes: ParameterChange[] | null;
  result: SimulationTally | null;
  startedAt: Date;
}

function dayBefore(date: string): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Before/after catalogues and programs of a job. */
function jobSetup(job: JobRow, catalogue: Catalogue): CompareSetup {
  if (job.kind === 'PARAMETER' && job.parameterCode) {
    const param = catalogue.parameters.find((p) => p.code === job.parameterCode);
    const previous = param ? valueAt(param, dayBefore(job.asOf)) : undefined;
    const before = param && previous ? withParameterValueAt(catalogue, param.code, job.asOf, previous.value) : catalogue;
    return compareSetup(before, catalogue, job.asOf, affectedPrograms(catalogue, [job.parameterCode]), [job.parameterCode]);
  }
  return compareSetup(catalogue, catalogue, job.asOf, [job.programCode], []);
}

async function claim(orm: MikroORM, runtime: Runtime): Promise<JobRow | null> {
  const sys = systemContext(orm.em, runtime, 'reassessment');
  return sys.tx(async (em) => {
    const rows = await sqlRows<JobRow>(
      em,
      `update reassessment_job j set status = 'RUNNING', started_at = coalesce(j.started_at, now()), heartbeat_at = now(), attempts = j.attempts + 1
        where j.id = (select id from reassessment_job
                       where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < now() - interval '${STALE_AFTER}')
                       order by created_at limit 1 for update skip locked)
        returning j.id, j.kind, j.program_code as "programCode", j.parameter_code as "parameterCode", j.as_of::text as "asOf",
                  j.area_code as "areaCode", j.cursor, j.total, j.attempts, j.changes, j.result, j.started_at as "startedAt"`,
    );
    return rows[0] ?? null;
  });
}

const isSimulation = (job: JobRow) => job.kind === 'SIMULATION';

async function fail(ctx: RequestContext, job: JobRow, message: string): Promise<void> {
  await ctx.tx(async (em) => {
    await em.execute(`update reassessment_job set status = 'FAILED', error = ?, finished_at = now() where id = ?`, [message.slice(0, 500), job.id]);
    await recordAudit(ctx, {
      action: isSimulation(job) ? 'simulation.failed' : 'reassessment.failed', entityType: 'reassessment_job', entityId: job.id,
      detail: { error: message.slice(0, 200) },
    });
  });
}

/**
 * The batch loop shared by every kind of job: counts the area's households on a fresh start, then reads
 * batches by household-id keyset after the committed cursor; `step` handles one batch and may write in
 * the batch's transaction, which also advances `processed`, `cursor` and the heartbeat and, when `step`
 * returns a value, stores it as the job's `result` (a simulation's running tally). Returns true when the
 * whole area is done, false when the job was handed back (shutdown) or taken over elsewhere.
 */
async function runBatches(
  ctx: RequestContext,
  job: JobRow,
  batchSize: number,
  signal: StopSignal,
  step: (em: EntityManager, batch: LedgerHousehold[]) => Promise<unknown>,
): Promise<boolean> {
  if (!job.cursor) {
    await ctx.tx(async (em) => {
      const [c] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from household where status = 'ACTIVE'`);
      await em.execute(`update reassessment_job set total = ?, processed = 0 where id = ?`, [c.n, job.id]);
    });
  }
  let cursor = job.cursor;
  for (;;) {
    const batch = await loadLedgerBatch(ctx, { after: cursor, limit: batchSize }, job.asOf);
    const last = batch.length ? batch[batch.length - 1].id : cursor;
    const alive = await ctx.tx(async (em) => {
      const state = await step(em, batch);
      const r = await sqlRows<{ id: string }>(
        em,
        `update reassessment_job set processed = processed + ?, cursor = ?, heartbeat_at = now(), result = coalesce(?::jsonb, result)
          where id = ? and status = 'RUNNING' returning id`,
        [batch.length, last, state === undefined ? null : JSON.stringify(state), job.id],
      );
      return r.length > 0;
    });
    if (!alive) return false; // taken over or cancelled elsewhere
    cursor = last;
    if (batch.length < batchSize) return true;
    if (signal.stopped) {
      // Shutdown: hand the job back; the next start resumes after the committed cursor.
      await ctx.tx((em) => em.execute(`update reassessment_job set status = 'QUEUED', attempts = greatest(attempts - 1, 0) where id = ? and status = 'RUNNING'`, [job.id]));
      return false;
    }
    await yieldToLoop();
  }
}

/** Reassessment: stores the batch's 漏救 / 复核 findings. */
async function runReassessmentJob(ctx: RequestContext, job: JobRow, batchSize: number, signal: StopSignal): Promise<void> {
  const { catalogue } = await catalogueInForce(ctx);
  const setup = jobSetup(job, catalogue);
  const done = await runBatches(ctx, job, batchSize, signal, async (em, batch) => {
    const rows: unknown[][] = [];
    for (const h of batch) {
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
        if (job.kind === 'PARAMETER') {
          if (b.outcome !== 'ELIGIBLE' && nowEligible && !(status && HOLDING.has(status))) kind = 'MISSED';
          else if (b.outcome === 'ELIGIBLE' && nowOut && receiving) kind = 'REVIEW';
        } else {
          before = receiving ? 'RECEIVING' : 'NOT_RECEIVING';
          if (nowEligible && !(status && HOLDING.has(status))) kind = 'MISSED';
          else if (receiving && nowOut) kind = 'REVIEW';
        }
        if (kind) rows.push([randomUUID(), job.id, h.id, h.areaCode, code, kind, status, before, a.outcome, b.amountFen, a.amountFen]);
      }
    }
    if (rows.length) {
      await em.execute(
        `insert into reassessment_finding (id, job_id, household_id, area_code, program_code, kind, benefit_status, before_outcome, after_outcome, before_amount_fen, after_amount_fen, created_at)
         values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())').join(', ')} on conflict do nothing`,
        rows.flat(),
      );
    }
    return undefined;
  });
  if (!done) return;
  await ctx.tx(async (em) => {
    const [counts] = await sqlRows<{ missed: number; review: number; processed: number }>(
      em,
      `update reassessment_job j set status = 'DONE', finished_at = now(), total = greatest(j.total, j.processed) where id = ?
       returning j.processed,
         (select count(*)::int from reassessment_finding f where f.job_id = j.id and f.kind = 'MISSED') as missed,
         (select count(*)::int from reassessment_finding f where f.job_id = j.id and f.kind = 'REVIEW') as review`,
      [job.id],
    );
    await recordAudit(ctx, {
      action: 'reassessment.finished', entityType: 'reassessment_job', entityId: job.id,
      detail: { processed: counts?.processed ?? 0, missed: counts?.missed ?? 0, review: counts?.review ?? 0 },
    });
  });
}

/**
 * 模拟测算: the tally of `simulateParameters` (tallyBatch) over the job's area, committed with the cursor
 * after every batch (so a resumed job continues from it); the finished SimulationView replaces it.
 */
async function runSimulationJob(ctx: RequestContext, job: JobRow, batchSize: number, signal: StopSignal): Promise<void> {
  const { catalogue } = await catalogueInForce(ctx);
  const plan = planSimulation(catalogue, job.changes ?? [], job.asOf);
  const tally = job.cursor && job.result ? job.result : emptyTally();
  const done = await runBatches(ctx, job, batchSize, signal, async (_em, batch) => {
    tallyBatch(tally, plan.setup, batch);
    return tally;
  });
  if (!done) return;
  const view = await simulationView(ctx, plan, tally, Date.now() - new Date(job.startedAt).getTime());
  await ctx.tx(async (em) => {
    await em.execute(
      `update reassessment_job j set status = 'DONE', finished_at = now(), total = greatest(j.total, j.processed), result = ?::jsonb where id = ?`,
      [JSON.stringify(view), job.id],
    );
    await recordAudit(ctx, {
      action: 'simulation.finished', entityType: 'reassessment_job', entityId: job.id,
      detail: { households: view.households, gaining: view.householdsGaining, losing: view.householdsLosing, deltaMonthlyFen: view.deltaMonthlyFen },
    });
  });
}

/** Runs one claimed job to the end (or to failure). */
async function runJob(orm: MikroORM, runtime: Runtime, job: JobRow, batchSize: number | undefined, signal: StopSignal): Promise<void> {
  // Reads and writes are limited to the job's area (RLS applies to the system context too).
  const ctx = systemContext(orm.em, runtime, isSimulation(job) ? 'simulation' : 'reassessment', job.areaCode);
  if (job.attempts > MAX_ATTEMPTS) return fail(ctx, job, `已尝试 ${MAX_ATTEMPTS} 次仍未完成`);
  try {
    if (isSimulation(job)) await runSimulationJob(ctx, job, batchSize ?? WHATIF_BATCH, signal);
    else await runReassessmentJob(ctx, job, batchSize ?? REASSESSMENT_BATCH, signal);
  } catch (e) {
    // Database errors may quote bound values (personal data): store only our own messages.
    await fail(ctx, job, e instanceof AppError ? e.message : isSimulation(job) ? '测算过程中发生内部错误（详见服务器日志）' : '复核过程中发生内部错误（详见服务器日志）');
    throw e;
  }
}

/**
 * Runs queued jobs until none is left (tests call this directly; the worker calls it on every tick).
 * Returns the number of jobs run.
 */
export interface StopSignal {
  stopped: boolean;
}

export async function runPendingJobs(
  orm: MikroORM,
  runtime: Runtime,
  opts: { batchSize?: number; log?: (m: string, e?: unknown) => void; signal?: StopSignal } = {},
): Promise<number> {
  const signal = opts.signal ?? { stopped: false };
  let n = 0;
  for (;;) {
    if (signal.stopped) return n;
    const job = await claim(orm, runtime);
    if (!job) return n;
    n++;
    try {
      await runJob(orm, runtime, job, opts.batchSize, signal);
    } catch (e) {
      opts.log?.(`${isSimulation(job) ? '测算' : '复核'}任务 ${job.id} 失败`, e);
    }
  }
}

export interface Worker {
  stop(): Promise<void>;
}

/**
 * Polls for queued jobs every `intervalMs` (and right after a job is queued in this process).
 * `stop()` waits for the batch in progress and hands the job back (QUEUED): it resumes from its cursor.
 */
export function startReassessmentWorker(orm: MikroORM, runtime: Runtime, log: (m: string, e?: unknown) => void, intervalMs = 2000): Worker {
  const signal: StopSignal = { stopped: false };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (signal.stopped || running) return;
    if (timer) clearTimeout(timer);
    timer = null;
    running = runPendingJobs(orm, runtime, { log, signal })
      .catch((e) => log('复核任务队列读取失败', e))
      .finally(() => {
        running = null;
        if (!signal.stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  onJobQueued(() => setImmediate(tick));
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      signal.stopped = true;
      onJobQueued(null);
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
