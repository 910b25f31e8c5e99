import crypto from 'node:crypto';
import { Client } from 'pg';
import { Logger, runMigrations as runWorkerMigrations } from 'graphile-worker';
import type { AppConfig } from '../config';
import { runningEmbeddedUrl, startEmbeddedPostgres, type EmbeddedHandle } from './embedded';
import { openOrm } from './orm';

/**
 * Resolves the one PostgreSQL engine: DATABASE_URL → that server, otherwise the embedded one.
 * Runs committed migrations as the owner, then makes sure the unprivileged application role
 * exists with only DML grants (never owner, never superuser), so row-level security applies.
 */
export interface PreparedDatabase {
  ownerUrl: string;
  appUrl: string;
  embedded?: EmbeddedHandle;
  stop(): Promise<void>;
}

export const APP_DATABASE = 'xiejiu';

export function withCredentials(url: string, user: string, password: string, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  if (database) u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The application role's password: APP_DB_PASSWORD, or derived from the owner connection
 * string, so every process (and the CLI) sharing one database arrives at the same password.
 */
export function appPassword(config: Pick<AppConfig, 'appDbPassword'>, ownerUrl: string): string {
  if (config.appDbPassword) return config.appDbPassword;
  return crypto.createHmac('sm3', ownerUrl).update('xiejiu_app/password').digest('base64url').slice(0, 32);
}

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    const r = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (r.rowCount === 0) await c.query(`create database "${name.replace(/"/g, '')}" encoding 'UTF8' template template0`);
  } finally {
    await c.end();
  }
}

/** Schema of the job library (graphile-worker), installed and upgraded by the owner (ADR 0010). */
export const WORKER_SCHEMA = 'graphile_worker';

/**
 * Applies pending migrations — ours (MikroORM, committed files) and then the job library's own
 * (graphile-worker keeps its schema versioned in `graphile_worker.migrations`) — as the owner; an
 * advisory lock makes concurrent starters wait for one another. The application role later finds the
 * library's schema up to date and only reads its version.
 */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const lock = new Client({ connectionString: ownerUrl });
  await lock.connect();
  const orm = await openOrm({ url: ownerUrl, poolMax: 2 });
  try {
    await lock.query(`select pg_advisory_lock(hashtext('xiejiu/migrations'))`);
    const done = await orm.getMigrator().up();
    await runWorkerMigrations({ connectionString: ownerUrl, schema: WORKER_SCHEMA, logger: quietLogger });
    return done.map((m) => m.name);
  } finally {
    await orm.close(true);
    await lock.end();
  }
}

/** graphile-worker logs every migration at info level; only warnings and errors are worth showing. */
const quietLogger = new Logger(() => (level: string, message: string) => {
  if (level === 'error' || level === 'warning') console.warn(`[jobs] ${message}`);
});

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Creates/updates the application role and grants exactly what the app needs. */
export async function ensureAppRole(ownerUrl: string, user: string, password: string): Promise<void> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    const role = quoteIdent(user);
    const exists = await c.query('select 1 from pg_roles where rolname = $1', [user]);
    const pw = password.replace(/'/g, "''");
    if (exists.rowCount === 0) {
      // Two processes may race here (tests, several API processes): tolerate "already exists".
      await c.query(`create role ${role} login password '${pw}' nosuperuser nocreatedb nocreaterole noinherit`).catch((e) => {
        if (!/already exists/.test(String(e.message))) throw e;
      });
    } else {
      await c.query(`alter role ${role} login password '${pw}' nosuperuser`);
    }
    const db = (await c.query('select current_database() as d')).rows[0].d as string;
    await c.query(`grant connect on database ${quoteIdent(db)} to ${role}`);
    await c.query(`grant usage on schema public to ${role}`);
    await c.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await c.query(`grant usage, select on all sequences in schema public to ${role}`);
    // Append-only operation log; migrations bookkeeping is the owner's alone.
    await c.query(`revoke update, delete, truncate on audit_log from ${role}`);
    await c.query(`revoke update, delete, truncate on parameter_version from ${role}`);
    await c.query(`revoke update, delete, truncate on program_version from ${role}`);
    // The head moves only through the audit_log insert trigger; `update (id)` is what `select … for update` needs.
    await c.query(`revoke insert, update, delete, truncate on audit_head from ${role}`);
    await c.query(`grant update (id) on audit_head to ${role}`);
    // Referral history is append-only; outbox rows are only marked published, never removed.
    await c.query(`revoke update, delete, truncate on referral_event from ${role}`);
    // …except its area, which follows the household when it moves to another village (db/area-columns.ts).
    await c.query(`grant update (area_code) on referral_event to ${role}`);
    await c.query(`revoke delete, truncate on outbox_event from ${role}`);
    // The integrators' change feed is append-only (modules/integration, ADR 0032).
    await c.query(`revoke update, delete, truncate on integration_event from ${role}`);
    // Uploaded materials are evidence: rows are linked to their application, never removed.
    await c.query(`revoke delete, truncate on stored_file from ${role}`);
    // Verification records and issued reports are evidence (统一核查): never removed.
    await c.query(`revoke delete, truncate on verification_record from ${role}`);
    await c.query(`revoke delete, truncate on verification_report from ${role}`);
    await c.query(`revoke all on mikro_orm_migrations from ${role}`);
    // The cross-check's scratch rows: a run empties the table when no other run uses it (no VACUUM for the app).
    await c.query(`grant truncate on crosscheck_recipient to ${role}`);
    // Job records say who started what: marked finished or cancelled, never removed.
    await c.query(`revoke delete, truncate on job from ${role}`);
    // The job library's tables and functions (its schema version table is read-only for the app).
    const ws = quoteIdent(WORKER_SCHEMA);
    await c.query(`grant usage on schema ${ws} to ${role}`);
    await c.query(`grant select, insert, update, delete on all tables in schema ${ws} to ${role}`);
    await c.query(`grant usage, select on all sequences in schema ${ws} to ${role}`);
    await c.query(`grant execute on all functions in schema ${ws} to ${role}`);
    await c.query(`revoke insert, update, delete, truncate on ${ws}.migrations from ${role}`);
    // graphile-worker enables row-level security without policies on its private tables (only their
    // owner may use them); the application role runs the worker, so it gets an all-rows policy there.
    const locked = await c.query(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = $1 and c.relkind in ('r', 'p') and c.relrowsecurity
          and not exists (select 1 from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname and p.policyname = $2)`,
      [WORKER_SCHEMA, `${user}_all`],
    );
    for (const r of locked.rows as Array<{ relname: string }>) {
      await c.query(`create policy ${quoteIdent(`${user}_all`)} on ${ws}.${quoteIdent(r.relname)} for all to ${role} using (true) with check (true)`);
    }
  } finally {
    await c.end();
  }
}

export async function prepareDatabase(
  config: AppConfig,
  log: (m: string) => void = () => {},
  opts: { reuseRunning?: boolean; migrate?: boolean; onDatabaseLost?: (err: Error) => void } = {},
): Promise<PreparedDatabase> {
  let embedded: EmbeddedHandle | undefined;
  let ownerUrl: string;
  const running = !config.databaseUrl && opts.reuseRunning ? runningEmbeddedUrl(config.dataDir) : null;
  if (config.databaseUrl) {
    ownerUrl = config.databaseUrl;
  } else if (running) {
    ownerUrl = withCredentials(running, 'postgres', decodeURIComponent(new URL(running).password), APP_DATABASE);
  } else {
    embedded = await startEmbeddedPostgres(config.dataDir, log, { onGiveUp: opts.onDatabaseLost });
    await createDatabaseIfMissing(embedded.url, APP_DATABASE);
    ownerUrl = withCredentials(embedded.url, 'postgres', decodeURIComponent(new URL(embedded.url).password), APP_DATABASE);
  }
  try {
    if (opts.migrate !== false) {
      const applied = await runMigrations(ownerUrl);
      if (applied.length) log(`已执行数据库迁移 / migrations applied: ${applied.join(', ')}`);
    }
    let appUrl = config.appDatabaseUrl;
    if (!appUrl) {
      const pw = appPassword(config, ownerUrl);
      if (opts.migrate !== false) await ensureAppRole(ownerUrl, config.appDbUser, pw);
      appUrl = withCredentials(ownerUrl, config.appDbUser, pw);
    }
    return { ownerUrl, appUrl, embedded, stop: async () => embedded?.stop() };
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}
