import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentStep, totpAt } from '../src/modules/auth/totp';
import { cookieFrom, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp, TOTP_SECRET } from './harness';

let t: TestApp;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
});
afterAll(async () => t?.close());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { status user { username permissions } mfaSetup { secret otpauthUrl } } }`;
const VERIFY = `mutation($c: String!) { verifyMfa(code: $c) { status user { username roles } } }`;
const ME = `{ me { username mustChangePassword } }`;

describe('login', () => {
  it('logs a business user in with an httpOnly SameSite session cookie', async () => {
    const res = await t.gql(LOGIN, { u: 'village1a', p: PASSWORD });
    expect(res.data!.login.status).toBe('OK');
    expect(res.data!.login.user.permissions).toContain('AREA_READ');
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Strict/i);
    const me = await t.gql(ME, {}, { cookie: cookieFrom(res) });
    expect(me.data!.me.username).toBe('village1a');
  });

  it('a wrong password says so in Chinese and logs the failure', async () => {
    const res = await t.gql(LOGIN, { u: 'village1b', p: 'Wrong@pass1' });
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(/用户名或密码错误/);
    const rows = await ownerQuery(`select action from audit_log where action = 'auth.login_failed'`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('does not reveal whether a username exists', async () => {
    const known = await t.gql(LOGIN, { u: 'officer', p: 'Wrong@pass1' });
    const unknown = await t.gql(LOGIN, { u: 'nobody-here', p: 'Wrong@pass1' });
    expect(unknown.errors![0]).toEqual(known.errors![0]);
    await ownerQuery(`update app_user set failed_logins = 0 where username = 'officer'`);
  });

  it('locks the account after 5 failures, even for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await t.gql(LOGIN, { u: 'joint', p: 'Wrong@pass1' });
      expect(r.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const fifth = await t.gql(LOGIN, { u: 'joint', p: 'Wrong@pass1' });
    expect(fifth.errors![0].extensions!.code).toBe('ACCOUNT_LOCKED');
    const right = await t.gql(LOGIN, { u: 'joint', p: PASSWORD });
    expect(right.errors![0].extensions!.code).toBe('ACCOUNT_LOCKED');
    expect(right.errors![0].message).toMatch(/锁定/);
    expect(cookieFrom(right)).toBeUndefined();
    const locked = await ownerQuery(`select action from audit_log where action = 'auth.locked'`);
    expect(locked).toHaveLength(1);
  });

  it('a security administrator unlocks the account', async () => {
    const cookie = await t.cookieFor('secadmin');
    const [{ id }] = await ownerQuery(`select id from app_user where username = 'joint'`);
    const res = await t.gql(`mutation($id: ID!) { unlockUser(id: $id) { lockedUntil } }`, { id }, { cookie });
    expect(res.data!.unlockUser.lockedUntil).toBeNull();
    expect((await t.gql(LOGIN, { u: 'joint', p: PASSWORD })).data!.login.status).toBe('OK');
  });

  it('administrators must pass a TOTP second factor', async () => {
    const step1 = await t.gql(LOGIN, { u: 'auditadmin', p: PASSWORD });
    expect(step1.data!.login).toMatchObject({ status: 'MFA_REQUIRED', user: null });
    const cookie = cookieFrom(step1)!;
    // The pending session gives no data and no identity.
    expect((await t.gql(ME, {}, { cookie })).data!.me).toBeNull();
    const blocked = await t.gql(`{ auditLogs { total } }`, {}, { cookie });
    expect(blocked.errors![0].extensions!.code).toBe('MFA_REQUIRED');
    const wrong = await t.gql(VERIFY, { c: '000000' === totpAt(TOTP_SECRET, currentStep()) ? '111111' : '000000' }, { cookie });
    expect(wrong.errors![0].extensions!.code).toBe('MFA_REQUIRED');
    const code = totpAt(TOTP_SECRET, currentStep());
    const ok = await t.gql(VERIFY, { c: code }, { cookie });
    expect(ok.data!.verifyMfa).toMatchObject({ status: 'OK', user: { username: 'auditadmin' } });
    expect((await t.gql(`{ auditLogs { total } }`, {}, { cookie })).data!.auditLogs.total).toBeGreaterThan(0);

    // The same code cannot be replayed for a second login.
    const again = await t.gql(LOGIN, { u: 'auditadmin', p: PASSWORD });
    const replay = await t.gql(VERIFY, { c: code }, { cookie: cookieFrom(again) });
    expect(replay.errors![0].extensions!.code).toBe('MFA_REQUIRED');
  });

  it('an administrator without an authenticator must bind one first', async () => {
    await ownerQuery(`update app_user set mfa_enabled = false, totp_secret_enc = null where username = 'secadmin'`);
    const res = await t.gql(LOGIN, { u: 'secadmin', p: PASSWORD });
    expect(res.data!.login.status).toBe('MFA_SETUP_REQUIRED');
    const { secret, otpauthUrl } = res.data!.login.mfaSetup;
    expect(otpauthUrl).toContain(`secret=${secret}`);
    const ok = await t.gql(VERIFY, { c: totpAt(secret, currentStep()) }, { cookie: cookieFrom(res) });
    expect(ok.data!.verifyMfa.status).toBe('OK');
    const [row] = await ownerQuery(`select mfa_enabled, totp_secret_enc from app_user where username = 'secadmin'`);
    expect(row.mfa_enabled).toBe(true);
    expect(row.totp_secret_enc).not.toContain(secret); // encrypted at rest
  });
});

describe('sessions', () => {
  it('expire after 30 minutes idle', async () => {
    const cookie = await t.cookieFor('town1');
    expect((await t.gql(ME, {}, { cookie })).data!.me.username).toBe('town1');
    await ownerQuery(`update user_session set last_seen_at = now() - interval '31 minutes' where user_id = (select id from app_user where username = 'town1')`);
    expect((await t.gql(ME, {}, { cookie })).data!.me).toBeNull();
  });

  it('are listed and revocable; logout ends the session', async () => {
    const a = cookieFrom(await t.gql(LOGIN, { u: 'village2a', p: PASSWORD }))!;
    const b = cookieFrom(await t.gql(LOGIN, { u: 'village2a', p: PASSWORD }))!;
    const list = await t.gql(`{ mySessions { id current } }`, {}, { cookie: a });
    expect(list.data!.mySessions).toHaveLength(2);
    const other = list.data!.mySessions.find((s: { current: boolean }) => !s.current);
    expect((await t.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: other.id }, { cookie: a })).data!.revokeSession).toBe(true);
    expect((await t.gql(ME, {}, { cookie: b })).data!.me).toBeNull();
    await t.gql(`mutation { logout }`, {}, { cookie: a });
    expect((await t.gql(ME, {}, { cookie: a })).data!.me).toBeNull();
  });

  it('a user cannot revoke another user’s session', async () => {
    const victim = cookieFrom(await t.gql(LOGIN, { u: 'village1a', p: PASSWORD }))!;
    const [s] = await ownerQuery(
      `select s.id from user_session s join app_user u on u.id = s.user_id where u.username = 'village1a' and revoked_at is null limit 1`,
    );
    const res = await t.gql(`mutation($id: ID!) { revokeSession(id: $id) }`, { id: s.id }, { cookie: await t.cookieFor('village1b') });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(ME, {}, { cookie: victim })).data!.me).not.toBeNull();
  });
});

describe('passwords', () => {
  it('enforces the policy and changes the password', async () => {
    const cookie = await t.cookieFor('village1b');
    const CHANGE = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`;
    const weak = await t.gql(CHANGE, { o: PASSWORD, n: 'abcdefgh' }, { cookie });
    expect(weak.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(weak.errors![0].message).toMatch(/三类/);
    const badOld = await t.gql(CHANGE, { o: 'Nope@12345', n: 'New@Pass2026' }, { cookie });
    expect(badOld.errors![0].message).toBe('原密码不正确');
    expect((await t.gql(CHANGE, { o: PASSWORD, n: 'New@Pass2026' }, { cookie })).data!.changePassword).toBe(true);
    expect((await t.gql(LOGIN, { u: 'village1b', p: 'New@Pass2026' })).data!.login.status).toBe('OK');
    const [{ hash }] = await ownerQuery(`select password_hash as hash from app_user where username = 'village1b'`);
    expect(hash).toMatch(/^scrypt\$/);
  });

  it('production refuses the demo password', async () => {
    const prod = await TestApp.open({ env: 'production', demoPassword: PASSWORD });
    try {
      const res = await prod.gql(LOGIN, { u: 'officer', p: PASSWORD });
      expect(res.errors![0].extensions!.code).toBe('PASSWORD_EXPIRED');
      expect(res.errors![0].message).toMatch(/演示密码/);
    } finally {
      await prod.close();
    }
  });
});

describe('API tokens for integrator systems', () => {
  it('are created once in clear, stored hashed, scoped and revocable', async () => {
    const cookie = await t.cookieFor('secadmin');
    const create = await t.gql(
      `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token apiToken { id prefix scopes } } }`,
      { i: { name: '民政业务系统', areaCode: '500199101000', scopes: ['LEDGER_SHARED_READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      { cookie },
    );
    const { token, apiToken } = create.data!.createApiToken;
    expect(token).toMatch(/^xjt_/);
    const stored = await ownerQuery(`select token_hash from api_token where id = $1`, [apiToken.id]);
    expect(stored[0].token_hash).not.toContain(token);
    const areas = await t.gql(`{ areas(pageSize: 100) { items { code } } }`, {}, { bearer: token });
    expect(areas.data!.areas.items.map((a: { code: string }) => a.code).sort()).toEqual(['500199101000', '500199101201', '500199101202']);
    const denied = await t.gql(`{ users { total } }`, {}, { bearer: token });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: apiToken.id }, { cookie });
    expect((await t.gql(`{ areas { total } }`, {}, { bearer: token })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('expire', async () => {
    const cookie = await t.cookieFor('secadmin');
    const ok = await t.gql(
      `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }`,
      { i: { name: 'y', areaCode: '500199000000', scopes: ['LEDGER_SHARED_READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      { cookie },
    );
    expect((await t.gql(`{ areas { total } }`, {}, { bearer: ok.data!.createApiToken.token })).errors).toBeUndefined();
    await ownerQuery(`update api_token set expires_at = now() - interval '1 second' where id = $1`, [ok.data!.createApiToken.apiToken.id]);
    expect((await t.gql(`{ areas { total } }`, {}, { bearer: ok.data!.createApiToken.token })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
