import { AppError } from './errors';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../graphql/request-context';

/**
 * The one place where area scoping is applied in the data layer (first wall; RLS is the
 * second). Every ORM find, QueryBuilder and raw SQL on a scoped table goes through these.
 * They fail closed: no context or no area → error.
 */
export function requirePrefix(ctx: RequestContext | undefined): string {
  const prefix = ctx?.areaPrefix;
  if (!prefix) throw new AppError('SCOPE_MISSING', '当前账号未设置管辖区域，无法访问数据');
  return prefix;
}

/** ORM filter fragment: `{ [field]: { $like: 'prefix%' } }` (empty for system scope). */
export function areaFilter(ctx: RequestContext | undefined, field = 'areaCode'): Record<string, unknown> {
  const prefix = requirePrefix(ctx);
  if (prefix === '*') return {};
  return { [field]: { $like: prefix + '%' } };
}

/** SQL fragment for QueryBuilder/raw SQL: `column like ?` with its parameter. */
export function areaSql(ctx: RequestContext | undefined, column: string): { sql: string; params: string[] } {
  const prefix = requirePrefix(ctx);
  if (prefix === '*') return { sql: 'true', params: [] };
  if (!/^[a-z_."]+$/i.test(column)) throw new Error('invalid column name for scope');
  return { sql: `${column} like ?`, params: [prefix + '%'] };
}

export function isInScope(ctx: RequestContext | undefined, areaCode: string | null | undefined): boolean {
  const prefix = requirePrefix(ctx);
  if (!areaCode) return false;
  return prefix === '*' || areaCode.startsWith(prefix);
}

/** Throws NOT_FOUND (not FORBIDDEN: do not confirm existence) when outside the scope. */
export function assertInScope(ctx: RequestContext | undefined, areaCode: string | null | undefined, what = '记录'): void {
  if (!isInScope(ctx, areaCode)) throw new AppError('NOT_FOUND', `${what}不存在或不在您的管辖范围内`);
}

/**
 * Runs a narrow lookup across every area inside the caller's transaction (e.g. "which village
 * already registered this ID number?"), then restores the caller's scope. Use only for lookups
 * whose result is reduced to what the caller may know; never return rows from it wholesale.
 */
export async function withSystemScope<T>(ctx: RequestContext, em: EntityManager, fn: () => Promise<T>): Promise<T> {
  await em.execute(`select set_config('app.area_prefix', '*', true), set_config('app.detail_scope', '', true)`);
  try {
    return await fn();
  } finally {
    await em.execute(`select set_config('app.area_prefix', ?, true), set_config('app.detail_scope', ?, true)`, [ctx.areaPrefix ?? '', ctx.detailScope]);
  }
}
