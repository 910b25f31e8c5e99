import { runConsultationTaskSweep } from '../consultation/task-clock';
import { runClockSweep } from '../workflow/supervision.service';
import { defineJob } from './registry';

/**
 * Statutory clocks (ADR 0007), hourly on the hour as a cron job (ADR 0010): overdue referrals escalate to 督办
 * levels and get their 超时预警 (modules/workflow `runClockSweep`); open 会商任务 get their 预警 / 超期 notices
 * (modules/consultation `runConsultationTaskSweep`). Defined here, where the kinds are composed, so that workflow
 * does not depend on consultation (which builds on workflow's clock and outbox). graphile-worker runs each tick
 * once across all processes.
 */
export const clockSweepJob = defineJob({
  kind: 'clock-sweep',
  name: '超期督办扫描',
  visibility: 'system',
  cron: '0 * * * *',
  maxAttempts: 1,
  async run(run) {
    const out = await runClockSweep(run.ctx);
    const tasks = await runConsultationTaskSweep(run.ctx);
    await run.ctx.tx((em) => run.commit(em, { processed: out.overdue + out.escalated + out.warned + tasks.warned + tasks.overdue }));
  },
});
