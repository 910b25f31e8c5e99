import path from 'node:path';

/**
 * Rate limits (docs/deployment.md › 限流): counted per process in memory, per fixed window.
 * Login failures per client address and per typed username; requests per address for anonymous
 * GraphQL, the portal and other public routes; requests per API token.
 */
export interface RateLimitConfig {
  enabled: boolean;
  windowSeconds: number;
  loginFailuresPerAddress: number;
  loginFailuresPerUsername: number;
  anonymousGraphql: number;
  portal: number;
  public: number;
  token: number;
}

/** All configuration comes from environment variables (documented in docs/deployment.md). */
/** The change feed and webhooks of integrator tokens (modules/integration, ADR 0032). */
export interface WebhookConfig {
  /** Callback URLs on loopback, private, link-local or other non-public addresses (WEBHOOK_ALLOW_PRIVATE_URLS; default off — SSRF). */
  allowPrivateUrls: boolean;
  /** Tries per delivery before it is FAILED (WEBHOOK_MAX_ATTEMPTS, default 8). */
  maxAttempts: number;
  /** Backoff before try n+1: base × 2ⁿ⁻¹ seconds, at most 1 h (WEBHOOK_RETRY_BASE_SECONDS, default 30; 0 in tests). */
  retryBaseSeconds: number;
  /** One POST's timeout (WEBHOOK_TIMEOUT_MS, default 10000). */
  timeoutMs: number;
  /** Days the change feed keeps an event (INTEGRATION_EVENT_RETENTION_DAYS, default 365; 0 = forever, else ≥ 30; modules/integration prune.ts). */
  feedRetentionDays: number;
  /** Days a finished webhook delivery is kept (WEBHOOK_DELIVERY_RETENTION_DAYS, default 90; 0 = forever). */
  deliveryRetentionDays: number;
}

export interface AppConfig {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** Owner connection (migrations). Unset → embedded PostgreSQL in dataDir/pg. */
  databaseUrl?: string;
  /** Connection of the unprivileged application role. Derived when unset. */
  appDatabaseUrl?: string;
  /**
   * Read-replica URLs (DATABASE_REPLICA_URLS, comma separated, the application role on streaming standbys): reads
   * that opt in (`scopedReadBatch(…, { replica: true })`, db/README.md) go there; ADR 0033.
   */
  replicaUrls: string[];
  /** A replica whose replay lags more than this is skipped until it catches up (DATABASE_REPLICA_MAX_LAG_MS, default 3000). */
  replicaMaxLagMs: number;
  /** A replica that failed is left alone this long before it is tried again (DATABASE_REPLICA_RETRY_SECONDS, default 10). */
  replicaRetrySeconds: number;
  appDbUser: string;
  appDbPassword?: string;
  dbPoolMax: number;
  /** Seed demo data when the database is empty (default on outside production). */
  seedDemo: boolean;
  demoPassword: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Resolved sessions and tokens kept in memory, revoked through LISTEN/NOTIFY (ADR 0019); SESSION_CACHE=off reads every request from the database. */
  sessionCache: boolean;
  /**
   * GraphQL operations run compiled (graphql-jit, ADR 0022) from their N-th use on; GRAPHQL_JIT=off runs every
   * operation through graphql-js. Default 2: a text seen once is never compiled.
   */
  graphqlJitHotAfter: number | null;
  /** Hours a request to change an administrator's credentials waits for confirmation (two-person rule). */
  adminChangeHours: number;
  trustProxy: boolean;
  logLevel: string;
  consoleDist: string;
  portalDist: string;
  /** Uploaded materials (modules/files): local folder outside the database. */
  fileStorageDir: string;
  /** Largest accepted upload in bytes (default 10 MB). */
  fileMaxBytes: number;
  /** 数据导入: largest roster/reference file accepted (IMPORT_MAX_BYTES, default 300 MB). */
  importMaxBytes: number;
  /** Most files in one upload request (all stored or none). */
  fileMaxCount: number;
  /** Largest image accepted, by the dimensions its header declares: pixels in all and pixels per side. */
  imageMaxPixels: number;
  imageMaxSide: number;
  /** Most active members of one household (create, add, move, merge, split). */
  householdMaxMembers: number;
  rateLimit: RateLimitConfig;
  webhooks: WebhookConfig;
  /**
   * The portal's picture captcha before an SMS code (modules/citizen). Off only for browser tests, which cannot read
   * the picture (`CAPTCHA_ENABLED=false`); refused in production.
   */
  captchaEnabled: boolean;
  /** Background jobs in this process (`inline`, default) or not at all (`off`: run `pnpm cli worker` separately). */
  jobsWorker: 'inline' | 'off';
  /** Jobs run at once by one process (default 2). */
  jobsConcurrency: number;
}

function captchaEnabled(env: NodeJS.ProcessEnv, nodeEnv: string): boolean {
  const on = bool(env.CAPTCHA_ENABLED, true);
  if (!on && nodeEnv === 'production') throw new Error('CAPTCHA_ENABLED=false 只用于浏览器测试，生产环境不能关闭图形验证码');
  return on;
}

/** A positive integer setting; the default when unset, an error at start-up when malformed. */
function positiveInt(env: NodeJS.ProcessEnv, name: string, dflt: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} 应为正整数（当前：${raw}）`);
  return n;
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
    replicaUrls: (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    replicaMaxLagMs: positiveInt(env, 'DATABASE_REPLICA_MAX_LAG_MS', 3000),
    replicaRetrySeconds: positiveInt(env, 'DATABASE_REPLICA_RETRY_SECONDS', 10),
    appDbUser: env.APP_DB_USER ?? 'xiejiu_app',
    appDbPassword: env.APP_DB_PASSWORD || undefined,
    dbPoolMax: Number(env.DB_POOL_MAX ?? 20),
    seedDemo: bool(env.SEED_DEMO, nodeEnv !== 'production'),
    demoPassword: env.DEMO_PASSWORD ?? 'Xiejiu@2026',
    sessionIdleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    sessionMaxHours: Number(env.SESSION_MAX_HOURS ?? 12),
    sessionCache: onOff('SESSION_CACHE', env.SESSION_CACHE),
    graphqlJitHotAfter: env.GRAPHQL_JIT === 'off' ? null : positiveInt({ GRAPHQL_JIT: env.GRAPHQL_JIT }, 'GRAPHQL_JIT', 2),
    adminChangeHours: positiveInt(env, 'ADMIN_CHANGE_EXPIRY_HOURS', 24),
    trustProxy: bool(env.TRUST_PROXY, false),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    consoleDist: path.join(repoRoot, 'packages', 'console', 'dist'),
    portalDist: path.join(repoRoot, 'packages', 'portal', 'dist'),
    fileStorageDir: env.FILE_STORAGE_DIR ? path.resolve(env.INIT_CWD ?? process.cwd(), env.FILE_STORAGE_DIR) : path.join(dataDir, 'files'),
    fileMaxBytes: Number(env.FILE_MAX_BYTES ?? 10 * 1024 * 1024),
    fileMaxCount: positiveInt(env, 'FILE_MAX_COUNT', 10),
    importMaxBytes: positiveInt(env, 'IMPORT_MAX_BYTES', 300 * 1024 * 1024),
    imageMaxPixels: positiveInt(env, 'IMAGE_MAX_PIXELS', 40_000_000),
    imageMaxSide: positiveInt(env, 'IMAGE_MAX_SIDE', 10_000),
    householdMaxMembers: positiveInt(env, 'HOUSEHOLD_MAX_MEMBERS', 30),
    captchaEnabled: captchaEnabled(env, nodeEnv),
    rateLimit: {
      enabled: bool(env.RATE_LIMIT_ENABLED, true),
      windowSeconds: positiveInt(env, 'RATE_LIMIT_WINDOW_SECONDS', 60),
      loginFailuresPerAddress: positiveInt(env, 'RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS', 10),
      loginFailuresPerUsername: positiveInt(env, 'RATE_LIMIT_LOGIN_FAILURES_PER_USERNAME', 5),
      anonymousGraphql: positiveInt(env, 'RATE_LIMIT_ANONYMOUS_GRAPHQL', 60),
      portal: positiveInt(env, 'RATE_LIMIT_PORTAL', 120),
      public: positiveInt(env, 'RATE_LIMIT_PUBLIC', 600),
      token: positiveInt(env, 'RATE_LIMIT_TOKEN', 600),
    },
    webhooks: {
      allowPrivateUrls: bool(env.WEBHOOK_ALLOW_PRIVATE_URLS, false),
      maxAttempts: positiveInt(env, 'WEBHOOK_MAX_ATTEMPTS', 8),
      retryBaseSeconds: Math.max(0, Number(env.WEBHOOK_RETRY_BASE_SECONDS ?? 30) || 0),
      timeoutMs: positiveInt(env, 'WEBHOOK_TIMEOUT_MS', 10_000),
      feedRetentionDays: retentionDays(env.INTEGRATION_EVENT_RETENTION_DAYS, 365, 30),
      deliveryRetentionDays: retentionDays(env.WEBHOOK_DELIVERY_RETENTION_DAYS, 90, 1),
    },
    jobsWorker: jobsWorker(env.JOBS_WORKER),
    jobsConcurrency: Math.max(1, Number(env.JOBS_CONCURRENCY ?? 2) || 2),
  };
}

/** Days to keep: the default when unset, 0 = keep forever, else at least `min` (a shorter setting is a mistake: refuse to start). */
function retentionDays(v: string | undefined, fallback: number, min: number): number {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || (n > 0 && n < min)) throw new Error(`retention must be 0 (keep forever) or a whole number of days ≥ ${min}, got '${v}'`);
  return n;
}

function jobsWorker(v: string | undefined): 'inline' | 'off' {
  if (!v || v === 'inline') return 'inline';
  if (v === 'off') return 'off';
  throw new Error(`JOBS_WORKER: expected inline or off, got ${v}`);
}

export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

function onOff(name: string, v: string | undefined): boolean {
  if (v === undefined || v === '' || v === 'on') return true;
  if (v === 'off') return false;
  throw new Error(`${name}: expected on or off, got ${v}`);
}
