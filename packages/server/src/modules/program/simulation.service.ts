import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql } from '../../shared/scope';
import { scopedReadBatch } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { catalogueInForce } from './catalogue.service';
import { enqueueJob } from '../jobs/jobs.service';
import { jobState, STATE_COLUMNS, type JobStateView } from './reassessment.service';
import { Simulation } from './simulation.entity';
import { simulationJob } from './simulation.job';
import { areaNames } from '../area/area.service';
import { planSimulation, requestSimulation, type ParameterChange, type SimulationView } from './whatif.service';

/**
 * 模拟测算 as a background job (ADR 0010): a `simulation` row (proposed changes, date, area, result)
 * sharing its id with its `job`, run by the `simulation` job kind (simulation.job.ts), read here. A user
 * sees the simulation jobs of their own area (and of areas inside it), not those of an area containing
 * theirs: the result aggregates the whole job area.
 */
export interface SimulationJobView extends JobStateView {
  changes: SimulationView['changes'];
  /** Only when DONE. */
  result: SimulationView | null;
}

/** 开始测算: validates the proposal (`requestSimulation`), queues the job over the caller's area and logs the request. */
export async function startSimulation(ctx: RequestContext, changes: ParameterChange[], asOf?: string | null): Promise<SimulationJobView> {
  const plan = await requestSimulation(ctx, changes, asOf);
  const areaCode = ctx.actor.areaCode!;
  const input = changes.map((c) => ({ parameterCode: c.parameterCode, value: c.value }));
  const id = await ctx.tx(async (em) => {
    const title = `模拟测算：${plan.changes.map((c) => `${c.parameterName} → ${c.proposedValue}`).join('；')}`;
    const jobId = await enqueueJob(ctx, em, simulationJob, { areaCode, title });
    em.create(Simulation, { id: jobId, areaCode, asOf: plan.date, changes: input });
    await em.flush();
    await recordAudit(ctx, {
      action: 'program.simulated',
      entityType: 'parameter',
      entityId: plan.changed.join(','),
      detail: { asOf: plan.date, changes: JSON.stringify(input.map((c) => [c.parameterCode, c.value])), jobId, areaCode },
    });
    return jobId;
  });
  return getSimulationJob(ctx, id);
}

const COLUMNS = `s.id, s.as_of::text as "asOf", s.changes, case when j.status = 'DONE' then s.result end as result, ${STATE_COLUMNS}`;
const FROM = `simulation s join job j on j.id = s.id`;

async function toViews(ctx: RequestContext, rows: Array<Record<string, unknown>>): Promise<SimulationJobView[]> {
  if (!rows.length) return [];
  const { catalogue } = await catalogueInForce(ctx);
  const names = await areaNames(
    ctx,
    rows.map((r) => r.areaCode as string),
  );
  return rows.map((r) => {
    const result = (r.result as SimulationView | null) ?? null;
    let described: SimulationView['changes'];
    if (result) described = result.changes;
    else {
      try {
        described = planSimulation(catalogue, r.changes as ParameterChange[], r.asOf as string).changes;
      } catch {
        described = (r.changes as ParameterChange[]).map((c) => ({
          parameterCode: c.parameterCode,
          parameterName: c.parameterCode,
          currentValue: null,
          proposedValue: JSON.stringify(c.value),
        }));
      }
    }
    return { ...jobState(ctx, r, names), changes: described, result };
  });
}

function requireSimulate(ctx: RequestContext): void {
  ctx.require('program.simulate', '查看模拟测算');
}

/** Simulation jobs in the caller's area, newest first. */
export async function listSimulationJobs(ctx: RequestContext, page: Partial<PageArgs>): Promise<PageResult<SimulationJobView>> {
  requireSimulate(ctx);
  const p = checkPage(page);
  const scope = areaSql(ctx, 's.area_code');
  const [count, rows] = await scopedReadBatch(ctx, [
    { sql: `select count(*)::int as n from ${FROM} where ${scope.sql}`, params: scope.params },
    {
      sql: `select ${COLUMNS} from ${FROM} where ${scope.sql} order by j.created_at desc, j.id limit ? offset ?`,
      params: [...scope.params, p.pageSize, offsetOf(p)],
    },
  ]);
  return { items: await toViews(ctx, rows), total: count[0].n as number, ...p };
}

/** One simulation job with its progress and, once DONE, its result. */
export async function getSimulationJob(ctx: RequestContext, id: string): Promise<SimulationJobView> {
  requireSimulate(ctx);
  const scope = areaSql(ctx, 's.area_code');
  const [rows] = await scopedReadBatch(ctx, [{ sql: `select ${COLUMNS} from ${FROM} where s.id = ? and ${scope.sql}`, params: [id, ...scope.params] }]);
  if (!rows.length) throw new AppError('NOT_FOUND', '测算任务不存在或不在您的管辖范围内');
  return (await toViews(ctx, rows))[0];
}
