import type { EntityManager } from '@mikro-orm/postgresql';
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

/**
 * Read-only statements in ONE round trip: the scope settings and the statements go to
 * PostgreSQL as one multi-statement query, which runs as a single implicit transaction, so the
 * transaction-local settings (and RLS) apply to every statement and an error rolls all back.
 * For hot list pages (P3): each round trip is a socket write, the dominant cost in profiles.
 * Inside an open ctx.tx it simply runs the statements in that transaction.
 */
export async function scopedReadBatch(ctx: RequestContext, statements: Array<{ sql: string; params: unknown[] }>): Promise<Array<Array<Record<string, unknown>>>> {
  if (ctx.inTransaction) {
    return ctx.tx(async (em) => {
      const out: Array<Array<Record<string, unknown>>> = [];
      for (const s of statements) out.push(await sqlRows(em, s.sql, s.params));
      return out;
    });
  }
  const em = ctx.em;
  const platform = em.getPlatform();
  const settings = ctx.scopeSettings();
  const text = [settings, ...statements].map((s) => platform.formatQuery(s.sql, s.params)).join(';\n');
  const res = (await em.getConnection().getKnex().raw(text)) as unknown as Array<{ rows: Array<Record<string, unknown>> }>;
  return res.slice(1).map((r) => normalise(em, r.rows));
}
