import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { defineJob } from '../jobs/registry';
import { OUTBOX_HANDLERS, type OutboxEventRow } from './outbox-handlers';

/**
 * Outbox consumer (every minute; ADR 0010, ADR 0024): the only reader of `outbox_event`. Per batch (`seq` order,
 * `for update skip locked`, one transaction) it calls every handler of `OUTBOX_HANDLERS` with the batch — the SMS
 * planner (modules/sms), the staff inbox … — then marks each event `consumed_at` with a `delivery_status`:
 * `SMS_QUEUED` when a handler queued at least one SMS for it, `NO_NOTIFICATION` otherwise. A handler that throws
 * rolls the whole batch back; it is tried again at the next run. (`NO_PROVIDER` marks events consumed before SMS
 * delivery existed.)
 */
export const OUTBOX_BATCH = 500;

export const DELIVERY_STATUS_NAMES: Record<string, string> = {
  SMS_QUEUED: '已生成短信',
  NO_NOTIFICATION: '无需短信通知',
  NO_PROVIDER: '短信未发送：未配置短信服务商',
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
        const events = await sqlRows<OutboxEventRow>(
          em,
          `select seq::text as seq, id, type, aggregate_type as "aggregateType", aggregate_id as "aggregateId", area_code as "areaCode", payload,
                  occurred_at as "occurredAt"
             from outbox_event where consumed_at is null order by seq limit ? for update skip locked`,
          [batch],
        );
        if (!events.length) return 0;
        const smsQueued = new Set<string>();
        for (const handler of OUTBOX_HANDLERS) {
          const ids = await handler.handle(run.ctx, em, events);
          for (const id of ids ?? []) smsQueued.add(id);
        }
        const sms = [...smsQueued];
        await em.execute(
          `update outbox_event set consumed_at = now(), delivery_status = case when id = any(?::uuid[]) then 'SMS_QUEUED' else 'NO_NOTIFICATION' end
            where seq = any(?::bigint[])`,
          [`{${sms.join(',')}}`, `{${events.map((e) => e.seq).join(',')}}`],
        );
        await recordAudit(run.ctx, {
          action: 'outbox.consumed',
          entityType: 'outbox_event',
          detail: { events: events.length, smsQueued: sms.length, noNotification: events.length - sms.length },
        });
        await run.commit(em, { processed: events.length });
        return events.length;
      });
      if (n < batch || run.stopping) return;
    }
  },
});
