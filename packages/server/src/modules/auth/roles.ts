import { Permission, type PermissionCode } from './permissions';

/**
 * Roles of every user type (docs/architecture.md, "Roles and permissions"; the README's role tables are generated from this list by `pnpm cli docs:roles`). The three administrators are separate
 * (三权分立): system (accounts, areas, departments), security (roles, locks, sessions,
 * tokens) and audit (operation log). No user may hold two administrator roles.
 */
export interface RoleDef {
  code: string;
  name: string;
  description: string;
  admin: boolean;
  permissions: PermissionCode[];
}

const STAFF_BASE: PermissionCode[] = [Permission.AreaRead, Permission.DepartmentRead];

/** Village and town windows hold the same permissions; their area code sets the scope. */
const WINDOW_PERMISSIONS: PermissionCode[] = [
  ...STAFF_BASE,
  Permission.HouseholdRead,
  Permission.HouseholdDetail,
  Permission.HouseholdWrite,
  Permission.HouseholdUnmask,
  Permission.HouseholdExport,
  Permission.ApplicationRead,
  Permission.ApplicationWrite,
  Permission.FindingRead,
  Permission.VerificationManage,
  Permission.PublicityRead,
  Permission.PublicityPrint,
  // 协助完善台账: propose changes (decided by another window) and record 帮扶措施.
  Permission.HouseholdPropose,
  // 统计看板 of the window's own town or village (modules/dashboard).
  Permission.DashboardRead,
  // 个案会商: escalate a case to the town or district joint meeting (modules/consultation).
  Permission.ConsultationRaise,
  // 变更事件 (modules/integration): the feed of what the window may read anyway.
  Permission.EventRead,
];

export const ROLES: RoleDef[] = [
  {
    code: 'VILLAGE_WINDOW',
    name: '村社窗口人员',
    description: '登记申请、报告线索、查询和维护本村社家庭台账',
    admin: false,
    permissions: WINDOW_PERMISSIONS,
  },
  {
    code: 'TOWN_WINDOW',
    name: '镇街窗口人员',
    description: '受理与分办转办、统一核查、疑点复核、公示',
    admin: false,
    permissions: [
      ...WINDOW_PERMISSIONS,
      Permission.FindingReview,
      Permission.CrosscheckRun,
      Permission.VerificationApprove,
      // 门户内容: the town's own 受理窗口 on the portal (scope = its town; modules/portal).
      Permission.PortalManage,
      // 绿色通道: 先行救助 to urgent applications of the town (modules/workflow advance-relief.service.ts).
      Permission.ReliefAdvance,
      // 留言: reply to and block the portal messages addressed to the town (modules/portal message.service.ts).
      Permission.PortalMessageReply,
    ],
  },
  {
    code: 'DEPT_OFFICER',
    name: '部门经办人员',
    description: '在时限内办理本部门转办单，维护本部门事项参数，导入本部门名册和比对数据',
    admin: false,
    permissions: [
      ...STAFF_BASE,
      Permission.HouseholdRead,
      Permission.HouseholdDetailInvolved,
      Permission.HouseholdUnmask,
      Permission.HouseholdExport,
      Permission.BenefitManage,
      Permission.ProgramManage,
      Permission.ProgramSimulate,
      Permission.ApplicationRead,
      Permission.ReferralHandle,
      Permission.RosterImport,
      Permission.IdentityMatch,
      Permission.FindingRead,
      // 统一核查: only an officer of the department owning 低保 (民政) starts and drafts (verification.service.ts).
      Permission.VerificationManage,
      Permission.VerificationApprove,
      // 短信记录: only officers of the department owning 低保 (民政) read them (modules/sms).
      Permission.SmsRead,
      Permission.PublicityRead,
      Permission.PublicityPrint,
      // 留言: district officers answer the portal messages of every town (policy questions of their department).
      Permission.PortalMessageReply,
      Permission.DashboardRead,
      // 个案会商 (modules/consultation): escalate a case, handle the tasks the joint meeting assigned to the department.
      Permission.ConsultationRaise,
      Permission.ConsultationTaskHandle,
      // 变更事件 (modules/integration): the feed of what the officer may read anyway.
      Permission.EventRead,
    ],
  },
  {
    code: 'INFORMANT',
    name: '信息员',
    description: '主动发现、报告困难群众，急难情形走绿色通道',
    admin: false,
    permissions: [Permission.AreaRead, Permission.ApplicationPreSubmit, Permission.HouseholdPropose],
  },
  {
    code: 'TOWN_LEADER',
    name: '镇街分管负责人',
    description: '督办本镇街超期和预警事项，审批延期',
    admin: false,
    permissions: [
      ...STAFF_BASE,
      Permission.HouseholdRead,
      Permission.ApplicationRead,
      Permission.ReferralSupervise,
      Permission.FindingRead,
      Permission.PublicityRead,
      // 个案会商: the town's joint meeting (镇街联席会议) — records its meetings and assigns tasks (modules/consultation).
      Permission.ConsultationMeet,
      Permission.EventRead,
      Permission.DashboardRead,
    ],
  },
  {
    code: 'JOINT_MEMBER',
    name: '联席会议成员',
    description: '查看统计看板，对超期事项督办',
    admin: false,
    permissions: [
      ...STAFF_BASE,
      Permission.HouseholdRead,
      Permission.ProgramSimulate,
      Permission.ApplicationRead,
      Permission.ReferralSupervise,
      Permission.FindingRead,
      Permission.PublicityRead,
      // 个案会商: the joint-meeting office records meetings (district, or a town's) and assigns tasks (modules/consultation).
      Permission.ConsultationMeet,
      Permission.EventRead,
      Permission.DashboardRead,
    ],
  },
  {
    code: 'SYS_ADMIN',
    name: '系统管理员',
    description: '管理用户账号、区划、部门、节假日日历、系统设置',
    admin: true,
    permissions: [
      ...STAFF_BASE,
      Permission.AreaManage,
      Permission.DepartmentManage,
      Permission.UserRead,
      Permission.UserManage,
      Permission.CalendarManage,
      Permission.SettingManage,
      Permission.AdminChangeReview,
      Permission.JobSystem,
      Permission.SmsRead,
      Permission.SmsManage,
      Permission.PortalManage,
    ],
  },
  {
    code: 'SEC_ADMIN',
    name: '安全管理员',
    description: '分配角色、解锁账号、重置密码、管理会话与接口令牌',
    admin: true,
    permissions: [...STAFF_BASE, Permission.UserRead, Permission.UserSecurity, Permission.ApiTokenManage, Permission.AdminChangeReview],
  },
  {
    code: 'AUDIT_ADMIN',
    name: '审计管理员',
    description: '查阅和校验操作日志',
    admin: true,
    permissions: [Permission.AreaRead, Permission.AuditRead, Permission.AdminChangeReview],
  },
];

export const ROLE_BY_CODE = new Map(ROLES.map((r) => [r.code, r]));

export function isAdminRole(code: string): boolean {
  return ROLE_BY_CODE.get(code)?.admin === true;
}

export function permissionsOf(roles: string[]): Set<string> {
  const out = new Set<string>();
  for (const r of roles) for (const p of ROLE_BY_CODE.get(r)?.permissions ?? []) out.add(p);
  return out;
}

/** Returns a Chinese error text when a role set is not allowed, else null. */
export function validateRoleSet(roles: string[]): string | null {
  if (roles.length === 0) return '至少需要一个角色';
  for (const r of roles) if (!ROLE_BY_CODE.has(r)) return `未知角色：${r}`;
  if (roles.filter(isAdminRole).length > 1) return '系统、安全、审计管理员须由不同人员担任（三权分立）';
  if (roles.some(isAdminRole) && roles.some((r) => !isAdminRole(r))) return '管理员账号不得兼任业务角色';
  return null;
}

/**
 * Two-person rule: a change to this account's password, second factor or roles needs an
 * administrator of another role to confirm when the account is an administrator, or when the
 * new roles would make it one (modules/user/admin-change.service.ts).
 */
export function touchesAdministrator(currentRoles: readonly string[], newRoles?: readonly string[]): boolean {
  return currentRoles.some(isAdminRole) || (newRoles ?? []).some(isAdminRole);
}
