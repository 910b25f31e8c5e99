import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { namedRows, sqlRows } from '../../shared/sql';
import { ANONYMOUS, type Actor } from '../../graphql/request-context';
import type { AppConfig } from '../../config';
import { PASSWORD_MAX_AGE_DAYS } from './password';
import { permissionsOf } from './roles';
import { API_TOKEN_PREFIX, SESSION_COOKIE, tokenHash } from './session-token';
import { permissionsOfScopes } from './token-scopes';

/** The request's credentials: `Authorization: Bearer …` and the session cookie. */
export function credentialsOf(request: FastifyRequest): { sessionToken?: string; bearer?: string } {
  const auth = request.headers.authorization;
  const bearer = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
  return { sessionToken: request.cookies?.[SESSION_COOKIE], bearer };
}

/**
 * Resolves each HTTP request's actor once: the rate limits (rate-limit.ts) and the GraphQL and REST
 * contexts share the answer.
 */
export function requestActors(orm: MikroORM, config: AppConfig): (request: FastifyRequest) => Promise<Actor> {
  const resolved = new WeakMap<FastifyRequest, Promise<Actor>>();
  return (request) => {
    let actor = resolved.get(request);
    if (!actor) {
      actor = resolveActor(orm.em.fork(), config, credentialsOf(request));
      resolved.set(request, actor);
    }
    return actor;
  };
}

/**
 * Turns a request's cookie session or bearer token into an Actor. Expired, idle, revoked
 * or disabled → anonymous (fail closed). Touches last_seen_at at most once a minute.
 */
export async function resolveActor(em: EntityManager, config: AppConfig, creds: { sessionToken?: string; bearer?: string }): Promise<Actor> {
  if (creds.bearer) return resolveApiToken(em, creds.bearer);
  if (!creds.sessionToken) return ANONYMOUS;
  const id = tokenHash(creds.sessionToken);
  // A named statement: this runs on every request, and planning it cost PostgreSQL ~7× running it.
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
  }>(
    em,
    'xj_session_actor',
    `select s.id, s.mfa_pending as "mfaPending", s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt", s.revoked_at as "revokedAt",
            u.id as "userId", u.username, u.display_name as "displayName", u.roles, u.area_code as "areaCode",
            u.department_id as "departmentId", u.disabled,
            (u.must_change_password or u.password_changed_at < now() - make_interval(days => ?)) as "mustChangePassword"
       from user_session s join app_user u on u.id = s.user_id where s.id = ?`,
    [PASSWORD_MAX_AGE_DAYS, id],
  );
  const s = rows[0];
  const now = Date.now();
  if (!s || s.revokedAt || s.disabled || s.expiresAt.getTime() <= now) return ANONYMOUS;
  if (now - s.lastSeenAt.getTime() > config.sessionIdleMinutes * 60_000) return ANONYMOUS;
  if (now - s.lastSeenAt.getTime() > 60_000) {
    await em.execute(`update user_session set last_seen_at = now() where id = ?`, [id]);
  }
  return {
    kind: 'user',
    id: s.userId,
    name: s.displayName,
    username: s.username,
    roles: s.roles,
    permissions: permissionsOf(s.roles),
    areaCode: s.areaCode,
    departmentId: s.departmentId,
    sessionId: s.id,
    mfaPending: s.mfaPending,
    mustChangePassword: s.mustChangePassword,
  };
}

async function resolveApiToken(em: EntityManager, bearer: string): Promise<Actor> {
  if (!bearer.startsWith(API_TOKEN_PREFIX)) return ANONYMOUS;
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
    [tokenHash(bearer)],
  );
  const t = rows[0];
  if (!t || t.revokedAt || t.expiresAt.getTime() <= Date.now()) return ANONYMOUS;
  if (!t.lastUsedAt || Date.now() - t.lastUsedAt.getTime() > 60_000) {
    await em.execute(`update api_token set last_used_at = now() where id = ?`, [t.id]);
  }
  return {
    kind: 'token',
    id: t.id,
    name: `接口令牌:${t.name}`,
    roles: ['INTEGRATOR'],
    // Scopes, not stored permissions: only what token-scopes.ts grants can reach a token.
    permissions: permissionsOfScopes(t.scopes),
    areaCode: t.areaCode,
    departmentId: t.departmentId,
  };
}
