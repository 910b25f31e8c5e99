/**
 * Capabilities of the signed-in user, derived from `me.permissions` (Ant Design Pro's
 * `access.ts`). Menus, routes and buttons ask `can(...)`; the server checks again.
 */
export type Permission =
  | 'area.read'
  | 'area.manage'
  | 'department.read'
  | 'department.manage'
  | 'user.read'
  | 'user.manage'
  | 'user.security'
  | 'apiToken.manage'
  | 'audit.read'
  | 'household.read'
  | 'household.detail'
  | 'household.detailInvolved'
  | 'household.write'
  | 'household.unmask'
  | 'household.export'
  | 'benefit.manage'
  | 'program.manage'
  | 'program.simulate'
  | 'calendar.manage'
  | 'setting.manage'
  | 'application.read'
  | 'application.write'
  | 'application.preSubmit'
  | 'referral.handle'
  | 'referral.supervise'
  | 'adminChange.review'
  | 'reference.push'
  | 'job.system';

export interface Access {
  /** `undefined` means "any signed-in user"; a list means "any of these". */
  can(permission: Permission | readonly Permission[] | undefined): boolean;
  readonly permissions: readonly string[];
}

export function buildAccess(user: { permissions: readonly string[]; roles?: readonly string[] } | null | undefined): Access {
  const granted = new Set(user?.permissions ?? []);
  return {
    can: (permission) =>
      !!user && (permission === undefined || (typeof permission === 'string' ? granted.has(permission) : permission.some((p) => granted.has(p)))),
    permissions: [...granted],
  };
}
