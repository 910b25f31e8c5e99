import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import type { RequestContext } from '../graphql/request-context';

/** Columns aliased `at`, `…At` or `…Until` are timestamps. */
const TIMESTAMP_KEY = /^at$|At$|Until$/;

/**
 * Raw SQL returning rows. MikroORM's driver leaves timestamps as PostgreSQL text; this
 * turns the timestamp columns (by alias convention) into Dates, so callers get one shape.
 * Scope: callers pass a `where` built with shared/scope.ts helpers (areaSql).
 */
export async function sqlRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return normalise<T>(em, (await em.execute(sql, params)) as Array<Record<string, unknown>>);
}

/**
 * One read through a named (per-connection prepared) statement on a pooled connection, outside
 * any transaction: PostgreSQL parses and plans it once per connection. For hot, unscoped lookups
 * that run on every request (the session behind a cookie). `name` must be unique per SQL text.
 */
export async function namedRows<T>(em: EntityManager, name: string, sql: string, params: unknown[]): Promise<T[]> {
  const { text, count } = numberedPlaceholders(sql);
  if (count !== params.length) throw new Error(`statement ${name} expects ${count} parameters, got ${params.length}`);
  const client = em.getConnection().getKnex().client as unknown as KnexPool;
  const conn = await client.acquireConnection();
  try {
    const res = (await conn.query({ name, text, values: params })) as { rows: Array<Record<string, unknown>> };
    return normalise<T>(em, res.rows);
  } finally {
    await client.releaseConnection(conn);
  }
}

function normalise<T>(em: EntityManager, rows: Array<Record<string, unknown>>): T[] {
  const platform = em.getPlatform();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      const v = row[key];
      if (typeof v === 'string' && TIMESTAMP_KEY.test(key)) row[key] = platform.parseDate(v);
    }
  }
  return rows as T[];
}

/** One statement of a scoped read batch. `prepared`: run it as a per-connection prepared statement (below). */
export interface BatchStatement {
  sql: string;
  params: unknown[];
  prepared?: boolean;
  /**
   * With `prepared`: always run the statement's generic plan (plan_cache_mode, for the whole batch). For
   * statements built for one plan whatever the values: PostgreSQL's default re-plans on every execution
   * whenever its estimates make a custom plan look cheaper (an `= any($1)` array, a selective prefix),
   * and for a statement under row-level security that planning costs several times the lookup itself.
   */
  generic?: boolean;
}

/**
 * Read-only statements in ONE round trip: the scope settings and the statements go to
 * PostgreSQL as one multi-statement query, which runs as a single implicit transaction, so the
 * transaction-local settings (and RLS) apply to every statement and an error rolls all back.
 * For hot list pages (P3): each round trip is a socket write, the dominant cost in profiles.
 * Inside an open ctx.tx it simply runs the statements in that transaction.
 *
 * Statements marked `prepared` are sent as `EXECUTE name(literals)` of a statement PREPAREd on
 * that pooled connection the first time it is used there (in the same batch), so PostgreSQL
 * parses, rewrites (RLS policies) and plans the SQL once per connection instead of on every
 * request — for the ledger search this was as much CPU as running it. Prepared statements hold
 * no data and no settings: the scope still comes only from the batch's own transaction-local
 * set_config, so nothing carries over between requests that share a connection.
 *
 * `{ replica: true }`: the same batch, read-only, on a read replica when one is usable (ReadOptions below;
 * src/db/README.md, ADR 0033) — outside a transaction only.
 */
export async function scopedReadBatch(
  ctx: RequestContext,
  statements: BatchStatement[],
  opts: ReadOptions = {},
): Promise<Array<Array<Record<string, unknown>>>> {
  if (ctx.inTransaction) {
    // Inside a (write) transaction: always the primary, in that transaction — it must see its own writes.
    return ctx.tx(async (em) => {
      const out: Array<Array<Record<string, unknown>>> = [];
      for (const s of statements) out.push(await sqlRows(em, s.sql, s.params));
      return out;
    });
  }
  const em = ctx.em;
  const platform = em.getPlatform();
  const settings = ctx.scopeSettings();
  const head = [platform.formatQuery(settings.sql, settings.params)];
  if (opts.workMem) {
    if (!/^\d{1,4}MB$/.test(opts.workMem)) throw new Error(`invalid workMem ${opts.workMem}`);
    head.push(`select set_config('work_mem', '${opts.workMem}', true)`);
  }
  if (opts.replica ?? ctx.replicaReads) {
    // Read-only on whichever server answers: a write slipped into a replica read fails on the primary too.
    head.push(READ_ONLY);
    const replica = await ctx.runtime.replicas?.pick();
    if (replica) {
      let conn: PoolClient | undefined;
      try {
        conn = await replica.pool.connect();
        const out = await preparedBatch(em, conn, head, statements);
        conn.release();
        replica.reads++;
        return out;
      } catch (e) {
        // The replica failed (then its connection is dropped and the primary answers) or the read itself did.
        const fallback = replica.fallsBack(e);
        conn?.release(fallback ? (e as Error) : undefined);
        if (!fallback) throw e;
      }
    }
  }
  if (statements.some((s) => s.prepared)) {
    const client = em.getConnection().getKnex().client as unknown as KnexPool;
    const conn = await client.acquireConnection();
    try {
      return await preparedBatch(em, conn, head, statements);
    } finally {
      await client.releaseConnection(conn);
    }
  }
  const text = [...head, ...statements.map((s) => platform.formatQuery(s.sql, s.params))].join(';\n');
  const res = (await em.getConnection().getKnex().raw(text)) as unknown as Array<{ rows: Array<Record<string, unknown>> }>;
  return res.slice(head.length).map((r) => normalise(em, r.rows));
}

/** Options of a scoped read batch. */
export interface ReadOptions {
  /**
   * Read from a replica (DATABASE_REPLICA_URLS, db/replicas.ts, ADR 0033) when one is configured, reachable and
   * within the lag bound (DATABASE_REPLICA_MAX_LAG_MS); otherwise — and always inside `ctx.tx` — the primary.
   * For lists, searches, dashboards and exports that may trail the latest save by up to the lag bound; never for
   * a read that decides a write. Default: the context's `replicaReads` (request-context.ts: set for the export
   * job's reader); `false` keeps a batch on the primary even there.
   */
  replica?: boolean;
  /**
   * `work_mem` for this batch only (e.g. '32MB'; `set_config(…, true)`, so it ends with the batch's transaction):
   * for aggregates over a whole district (the dashboards) whose hash tables would otherwise spill to disk.
   */
  workMem?: string;
}

const READ_ONLY = `select set_config('transaction_read_only', 'on', true)`;

interface PgConnection {
  query(q: string | { name: string; text: string; values: unknown[] }): Promise<unknown>;
}

/** knex's pool of node-postgres connections (acquired directly to choose statement names per connection). */
interface KnexPool {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(c: PgConnection): Promise<void>;
}

/** Statement names prepared on each pooled connection (SQL text → name). */
const preparedOn = new WeakMap<PgConnection, Map<string, string>>();
/** Connections whose prepared statements are unknown after an error: next use starts with DEALLOCATE ALL. */
const stale = new WeakSet<PgConnection>();
/** Beyond this many distinct statements on one connection, start over. */
const MAX_PREPARED_PER_CONNECTION = 64;
const DEALLOCATE_BATCH_STATEMENTS = `do $$ declare r record; begin
  for r in select name from pg_prepared_statements where name like 'xjb\\_%' loop execute format('deallocate %I', r.name); end loop; end $$`;

/**
 * The batch on one connection (a pooled connection of the primary or of a replica): `head` (the scope settings,
 * formatted) first, then the statements, prepared on that connection where marked.
 */
async function preparedBatch(
  em: EntityManager,
  conn: PgConnection,
  head: string[],
  statements: BatchStatement[],
): Promise<Array<Array<Record<string, unknown>>>> {
  const platform = em.getPlatform();
  let known = preparedOn.get(conn);
  const parts: string[] = [];
  if (!known || stale.has(conn) || known.size > MAX_PREPARED_PER_CONNECTION) {
    // Only the batch statements (xjb_…): named statements of node-postgres itself (namedRows) stay.
    if (known || stale.has(conn)) parts.push(DEALLOCATE_BATCH_STATEMENTS);
    stale.delete(conn);
    known = new Map();
    preparedOn.set(conn, known);
  }
  parts.push(...head);
  if (statements.some((s) => s.generic)) parts.push(`select set_config('plan_cache_mode', 'force_generic_plan', true)`);
  const resultIndex: number[] = [];
  for (const s of statements) {
    if (!s.prepared) {
      resultIndex.push(parts.length);
      parts.push(platform.formatQuery(s.sql, s.params));
      continue;
    }
    const { text, count } = numbered(s.sql);
    if (count !== s.params.length) throw new Error(`prepared statement expects ${count} parameters, got ${s.params.length}`);
    let name = known.get(text);
    if (!name) {
      name = `xjb_${crypto.createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      parts.push(`prepare ${name} as ${text}`);
      known.set(text, name);
    }
    resultIndex.push(parts.length);
    parts.push(count ? `execute ${name}(${s.params.map((v) => literal(platform, v)).join(', ')})` : `execute ${name}`);
  }
  let res: Array<{ rows: Array<Record<string, unknown>> }>;
  try {
    const out = await conn.query(parts.join(';\n'));
    res = (Array.isArray(out) ? out : [out]) as Array<{ rows: Array<Record<string, unknown>> }>;
  } catch (e) {
    // PREPARE is not undone by a rollback: after any error the statements this connection
    // holds are unknown, so the next use deallocates them first.
    stale.add(conn);
    throw e;
  }
  return resultIndex.map((i) => normalise(em, res[i].rows));
}

/** `numberedPlaceholders`, remembered per SQL text (hot statements are built from a few fixed shapes). */
const numberedCache = new Map<string, { text: string; count: number }>();
function numbered(sql: string): { text: string; count: number } {
  let n = numberedCache.get(sql);
  if (!n) {
    if (numberedCache.size >= 1000) numberedCache.clear();
    n = numberedPlaceholders(sql);
    numberedCache.set(sql, n);
  }
  return n;
}

/** `?` placeholders (outside quoted strings and identifiers) → `$1, $2, …`. */
function numberedPlaceholders(sql: string): { text: string; count: number } {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (quote) {
      if (c === quote) quote = null;
      out += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      out += c;
    } else if (c === '?') {
      if (sql[i + 1] === '?') throw new Error('?? (identifier placeholders) are not supported in prepared statements');
      out += `$${++n}`;
    } else {
      out += c;
    }
  }
  return { text: out, count: n };
}

/**
 * An array as ONE parameter: PostgreSQL array text ('{"a","b"}') for `= any(?::uuid[])`. (A plain
 * JS array parameter is expanded into a list by knex, which a prepared statement cannot take.)
 */
export function pgArray(v: unknown[]): string {
  const items = v.map((x) => (x === null || x === undefined ? 'NULL' : `"${String(x).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`));
  return `{${items.join(',')}}`;
}

/** A parameter as an SQL literal for EXECUTE; arrays become one array literal, typed by the statement. */
function literal(platform: ReturnType<EntityManager['getPlatform']>, v: unknown): string {
  if (v === undefined) return 'NULL';
  return platform.formatQuery('?', [Array.isArray(v) ? pgArray(v) : v]);
}

/**
 * COPY … FROM STDIN on the connection of `em`'s open transaction (bulk paths only, P2): the rows
 * commit or roll back with the rest of the transaction. `source` yields COPY text-format chunks
 * (see `copyLine`); backpressure is respected (the source is pulled as PostgreSQL consumes).
 */
export async function copyIn(em: EntityManager, copySql: string, source: AsyncIterable<string>): Promise<void> {
  const trx = em.getTransactionContext<{ client: KnexPool }>();
  if (!trx) throw new Error('copyIn outside a transaction');
  const conn = (await trx.client.acquireConnection()) as unknown as { query: (s: unknown) => NodeJS.WritableStream };
  const { from } = await import('pg-copy-streams');
  const { pipeline } = await import('node:stream/promises');
  const { Readable } = await import('node:stream');
  await pipeline(Readable.from(source), conn.query(from(copySql)) as unknown as NodeJS.WritableStream);
}

const COPY_ESCAPE = /[\\\t\n\r]/;
/** One line of COPY text format: `\N` for null, backslash escapes for the four special characters. */
export function copyLine(cols: ReadonlyArray<string | number | boolean | null | undefined>): string {
  let out = '';
  for (let i = 0; i < cols.length; i++) {
    const v = cols[i];
    if (i) out += '\t';
    if (v === null || v === undefined) out += '\\N';
    else {
      const s = String(v);
      out += COPY_ESCAPE.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
    }
  }
  return `${out}\n`;
}
