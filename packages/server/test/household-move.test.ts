import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREA_COLUMNS, householdAreaColumns } from '../src/db/area-columns';
import { CSRF_HEADER } from '../src/modules/files/files.http';
import { createUser } from '../src/modules/user/user.service';
import { multipart, PNG } from './file-helpers';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * A household moved by its town from one village to another takes everything that is its along —
 * ledger rows and its cases, open and closed, with history, 督办, extensions, materials and outbox
 * events — driven by the one registry of area-code columns (`db/area-columns.ts`), which must
 * name every such column of the database.
 */

let t: TestApp;
let hh: string;
let head: string;
let openApp: string;
let closedApp: string;
let openRef: string;
let fileId: string;

async function as(user: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await t.gql(query, variables, { cookie: await t.cookieFor(user) });
  if (res.errors) throw new Error(`${user}: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

const REGISTER = `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id referralIds } }`;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('move-test', AREAS.district);
  const [renshe] = await ownerQuery(`select id from department where code = 'RENSHE'`);
  await createUser(sys, { username: 'leader1', displayName: '镇街分管', areaCode: AREAS.town1, roles: ['TOWN_LEADER'], password: PASSWORD });
  await createUser(sys, {
    username: 'renshe1',
    displayName: '人社经办',
    areaCode: AREAS.district,
    roles: ['DEPT_OFFICER'],
    password: PASSWORD,
    departmentId: renshe.id,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
  hh = await household(t, AREAS.village1a, [member('迁一', '19700101', 'HEAD'), member('迁二', '19720101', 'SPOUSE', 'F')]);
  const people = await ownerQuery(`select p.id, p.name from person p where p.household_id = $1`, [hh]);
  head = people.find((p) => p.name === '迁一')!.id;
  const spouse = people.find((p) => p.name === '迁二')!.id;

  // A closed case: 就业救助 approved by 人社.
  const closed = (
    await as('village1a', REGISTER, {
      i: { householdId: hh, applicantPersonId: head, programs: [{ programCode: 'EMPLOY', personId: spouse }], authorizationSigned: true },
    })
  ).registerApplication;
  closedApp = closed.id;
  await as('renshe1', `mutation($r: [ReferralRefInput!]!) { signReferrals(refs: $r) { ok } }`, { r: [{ id: closed.referralIds[0], version: 1 }] });
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  await as('renshe1', `mutation($r: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $r, input: $i) { status } }`, {
    r: { id: closed.referralIds[0], version: 2 },
    i: { approve: true, monthlyAmountFen: 0, startMonth: month },
  });

  // An open case with a material uploaded at the town window, 补正, 督办 and an extension request.
  const body = multipart('户口簿.png', PNG, 'image/png');
  const up = await t.app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { 'content-type': body.contentType, cookie: await t.cookieFor('town1'), [CSRF_HEADER]: '1' },
    payload: body.payload,
  });
  fileId = up.json().id;
  const open = (
    await as('town1', REGISTER, {
      i: {
        householdId: hh,
        applicantPersonId: head,
        programs: [{ programCode: 'DIBAO' }],
        authorizationSigned: true,
        materials: [{ name: '户口簿', provided: true, fileIds: [fileId] }],
      },
    })
  ).registerApplication;
  openApp = open.id;
  openRef = open.referralIds[0];
  await as('officer', `mutation($r: [ReferralRefInput!]!) { signReferrals(refs: $r) { ok } }`, { r: [{ id: openRef, version: 1 }] });
  await as('leader1', `mutation($id: ID!) { superviseReferral(referralId: $id, message: "请加快办理") }`, { id: openRef });
  await as('officer', `mutation($id: ID!) { requestExtension(referralId: $id, days: 5, reason: "需入户调查") }`, { id: openRef });
  await as('officer', `mutation($r: ReferralRefInput!) { requestSupplement(ref: $r, note: "请补充收入证明") { id } }`, { r: { id: openRef, version: 2 } });
});
afterAll(async () => t?.close());

describe('one registry of area-code columns', () => {
  it('names every area-code column of the database, and each household condition runs', async () => {
    const cols = await ownerQuery<{ t: string; c: string }>(
      `select table_name as t, column_name as c from information_schema.columns
        where table_schema = current_schema() and (column_name = 'area_code' or column_name like '%\\_area\\_code')`,
    );
    const inDb = cols.map((r) => `${r.t}.${r.c}`).sort();
    const registered = Object.entries(AREA_COLUMNS)
      .flatMap(([table, c]) => Object.keys(c).map((col) => `${table}.${col}`))
      .sort();
    expect(registered, 'add the new column to src/db/area-columns.ts, saying whether it follows the household').toEqual(inDb);
    for (const c of householdAreaColumns()) {
      const holes = (c.rows.match(/\?/g) ?? []).length;
      let i = 0;
      const sql = c.rows.replace(/\?/g, () => `$${++i}`);
      await ownerQuery(`select count(*) from "${c.table}" where ${sql}`, Array(holes).fill(randomUUID()));
    }
  });
});

describe('moving a household to another village', () => {
  const APPS = `{ applications(pageSize: 100) { items { id householdId } } }`;

  it('takes its ledger rows and its cases, open and closed, along: the new village sees them all, the old one none', async () => {
    // Before: village 1a sees both cases, 1b none.
    expect((await as('village1a', APPS)).applications.items.map((a: { id: string }) => a.id).sort()).toEqual([openApp, closedApp].sort());
    expect((await as('village1b', APPS)).applications.items).toEqual([]);
    const auditAreasBefore = await ownerQuery(`select pos, area_code from audit_log order by pos`);

    await as('town1', `mutation($id: ID!, $i: HouseholdFieldsInput!) { updateHousehold(id: $id, input: $i) { areaCode } }`, {
      id: hh,
      i: { areaCode: AREAS.village1b },
    });

    // Every row the registry marks as the household's now carries the new village.
    for (const c of householdAreaColumns()) {
      let i = 0;
      const sql = c.rows.replace(/\?/g, () => `$${++i}`);
      const holes = i;
      const left = await ownerQuery(`select count(*)::int as n from "${c.table}" where (${sql}) and "${c.column}" <> $${holes + 1}`, [
        ...Array(holes).fill(hh),
        AREAS.village1b,
      ]);
      expect(left[0].n, `${c.table}.${c.column} left behind`).toBe(0);
    }
    const moved = await ownerQuery(`select diff from audit_log where action = 'household.moved' and entity_id = $1`, [hh]);
    expect(moved).toHaveLength(1);
    expect(moved[0].diff.changes).toMatchObject({ areaCode: { before: AREAS.village1a, after: AREAS.village1b } });
    for (const table of [
      'household',
      'person',
      'benefit',
      'application',
      'application_material',
      'referral',
      'referral_event',
      'supervision_note',
      'extension_request',
      'outbox_event',
      'stored_file',
    ]) {
      expect(moved[0].diff.detail.rows[table], table).toBeGreaterThan(0);
    }
    // The operation log keeps the area each entry was written with (the actor's).
    const auditAreasAfter = await ownerQuery(`select pos, area_code from audit_log where pos <= $1 order by pos`, [auditAreasBefore.at(-1).pos]);
    expect(auditAreasAfter).toEqual(auditAreasBefore);
    const event = await ownerQuery(`select summary from household_event where household_id = $1 and kind = 'household.moved'`, [hh]);
    expect(event[0].summary).toMatch(/由一镇甲村迁至一镇乙村，2 件申请（2 张转办单）随户转由迁入地办理/);

    // The new village: both cases, the referral with its 督办 and extension, the receipt, the material.
    expect((await as('village1b', APPS)).applications.items.map((a: { id: string }) => a.id).sort()).toEqual([openApp, closedApp].sort());
    const ref = (
      await as(
        'village1b',
        `query($id: ID!) { referral(id: $id) { referral { areaCode status } supervisions { message } extensions { days } history { kind } } }`,
        { id: openRef },
      )
    ).referral;
    expect(ref).toMatchObject({
      referral: { areaCode: AREAS.village1b, status: 'SUPPLEMENT' },
      supervisions: [{ message: '请加快办理' }],
      extensions: [{ days: 5 }],
    });
    expect(ref.history.length).toBeGreaterThan(1);
    const receipt = await t.app.inject({ method: 'GET', url: `/api/applications/${openApp}/receipt.pdf`, headers: { cookie: await t.cookieFor('village1b') } });
    expect(receipt.statusCode).toBe(200);
    const file = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: { cookie: await t.cookieFor('village1b') } });
    expect(file.statusCode).toBe(200);
    // The window of the new village continues the case (补正).
    const cur = (await as('village1b', `query($id: ID!) { referral(id: $id) { referral { version } } }`, { id: openRef })).referral.referral;
    await as('village1b', `mutation($r: ReferralRefInput!) { provideSupplement(ref: $r, note: "已补充收入证明") { status } }`, {
      r: { id: openRef, version: cur.version },
    });

    // The old village: nothing of it.
    expect((await as('village1a', APPS)).applications.items).toEqual([]);
    for (const [q, id] of [
      [`query($id: ID!) { application(id: $id) { application { id } } }`, openApp],
      [`query($id: ID!) { referral(id: $id) { referral { id } } }`, openRef],
      [`query($id: ID!) { household(id: $id) { id } }`, hh],
    ] as const) {
      const res = await t.gql(q, { id }, { cookie: await t.cookieFor('village1a') });
      expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    const oldReceipt = await t.app.inject({
      method: 'GET',
      url: `/api/applications/${closedApp}/receipt.pdf`,
      headers: { cookie: await t.cookieFor('village1a') },
    });
    expect(oldReceipt.statusCode).toBe(404);
    const oldFile = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: { cookie: await t.cookieFor('village1a') } });
    expect(oldFile.statusCode).toBe(404);
  });

  it('a village window cannot move a household out of its village; nothing moves', async () => {
    const res = await t.gql(
      `mutation($id: ID!, $i: HouseholdFieldsInput!) { updateHousehold(id: $id, input: $i) { areaCode } }`,
      { id: hh, i: { areaCode: AREAS.village1a } },
      { cookie: await t.cookieFor('village1b') },
    );
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    const areas = await ownerQuery(`select distinct area_code from referral where household_id = $1`, [hh]);
    expect(areas).toEqual([{ area_code: AREAS.village1b }]);
  });
});
