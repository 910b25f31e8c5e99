import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/request-context';
import { formatCnDateTime } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPage, offsetOf, type PageArgs, type PageResult } from '../../shared/paging';
import { areaSql, assertInScope } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { isAdminRole, ROLE_BY_CODE, touchesAdministrator, validateRoleSet } from '../auth/roles';
import { AdminChangeRequest } from './admin-change.entity';
import { applyMfaReset, applyPasswordReset, applyRoles, checkDepartment, getUser, loadInScope, newPasswordHash, roleNames } from './user.service';

/**
 * Two-person rule for administrators (三权分立): resetting an administrator's password or second
 * factor, or changing roles so that an administrator is concerned, is a request by a security
 * administrator that an administrator of another role confirms — never the requester, never the
 * target. Nothing changes before the confirmation; requests expire; every step is logged; the
 * affected administrator sees the outcome at the next login (securityNotices). ADR 0011.
 */
export const ADMIN_CHANGE_KINDS = { PASSWORD_RESET: '重置密码', MFA_RESET: '重置两步验证', ROLES_SET: '变更角色' } as const;
export type AdminChangeKind = keyof typeof ADMIN_CHANGE_KINDS;
export const ADMIN_CHANGE_STATUSES = {
  PENDING: '待确认',
  CONFIRMED: '已确认生效',
  REJECTED: '已拒绝',
  EXPIRED: '已过期',
  SUPERSEDED: '已被新申请取代',
} as const;
type Status = keyof typeof ADMIN_CHANGE_STATUSES;

interface Row {
  id: string;
  targetUserId: string;
  targetUsername: string;
  targetName: string;
  targetRoles: string[];
  areaCode: string;
  kind: AdminChangeKind;
  roles: string[] | null;
  /** Effective: a pending request past its expiry reads as EXPIRED. */
  status: Status;
  storedStatus: Status;
  requestedBy: string;
  requestedByName: string;
  requestedRole: string;
  requestedAt: Date;
  expiresAt: Date;
  decidedByName: string | null;
  decidedRole: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
}

export interface AdminChangeView extends Row {
  kindName: string;
  statusName: string;
  roleNames: string[] | null;
  targetRoleNames: string[];
  requestedRoleName: string;
  decidedRoleName: string | null;
  /** The viewer may confirm or reject it now. */
  canDecide: boolean;
  /** Why the viewer may not, when pending. */
  cannotDecideReason: string | null;
}

const SELECT = `select c.id, c.target_user_id as "targetUserId", u.username as "targetUsername", u.display_name as "targetName", u.roles as "targetRoles",
  c.area_code as "areaCode", c.kind, c.roles, c.status as "storedStatus",
  case when c.status = 'PENDING' and c.expires_at <= now() then 'EXPIRED' else c.status end as status,
  c.requested_by as "requestedBy", c.requested_by_name as "requestedByName", c.requested_role as "requestedRole", c.requested_at as "requestedAt",
  c.expires_at as "expiresAt", c.decided_by_name as "decidedByName", c.decided_role as "decidedRole", c.decided_at as "decidedAt", c.decision_note as "decisionNote"
  from admin_change_request c join app_user u on u.id = c.target_user_id`;

const roleName = (code: string | null) => (code ? (ROLE_BY_CODE.get(code)?.name ?? (code === 'SYSTEM' ? '系统' : code)) : null);
const actorAdminRole = (ctx: RequestContext) => ctx.actor.roles.find(isAdminRole) ?? null;

/** Why this actor may not decide the request (null: may). */
function refusal(ctx: RequestContext, r: Pick<Row, 'requestedBy' | 'targetUserId' | 'requestedRole'>): string | null {
  const role = actorAdminRole(ctx);
  if (!role) return '只有管理员可以确认或拒绝管理员账号变更';
  if (r.requestedBy === ctx.actor.id) return '不能确认或拒绝自己提交的申请';
  if (r.targetUserId === ctx.actor.id) return '不能确认或拒绝针对自己账号的申请';
  if (role === r.requestedRole) return `须由${roleName(r.requestedRole)}以外的管理员确认（双人复核）`;
  return null;
}

function view(ctx: RequestContext, r: Row): AdminChangeView {
  const why = r.status === 'PENDING' ? refusal(ctx, r) : null;
  return {
    ...r,
    kindName: ADMIN_CHANGE_KINDS[r.kind],
    statusName: ADMIN_CHANGE_STATUSES[r.status],
    roleNames: r.roles ? roleNames(r.roles) : null,
    targetRoleNames: roleNames(r.targetRoles),
    requestedRoleName: roleName(r.requestedRole)!,
    decidedRoleName: roleName(r.decidedRole),
    canDecide: r.status === 'PENDING' && !why,
    cannotDecideReason: why,
  };
}

export interface AdminChangeInput {
  userId: string;
  kind: string;
  newPassword?: string | null;
  roles?: string[] | null;
}

/** A security administrator asks for a change to an administrator account; nothing changes yet. */
export async function requestAdminChange(ctx: RequestContext, input: AdminChangeInput): Promise<AdminChangeView> {
  ctx.require('user.security', '提交管理员账号变更申请');
  const kind = input.kind as AdminChangeKind;
  if (!(kind in ADMIN_CHANGE_KINDS)) throw new AppError('BAD_USER_INPUT', '变更类型只能是重置密码、重置两步验证或变更角色', { field: 'kind' });
  if (input.userId === ctx.actor.id) throw new AppError('FORBIDDEN', '不能为自己的账号提交变更申请');
  if (!ctx.actor.id) throw new AppError('FORBIDDEN', '变更申请须由管理员本人提交');
  const target = await getUser(ctx, input.userId);
  let hash: string | null = null;
  let roles: string[] | null = null;
  if (kind === 'PASSWORD_RESET') hash = await newPasswordHash(target.username, input.newPassword ?? '');
  if (kind === 'ROLES_SET') {
    roles = [...new Set(input.roles ?? [])];
    const err = validateRoleSet(roles);
    if (err) throw new AppError('BAD_USER_INPUT', err, { field: 'roles' });
    await checkDepartment(ctx, target.departmentId, roles);
  }
  if (!touchesAdministrator(target.roles, roles ?? undefined)) {
    throw new AppError('BAD_USER_INPUT', '该账号不是管理员账号，变更无需双人复核，请直接操作', { field: 'userId' });
  }
  const id = await ctx.tx(async (em) => {
    // One pending request per account and kind: a new one replaces the previous (typo in a password …).
    const now = new Date();
    const replaced = await em.find(
      AdminChangeRequest,
      { targetUserId: target.id, kind, status: 'PENDING' },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    for (const old of replaced)
      Object.assign(old, {
        status: old.effectiveStatus(now) === 'EXPIRED' ? 'EXPIRED' : 'SUPERSEDED',
        passwordHash: null,
      } satisfies Partial<AdminChangeRequest>);
    await em.flush(); // before the insert: one pending request per account and kind (unique index)
    const request = em.create(AdminChangeRequest, {
      targetUserId: target.id,
      areaCode: target.areaCode,
      kind,
      roles,
      passwordHash: hash,
      requestedBy: ctx.actor.id!,
      requestedByName: ctx.actor.name.slice(0, 64),
      requestedRole: actorAdminRole(ctx) ?? 'SYSTEM',
      requestedAt: now,
      expiresAt: new Date(now.getTime() + ctx.runtime.config.adminChangeHours * 3_600_000),
    });
    await em.flush();
    await recordAudit(ctx, {
      action: 'admin_change.requested',
      entityType: 'user',
      entityId: target.id,
      detail: { requestId: request.id, kind, roles: roles?.join(','), replaces: replaced.map((r) => r.id).join(',') || undefined },
    });
    return request.id;
  });
  return getAdminChange(ctx, id);
}

/** Confirm (the change takes effect now) or reject a pending request; FORBIDDEN for the requester, the target and the requester's role. */
export async function decideAdminChange(ctx: RequestContext, id: string, approve: boolean, note?: string | null): Promise<AdminChangeView> {
  ctx.require('adminChange.review', approve ? '确认管理员账号变更' : '拒绝管理员账号变更');
  const decisionNote = note?.trim() || null;
  if (decisionNote && decisionNote.length > 200) throw new AppError('BAD_USER_INPUT', '说明不超过 200 字', { field: 'note' });
  const failure = await ctx.tx(async (em): Promise<AppError | null> => {
    // The decision locks the row (one decision); its versioned UPDATE refuses a change committed in between.
    const c = await em.findOne(AdminChangeRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!c) throw new AppError('NOT_FOUND', '变更申请不存在或不在您的管辖范围内');
    assertInScope(ctx, c.areaCode, '变更申请'); // the data-layer wall (RLS is the other)
    const status = c.effectiveStatus(new Date());
    if (status === 'EXPIRED' && c.status === 'PENDING') {
      // Recorded even though the request fails: the expiry is a fact of the log.
      Object.assign(c, { status: 'EXPIRED', passwordHash: null } satisfies Partial<AdminChangeRequest>);
      await em.flush();
      await recordAudit(ctx, { action: 'admin_change.expired', entityType: 'user', entityId: c.targetUserId, detail: { requestId: id, kind: c.kind } });
      return new AppError('INVALID_STATE', `该申请已过期（${ctx.runtime.config.adminChangeHours} 小时内无人确认），未生效；如仍需要请重新提交`);
    }
    if (status !== 'PENDING') throw new AppError('INVALID_STATE', `该申请${ADMIN_CHANGE_STATUSES[status]}，不能再处理`);
    const why = refusal(ctx, c);
    if (why) throw new AppError('FORBIDDEN', why);
    const role = actorAdminRole(ctx)!;
    if (approve) {
      const u = await loadInScope(ctx, c.targetUserId);
      const detail = {
        requestId: id,
        requestedBy: `${c.requestedByName}（${roleName(c.requestedRole)}）`,
        confirmedBy: `${ctx.actor.name}（${roleName(role)}）`,
      };
      if (c.kind === 'PASSWORD_RESET') await applyPasswordReset(ctx, em, u, c.passwordHash!, detail);
      else if (c.kind === 'MFA_RESET') await applyMfaReset(ctx, em, u, detail);
      else {
        const err = validateRoleSet(c.roles!);
        if (err) throw new AppError('BAD_USER_INPUT', err, { field: 'roles' });
        await checkDepartment(ctx, u.department?.id, c.roles!);
        await applyRoles(ctx, em, u, c.roles!, detail);
      }
    }
    Object.assign(c, {
      status: approve ? 'CONFIRMED' : 'REJECTED',
      decidedBy: ctx.actor.id,
      decidedByName: ctx.actor.name.slice(0, 64),
      decidedRole: role,
      decidedAt: new Date(),
      decisionNote,
      passwordHash: null,
    } satisfies Partial<AdminChangeRequest>);
    await em.flush();
    await recordAudit(ctx, {
      action: approve ? 'admin_change.confirmed' : 'admin_change.rejected',
      entityType: 'user',
      entityId: c.targetUserId,
      detail: { requestId: id, kind: c.kind, requestedBy: c.requestedByName, note: decisionNote ?? undefined },
    });
    return null;
  });
  if (failure) throw failure;
  return getAdminChange(ctx, id);
}

export async function getAdminChange(ctx: RequestContext, id: string): Promise<AdminChangeView> {
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'c.area_code');
    const rows = await sqlRows<Row>(em, `${SELECT} where c.id = ? and ${scope.sql}`, [id, ...scope.params]);
    if (!rows.length) throw new AppError('NOT_FOUND', '变更申请不存在或不在您的管辖范围内');
    return view(ctx, rows[0]);
  });
}

/** Requests in the viewer's area, newest first; `pending` → only those still awaiting a decision. */
export async function listAdminChanges(ctx: RequestContext, pending: boolean, pageArgs: Partial<PageArgs>): Promise<PageResult<AdminChangeView>> {
  ctx.require('adminChange.review', '查看管理员账号变更申请');
  const p = checkPage(pageArgs);
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'c.area_code');
    const where = `${scope.sql}${pending ? ` and c.status = 'PENDING' and c.expires_at > now()` : ''}`;
    const rows = await sqlRows<Row & { totalCount: number }>(
      em,
      `${SELECT.replace('select ', 'select count(*) over ()::int as "totalCount", ')} where ${where} order by c.requested_at desc, c.id limit ? offset ?`,
      [...scope.params, p.pageSize, offsetOf(p)],
    );
    return { items: rows.map((r) => view(ctx, r)), total: rows[0]?.totalCount ?? 0, ...p };
  });
}

export interface SecurityNotice {
  id: string;
  kind: AdminChangeKind;
  status: Status;
  message: string;
  at: Date;
}

const SUBJECT: Record<AdminChangeKind, string> = { PASSWORD_RESET: '密码', MFA_RESET: '两步验证', ROLES_SET: '角色' };

function noticeMessage(r: Row): string {
  const change = r.kind === 'ROLES_SET' ? `变更为“${roleNames(r.roles ?? []).join('、')}”` : '重置';
  const by = `${r.requestedByName}（${roleName(r.requestedRole)}）`;
  const decider = `${r.decidedByName}（${roleName(r.decidedRole)}）`;
  const subject = SUBJECT[r.kind];
  if (r.status === 'CONFIRMED') {
    const extra = r.kind === 'MFA_RESET' ? '，须重新绑定身份验证器' : '';
    return `您的${subject}于 ${formatCnDateTime(r.decidedAt!)} ${change}：由${by}申请，经${decider}确认后生效${extra}。如非您知悉的操作，请立即联系审计管理员。`;
  }
  if (r.status === 'REJECTED') return `${by}于 ${formatCnDateTime(r.requestedAt)} 申请将您的${subject}${change}，已被${decider}拒绝，未生效。`;
  return `${by}于 ${formatCnDateTime(r.requestedAt)} 申请将您的${subject}${change}，无人确认，申请已过期，未生效。`;
}

/**
 * What happened to the signed-in administrator's own account since they last acknowledged:
 * confirmed, rejected and expired requests. `userId` is the session's own user (or the one just
 * authenticated by login), so the lookup crosses areas only for that one account.
 */
export async function securityNotices(ctx: RequestContext, userId: string): Promise<SecurityNotice[]> {
  return ctx.asSystem('security-notices', async (em) => {
    const rows = await sqlRows<Row>(
      em,
      `${SELECT} where c.target_user_id = ? and c.notice_seen_at is null
        and (c.status in ('CONFIRMED', 'REJECTED', 'EXPIRED') or (c.status = 'PENDING' and c.expires_at <= now())) order by c.requested_at`,
      [userId],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, status: r.status, message: noticeMessage(r), at: r.decidedAt ?? r.expiresAt }));
  });
}

/** The signed-in user has read their notices; they are not shown again. */
export async function acknowledgeSecurityNotices(ctx: RequestContext): Promise<boolean> {
  if (ctx.actor.kind !== 'user' || !ctx.actor.id) throw new AppError('UNAUTHENTICATED', '请先登录');
  const userId = ctx.actor.id;
  // The log row is the user's own (same transaction: ctx.tx around the system step).
  await ctx.tx(() =>
    ctx.asSystem('security-notices', async (em) => {
      const seen = await sqlRows<{ id: string }>(
        em,
        `update admin_change_request set notice_seen_at = now()
          where target_user_id = ? and notice_seen_at is null and (status <> 'PENDING' or expires_at <= now()) returning id`,
        [userId],
      );
      if (seen.length)
        await recordAudit(ctx, {
          action: 'admin_change.notice_seen',
          entityType: 'user',
          entityId: userId,
          detail: { requestIds: seen.map((s) => s.id).join(',') },
        });
    }),
  );
  return true;
}
