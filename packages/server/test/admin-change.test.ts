import { OptimisticLockError } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentStep, totpAt } from '../src/modules/auth/totp';
import { AdminChangeRequest } from '../src/modules/user/admin-change.entity';
import { createUser } from '../src/modules/user/user.service';
import { asClientError } from '../src/shared/errors';
import { AREAS, cookieFrom, flushAfterConcurrentCommit, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp, TOTP_SECRET } from './harness';

/**
 * Item 12: two-person rule for administrators. The security administrator alone can no longer
 * reset an audit administrator's credentials and read the log as them; another administrator role
 * must confirm, and the affected administrator is told at the next login.
 */

let t: TestApp;
const ids: Record<string, string> = {};

const REQUEST = `mutation($i: AdminChangeInput!) { requestAdminChange(input: $i) { id status kind targetUsername requestedRoleName canDecide cannotDecideReason } }`;
const CONFIRM = `mutation($id: ID!) { confirmAdminChange(id: $id) { id status statusName decidedByName decidedRoleName } }`;
const REJECT = `mutation($id: ID!, $n: String) { rejectAdminChange(id: $id, note: $n) { id status decisionNote } }`;
const LIST = `query($p: Boolean) { adminChangeRequests(pending: $p) { total items { id kind status targetUsername roleNames canDecide cannotDecideReason } } }`;
const NOTICES = `{ me { username mustChangePassword securityNotices { id kind status message } } }`;
const TEMP = 'Temp@2026abc';

const as = async (user: string) => ({ cookie: await t.cookieFor(user) });
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

/** Password step and TOTP step through the API; the cookie of the full session, or the error. */
async function adminLogin(username: string, password: string) {
  await ownerQuery(`update app_user set totp_last_step = null, failed_logins = 0 where username = $1`, [username]);
  const step1 = await t.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { status } }`, { u: username, p: password });
  if (step1.errors) return { error: step1.errors[0] };
  const cookie = cookieFrom(step1)!;
  const step2 = await t.gql(
    `mutation($c: String!) { verifyMfa(code: $c) { status user { mustChangePassword } } }`,
    { c: totpAt(TOTP_SECRET, currentStep()) },
    { cookie },
  );
  expect(step2.errors).toBeUndefined();
  return { cookie, mustChangePassword: step2.data!.verifyMfa.user.mustChangePassword as boolean };
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  // A second security administrator: same role as the requester, so may not confirm.
  await createUser(t.system('fixture', AREAS.district), {
    username: 'secadmin2',
    displayName: '测试secadmin2',
    areaCode: AREAS.district,
    roles: ['SEC_ADMIN'],
    password: PASSWORD,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
  await ownerQuery(
    `update app_user set totp_secret_enc = (select totp_secret_enc from app_user where username = 'secadmin'), mfa_enabled = true where username = 'secadmin2'`,
  );
  for (const r of await ownerQuery<{ id: string; username: string }>(`select id, username from app_user`)) ids[r.username] = r.id;
});
afterAll(async () => t?.close());

describe('two-person rule for administrators', () => {
  it('the security administrator alone cannot reset an audit administrator and read the log as them', async () => {
    const sec = await as('secadmin');
    // The one-step mutations refuse administrators.
    const reset = await t.gql(`mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "${TEMP}") }`, { id: ids.auditadmin }, sec);
    expect(reset.errors![0]).toMatchObject({ extensions: { code: 'CONFIRMATION_REQUIRED' }, message: expect.stringMatching(/双人复核/) });
    expect(code(await t.gql(`mutation($id: ID!) { resetUserMfa(id: $id) { id } }`, { id: ids.auditadmin }, sec))).toBe('CONFIRMATION_REQUIRED');
    // Making an account one knows the password of an administrator is the same attack.
    expect(code(await t.gql(`mutation($id: ID!) { setUserRoles(id: $id, roles: ["AUDIT_ADMIN"]) { id } }`, { id: ids.joint }, sec))).toBe(
      'CONFIRMATION_REQUIRED',
    );
    expect(code(await t.gql(`mutation($id: ID!) { setUserRoles(id: $id, roles: ["JOINT_MEMBER"]) { id } }`, { id: ids.auditadmin }, sec))).toBe(
      'CONFIRMATION_REQUIRED',
    );

    // The request changes nothing by itself.
    const req = await t.gql(REQUEST, { i: { userId: ids.auditadmin, kind: 'PASSWORD_RESET', newPassword: TEMP } }, sec);
    expect(req.errors).toBeUndefined();
    expect(req.data!.requestAdminChange).toMatchObject({ status: 'PENDING', targetUsername: 'auditadmin', requestedRoleName: '安全管理员', canDecide: false });
    expect((await adminLogin('auditadmin', TEMP)).error).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const stillOld = await adminLogin('auditadmin', PASSWORD);
    expect(stillOld.cookie).toBeDefined();
    const id = req.data!.requestAdminChange.id;

    // Neither the requester, nor another administrator of the same role, nor the target may confirm.
    expect((await t.gql(CONFIRM, { id }, sec)).errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: '不能确认或拒绝自己提交的申请' });
    expect((await t.gql(CONFIRM, { id }, await as('secadmin2'))).errors![0].message).toMatch(/安全管理员以外的管理员确认/);
    expect((await t.gql(CONFIRM, { id }, await as('auditadmin'))).errors![0].message).toBe('不能确认或拒绝针对自己账号的申请');
    // Business users have no part in it.
    expect(code(await t.gql(CONFIRM, { id }, await as('town1')))).toBe('FORBIDDEN');
    expect(code(await t.gql(LIST, {}, await as('town1')))).toBe('FORBIDDEN');
    expect((await adminLogin('auditadmin', TEMP)).error).toBeDefined();
    const stored = await ownerQuery(`select password_hash from admin_change_request where id = $1`, [id]);
    expect(stored[0].password_hash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(await ownerQuery(`select diff from audit_log where action = 'admin_change.requested'`))).not.toContain(TEMP);
  });

  it('another administrator role sees the request and confirms it; only then does it take effect, logged with both names', async () => {
    const list = await t.gql(LIST, {}, await as('sysadmin'));
    expect(list.data!.adminChangeRequests.items).toEqual([
      expect.objectContaining({ kind: 'PASSWORD_RESET', status: 'PENDING', targetUsername: 'auditadmin', canDecide: true }),
    ]);
    const mine = await t.gql(LIST, {}, await as('secadmin'));
    expect(mine.data!.adminChangeRequests.items[0]).toMatchObject({ canDecide: false, cannotDecideReason: '不能确认或拒绝自己提交的申请' });
    const id = list.data!.adminChangeRequests.items[0].id;
    const ok = await t.gql(CONFIRM, { id }, await as('sysadmin'));
    expect(ok.data!.confirmAdminChange).toMatchObject({ status: 'CONFIRMED', decidedByName: '测试sysadmin', decidedRoleName: '系统管理员' });
    expect(code(await t.gql(CONFIRM, { id }, await as('sysadmin')))).toBe('INVALID_STATE');

    const log = await ownerQuery(
      `select action, actor_name, diff from audit_log where entity_id = $1 and action in ('admin_change.requested', 'admin_change.confirmed', 'user.password_reset') order by pos`,
      [ids.auditadmin],
    );
    expect(log.map((l) => [l.action, l.actor_name])).toEqual([
      ['admin_change.requested', '测试secadmin'],
      ['user.password_reset', '测试sysadmin'],
      ['admin_change.confirmed', '测试sysadmin'],
    ]);
    expect(log[1].diff.detail).toMatchObject({ requestId: id, requestedBy: '测试secadmin（安全管理员）', confirmedBy: '测试sysadmin（系统管理员）' });
    expect((await ownerQuery(`select password_hash from admin_change_request where id = $1`, [id]))[0].password_hash).toBeNull();
  });

  it('the affected administrator is told at the next login, until they acknowledge it', async () => {
    expect((await adminLogin('auditadmin', PASSWORD)).error).toBeDefined();
    const login = await adminLogin('auditadmin', TEMP);
    expect(login.mustChangePassword).toBe(true);
    const me = await t.gql(NOTICES, {}, { cookie: login.cookie });
    const [notice] = me.data!.me.securityNotices;
    expect(notice).toMatchObject({ kind: 'PASSWORD_RESET', status: 'CONFIRMED' });
    expect(notice.message).toMatch(/^您的密码于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 重置：由测试secadmin（安全管理员）申请，经测试sysadmin（系统管理员）确认后生效/);
    // Readable and acknowledgeable while the password must still be changed.
    expect((await t.gql(`mutation { acknowledgeSecurityNotices }`, {}, { cookie: login.cookie })).data!.acknowledgeSecurityNotices).toBe(true);
    expect((await t.gql(NOTICES, {}, { cookie: login.cookie })).data!.me.securityNotices).toEqual([]);
    await t.gql(`mutation { changePassword(oldPassword: "${TEMP}", newPassword: "${PASSWORD}x") }`, {}, { cookie: login.cookie });
    await ownerQuery(`update app_user set password_hash = (select password_hash from app_user where username = 'sysadmin') where username = 'auditadmin'`);
  });

  it('a rejected or expired request changes nothing and is reported to the administrator concerned', async () => {
    const sec = await as('secadmin');
    const mfa = await t.gql(REQUEST, { i: { userId: ids.auditadmin, kind: 'MFA_RESET' } }, sec);
    const rej = await t.gql(REJECT, { id: mfa.data!.requestAdminChange.id, n: '未核实本人申请' }, await as('sysadmin'));
    expect(rej.data!.rejectAdminChange).toMatchObject({ status: 'REJECTED', decisionNote: '未核实本人申请' });
    expect((await ownerQuery(`select mfa_enabled from app_user where username = 'auditadmin'`))[0].mfa_enabled).toBe(true);

    // The audit administrator may confirm requests about others, e.g. the system administrator's roles.
    const roles = await t.gql(REQUEST, { i: { userId: ids.sysadmin, kind: 'ROLES_SET', roles: ['TOWN_WINDOW'] } }, sec);
    await ownerQuery(`update admin_change_request set expires_at = now() - interval '1 minute' where id = $1`, [roles.data!.requestAdminChange.id]);
    const late = await t.gql(CONFIRM, { id: roles.data!.requestAdminChange.id }, await as('auditadmin'));
    expect(late.errors![0]).toMatchObject({ extensions: { code: 'INVALID_STATE' }, message: expect.stringMatching(/已过期/) });
    expect((await ownerQuery(`select roles from app_user where username = 'sysadmin'`))[0].roles).toEqual(['SYS_ADMIN']);
    expect((await ownerQuery(`select status from admin_change_request where id = $1`, [roles.data!.requestAdminChange.id]))[0].status).toBe('EXPIRED');
    expect((await ownerQuery(`select count(*)::int as n from audit_log where action = 'admin_change.expired'`))[0].n).toBe(1);

    const login = await adminLogin('auditadmin', PASSWORD);
    const notices = (await t.gql(NOTICES, {}, { cookie: login.cookie })).data!.me.securityNotices;
    expect(notices.map((n: { status: string }) => n.status)).toEqual(['REJECTED']);
    expect(notices[0].message).toMatch(/测试secadmin（安全管理员）于 .* 申请将您的两步验证重置，已被测试sysadmin（系统管理员）拒绝，未生效/);
    const sysNotices = (await t.gql(NOTICES, {}, await as('sysadmin'))).data!.me.securityNotices;
    expect(sysNotices[0].message).toMatch(/申请将您的角色变更为“镇街窗口人员”，无人确认，申请已过期，未生效/);
  });

  it('the audit administrator confirms a change of the security administrator’s second factor; a new request replaces a pending one', async () => {
    const sec2 = await as('secadmin2');
    const first = await t.gql(REQUEST, { i: { userId: ids.secadmin, kind: 'PASSWORD_RESET', newPassword: 'Typo@2026abc' } }, sec2);
    const second = await t.gql(REQUEST, { i: { userId: ids.secadmin, kind: 'PASSWORD_RESET', newPassword: 'Right@2026abc' } }, sec2);
    expect((await ownerQuery(`select status from admin_change_request where id = $1`, [first.data!.requestAdminChange.id]))[0].status).toBe('SUPERSEDED');
    expect(code(await t.gql(CONFIRM, { id: first.data!.requestAdminChange.id }, await as('auditadmin')))).toBe('INVALID_STATE');
    const mfa = await t.gql(REQUEST, { i: { userId: ids.secadmin, kind: 'MFA_RESET' } }, sec2);
    const ok = await t.gql(CONFIRM, { id: mfa.data!.requestAdminChange.id }, await as('auditadmin'));
    expect(ok.data!.confirmAdminChange).toMatchObject({ status: 'CONFIRMED', decidedRoleName: '审计管理员' });
    expect((await ownerQuery(`select mfa_enabled from app_user where username = 'secadmin'`))[0].mfa_enabled).toBe(false);
    await t.gql(REJECT, { id: second.data!.requestAdminChange.id }, await as('auditadmin'));
  });

  it('business accounts keep the one-step reset; requests are refused for them and for oneself', async () => {
    const sec = await as('secadmin');
    expect((await t.gql(`mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "${TEMP}") }`, { id: ids.village1b }, sec)).data!.resetUserPassword).toBe(
      true,
    );
    const biz = await t.gql(REQUEST, { i: { userId: ids.village1b, kind: 'PASSWORD_RESET', newPassword: TEMP } }, sec);
    expect(biz.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/无需双人复核/) });
    expect(code(await t.gql(REQUEST, { i: { userId: ids.secadmin, kind: 'MFA_RESET' } }, sec))).toBe('FORBIDDEN');
    const weak = await t.gql(REQUEST, { i: { userId: ids.auditadmin, kind: 'PASSWORD_RESET', newPassword: 'short' } }, sec);
    expect(weak.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } });
    const twoAdmins = await t.gql(REQUEST, { i: { userId: ids.joint, kind: 'ROLES_SET', roles: ['SYS_ADMIN', 'AUDIT_ADMIN'] } }, sec);
    expect(twoAdmins.errors![0].message).toMatch(/三权分立/);
    // Granting an administrator role to a business account goes through the request.
    const grant = await t.gql(REQUEST, { i: { userId: ids.joint, kind: 'ROLES_SET', roles: ['AUDIT_ADMIN'] } }, sec);
    expect(grant.data!.requestAdminChange.status).toBe('PENDING');
    await t.gql(CONFIRM, { id: grant.data!.requestAdminChange.id }, await as('sysadmin'));
    expect((await ownerQuery(`select roles from app_user where username = 'joint'`))[0].roles).toEqual(['AUDIT_ADMIN']);
  });
  it('the entity’s optimistic lock: a change committed between read and write is refused with CONFLICT, nothing half-written', async () => {
    const req = await t.gql(REQUEST, { i: { userId: ids.sysadmin, kind: 'MFA_RESET' } }, await as('secadmin'));
    const id = req.data!.requestAdminChange.id;
    const raced = await flushAfterConcurrentCommit(t, AdminChangeRequest, id, (c) => Object.assign(c, { status: 'REJECTED', decisionNote: '过时' }));
    expect(raced).toBeInstanceOf(OptimisticLockError);
    expect(asClientError(raced)).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect((await ownerQuery(`select status, decision_note, version from admin_change_request where id = $1`, [id]))[0]).toEqual({
      status: 'PENDING',
      decision_note: null,
      version: 2,
    });
    // The decision goes through the entity: its version advances.
    expect((await t.gql(REJECT, { id }, await as('auditadmin'))).data!.rejectAdminChange.status).toBe('REJECTED');
    expect((await ownerQuery(`select version from admin_change_request where id = $1`, [id]))[0].version).toBe(3);
  });
});
