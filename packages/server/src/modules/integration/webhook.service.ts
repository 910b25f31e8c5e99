import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { areaSql } from '../../shared/scope';
import { recordAudit } from '../audit/audit.service';
import { INTEGRATION_EVENT_TYPES } from './event-types';
import { checkCallbackUrl, newWebhookSecret } from './signature';
import { WebhookSubscription } from './webhook-subscription.entity';

/**
 * 回调地址 (webhook subscriptions, ADR 0032): the security administrator registers a callback URL for a token that holds
 * `EVENTS_READ` — the same administrator and scope rule as the tokens themselves (`apiToken.manage`, tokens whose area
 * is in the administrator's scope). The secret is generated here, shown once and stored sealed.
 */
export interface WebhookSubscriptionRow {
  id: string;
  apiTokenId: string;
  apiTokenName: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  createdByName: string;
  createdAt: Date;
  disabledAt: Date | null;
  version: number;
  delivered: number;
  pending: number;
  failed: number;
  lastError: string | null;
  lastDeliveredAt: Date | null;
}

const SELECT = `select s.id, s.api_token_id as "apiTokenId", t.name as "apiTokenName", s.url, s.event_types as "eventTypes", s.active,
  s.created_by_name as "createdByName", s.created_at as "createdAt", s.disabled_at as "disabledAt", s.version,
  coalesce(d.delivered, 0) as delivered, coalesce(d.pending, 0) as pending, coalesce(d.failed, 0) as failed, d.last_error as "lastError",
  d.last_delivered as "lastDeliveredAt"
  from webhook_subscription s join api_token t on t.id = s.api_token_id
  left join lateral (select count(*) filter (where status = 'DELIVERED')::int as delivered, count(*) filter (where status in ('PENDING', 'SENDING'))::int as pending,
                            count(*) filter (where status = 'FAILED')::int as failed, max(delivered_at) as last_delivered,
                            (array_agg(last_error order by created_at desc) filter (where last_error is not null))[1] as last_error
                       from webhook_delivery where subscription_id = s.id) d on true`;

export async function listWebhookSubscriptions(ctx: RequestContext, apiTokenId?: string | null): Promise<WebhookSubscriptionRow[]> {
  ctx.require('apiToken.manage', '管理接口令牌的回调地址');
  return ctx.tx(async (em) => {
    const s = areaSql(ctx, 't.area_code');
    return sqlRows<WebhookSubscriptionRow>(em, `${SELECT} where ${s.sql}${apiTokenId ? ' and s.api_token_id = ?' : ''} order by s.created_at desc limit 500`, [
      ...s.params,
      ...(apiTokenId ? [apiTokenId] : []),
    ]);
  });
}

/**
 * 本令牌的回调地址: a department system checks its own callbacks and their delivery counts (`event.read`). A token sees
 * its own subscriptions only; anyone else (a staff session) gets none — the 接口令牌 page is theirs (`apiToken.manage`).
 */
export async function listOwnWebhookSubscriptions(ctx: RequestContext): Promise<WebhookSubscriptionRow[]> {
  ctx.require('event.read', '查看本令牌的回调地址');
  if (ctx.actor.kind !== 'token' || !ctx.actor.id) return [];
  const tokenId = ctx.actor.id;
  return ctx.tx((em) => sqlRows<WebhookSubscriptionRow>(em, `${SELECT} where s.api_token_id = ? order by s.created_at desc limit 500`, [tokenId]));
}

export interface WebhookSubscriptionInput {
  apiTokenId: string;
  url: string;
  /** Internal event types (`referral.created` …); empty → all the token may see. */
  eventTypes: string[];
}

export async function createWebhookSubscription(
  ctx: RequestContext,
  input: WebhookSubscriptionInput,
): Promise<{ secret: string; subscription: WebhookSubscriptionRow }> {
  ctx.require('apiToken.manage', '管理接口令牌的回调地址');
  const url = checkCallbackUrl(input.url ?? '', ctx.runtime.config.webhooks.allowPrivateUrls);
  if (url.href.length > 500) throw new AppError('BAD_USER_INPUT', '回调地址不能超过 500 个字符', { field: 'url' });
  const types = [...new Set(input.eventTypes ?? [])];
  for (const t of types) if (!(t in INTEGRATION_EVENT_TYPES)) throw new AppError('BAD_USER_INPUT', `未知的事件类型 ${t}`, { field: 'eventTypes' });
  const secret = newWebhookSecret();
  const id = await ctx.tx(async (em) => {
    const s = areaSql(ctx, 'area_code');
    const [tok] = await sqlRows<{ id: string; name: string; scopes: string[]; live: boolean }>(
      em,
      `select id, name, scopes, (revoked_at is null and expires_at > now()) as live from api_token where id = ? and ${s.sql}`,
      [input.apiTokenId, ...s.params],
    );
    if (!tok) throw new AppError('NOT_FOUND', '接口令牌不存在或不在您的管辖范围内');
    if (!tok.live) throw new AppError('INVALID_STATE', '接口令牌已吊销或已过期，不能登记回调地址');
    if (!tok.scopes.includes('EVENTS_READ'))
      throw new AppError('BAD_USER_INPUT', '该令牌没有“订阅变更事件”权限范围，不能登记回调地址', { field: 'apiTokenId' });
    const sub = em.create(WebhookSubscription, {
      apiTokenId: tok.id,
      url: url.href,
      secretEnc: ctx.runtime.fieldCrypto.encrypt(secret),
      eventTypes: types,
      createdBy: ctx.userId,
      createdByName: ctx.actor.name.slice(0, 64),
    });
    await em.flush();
    // From now on: the feed before the subscription is there to page through with `events`, not to replay as calls.
    await em.execute(`update webhook_subscription set dispatched_seq = coalesce((select max(seq) from integration_event), 0) where id = ?`, [sub.id]);
    await recordAudit(ctx, {
      action: 'webhook.created',
      entityType: 'webhook_subscription',
      entityId: sub.id,
      after: { apiTokenId: tok.id, apiTokenName: tok.name, url: url.href, eventTypes: types.join(',') || '全部' },
    });
    return sub.id;
  });
  const [row] = await ctx.tx((em) => sqlRows<WebhookSubscriptionRow>(em, `${SELECT} where s.id = ?`, [id]));
  return { secret, subscription: row };
}

/** Stops deliveries to the URL (pending ones are not sent); the row stays, with its delivery record. */
export async function disableWebhookSubscription(ctx: RequestContext, id: string, version: number): Promise<WebhookSubscriptionRow> {
  ctx.require('apiToken.manage', '管理接口令牌的回调地址');
  await ctx.tx(async (em) => {
    const s = areaSql(ctx, 't.area_code');
    const [visible] = await sqlRows<{ id: string }>(
      em,
      `select s.id from webhook_subscription s join api_token t on t.id = s.api_token_id where s.id = ? and ${s.sql}`,
      [id, ...s.params],
    );
    if (!visible) throw new AppError('NOT_FOUND', '回调地址不存在或不在您的管辖范围内');
    const sub = await em.findOneOrFail(WebhookSubscription, { id });
    if (sub.version !== version) throw new AppError('CONFLICT', '该回调地址已被他人修改，请刷新后重试');
    if (!sub.active) throw new AppError('INVALID_STATE', '该回调地址已停用');
    sub.active = false;
    sub.disabledAt = new Date();
    await em.flush();
    await recordAudit(ctx, {
      action: 'webhook.disabled',
      entityType: 'webhook_subscription',
      entityId: id,
      before: { active: true },
      after: { active: false },
    });
  });
  const [row] = await ctx.tx((em) => sqlRows<WebhookSubscriptionRow>(em, `${SELECT} where s.id = ?`, [id]));
  return row;
}
