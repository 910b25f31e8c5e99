import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 工作台 to-do counts (`myTodos`): each role gets the queues it may work on, counted in its own scope
 * (area prefix, department) through the lists' own query functions; a queue it has no permission for is null.
 *
 * Fixture: two applications for 低保 (民政) and 就业 (人社) — one in village 1a (town 1), one in village 2a
 * (town 2); two informant leads, one per town; 民政's town-1 referral signed and in 预警, its town-2 one
 * signed and 超期 with an extension requested; one administrator change waiting for review.
 */

let t: TestApp;
const TODOS = `{ myTodos { pendingSign amber red leadsToConfirm extensionReviews adminChangeReviews } }`;
const NONE = { pendingSign: null, amber: null, red: null, leadsToConfirm: null, extensionReviews: null, adminChangeReviews: null };

async function todos(user: string) {
  const res = await t.gql(TODOS, {}, { cookie: await t.cookieFor(user) });
  expect(res.errors).toBeUndefined();
  return res.data!.myTodos;
}

async function registerFor(village: string, window: string, name: string): Promise<Record<string, { id: string; version: number }>> {
  const hh = await household(t, village, [member(name, '19700101', 'HEAD'), member(`${name}妻`, '19720101', 'SPOUSE', 'F')]);
  const [head, spouse] = (
    await ownerQuery<{ id: string; name: string }>(
      `select p.id, p.name from person p join membership m on m.person_id = p.id where m.household_id = $1 order by p.birth_date`,
      [hh],
    )
  ).map((p) => p.id);
  const res = await t.gql(
    `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id } }`,
    {
      i: {
        householdId: hh,
        applicantPersonId: head,
        programs: [{ programCode: 'DIBAO' }, { programCode: 'EMPLOY', personId: spouse }],
        authorizationSigned: true,
      },
    },
    { cookie: await t.cookieFor(window) },
  );
  expect(res.errors).toBeUndefined();
  const refs = await ownerQuery<{ id: string; version: number; program_code: string }>(
    `select id, version, program_code from referral where application_id = $1`,
    [res.data!.registerApplication.id],
  );
  return Object.fromEntries(refs.map((r) => [r.program_code, { id: r.id, version: r.version }]));
}

async function lead(informant: string, areaCode: string, name: string) {
  const res = await t.gql(
    `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`,
    {
      i: { contactName: name, address: '3组 8 号', areaCode, programs: [{ programCode: 'TEMP' }], description: '家中突发变故，生活困难' },
    },
    { cookie: await t.cookieFor(informant) },
  );
  expect(res.errors).toBeUndefined();
}

async function sign(user: string, ref: { id: string; version: number }) {
  const res = await t.gql(
    `mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { ok message } }`,
    { refs: [ref] },
    { cookie: await t.cookieFor(user) },
  );
  expect(res.data!.signReferrals[0]).toMatchObject({ ok: true });
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('workbench-test', AREAS.district);
  const depts = await ownerQuery<{ id: string; code: string }>(`select id, code from department`);
  const dept = (c: string) => depts.find((d) => d.code === c)!.id;
  for (const [username, role, area, d] of [
    ['renshe', 'DEPT_OFFICER', AREAS.district, 'RENSHE'],
    ['leader1', 'TOWN_LEADER', AREAS.town1, null],
    ['leader2', 'TOWN_LEADER', AREAS.town2, null],
    ['informant1a', 'INFORMANT', AREAS.village1a, null],
    ['informant2a', 'INFORMANT', AREAS.village2a, null],
  ] as const) {
    await createUser(sys, {
      username,
      displayName: `测试${username}`,
      areaCode: area,
      roles: [role],
      informantKind: role === 'INFORMANT' ? 'GRID_WORKER' : null,
      password: PASSWORD,
      departmentId: d ? dept(d) : null,
    });
  }
  await ownerQuery(`update app_user set must_change_password = false`);

  const town1 = await registerFor(AREAS.village1a, 'town1', '钱一');
  const town2 = await registerFor(AREAS.village2a, 'village2a', '孙一');
  await lead('informant1a', AREAS.village1a, '周一');
  await lead('informant2a', AREAS.village2a, '吴一');
  // 民政 signs both 低保 referrals; town 1's is in 预警, town 2's 超期 and asks for more time.
  await sign('officer', town1.DIBAO);
  await sign('officer', town2.DIBAO);
  await ownerQuery(`update referral set warn_date = current_date - 1, due_date = current_date + 2 where id = $1`, [town1.DIBAO.id]);
  await ownerQuery(`update referral set warn_date = current_date - 9, due_date = current_date - 1 where id = $1`, [town2.DIBAO.id]);
  const ext = await t.gql(
    `mutation { requestExtension(referralId: "${town2.DIBAO.id}", days: 5, reason: "需入户核查，申请延期") }`,
    {},
    { cookie: await t.cookieFor('officer') },
  );
  expect(ext.errors).toBeUndefined();
  // An administrator change waiting for a second administrator.
  const [audit] = await ownerQuery<{ id: string }>(`select id from app_user where username = 'auditadmin'`);
  const req = await t.gql(
    `mutation($i: AdminChangeInput!) { requestAdminChange(input: $i) { id } }`,
    { i: { userId: audit.id, kind: 'MFA_RESET' } },
    { cookie: await t.cookieFor('secadmin') },
  );
  expect(req.errors).toBeUndefined();
});
afterAll(async () => t?.close());

describe('myTodos: the 工作台 counts per role', () => {
  it('a department officer: its department’s 待签收, 预警 and 超期 across the district; no leads or reviews', async () => {
    // 民政 signed both 低保 referrals: nothing left to sign; 人社 has both 就业 referrals to sign.
    expect(await todos('officer')).toEqual({ ...NONE, pendingSign: 0, amber: 1, red: 1 });
    expect(await todos('renshe')).toEqual({ ...NONE, pendingSign: 2, amber: 0, red: 0 });
  });

  it('a window: 预警/超期 and 待确认线索 of its own area only — a town clerk does not count another town’s items', async () => {
    expect(await todos('town1')).toEqual({ ...NONE, amber: 1, red: 0, leadsToConfirm: 1 });
    expect(await todos('village2a')).toEqual({ ...NONE, amber: 0, red: 1, leadsToConfirm: 1 });
    expect(await todos('village1b')).toEqual({ ...NONE, amber: 0, red: 0, leadsToConfirm: 0 });
  });

  it('a supervisor: 预警/超期 and the extension requests (待复核) of its town; the district member all of them', async () => {
    expect(await todos('leader1')).toEqual({ ...NONE, amber: 1, red: 0, extensionReviews: 0 });
    expect(await todos('leader2')).toEqual({ ...NONE, amber: 0, red: 1, extensionReviews: 1 });
    expect(await todos('joint')).toEqual({ ...NONE, amber: 1, red: 1, extensionReviews: 1 });
  });

  it('administrators: only the administrator changes to review; informants and accounts without rights: nothing', async () => {
    for (const admin of ['sysadmin', 'auditadmin']) expect(await todos(admin)).toEqual({ ...NONE, adminChangeReviews: 1 });
    expect(await todos('informant1a')).toEqual(NONE);
    expect(await todos('norights')).toEqual(NONE);
  });

  it('the counts are the totals of the lists they link to', async () => {
    const cookie = { cookie: await t.cookieFor('town1') };
    const pre = await t.gql(`{ applications(filter: { statuses: ["PENDING_CONFIRM"] }, page: 1, pageSize: 1) { total } }`, {}, cookie);
    const amber = await t.gql(`{ referrals(filter: { level: "AMBER" }, page: 1, pageSize: 1) { total } }`, {}, cookie);
    expect([pre.data!.applications.total, amber.data!.referrals.total]).toEqual([1, 1]);
    const sign = await t.gql(
      `{ referrals(filter: { mine: true, statuses: ["PENDING_SIGN"] }, page: 1, pageSize: 1) { total } }`,
      {},
      { cookie: await t.cookieFor('renshe') },
    );
    expect(sign.data!.referrals.total).toBe(2);
  });

  it('the application list keeps its order when a row’s status changes (newest first, not 待确认 first)', async () => {
    const cookie = { cookie: await t.cookieFor('town1') };
    const list = async () =>
      (await t.gql(`{ applications(page: 1, pageSize: 20) { items { id status } } }`, {}, cookie)).data!.applications.items as Array<{
        id: string;
        status: string;
      }>;
    const before = await list();
    expect(before.map((a) => a.status)).toEqual(['PENDING_CONFIRM', 'ACCEPTED']); // the lead came after the registration
    const [accepted] = await ownerQuery<{ id: string }>(`select id from application where status = 'ACCEPTED' and area_code = $1`, [AREAS.village1a]);
    await ownerQuery(`update application set created_at = now() + interval '1 minute' where id = $1`, [accepted.id]);
    const reordered = await list();
    expect(reordered.map((a) => a.status)).toEqual(['ACCEPTED', 'PENDING_CONFIRM']); // by time only: a lead does not jump ahead
    const rejected = await t.gql(`mutation($id: ID!) { rejectPreApplication(id: $id, reason: "不属于救助范围") }`, { id: reordered[1].id }, cookie);
    expect(rejected.errors).toBeUndefined();
    const after = await list();
    expect(after.map((a) => a.id)).toEqual(reordered.map((a) => a.id));
    expect(after[1].status).toBe('REJECTED');
  });

  it('needs a session', async () => {
    const res = await t.gql(TODOS, {});
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
