import { defineJob } from '../jobs/registry';
import { pruneIntegration } from './prune';

/**
 * `integration-prune` (对接数据清理): daily at 04:10, once across all processes — the change feed's events and the
 * finished webhook deliveries past their retention (prune.ts). Recorded only when it removed something.
 */
export const integrationPruneJob = defineJob({
  kind: 'integration-prune',
  name: '对接数据清理',
  visibility: 'system',
  cron: '10 4 * * *',
  recordIdle: false,
  maxAttempts: 1,
  async run(run) {
    const out = await pruneIntegration(run.ctx, () => run.stopping);
    if (out.events + out.deliveries > 0) await run.ctx.tx((em) => run.commit(em, { processed: out.events + out.deliveries }));
  },
});
