/**
 * Readable permission names, declared on every resolver with @Authorized(...).
 * `public` marks the few operations open without a session (login, me).
 */
export const Permission = {
  Public: 'public',
  /** Any authenticated session (including a pending-MFA one is NOT enough). */
  Authenticated: 'authenticated',
  /** Allowed while a session still awaits its second factor. */
  MfaPending: 'mfa.pending',
  AreaRead: 'area.read',
  AreaManage: 'area.manage',
  DepartmentRead: 'department.read',
  DepartmentManage: 'department.manage',
  UserRead: 'user.read',
  UserManage: 'user.manage',
  UserSecurity: 'user.security',
  ApiTokenManage: 'apiToken.manage',
  AuditRead: 'audit.read',
} as const;

export type PermissionCode = (typeof Permission)[keyof typeof Permission];

/** Chinese names shown in the console. */
export const PERMISSION_NAMES: Record<string, string> = {
  'area.read': '查看区划',
  'area.manage': '管理区划',
  'department.read': '查看部门',
  'department.manage': '管理部门',
  'user.read': '查看用户',
  'user.manage': '管理用户账号',
  'user.security': '安全管理（角色分配、解锁、重置密码、会话）',
  'apiToken.manage': '管理接口令牌',
  'audit.read': '查阅操作日志',
};
