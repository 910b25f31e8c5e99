import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { asClientError, HTTP_STATUS, type ErrorCode } from './errors';

/**
 * Errors of the REST routes (files, receipt, export) as JSON `{ error, reason?, field?, message }`
 * with a Chinese message: client mistakes get their 4xx status (the same codes as GraphQL, mapped
 * by `HTTP_STATUS`; an oversized upload 413); anything else is logged and answers 500.
 */
export function sendError(request: FastifyRequest, reply: FastifyReply, e: unknown) {
  const client = asClientError(e);
  if (!client) {
    const err = e as { name?: string; code?: string };
    request.log.error({ err: { type: err?.name, code: err?.code } }, 'request failed');
    return reply.code(500).send({ error: 'INTERNAL_SERVER_ERROR', message: '系统内部错误，请稍后重试' });
  }
  if (client.fromDatabase) request.log.warn({ err: { code: (e as { code?: string }).code } }, 'unvalidated input refused by the database');
  const { code, reason, field } = client.extensions as { code: ErrorCode; reason?: string; field?: string };
  const status = reason === 'FILE_TOO_LARGE' ? 413 : (HTTP_STATUS[code] ?? 400);
  return reply.code(status).send({ error: code, ...(reason ? { reason } : {}), ...(field ? { field } : {}), message: client.message });
}

/** Chinese messages for what Fastify itself refuses before a route runs (body, headers, content type). */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的请求内容类型（Content-Type）',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求内容过大',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求内容为空',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求内容不是有效的 JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求长度与内容不符',
  FST_ERR_CTP_EMPTY_TYPE: '请求缺少内容类型（Content-Type）',
  FST_ERR_CTP_INVALID_TYPE: '请求内容类型（Content-Type）不正确',
  FST_REQ_FILE_TOO_LARGE: '文件过大',
  FST_INVALID_MULTIPART_CONTENT_TYPE: '请以 multipart/form-data 格式上传文件',
};

/**
 * The server-wide Fastify error handler: a request Fastify refuses (4xx: malformed JSON, wrong
 * content type, body too large, bad URL encoding) gets a typed Chinese answer — GraphQL-shaped on
 * `/graphql`, `{ error, message }` elsewhere; an unexpected error is logged and answers 500.
 */
export function fastifyErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: { type: error.name, code: error.code } }, 'request failed');
    return reply.code(500).send({ error: 'INTERNAL_SERVER_ERROR', message: '系统内部错误，请稍后重试' });
  }
  const message = FASTIFY_MESSAGES[error.code] ?? (error instanceof SyntaxError ? FASTIFY_MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY : '请求格式不正确');
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  if (request.url.split('?')[0] === '/graphql') return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
  return reply.code(status).send({ error: code, message });
}
