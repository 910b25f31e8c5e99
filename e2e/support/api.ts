import { expect, request, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

/**
 * A signed-in GraphQL session of a demo account outside the browser (its own cookie jar), for test data
 * the flow under test needs: finding demo persons, preparing a condition. Not for what the test checks.
 */
export interface ApiSession {
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The raw request context (multipart uploads and downloads with the session cookie). */
  http: APIRequestContext;
  dispose(): Promise<void>;
}

export async function apiSession(username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const baseURL = process.env.E2E_BASE_URL;
  if (!baseURL) throw new Error('apiSession: E2E_BASE_URL is not set (global setup did not run)');
  const http = await request.newContext({ baseURL });
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await http.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`${username}: ${query.slice(0, 80)} → ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  };
  const { login } = await gql<{ login: { status: string } }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { status } }', {
    u: username,
    p: password,
  });
  expect(login.status, `${username} signs in over the API without a second factor`).toBe('OK');
  return { gql, http, dispose: () => http.dispose() };
}
