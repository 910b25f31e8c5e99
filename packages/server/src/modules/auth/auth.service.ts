import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../audit/audit.service';
import { checkPasswordPolicy, hashPassword, PASSWORD_MAX_AGE_DAYS, verifyPassword } from './password';
import { isAdminRole } from './roles';
import { Session } from './session.entity';
import { cookieOptions, newToken, SESSION_COOKIE, tokenHash } from './session-token';
import { loginThrottleOf } from './login-throttle';
import { generateTotpSecret, otpauthUrl, verifyTotp } from './totp';
import { User } from './user.entity';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type LoginStatus = 'OK' | 'MFA_REQUIRED' | 'MFA_SETUP_REQUIRED';

export interface LoginOutcome {
  status: LoginStatus;
  userId: string;
  mfaSetup?: { secret: string; otpauthUrl: string };
}

/** A real scrypt hash of a random string, verified for unknown usernames to equalise timing. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE';

const badCredentials = () => new AppError('UNAUTHENTICATED', `用户名或密码错误（连续 ${MAX_FAILED_LOGINS} 次错误将锁定账号 ${LOCK_MINUTES} 分钟）`);

/**
 * What the operation log keeps of a typed username that matches no account (people type passwords
 * there): its first character and length, and a keyed hash that links repeated attempts — never the text.
 */
function typedUsername(ctx: RequestContext, username: string): { usernameHint: string; usernameKey: string } {
  const chars = [...username];
  return {
    usernameHint: chars.length ? `${chars[0]}…（${chars.length} 个字符）` : '（空）',
    usernameKey: ctx.runtime.fieldCrypto.blindIndex(`login-username:${username.toLowerCase()}`).slice(0, 16),
  };
}

const THROTTLED_BY = { address: '来源地址', username: '用户名' } as const;

function rateLimited(retryAfter: number): AppError {
  return new AppError('RATE_LIMITED', `登录失败次数过多，请 ${retryAfter} 秒后再试`, {
    retryAfter,
    http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
  });
}

const auditAs = (u: User) => ({ id: u.id, name: u.displayName, roles: u.roles, areaCode: u.areaCode });

/** Administrators must use a second factor (等保 level 3); others may opt in. */
export const needsMfa = (u: User) => u.roles.some(isAdminRole) || u.mfaEnabled;

export function passwordExpired(u: User, now = new Date()): boolean {
  return now.getTime() - u.passwordChangedAt.getTime() > PASSWORD_MAX_AGE_DAYS * 86_400_000;
}

/**
 * Password step of login. Failures are counted and logged in their own committed
 * transaction, then the error is thrown; 5 failures lock the account for 15 minutes.
 */
export async function login(ctx: RequestContext, usernameRaw: string, password: string): Promise<LoginOutcome> {
  const username = (usernameRaw ?? '').trim();
  const { config, fieldCrypto } = ctx.runtime;
  // Throttled before any database work or password hashing; one log row when throttling starts.
  const throttle = loginThrottleOf(ctx.runtime);
  const typed = typedUsername(ctx, username);
  const refused = throttle?.check(ctx.ip, typed.usernameKey);
  if (refused) {
    if (refused.first) {
      await recordAudit(ctx, {
        action: 'auth.login_throttled',
        entityType: 'user',
        detail: { by: THROTTLED_BY[refused.by], retryAfter: refused.retryAfter, ...typed },
      });
    }
    throw rateLimited(refused.retryAfter);
  }
  const result = await ctx.tx(async (em): Promise<LoginOutcome | AppError> => {
    const user = await em.findOne(User, { username }, { lockMode: undefined });
    if (!user) {
      // Same work and the same answer as a wrong password: usernames cannot be enumerated.
      await verifyPassword(password ?? '', DUMMY_HASH);
      await recordAudit(ctx, { action: 'auth.login_failed', entityType: 'user', detail: { ...typed, reason: '用户不存在' } });
      return badCredentials();
    }
    await em.execute(`select 1 from app_user where id = ? for update`, [user.id]);
    await em.refresh(user);
    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) {
      await recordAudit(ctx, { action: 'auth.login_failed', entityType: 'user', entityId: user.id, as: auditAs(user), detail: { reason: '账号锁定中' } });
      return lockedError(user.lockedUntil);
    }
    if (!(await verifyPassword(password ?? '', user.passwordHash))) {
      user.failedLogins += 1;
      if (user.failedLogins >= MAX_FAILED_LOGINS) {
        user.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        user.failedLogins = 0;
        await em.flush();
        await recordAudit(ctx, { action: 'auth.locked', entityType: 'user', entityId: user.id, as: auditAs(user), detail: { minutes: LOCK_MINUTES } });
        return lockedError(user.lockedUntil);
      }
      await em.flush();
      await recordAudit(ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        as: auditAs(user),
        detail: { reason: '密码错误', failures: user.failedLogins },
      });
      return badCredentials();
    }
    // Only after the password is proven may the answer reveal that the account exists.
    if (user.disabled) {
      await recordAudit(ctx, { action: 'auth.login_failed', entityType: 'user', entityId: user.id, as: auditAs(user), detail: { reason: '账号已停用' } });
      return new AppError('UNAUTHENTICATED', '账号已停用，请联系系统管理员');
    }
    if (config.env === 'production' && password === config.demoPassword) {
      await recordAudit(ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        as: auditAs(user),
        detail: { reason: '生产模式禁用演示密码' },
      });
      return new AppError('PASSWORD_EXPIRED', '生产模式下不能使用演示密码登录，请由安全管理员重置密码');
    }
    user.failedLogins = 0;
    const mfa = needsMfa(user);
    let mfaSetup: LoginOutcome['mfaSetup'];
    if (mfa && !user.mfaEnabled) {
      const secret = generateTotpSecret();
      user.totpSecretEnc = fieldCrypto.encrypt(secret);
      mfaSetup = { secret, otpauthUrl: otpauthUrl(secret, user.username) };
    }
    if (!mfa) user.lastLoginAt = now;
    await em.flush();
    await startSession(ctx, em, user, mfa);
    await recordAudit(ctx, {
      action: mfa ? 'auth.login_password_ok' : 'auth.login',
      entityType: 'user',
      entityId: user.id,
      as: auditAs(user),
      detail: { mfa: mfa ? (user.mfaEnabled ? '待验证' : '待绑定') : '无需' },
    });
    return { status: !mfa ? 'OK' : user.mfaEnabled ? 'MFA_REQUIRED' : 'MFA_SETUP_REQUIRED', userId: user.id, mfaSetup };
  });
  if (result instanceof AppError) {
    throttle?.failed(ctx.ip, typed.usernameKey);
    throw result;
  }
  return result;
}

function lockedError(until: Date): AppError {
  const hhmm = until.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
  return new AppError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定至 ${hhmm}，请稍后再试或联系安全管理员解锁`, { lockedUntil: until.toISOString() });
}

async function startSession(ctx: RequestContext, em: EntityManager, user: User, mfaPending: boolean): Promise<void> {
  // New session on every login (no fixation); a previous cookie session is revoked.
  if (ctx.sessionToken) {
    await em.execute(`update user_session set revoked_at = now() where id = ? and revoked_at is null`, [tokenHash(ctx.sessionToken)]);
  }
  const token = newToken();
  const now = new Date();
  const s = em.create(Session, {
    id: tokenHash(token),
    user,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ctx.runtime.config.sessionMaxHours * 3_600_000),
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 400) ?? null,
    mfaPending,
  });
  em.persist(s);
  await em.flush();
  ctx.reply?.setCookie(SESSION_COOKIE, token, cookieOptions(ctx.runtime.config.env === 'production'));
}

/** Second step: a TOTP code completes a pending session (and binds the authenticator on first use). */
export async function verifyMfa(ctx: RequestContext, code: string): Promise<LoginOutcome> {
  if (ctx.actor.kind !== 'user' || !ctx.actor.sessionId) throw new AppError('UNAUTHENTICATED', '请先输入用户名和密码');
  if (!ctx.actor.mfaPending) return { status: 'OK', userId: ctx.actor.id! };
  const result = await ctx.tx(async (em): Promise<LoginOutcome | AppError> => {
    await em.execute(`select 1 from app_user where id = ? for update`, [ctx.actor.id]);
    const user = await em.findOneOrFail(User, { id: ctx.actor.id });
    if (user.lockedUntil && user.lockedUntil > new Date()) return lockedError(user.lockedUntil);
    const secret = user.totpSecretEnc ? ctx.runtime.fieldCrypto.decrypt(user.totpSecretEnc) : null;
    const step = secret ? verifyTotp(secret, (code ?? '').trim()) : null;
    if (step === null || (user.totpLastStep && BigInt(user.totpLastStep) >= BigInt(step))) {
      user.failedLogins += 1;
      let err = new AppError('MFA_REQUIRED', '动态验证码错误或已使用，请重新输入');
      if (user.failedLogins >= MAX_FAILED_LOGINS) {
        user.lockedUntil = new Date(Date.now() + LOCK_MINUTES * 60_000);
        user.failedLogins = 0;
        await em.execute(`update user_session set revoked_at = now() where id = ?`, [ctx.actor.sessionId]);
        err = lockedError(user.lockedUntil);
      }
      await em.flush();
      await recordAudit(ctx, { action: 'auth.mfa_failed', entityType: 'user', entityId: user.id });
      return err;
    }
    const firstBinding = !user.mfaEnabled;
    user.totpLastStep = String(step);
    user.mfaEnabled = true;
    user.failedLogins = 0;
    user.lastLoginAt = new Date();
    await em.flush();
    await em.execute(`update user_session set mfa_pending = false, last_seen_at = now() where id = ?`, [ctx.actor.sessionId]);
    if (firstBinding) await recordAudit(ctx, { action: 'auth.mfa_enabled', entityType: 'user', entityId: user.id });
    await recordAudit(ctx, { action: 'auth.login', entityType: 'user', entityId: user.id, detail: { mfa: '已验证' } });
    return { status: 'OK', userId: user.id };
  });
  if (result instanceof AppError) throw result;
  return result;
}

export async function logout(ctx: RequestContext): Promise<boolean> {
  if (ctx.actor.sessionId) {
    await ctx.tx(async (em) => {
      await em.execute(`update user_session set revoked_at = now() where id = ? and revoked_at is null`, [ctx.actor.sessionId]);
      await recordAudit(ctx, { action: 'auth.logout', entityType: 'session' });
    });
  }
  ctx.reply?.clearCookie(SESSION_COOKIE, { path: '/' });
  return true;
}

export async function changePassword(ctx: RequestContext, oldPassword: string, newPassword: string): Promise<boolean> {
  if (ctx.actor.kind !== 'user') throw new AppError('UNAUTHENTICATED', '请先登录');
  const user = await ctx.tx((em) => em.findOneOrFail(User, { id: ctx.actor.id }));
  if (!(await verifyPassword(oldPassword ?? '', user.passwordHash))) throw new AppError('BAD_USER_INPUT', '原密码不正确', { field: 'oldPassword' });
  const policy = checkPasswordPolicy(newPassword ?? '', user.username);
  if (policy) throw new AppError('BAD_USER_INPUT', policy, { field: 'newPassword' });
  if (newPassword === oldPassword) throw new AppError('BAD_USER_INPUT', '新密码不能与原密码相同', { field: 'newPassword' });
  if (ctx.runtime.config.env === 'production' && newPassword === ctx.runtime.config.demoPassword) {
    throw new AppError('BAD_USER_INPUT', '不能使用演示密码', { field: 'newPassword' });
  }
  const hash = await hashPassword(newPassword);
  await ctx.tx(async (em) => {
    const u = await em.findOneOrFail(User, { id: ctx.actor.id });
    u.passwordHash = hash;
    u.passwordChangedAt = new Date();
    u.mustChangePassword = false;
    await em.flush();
    // Other sessions of this user end; the current one stays.
    await em.execute(`update user_session set revoked_at = now() where user_id = ? and id <> ? and revoked_at is null`, [u.id, ctx.actor.sessionId ?? '']);
    await recordAudit(ctx, { action: 'auth.password_changed', entityType: 'user', entityId: u.id });
  });
  return true;
}

/** Starts (or restarts) binding an authenticator for a logged-in user. */
export async function beginMfaSetup(ctx: RequestContext): Promise<{ secret: string; otpauthUrl: string }> {
  if (ctx.actor.kind !== 'user' || ctx.actor.mfaPending) throw new AppError('UNAUTHENTICATED', '请先登录');
  const secret = generateTotpSecret();
  return ctx.tx(async (em) => {
    const u = await em.findOneOrFail(User, { id: ctx.actor.id });
    if (u.mfaEnabled) throw new AppError('CONFLICT', '两步验证已启用；如需更换设备请联系安全管理员重置两步验证');
    u.totpSecretEnc = ctx.runtime.fieldCrypto.encrypt(secret);
    await em.flush();
    return { secret, otpauthUrl: otpauthUrl(secret, u.username) };
  });
}

export async function confirmMfaSetup(ctx: RequestContext, code: string): Promise<boolean> {
  if (ctx.actor.kind !== 'user' || ctx.actor.mfaPending) throw new AppError('UNAUTHENTICATED', '请先登录');
  return ctx.tx(async (em) => {
    const u = await em.findOneOrFail(User, { id: ctx.actor.id });
    const secret = u.totpSecretEnc ? ctx.runtime.fieldCrypto.decrypt(u.totpSecretEnc) : null;
    const step = secret ? verifyTotp(secret, (code ?? '').trim()) : null;
    if (step === null || (u.totpLastStep && BigInt(u.totpLastStep) >= BigInt(step))) {
      throw new AppError('BAD_USER_INPUT', '动态验证码错误或已使用，请核对手机时间后重试', { field: 'code' });
    }
    u.mfaEnabled = true;
    u.totpLastStep = String(step);
    await em.flush();
    await recordAudit(ctx, { action: 'auth.mfa_enabled', entityType: 'user', entityId: u.id });
    return true;
  });
}
