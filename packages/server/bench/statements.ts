import path from 'node:path';

/**
 * Counts SQL statements sent to PostgreSQL by this process, at the lowest level: every
 * copy of node-postgres' `Client.prototype.query` in the dependency tree (MikroORM/knex and
 * the app's own `pg` may resolve to different versions) is wrapped. Nothing can bypass it:
 * ORM queries, QueryBuilder, raw `em.execute`, transactions (begin/commit) and session
 * setup (set_config) all count. Only the SQL text's first words are kept (no parameters).
 */
export interface StatementLog {
  count: number;
  /** First 100 characters of each statement while recording. */
  texts: string[] | null;
}

export const statements: StatementLog = { count: 0, texts: null };

export function pgCopies(): string[] {
  const roots = [__dirname, path.dirname(require.resolve('@mikro-orm/postgresql'))];
  const found = new Set<string>();
  for (const root of roots) {
    try {
      found.add(require.resolve('pg', { paths: [root] }));
    } catch {
      /* not resolvable from here */
    }
    // knex (under @mikro-orm/knex) loads its own `pg`.
    try {
      const knexDir = path.dirname(require.resolve('knex', { paths: [path.dirname(require.resolve('@mikro-orm/knex', { paths: [root] }))] }));
      found.add(require.resolve('pg', { paths: [knexDir] }));
    } catch {
      /* no knex here */
    }
  }
  return [...found];
}

let installed = false;

/** Wraps every resolvable `pg` copy; returns the module paths wrapped. */
export function installStatementCounter(): string[] {
  const copies = pgCopies();
  if (installed) return copies;
  installed = true;
  const seen = new Set<unknown>();
  for (const file of copies) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pg = require(file);
    const proto = pg.Client.prototype;
    if (seen.has(proto)) continue;
    seen.add(proto);
    const original = proto.query;
    proto.query = function countedQuery(this: unknown, config: unknown, ...rest: unknown[]) {
      statements.count++;
      if (statements.texts) {
        const text = typeof config === 'string' ? config : ((config as { text?: string } | null)?.text ?? '(stream)');
        statements.texts.push(text.replace(/\s+/g, ' ').slice(0, 100));
      }
      return original.call(this, config, ...rest);
    };
  }
  return copies;
}
