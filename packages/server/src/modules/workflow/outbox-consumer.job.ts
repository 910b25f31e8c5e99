import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { defineJob } from '../jobs/registry';

/**
 * Outbox consumer (every minute; ADR 0010): claims the events not yet consumed in `seq` order
 * (`for update skip locked`, so processes never take the same event) and marks each `consumed_at` with
 * what happened to it. **No SMS is sent**: no provider is configured yet (the SMS issue brings delivery),
 * so an event carrying an SMS is marked `NO_PROVIDER` (短信未发送：未配置短信服务商) and the others
 * `NO_NOTIFICATION`. `published_at` stays empty — nothing was published — so a later delivery worker can
 * still find the SMS events.
 */
export const OUTBOX_BATCH = 500;

export const DELIVERY_STATUS_NAMES: Record<string, string> = {
  NO_PROVIDER: '短信未发送：未配置短信服务商',
  NO_NOTIFICATION: '无需通知',
};

export const outboxConsumerJob = defineJob({
  kind: 'outbox-consume',
  name: '消息出站处理',
  visibility: 'system',
  cron: '* * * * *',
  recordIdle: false,
  maxAttempts: 1,
  async run(run) {
    const batch = run.batchSize ?? OUTBOX_BATCH;
    for (;;) {
      const n = await run.ctx.tx(async (em) => {
        const rows = await sqlRows<{ noProvider: number; none: number }>(
          em,
          `with c as (select seq from outbox_event where consumed_at is null order by seq limit ? for update skip locked),
                u as (update outbox_event e set consumed_at = now(),
                             delivery_status = case when (e.payload -> 'sms') is not null then 'NO_PROVIDER' else 'NO_NOTIFICATION' end
                        from c where e.seq = c.seq returning e.delivery_status)
           select count(*) filter (where delivery_status = 'NO_PROVIDER')::int as "noProvider",
                  count(*) filter (where delivery_status = 'NO_NOTIFICATION')::int as none from u`,
          [batch],
        );
        const { noProvider, none } = rows[0];
        if (noProvider + none > 0) {
          await recordAudit(run.ctx, {
            action: 'outbox.consumed',
            entityType: 'outbox_event',
            detail: { smsNotSent: noProvider, noNotification: none, reason: 'no SMS provider configured' },
          });
          await run.commit(em, { processed: noProvider + none });
        }
        return noProvider + none;
      });
      if (n < batch || run.stopping) return;
    }
  },
});
