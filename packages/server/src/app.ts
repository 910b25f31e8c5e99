import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyApollo, { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { fieldCostPlugin } from './graphql/field-cost';
import { makeFormatError } from './graphql/format-error';
import { fastifyErrorHandler } from './shared/http-errors';
import type { GqlContext } from './graphql/gql-context';
import { RequestContext, type Runtime } from './graphql/request-context';
import { openReplicas } from './db/replicas';
import { jitGateway } from './graphql/jit-executor';
import { buildAppSchema } from './graphql/schema';
import { credentialsOf, requestActors } from './modules/auth/actor-resolver';
import { registerRateLimits } from './modules/auth/rate-limit';
import { SessionCache } from './modules/auth/session-cache';
import { fileRoutes } from './modules/files/files.http';
import { importRoutes } from './modules/roster/import.http';
import { stopPdfInspector } from './modules/files/pdf-inspector';
import { receiptRoutes } from './modules/workflow/receipt.http';
import { verificationReportRoutes } from './modules/verification/report.http';
import { publicityRoutes } from './modules/publicity/publicity.http';
import { exportRoutes } from './modules/exports/exports.http';
import { jobFileRoutes } from './modules/jobs/jobs.http';
import { smsReceiptRoutes } from './modules/sms/sms.http';
import { API_COMPRESSION, registerCompression } from './web/compression';
import { registerStaticApps } from './web/static-apps';

/** GraphQL limits (S3): depth, aliases, cost, tokens, directives, weighted cost of expensive fields (graphql/field-cost.ts); batching is off. */
export const GRAPHQL_LIMITS = { maxDepth: 12, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 50, maxFieldCost: 1000 };

/**
 * What an internal error may put in the log: its type, code and stack frames, never its message
 * (database errors quote the SQL with bound values, which may be personal data). LOG_LEVEL=debug
 * keeps the message for local debugging.
 */
function safeError(err: unknown): Record<string, unknown> {
  const e = err as { name?: string; code?: string; stack?: string; message?: string };
  const frames = (e?.stack ?? '')
    .split('\n')
    .filter((l) => l.trim().startsWith('at '))
    .slice(0, 8)
    .join('\n');
  return { type: e?.name ?? typeof err, code: e?.code, stack: frames, ...(process.env.LOG_LEVEL === 'debug' ? { message: e?.message } : {}) };
}

export interface BuiltApp {
  app: FastifyInstance;
  apollo: ApolloServer<GqlContext>;
  /** Cache of resolved sessions and tokens (ADR 0019); null when SESSION_CACHE=off. */
  sessionCache: SessionCache | null;
}

export async function buildApp(orm: MikroORM, runtime: Runtime): Promise<BuiltApp> {
  const { config } = runtime;
  const production = config.env === 'production';
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Structured JSON logs without personal data: no bodies, no cookies, no auth headers.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      serializers: {
        req: (req: FastifyRequest) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
      },
    },
    genReqId: (req) => {
      const h = req.headers['x-request-id'];
      return typeof h === 'string' && /^[\w-]{8,64}$/.test(h) ? h : randomUUID();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestTimeout: 10_000,
  });

  await app.register(fastifyCookie);
  // Responses of routes that opt in (POST /graphql) are compressed above 1 KiB (src/web/README.md).
  await registerCompression(app);
  app.setErrorHandler(fastifyErrorHandler);
  // Sessions and tokens answered from memory while the revocation channel listens (ADR 0019).
  const sessionCache = config.sessionCache ? new SessionCache(orm.config.get('clientUrl')!, (level, msg) => app.log[level](msg)) : null;
  if (sessionCache) {
    await sessionCache.start();
    app.addHook('onClose', async () => sessionCache.stop());
  }
  // Read replicas (DATABASE_REPLICA_URLS, ADR 0033): shared through the runtime by requests and in-process jobs.
  if (!runtime.replicas && config.replicaUrls.length) {
    const replicas = openReplicas(config, (level, msg) => app.log[level](msg));
    runtime.replicas = replicas;
    app.addHook('onClose', async () => {
      if (runtime.replicas === replicas) runtime.replicas = undefined;
      await replicas.close();
    });
  }
  const actorOf = requestActors(orm, config, sessionCache ?? undefined);
  await registerRateLimits(app, config.rateLimit, actorOf);

  const schema = await buildAppSchema();
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    // Tokens are limited by graphql-js's own parser (parseOptions below): armor's plugin throws
    // from a parsing hook, which Apollo answers with HTTP 500 instead of a 400 parse error.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<GqlContext>({
    // The schema comes through the jit gateway: hot operations run compiled (ADR 0022).
    gateway: jitGateway(schema, config.graphqlJitHotAfter),
    ...protection,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    csrfPrevention: true,
    introspection: !production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(production, {
      internal: (err) => app.log.error({ err: safeError(err) }, 'graphql internal error'),
      unvalidated: (err) => app.log.warn({ err: safeError(err) }, 'unvalidated input refused by the database'),
    }),
    // No HTTP cache hints are used; the cache-control plugin would wrap every field resolver.
    plugins: [...protection.plugins, fieldCostPlugin(GRAPHQL_LIMITS.maxFieldCost), fastifyApolloDrainPlugin(app), ApolloServerPluginCacheControlDisabled()],
    validationRules: [...protection.validationRules],
  });
  await apollo.start();

  const contextFn = async (request: FastifyRequest, reply: FastifyReply): Promise<GqlContext> => {
    const em = orm.em.fork();
    const { sessionToken } = credentialsOf(request);
    const actor = await actorOf(request);
    return {
      ctx: new RequestContext({
        em,
        actor,
        requestId: String(request.id),
        runtime,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        reply,
        sessionToken,
      }),
    };
  };
  void fastifyApollo; // plugin form not used: the route below only accepts POST
  app.route({ url: '/graphql', method: ['POST'], compress: API_COMPRESSION, handler: fastifyApolloHandler(apollo, { context: contextFn }) });

  // Files (REST only for downloads/uploads). Same session and scoping as GraphQL.
  // List exports (modules/exports): GET /files/exports/:list.xlsx and the ledger's GET /files/households.xlsx.
  void app.register(exportRoutes, { schema, context: async (request, reply) => (await contextFn(request, reply)).ctx });

  // Uploaded materials: POST /api/files, GET /api/files/:id (modules/files). Not awaited, so the
  // plugin loads after the onSend security-header hook below is in place and inherits it.
  void app.register(fileRoutes, { context: async (request, reply) => (await contextFn(request, reply)).ctx });
  // 受理回执 PDF: GET /api/applications/:id/receipt.pdf (modules/workflow).
  void app.register(receiptRoutes, { context: async (request, reply) => (await contextFn(request, reply)).ctx });
  // 核查报告 PDF: GET /api/verification-reports/:id.pdf (modules/verification).
  void app.register(verificationReportRoutes, { context: async (request, reply) => (await contextFn(request, reply)).ctx });
  // 公示 for the village board (full names): GET /api/publicity/notice.pdf?areaCode= (modules/publicity).
  void app.register(publicityRoutes, { context: async (request, reply) => (await contextFn(request, reply)).ctx });
  // SMS delivery reports: POST /api/sms/receipts/:provider (modules/sms; signature- or token-checked).
  void app.register(smsReceiptRoutes, { context: async (request, reply) => (await contextFn(request, reply)).ctx });
  // Finished export files: GET /api/jobs/:id/file (modules/jobs).
  void app.register(jobFileRoutes, { context: async (request, reply) => (await contextFn(request, reply)).ctx });
  // 数据导入: POST /api/imports/:dataset, templates, error reports (modules/roster).
  void app.register(importRoutes, { context: async (request, reply) => (await contextFn(request, reply)).ctx });

  app.addHook('onClose', async () => stopPdfInspector());

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    try {
      await orm.em.fork().execute('select 1');
      // Replicas are optional: none usable still means ready (their reads go to the primary, ADR 0033).
      const replicas = runtime.replicas && !runtime.replicas.closed ? await runtime.replicas.readiness() : undefined;
      return replicas ? { status: 'ready', replicas } : { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'unavailable', message: '数据库不可用' });
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Request-Id', String(req.id));
    if (!req.url.startsWith('/graphql')) {
      reply.header(
        'Content-Security-Policy',
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
      );
    }
    return payload;
  });

  // The built console and portal: precompressed, hashed assets immutable, SPA fallback (src/web/README.md).
  registerStaticApps(app, { consoleDist: config.consoleDist, portalDist: config.portalDist });

  return { app, apollo, sessionCache };
}
