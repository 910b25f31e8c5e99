/**
 * Capabilities of the signed-in user, derived from `me.permissions` (Ant Design Pro's
 * `access.ts`). Menus, routes and buttons ask `can(...)`; the server checks again. Permissions are
 * the schema's `Permission` enum (`HOUSEHOLD_READ`), named by `enumLabel('Permission', …)`.
 */
import type { Permission } from './gql/graphql';
export type { Permission } from './gql/graphql';

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
