import { GraphQLError } from 'graphql';

/** Stable error codes for integrators; messages are Chinese for users. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The record is not in a state that allows the operation (e.g. deciding a referral not yet signed for). */
  | 'INVALID_STATE'
  | 'ACCOUNT_LOCKED'
  /** An administrator's credentials or roles change only through a request another administrator confirms. */
  | 'CONFIRMATION_REQUIRED'
  /** Too many requests or failed logins from one address, username or token; `retryAfter` seconds. */
  | 'RATE_LIMITED'
  | 'MFA_REQUIRED'
  | 'PASSWORD_EXPIRED'
  | 'SCOPE_MISSING'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', '请先登录');
export const forbidden = (what = '执行此操作') => new AppError('FORBIDDEN', `您没有权限${what}`);
export const badInput = (message: string, field?: string) => new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或不在您的管辖范围内`);
export const conflict = (message: string) => new AppError('CONFLICT', message);

/** A required free-text input, trimmed: BAD_USER_INPUT 请填写… when empty, …不超过 N 字 when too long. */
export function requiredText(value: string | null | undefined, field: string, what: string, max = 500): string {
  const v = value?.trim();
  if (!v) throw new AppError('BAD_USER_INPUT', `请填写${what}`, { field });
  if (v.length > max) throw new AppError('BAD_USER_INPUT', `${what}不超过 ${max} 字`, { field });
  return v;
}
