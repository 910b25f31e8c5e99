import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { buildAccess, type Access, type Permission } from '../access';
import type { CurrentUserFieldsFragment } from '../gql/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

interface CurrentUserValue {
  user: CurrentUser;
  access: Access;
}

const Ctx = createContext<CurrentUserValue | null>(null);

export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const value = useMemo(() => ({ user, access: buildAccess(user) }), [user]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

function useCtx(): CurrentUserValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useCurrentUser must be used inside <RequireAuth>');
  return v;
}

export function useCurrentUser(): CurrentUser {
  return useCtx().user;
}

export function useAccess(): Access {
  return useCtx().access;
}

/** `const can = useCan(); can('USER_MANAGE')` */
export function useCan(): (permission: Permission | readonly Permission[] | undefined) => boolean {
  return useCtx().access.can;
}
