import { AREA_LEVEL_NAMES, areaLevel, parentAreaCode, type AreaLevel } from '@xiejiu/rules';
import { sqlRows } from '../../shared/sql';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { checkPage, likeContains, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql, assertInScope, prefixSql } from '../../shared/scope';
import { recordAudit } from '../audit/audit.service';
import { Area } from './area.entity';

export interface AreaRow {
  code: string;
  name: string;
  level: number;
  levelName: string;
  parentCode: string | null;
  childCount: number;
}

const SELECT = `select a.code, a.name, a.level, a.parent_code as "parentCode",
  (select count(*)::int from area c where c.parent_code = a.code) as "childCount" from area a`;

const withLevelName = (r: Omit<AreaRow, 'levelName'>): AreaRow => ({ ...r, levelName: AREA_LEVEL_NAMES[r.level as AreaLevel] });

/**
 * Names of areas by code, for labels. Area names are reference data: looked up across every area
 * (a village user's own town row is outside its RLS scope), only for codes the caller already holds.
 */
export async function areaNames(ctx: RequestContext, codes: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(codes)];
  if (!list.length) return new Map();
  const rows = await ctx.asSystem('area-names', (em) => sqlRows<{ code: string; name: string }>(em, `select code, name from area where code in (?)`, [list]));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Children of an area; no parent → the actor's own scope root. */
export async function areaChildren(ctx: RequestContext, parentCode?: string | null): Promise<AreaRow[]> {
  ctx.require('area.read', '查看区划');
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'a.code');
    const rows = parentCode
      ? await em.execute(`${SELECT} where a.parent_code = ? and ${scope.sql} order by a.code`, [parentCode, ...scope.params])
      : await em.execute(`${SELECT} where a.code = ? and ${scope.sql}`, [ctx.actor.areaCode ?? '', ...scope.params]);
    return (rows as Omit<AreaRow, 'levelName'>[]).map(withLevelName);
  });
}

export interface AreaSearch {
  keyword?: string | null;
  parentCode?: string | null;
  level?: number | null;
}

export async function searchAreas(ctx: RequestContext, f: AreaSearch, pageArgs: Partial<PageArgs>): Promise<PageResult<AreaRow>> {
  ctx.require('area.read', '查看区划');
  const p = checkPage(pageArgs);
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'a.code');
    const where = [scope.sql];
    const params: unknown[] = [...scope.params];
    if (f.keyword) {
      const code = /^\d{1,12}$/.test(f.keyword) ? prefixSql('a.code', f.keyword) : { sql: 'false', params: [] };
      where.push(`(a.name like ? or ${code.sql})`);
      params.push(likeContains(f.keyword), ...code.params);
    }
    if (f.parentCode) {
      where.push('a.parent_code = ?');
      params.push(f.parentCode);
    }
    if (f.level) {
      where.push('a.level = ?');
      params.push(f.level);
    }
    const w = where.join(' and ');
    const [{ total }] = await sqlRows<{ total: number }>(em, `select count(*)::int as total from area a where ${w}`, params);
    const rows = await sqlRows<Omit<AreaRow, 'levelName'>>(em, `${SELECT} where ${w} order by a.code limit ? offset ?`, [...params, p.pageSize, offsetOf(p)]);
    return { items: rows.map(withLevelName), total, ...p };
  });
}

export async function getArea(ctx: RequestContext, code: string): Promise<AreaRow> {
  ctx.require('area.read', '查看区划');
  assertInScope(ctx, code, '区划');
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'a.code');
    const rows = await sqlRows<Omit<AreaRow, 'levelName'>>(em, `${SELECT} where a.code = ? and ${scope.sql}`, [code, ...scope.params]);
    if (!rows.length) throw new AppError('NOT_FOUND', '区划不存在或不在您的管辖范围内');
    return withLevelName(rows[0]);
  });
}

function validateName(name: string): string {
  const n = (name ?? '').trim();
  if (!n) throw new AppError('BAD_USER_INPUT', '请填写区划名称', { field: 'name' });
  if (n.length > 50) throw new AppError('BAD_USER_INPUT', '区划名称不能超过 50 个字', { field: 'name' });
  return n;
}

export async function createArea(ctx: RequestContext, input: { code: string; name: string; parentCode?: string | null }): Promise<AreaRow> {
  ctx.require('area.manage', '管理区划');
  const code = (input.code ?? '').trim();
  const level = areaLevel(code);
  if (level === null) throw new AppError('BAD_USER_INPUT', '区划代码须为 12 位数字（区县6位+镇街3位+村社3位）', { field: 'code' });
  const name = validateName(input.name);
  const expectedParent = parentAreaCode(code);
  if ((input.parentCode ?? null) !== expectedParent) {
    throw new AppError('BAD_USER_INPUT', expectedParent ? `该代码的上级区划应为 ${expectedParent}` : '区县级区划没有上级', { field: 'parentCode' });
  }
  if (level === 1 && ctx.areaPrefix !== '*') throw new AppError('FORBIDDEN', '只有系统初始化可以新增区县');
  assertInScope(ctx, code, '上级区划');
  return ctx.tx(async (em) => {
    if (expectedParent && !(await em.findOne(Area, { code: expectedParent }))) throw new AppError('BAD_USER_INPUT', '上级区划不存在', { field: 'parentCode' });
    if (await em.findOne(Area, { code })) throw new AppError('CONFLICT', `区划代码 ${code} 已存在`);
    const area = em.create(Area, { code, name, level, parentCode: expectedParent });
    await em.flush();
    await recordAudit(ctx, { action: 'area.created', entityType: 'area', entityId: code, after: { code, name, level, parentCode: area.parentCode } });
    return getArea(ctx, code);
  });
}

export async function updateArea(ctx: RequestContext, code: string, nameRaw: string): Promise<AreaRow> {
  ctx.require('area.manage', '管理区划');
  assertInScope(ctx, code, '区划');
  const name = validateName(nameRaw);
  return ctx.tx(async (em) => {
    const area = await em.findOne(Area, { code });
    if (!area) throw new AppError('NOT_FOUND', '区划不存在或不在您的管辖范围内');
    const before = { name: area.name };
    area.name = name;
    await em.flush();
    await recordAudit(ctx, { action: 'area.updated', entityType: 'area', entityId: code, before, after: { name } });
    return getArea(ctx, code);
  });
}

export async function deleteArea(ctx: RequestContext, code: string): Promise<boolean> {
  ctx.require('area.manage', '管理区划');
  assertInScope(ctx, code, '区划');
  return ctx.tx(async (em) => {
    const area = await em.findOne(Area, { code });
    if (!area) throw new AppError('NOT_FOUND', '区划不存在或不在您的管辖范围内');
    const [{ n }] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from area where parent_code = ?`, [code]);
    if (n > 0) throw new AppError('CONFLICT', `该区划下还有 ${n} 个下级区划，不能删除`);
    const [refs] = await sqlRows<{ u: number; h: number; d: number; t: number }>(
      em,
      `select (select count(*)::int from app_user where area_code = ?) as u,
              (select count(*)::int from household where area_code = ?) as h,
              (select count(*)::int from department where area_code = ?) as d,
              (select count(*)::int from api_token where area_code = ?) as t`,
      [code, code, code, code],
    );
    const what = [refs.u && `${refs.u} 个用户`, refs.h && `${refs.h} 户家庭`, refs.d && `${refs.d} 个部门`, refs.t && `${refs.t} 个接口令牌`].filter(Boolean);
    if (what.length) throw new AppError('CONFLICT', `该区划下还有${what.join('、')}，不能删除`);
    await em.remove(area).flush();
    await recordAudit(ctx, { action: 'area.deleted', entityType: 'area', entityId: code, before: { code, name: area.name } });
    return true;
  });
}
