import { areaPrefix } from '@xiejiu/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { WORKER_SCHEMA } from '../../db/database';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql } from '../../shared/scope';
import { scopedReadBatch, sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { areaNames } from '../area/area.service';
import { JOB_STATUS_NAMES, jobDefinition, jobDefinitions, type JobDefinition } from './registry';

/**
 * The jobs module's service (ADR 0010): enqueue a job inside the caller's transaction, read the jobs
 * an actor may see (one place to look), cancel one. Execution is jobs.runner.ts.
 */

export interface EnqueueOptions<P> {
  payload?: P;
  /** Area the job works in (its RLS scope and who sees it); default the actor's area. */
  areaCode?: string | null;
  /** Chinese description for the job list, e.g. 复核：最低生活保障（和安区）. */
  title: string;
}

/**
 * Queues a job in `em`'s transaction (the caller's `ctx.tx`): our `job` row and graphile-worker's job
 * commit or roll back with the business change. The worker is woken by graphile-worker's NOTIFY at commit.
 * The caller logs its own request in the audit log.
 */
export async function enqueueJob<P>(ctx: RequestContext, em: EntityManager, def: JobDefinition<P>, opts: EnqueueOptions<P>): Promise<string> {
  const id = randomUUID();
  const area = opts.areaCode === undefined ? (ctx.actor.areaCode ?? null) : opts.areaCode;
  if (area === null && ctx.actor.kind !== 'system') throw new AppError('SCOPE_MISSING', '没有可用的管辖区域，不能发起后台任务');
  const maxAttempts = def.maxAttempts ?? 3;
  await em.execute(
    `insert into job (id, kind, title, status, payload, max_attempts, area_code, area_prefix, requested_by, requested_by_name, department_id, created_at)
     values (?, ?, ?, 'QUEUED', ?::jsonb, ?, ?, ?, ?, ?, ?, now())`,
    [
      id,
      def.kind,
      opts.title.slice(0, 200),
      JSON.stringify(opts.payload ?? {}),
      maxAttempts,
      area,
      area ? areaPrefix(area) : null,
      ctx.actor.kind === 'user' ? (ctx.actor.id ?? null) : null,
      ctx.actor.name.slice(0, 64),
      ctx.departmentId,
    ],
  );
  await addWorkerJob(em, def.kind, id, maxAttempts);
  return id;
}

/**
 * graphile-worker's half of a job: the task `kind` with payload `{ jobId }`, keyed by our id so adding it
 * again (recovery) updates the waiting one instead of duplicating it; `preserve_run_at` keeps a retry's backoff.
 */
export async function addWorkerJob(em: EntityManager, kind: string, jobId: string, maxAttempts: number, delaySeconds = 0): Promise<void> {
  await em.execute(
    `select ${WORKER_SCHEMA}.add_job(identifier => ?, payload => ?::json, max_attempts => ?, job_key => ?, job_key_mode => 'preserve_run_at',
                                     run_at => now() + make_interval(secs => ?))`,
    [kind, JSON.stringify({ jobId }), maxAttempts, jobId, delaySeconds],
  );
}

/**
 * Runs a cron kind (system job) now as well as on its schedule: graphile-worker's `NOTIFY` at commit wakes a
 * worker, so e.g. an outbox event is delivered within seconds instead of at the next minute. Keyed per kind:
 * a wake already waiting is kept (`preserve_run_at`), so many wakes in a burst make one run. A rollback
 * removes it with the caller's change.
 */
export async function wakeSystemJob(em: EntityManager, kind: string): Promise<void> {
  await em.execute(
    `select ${WORKER_SCHEMA}.add_job(identifier => ?, payload => '{}'::json, max_attempts => 1, job_key => ?, job_key_mode => 'preserve_run_at')`,
    [kind, `wake:${kind}`],
  );
}

// ---------------------------------------------------------------- reading

export interface JobView {
  id: string;
  kind: string;
  kindName: string;
  title: string;
  status: string;
  statusName: string;
  total: number;
  processed: number;
  progress: number;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  cancelRequested: boolean;
  areaCode: string | null;
  areaName: string | null;
  requestedByName: string;
  /** True when the actor started it (and may cancel it while it is queued or running). */
  mine: boolean;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** Download of a finished export (`/api/jobs/:id/file`), else null. */
  downloadUrl: string | null;
}

export const JOB_COLUMNS = `j.id, j.kind, j.title, j.status, j.total, j.processed, j.attempts, j.max_attempts as "maxAttempts", j.error,
  j.cancel_requested as "cancelRequested", j.area_code as "areaCode", j.requested_by as "requestedBy", j.requested_by_name as "requestedByName",
  j.payload, j.created_at as "createdAt", j.started_at as "startedAt", j.finished_at as "finishedAt"`;

/** A job row (aliased as in `JOB_COLUMNS`) as the actor sees it. */
export function jobView(ctx: RequestContext, r: Record<string, unknown>, names: Map<string, string>): JobView {
  const total = r.total as number;
  const processed = r.processed as number;
  const status = r.status as string;
  const def = jobDefinition(r.kind as string);
  const file = (r.payload as { file?: unknown } | null)?.file;
  return {
    id: r.id as string,
    kind: r.kind as string,
    kindName: def?.name ?? (r.kind as string),
    title: r.title as string,
    status,
    statusName: JOB_STATUS_NAMES[status] ?? status,
    total,
    processed,
    progress: status === 'DONE' ? 100 : total > 0 ? Math.min(100, Math.floor((processed * 100) / total)) : 0,
    attempts: r.attempts as number,
    maxAttempts: r.maxAttempts as number,
    error: (r.error as string | null) ?? null,
    cancelRequested: !!r.cancelRequested,
    areaCode: (r.areaCode as string | null) ?? null,
    areaName: r.areaCode ? (names.get(r.areaCode as string) ?? null) : null,
    requestedByName: r.requestedByName as string,
    mine: !!ctx.actor.id && r.requestedBy === ctx.actor.id,
    createdAt: r.createdAt as Date,
    startedAt: (r.startedAt as Date | null) ?? null,
    finishedAt: (r.finishedAt as Date | null) ?? null,
    downloadUrl: status === 'DONE' && file ? `/api/jobs/${r.id as string}/file` : null,
  };
}

/**
 * The kinds the actor may see and how, as one SQL condition on `job j` (RLS bounds the rows first):
 * per kind its permission and area rule (registry.ts), system jobs for `job.system`. Fails closed:
 * no visible kind → `false`.
 */
export function visibleJobsSql(ctx: RequestContext): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const within = areaSql(ctx, 'j.area_code');
  for (const def of jobDefinitions()) {
    const v = def.visibility;
    if (v === 'system') {
      if (!ctx.can('job.system')) continue;
      parts.push(`(j.kind = ? and j.area_code is null)`);
      params.push(def.kind);
      continue;
    }
    if (!ctx.can(v.permission)) continue;
    if (v.scope === 'requester') {
      if (!ctx.actor.id) continue;
      parts.push(`(j.kind = ? and j.requested_by = ? and ${within.sql})`);
      params.push(def.kind, ctx.actor.id, ...within.params);
    } else if (v.scope === 'area') {
      parts.push(`(j.kind = ? and ${within.sql})`);
      params.push(def.kind, ...within.params);
    } else {
      // RLS already limits rows to the job's area and scopes inside it.
      parts.push(`(j.kind = ? and j.area_code is not null)`);
      params.push(def.kind);
    }
  }
  return parts.length ? { sql: `(${parts.join(' or ')})`, params } : { sql: 'false', params: [] };
}

/** The kinds the actor may see (for the console's filter). */
export function visibleKinds(ctx: RequestContext): Array<{ kind: string; name: string }> {
  return jobDefinitions()
    .filter((d) => (d.visibility === 'system' ? ctx.can('job.system') : ctx.isAuthenticated && ctx.can(d.visibility.permission)))
    .map((d) => ({ kind: d.kind, name: d.name }));
}

export interface JobFilter {
  kind?: string | null;
  status?: string | null;
  /** Only jobs the actor started. */
  mine?: boolean | null;
}

/** 后台任务: the jobs the actor may see, newest first. */
export async function listJobs(ctx: RequestContext, filter: JobFilter, page: Partial<PageArgs>): Promise<PageResult<JobView>> {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
  const p = checkPage(page);
  if (filter.status && !(filter.status in JOB_STATUS_NAMES))
    throw new AppError('BAD_USER_INPUT', '任务状态应为 QUEUED、RUNNING、DONE、FAILED 或 CANCELLED', { field: 'status' });
  if (filter.kind && !jobDefinition(filter.kind)) throw new AppError('BAD_USER_INPUT', `未知的任务类型：${filter.kind}`, { field: 'kind' });
  const v = visibleJobsSql(ctx);
  const where = [v.sql];
  const params = [...v.params];
  if (filter.kind) {
    where.push('j.kind = ?');
    params.push(filter.kind);
  }
  if (filter.status) {
    where.push('j.status = ?');
    params.push(filter.status);
  }
  if (filter.mine) {
    where.push('j.requested_by = ?');
    params.push(ctx.actor.id ?? null);
  }
  const w = where.join(' and ');
  const [count, rows] = await scopedReadBatch(ctx, [
    { sql: `select count(*)::int as n from job j where ${w}`, params },
    { sql: `select ${JOB_COLUMNS} from job j where ${w} order by j.created_at desc, j.id limit ? offset ?`, params: [...params, p.pageSize, offsetOf(p)] },
  ]);
  const names = await areaNames(
    ctx,
    rows.filter((r) => r.areaCode).map((r) => r.areaCode as string),
  );
  return { items: rows.map((r) => jobView(ctx, r, names)), total: count[0].n as number, ...p };
}

export async function getJob(ctx: RequestContext, id: string): Promise<JobView> {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
  const v = visibleJobsSql(ctx);
  const [rows] = await scopedReadBatch(ctx, [{ sql: `select ${JOB_COLUMNS} from job j where j.id = ? and ${v.sql}`, params: [id, ...v.params] }]);
  if (!rows.length) throw new AppError('NOT_FOUND', '后台任务不存在或不在您的管辖范围内');
  const names = await areaNames(ctx, rows[0].areaCode ? [rows[0].areaCode as string] : []);
  return jobView(ctx, rows[0], names);
}

/**
 * 取消: the user who started a job cancels it. A queued job is cancelled at once (graphile-worker's
 * waiting job removed); a running one stops after its current batch (whatever it committed stays).
 */
export async function cancelJob(ctx: RequestContext, id: string): Promise<JobView> {
  await getJob(ctx, id); // visible to the actor, or NOT_FOUND
  await ctx.tx(async (em) => {
    const [row] = await sqlRows<{ status: string; requestedBy: string | null; kind: string }>(
      em,
      `select status, requested_by as "requestedBy", kind from job where id = ? for update`,
      [id],
    );
    if (!row) throw new AppError('NOT_FOUND', '后台任务不存在或不在您的管辖范围内');
    if (!ctx.actor.id || row.requestedBy !== ctx.actor.id) throw new AppError('FORBIDDEN', '只有发起人可以取消该任务');
    if (row.status !== 'QUEUED' && row.status !== 'RUNNING') throw new AppError('INVALID_STATE', `任务${JOB_STATUS_NAMES[row.status] ?? row.status}，不能取消`);
    if (row.status === 'QUEUED') {
      await em.execute(`update job set status = 'CANCELLED', cancel_requested = true, finished_at = now() where id = ?`, [id]);
      await em.execute(`select ${WORKER_SCHEMA}.remove_job(?)`, [id]);
    } else {
      await em.execute(`update job set cancel_requested = true where id = ?`, [id]);
    }
    await recordAudit(ctx, { action: 'job.cancelled', entityType: 'job', entityId: id, detail: { kind: row.kind, status: row.status } });
  });
  return getJob(ctx, id);
}
