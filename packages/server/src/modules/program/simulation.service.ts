import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql } from '../../shared/scope';
import { scopedReadBatch } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { catalogueInForce } from './catalogue.service';
import { insertJob, wakeWorker } from './reassessment.queue';
import { jobState, type JobStateView } from './reassessment.service';
import { areaNames } from './whatif';
import { planSimulation, requestSimulation, type ParameterChange, type SimulationView } from './whatif.service';

/**
 * 模拟测算 as a background job (ADR 0008, "Simulation jobs"): queued in `reassessment_job` with kind
 * `SIMULATION`, run by the reassessment worker (`runSimulationJob`), read here. A user sees the
 * simulation jobs of their own area (and of areas inside it), not those of an area containing theirs:
 * the result aggregates the whole job area.
 */
export interface SimulationJobView extends JobStateView {
  changes: SimulationView['changes'];
  /** Only when DONE. */
  result: SimulationView | null;
}

/** 开始测算: validates like `simulateParameters`, queues the job over the caller's area and logs the request. */
export async function startSimulation(ctx: RequestContext, changes: ParameterChange[], asOf?: string | null): Promise<SimulationJobView> {
  const plan = await requestSimulation(ctx, changes, asOf);
  const areaCode = ctx.actor.areaCode!;
  const input = changes.map((c) => ({ parameterCode: c.parameterCode, value: c.value }));
  const id = await ctx.tx(async (em) => {
    const jobId = await insertJob(ctx, em, { kind: 'SIMULATION', changes: input, asOf: plan.date, areaCode });
    await recordAudit(ctx, {
      action: 'program.simulated', entityType: 'parameter', entityId: plan.changed.join(','),
      detail: { asOf: plan.date, changes: JSON.stringify(input.map((c) => [c.parameterCode, c.value])), jobId, areaCode },
    });
    return jobId;
  });
  wakeWorker();
  return getSimulationJob(ctx, id);
}

const COLUMNS = `j.id, j.as_of::text as "asOf", j.status, j.total, j.processed, j.area_code as "areaCode", j.requested_by_name as "requestedByName",
  j.error, j.changes, case when j.status = 'DONE' then j.result end as result, j.created_at as "createdAt", j.started_at as "startedAt", j.finished_at as "finishedAt"`;

async function toViews(ctx: RequestContext, rows: Array<Record<string, unknown>>): Promise<SimulationJobView[]> {
  if (!rows.length) return [];
  const { catalogue } = await catalogueInForce(ctx);
  const names = await areaNames(ctx, rows.map((r) => r.areaCode as string));
  return rows.map((r) => {
    const result = (r.result as SimulationView | null) ?? null;
    let described: SimulationView['changes'];
    if (result) described = result.changes;
    else {
      try {
        described = planSimulation(catalogue, r.changes as ParameterChange[], r.asOf as string).changes;
      } catch {
        described = (r.changes as ParameterChange[]).map((c) => ({ parameterCode: c.parameterCode, parameterName: c.parameterCode, currentValue: null, proposedValue: JSON.stringify(c.value) }));
      }
    }
    return { ...jobState(r, names), changes: described, result };
  });
}

function requireSimulate(ctx: RequestContext): void {
  ctx.require('program.simulate', '查看模拟测算');
}

/** Simulation jobs in the caller's area, newest first. */
export async function listSimulationJobs(ctx: RequestContext, page: Partial<PageArgs>): Promise<PageResult<SimulationJobView>> {
  requireSimulate(ctx);
  const p = checkPage(page);
  const scope = areaSql(ctx, 'j.area_code');
  const where = `j.kind = 'SIMULATION' and ${scope.sql}`;
  const [count, rows] = await scopedReadBatch(ctx, [
    { sql: `select count(*)::int as n from reassessment_job j where ${where}`, params: scope.params },
    { sql: `select ${COLUMNS} from reassessment_job j where ${where} order by j.created_at desc, j.id limit ? offset ?`, params: [...scope.params, p.pageSize, offsetOf(p)] },
  ]);
  return { items: await toViews(ctx, rows), total: count[0].n as number, ...p };
}

/** One simulation job with its progress and, once DONE, its result. */
export async function getSimulationJob(ctx: RequestContext, id: string): Promise<SimulationJobView> {
  requireSimulate(ctx);
  const scope = areaSql(ctx, 'j.area_code');
  const [rows] = await scopedReadBatch(ctx, [{ sql: `select ${COLUMNS} from reassessment_job j where j.id = ? and j.kind = 'SIMULATION' and ${scope.sql}`, params: [id, ...scope.params] }]);
  if (!rows.length) throw new AppError('NOT_FOUND', '测算任务不存在或不在您的管辖范围内');
  return (await toViews(ctx, rows))[0];
}
