import { AppError } from './errors';
import type { RequestContext } from '../graphql/request-context';

/**
 * The one place where area scoping is applied in the data layer (first wall; RLS is the
 * second). Every ORM find, QueryBuilder and raw SQL on a scoped table goes through these.
 * They fail closed: no context or no area → error. A step beyond the actor's scope runs through
 * `ctx.asSystem(reason, fn)` (graphql/request-context.ts), never by changing the settings here.
 */
export function requirePrefix(ctx: RequestContext | undefined): string {
  const prefix = ctx?.areaPrefix;
  if (!prefix) throw new AppError('SCOPE_MISSING', '当前账号未设置管辖区域，无法访问数据');
  return prefix;
}

/** SQL fragment for QueryBuilder/raw SQL: the column lies in the actor's area prefix. */
export function areaSql(ctx: RequestContext | undefined, column: string): { sql: string; params: string[] } {
  const prefix = requirePrefix(ctx);
  if (prefix === '*') return { sql: 'true', params: [] };
  return prefixSql(column, prefix);
}

/**
 * `column starts with prefix` as a range (col >= p and col < p⁺). Under row-level security only
 * leakproof operators may use an index, and LIKE is not leakproof while < and >= are: a LIKE
 * prefix would scan the whole table behind the policy.
 */
export function prefixSql(column: string, prefix: string): { sql: string; params: string[] } {
  if (!/^[a-z_."]+$/i.test(column)) throw new Error('invalid column name for prefix');
  const upper = prefixUpperBound(prefix);
  if (upper === null) return { sql: `${column} >= ?`, params: [prefix] };
  return { sql: `(${column} >= ? and ${column} < ?)`, params: [prefix, upper] };
}

/**
 * The smallest string greater than every string starting with `prefix`. Digit prefixes stay
 * digits ('500199' → '5002') so the bound holds under any collation; other text increments
 * its last code point (meant for C-collated columns).
 */
export function prefixUpperBound(prefix: string): string | null {
  if (!prefix) return null;
  if (/^\d+$/.test(prefix)) {
    const i = prefix.search(/9*$/);
    if (i === 0) return null;
    return prefix.slice(0, i - 1) + String(Number(prefix[i - 1]) + 1);
  }
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  // U+10FFFF has no successor: every string starting with the shorter prefix is then bounded by its bound.
  if (last >= 0x10ffff) return prefixUpperBound(chars.join(''));
  // Skip the surrogate block (not valid text): after U+D7FF comes U+E000.
  return chars.join('') + String.fromCodePoint(last === 0xd7ff ? 0xe000 : last + 1);
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
 * Department work scope: an integrator token acts as its department's system and reads only that
 * department's referrals (and applications holding one); staff read every referral of their area.
 * `column` is a referral's department_id. A token without a department sees none (fails closed).
 */
export function ownDepartmentSql(ctx: RequestContext, column: string): { sql: string; params: string[] } {
  if (ctx.actor.kind !== 'token') return { sql: 'true', params: [] };
  if (!/^[a-z_."]+$/i.test(column)) throw new Error('invalid column name for department scope');
  return ctx.departmentId ? { sql: `${column} = ?`, params: [ctx.departmentId] } : { sql: 'false', params: [] };
}
