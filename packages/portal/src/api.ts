import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A GraphQL error as the server sends it: Chinese message, stable code and reason. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly reason: string | null,
    readonly field: string | null,
  ) {
    super(message);
  }
}

/**
 * One anonymous GraphQL request (the portal has no login; cookies are not sent, so a request is always the public's).
 * Errors become `ApiError` with the server's Chinese message; 429 (rate limit) and network failures get their own text.
 */
export async function request<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: print(doc), variables }),
    });
  } catch {
    throw new ApiError('网络连接失败，请检查网络后重试', null, null, null);
  }
  if (res.status === 429) throw new ApiError('操作太频繁了，请稍后再试', 'RATE_LIMITED', null, null);
  let body: { data?: R | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  try {
    body = await res.json();
  } catch {
    throw new ApiError('服务暂时不可用，请稍后再试', null, null, null);
  }
  const e = body.errors?.[0];
  if (e) {
    const ext = e.extensions ?? {};
    throw new ApiError(e.message || '操作失败', (ext.code as string) ?? null, (ext.reason as string) ?? null, (ext.field as string) ?? null);
  }
  if (!body.data) throw new ApiError('服务暂时不可用，请稍后再试', null, null, null);
  return body.data;
}
