import type { AuthChecker } from 'type-graphql';
import { AppError } from '../shared/errors';
import { Permission } from '../modules/auth/permissions';
import type { GqlContext } from './gql-context';

/**
 * One checker for every @Authorized(...) declaration. `public` is open; `mfa.pending`
 * admits a session still awaiting its second factor; anything else needs a full session
 * (or API token) holding every listed permission. Services check again (defence in depth).
 */
export const authChecker: AuthChecker<GqlContext> = ({ context }, permissions) => {
  const ctx = context.ctx;
  if (permissions.includes(Permission.Public)) return true;
  if (permissions.includes(Permission.MfaPending) && ctx.actor.kind === 'user') return true;
  if (!ctx.isAuthenticated) {
    if (ctx.actor.mfaPending) throw new AppError('MFA_REQUIRED', '请先完成两步验证');
    throw new AppError('UNAUTHENTICATED', '请先登录');
  }
  if (ctx.actor.mustChangePassword && !permissions.includes(Permission.PasswordChange)) {
    throw new AppError('PASSWORD_EXPIRED', '请先修改密码（初始密码、重置后的密码或超过 90 天未修改的密码）');
  }
  for (const p of permissions) {
    if (p === Permission.Authenticated || p === Permission.PasswordChange) continue;
    if (!ctx.can(p)) throw new AppError('FORBIDDEN', '您没有执行此操作的权限');
  }
  return true;
};
