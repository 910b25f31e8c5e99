import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { asClientError } from '../shared/errors';

/** Messages for errors raised outside our services (parser, validation, limits, HTTP). */
const BY_CODE: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语句有语法错误或超出长度限制',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义或超出限制',
  BAD_REQUEST: '请求格式不正确',
  PERSISTED_QUERY_NOT_FOUND: '查询不存在',
  PERSISTED_QUERY_NOT_SUPPORTED: '不支持持久化查询',
  OPERATION_RESOLUTION_FAILURE: '无法确定要执行的操作',
};

export interface FormatErrorLog {
  /** An unexpected error (a bug): logged with the request id, answered as INTERNAL_SERVER_ERROR. */
  internal: (err: unknown) => void;
  /** Input the services did not validate reached the database and was refused there. */
  unvalidated?: (err: unknown) => void;
}

/**
 * Every error leaves with a stable `extensions.code` and a Chinese message; unexpected errors are
 * logged with the request id and never expose internals. Variable values that do not fit their
 * type keep Apollo's BAD_USER_INPUT with a Chinese message (and HTTP 400, set by Apollo).
 */
export function makeFormatError(production: boolean, log: FormatErrorLog | ((err: unknown) => void)) {
  const { internal, unvalidated } = typeof log === 'function' ? { internal: log, unvalidated: undefined } : log;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const client = asClientError(original);
    if (client && client !== original) {
      if (client.fromDatabase) unvalidated?.(original);
      return { message: client.message, path: formatted.path, extensions: { ...client.extensions } };
    }
    let code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
    // graphql-js stops coercing variables after 50 errors with an untyped error; it is still the client's input.
    if (code === 'INTERNAL_SERVER_ERROR' && !formatted.path && /^Too many errors processing variables/.test(formatted.message)) code = 'BAD_USER_INPUT';
    if (code === 'INTERNAL_SERVER_ERROR') {
      internal(original);
      return { message: '系统内部错误，请稍后重试', path: formatted.path, extensions: { code } };
    }
    if (code === 'BAD_USER_INPUT' && !client) {
      // Apollo's variable coercion: a value that does not fit its declared type (HTTP 400).
      const field = variablePath(formatted.message);
      const zh = '输入的参数不符合接口定义（类型、必填或取值范围）';
      return { message: production ? zh : `${zh}：${formatted.message}`, locations: formatted.locations, extensions: { code, ...(field ? { field } : {}) } };
    }
    const zh = BY_CODE[code];
    if (zh) {
      // Keep the English detail in development to help integrators; production hides it (no schema hints).
      return { message: production ? zh : `${zh}：${formatted.message}`, locations: formatted.locations, extensions: { code } };
    }
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { ...formatted.extensions, code } };
  };
}

/** `Variable "$input" got invalid value … at "input.members[0].name"; …` → `input.members.0.name`. */
function variablePath(message: string): string | null {
  const m = /^Variable "\$([A-Za-z_]\w*)"[^;]*?(?: at "([^"]+)")?;/.exec(message) ?? /^Variable "\$([A-Za-z_]\w*)"/.exec(message);
  if (!m) return null;
  return (m[2] ?? m[1]).replace(/\[(\d+)\]/g, '.$1');
}
