import type { RequestContext } from '../../graphql/request-context';
import { sqlRows } from '../../shared/sql';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../audit/audit.service';
import { getUser } from '../user/user.service';

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

async function activeSessions(ctx: RequestContext, userId: string): Promise<SessionRow[]> {
  const idleMs = ctx.runtime.config.sessionIdleMinutes * 60_000;
  return ctx.tx(async (em) => {
    const rows = await sqlRows<Omit<SessionRow, 'current'>>(
      em,
      `select id, created_at as "createdAt", last_seen_at as "lastSeenAt", ip, user_agent as "userAgent"
         from user_session where user_id = ? and revoked_at is null and expires_at > now()
          and last_seen_at > now() - (? * interval '1 millisecond') and not mfa_pending
        order by last_seen_at desc`,
      [userId, idleMs],
    );
    return rows.map((r) => ({ ...r, current: r.id === ctx.actor.sessionId }));
  });
}

export async function listMySessions(ctx: RequestContext): Promise<SessionRow[]> {
  if (ctx.actor.kind !== 'user' || !ctx.actor.id) throw new AppError('UNAUTHENTICATED', '请先登录');
  return activeSessions(ctx, ctx.actor.id);
}

/** Security administrators list another user's sessions (the user must be in their area). */
export async function listUserSessions(ctx: RequestContext, userId: string): Promise<SessionRow[]> {
  ctx.require('user.security', '查看他人会话');
  await getUser(ctx, userId);
  return activeSessions(ctx, userId);
}

/** A user revokes their own session; security administrators revoke anyone's in their area. */
export async function revokeSession(ctx: RequestContext, sessionId: string): Promise<boolean> {
  if (ctx.actor.kind !== 'user' || !ctx.actor.id) throw new AppError('UNAUTHENTICATED', '请先登录');
  return ctx.tx(async (em) => {
    const rows = await sqlRows<{ userId: string }>(em, `select user_id as "userId" from user_session where id = ?`, [sessionId]);
    if (!rows.length) throw new AppError('NOT_FOUND', '会话不存在');
    const owner = rows[0].userId;
    if (owner !== ctx.actor.id) {
      ctx.require('user.security', '撤销他人会话');
      await getUser(ctx, owner);
    }
    await em.execute(`update user_session set revoked_at = now() where id = ? and revoked_at is null`, [sessionId]);
    await recordAudit(ctx, { action: 'session.revoked', entityType: 'user', entityId: owner, detail: { session: sessionId.slice(0, 8) } });
    return true;
  });
}
