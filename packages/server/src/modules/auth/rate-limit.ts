import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitConfig } from '../../config';
import type { Actor } from '../../graphql/request-context';

export const RATE_LIMITED_MESSAGE = '请求过于频繁，请稍后再试';

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * Request limits (S7) with @fastify/rate-limit, per fixed window of RATE_LIMIT_WINDOW_SECONDS:
 * anonymous POST /graphql per client address; the portal, and every other route without
 * credentials (console files, SPA pages, /ready, 404s, REST calls without a session), per address;
 * API tokens per token on GraphQL and REST. Staff sessions are not limited here (the login that
 * created them was); `/health` is exempt for liveness probes. The client address is Fastify's
 * `request.ip`, which follows TRUST_PROXY. Failed logins have their own counters (login-throttle.ts).
 * Over the limit: 429, `Retry-After`, `{ error: 'RATE_LIMITED', message }`, and on /graphql also
 * `errors[0].extensions.code = RATE_LIMITED`. Register before the routes.
 */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimitConfig, actorOf: (req: FastifyRequest) => Promise<Actor>): Promise<void> {
  if (!limits.enabled) return;
  await app.register(fastifyRateLimit, { global: false, cache: 20_000 });
  const timeWindow = limits.windowSeconds * 1000;
  const perAddress = (name: string, max: number): Limiter => app.createRateLimit({ max, timeWindow, keyGenerator: (req) => `${name}:${normalizeIP(req.ip)}` });
  const anonymousGraphql = perAddress('graphql', limits.anonymousGraphql);
  const portal = perAddress('portal', limits.portal);
  const publicRoutes = perAddress('public', limits.public);
  const token = app.createRateLimit({ max: limits.token, timeWindow, keyGenerator: async (req) => `token:${(await actorOf(req)).id}` });

  const limiterFor = async (req: FastifyRequest): Promise<Limiter | null> => {
    const path = req.url.split('?')[0];
    if (path === '/health') return null;
    if (path === '/portal' || path.startsWith('/portal/')) return portal;
    const api = path === '/graphql' || path.startsWith('/api/') || path.startsWith('/files/');
    if (!api) return publicRoutes;
    const actor = await actorOf(req);
    if (actor.kind === 'token') return token;
    if (actor.kind === 'user') return null;
    return path === '/graphql' ? anonymousGraphql : publicRoutes;
  };

  app.addHook('onRequest', async (req, reply) => {
    const limiter = await limiterFor(req);
    if (!limiter) return;
    const r = await limiter(req);
    if (r.isAllowed || !r.isExceeded) return;
    const retryAfter = Math.max(1, r.ttlInSeconds);
    const body: Record<string, unknown> = { error: 'RATE_LIMITED', message: RATE_LIMITED_MESSAGE, retryAfter };
    reply.code(429).header('Retry-After', String(retryAfter)).header('Cache-Control', 'no-store');
    if (req.url.startsWith('/graphql')) {
      body.errors = [{ message: RATE_LIMITED_MESSAGE, extensions: { code: 'RATE_LIMITED', retryAfter } }];
      // GraphQL over HTTP: with this media type clients read the errors of a non-2xx answer.
      if (String(req.headers.accept ?? '').includes('application/graphql-response+json')) reply.type('application/graphql-response+json; charset=utf-8');
    }
    return reply.send(body);
  });
}
