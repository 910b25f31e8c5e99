import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';

/**
 * Job kinds (ADR 0010). A module defines its kind once with `defineJob` — what the job does, who may
 * see it, how often it may be tried, and for system jobs a cron schedule — and enqueues it with
 * `enqueueJob` (jobs.service.ts). The runner (jobs.runner.ts) executes every defined kind through
 * graphile-worker. The list of kinds the server knows is `kinds.ts`.
 */
export type JobVisibility =
  /** Holders of `permission` whose scope contains the job's area (the area's own users and those above it). */
  | { permission: string; scope: 'area' }
  /** …and also users inside the job's area (a village window sees a district reassessment; its results are scoped again). */
  | { permission: string; scope: 'area-or-inside' }
  /** Only the user who started it (e.g. an export of what that user may read). */
  | { permission: string; scope: 'requester' }
  /** System jobs (cron, no area): holders of `job.system`. */
  | 'system';

export interface JobDefinition<P = Record<string, unknown>> {
  /** Task identifier in graphile-worker and `job.kind`, e.g. `reassessment`. */
  kind: string;
  /** Chinese name shown in the job list, e.g. 复核任务. */
  name: string;
  visibility: JobVisibility;
  /** Tries before the job is FAILED (retries back off exponentially: ≈ 3 s, 7 s, 20 s, …). Default 3. */
  maxAttempts?: number;
  /** System jobs: a cron schedule (`m h dom mon dow`, server time), e.g. `0 * * * *` hourly. */
  cron?: string;
  /** System jobs: record a run that did no work (processed = 0). Default true. */
  recordIdle?: boolean;
  /** The work. Return 'incomplete' when it stopped early (cancelled, or `run.stopping`); the runner hands it back or marks it. */
  run(run: JobRun<P>): Promise<void | 'incomplete'>;
}

/** What a running job gets: its payload, a system context limited to its area, and progress. */
export interface JobRun<P = Record<string, unknown>> {
  id: string;
  kind: string;
  payload: P;
  /** `系统(<kind>)`, limited to the job's area (RLS applies), or system-wide for system jobs. */
  ctx: RequestContext;
  /** Resume state committed with the last progress (null on a fresh start). */
  checkpoint: Record<string, unknown> | null;
  /** Attempt number, from 1. */
  attempt: number;
  /** Batch size override (tests); undefined → the job's own default. */
  batchSize?: number;
  /** True once the process is shutting down: commit the batch in progress, then return 'incomplete'. */
  readonly stopping: boolean;
  /** Sets the total (and resets processed) in `em`'s transaction. */
  setTotal(em: EntityManager, total: number): Promise<void>;
  /**
   * Adds `processed`, stores `checkpoint` (when given) and the heartbeat in `em`'s transaction — the one
   * that also holds the batch's own writes, so work and progress commit together. Returns false when the
   * job was cancelled or taken over: stop and return 'incomplete'.
   */
  commit(em: EntityManager, progress: { processed: number; checkpoint?: Record<string, unknown> }): Promise<boolean>;
}

const definitions = new Map<string, JobDefinition<never>>();

export function defineJob<P>(def: JobDefinition<P>): JobDefinition<P> {
  if (!/^[a-z][a-z0-9-]{1,31}$/.test(def.kind)) throw new Error(`job kind ${def.kind}: lower-case letters, digits and dashes`);
  const known = definitions.get(def.kind);
  if (known && known !== (def as unknown)) throw new Error(`job kind ${def.kind} is defined twice`);
  definitions.set(def.kind, def as unknown as JobDefinition<never>);
  return def;
}

export function jobDefinition(kind: string): JobDefinition<Record<string, unknown>> | undefined {
  return definitions.get(kind) as JobDefinition<Record<string, unknown>> | undefined;
}

export function jobDefinitions(): Array<JobDefinition<Record<string, unknown>>> {
  return [...definitions.values()] as unknown as Array<JobDefinition<Record<string, unknown>>>;
}

export const JOB_STATUS_NAMES: Record<string, string> = {
  QUEUED: '排队中',
  RUNNING: '进行中',
  DONE: '已完成',
  FAILED: '失败',
  CANCELLED: '已取消',
};
