import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 绿色通道 先行救助 (modules/workflow advance-relief.service.ts, issue #15 item 3): the town window grants 临时救助 at
 * once to an urgent application of its town, within the limit of the settings; the paperwork (a 临时救助 referral of the
 * application) must follow within N working days, else the grant is 补办超期 in 督办. Only the town window, only its
 * own town, only urgent open applications, once.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });
const err = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions ?? {};
/** Beijing noon of `date`. */
const setToday = (date: string | null) => {
  t.runtime.clock = date ? () => new Date(`${date}T04:00:00Z`) : undefined;
};

const GRANT = `mutation($a: ID!, $y: Float!, $r: String!) { grantAdvanceRelief(applicationId: $a, amountYuan: $y, reason: $r) {
  id applicationId name amountYuan reason grantDate paperworkDue grantedByName state stateName } }`;
const BOARD = `{ supervisionBoard { advanceReliefs { applicationId amountYuan paperworkDue state stateName } } }`;
const SUBMIT = `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`;

async function report(urgent: boolean, name = '周大福') {
  const res = await t.gql(
    SUBMIT,
    {
      i: {
        contactName: name,
        contactPhone: '13900002222',
        address: '一镇甲村 2 组',
        areaCode: AREAS.village1a,
        programs: [{ programCode: 'TEMP' }],
        description: '家中失火，房屋烧毁，无处居住',
        urgent,
      },
    },
    await as('informant1a'),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.submitPreApplication as string;
}

let urgentId: string;
let calmId: string;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('advance-relief-test', AREAS.district);
  await createUser(sys, {
    username: 'informant1a',
    displayName: '测试信息员',
    areaCode: AREAS.village1a,
    roles: ['INFORMANT'],
    informantKind: 'VOLUNTEER',
    password: PASSWORD,
  });
  await createUser(sys, { username: 'town2win', displayName: '二镇窗口', areaCode: AREAS.town2, roles: ['TOWN_WINDOW'], password: PASSWORD });
  await ownerQuery(`update app_user set must_change_password = false`);
  setToday('2026-12-07'); // a Monday
  urgentId = await report(true);
  calmId = await report(false, '吴小明');
});
afterEach(() => setToday('2026-12-07'));
afterAll(async () => t?.close());

describe('先行救助 is the town window’s, for urgent open applications of its town, within the limit', () => {
  it('refuses the village window, another town, a non-urgent application, too much money and an empty reason — writing nothing', async () => {
    expect(err(await t.gql(GRANT, { a: urgentId, y: 500, r: '火灾' }, await as('village1a')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(err(await t.gql(GRANT, { a: urgentId, y: 500, r: '火灾' }, await as('town2win')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(err(await t.gql(GRANT, { a: calmId, y: 500, r: '火灾' }, await as('town1')))).toMatchObject({ code: 'INVALID_STATE' });
    const tooMuch = await t.gql(GRANT, { a: urgentId, y: 2000.01, r: '火灾' }, await as('town1'));
    expect(err(tooMuch)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountYuan' });
    expect(tooMuch.errors![0].message).toContain('2000 元');
    expect(err(await t.gql(GRANT, { a: urgentId, y: 10.005, r: '火灾' }, await as('town1')))).toMatchObject({ field: 'amountYuan' });
    expect(err(await t.gql(GRANT, { a: urgentId, y: 0, r: '火灾' }, await as('town1')))).toMatchObject({ field: 'amountYuan' });
    expect(err(await t.gql(GRANT, { a: urgentId, y: 500, r: '  ' }, await as('town1')))).toMatchObject({ field: 'reason' });
    expect(await ownerQuery(`select * from advance_relief`)).toEqual([]);
  });

  it('the limit is the system setting', async () => {
    const set = await t.gql(`mutation { updateSetting(key: ADVANCE_RELIEF_MAX_YUAN, value: "600", version: 0) { value } }`, {}, await as('sysadmin'));
    expect(set.errors).toBeUndefined();
    const rules = await t.gql(`{ advanceReliefRules { maxYuan paperworkDays } }`, {}, await as('town1'));
    expect(rules.data!.advanceReliefRules).toEqual({ maxYuan: 600, paperworkDays: 5 });
    const res = await t.gql(GRANT, { a: urgentId, y: 800, r: '火灾' }, await as('town1'));
    expect(res.errors![0].message).toContain('600 元');
    await ownerQuery(`delete from setting where key = 'ADVANCE_RELIEF_MAX_YUAN'`);
  });

  it('grants once: the paperwork is due 5 working days later; logged; the application shows it', async () => {
    const res = await t.gql(GRANT, { a: urgentId, y: 800, r: '房屋失火，先行救助基本生活' }, await as('town1'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.grantAdvanceRelief).toMatchObject({
      applicationId: urgentId,
      name: '周大福',
      amountYuan: 800,
      grantDate: '2026-12-07',
      paperworkDue: '2026-12-14',
      state: 'PENDING',
      stateName: '待补办手续',
    });
    const again = await t.gql(GRANT, { a: urgentId, y: 100, r: '再发' }, await as('town1'));
    expect(err(again)).toMatchObject({ code: 'CONFLICT' });
    expect(await ownerQuery(`select amount_fen from advance_relief`)).toEqual([{ amount_fen: '80000' }]);

    const [audit] = await ownerQuery(`select a.actor_name, a.diff from audit_log a where a.action = 'relief.advance_granted'`);
    expect(JSON.stringify(audit.diff)).toContain('2026-12-14');
    const app = await t.gql(
      `query($id: ID!) { application(id: $id) { application { advanceRelief { amountYuan paperworkDue regularized grantedByName } } history { kind kindName note } } }`,
      { id: urgentId },
      await as('village1a'),
    );
    expect(app.errors).toBeUndefined();
    expect(app.data!.application.application.advanceRelief).toMatchObject({ amountYuan: 800, paperworkDue: '2026-12-14', regularized: false });
    expect(app.data!.application.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'application.advance_relief', kindName: '先行救助（绿色通道）' })]),
    );
  });

  it('paperwork not done by the due date: 补办超期 in 督办; another town does not see it', async () => {
    setToday('2026-12-14');
    const due = await t.gql(BOARD, {}, await as('town1'));
    expect(due.data!.supervisionBoard.advanceReliefs).toEqual([
      { applicationId: urgentId, amountYuan: 800, paperworkDue: '2026-12-14', state: 'PENDING', stateName: '待补办手续' },
    ]);
    setToday('2026-12-15');
    const late = await t.gql(BOARD, {}, await as('town1'));
    expect(late.data!.supervisionBoard.advanceReliefs).toEqual([
      { applicationId: urgentId, amountYuan: 800, paperworkDue: '2026-12-14', state: 'OVERDUE', stateName: '补办超期' },
    ]);
    const other = await t.gql(BOARD, {}, await as('town2win'));
    expect(other.data!.supervisionBoard.advanceReliefs).toEqual([]);
  });

  it('the window confirms the application with 临时救助: the paperwork is done, 督办 no longer lists it', async () => {
    const hh = await household(t, AREAS.village1a, [member('周大福', '19700101', 'HEAD', 'M')]);
    const [head] = await ownerQuery<{ person_id: string }>(`select person_id from membership where household_id = $1`, [hh]);
    const conf = await t.gql(
      `mutation($id: ID!, $i: ApplicationInput!) { confirmPreApplication(id: $id, input: $i) { receiptNo } }`,
      { id: urgentId, i: { householdId: hh, applicantPersonId: head.person_id, programs: [{ programCode: 'TEMP' }], authorizationSigned: true } },
      await as('town1'),
    );
    expect(conf.errors).toBeUndefined();
    setToday('2026-12-15');
    expect((await t.gql(BOARD, {}, await as('town1'))).data!.supervisionBoard.advanceReliefs).toEqual([]);
    const all = await t.gql(`{ advanceReliefs { applicationId name receiptNo state stateName } }`, {}, await as('town1'));
    expect(all.data!.advanceReliefs).toEqual([
      { applicationId: urgentId, name: '周大福', receiptNo: conf.data!.confirmPreApplication.receiptNo, state: 'DONE', stateName: '已补办' },
    ]);
  });
});
