import type { SmsDb } from '../db';
import type { SmsProvider } from './types';

/**
 * `log` (default): nothing leaves the server. The message goes to the server log (masked phone) and to
 * `sms_log_outbox` — one row per idempotency key (a second "send" of a key changes nothing), shown in the console.
 */
export function logProvider(db: SmsDb, log: (line: string) => void = () => undefined): SmsProvider {
  return {
    name: 'log',
    async send(req) {
      const masked = `${req.phone.slice(0, 3)}****${req.phone.slice(-4)}`;
      const rows = await db.tx((sql) =>
        sql<{ messageId: string }>(
          `insert into sms_log_outbox (idempotency_key, message_id, phone_masked, content) values (?, ?, ?, ?)
             on conflict (idempotency_key) do update set idempotency_key = excluded.idempotency_key
             returning message_id as "messageId"`,
          [req.key, `log-${req.key}`, masked, req.content],
        ),
      );
      log(`[sms:log] ${masked} ${req.content}`);
      return { ok: true, messageId: rows[0]?.messageId ?? null };
    },
    async lookup(req) {
      const rows = await db.tx((sql) =>
        sql<{ messageId: string }>(`select message_id as "messageId" from sms_log_outbox where idempotency_key = ?`, [req.key]),
      );
      return rows.length ? { state: 'found', messageId: rows[0].messageId } : { state: 'missing' };
    },
  };
}
