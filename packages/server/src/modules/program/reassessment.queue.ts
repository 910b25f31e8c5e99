import { areaPrefix } from '@xiejiu/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { recordAudit } from '../audit/audit.service';

/** In-process wake-up of the worker after a job is queued (set by the worker when it starts). */
let wake: (() => void) | null = null;
export function onJobQueued(fn: (() => void) | null): void {
  wake = fn;
}

export interface EnqueueInput {
  kind: 'PARAMETER' | 'ON_DEMAND';
  programCode: string;
  parameterCode?: string | null;
  asOf: string;
  areaCode: string;
}

/** A row of the job queue: a reassessment, or a simulation (no program; the proposed values in `changes`). */
export type JobInput = EnqueueInput | { kind: 'SIMULATION'; changes: unknown[]; asOf: string; areaCode: string };

/** Inserts a queued job of any kind inside the caller's transaction (the caller logs it). */
export async function insertJob(ctx: RequestContext, em: EntityManager, input: JobInput): Promise<string> {
  const id = randomUUID();
  const sim = input.kind === 'SIMULATION';
  await em.execute(
    `insert into reassessment_job (id, kind, program_code, parameter_code, changes, as_of, status, area_code, area_prefix, requested_by, requested_by_name, department_id, created_at)
     values (?, ?, ?, ?, ?::jsonb, ?, 'QUEUED', ?, ?, ?, ?, ?, now())`,
    [
      id, input.kind, sim ? null : input.programCode, sim ? null : (input.parameterCode ?? null), sim ? JSON.stringify(input.changes) : null,
      input.asOf, input.areaCode, areaPrefix(input.areaCode), ctx.actor.id ?? null, ctx.actor.name, ctx.departmentId,
    ],
  );
  return id;
}

/** Inserts a queued reassessment job inside the caller's transaction and logs it. */
export async function enqueueReassessment(ctx: RequestContext, em: EntityManager, input: EnqueueInput): Promise<string> {
  const id = await insertJob(ctx, em, input);
  await recordAudit(ctx, {
    action: 'reassessment.queued', entityType: 'reassessment_job', entityId: id,
    after: { kind: input.kind, programCode: input.programCode, parameterCode: input.parameterCode ?? null, asOf: input.asOf, areaCode: input.areaCode },
  });
  return id;
}

export function wakeWorker(): void {
  wake?.();
}

