import http from 'node:http';
import https from 'node:https';
import { randomUUID } from 'node:crypto';
import type { WebhookConfig } from '../../config';
import { RequestContext } from '../../graphql/request-context';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { permissionsOfScopes } from '../auth/token-scopes';
import { visibleEvents } from './feed';
import { eventView } from './integration.types';
import { guardedLookup, signWebhook } from './signature';

/**
 * Webhook delivery (ADR 0032), the two halves of the `webhook-deliver` job:
 *
 * 1. **Dispatch**: per active subscription of a live token, the events after `dispatched_seq` that the token may see —
 *    read through the feed's own rule (`visibleEvents` in a context acting as the token, so a webhook never carries
 *    more than `events` would) — become `webhook_delivery` rows (id = the idempotency key `X-Xiejiu-Delivery`; one per
 *    subscription and event, unique), and `dispatched_seq` moves on, in one transaction.
 * 2. **Deliver**: claim – commit – POST – record, like the SMS delivery: due rows are claimed (`SENDING`, attempts + 1,
 *    a lease) and committed before any HTTP call; a 2xx answer → `DELIVERED` (never sent again); anything else (status,
 *    timeout, refused address) → `PENDING` again after `retryBaseSeconds × 2ⁿ⁻¹` (≤ 1 h), or `FAILED` after
 *    `maxAttempts` with an operation-log row. A worker that dies after its POST leaves the row `SENDING`; when the lease
 *    ends it is sent again with the same delivery id — at least once, and the receiver drops a repeated id.
 */
export const LEASE_SECONDS = 60;
const DISPATCH_BATCH = 500;
const DELIVER_BATCH = 20;

export function webhookBackoffSeconds(cfg: WebhookConfig, attempts: number): number {
  return Math.min(cfg.retryBaseSeconds * 2 ** Math.max(0, attempts - 1), 3600);
}

interface SubscriptionRow {
  id: string;
  eventTypes: string[];
  dispatchedSeq: string;
  tokenId: string;
  tokenName: string;
  areaCode: string;
  departmentId: string | null;
  scopes: string[];
}

/** Queues deliveries for every active subscription; returns how many were queued. */
export async function dispatchWebhooks(system: RequestContext): Promise<number> {
  const subs = await system.tx((em) =>
    sqlRows<SubscriptionRow>(
      em,
      `select s.id, s.event_types as "eventTypes", s.dispatched_seq::text as "dispatchedSeq", t.id as "tokenId", t.name as "tokenName",
              t.area_code as "areaCode", t.department_id as "departmentId", t.scopes
         from webhook_subscription s join api_token t on t.id = s.api_token_id
        where s.active and t.revoked_at is null and t.expires_at > now()`,
    ),
  );
  let queued = 0;
  for (const sub of subs) {
    // The token's own view (its scopes → permissions, its area and department), exactly as a request with it.
    const ctx = new RequestContext({
      em: system.em.fork(),
      actor: {
        kind: 'token',
        id: sub.tokenId,
        name: `接口令牌:${sub.tokenName}`,
        roles: ['INTEGRATOR'],
        permissions: permissionsOfScopes(sub.scopes),
        areaCode: sub.areaCode,
        departmentId: sub.departmentId,
      },
      requestId: `webhook-dispatch-${randomUUID()}`,
      runtime: system.runtime,
    });
    if (!ctx.can('event.read')) continue; // the scope was taken away: nothing more is sent
    for (;;) {
      const n = await ctx.tx(async (em) => {
        const [cur] = await sqlRows<{ seq: string }>(em, `select dispatched_seq::text as seq from webhook_subscription where id = ? and active for update`, [
          sub.id,
        ]);
        if (!cur) return 0;
        const events = await visibleEvents(ctx, em, cur.seq, DISPATCH_BATCH, sub.eventTypes.length ? sub.eventTypes : null);
        if (!events.length) return 0;
        const rows = events.map((e) => {
          const id = randomUUID();
          return [id, sub.id, e.seq, e.type, JSON.stringify({ deliveryId: id, event: eventView(e) })];
        });
        await em.execute(
          `insert into webhook_delivery (id, subscription_id, event_seq, event_type, body)
           values ${rows.map(() => '(?, ?, ?::bigint, ?, ?)').join(', ')} on conflict on constraint webhook_delivery_once do nothing`,
          rows.flat(),
        );
        await em.execute(`update webhook_subscription set dispatched_seq = ?::bigint where id = ?`, [events[events.length - 1].seq, sub.id]);
        return events.length;
      });
      queued += n;
      if (n < DISPATCH_BATCH) break;
    }
  }
  return queued;
}

interface Claimed {
  id: string;
  subscriptionId: string;
  eventType: string;
  body: string;
  attempts: number;
  url: string;
  secretEnc: string;
}

export interface DeliverResult {
  delivered: number;
  retrying: number;
  failed: number;
}

/** One POST; resolves with the status code, rejects on network errors, refused addresses and the timeout. */
export function postWebhook(url: string, headers: Record<string, string>, body: string, cfg: WebhookConfig): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(
      u,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'xiejiu-webhook/1',
          ...headers,
        },
        lookup: guardedLookup(cfg.allowPrivateUrls) as never,
        timeout: cfg.timeoutMs,
      },
      (res) => {
        res.resume(); // the answer's body is not read: only the status counts
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${cfg.timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Claims and sends due deliveries until none is due (or `stopping`). */
export async function deliverWebhooks(system: RequestContext, stopping: () => boolean = () => false): Promise<DeliverResult> {
  const cfg = system.runtime.config.webhooks;
  const out: DeliverResult = { delivered: 0, retrying: 0, failed: 0 };
  for (let round = 0; round < 1000 && !stopping(); round++) {
    const claimed = await system.tx((em) =>
      sqlRows<Claimed>(
        em,
        `with c as (select d.id from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                     where s.active and ((d.status = 'PENDING' and d.next_attempt_at <= now()) or (d.status = 'SENDING' and d.lease_until < now()))
                     order by d.next_attempt_at, d.event_seq limit ? for update of d skip locked)
         update webhook_delivery d set status = 'SENDING', attempts = d.attempts + 1, lease_until = now() + make_interval(secs => ?)
           from c, webhook_subscription s where d.id = c.id and s.id = d.subscription_id
         returning d.id, d.subscription_id as "subscriptionId", d.event_type as "eventType", d.body, d.attempts, s.url, s.secret_enc as "secretEnc"`,
        [DELIVER_BATCH, LEASE_SECONDS],
      ),
    );
    if (!claimed.length) break;
    for (const d of claimed) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const secret = system.runtime.fieldCrypto.decrypt(d.secretEnc);
      let status = 0;
      let error: string | null = null;
      try {
        status = await postWebhook(
          d.url,
          {
            'x-xiejiu-event': d.eventType.replace(/[^a-z0-9]+/gi, '_').toUpperCase(),
            'x-xiejiu-delivery': d.id,
            'x-xiejiu-timestamp': timestamp,
            'x-xiejiu-signature': signWebhook(secret, timestamp, d.body),
          },
          d.body,
          cfg,
        );
        if (status < 200 || status > 299) error = `HTTP ${status}`;
      } catch (e) {
        error = (e instanceof Error ? e.message : String(e)).slice(0, 300);
      }
      await system.tx(async (em) => {
        if (!error) {
          await em.execute(
            `update webhook_delivery set status = 'DELIVERED', delivered_at = now(), last_status = ?, last_error = null, lease_until = null where id = ?`,
            [status, d.id],
          );
          out.delivered++;
          return;
        }
        if (d.attempts >= cfg.maxAttempts) {
          await em.execute(`update webhook_delivery set status = 'FAILED', last_status = ?, last_error = ?, lease_until = null where id = ?`, [
            status || null,
            error,
            d.id,
          ]);
          await recordAudit(system, {
            action: 'webhook.delivery_failed',
            entityType: 'webhook_subscription',
            entityId: d.subscriptionId,
            detail: { deliveryId: d.id, eventType: d.eventType, attempts: d.attempts, error },
          });
          out.failed++;
          return;
        }
        await em.execute(
          `update webhook_delivery set status = 'PENDING', last_status = ?, last_error = ?, lease_until = null, next_attempt_at = now() + make_interval(secs => ?) where id = ?`,
          [status || null, error, webhookBackoffSeconds(cfg, d.attempts), d.id],
        );
        out.retrying++;
      });
    }
  }
  return out;
}
