import type { FastifyPluginAsync } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { systemContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { recordAudit } from '../audit/audit.service';
import type { FileRoutesOptions } from '../files/files.http';
import { loadProviderConfig } from './config';
import { emSql, type SqlFn } from './db';
import { verifyHttpSignature } from './providers/http';

/**
 * `POST /api/sms/receipts/:provider` — delivery reports (回执) of the active provider → `DELIVERED` / `FAILED`.
 *
 * - `http`: raw JSON body `{ key, status: "DELIVERED" | "FAILED", error? }` or an array of them, signed like the
 *   sends: `X-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`;
 * - `aliyun` (SMS report push: `[{ out_id, biz_id, success, err_code, err_msg, report_time }]`) and `tencent`
 *   (status callback: `[{ sid, report_status: "SUCCESS" | "FAIL", errmsg, description }]`): these pushes carry no
 *   signature of their own, so the URL holds the receipt token (`?token=`, configured as 回执令牌) — compared in
 *   constant time. Without a configured token the route refuses them.
 *
 * A failed report keeps `sent_at`: the provider has the key, so the message is never sent again automatically.
 */
export interface Receipt {
  key?: string | null;
  messageId?: string | null;
  delivered: boolean;
  error?: string | null;
}

function tokenOk(expected: string | null, got: unknown): boolean {
  if (!expected || typeof got !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(got);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parse(provider: string, body: unknown): Receipt[] {
  const list = Array.isArray(body) ? body : [body];
  return list.flatMap((r): Receipt[] => {
    if (!r || typeof r !== 'object') return [];
    const o = r as Record<string, unknown>;
    if (provider === 'http') return [{ key: String(o.key ?? ''), delivered: o.status === 'DELIVERED', error: o.error ? String(o.error) : null }];
    if (provider === 'aliyun')
      return [
        {
          key: o.out_id ? String(o.out_id) : null,
          messageId: o.biz_id ? String(o.biz_id) : null,
          delivered: o.success === true || o.success === 'true',
          error: o.err_msg ? `${o.err_code ?? ''} ${o.err_msg}`.trim() : null,
        },
      ];
    return [
      {
        messageId: o.sid ? String(o.sid) : null,
        delivered: o.report_status === 'SUCCESS',
        error: o.errmsg && o.report_status !== 'SUCCESS' ? `${o.errmsg} ${o.description ?? ''}`.trim() : null,
      },
    ];
  });
}

export async function applyReceipts(sql: SqlFn, provider: string, receipts: Receipt[], now: Date): Promise<number> {
  let n = 0;
  for (const r of receipts) {
    if (!r.key && !r.messageId) continue;
    const rows = await sql(
      `update sms_message set status = case when ? then 'DELIVERED' else 'FAILED' end,
              delivered_at = case when ? then ? else delivered_at end, sent_at = coalesce(sent_at, ?), uncertain = false,
              last_error = case when ? then null else ? end, lease_until = null, lease_owner = null, updated_at = ?
        where provider = ? and status in ('SENT', 'SENDING', 'UNKNOWN')
          and (idempotency_key = ? or (cast(? as varchar) is not null and provider_message_id = ?))
        returning id`,
      [
        r.delivered,
        r.delivered,
        now,
        now,
        r.delivered,
        `运营商回执：未送达${r.error ? `（${r.error}）` : ''}`.slice(0, 500),
        now,
        provider,
        r.key ?? '',
        r.messageId ?? null,
        r.messageId ?? null,
      ],
    );
    n += rows.length;
  }
  return n;
}

export const smsReceiptRoutes: FastifyPluginAsync<FileRoutesOptions> = async (scope, opts) => {
  // The raw body: the signature is over the bytes as sent.
  scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_req, body, done) => done(null, body));
  scope.post<{ Params: { provider: string }; Querystring: { token?: string } }>('/api/sms/receipts/:provider', async (request, reply) => {
    const base = await opts.context(request, reply);
    const sys = systemContext(base.em, base.runtime, 'sms-receipt');
    const provider = request.params.provider;
    const raw = typeof request.body === 'string' ? request.body : '';
    const cfg = await sys.tx((em) => loadProviderConfig(emSql(em), sys.runtime.fieldCrypto));
    if (provider !== cfg.provider || provider === 'log') return reply.code(404).send({ error: 'NOT_FOUND', message: '未启用该短信服务商' });
    const ok =
      provider === 'http'
        ? verifyHttpSignature(cfg.secret ?? '', raw, request.headers['x-signature'] as string | undefined)
        : tokenOk(cfg.receiptToken, request.query.token);
    if (!ok) return reply.code(401).send({ error: 'UNAUTHENTICATED', message: '回执签名或令牌不正确' });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return reply.code(400).send({ error: 'BAD_USER_INPUT', message: '回执内容不是有效的 JSON' });
    }
    const receipts = parse(provider, body);
    const updated = await sys.tx(async (em) => {
      const n = await applyReceipts(emSql(em), provider, receipts, nowOf(sys));
      await recordAudit(sys, { action: 'sms.receipts', entityType: 'sms_message', detail: { provider, receipts: receipts.length, updated: n } });
      return n;
    });
    if (provider === 'aliyun') return reply.send({ code: 0, msg: '成功' });
    if (provider === 'tencent') return reply.send({ result: 0, errmsg: 'OK' });
    return reply.send({ received: receipts.length, updated });
  });
};
