import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { EnumValue } from './enums';

/** Stable error codes sent by the server in `extensions.code` (the schema's `ErrorCode` enum). */
export type ErrorCode = EnumValue<'ErrorCode'>;

export function errorCodes(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => String(e.extensions?.code ?? ''));
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/** The user-facing (Chinese) text of any error Apollo hands us. */
export function errorText(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => e.message).join('；') || '操作失败';
  }
  if (ServerError.is(error) && error.statusCode === 429) return '请求过于频繁，请稍后再试';
  if (error instanceof Error) {
    if (/fetch|network|Failed to/i.test(error.message)) return '无法连接服务器，请检查网络后重试';
    return error.message || '操作失败';
  }
  return '操作失败';
}
