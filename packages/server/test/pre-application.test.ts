import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 信息员报送 (pre-applications) seen from the informant: they report a person in hardship (绿色通道
 * for 急难), and follow what became of their own reports in `myPreApplications` — 待窗口确认, then
 * 已受理 with the receipt number once the window confirms it, or 不予受理 with the reason. They see
 * only their own reports and nothing of the household; bad input is refused in Chinese and writes nothing.
 */

let t: TestApp;
let hh: string;
let head: string;

const SUBMIT = `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`;
const MINE = `query($page: Int, $pageSize: Int) { myPreApplications(page: $page, pageSize: $pageSize) {
  total page pageSize items { id contactName address programNames urgent status statusName receiptNo rejectReason createdAt } } }`;
const CONFIRM = `mutation($id: ID!, $i: ApplicationInput!) { confirmPreApplication(id: $id, input: $i) { receiptNo referralIds } }`;

async function cookie(u: string) {
  return { cookie: await t.cookieFor(u) };
}

const report = (over: Record<string, unknown> = {}) => ({
  contactName: '赵小花',
  contactPhone: '13900001111',
  address: '一镇甲村 5 组 8 号',
  areaCode: AREAS.village1a,
  programs: [{ programCode: 'TEMP' }, { programCode: 'DIBAO' }],
  description: '丈夫突发重病住院，家中无收入，急需临时救助',
  urgent: true,
  ...over,
});

/** Rows a pre-application writes: the application, its operation-log entry and outbox event. */
async function written() {
  const [r] = await ownerQuery<{ apps: number; audits: number; events: number }>(
    `select (select count(*)::int from application) as apps,
            (select count(*)::int from audit_log where action = 'application.pre_submitted') as audits,
            (select count(*)::int from outbox_event where type = 'application.pre_submitted') as events`,
  );
  return r;
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('pre-application-test', AREAS.district);
  for (const [username, area] of [
    ['informant1a', AREAS.village1a],
    ['informant1a2', AREAS.village1a],
    ['informant2a', AREAS.village2a],
  ] as const) {
    await createUser(sys, { username, displayName: `测试${username}`, areaCode: area, roles: ['INFORMANT'], informantKind: 'GRID_WORKER', password: PASSWORD });
  }
  await ownerQuery(`update app_user set must_change_password = false`);
  hh = await household(t, AREAS.village1a, [member('赵小花', '19800101', 'HEAD', 'F')]);
  head = (await ownerQuery<{ person_id: string }>(`select person_id from membership where household_id = $1`, [hh]))[0].person_id;
});
afterAll(async () => t?.close());

describe('an informant follows their own reports', () => {
  let id: string;

  it('an urgent report is listed as 待窗口确认 with the programs by name; the author is recorded', async () => {
    const res = await t.gql(SUBMIT, { i: report() }, await cookie('informant1a'));
    expect(res.errors).toBeUndefined();
    id = res.data!.submitPreApplication;
    const [row] = await ownerQuery(`select a.created_by, u.username from application a join app_user u on u.id = a.created_by where a.id = $1`, [id]);
    expect(row.username).toBe('informant1a');

    const mine = await t.gql(MINE, {}, await cookie('informant1a'));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myPreApplications).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    const item = mine.data!.myPreApplications.items[0];
    expect(item).toMatchObject({
      id,
      contactName: '赵小花',
      address: '一镇甲村 5 组 8 号',
      programNames: ['临时救助', '最低生活保障'],
      urgent: true,
      status: 'PENDING_CONFIRM',
      statusName: '待窗口确认',
      receiptNo: null,
      rejectReason: null,
    });
    expect(Date.now() - Date.parse(item.createdAt)).toBeLessThan(60_000);
  });

  it('exposes only the report and its outcome: no phone, household, description or people', async () => {
    const res = await t.gql(`{ __type(name: "MyPreApplication") { fields { name } } }`, {}, await cookie('informant1a'));
    expect(res.data!.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'address',
      'contactName',
      'createdAt',
      'handledAt',
      'id',
      'photos',
      'programNames',
      'receiptNo',
      'rejectReason',
      'status',
      'statusName',
      'urgent',
    ]);
  });

  it('another informant, of the same village or another, sees nothing of it', async () => {
    for (const who of ['informant1a2', 'informant2a']) {
      const res = await t.gql(MINE, {}, await cookie(who));
      expect(res.errors).toBeUndefined();
      expect(res.data!.myPreApplications).toMatchObject({ total: 0, items: [] });
    }
  });

  it('windows and departments may not call it (FORBIDDEN); informants may not read applications', async () => {
    for (const who of ['town1', 'village1a', 'officer']) {
      const res = await t.gql(MINE, {}, await cookie(who));
      expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    }
    const apps = await t.gql(`{ applications { total } }`, {}, await cookie('informant1a'));
    expect(apps.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('the town window confirms it: the informant sees 已受理 with the receipt number', async () => {
    const conf = await t.gql(
      CONFIRM,
      { id, i: { householdId: hh, applicantPersonId: head, programs: [{ programCode: 'TEMP' }], authorizationSigned: true } },
      await cookie('town1'),
    );
    expect(conf.errors).toBeUndefined();
    const receiptNo = conf.data!.confirmPreApplication.receiptNo;
    expect(receiptNo).toMatch(/^SJ\d{8}101\d{5}$/);
    const mine = await t.gql(MINE, {}, await cookie('informant1a'));
    expect(mine.data!.myPreApplications.items[0]).toMatchObject({
      id,
      status: 'ACCEPTED',
      statusName: '已受理',
      receiptNo,
      urgent: true,
      programNames: ['临时救助'],
      contactName: '赵小花',
      rejectReason: null,
    });
  });

  it('a refused report shows 不予受理 and the reason; newest first; paging', async () => {
    const res = await t.gql(
      SUBMIT,
      { i: report({ contactName: '钱大伯', urgent: false, contactPhone: null, programs: [{ programCode: 'DIBAO' }] }) },
      await cookie('informant1a'),
    );
    expect(res.errors).toBeUndefined();
    const rejected = await t.gql(
      `mutation($id: ID!) { rejectPreApplication(id: $id, reason: "经核实已享受低保") }`,
      { id: res.data!.submitPreApplication },
      await cookie('village1a'),
    );
    expect(rejected.errors).toBeUndefined();
    const mine = await t.gql(MINE, {}, await cookie('informant1a'));
    expect(mine.data!.myPreApplications.total).toBe(2);
    expect(mine.data!.myPreApplications.items[0]).toMatchObject({
      contactName: '钱大伯',
      urgent: false,
      status: 'REJECTED',
      statusName: '不予受理',
      rejectReason: '经核实已享受低保',
      receiptNo: null,
    });
    const page2 = await t.gql(MINE, { page: 2, pageSize: 1 }, await cookie('informant1a'));
    expect(page2.data!.myPreApplications).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page2.data!.myPreApplications.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const bad = await t.gql(MINE, { pageSize: 101 }, await cookie('informant1a'));
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('bad reports are refused in Chinese and write nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string, string, string | undefined]> = [
    ['no name', { contactName: '  ' }, 'BAD_USER_INPUT', '请填写困难群众姓名', 'contactName'],
    ['no description', { description: '' }, 'BAD_USER_INPUT', '请说明困难情况', 'description'],
    ['an invalid phone', { contactPhone: '1234567' }, 'BAD_USER_INPUT', '手机号码格式不正确', 'contactPhone'],
    ['no address', { address: ' ' }, 'BAD_USER_INPUT', '请填写住址', 'address'],
    ['no program', { programs: [] }, 'BAD_USER_INPUT', '请至少选择一项申请事项', 'programs'],
    ['an area outside their own (another village of the town)', { areaCode: AREAS.village1b }, 'NOT_FOUND', '所在村社不存在或不在您的管辖范围内', undefined],
    ['an area outside their own (another town)', { areaCode: AREAS.village2a }, 'NOT_FOUND', '所在村社不存在或不在您的管辖范围内', undefined],
  ];
  for (const [what, over, code, message, field] of cases) {
    it(`${what} → ${code}`, async () => {
      const before = await written();
      const res = await t.gql(SUBMIT, { i: report(over) }, await cookie('informant1a'));
      expect(res.errors![0].extensions!.code).toBe(code);
      expect(res.errors![0].message).toBe(message);
      if (field) expect((res.errors![0].extensions as Record<string, unknown>).field).toBe(field);
      expect(await written()).toEqual(before);
    });
  }

  it('a window user may not report (FORBIDDEN)', async () => {
    const before = await written();
    const res = await t.gql(SUBMIT, { i: report() }, await cookie('town1'));
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
  });
});
