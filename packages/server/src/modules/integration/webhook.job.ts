import { recordAudit } from '../audit/audit.service';
import { defineJob } from '../jobs/registry';
import { deliverWebhooks, dispatchWebhooks } from './webhook-delivery';

/**
 * `webhook-deliver` (ADR 0032): every minute, and woken by each commit that wrote a change-feed event while a
 * subscription is active. Queues the new events of every subscription, then sends what is due (webhook-delivery.ts).
 */
export const webhookDeliverJob = defineJob({
  kind: 'webhook-deliver',
  name: '回调通知发送',
  visibility: 'system',
  cron: '* * * * *',
  recordIdle: false,
  maxAttempts: 1,
  async run(run) {
    const queued = await dispatchWebhooks(run.ctx);
    const r = await deliverWebhooks(run.ctx, () => run.stopping);
    const total = queued + r.delivered + r.retrying + r.failed;
    if (total > 0) {
      await run.ctx.tx(async (em) => {
        await recordAudit(run.ctx, { action: 'webhook.delivered', entityType: 'webhook_delivery', detail: { queued, ...r } });
        await run.commit(em, { processed: total });
      });
    }
  },
});
