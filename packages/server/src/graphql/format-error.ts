import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';

/** Messages for errors raised outside our services (parser, validation, limits, database). */
const BY_CODE: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语句有语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义或超出限制',
  BAD_REQUEST: '请求格式不正确',
  PERSISTED_QUERY_NOT_FOUND: '查询不存在',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
};

/**
 * Every error leaves with a stable `extensions.code` and a Chinese message; unexpected
 * errors are logged with the request id and never expose internals.
 */
export function makeFormatError(production: boolean, logError: (err: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
    if (original instanceof OptimisticLockError) {
      return { message: '数据已被他人修改，请刷新后重试', path: formatted.path, extensions: { code: 'CONFLICT' } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { message: '数据重复：已存在相同的记录', path: formatted.path, extensions: { code: 'CONFLICT' } };
    }
    if ((original as { code?: string })?.code === '22P02') {
      // e.g. an ID argument that is not a UUID: nothing by that id exists.
      return { message: '编号格式不正确，记录不存在', path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if ((original as { code?: string })?.code === '57014') {
      return { message: '查询超时，请缩小查询范围后重试', path: formatted.path, extensions: { code: 'TIMEOUT' } };
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      logError(original);
      return { message: '系统内部错误，请稍后重试', path: formatted.path, extensions: { code } };
    }
    const zh = BY_CODE[code];
    if (zh) {
      // Keep the English detail in development to help integrators; production hides it (no schema hints).
      return { message: production ? zh : `${zh}：${formatted.message}`, locations: formatted.locations, extensions: { code } };
    }
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { ...formatted.extensions, code } };
  };
}
