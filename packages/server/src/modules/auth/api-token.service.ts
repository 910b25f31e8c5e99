import type { RequestContext } from '../../graphql/request-context';
import { sqlRows } from '../../shared/sql';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql, assertInScope } from '../../shared/scope';
import { recordAudit } from '../audit/audit.service';
import { Department } from '../department/department.entity';
import { departmentServes } from '../department/department.service';
import { ApiToken } from './api-token.entity';
import { API_TOKEN_PREFIX, newToken, tokenHash } from './session-token';
import { permissionsOfScopes, SCOPE_BY_CODE, TOKEN_SCOPES } from './token-scopes';

export interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  departmentId: string | null;
  departmentName: string | null;
  areaCode: string;
  scopes: string[];
  /** Derived from the scopes (token-scopes.ts). */
  permissions: string[];
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

const SELECT = `select t.id, t.name, t.prefix, t.department_id as "departmentId", d.name as "departmentName", t.area_code as "areaCode",
  t.scopes, t.expires_at as "expiresAt", t.revoked_at as "revokedAt", t.last_used_at as "lastUsedAt", t.created_at as "createdAt"
  from api_token t left join department d on d.id = t.department_id`;

const withPermissions = (r: Omit<ApiTokenRow, 'permissions'>): ApiTokenRow => ({ ...r, permissions: [...permissionsOfScopes(r.scopes)].sort() });

export async function listApiTokens(ctx: RequestContext, pageArgs: Partial<PageArgs>): Promise<PageResult<ApiTokenRow>> {
  ctx.require('apiToken.manage', '管理接口令牌');
  const p = checkPage(pageArgs);
  return ctx.tx(async (em) => {
    const s = areaSql(ctx, 't.area_code');
    const [{ total }] = await sqlRows<{ total: number }>(em, `select count(*)::int as total from api_token t where ${s.sql}`, s.params);
    const items = await sqlRows<Omit<ApiTokenRow, 'permissions'>>(em, `${SELECT} where ${s.sql} order by t.created_at desc limit ? offset ?`, [
      ...s.params,
      p.pageSize,
      offsetOf(p),
    ]);
    return { items: items.map(withPermissions), total, ...p };
  });
}

export interface ApiTokenInput {
  name: string;
  departmentId?: string | null;
  areaCode: string;
  scopes: string[];
  expiresAt: Date;
}

/** Checks the requested scopes: known names only, and a department where a scope acts for one. */
function checkScopes(scopes: string[], departmentId: string | null | undefined): void {
  if (!scopes.length) throw new AppError('BAD_USER_INPUT', '请至少选择一项权限范围', { field: 'scopes' });
  for (const s of scopes) {
    const def = SCOPE_BY_CODE.get(s);
    if (!def) {
      const names = TOKEN_SCOPES.map((d) => d.name).join('、');
      throw new AppError('BAD_USER_INPUT', `“${s}”不是接口令牌的权限范围；令牌只能授予：${names}（管理和配置类权限不授予令牌）`, { field: 'scopes' });
    }
    if (def.needsDepartment && !departmentId) throw new AppError('BAD_USER_INPUT', `“${def.name}”须指定令牌所属部门`, { field: 'departmentId' });
  }
}

/** Creates a token; the plaintext is returned once and only its SM3 hash is stored. */
export async function createApiToken(ctx: RequestContext, input: ApiTokenInput): Promise<{ token: string; apiToken: ApiTokenRow }> {
  ctx.require('apiToken.manage', '管理接口令牌');
  const name = (input.name ?? '').trim();
  if (!name || name.length > 50) throw new AppError('BAD_USER_INPUT', '请填写令牌名称（不超过 50 字）', { field: 'name' });
  assertInScope(ctx, input.areaCode, '授权区域');
  const scopes = [...new Set(input.scopes ?? [])];
  checkScopes(scopes, input.departmentId);
  const expiresAt = new Date(input.expiresAt);
  const now = Date.now();
  if (!(expiresAt.getTime() > now)) throw new AppError('BAD_USER_INPUT', '有效期须晚于当前时间', { field: 'expiresAt' });
  if (expiresAt.getTime() - now > 366 * 86_400_000) throw new AppError('BAD_USER_INPUT', '有效期不能超过一年', { field: 'expiresAt' });
  const token = API_TOKEN_PREFIX + newToken(30);
  const id = await ctx.tx(async (em) => {
    const dept = input.departmentId ? await em.findOne(Department, { id: input.departmentId }) : null;
    if (input.departmentId && (!dept || !departmentServes(ctx, dept.areaCode)))
      throw new AppError('BAD_USER_INPUT', '所属部门不存在', { field: 'departmentId' });
    const t = em.create(ApiToken, {
      name,
      prefix: token.slice(0, 10),
      tokenHash: tokenHash(token),
      department: dept,
      areaCode: input.areaCode,
      scopes,
      expiresAt,
      createdBy: ctx.actor.id ?? '00000000-0000-0000-0000-000000000000',
    });
    await em.flush();
    await recordAudit(ctx, {
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: t.id,
      after: { name, areaCode: input.areaCode, departmentId: dept?.id ?? null, scopes: scopes.join(','), expiresAt },
    });
    return t.id;
  });
  const row = await ctx.tx(async (em) => await sqlRows<Omit<ApiTokenRow, 'permissions'>>(em, `${SELECT} where t.id = ?`, [id]));
  return { token, apiToken: withPermissions(row[0]) };
}

export async function revokeApiToken(ctx: RequestContext, id: string): Promise<boolean> {
  ctx.require('apiToken.manage', '管理接口令牌');
  return ctx.tx(async (em) => {
    const t = await em.findOne(ApiToken, { id });
    if (!t) throw new AppError('NOT_FOUND', '令牌不存在');
    assertInScope(ctx, t.areaCode, '令牌');
    if (!t.revokedAt) {
      t.revokedAt = new Date();
      await em.flush();
      await recordAudit(ctx, { action: 'api_token.revoked', entityType: 'api_token', entityId: id });
    }
    return true;
  });
}
