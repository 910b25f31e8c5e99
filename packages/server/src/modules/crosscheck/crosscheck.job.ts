import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { enqueueJob } from '../jobs/jobs.service';
import { defineJob } from '../jobs/registry';
import { runCrosscheckRules } from './crosscheck.engine';
import { RULES } from './rules';
import { runDiscovery } from '../discovery/discovery.service';

/**
 * 全面比对 as a job kind (modules/jobs, ADR 0010): on demand (`runCrosscheck`), after each roster import
 * batch (`enqueueCrosscheck`, called by modules/roster) and nightly at 02:30 (cron, system). Progress: one
 * step per rule, committed with that rule's merge, and a last step for the discovery rules (modules/discovery). The rules always run over every area (system scope);
 * a job's area only says who sees the job.
 */
export const crosscheckJob = defineJob<{ batchId?: string | null }>({
  kind: 'crosscheck',
  name: '全面比对',
  visibility: { permission: 'finding.read', scope: 'area-or-inside' },
  cron: '30 2 * * *',
  maxAttempts: 2,
  async run(run) {
    await run.ctx.tx((em) => run.setTotal(em, RULES.length + 1));
    const result = await runCrosscheckRules(run.ctx, {
      jobId: run.id,
      batchId: run.payload.batchId ?? null,
      onRule: async (em) => run.commit(em, { processed: 1 }),
    });
    if (result.stopped) return 'incomplete';
    // 主动发现 (modules/discovery) over the same data: new visit tasks for the villages.
    await runDiscovery(run.ctx);
    await run.ctx.tx((em) => run.commit(em, { processed: 1 }));
  },
});

/**
 * Queues a 全面比对 in the caller's transaction (`em`), unless one is already waiting (a burst of imports
 * needs one run after the last batch, not one per batch); logs `crosscheck.queued`. Returns the job id.
 */
export async function enqueueCrosscheck(ctx: RequestContext, em: EntityManager, opts: { batchId?: string | null } = {}): Promise<string> {
  const [waiting] = await sqlRows<{ id: string }>(em, `select id from job where kind = 'crosscheck' and status = 'QUEUED' order by created_at limit 1`);
  if (waiting) return waiting.id;
  const batchId = opts.batchId ?? null;
  const id = await enqueueJob(ctx, em, crosscheckJob, { payload: { batchId }, title: batchId ? '导入后比对' : '全面比对' });
  await recordAudit(ctx, { action: 'crosscheck.queued', entityType: 'job', entityId: id, detail: { batchId } });
  return id;
}
