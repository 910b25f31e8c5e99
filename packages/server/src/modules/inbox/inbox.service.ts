import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { scopedReadBatch, sqlRows } from '../../shared/sql';
import type { NotificationKind } from './inbox.codes';

/**
 * The signed-in user's own notifications (站内消息). Two walls, as everywhere: every statement filters
 * `user_id = ` the actor's id (first wall) and row-level security admits only rows of the transaction's
 * `app.user_id` (second wall, migration `Migration20261210200000Inbox`). An actor without a user id (API
 * token, system) gets nothing — fails closed. Reading is not logged, and neither is marking as read: it is
 * the user's own reading state, not business data (README).
 */

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  areaCode: string;
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `n.id, n.kind, n.title, n.body, n.link, n.area_code as "areaCode", n.created_at as "createdAt", n.read_at as "readAt"`;

export interface NotificationFilter {
  unreadOnly?: boolean | null;
}

export async function listMyNotifications(ctx: RequestContext, filter: NotificationFilter, pageArgs: Partial<PageArgs>): Promise<PageResult<NotificationRow>> {
  const page = checkPage(pageArgs);
  const userId = ctx.userId;
  if (!userId) return { items: [], total: 0, ...page };
  const where = `n.user_id = ?${filter.unreadOnly ? ' and n.read_at is null' : ''}`;
  const [count, rows] = await scopedReadBatch(ctx, [
    { sql: `select count(*)::int as n from notification n where ${where}`, params: [userId] },
    {
      sql: `select ${COLUMNS} from notification n where ${where} order by n.created_at desc, n.id limit ? offset ?`,
      params: [userId, page.pageSize, offsetOf(page)],
    },
  ]);
  return { items: rows as unknown as NotificationRow[], total: Number(count[0]?.n ?? 0), ...page };
}

/** The bell's number: one index lookup (`notification_unread_index`). */
export async function unreadNotificationCount(ctx: RequestContext): Promise<number> {
  const userId = ctx.userId;
  if (!userId) return 0;
  const [rows] = await scopedReadBatch(ctx, [{ sql: `select count(*)::int as n from notification where user_id = ? and read_at is null`, params: [userId] }]);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Marks the given notifications (`ids`, at most 200) or all of them (`all`) read; ids of other users'
 * notifications change nothing (they are invisible). Returns the unread count afterwards.
 */
export async function markNotificationsRead(ctx: RequestContext, input: { ids?: readonly string[] | null; all?: boolean | null }): Promise<number> {
  const userId = ctx.userId;
  if (!userId) return 0;
  const ids = [...new Set(input.ids ?? [])];
  if (!input.all && !ids.length) throw new AppError('BAD_USER_INPUT', '请选择要标为已读的消息', { field: 'ids' });
  if (ids.some((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))) {
    throw new AppError('BAD_USER_INPUT', '消息编号不正确', { field: 'ids' });
  }
  return ctx.tx(async (em) => {
    if (input.all) {
      await em.execute(`update notification set read_at = now() where user_id = ? and read_at is null`, [userId]);
    } else {
      await em.execute(`update notification set read_at = now() where user_id = ? and read_at is null and id = any(?::uuid[])`, [userId, `{${ids.join(',')}}`]);
    }
    const [row] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from notification where user_id = ? and read_at is null`, [userId]);
    return row.n;
  });
}
