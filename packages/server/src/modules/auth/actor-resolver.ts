import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { namedRows, sqlRows } from '../../shared/sql';
import { ANONYMOUS, type Actor } from '../../graphql/request-context';
import type { AppConfig } from '../../config';
import { PASSWORD_MAX_AGE_DAYS } from './password';
import { permissionsOf } from './roles';
import { API_TOKEN_PREFIX, SESSION_COOKIE, tokenHash } from './session-token';
import { permissionsOfScopes } from './token-scopes';
import { type CachedSession, SESSION_TOUCH_MS, type SessionCache } from './session-cache';

/** The request's credentials: `Authorization: Bearer …` and the session cookie. */
export function credentialsOf(request: FastifyRequest): { sessionToken?: string; bearer?: string } {
  const auth = request.headers.authorization;
  const bearer = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
  return { sessionToken: request.cookies?.[SESSION_COOKIE], bearer };
}

/**
 * Resolves each HTTP request's actor once: the rate limits (rate-limit.ts) and the GraphQL and REST
 * contexts share the answer. With `cache`, live sessions and tokens are answered from memory (ADR 0019).
 */
export function requestActors(orm: MikroORM, config: AppConfig, cache?: SessionCache): (request: FastifyRequest) => Promise<Actor> {
  const resolved = new WeakMap<FastifyRequest, Promise<Actor>>();
  const touch = toucher(orm);
  return (request) => {
    let actor = resolved.get(request);
    if (!actor) {
      const creds = credentialsOf(request);
      if (!creds.bearer && !creds.sessionToken) actor = NO_CREDENTIALS;
      else actor = cache ? cachedOrResolved(orm, config, creds, cache, touch) : resolveActor(orm.em.fork(), config, creds);
      resolved.set(request, actor);
    }
    return actor;
  };
}

/**
 * A cached session or token once the cache has caught up with every change committed before this
 * request (`SessionCache.catchUp`, shared by concurrent requests); otherwise the database.
 */
async function cachedOrResolved(
  orm: MikroORM,
  config: AppConfig,
  creds: { sessionToken?: string; bearer?: string },
  cache: SessionCache,
  touch: Toucher,
): Promise<Actor> {
  const session = !creds.bearer && creds.sessionToken ? tokenHash(creds.sessionToken) : undefined;
  const token = creds.bearer?.startsWith(API_TOKEN_PREFIX) ? tokenHash(creds.bearer) : undefined;
  if ((session && cache.session(session)) || (token && cache.token(token))) {
    if (await cache.catchUp()) {
      const hit = session ? cachedSessionActor(cache, config, session, touch) : cachedTokenActor(cache, token!, touch);
      if (hit) return hit;
    }
  }
  return resolveActor(orm.em.fork(), config, creds, cache);
}

/** A request without credentials needs neither an EntityManager nor the cache. */
const NO_CREDENTIALS: Promise<Actor> = Promise.resolve(ANONYMOUS);

type Toucher = (sql: string, params: unknown[], onGone: () => void) => void;

/** Bookkeeping writes (`last_seen_at`, `last_used_at`) off the request's path; a row that is gone or revoked drops its entry. */
function toucher(orm: MikroORM): Toucher {
  return (sql, params, onGone) => {
    orm.em
      .fork()
      .execute(sql, params)
      .then(
        (rows) => {
          if (Array.isArray(rows) && rows.length === 0) onGone();
        },
        () => onGone(),
      );
  };
}

const TOUCH_SESSION_SQL = `update user_session set last_seen_at = now() where id = ? and revoked_at is null returning id`;

/** The 90-day password age (or the stored flag) makes a session change-password-only. */
const mustChange = (s: CachedSession, now: number) => s.mustChangePassword || s.passwordExpiresAt < now;

function sessionActor(s: CachedSession, now: number): Actor {
  return {
    kind: 'user',
    id: s.userId,
    name: s.displayName,
    username: s.username,
    roles: s.roles,
    permissions: s.permissions,
    areaCode: s.areaCode,
    departmentId: s.departmentId,
    sessionId: s.id,
    mfaPending: s.mfaPending,
    mustChangePassword: mustChange(s, now),
  };
}

/**
 * The actor of a cached live session, or undefined (not cached, or it looks expired or idle here: the
 * database decides those, since another process may have seen later activity).
 */
function cachedSessionActor(cache: SessionCache, config: AppConfig, id: string, touch: Toucher): Actor | undefined {
  const s = cache.session(id);
  if (!s) return undefined;
  const now = Date.now();
  if (s.expiresAt <= now || now - s.lastSeenAt > config.sessionIdleMinutes * 60_000) {
    cache.dropSession(id);
    return undefined;
  }
  s.lastSeenAt = now;
  if (now - s.touchedAt >= SESSION_TOUCH_MS) {
    s.touchedAt = now;
    touch(TOUCH_SESSION_SQL, [id], () => cache.dropSession(id));
  }
  return sessionActor(s, now);
}

/** A cached live token; `last_used_at` is written at most once a minute, off the request's path. */
function cachedTokenActor(cache: SessionCache, hash: string, touch: Toucher): Actor | undefined {
  const t = cache.token(hash);
  if (!t) return undefined;
  const now = Date.now();
  if (t.expiresAt <= now) {
    cache.dropToken(hash);
    return undefined;
  }
  if (now - t.lastUsedAt > 60_000) {
    t.lastUsedAt = now;
    touch(`update api_token set last_used_at = now() where id = ? and revoked_at is null returning id`, [t.actor.id], () => cache.dropToken(hash));
  }
  return t.actor;
}

/**
 * Turns a request's cookie session or bearer token into an Actor. Expired, idle, revoked
 * or disabled → anonymous (fail closed). Touches last_seen_at at most every SESSION_TOUCH_MS.
 * With `cache` a live answer read here is kept for the next requests (ADR 0019).
 */
export async function resolveActor(
  em: EntityManager,
  config: AppConfig,
  creds: { sessionToken?: string; bearer?: string },
  cache?: SessionCache,
): Promise<Actor> {
  if (creds.bearer) return resolveApiToken(em, creds.bearer, cache);
  if (!creds.sessionToken) return ANONYMOUS;
  const id = tokenHash(creds.sessionToken);
  const generation = cache?.generation ?? 0;
  // A named statement: this runs on every uncached request, and planning it cost PostgreSQL ~7× running it.
  const rows = await namedRows<{
    id: string;
    mfaPending: boolean;
    lastSeenAt: Date;
    expiresAt: Date;
    revokedAt: Date | null;
    userId: string;
    username: string;
    displayName: string;
    roles: string[];
    areaCode: string;
    departmentId: string | null;
    disabled: boolean;
    mustChangePassword: boolean;
    passwordExpiresAt: Date;
  }>(
    em,
    'xj_session_actor_v2',
    `select s.id, s.mfa_pending as "mfaPending", s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt", s.revoked_at as "revokedAt",
            u.id as "userId", u.username, u.display_name as "displayName", u.roles, u.area_code as "areaCode",
            u.department_id as "departmentId", u.disabled, u.must_change_password as "mustChangePassword",
            u.password_changed_at + make_interval(days => ?) as "passwordExpiresAt"
       from user_session s join app_user u on u.id = s.user_id where s.id = ?`,
    [PASSWORD_MAX_AGE_DAYS, id],
  );
  const r = rows[0];
  const now = Date.now();
  if (!r || r.revokedAt || r.disabled || r.expiresAt.getTime() <= now) return ANONYMOUS;
  if (now - r.lastSeenAt.getTime() > config.sessionIdleMinutes * 60_000) return ANONYMOUS;
  let touchedAt = r.lastSeenAt.getTime();
  if (now - touchedAt >= SESSION_TOUCH_MS) {
    await em.execute(`update user_session set last_seen_at = now() where id = ?`, [id]);
    touchedAt = now;
  }
  const s: CachedSession = {
    id: r.id,
    userId: r.userId,
    username: r.username,
    displayName: r.displayName,
    roles: r.roles,
    permissions: permissionsOf(r.roles),
    areaCode: r.areaCode,
    departmentId: r.departmentId,
    mfaPending: r.mfaPending,
    mustChangePassword: r.mustChangePassword,
    passwordExpiresAt: r.passwordExpiresAt.getTime(),
    expiresAt: r.expiresAt.getTime(),
    lastSeenAt: now,
    touchedAt,
  };
  cache?.putSession(s, generation);
  return sessionActor(s, now);
}

async function resolveApiToken(em: EntityManager, bearer: string, cache?: SessionCache): Promise<Actor> {
  if (!bearer.startsWith(API_TOKEN_PREFIX)) return ANONYMOUS;
  const hash = tokenHash(bearer);
  const generation = cache?.generation ?? 0;
  const rows = await sqlRows<{
    id: string;
    name: string;
    areaCode: string;
    departmentId: string | null;
    scopes: string[];
    expiresAt: Date;
    revokedAt: Date | null;
    lastUsedAt: Date | null;
  }>(
    em,
    `select id, name, area_code as "areaCode", department_id as "departmentId", scopes, expires_at as "expiresAt", revoked_at as "revokedAt",
            last_used_at as "lastUsedAt"
       from api_token where token_hash = ?`,
    [hash],
  );
  const t = rows[0];
  if (!t || t.revokedAt || t.expiresAt.getTime() <= Date.now()) return ANONYMOUS;
  let lastUsedAt = t.lastUsedAt?.getTime() ?? 0;
  if (Date.now() - lastUsedAt > 60_000) {
    await em.execute(`update api_token set last_used_at = now() where id = ?`, [t.id]);
    lastUsedAt = Date.now();
  }
  const actor: Actor = {
    kind: 'token',
    id: t.id,
    name: `接口令牌:${t.name}`,
    roles: ['INTEGRATOR'],
    // Scopes, not stored permissions: only what token-scopes.ts grants can reach a token.
    permissions: permissionsOfScopes(t.scopes),
    areaCode: t.areaCode,
    departmentId: t.departmentId,
  };
  cache?.putToken({ hash, actor, expiresAt: t.expiresAt.getTime(), lastUsedAt }, generation);
  return actor;
}
