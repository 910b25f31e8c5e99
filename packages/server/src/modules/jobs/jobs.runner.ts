import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Logger, parseCronItems, run, runOnce, type JobHelpers, type Runner, type Task, type TaskList } from 'graphile-worker';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { WORKER_SCHEMA } from '../../db/database';
import { systemContext, type RequestContext, type Runtime } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { addWorkerJob } from './jobs.service';
import { defineJob, jobDefinitions, type JobDefinition, type JobRun } from './registry';

/**
 * Runs the defined job kinds on graphile-worker (ADR 0010): in-process by default, or in a separate
 * process (`pnpm cli worker`). graphile-worker claims its jobs (`for update skip locked`), retries failed
 * ones with exponential backoff, runs the cron schedules once across all processes, and wakes on NOTIFY.
 * Our `job` row is claimed once more here, so a job that graphile-worker hands out twice (recovery after
 * a crash) runs once: QUEUED → RUNNING, or RUNNING whose heartbeat is older than `STALE_MINUTES`.
 */
export const STALE_MINUTES = 5;
/** A job handed back at shutdown waits this long, so the stopping process does not take it again. */
export const HAND_BACK_DELAY_SECONDS = 5;

export interface RunnerOptions {
  /** Connection of the application role (graphile-worker opens its own small pool). */
  connectionString: string;
  log: (message: string, err?: unknown) => void;
  /** Jobs run at once per process (default 2: a long district job does not hold up the hourly sweep). */
  concurrency?: number;
  /** Batch size override for every job (tests). */
  batchSize?: number;
  /** Poll interval when NOTIFY is missed (ms). */
  pollInterval?: number;
}

interface JobRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  checkpoint: Record<string, unknown> | null;
  areaCode: string | null;
  attempts: number;
  cancelRequested: boolean;
}

/** A message we may store: our own Chinese errors, never a database error (it may quote personal data). */
function safeMessage(e: unknown): string {
  return e instanceof AppError ? e.message : '执行过程中发生内部错误（详见服务器日志）';
}

class Execution {
  stopping = false;
}

async function claim(sys: RequestContext, jobId: string): Promise<JobRow | null> {
  return sys.tx(async (em) => {
    const rows = await sqlRows<JobRow>(
      em,
      `update job set status = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now(), attempts = attempts + 1, error = null
        where id = ? and not cancel_requested
          and (status = 'QUEUED' or (status = 'RUNNING' and coalesce(heartbeat_at, created_at) < now() - interval '${STALE_MINUTES} minutes'))
        returning id, kind, payload, checkpoint, area_code as "areaCode", attempts, cancel_requested as "cancelRequested"`,
      [jobId],
    );
    return rows[0] ?? null;
  });
}

function makeRun(
  row: JobRow,
  ctx: RequestContext,
  exec: Execution,
  helpers: JobHelpers,
  batchSize: number | undefined,
  detached: { processed: number } | null,
): JobRun {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    ctx,
    checkpoint: row.checkpoint,
    attempt: row.attempts,
    batchSize,
    get stopping() {
      return exec.stopping || helpers.abortSignal?.aborted === true;
    },
    async setTotal(em: EntityManager, total: number) {
      if (detached) return;
      await em.execute(`update job set total = ?, processed = 0 where id = ?`, [total, row.id]);
    },
    async commit(em: EntityManager, p: { processed: number; checkpoint?: Record<string, unknown> }) {
      if (detached) {
        detached.processed += p.processed;
        return true;
      }
      const r = await sqlRows<{ id: string }>(
        em,
        `update job set processed = processed + ?, checkpoint = coalesce(?::jsonb, checkpoint), heartbeat_at = now()
          where id = ? and status = 'RUNNING' and not cancel_requested returning id`,
        [p.processed, p.checkpoint === undefined ? null : JSON.stringify(p.checkpoint), row.id],
      );
      return r.length > 0;
    },
  };
}

/** The graphile-worker task of a tracked kind (payload `{ jobId }`) or of a cron run (no job row yet). */
function taskFor(def: JobDefinition, orm: MikroORM, runtime: Runtime, exec: Execution, opts: Pick<RunnerOptions, 'log' | 'batchSize'>): Task {
  return async (payload, helpers) => {
    const sys = systemContext(orm.em, runtime, 'jobs');
    const jobId = (payload as { jobId?: string } | null)?.jobId;
    if (!jobId) return runSystemJob(def, orm, runtime, exec, helpers, opts);
    const row = await claim(sys, jobId);
    if (!row) {
      // Done, or running elsewhere; a cancel request on a job nobody runs any more ends it here.
      await sys.tx((em) =>
        em.execute(
          `update job set status = 'CANCELLED', finished_at = now() where id = ? and cancel_requested
            and (status = 'QUEUED' or (status = 'RUNNING' and coalesce(heartbeat_at, created_at) < now() - interval '${STALE_MINUTES} minutes'))`,
          [jobId],
        ),
      );
      return;
    }
    const ctx = systemContext(orm.em, runtime, def.kind, row.areaCode ?? undefined);
    const finish = (status: 'DONE' | 'FAILED' | 'CANCELLED' | 'QUEUED', error: string | null) =>
      sys.tx((em) =>
        em.execute(`update job set status = ?, error = ?, finished_at = case when ? = 'QUEUED' then null else now() end where id = ? and status = 'RUNNING'`, [
          status,
          error,
          status,
          row.id,
        ]),
      );
    let outcome: void | 'incomplete';
    try {
      outcome = await def.run(makeRun(row, ctx, exec, helpers, opts.batchSize, null));
    } catch (e) {
      const message = safeMessage(e);
      const last = helpers.job.attempts >= helpers.job.max_attempts;
      opts.log(`后台任务 ${def.kind} ${jobId} 第 ${helpers.job.attempts} 次执行失败`, e);
      if (!last) {
        await finish('QUEUED', `第 ${helpers.job.attempts} 次执行失败：${message}；将自动重试`.slice(0, 500));
        throw e; // graphile-worker retries with exponential backoff
      }
      await finish('FAILED', message.slice(0, 500));
      await ctx.tx(() =>
        recordAudit(ctx, { action: 'job.failed', entityType: 'job', entityId: row.id, detail: { kind: def.kind, error: message.slice(0, 200) } }),
      );
      return;
    }
    if (outcome !== 'incomplete') return void (await finish('DONE', null));
    const [state] = await sys.tx((em) =>
      sqlRows<{ cancelRequested: boolean }>(em, `select cancel_requested as "cancelRequested" from job where id = ?`, [row.id]),
    );
    if (state?.cancelRequested) return void (await finish('CANCELLED', null));
    // Shutdown: hand the job back; it resumes from its checkpoint on the next start, or in another
    // process still running after HAND_BACK_DELAY.
    await sys.tx(async (em) => {
      await em.execute(`update job set status = 'QUEUED', attempts = greatest(attempts - 1, 0) where id = ? and status = 'RUNNING'`, [row.id]);
      await addWorkerJob(em, def.kind, row.id, helpers.job.max_attempts, HAND_BACK_DELAY_SECONDS);
    });
  };
}

/**
 * A cron run of a system job: its row is written as it starts (or, for kinds with `recordIdle: false`,
 * only when it finishes having done something), system-wide, by `系统(定时任务)`.
 */
async function runSystemJob(
  def: JobDefinition,
  orm: MikroORM,
  runtime: Runtime,
  exec: Execution,
  helpers: JobHelpers,
  opts: Pick<RunnerOptions, 'log' | 'batchSize'>,
): Promise<void> {
  const sys = systemContext(orm.em, runtime, 'jobs');
  const ctx = systemContext(orm.em, runtime, def.kind);
  const id = randomUUID();
  const insert = (em: EntityManager, status: string, processed: number, error: string | null) =>
    em.execute(
      `insert into job (id, kind, title, status, processed, total, attempts, max_attempts, error, requested_by_name, created_at, started_at, heartbeat_at, finished_at)
       values (?, ?, ?, ?, ?, ?, 1, 1, ?, '系统(定时任务)', now(), now(), now(), case when ? = 'RUNNING' then null else now() end)`,
      [id, def.kind, def.name, status, processed, processed, error, status],
    );
  const detached = def.recordIdle === false ? { processed: 0 } : null;
  if (!detached) await sys.tx((em) => insert(em, 'RUNNING', 0, null));
  const row: JobRow = { id, kind: def.kind, payload: {}, checkpoint: null, areaCode: null, attempts: 1, cancelRequested: false };
  try {
    await def.run(makeRun(row, ctx, exec, helpers, opts.batchSize, detached));
  } catch (e) {
    opts.log(`定时任务 ${def.kind} 失败`, e);
    await sys.tx(async (em) => {
      if (detached) await insert(em, 'FAILED', detached.processed, safeMessage(e));
      else await em.execute(`update job set status = 'FAILED', error = ?, finished_at = now() where id = ?`, [safeMessage(e), id]);
    });
    return;
  }
  await sys.tx(async (em) => {
    if (detached) {
      if (detached.processed > 0) await insert(em, 'DONE', detached.processed, null);
    } else {
      await em.execute(`update job set status = 'DONE', finished_at = now(), total = greatest(total, processed) where id = ?`, [id]);
    }
  });
}

/**
 * Recovery (every minute, and when a runner starts): a QUEUED job whose graphile-worker job is gone, or a
 * RUNNING job whose heartbeat stopped (its process died — kill -9), gets its graphile-worker job added again
 * (keyed by the job id: a waiting one is kept as it is). The claim above lets a stale RUNNING job be taken over.
 */
export const recoverJobs = defineJob({
  kind: 'jobs-recover',
  name: '后台任务恢复',
  visibility: 'system',
  cron: '* * * * *',
  recordIdle: false,
  maxAttempts: 1,
  async run(run) {
    await run.ctx.tx(async (em) => {
      const rows = await sqlRows<{ id: string; kind: string; maxAttempts: number }>(
        em,
        `select j.id, j.kind, j.max_attempts as "maxAttempts" from job j
          where j.area_code is not null
            and ((j.status = 'QUEUED' and not exists (select 1 from ${WORKER_SCHEMA}.jobs w where w.key = j.id::text))
                 or (j.status = 'RUNNING' and coalesce(j.heartbeat_at, j.created_at) < now() - interval '${STALE_MINUTES} minutes'))
          order by j.created_at limit 500`,
      );
      for (const r of rows) await addWorkerJob(em, r.kind, r.id, r.maxAttempts);
      await run.commit(em, { processed: rows.length });
    });
  },
});

function taskList(orm: MikroORM, runtime: Runtime, exec: Execution, opts: Pick<RunnerOptions, 'log' | 'batchSize'>): TaskList {
  const list: TaskList = {};
  for (const def of jobDefinitions()) list[def.kind] = taskFor(def, orm, runtime, exec, opts);
  return list;
}

export function cronItems() {
  return parseCronItems(
    jobDefinitions()
      .filter((d) => d.cron)
      .map((d) => ({
        task: d.kind,
        match: d.cron!,
        identifier: d.kind,
        // No backfill after downtime: the sweep and the consumer catch up on their own at the next run.
        options: { backfillPeriod: 0, maxAttempts: 1, jobKey: `cron:${d.kind}`, jobKeyMode: 'replace' as const },
      })),
  );
}

function workerLogger(log: RunnerOptions['log']): Logger {
  return new Logger(() => (level: string, message: string) => {
    // A failed task is logged by taskFor without its message (database errors may quote personal data).
    if (/^Failed task/.test(message)) return;
    if (level === 'error' || level === 'warning') log(`[jobs] ${message}`);
  });
}

export interface JobRunner {
  stop(): Promise<void>;
}

/**
 * Starts the job runner. `stop()` lets each running job commit its batch in progress and hand itself back
 * (it resumes from its checkpoint on the next start), then closes graphile-worker's connections.
 */
/**
 * graphile-worker's connections, owned here so they outlive its own error handlers: a connection the
 * database drops (restart, shutdown) must never become an unhandled 'error' event that ends the process.
 */
function workerPool(connectionString: string, log: RunnerOptions['log'], max: number): Pool {
  const pool = new Pool({ connectionString, max });
  pool.on('error', (e) => log('[jobs] 数据库连接中断（将自动重连）', e));
  pool.on('connect', (client) => client.on('error', (e) => log('[jobs] 数据库连接中断（将自动重连）', e)));
  return pool;
}

export async function startJobRunner(orm: MikroORM, runtime: Runtime, opts: RunnerOptions): Promise<JobRunner> {
  const exec = new Execution();
  const pgPool = workerPool(opts.connectionString, opts.log, (opts.concurrency ?? 2) + 3);
  const runner: Runner = await run({
    pgPool,
    schema: WORKER_SCHEMA,
    concurrency: opts.concurrency ?? 2,
    noHandleSignals: true,
    pollInterval: opts.pollInterval ?? 2000,
    taskList: taskList(orm, runtime, exec, opts),
    parsedCronItems: cronItems(),
    logger: workerLogger(opts.log),
  });
  // Jobs left behind by a process that died are picked up at once, not at the next minute.
  await runner.addJob(recoverJobs.kind, {}, { jobKey: 'startup:jobs-recover', jobKeyMode: 'replace' });
  return {
    async stop() {
      exec.stopping = true;
      await runner.stop();
      await pgPool.end();
    },
  };
}

/**
 * Runs every job that is due now, then returns (tests; `pnpm cli jobs:run-once`). Cron schedules are
 * not involved; a retry waiting for its backoff is not due.
 */
export async function runDueJobs(
  orm: MikroORM,
  runtime: Runtime,
  opts: Omit<RunnerOptions, 'concurrency' | 'pollInterval'> & {
    stopping?: () => boolean;
    /** Only these job kinds run; the others stay queued (tests that check one job, not its follow-ups). */
    only?: string[];
  },
): Promise<void> {
  const exec = new Execution();
  const list = taskList(orm, runtime, exec, opts);
  if (opts.only) for (const kind of Object.keys(list)) if (!opts.only.includes(kind)) delete list[kind];
  if (opts.stopping) {
    // Simulated shutdown (tests): the flag is read between batches.
    Object.defineProperty(exec, 'stopping', { get: opts.stopping });
  }
  const pgPool = workerPool(opts.connectionString, opts.log, 4);
  try {
    await runOnce({ pgPool, schema: WORKER_SCHEMA, taskList: list, logger: workerLogger(opts.log) });
  } finally {
    await pgPool.end();
  }
}
