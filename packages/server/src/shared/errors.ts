import { OptimisticLockError } from '@mikro-orm/core';
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
  /** 重复救: the household or member already receives, or has pending, what is requested (records in `extensions.duplicates`). */
  | 'DUPLICATE_ASSISTANCE'
  /** 统一核查: the household has no valid 家庭经济状况核对授权书 (signed, not expired, not revoked). */
  | 'AUTHORISATION_REQUIRED'
  /** Maker-checker: the user who drafted a verification's conclusion cannot approve it. */
  | 'MAKER_CHECKER'
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

/** HTTP status of each code on the REST routes (GraphQL answers 200 with the code in `extensions`). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  DUPLICATE_ASSISTANCE: 409,
  AUTHORISATION_REQUIRED: 409,
  MAKER_CHECKER: 403,
  CONFIRMATION_REQUIRED: 409,
  RATE_LIMITED: 429,
  ACCOUNT_LOCKED: 423,
  MFA_REQUIRED: 401,
  PASSWORD_EXPIRED: 403,
  SCOPE_MISSING: 403,
  TIMEOUT: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Chinese description of each code: the `ErrorCode` enum of the schema (graphql/enums.ts). */
export const ERROR_CODE_NAMES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '未登录或登录已失效',
  FORBIDDEN: '没有权限或不在管辖范围内',
  BAD_USER_INPUT: '输入有误（extensions.field 指出字段）',
  NOT_FOUND: '记录不存在或不在管辖范围内',
  CONFLICT: '记录已被他人修改或与已有记录冲突，请刷新后重试',
  INVALID_STATE: '记录当前的状态不允许此操作',
  DUPLICATE_ASSISTANCE: '重复救助：该户或成员已享受或正在申请同一事项（extensions.duplicates 列出已有记录）',
  AUTHORISATION_REQUIRED: '该户没有有效的家庭经济状况核对授权书，不能发起核查',
  MAKER_CHECKER: '起草人不能复核本人起草的核查结论（双人复核）',
  ACCOUNT_LOCKED: '账号已锁定',
  CONFIRMATION_REQUIRED: '管理员账号的变更须经另一类管理员确认',
  RATE_LIMITED: '请求或登录失败次数过多，请稍后再试（retryAfter 秒）',
  MFA_REQUIRED: '须完成两步验证',
  PASSWORD_EXPIRED: '须先修改密码',
  SCOPE_MISSING: '接口令牌缺少所需的权限范围',
  TIMEOUT: '处理超时，请稍后再试',
  INTERNAL_SERVER_ERROR: '系统内部错误',
};

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

/**
 * Database errors that only bad input can cause (SQLSTATE → code and Chinese message). Services
 * validate first, naming the field; this is the safety net for whatever slipped through, so a
 * client mistake never becomes a 500. Class 22 is "data exception", class 23 "integrity".
 */
const DATABASE_INPUT_ERRORS: Record<string, [ErrorCode, string]> = {
  '22001': ['BAD_USER_INPUT', '输入的内容超过长度限制'],
  '22003': ['BAD_USER_INPUT', '输入的数值超出允许范围'],
  '22007': ['BAD_USER_INPUT', '日期或时间格式不正确'],
  '22008': ['BAD_USER_INPUT', '日期或时间不存在或超出范围'],
  '22021': ['BAD_USER_INPUT', '输入的内容含有无法保存的字符'],
  '22P05': ['BAD_USER_INPUT', '输入的内容含有无法保存的字符'],
  '22P02': ['BAD_USER_INPUT', '编号或数值格式不正确，记录不存在'],
  '22025': ['BAD_USER_INPUT', '查询条件含有无效的转义字符'],
  '2201B': ['BAD_USER_INPUT', '查询条件格式不正确'],
  '23502': ['BAD_USER_INPUT', '缺少必填的内容'],
  '23503': ['BAD_USER_INPUT', '引用的记录不存在或已被删除'],
  '23514': ['BAD_USER_INPUT', '输入的内容不符合规则'],
  '23505': ['CONFLICT', '数据重复：已存在相同的记录'],
  '23P01': ['CONFLICT', '与已有记录冲突'],
  '40001': ['CONFLICT', '数据正被他人同时修改，请稍后重试'],
  '40P01': ['CONFLICT', '数据正被他人同时修改，请稍后重试'],
  '54000': ['BAD_USER_INPUT', '输入的内容过长'],
  '57014': ['TIMEOUT', '查询超时，请缩小查询范围后重试'],
};

/** SQLSTATE of a PostgreSQL error, raw (`pg`) or wrapped by MikroORM (DriverException keeps `code`). */
export function sqlStateOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * The typed client error a thrown value stands for: an AppError as it is; a stale optimistic lock
 * as CONFLICT; a database error that only input can cause as BAD_USER_INPUT / CONFLICT / TIMEOUT
 * (flagged `fromDatabase`, so it can be logged as a missing validation). Null for everything else:
 * that is an internal error.
 */
export function asClientError(err: unknown): (AppError & { fromDatabase?: boolean }) | null {
  if (err instanceof AppError) return err;
  if (err instanceof OptimisticLockError) return new AppError('CONFLICT', '数据已被他人修改，请刷新后重试');
  const state = sqlStateOf(err);
  const known = state ? DATABASE_INPUT_ERRORS[state] : undefined;
  if (!known) return null;
  const e: AppError & { fromDatabase?: boolean } = new AppError(known[0], known[1]);
  e.fromDatabase = true;
  return e;
}
