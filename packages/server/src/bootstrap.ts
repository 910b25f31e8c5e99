import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type AppConfig } from './config';
import { buildApp } from './app';
import { prepareDatabase, type PreparedDatabase } from './db/database';
import { openOrm } from './db/orm';
import type { Runtime } from './graphql/request-context';
import { loadFieldCrypto } from './shared/field-crypto';
import { checkFieldKeys } from './modules/field-keys/key-check';
import { systemContext } from './graphql/request-context';
import { isDatabaseEmpty, seedDemo } from './seed/demo';
import { DEMO_START_HOUSEHOLDS } from './seed/households';
import { seedDemoHouseholds } from './seed/households/demo';
import { seedDemoWorkflow } from './seed/workflow-demo';
import { seedDemoBigData } from './seed/bigdata-demo';
import { seedDemoLegalSupport } from './seed/legal-support-demo';
import { seedDemoVerification } from './seed/verification-demo';
import { startJobRunner, type JobRunner } from './modules/jobs/jobs.runner';
import type { SessionCache } from './modules/auth/session-cache';
import './modules/jobs/kinds';

export interface Started {
  app: FastifyInstance;
  orm: MikroORM;
  db: PreparedDatabase;
  runtime: Runtime;
  /** The app's session cache (ADR 0019); null with SESSION_CACHE=off. */
  sessionCache: SessionCache | null;
  url: string;
  close(): Promise<void>;
}

/**
 * Prepares the database (embedded or external), migrates, checks the field key against the stored
 * data (refuses to start on a mismatch), seeds demo data when empty, and listens.
 * `env` carries the key settings (FIELD_ENCRYPTION_KEY, FIELD_ENCRYPTION_KEY_PREVIOUS).
 * Embedded: a postmaster that dies is restarted with backoff (db/embedded.ts); when that keeps failing,
 * `onDatabaseLost` is called (main.ts exits non-zero so a process supervisor can restart everything).
 */
export async function startServer(
  config: AppConfig = loadConfig(),
  log: (m: string) => void = console.log,
  env: NodeJS.ProcessEnv = process.env,
  onDatabaseLost?: (err: Error) => void,
): Promise<Started> {
  const db = await prepareDatabase(config, log, { onDatabaseLost });
  let orm: MikroORM | undefined;
  try {
    const runtime: Runtime = { config, fieldCrypto: loadFieldCrypto(config.dataDir, env, log) };
    orm = await openOrm({ url: db.appUrl, poolMax: config.dbPoolMax });
    await checkFieldKeys(systemContext(orm.em, runtime, 'field-key-check'), log);
    if (config.seedDemo && (await isDatabaseEmpty(orm))) {
      log('数据库为空，正在写入演示数据 / seeding demo data …');
      await seedDemo(orm, runtime);
      await seedDemoHouseholds(db.ownerUrl, orm, runtime, { households: DEMO_START_HOUSEHOLDS });
      await seedDemoWorkflow(orm, runtime);
      await seedDemoBigData(orm, runtime);
      await seedDemoLegalSupport(orm, runtime);
      await seedDemoVerification(orm, runtime);
    }
    const { app, sessionCache } = await buildApp(orm, runtime);
    await app.listen({ port: config.port, host: config.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const url = `http://localhost:${port}`;
    const o = orm;
    // Background jobs (复核、模拟测算、导出、超期督办扫描、消息出站): in this process unless JOBS_WORKER=off
    // (then `pnpm cli worker` runs them); several processes share the queue (ADR 0010).
    const logError = (m: string, e: unknown) =>
      app.log.error({ err: e instanceof Error ? { type: e.name, stack: e.stack?.split('\n').slice(0, 6).join('\n') } : undefined }, m);
    const jobs: JobRunner | null =
      config.jobsWorker === 'inline'
        ? await startJobRunner(orm, runtime, { connectionString: db.appUrl, log: logError, concurrency: config.jobsConcurrency })
        : null;
    let closed = false;
    return {
      app,
      orm,
      db,
      runtime,
      sessionCache,
      url,
      close: async () => {
        if (closed) return;
        closed = true;
        await app.close(); // drains in-flight requests (Apollo drain plugin)
        await jobs?.stop(); // each running job commits its batch and is handed back; it resumes on the next start
        await o.close(true);
        await db.stop();
      },
    };
  } catch (e) {
    await orm?.close(true);
    await db.stop();
    throw e;
  }
}
