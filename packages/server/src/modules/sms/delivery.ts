import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../shared/field-crypto';
import { afterQuietHours, inQuietHours } from './config';
import type { SmsDb } from './db';
import { AmbiguousSendError, type SmsProvider, type SmsProviderConfig } from './providers/types';

/**
 * Delivery of `sms_message` rows (ADR 0024): claim – commit – send – record.
 *
 * 1. **Claim** (one short transaction, `for update skip locked`): due `QUEUED`/`FAILED` rows never accepted by the
 *    provider, and `SENDING` rows whose lease expired (their worker died) → `SENDING`, `attempts + 1`, a lease
 *    (`lease_until`, `lease_owner`) and `uncertain = true`; **committed before any HTTP call**. In quiet hours only
 *    urgent messages are claimed.
 * 2. Per message: the lease is renewed (a row taken over by another worker is left alone); a row that was already
 *    `uncertain` (a worker died after its claim, or the last call ended without an answer) is first **looked up** at
 *    the provider by its idempotency key — found → `SENT`, cannot tell → `UNKNOWN` (an administrator checks and
 *    retries by hand), missing → sent.
 * 3. **Send** (rate-limited per provider) and **record** the outcome under the same lease owner: accepted → `SENT`;
 *    refused → `FAILED` with backoff 30 s × 2ⁿ⁻¹ (≤ 1 h; a non-urgent retry never lands in the quiet hours), `DEAD`
 *    after the last attempt; no answer (network, timeout, 5xx) → the same, still `uncertain` (looked up first next
 *    time).
 *
 * So the provider receives a key a second time only if a lookup said "missing" while it had it — which the lease
 * (60 s, far above the 10 s call timeout) rules out for live workers.
 */
export const LEASE_SECONDS = 60;
export const DELIVERY_BATCH = 10;

export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/** Spaces sends of one provider to `perSecond` (per process). */
export class RateLimiter {
  private next = 0;
  constructor(private perSecond: number) {}
  setRate(perSecond: number): void {
    this.perSecond = Math.max(1, perSecond);
  }
  async take(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}

/** One pace per provider for the whole process (keyed by its runtime, like the login throttle): every run of the job shares it. */
const limiters = new WeakMap<object, Map<string, RateLimiter>>();
export function limiterFor(runtime: object, cfg: SmsProviderConfig): RateLimiter {
  let byProvider = limiters.get(runtime);
  if (!byProvider) limiters.set(runtime, (byProvider = new Map()));
  let l = byProvider.get(cfg.provider);
  if (!l) byProvider.set(cfg.provider, (l = new RateLimiter(cfg.ratePerSecond)));
  l.setRate(cfg.ratePerSecond);
  return l;
}

export interface DeliverOptions {
  db: SmsDb;
  fc: FieldCrypto;
  provider: SmsProvider;
  config: SmsProviderConfig;
  now: () => Date;
  maxAttempts: number;
  batchSize?: number;
  leaseSeconds?: number;
  stopping?: () => boolean;
  /** The pace of sends: `limiterFor(runtime, config)` in the server. */
  limiter: RateLimiter;
  /** Server log for unexpected errors (never stored in the row). */
  log?: (message: string, err?: unknown) => void;
}

export interface DeliverResult {
  sent: number;
  failed: number;
  dead: number;
  unknown: number;
  /** Found at the provider by a lookup (a dead worker's send). */
  recovered: number;
}

interface Claimed {
  id: string;
  key: string;
  phoneEnc: string;
  content: string;
  templateCode: string;
  params: Record<string, string>;
  urgent: boolean;
  attempts: number;
  wasUncertain: boolean;
  createdAt: Date;
  providerTemplateId: string | null;
  /** A verification code's real text and parameters, sealed (`content`/`params` have the code masked). */
  secretEnc: string | null;
}

const addSeconds = (d: Date, s: number) => new Date(d.getTime() + s * 1000);

async function claim(o: DeliverOptions, owner: string): Promise<Claimed[]> {
  const now = o.now();
  const quiet = inQuietHours(now, o.config.quietStart, o.config.quietEnd);
  return o.db.tx((sql) =>
    sql<Claimed>(
      `with c as (select id, uncertain as was from sms_message
                   where ((status in ('QUEUED', 'FAILED') and sent_at is null and next_attempt_at <= ?) or (status = 'SENDING' and lease_until < ?))
                     and (urgent or not ?)
                   order by next_attempt_at, id limit ? for update skip locked)
       update sms_message m set status = 'SENDING', attempts = m.attempts + 1, uncertain = true, lease_until = ?, lease_owner = ?,
              provider = ?, updated_at = ?
         from c where m.id = c.id
       returning m.id, m.idempotency_key as "key", m.phone_enc as "phoneEnc", m.content, m.template_code as "templateCode", m.params, m.urgent,
                 m.attempts, c.was as "wasUncertain", m.created_at as "createdAt", m.secret_enc as "secretEnc",
                 (select t.provider_template_id from sms_template t where t.code = m.template_code) as "providerTemplateId"`,
      [now, now, quiet, o.batchSize ?? DELIVERY_BATCH, addSeconds(now, o.leaseSeconds ?? LEASE_SECONDS), owner, o.provider.name, now],
    ),
  );
}

async function renew(o: DeliverOptions, id: string, owner: string): Promise<boolean> {
  const now = o.now();
  const rows = await o.db.tx((sql) =>
    sql(`update sms_message set lease_until = ? where id = ? and lease_owner = ? and status = 'SENDING' returning id`, [
      addSeconds(now, o.leaseSeconds ?? LEASE_SECONDS),
      id,
      owner,
    ]),
  );
  return rows.length === 1;
}

type Outcome = { kind: 'sent'; messageId: string | null } | { kind: 'failed'; error: string; uncertain: boolean } | { kind: 'unknown'; error: string };

async function record(o: DeliverOptions, m: Claimed, owner: string, out: Outcome): Promise<'sent' | 'failed' | 'dead' | 'unknown'> {
  const now = o.now();
  const where = `where id = ? and lease_owner = ? and status = 'SENDING'`;
  if (out.kind === 'sent') {
    await o.db.tx((sql) =>
      sql(
        `update sms_message set status = 'SENT', uncertain = false, provider_message_id = ?, sent_at = ?, last_error = null,
                lease_until = null, lease_owner = null, updated_at = ? ${where}`,
        [out.messageId, now, now, m.id, owner],
      ),
    );
    return 'sent';
  }
  if (out.kind === 'unknown') {
    await o.db.tx((sql) =>
      sql(`update sms_message set status = 'UNKNOWN', last_error = ?, lease_until = null, lease_owner = null, updated_at = ? ${where}`, [
        out.error.slice(0, 500),
        now,
        m.id,
        owner,
      ]),
    );
    return 'unknown';
  }
  const dead = m.attempts >= o.maxAttempts;
  let next = addSeconds(now, backoffSeconds(m.attempts));
  if (!m.urgent) next = afterQuietHours(next, o.config.quietStart, o.config.quietEnd);
  await o.db.tx((sql) =>
    sql(
      `update sms_message set status = ?, uncertain = ?, last_error = ?, next_attempt_at = ?, lease_until = null, lease_owner = null, updated_at = ? ${where}`,
      [dead ? 'DEAD' : 'FAILED', out.uncertain, `第 ${m.attempts} 次发送失败：${out.error}`.slice(0, 500), next, now, m.id, owner],
    ),
  );
  return dead ? 'dead' : 'failed';
}

async function deliverOne(o: DeliverOptions, m: Claimed, owner: string): Promise<keyof DeliverResult | null> {
  // The rate limit first, then the lease renewal: the call that follows starts right after it, well inside the lease.
  await o.limiter.take();
  if (!(await renew(o, m.id, owner))) return null;
  const phone = o.fc.decrypt(m.phoneEnc);
  if (m.wasUncertain) {
    const found = await o.provider.lookup({ key: m.key, phone, createdAt: m.createdAt });
    if (found.state === 'found') {
      await record(o, m, owner, { kind: 'sent', messageId: found.messageId });
      return 'recovered';
    }
    if (found.state === 'unknown') return record(o, m, owner, { kind: 'unknown', error: `结果待核实：${found.reason}` });
  }
  // A verification code: what 短信记录 shows is masked; the provider gets the sealed real text.
  const real = m.secretEnc ? (JSON.parse(o.fc.decrypt(m.secretEnc)) as { content: string; params: Record<string, string> }) : null;
  let out: Outcome;
  try {
    const r = await o.provider.send({
      key: m.key,
      phone,
      content: real?.content ?? m.content,
      templateCode: m.templateCode,
      providerTemplateId: m.providerTemplateId,
      params: real?.params ?? m.params ?? {},
      createdAt: m.createdAt,
    });
    out = r.ok ? { kind: 'sent', messageId: r.messageId } : { kind: 'failed', error: r.error, uncertain: false };
  } catch (e) {
    // Our own text only: a database or library error may quote personal data (it goes to the server log instead).
    if (!(e instanceof AmbiguousSendError)) o.log?.('[sms] 发送过程中发生内部错误', e);
    out = { kind: 'failed', error: e instanceof AmbiguousSendError ? e.message : '发送过程中发生内部错误（详见服务器日志）', uncertain: true };
  }
  return record(o, m, owner, out);
}

/** Delivers every due message (batches until none is left, or `stopping`). */
export async function deliverDue(o: DeliverOptions): Promise<DeliverResult> {
  const result: DeliverResult = { sent: 0, failed: 0, dead: 0, unknown: 0, recovered: 0 };
  const owner = randomUUID();
  for (;;) {
    const batch = await claim(o, owner);
    for (const m of batch) {
      try {
        const r = await deliverOne(o, m, owner);
        if (r) result[r]++;
      } catch (e) {
        // E.g. the database during a lookup: the row stays SENDING under its lease and is looked up again after it.
        o.log?.('[sms] 短信处理中断（租约到期后重新核实）', e);
      }
    }
    if (batch.length < (o.batchSize ?? DELIVERY_BATCH) || o.stopping?.()) return result;
  }
}
