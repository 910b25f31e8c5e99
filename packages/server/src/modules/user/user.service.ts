import { areaLevel } from '@xiejiu/rules';
import { sqlRows } from '../../shared/sql';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { checkPage, likeContains, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql, assertInScope, prefixSql } from '../../shared/scope';
import { recordAudit } from '../audit/audit.service';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Area } from '../area/area.entity';
import { areaNames } from '../area/area.service';
import { checkPasswordPolicy, hashPassword } from '../auth/password';
import { isAdminRole, ROLE_BY_CODE, touchesAdministrator, validateRoleSet } from '../auth/roles';
import { INFORMANT_KINDS } from './informant-kinds';
import { User } from '../auth/user.entity';
import { Department } from '../department/department.entity';
import { departmentServes } from '../department/department.service';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  areaCode: string;
  areaName: string | null;
  areaLevel: number;
  departmentId: string | null;
  departmentName: string | null;
  roles: string[];
  informantKind: string | null;
  disabled: boolean;
  lockedUntil: Date | null;
  mfaEnabled: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
  lastLoginAt: Date | null;
  createdAt: Date;
  /** The staff member's mobile, masked (window staff receive 办理 SMS on it; modules/sms). */
  mobileMasked: string | null;
}

const SELECT = `select u.id, u.username, u.display_name as "displayName", u.area_code as "areaCode", a.name as "areaName",
  u.department_id as "departmentId", d.name as "departmentName", u.roles, u.informant_kind as "informantKind", u.disabled, u.locked_until as "lockedUntil",
  u.mfa_enabled as "mfaEnabled", u.must_change_password as "mustChangePassword", u.password_changed_at as "passwordChangedAt",
  u.last_login_at as "lastLoginAt", u.created_at as "createdAt", u.mobile_masked as "mobileMasked"
  from app_user u left join area a on a.code = u.area_code left join department d on d.id = u.department_id`;

const withLevel = (r: Omit<UserRow, 'areaLevel'>): UserRow => ({ ...r, areaLevel: areaLevel(r.areaCode) ?? 0 });

export const roleNames = (roles: string[]) => roles.map((r) => ROLE_BY_CODE.get(r)?.name ?? r);

export interface UserSearch {
  keyword?: string | null;
  areaCode?: string | null;
  role?: string | null;
}

export async function searchUsers(ctx: RequestContext, f: UserSearch, pageArgs: Partial<PageArgs>): Promise<PageResult<UserRow>> {
  ctx.require('user.read', '查看用户');
  const p = checkPage(pageArgs);
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'u.area_code');
    const where = [scope.sql];
    const params: unknown[] = [...scope.params];
    if (f.keyword) {
      where.push('(u.username like ? or u.display_name like ?)');
      params.push(likeContains(f.keyword), likeContains(f.keyword));
    }
    if (f.areaCode) {
      const lvl = areaLevel(f.areaCode);
      if (!lvl) throw new AppError('BAD_USER_INPUT', '区划代码无效', { field: 'areaCode' });
      const area = prefixSql('u.area_code', f.areaCode.slice(0, lvl === 1 ? 6 : lvl === 2 ? 9 : 12));
      where.push(area.sql);
      params.push(...area.params);
    }
    if (f.role) {
      where.push('? = any(u.roles)');
      params.push(f.role);
    }
    const w = where.join(' and ');
    const [{ total }] = await sqlRows<{ total: number }>(em, `select count(*)::int as total from app_user u where ${w}`, params);
    const rows = await sqlRows<Omit<UserRow, 'areaLevel'>>(em, `${SELECT} where ${w} order by u.created_at, u.username limit ? offset ?`, [
      ...params,
      p.pageSize,
      offsetOf(p),
    ]);
    return { items: rows.map(withLevel), total, ...p };
  });
}

/** A user within the actor's area; NOT_FOUND otherwise (existence is not revealed). */
export async function getUser(ctx: RequestContext, id: string): Promise<UserRow> {
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'u.area_code');
    const rows = await sqlRows<Omit<UserRow, 'areaLevel'>>(em, `${SELECT} where u.id = ? and ${scope.sql}`, [id, ...scope.params]);
    if (!rows.length) throw new AppError('NOT_FOUND', '用户不存在或不在您的管辖范围内');
    return withLevel(rows[0]);
  });
}

/**
 * A user's own account (identity lookup, not area-scoped): only for the id of the
 * session's user or the one just authenticated by login.
 */
export async function ownAccount(ctx: RequestContext, userId: string): Promise<UserRow | null> {
  return ctx.tx(async (em) => {
    const rows = await sqlRows<Omit<UserRow, 'areaLevel'>>(
      em,
      `select u.id, u.username, u.display_name as "displayName", u.area_code as "areaCode",
         null as "areaName",
         u.department_id as "departmentId", d.name as "departmentName", u.roles, u.disabled, u.locked_until as "lockedUntil",
         u.mfa_enabled as "mfaEnabled", u.must_change_password as "mustChangePassword", u.password_changed_at as "passwordChangedAt",
         u.last_login_at as "lastLoginAt", u.created_at as "createdAt", u.mobile_masked as "mobileMasked"
       from app_user u left join department d on d.id = u.department_id where u.id = ?`,
      [userId],
    );
    if (!rows.length) return null;
    const row = rows[0];
    // The account's own area: reference data the account may always name, whatever the request's scope.
    const names = await areaNames(ctx, [row.areaCode]);
    return withLevel({ ...row, areaName: names.get(row.areaCode) ?? null });
  });
}

const snapshot = (u: User) => ({
  username: u.username,
  displayName: u.displayName,
  areaCode: u.areaCode,
  departmentId: u.department?.id ?? null,
  roles: u.roles.join(','),
  informantKind: u.informantKind ?? null,
  disabled: u.disabled,
});

/**
 * The 信息员类别 an account may have: required with the role INFORMANT, none without it (BAD_USER_INPUT on
 * `informantKind`). `undefined` = not given (an update that leaves it as it is).
 */
function checkInformantKind(roles: string[], kind: string | null | undefined): string | null {
  const informant = roles.includes('INFORMANT');
  if (kind && !Object.hasOwn(INFORMANT_KINDS, kind)) throw new AppError('BAD_USER_INPUT', '信息员类别不正确', { field: 'informantKind' });
  if (informant && !kind) throw new AppError('BAD_USER_INPUT', '请选择信息员类别（村社民政社保员、村社小组长、志愿者或网格员）', { field: 'informantKind' });
  if (!informant && kind) throw new AppError('BAD_USER_INPUT', '只有信息员账号有信息员类别', { field: 'informantKind' });
  return kind ?? null;
}

async function checkArea(ctx: RequestContext, areaCode: string): Promise<void> {
  if (!areaLevel(areaCode ?? '')) throw new AppError('BAD_USER_INPUT', '请选择有效的所属区划', { field: 'areaCode' });
  assertInScope(ctx, areaCode, '所属区划');
  const exists = await ctx.tx((em) => em.findOne(Area, { code: areaCode }));
  if (!exists) throw new AppError('BAD_USER_INPUT', '所属区划不存在', { field: 'areaCode' });
}

export async function checkDepartment(ctx: RequestContext, departmentId: string | null | undefined, roles: string[]): Promise<Department | null> {
  if (roles.includes('DEPT_OFFICER') && !departmentId) throw new AppError('BAD_USER_INPUT', '部门经办人员必须选择所属部门', { field: 'departmentId' });
  if (!departmentId) return null;
  const d = await ctx.tx((em) => em.findOne(Department, { id: departmentId }));
  if (!d || !departmentServes(ctx, d.areaCode)) throw new AppError('BAD_USER_INPUT', '所属部门不存在', { field: 'departmentId' });
  return d;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  areaCode: string;
  departmentId?: string | null;
  roles: string[];
  informantKind?: string | null;
  password: string;
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<UserRow> {
  ctx.require('user.manage', '新增用户');
  const username = (input.username ?? '').trim();
  const displayName = (input.displayName ?? '').trim();
  if (!/^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/.test(username))
    throw new AppError('BAD_USER_INPUT', '用户名须为 3–32 位字母、数字、下划线、点或横线，以字母开头', { field: 'username' });
  if (!displayName || displayName.length > 32) throw new AppError('BAD_USER_INPUT', '请填写姓名（不超过 32 字）', { field: 'displayName' });
  const roleErr = validateRoleSet(input.roles ?? []);
  if (roleErr) throw new AppError('BAD_USER_INPUT', roleErr, { field: 'roles' });
  if (input.roles.some(isAdminRole) && !ctx.can('user.security')) throw new AppError('FORBIDDEN', '管理员角色须由安全管理员分配（三权分立）');
  const pwErr = checkPasswordPolicy(input.password ?? '', username);
  if (pwErr) throw new AppError('BAD_USER_INPUT', pwErr, { field: 'password' });
  await checkArea(ctx, input.areaCode);
  const dept = await checkDepartment(ctx, input.departmentId, input.roles);
  const informantKind = checkInformantKind(input.roles, input.informantKind);
  const passwordHash = await hashPassword(input.password);
  const id = await ctx.tx(async (em) => {
    if (await em.findOne(User, { username })) throw new AppError('CONFLICT', `用户名 ${username} 已被使用`);
    const u = em.create(User, {
      username,
      displayName,
      passwordHash,
      areaCode: input.areaCode,
      department: dept,
      roles: [...new Set(input.roles)],
      informantKind,
      mustChangePassword: true,
    });
    await em.flush();
    await recordAudit(ctx, { action: 'user.created', entityType: 'user', entityId: u.id, after: snapshot(u) });
    return u.id;
  });
  return getUser(ctx, id);
}

export interface UpdateUserInput {
  displayName?: string | null;
  areaCode?: string | null;
  departmentId?: string | null;
  disabled?: boolean | null;
  informantKind?: string | null;
}

export async function loadInScope(ctx: RequestContext, id: string): Promise<User> {
  await getUser(ctx, id);
  return ctx.tx((em) => em.findOneOrFail(User, { id }, { populate: ['department'] }));
}

export async function updateUser(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserRow> {
  ctx.require('user.manage', '修改用户');
  if (input.areaCode) await checkArea(ctx, input.areaCode);
  await ctx.tx(async (em) => {
    const u = await loadInScope(ctx, id);
    if (u.roles.some(isAdminRole) && id !== ctx.actor.id && ctx.actor.kind !== 'system') {
      throw new AppError('FORBIDDEN', '管理员账号由安全管理员管理，系统管理员不能修改（三权分立）');
    }
    const before = snapshot(u);
    if (input.displayName !== undefined && input.displayName !== null) {
      const n = input.displayName.trim();
      if (!n || n.length > 32) throw new AppError('BAD_USER_INPUT', '请填写姓名（不超过 32 字）', { field: 'displayName' });
      u.displayName = n;
    }
    if (input.areaCode) u.areaCode = input.areaCode;
    if (input.departmentId !== undefined) u.department = await checkDepartment(ctx, input.departmentId, u.roles);
    if (input.informantKind !== undefined && input.informantKind !== null) u.informantKind = checkInformantKind(u.roles, input.informantKind);
    if (input.disabled !== undefined && input.disabled !== null) {
      if (input.disabled && id === ctx.actor.id) throw new AppError('BAD_USER_INPUT', '不能停用自己的账号');
      u.disabled = input.disabled;
      if (u.disabled) await em.execute(`update user_session set revoked_at = now() where user_id = ? and revoked_at is null`, [id]);
    }
    await em.flush();
    await recordAudit(ctx, { action: 'user.updated', entityType: 'user', entityId: id, before, after: snapshot(u) });
  });
  return getUser(ctx, id);
}

/**
 * One-step changes apply to business accounts only; an administrator's password, second factor or
 * roles (or making someone an administrator) go through requestAdminChange and a second
 * administrator's confirmation. The system actor (CLI) is exempt.
 */
function refuseWithoutSecondAdmin(ctx: RequestContext, currentRoles: string[], newRoles?: string[]): void {
  if (ctx.actor.kind !== 'system' && touchesAdministrator(currentRoles, newRoles)) {
    throw new AppError('CONFIRMATION_REQUIRED', '管理员账号的密码、两步验证和角色变更须经另一类管理员确认（双人复核），请提交变更申请');
  }
}

/** Facts recorded with an applied change (the request and both administrators when confirmed). */
export type ChangeDetail = Record<string, unknown> | undefined;

export async function applyRoles(ctx: RequestContext, em: EntityManager, u: User, roles: string[], detail?: ChangeDetail): Promise<void> {
  const before = snapshot(u);
  u.roles = [...new Set(roles)];
  if (!u.roles.includes('INFORMANT')) u.informantKind = null;
  await em.flush();
  // New rights take effect at next login.
  await em.execute(`update user_session set revoked_at = now() where user_id = ? and revoked_at is null`, [u.id]);
  await recordAudit(ctx, { action: 'user.roles_set', entityType: 'user', entityId: u.id, before, after: snapshot(u), detail });
}

export async function applyMfaReset(ctx: RequestContext, em: EntityManager, u: User, detail?: ChangeDetail): Promise<void> {
  u.mfaEnabled = false;
  u.totpSecretEnc = null;
  u.totpLastStep = null;
  await em.flush();
  await em.execute(`update user_session set revoked_at = now() where user_id = ? and revoked_at is null`, [u.id]);
  await recordAudit(ctx, { action: 'user.mfa_reset', entityType: 'user', entityId: u.id, detail });
}

export async function applyPasswordReset(ctx: RequestContext, em: EntityManager, u: User, passwordHash: string, detail?: ChangeDetail): Promise<void> {
  u.passwordHash = passwordHash;
  u.passwordChangedAt = new Date();
  u.mustChangePassword = true;
  u.lockedUntil = null;
  u.failedLogins = 0;
  await em.flush();
  await em.execute(`update user_session set revoked_at = now() where user_id = ? and revoked_at is null`, [u.id]);
  await recordAudit(ctx, { action: 'user.password_reset', entityType: 'user', entityId: u.id, detail });
}

/** `informantKind`: needed when the roles add INFORMANT (an informant keeps theirs unless another is given). */
export async function setUserRoles(ctx: RequestContext, id: string, roles: string[], informantKind?: string | null): Promise<UserRow> {
  ctx.require('user.security', '分配角色');
  if (id === ctx.actor.id) throw new AppError('FORBIDDEN', '不能修改自己的角色');
  const err = validateRoleSet(roles ?? []);
  if (err) throw new AppError('BAD_USER_INPUT', err, { field: 'roles' });
  await ctx.tx(async (em) => {
    const u = await loadInScope(ctx, id);
    refuseWithoutSecondAdmin(ctx, u.roles, roles);
    await checkDepartment(ctx, u.department?.id, roles);
    if (roles.includes('INFORMANT')) u.informantKind = checkInformantKind(roles, informantKind ?? u.informantKind);
    await applyRoles(ctx, em, u, roles);
  });
  return getUser(ctx, id);
}

export async function unlockUser(ctx: RequestContext, id: string): Promise<UserRow> {
  ctx.require('user.security', '解锁账号');
  await ctx.tx(async (em) => {
    const u = await loadInScope(ctx, id);
    u.lockedUntil = null;
    u.failedLogins = 0;
    await em.flush();
    await recordAudit(ctx, { action: 'user.unlocked', entityType: 'user', entityId: id });
  });
  return getUser(ctx, id);
}

/** Clears a user's authenticator (lost phone); an administrator must bind a new one at next login. */
export async function resetUserMfa(ctx: RequestContext, id: string): Promise<UserRow> {
  ctx.require('user.security', '重置两步验证');
  if (id === ctx.actor.id) throw new AppError('FORBIDDEN', '不能重置自己的两步验证');
  await ctx.tx(async (em) => {
    const u = await loadInScope(ctx, id);
    refuseWithoutSecondAdmin(ctx, u.roles);
    await applyMfaReset(ctx, em, u);
  });
  return getUser(ctx, id);
}

export async function resetUserPassword(ctx: RequestContext, id: string, newPassword: string): Promise<boolean> {
  ctx.require('user.security', '重置密码');
  const target = await getUser(ctx, id);
  refuseWithoutSecondAdmin(ctx, target.roles);
  const hash = await newPasswordHash(target.username, newPassword);
  await ctx.tx(async (em) => applyPasswordReset(ctx, em, await loadInScope(ctx, id), hash));
  return true;
}

/** Policy-checked scrypt hash of a password an administrator sets for someone else. */
export async function newPasswordHash(username: string, newPassword: string): Promise<string> {
  const pwErr = checkPasswordPolicy(newPassword ?? '', username);
  if (pwErr) throw new AppError('BAD_USER_INPUT', pwErr, { field: 'newPassword' });
  return hashPassword(newPassword);
}
