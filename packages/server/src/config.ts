import path from 'node:path';

/** All configuration comes from environment variables (documented in docs/deployment.md). */
export interface AppConfig {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** Owner connection (migrations). Unset → embedded PostgreSQL in dataDir/pg. */
  databaseUrl?: string;
  /** Connection of the unprivileged application role. Derived when unset. */
  appDatabaseUrl?: string;
  /** Read-replica URLs (comma separated) for read-only queries. */
  replicaUrls: string[];
  appDbUser: string;
  appDbPassword?: string;
  dbPoolMax: number;
  /** Seed demo data when the database is empty (default on outside production). */
  seedDemo: boolean;
  demoPassword: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  trustProxy: boolean;
  logLevel: string;
  consoleDist: string;
  portalDist: string;
  /** Uploaded materials (modules/files): local folder outside the database. */
  fileStorageDir: string;
  /** Largest accepted upload in bytes (default 10 MB). */
  fileMaxBytes: number;
  /** Background jobs in this process (`inline`, default) or not at all (`off`: run `pnpm cli worker` separately). */
  jobsWorker: 'inline' | 'off';
  /** Jobs run at once by one process (default 2). */
  jobsConcurrency: number;
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function bool(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined || v === '') return dflt;
  return ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  // Relative paths are relative to where the command was typed (pnpm runs scripts in the package dir).
  const dataDir = env.DATA_DIR ? path.resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR) : path.join(repoRoot, 'data');
  return {
    env: nodeEnv,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    appDatabaseUrl: env.APP_DATABASE_URL || undefined,
    replicaUrls: (env.DATABASE_REPLICA_URLS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    appDbUser: env.APP_DB_USER ?? 'xiejiu_app',
    appDbPassword: env.APP_DB_PASSWORD || undefined,
    dbPoolMax: Number(env.DB_POOL_MAX ?? 20),
    seedDemo: bool(env.SEED_DEMO, nodeEnv !== 'production'),
    demoPassword: env.DEMO_PASSWORD ?? 'Xiejiu@2026',
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    sessionMaxHours: Number(env.SESSION_MAX_HOURS ?? 12),
    trustProxy: bool(env.TRUST_PROXY, false),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    consoleDist: path.join(repoRoot, 'packages', 'console', 'dist'),
    portalDist: path.join(repoRoot, 'packages', 'portal', 'dist'),
    fileStorageDir: env.FILE_STORAGE_DIR ? path.resolve(env.INIT_CWD ?? process.cwd(), env.FILE_STORAGE_DIR) : path.join(dataDir, 'files'),
    fileMaxBytes: Number(env.FILE_MAX_BYTES ?? 10 * 1024 * 1024),
    jobsWorker: jobsWorker(env.JOBS_WORKER),
    jobsConcurrency: Math.max(1, Number(env.JOBS_CONCURRENCY ?? 2) || 2),
  };
}

function jobsWorker(v: string | undefined): 'inline' | 'off' {
  if (!v || v === 'inline') return 'inline';
  if (v === 'off') return 'off';
  throw new Error(`JOBS_WORKER: expected inline or off, got ${v}`);
}

export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
