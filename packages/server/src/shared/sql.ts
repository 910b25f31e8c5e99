import type { EntityManager } from '@mikro-orm/postgresql';

/** Columns aliased `at`, `…At` or `…Until` are timestamps. */
const TIMESTAMP_KEY = /^at$|At$|Until$/;

/**
 * Raw SQL returning rows. MikroORM's driver leaves timestamps as PostgreSQL text; this
 * turns the timestamp columns (by alias convention) into Dates, so callers get one shape.
 * Scope: callers pass a `where` built with shared/scope.ts helpers (areaSql).
 */
export async function sqlRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const rows = (await em.execute(sql, params)) as Array<Record<string, unknown>>;
  const platform = em.getPlatform();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      const v = row[key];
      if (typeof v === 'string' && TIMESTAMP_KEY.test(key)) row[key] = platform.parseDate(v);
    }
  }
  return rows as T[];
}
