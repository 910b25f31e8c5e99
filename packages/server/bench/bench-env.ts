import path from 'node:path';
import { Client } from 'pg';
import { startServer, type Started } from '../src/bootstrap';
import { loadConfig, type AppConfig } from '../src/config';

/**
 * Environment of the benchmarked server. Rate limits stay on — their request hook is part of the cost
 * measured — but far above the load, which comes from one address (127.0.0.1).
 */
export const BENCH_ENV = {
  NODE_ENV: 'development',
  RATE_LIMIT_ANONYMOUS_GRAPHQL: '1000000000',
  RATE_LIMIT_PUBLIC: '1000000000',
  RATE_LIMIT_PORTAL: '1000000000',
  RATE_LIMIT_TOKEN: '1000000000',
  RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS: '1000000',
  RATE_LIMIT_LOGIN_FAILURES_PER_USERNAME: '1000000',
};

/** An owner connection that sees every area (the bench's own reads: counts, samples). */
export async function ownerClient(url: string): Promise<Client> {
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query(`select set_config('app.area_prefix', '*', false), set_config('app.detail_scope', 'area', false)`);
  return c;
}

/**
 * The real server on an existing bench data dir (`BENCH_DATA_DIR`, kept by `pnpm bench`), quiet, without demo
 * seeding, on a free loopback port — for the development tools (probe.ts, explain-search.ts). `env` adds server
 * settings (e.g. GRAPHQL_JIT), `overrides` config fields.
 */
export async function startOnDataDir(
  dataDir: string,
  opts: { env?: Record<string, string>; overrides?: Partial<AppConfig> } = {},
): Promise<{ started: Started; owner: Client; url: string }> {
  const config: AppConfig = {
    ...loadConfig({ ...BENCH_ENV, PATH: process.env.PATH, ...opts.env }),
    dataDir: path.resolve(dataDir),
    databaseUrl: undefined,
    appDatabaseUrl: undefined,
    replicaUrls: [],
    port: 0,
    host: '127.0.0.1',
    seedDemo: false,
    logLevel: 'fatal',
    ...opts.overrides,
  };
  const started = await startServer(config, () => {});
  const owner = await ownerClient(started.db.ownerUrl);
  return { started, owner, url: started.url.replace('localhost', '127.0.0.1') };
}
