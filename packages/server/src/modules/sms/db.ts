import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { sqlRows } from '../../shared/sql';

/**
 * The little the delivery needs from the database: transactions of `?`-parameterised SQL under the system's
 * scope. The job builds it from its context (`ctxDb`); the R2 kill-trial child from a plain `pg` pool, so it
 * starts in a fraction of the server's time.
 */
export type SqlFn = <R = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>;

export interface SmsDb {
  tx<T>(fn: (sql: SqlFn) => Promise<T>): Promise<T>;
}

/** Through `sqlRows`: timestamp columns (aliases `…At`, `…Until`) come back as Dates, as from `pg` itself. */
export const emSql =
  (em: EntityManager): SqlFn =>
  <R>(sql: string, params: unknown[] = []) =>
    sqlRows<R>(em, sql, params);

export function ctxDb(ctx: RequestContext): SmsDb {
  return { tx: (fn) => ctx.tx((em) => fn(emSql(em))) };
}

/** `?` placeholders → `$1…` (the SQL of this module uses no `?` operator). */
export function toPgParams(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}
