import { nowOf } from '../../shared/dates';
import { recordAudit } from '../audit/audit.service';
import { defineJob } from '../jobs/registry';
import { loadProviderConfig, maxAttempts } from './config';
import { ctxDb } from './db';
import { deliverDue, limiterFor } from './delivery';
import { createProvider } from './providers';

/**
 * `sms-deliver` (ADR 0024): every minute, and woken by the outbox consumer when it queued messages. Delivers every
 * due `sms_message` through the active provider (delivery.ts: claim – commit – send – record). Runs wherever jobs
 * run: in the server (`JOBS_WORKER=inline`) or in `pnpm cli worker`.
 */
export const smsDeliverJob = defineJob({
  kind: 'sms-deliver',
  name: '短信发送',
  visibility: 'system',
  cron: '* * * * *',
  recordIdle: false,
  maxAttempts: 1,
  async run(run) {
    const db = ctxDb(run.ctx);
    const config = await db.tx((sql) => loadProviderConfig(sql, run.ctx.runtime.fieldCrypto));
    const provider = createProvider(config, db, (line) => process.stdout.write(`${line}\n`));
    const r = await deliverDue({
      db,
      fc: run.ctx.runtime.fieldCrypto,
      provider,
      config,
      limiter: limiterFor(run.ctx.runtime, config),
      now: () => nowOf(run.ctx),
      maxAttempts: maxAttempts(),
      stopping: () => run.stopping,
      log: (message, err) => process.stderr.write(`${message}: ${err instanceof Error ? err.stack : String(err)}\n`),
    });
    const total = r.sent + r.failed + r.dead + r.unknown + r.recovered;
    if (total > 0) {
      await run.ctx.tx(async (em) => {
        await recordAudit(run.ctx, { action: 'sms.delivered', entityType: 'sms_message', detail: { provider: provider.name, ...r } });
        await run.commit(em, { processed: total });
      });
    }
  },
});
