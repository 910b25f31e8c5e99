import type { RequestContext } from '../../graphql/request-context';
import { decodeRows, row, text } from '../../db/rows';
import { scopedReadBatch, sqlRows } from '../../shared/sql';
import { AppError } from '../../shared/errors';
import { checkPage, likeContains, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { recordAudit } from '../audit/audit.service';
import { Department } from './department.entity';

/** A department as other modules refer to it (routing by program owner, labels). */
export interface DepartmentRef {
  id: string;
  code: string;
  name: string;
}
const departmentRef = row<DepartmentRef>({ id: text, code: text, name: text });

async function departmentRefs(ctx: RequestContext, where: string, params: unknown[]): Promise<DepartmentRef[]> {
  const [rows] = await scopedReadBatch(ctx, [{ sql: `select id, code, name from department${where}`, params }]);
  return decodeRows(rows, departmentRef, 'department');
}

/**
 * The departments other modules route to and name, by code — the one way to read them from outside this
 * module. In the caller's transaction when one is open (`ctx.tx`), else one round trip.
 */
export async function departmentsByCode(ctx: RequestContext): Promise<Map<string, DepartmentRef>> {
  return new Map((await departmentRefs(ctx, '', [])).map((d) => [d.code, d]));
}

export async function departmentByCode(ctx: RequestContext, code: string): Promise<DepartmentRef | null> {
  return (await departmentRefs(ctx, ' where code = ?', [code]))[0] ?? null;
}

export async function departmentById(ctx: RequestContext, id: string): Promise<DepartmentRef | null> {
  return (await departmentRefs(ctx, ' where id = ?', [id]))[0] ?? null;
}

export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  shortName: string;
  areaCode: string;
  userCount: number;
  createdAt: Date;
}

const SELECT = `select d.id, d.code, d.name, d.short_name as "shortName", d.area_code as "areaCode", d.created_at as "createdAt",
  (select count(*)::int from app_user u where u.department_id = d.id) as "userCount" from department d`;

/**
 * Departments are district-wide reference data: every staff member may read the list of
 * departments serving their district (the department's area is an ancestor of, or inside, their scope).
 */
function visibility(ctx: RequestContext): { sql: string; params: unknown[] } {
  const prefix = ctx.areaPrefix;
  if (!prefix) throw new AppError('SCOPE_MISSING', '当前账号未设置管辖区域，无法访问数据');
  if (prefix === '*') return { sql: 'true', params: [] };
  return { sql: `(d.area_code like ? or ? like substr(d.area_code, 1, 6) || '%')`, params: [`${prefix}%`, prefix] };
}

/** True when a department (by its district code) serves the actor's area. */
export function departmentServes(ctx: RequestContext, departmentAreaCode: string): boolean {
  const prefix = ctx.areaPrefix;
  if (!prefix) return false;
  return prefix === '*' || departmentAreaCode.startsWith(prefix) || prefix.startsWith(departmentAreaCode.slice(0, 6));
}

export async function searchDepartments(
  ctx: RequestContext,
  keyword: string | null | undefined,
  pageArgs: Partial<PageArgs>,
): Promise<PageResult<DepartmentRow>> {
  ctx.require('department.read', '查看部门');
  const p = checkPage(pageArgs);
  return ctx.tx(async (em) => {
    const v = visibility(ctx);
    const where = [v.sql];
    const params = [...v.params];
    if (keyword) {
      where.push('(d.name like ? or d.code like ? or d.short_name like ?)');
      params.push(likeContains(keyword), likeContains(keyword), likeContains(keyword));
    }
    const w = where.join(' and ');
    const [{ total }] = await sqlRows<{ total: number }>(em, `select count(*)::int as total from department d where ${w}`, params);
    const items = await sqlRows<DepartmentRow>(em, `${SELECT} where ${w} order by d.code limit ? offset ?`, [...params, p.pageSize, offsetOf(p)]);
    return { items, total, ...p };
  });
}

export async function getDepartment(ctx: RequestContext, id: string): Promise<DepartmentRow> {
  return ctx.tx(async (em) => {
    const v = visibility(ctx);
    const rows = await sqlRows<DepartmentRow>(em, `${SELECT} where d.id = ? and ${v.sql}`, [id, ...v.params]);
    if (!rows.length) throw new AppError('NOT_FOUND', '部门不存在');
    return rows[0];
  });
}

export interface DepartmentInput {
  code: string;
  name: string;
  shortName: string;
}

function validate(input: DepartmentInput): DepartmentInput {
  const code = (input.code ?? '').trim().toUpperCase();
  const name = (input.name ?? '').trim();
  const shortName = (input.shortName ?? '').trim();
  if (!/^[A-Z][A-Z0-9_]{1,31}$/.test(code)) throw new AppError('BAD_USER_INPUT', '部门代码须为 2–32 位大写字母、数字或下划线，以字母开头', { field: 'code' });
  if (!name || name.length > 50) throw new AppError('BAD_USER_INPUT', '请填写部门名称（不超过 50 字）', { field: 'name' });
  if (!shortName || shortName.length > 10) throw new AppError('BAD_USER_INPUT', '请填写部门简称（不超过 10 字）', { field: 'shortName' });
  return { code, name, shortName };
}

/** New departments serve the administrator's own district. */
export async function createDepartment(ctx: RequestContext, input: DepartmentInput): Promise<DepartmentRow> {
  ctx.require('department.manage', '管理部门');
  const v = validate(input);
  const prefix = ctx.areaPrefix;
  if (!prefix || (prefix !== '*' && prefix.length !== 6)) throw new AppError('FORBIDDEN', '只有区县级管理员可以新增部门');
  const areaCode = prefix === '*' ? (ctx.actor.areaCode ?? '') : `${prefix}000000`;
  return ctx.tx(async (em) => {
    if (await em.findOne(Department, { code: v.code })) throw new AppError('CONFLICT', `部门代码 ${v.code} 已存在`);
    const d = em.create(Department, { ...v, areaCode });
    await em.flush();
    await recordAudit(ctx, { action: 'department.created', entityType: 'department', entityId: d.id, after: { ...v, areaCode } });
    return getDepartment(ctx, d.id);
  });
}

export async function updateDepartment(ctx: RequestContext, id: string, input: DepartmentInput): Promise<DepartmentRow> {
  ctx.require('department.manage', '管理部门');
  const v = validate(input);
  return ctx.tx(async (em) => {
    await getDepartment(ctx, id);
    const d = await em.findOneOrFail(Department, { id });
    const before = { code: d.code, name: d.name, shortName: d.shortName };
    if (v.code !== d.code && (await em.findOne(Department, { code: v.code }))) throw new AppError('CONFLICT', `部门代码 ${v.code} 已存在`);
    Object.assign(d, v);
    await em.flush();
    await recordAudit(ctx, { action: 'department.updated', entityType: 'department', entityId: id, before, after: { ...v } });
    return getDepartment(ctx, id);
  });
}
