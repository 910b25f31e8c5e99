import { OptimisticLockError } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Area } from '../src/modules/area/area.entity';
import { ApiToken } from '../src/modules/auth/api-token.entity';
import { createApiToken } from '../src/modules/auth/api-token.service';
import { Department } from '../src/modules/department/department.entity';
import { asClientError } from '../src/shared/errors';
import { AREAS, flushAfterConcurrentCommit, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';

let t: TestApp;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
});
afterAll(async () => t?.close());

const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { id username roles roleNames areaName departmentName } }`;
const userInput = (over: Record<string, unknown> = {}) => ({
  username: 'newclerk',
  displayName: '新窗口',
  areaCode: AREAS.village1a,
  roles: ['VILLAGE_WINDOW'],
  password: 'Clerk@2026',
  ...over,
});

describe('user administration (三权分立)', () => {
  it('the system administrator creates business users in their area', async () => {
    const cookie = await t.cookieFor('sysadmin');
    const res = await t.gql(CREATE_USER, { i: userInput() }, { cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser).toMatchObject({ username: 'newclerk', roleNames: ['村社窗口人员'], areaName: '一镇甲村' });
    const dup = await t.gql(CREATE_USER, { i: userInput() }, { cookie });
    expect(dup.errors![0]).toMatchObject({ message: '用户名 newclerk 已被使用', extensions: { code: 'CONFLICT' } });
  });

  it('rejects bad input with Chinese messages and writes nothing', async () => {
    const cookie = await t.cookieFor('sysadmin');
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ username: '1x' }, /用户名须为/],
      [{ password: 'short' }, /至少 8 位/],
      [{ roles: [] }, /至少需要一个角色/],
      [{ roles: ['NOPE'] }, /未知角色/],
      [{ areaCode: '999999999999' }, /管辖范围|不存在/],
      [{ roles: ['DEPT_OFFICER'] }, /所属部门/],
    ];
    const before = (await ownerQuery(`select count(*)::int as n from app_user`))[0].n;
    for (const [over, msg] of cases) {
      const res = await t.gql(CREATE_USER, { i: userInput({ username: `bad${Math.random().toString(36).slice(2, 6)}`, ...over }) }, { cookie });
      expect(res.errors?.[0].message, JSON.stringify(over)).toMatch(msg);
    }
    expect((await ownerQuery(`select count(*)::int as n from app_user`))[0].n).toBe(before);
  });

  it('an informant account says which of the three-level informants it is; only informants have a kind; it follows the roles', async () => {
    const sys = await t.cookieFor('sysadmin');
    const informant = (over: Record<string, unknown> = {}) => userInput({ username: 'grid1', displayName: '张网格', roles: ['INFORMANT'], ...over });
    const missing = await t.gql(CREATE_USER, { i: informant() }, { cookie: sys });
    expect(missing.errors![0]).toMatchObject({ message: expect.stringMatching(/请选择信息员类别/), extensions: { field: 'informantKind' } });
    const wrongRole = await t.gql(CREATE_USER, { i: userInput({ username: 'clerk9', informantKind: 'VOLUNTEER' }) }, { cookie: sys });
    expect(wrongRole.errors![0]).toMatchObject({ message: '只有信息员账号有信息员类别', extensions: { field: 'informantKind' } });
    expect((await ownerQuery(`select count(*)::int as n from app_user where username in ('grid1', 'clerk9')`))[0].n).toBe(0);

    const ok = await t.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id informantKind informantKindName } }`,
      { i: informant({ informantKind: 'GRID_WORKER' }) },
      { cookie: sys },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createUser).toMatchObject({ informantKind: 'GRID_WORKER', informantKindName: '网格员' });
    const id = ok.data!.createUser.id;
    const changed = await t.gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { informantKind: VOLUNTEER }) { informantKindName } }`,
      { id },
      { cookie: sys },
    );
    expect(changed.data!.updateUser).toEqual({ informantKindName: '志愿者' });

    // The report an informant makes says who: name and kind.
    await ownerQuery(`update app_user set must_change_password = false where id = $1`, [id]);
    const report = await t.gql(
      `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`,
      {
        i: {
          contactName: '钱困难',
          areaCode: AREAS.village1a,
          address: '一镇甲村 1 组',
          description: '独居老人，生活困难',
          programs: [{ programCode: 'TEMP' }],
        },
      },
      { cookie: await t.cookieFor('grid1') },
    );
    expect(report.errors).toBeUndefined();
    expect(await ownerQuery(`select created_by_name from application where id = $1`, [report.data!.submitPreApplication])).toEqual([
      { created_by_name: '志愿者张网格' },
    ]);

    // Without the role, no kind; with it again, a kind must be given.
    const sec = await t.cookieFor('secadmin');
    const dropped = await t.gql(`mutation($id: ID!) { setUserRoles(id: $id, roles: ["VILLAGE_WINDOW"]) { informantKind } }`, { id }, { cookie: sec });
    expect(dropped.data!.setUserRoles).toEqual({ informantKind: null });
    const back = await t.gql(`mutation($id: ID!) { setUserRoles(id: $id, roles: ["INFORMANT"]) { informantKind } }`, { id }, { cookie: sec });
    expect(back.errors![0]).toMatchObject({ extensions: { field: 'informantKind' } });
    const withKind = await t.gql(
      `mutation($id: ID!) { setUserRoles(id: $id, roles: ["INFORMANT"], informantKind: GROUP_LEADER) { informantKindName } }`,
      { id },
      { cookie: sec },
    );
    expect(withKind.data!.setUserRoles).toEqual({ informantKindName: '村社小组长' });
  });

  it('the system administrator cannot grant administrator roles; the security administrator can, one per person', async () => {
    const sys = await t.cookieFor('sysadmin');
    const res = await t.gql(CREATE_USER, { i: userInput({ username: 'wannabe', areaCode: AREAS.district, roles: ['AUDIT_ADMIN'] }) }, { cookie: sys });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(res.errors![0].message).toMatch(/安全管理员/);

    const sec = await t.cookieFor('secadmin');
    const [{ id }] = await ownerQuery(`select id from app_user where username = 'joint'`);
    const two = await t.gql(
      `mutation($id: ID!, $r: [String!]!) { setUserRoles(id: $id, roles: $r) { roles } }`,
      { id, r: ['SYS_ADMIN', 'AUDIT_ADMIN'] },
      { cookie: sec },
    );
    expect(two.errors![0].message).toMatch(/三权分立/);
    const ok = await t.gql(
      `mutation($id: ID!, $r: [String!]!) { setUserRoles(id: $id, roles: $r) { roles } }`,
      { id, r: ['JOINT_MEMBER', 'TOWN_WINDOW'] },
      { cookie: sec },
    );
    expect(ok.data!.setUserRoles.roles).toEqual(['JOINT_MEMBER', 'TOWN_WINDOW']);
    const [{ id: self }] = await ownerQuery(`select id from app_user where username = 'secadmin'`);
    const selfChange = await t.gql(`mutation($id: ID!) { setUserRoles(id: $id, roles: ["SYS_ADMIN"]) { roles } }`, { id: self }, { cookie: sec });
    expect(selfChange.errors![0].message).toBe('不能修改自己的角色');
  });

  it('each administrator is refused the others’ work', async () => {
    const audit = await t.cookieFor('auditadmin');
    expect((await t.gql(`{ users { total } }`, {}, { cookie: audit })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const sec = await t.cookieFor('secadmin');
    expect((await t.gql(CREATE_USER, { i: userInput({ username: 'fromsec' }) }, { cookie: sec })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(`{ auditLogs { total } }`, {}, { cookie: sec })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const sys = await t.cookieFor('sysadmin');
    expect((await t.gql(`{ apiTokens { total } }`, {}, { cookie: sys })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('a reset password must be changed and ends the user’s sessions', async () => {
    const victim = await t.cookieFor('village2a');
    const [{ id }] = await ownerQuery(`select id from app_user where username = 'village2a'`);
    const res = await t.gql(`mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "Reset@2026x") }`, { id }, { cookie: await t.cookieFor('secadmin') });
    expect(res.data!.resetUserPassword).toBe(true);
    expect((await t.gql(`{ me { id } }`, {}, { cookie: victim })).data!.me).toBeNull();
    const login = await t.gql(`mutation { login(username: "village2a", password: "Reset@2026x") { status user { mustChangePassword } } }`);
    expect(login.data!.login.user.mustChangePassword).toBe(true);
  });

  it('a user who must change the password can do nothing else until they do', async () => {
    const login = await t.gql(`mutation { login(username: "village2a", password: "Reset@2026x") { status } }`);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    const blocked = await t.gql(`{ areas { total } }`, {}, { cookie });
    expect(blocked.errors![0]).toMatchObject({ extensions: { code: 'PASSWORD_EXPIRED' } });
    const changed = await t.gql(`mutation { changePassword(oldPassword: "Reset@2026x", newPassword: "Mine@2026yz") }`, {}, { cookie });
    expect(changed.data!.changePassword).toBe(true);
    expect((await t.gql(`{ areas { total } }`, {}, { cookie })).data!.areas.total).toBe(1);
  });

  it('the system administrator cannot disable an administrator; the security administrator resets a lost authenticator', async () => {
    const [{ id }] = await ownerQuery(`select id from app_user where username = 'auditadmin'`);
    const res = await t.gql(
      `mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabled } }`,
      { id },
      { cookie: await t.cookieFor('sysadmin') },
    );
    expect(res.errors![0].message).toMatch(/三权分立/);
    // An administrator's authenticator: requested by the security administrator, confirmed by another role.
    const req = await t.gql(
      `mutation($id: ID!) { requestAdminChange(input: { userId: $id, kind: MFA_RESET }) { id } }`,
      { id },
      { cookie: await t.cookieFor('secadmin') },
    );
    await t.gql(
      `mutation($id: ID!) { confirmAdminChange(id: $id) { status } }`,
      { id: req.data!.requestAdminChange.id },
      { cookie: await t.cookieFor('sysadmin') },
    );
    expect((await ownerQuery(`select mfa_enabled from app_user where id = $1`, [id]))[0].mfa_enabled).toBe(false);
    // A business account's authenticator: one step.
    const [{ id: clerk }] = await ownerQuery(`select id from app_user where username = 'town1'`);
    await ownerQuery(`update app_user set mfa_enabled = true where id = $1`, [clerk]);
    const reset = await t.gql(`mutation($id: ID!) { resetUserMfa(id: $id) { mfaEnabled } }`, { id: clerk }, { cookie: await t.cookieFor('secadmin') });
    expect(reset.data!.resetUserMfa.mfaEnabled).toBe(false);
    const login = await t.gql(`mutation { login(username: "auditadmin", password: "${PASSWORD}") { status } }`);
    expect(login.data!.login.status).toBe('MFA_SETUP_REQUIRED');
  });

  it('disabling a user ends their sessions and blocks login', async () => {
    const cookie = await t.cookieFor('sysadmin');
    const victim = await t.cookieFor('village1b');
    const [{ id }] = await ownerQuery(`select id from app_user where username = 'village1b'`);
    await t.gql(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabled } }`, { id }, { cookie });
    expect((await t.gql(`{ me { id } }`, {}, { cookie: victim })).data!.me).toBeNull();
    const login = await t.gql(`mutation { login(username: "village1b", password: "${PASSWORD}") { status } }`);
    expect(login.errors![0].message).toMatch(/已停用/);
    // A wrong password does not reveal that the account exists and is disabled.
    const wrong = await t.gql(`mutation { login(username: "village1b", password: "Wrong@pass1") { status } }`);
    expect(wrong.errors![0].message).toMatch(/用户名或密码错误/);
  });
});

describe('areas and departments', () => {
  it('administrators add, rename and delete areas with code checks', async () => {
    const cookie = await t.cookieFor('sysadmin');
    const CREATE = `mutation($i: AreaInput!) { createArea(input: $i) { code level levelName parentCode } }`;
    const ok = await t.gql(CREATE, { i: { code: '500199101203', name: '一镇丙村', parentCode: AREAS.town1 } }, { cookie });
    expect(ok.data!.createArea).toEqual({ code: '500199101203', level: 3, levelName: '村社', parentCode: AREAS.town1 });
    const wrongParent = await t.gql(CREATE, { i: { code: '500199101204', name: 'x', parentCode: AREAS.town2 } }, { cookie });
    expect(wrongParent.errors![0].message).toMatch(/上级区划应为 500199101000/);
    const noParent = await t.gql(CREATE, { i: { code: '500199103201', name: 'x', parentCode: '500199103000' } }, { cookie });
    expect(noParent.errors![0].message).toBe('上级区划不存在');
    const withChildren = await t.gql(`mutation { deleteArea(code: "${AREAS.town1}") }`, {}, { cookie });
    expect(withChildren.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect((await t.gql(`mutation { deleteArea(code: "500199101203") }`, {}, { cookie })).data!.deleteArea).toBe(true);
  });

  it('town-level users cannot manage areas; village users cannot create outside', async () => {
    const res = await t.gql(`mutation { updateArea(code: "${AREAS.town1}", name: "x") { name } }`, {}, { cookie: await t.cookieFor('town1') });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('departments are readable by staff and managed by the system administrator', async () => {
    const list = await t.gql(`{ departments { total items { code shortName userCount } } }`, {}, { cookie: await t.cookieFor('village1a') });
    expect(list.data!.departments.total).toBe(2);
    expect(list.data!.departments.items.find((d: { code: string }) => d.code === 'MINZHENG').userCount).toBe(1);
    const cookie = await t.cookieFor('sysadmin');
    const created = await t.gql(`mutation { createDepartment(input: { code: "jiaoyu", name: "测试区教委", shortName: "教育" }) { code } }`, {}, { cookie });
    expect(created.data!.createDepartment.code).toBe('JIAOYU');
    const bad = await t.gql(`mutation { createDepartment(input: { code: "教育", name: "", shortName: "" }) { code } }`, {}, { cookie });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const denied = await t.gql(
      `mutation { createDepartment(input: { code: "X1", name: "x", shortName: "x" }) { code } }`,
      {},
      { cookie: await t.cookieFor('officer') },
    );
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
  it('the entities’ optimistic lock: an area, department or token changed between read and write is refused with CONFLICT, nothing half-written', async () => {
    const [dept] = await ownerQuery<{ id: string }>(`select id from department where code = 'MINZHENG'`);
    const { apiToken } = await createApiToken(t.system('fixture', AREAS.district), {
      name: '并发测试',
      areaCode: AREAS.district,
      scopes: ['LEDGER_SHARED_READ'],
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const cases = [
      { entity: Area, table: 'area', key: 'code', id: AREAS.town2, change: (a: Area) => (a.name = '过时的名称'), column: 'name' },
      { entity: Department, table: 'department', key: 'id', id: dept.id, change: (d: Department) => (d.name = '过时的名称'), column: 'name' },
      { entity: ApiToken, table: 'api_token', key: 'id', id: apiToken.id, change: (k: ApiToken) => (k.revokedAt = new Date()), column: 'revoked_at' },
    ] as const;
    for (const c of cases) {
      const read = async () => (await ownerQuery(`select ${c.column} as v, version from ${c.table} where ${c.key} = $1`, [c.id]))[0];
      const before = await read();
      const raced = await flushAfterConcurrentCommit(t, c.entity as never, c.id, c.change as never);
      expect(raced, c.table).toBeInstanceOf(OptimisticLockError);
      expect(asClientError(raced)).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(await read()).toEqual({ v: before.v, version: before.version + 1 });
    }
  });
});
