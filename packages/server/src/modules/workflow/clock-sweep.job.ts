import { defineJob } from '../jobs/registry';
import { runClockSweep } from './supervision.service';

/**
 * Statutory clocks (ADR 0007), hourly on the hour as a cron job of the jobs module (ADR 0010): overdue
 * referrals escalate to 督办 levels. graphile-worker runs each tick once across all processes.
 */
export const clockSweepJob = defineJob({
  kind: 'clock-sweep',
  name: '超期督办扫描',
  visibility: 'system',
  cron: '0 * * * *',
  maxAttempts: 1,
  async run(run) {
    const out = await runClockSweep(run.ctx);
    await run.ctx.tx((em) => run.commit(em, { processed: out.overdue + out.escalated + out.warned }));
  },
});
