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
import { startReassessmentWorker } from './modules/program/reassessment.worker';
import { startClockSweep } from './modules/workflow/clock-sweep.worker';

export interface Started {
  app: FastifyInstance;
  orm: MikroORM;
  db: PreparedDatabase;
  runtime: Runtime;
  url: string;
  close(): Promise<void>;
}

/**
 * Prepares the database (embedded or external), migrates, checks the field key against the stored
 * data (refuses to start on a mismatch), seeds demo data when empty, and listens.
 * `env` carries the key settings (FIELD_ENCRYPTION_KEY, FIELD_ENCRYPTION_KEY_PREVIOUS).
 */
export async function startServer(config: AppConfig = loadConfig(), log: (m: string) => void = console.log, env: NodeJS.ProcessEnv = process.env): Promise<Started> {
  const db = await prepareDatabase(config, log);
  let orm: MikroORM | undefined;
  try {
    const runtime: Runtime = { config, fieldCrypto: loadFieldCrypto(config.dataDir, env, log) };
    orm = await openOrm({ url: db.appUrl, replicaUrls: config.replicaUrls, poolMax: config.dbPoolMax });
    await checkFieldKeys(systemContext(orm.em, runtime, 'field-key-check'), log);
    if (config.seedDemo && (await isDatabaseEmpty(orm))) {
      log('数据库为空，正在写入演示数据 / seeding demo data …');
      await seedDemo(orm, runtime);
      await seedDemoHouseholds(db.ownerUrl, orm, runtime, { households: DEMO_START_HOUSEHOLDS });
      await seedDemoWorkflow(orm, runtime);
    }
    const { app } = await buildApp(orm, runtime);
    await app.listen({ port: config.port, host: config.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const url = `http://localhost:${port}`;
    const o = orm;
    // Background reassessment jobs (复核任务): polls the queue; several processes share it (skip locked).
    const logError = (m: string, e: unknown) => app.log.error({ err: e instanceof Error ? { type: e.name, stack: e.stack?.split('\n').slice(0, 6).join('\n') } : undefined }, m);
    const worker = startReassessmentWorker(orm, runtime, logError);
    // Statutory clocks: overdue referrals escalate to 督办 (hourly).
    const sweep = startClockSweep(orm, runtime, logError);
    let closed = false;
    return {
      app, orm, db, runtime, url,
      close: async () => {
        if (closed) return;
        closed = true;
        await app.close(); // drains in-flight requests (Apollo drain plugin)
        await worker.stop(); // finishes the batch in progress; the job resumes on the next start
        await sweep.stop();
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
