import { defineJob } from '../jobs/registry';
import { runPublicityTakedown } from './publicity.service';

/**
 * 公示期满撤下 (ADR 0024): hourly, once across all processes — notices past their period leave the public list
 * (ENDED, `taken_down_at`), notices of referrals no longer in 公示中 are WITHDRAWN. The public query checks the
 * period too, so a notice is never shown a day late even between runs.
 */
export const publicityTakedownJob = defineJob({
  kind: 'publicity-takedown',
  name: '公示期满撤下',
  visibility: 'system',
  cron: '20 * * * *',
  maxAttempts: 1,
  async run(run) {
    const out = await runPublicityTakedown(run.ctx);
    await run.ctx.tx((em) => run.commit(em, { processed: out.ended + out.withdrawn }));
  },
});
