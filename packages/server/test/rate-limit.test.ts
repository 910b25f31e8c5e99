import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type RateLimitConfig } from '../src/config';
import { ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';

/**
 * Item 7 (S4/S7): failed logins per address and per username, anonymous GraphQL and public routes
 * per address, API tokens per token; 429 with Retry-After and a Chinese message; one log row when
 * login throttling starts; unknown usernames never stored as typed.
 */

const LIMITS: RateLimitConfig = {
  enabled: true,
  windowSeconds: 600,
  loginFailuresPerAddress: 10,
  loginFailuresPerUsername: 5,
  anonymousGraphql: 1000,
  portal: 1000,
  public: 1000,
  token: 1000,
};

let t: TestApp;

interface Post {
  status: number;
  body: any;
  headers: Record<string, unknown>;
}

async function post(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { ip?: string; headers?: Record<string, string> } = {},
): Promise<Post> {
  const res = await app.app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: opts.ip ?? '203.0.113.1',
    headers: { 'content-type': 'application/json', ...opts.headers },
    payload: JSON.stringify({ query, variables }),
  });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { status } }`;
const login = (u: string, p: string, ip?: string) => post(t, LOGIN, { u, p }, { ip });
const count = async (action: string) => (await ownerQuery(`select count(*)::int as n from audit_log where action = $1`, [action]))[0].n as number;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open({ rateLimit: LIMITS });
  await seedFixture(t);
});
afterAll(async () => t?.close());

describe('login throttling', () => {
  it('after 10 failures from one address further attempts get 429 without touching accounts; one log row', async () => {
    const ip = '198.51.100.7';
    const failedBefore = await count('auth.login_failed');
    for (let i = 0; i < 10; i++) {
      const r = await login(`nobody${i}`, 'Wrong@pass1', ip);
      expect(r.body.errors[0].extensions.code, `attempt ${i + 1}`).toBe('UNAUTHENTICATED');
    }
    for (let i = 0; i < 20; i++) {
      const r = await login(`other${i}`, 'Wrong@pass1', ip);
      expect(r.status).toBe(429);
      expect(r.body.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: expect.stringMatching(/^登录失败次数过多，请 \d+ 秒后再试$/) });
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Even the right password waits: the address is throttled, not an account.
    expect((await login('town1', PASSWORD, ip)).status).toBe(429);
    expect(await count('auth.login_failed')).toBe(failedBefore + 10);
    expect(await count('auth.login_throttled')).toBe(1);
    const [row] = await ownerQuery(`select diff, ip from audit_log where action = 'auth.login_throttled'`);
    expect(row).toMatchObject({ ip, diff: { detail: { by: '来源地址' } } });
    // Another address is not affected.
    expect((await login('town1', PASSWORD, '198.51.100.8')).body.data.login.status).toBe('OK');
  });

  it('after 5 failures for one username, from any addresses, that username waits', async () => {
    for (let i = 0; i < 5; i++) expect((await login('ghost', 'Wrong@pass1', `192.0.2.${i + 1}`)).status).toBe(200);
    const r = await login('ghost', 'Wrong@pass1', '192.0.2.99');
    expect(r.status).toBe(429);
    expect(r.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Case does not help, another username from the same address is fine.
    expect((await login('GHOST', 'Wrong@pass1', '192.0.2.98')).status).toBe(429);
    expect((await login('village1a', PASSWORD, '192.0.2.99')).body.data.login.status).toBe('OK');
    const rows = await ownerQuery(`select diff from audit_log where action = 'auth.login_throttled' order by pos`);
    expect(rows.map((x) => x.diff.detail.by)).toEqual(['来源地址', '用户名']);
  });

  it('stores a typed unknown username only as a hint and a keyed hash', async () => {
    const typed = 'Secret@Pass123';
    await login(typed, 'Wrong@pass1', '192.0.2.150');
    await login(typed, 'Wrong@pass2', '192.0.2.151');
    const rows = await ownerQuery(`select diff from audit_log where action = 'auth.login_failed' and diff->'detail'->>'usernameHint' like 'S%' order by pos`);
    expect(rows).toHaveLength(2);
    const all = JSON.stringify(await ownerQuery(`select * from audit_log`));
    expect(all).not.toContain(typed);
    expect(all).not.toContain('ecret@Pas');
    expect(rows[0].diff.detail).toMatchObject({ usernameHint: 'S…（14 个字符）', reason: '用户不存在' });
    expect(rows[0].diff.detail.usernameKey).toMatch(/^[0-9a-f]{16}$/);
    expect(rows[1].diff.detail.usernameKey).toBe(rows[0].diff.detail.usernameKey);
  });
});

describe('request limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.open({ rateLimit: { ...LIMITS, anonymousGraphql: 5, portal: 3, public: 4, token: 3 } });
  });
  afterAll(async () => app?.close());

  it('anonymous GraphQL per address: 429 with Retry-After and RATE_LIMITED in the body; X-Forwarded-For is ignored without TRUST_PROXY', async () => {
    for (let i = 0; i < 5; i++) expect((await post(app, `{ me { id } }`, {}, { ip: '203.0.113.20' })).status).toBe(200);
    const over = await post(app, `{ me { id } }`, {}, { ip: '203.0.113.20' });
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ error: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试', errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post(app, `{ me { id } }`, {}, { ip: '203.0.113.20', headers: { 'x-forwarded-for': '192.0.2.200' } })).status).toBe(429);
    // A staff session from the same address is not limited; an invalid cookie is still anonymous.
    const cookie = await app.cookieFor('town1');
    for (let i = 0; i < 8; i++) expect((await post(app, `{ me { id } }`, {}, { ip: '203.0.113.20', headers: { cookie } })).body.data.me.id).toBeTruthy();
    expect((await post(app, `{ me { id } }`, {}, { ip: '203.0.113.20', headers: { cookie: 'xj_sid=forged' } })).status).toBe(429);
    expect((await post(app, `{ me { id } }`, {}, { ip: '203.0.113.21' })).status).toBe(200);
  });

  it('with TRUST_PROXY the client address comes from X-Forwarded-For', async () => {
    const proxied = await TestApp.open({ trustProxy: true, rateLimit: { ...LIMITS, anonymousGraphql: 2 } });
    try {
      const via = (client: string) => post(proxied, `{ me { id } }`, {}, { ip: '10.0.0.1', headers: { 'x-forwarded-for': client } });
      expect((await via('192.0.2.1')).status).toBe(200);
      expect((await via('192.0.2.1')).status).toBe(200);
      expect((await via('192.0.2.1')).status).toBe(429);
      expect((await via('192.0.2.2')).status).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('the portal and other public routes per address; /health is exempt', async () => {
    const get = (url: string, ip = '203.0.113.30') => app.app.inject({ method: 'GET', url, remoteAddress: ip, headers: { accept: 'text/html' } });
    for (let i = 0; i < 3; i++) expect((await get('/portal/')).statusCode).not.toBe(429);
    const over = await get('/portal/');
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ error: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    expect(over.headers['retry-after']).toBeDefined();
    for (let i = 0; i < 4; i++) expect((await get('/ready')).statusCode).toBe(200);
    expect((await get('/')).statusCode).toBe(429);
    expect((await get('/files/households.xlsx')).statusCode).toBe(429);
    for (let i = 0; i < 10; i++) expect((await get('/health')).statusCode).toBe(200);
  });

  it('API tokens per token', async () => {
    const cookie = await app.cookieFor('secadmin');
    const make = async (name: string) =>
      (
        await post(
          app,
          `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token } }`,
          { i: { name, areaCode: '500199000000', scopes: ['LEDGER_SHARED_READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
          { headers: { cookie } },
        )
      ).body.data.createApiToken.token;
    const a = await make('甲系统');
    const b = await make('乙系统');
    const call = (tok: string, ip: string) => post(app, `{ areas { total } }`, {}, { ip, headers: { authorization: `Bearer ${tok}` } });
    for (let i = 0; i < 3; i++) expect((await call(a, `203.0.113.${40 + i}`)).status).toBe(200);
    const over = await call(a, '203.0.113.50');
    expect(over.status).toBe(429);
    expect(over.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await call(b, '203.0.113.50')).status).toBe(200);
  });
});

describe('configuration', () => {
  it('every limit is a setting; a value that is not a positive whole number stops the start', () => {
    const c = loadConfig({ RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS: '20', RATE_LIMIT_TOKEN: '50', RATE_LIMIT_ENABLED: 'false' }).rateLimit;
    expect(c).toMatchObject({
      enabled: false,
      loginFailuresPerAddress: 20,
      token: 50,
      loginFailuresPerUsername: 5,
      anonymousGraphql: 60,
      portal: 120,
      public: 600,
      windowSeconds: 60,
    });
    expect(() => loadConfig({ RATE_LIMIT_PORTAL: 'abc' })).toThrow(/RATE_LIMIT_PORTAL 应为正整数/);
    expect(() => loadConfig({ RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(/正整数/);
  });
});
