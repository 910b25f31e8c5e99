import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { areaSql } from '../../shared/scope';
import { INTEGRATION_EVENT_TYPES } from './event-types';

/**
 * `events(after:)` — the change feed as the caller may see it (ADR 0032). One rule, used by the feed and by the
 * webhook dispatch (which reads as the subscription's token):
 *
 * | events | who sees them |
 * |---|---|
 * | all | only in the caller's area (`areaSql`, and row-level security on `integration_event`) |
 * | `referral.*` | holders of `application.read`; a token only its own department's referrals (as `ownDepartmentSql`): the referral's department, or the target of a transfer |
 * | `benefit.*` | holders of `household.read` or `benefit.manage`; a token with a department only its department's benefits |
 * | `finding.opened` | holders of `finding.read` or `benefit.manage`; anyone with a department (officer, token) only its department's |
 *
 * The feed is ordered by `seq` and shows only events of transactions older than every transaction still running, so
 * a cursor never passes an event that commits later with a lower `seq` (it lags behind a long import by its duration).
 */
export const EVENTS_MAX_LIMIT = 500;
export const EVENTS_DEFAULT_LIMIT = 100;

const TYPES = Object.keys(INTEGRATION_EVENT_TYPES);
const ofEntity = (prefix: string) => TYPES.filter((t) => t.startsWith(prefix));

export interface EventRow {
  seq: string;
  id: string;
  type: string;
  entity: string;
  entityId: string | null;
  areaCode: string;
  departmentIds: string[];
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** The visibility of `integration_event e` for the context's actor (see the table above); fails closed. */
export function visibleEventsSql(ctx: RequestContext): { sql: string; params: unknown[] } {
  const area = areaSql(ctx, 'e.area_code');
  const token = ctx.actor.kind === 'token';
  const dept = ctx.departmentId;
  const own = (restrict: boolean): { sql: string; params: unknown[] } =>
    !restrict ? { sql: 'true', params: [] } : dept ? { sql: 'e.department_ids @> array[?]::uuid[]', params: [dept] } : { sql: 'false', params: [] };
  const parts: Array<{ types: string[]; own: { sql: string; params: unknown[] } }> = [];
  if (ctx.can('application.read')) parts.push({ types: ofEntity('referral.'), own: own(token) });
  if (ctx.can('household.read') || ctx.can('benefit.manage')) parts.push({ types: ofEntity('benefit.'), own: own(token && !!dept) });
  if (ctx.can('finding.read') || ctx.can('benefit.manage')) parts.push({ types: ofEntity('finding.'), own: own(token || !!dept) });
  if (!parts.length) return { sql: 'false', params: [] };
  const sql = parts.map((p) => `(e.type = any(?::text[]) and ${p.own.sql})`).join(' or ');
  return { sql: `${area.sql} and (${sql})`, params: [...area.params, ...parts.flatMap((p) => [`{${p.types.join(',')}}`, ...p.own.params])] };
}

/** Parses a cursor (the decimal `seq` of the last event seen); empty → from the start. */
export function parseCursor(after: string | null | undefined): string {
  if (after === null || after === undefined || after === '') return '0';
  if (!/^\d{1,18}$/.test(after)) throw new AppError('BAD_USER_INPUT', '游标格式不正确：应为上一页返回的 nextCursor', { field: 'after' });
  return after;
}

/** Visible events after `after` in `seq` order (at most `limit`), in `em`'s transaction (the caller's scope). */
export async function visibleEvents(
  ctx: RequestContext,
  em: EntityManager,
  after: string,
  limit: number,
  types?: readonly string[] | null,
): Promise<EventRow[]> {
  const v = visibleEventsSql(ctx);
  const typeSql = types?.length ? ` and e.type = any(?::text[])` : '';
  return sqlRows<EventRow>(
    em,
    `select e.seq::text as seq, e.id, e.type, e.entity, e.entity_id as "entityId", e.area_code as "areaCode", e.department_ids::text[] as "departmentIds",
            e.payload, e.occurred_at as "occurredAt"
       from integration_event e
      where e.seq > ?::bigint and e.tx < pg_snapshot_xmin(pg_current_snapshot()) and ${v.sql}${typeSql}
      order by e.seq limit ?`,
    [after, ...v.params, ...(types?.length ? [`{${types.join(',')}}`] : []), limit],
  );
}

export interface EventPage {
  items: EventRow[];
  /** Pass as `after` for the next page; unchanged when nothing new (poll again later). */
  nextCursor: string;
  hasMore: boolean;
}

export async function listEvents(ctx: RequestContext, args: { after?: string | null; limit?: number | null; types?: string[] | null }): Promise<EventPage> {
  ctx.require('event.read', '读取变更事件');
  const after = parseCursor(args.after);
  const limit = args.limit ?? EVENTS_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > EVENTS_MAX_LIMIT)
    throw new AppError('BAD_USER_INPUT', `每页条数应为 1 到 ${EVENTS_MAX_LIMIT}`, { field: 'limit' });
  for (const t of args.types ?? []) if (!(t in INTEGRATION_EVENT_TYPES)) throw new AppError('BAD_USER_INPUT', `未知的事件类型 ${t}`, { field: 'types' });
  return ctx.tx(async (em) => {
    const rows = await visibleEvents(ctx, em, after, limit + 1, args.types);
    const items = rows.slice(0, limit);
    return { items, nextCursor: items.length ? items[items.length - 1].seq : after, hasMore: rows.length > limit };
  });
}
