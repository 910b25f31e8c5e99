import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 协助完善台账 (modules/household change-request.service.ts, issue #15 item 2): informants propose changes to the
 * households of their village; a second person — a window, never the proposer — decides; an approved death is entered
 * in the ledger, every approved change in the household's history. 帮扶措施 are recorded with their date.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });
const err = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions ?? {};
let hh: string;
let other: string;
const person = async (name: string) => (await ownerQuery<{ id: string }>(`select id from person where name = $1`, [name]))[0].id;

const PROPOSE = `mutation($i: HouseholdChangeInput!) { proposeHouseholdChange(input: $i) { id kind kindName status statusName personName mine version proposedByName } }`;
const DECIDE = `mutation($id: ID!, $a: Boolean!, $n: String, $v: Int!) { decideHouseholdChange(id: $id, approve: $a, note: $n, version: $v) { status statusName decidedByName version } }`;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  t.runtime.clock = () => new Date('2026-12-10T04:00:00Z');
  const sys = t.system('household-change-test', AREAS.district);
  await createUser(sys, {
    username: 'informant1a',
    displayName: '测试信息员',
    areaCode: AREAS.village1a,
    roles: ['INFORMANT'],
    informantKind: 'GROUP_LEADER',
    password: PASSWORD,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
  hh = await household(
    t,
    AREAS.village1a,
    [member('钱大山', '19600101', 'HEAD'), member('钱小禾', '19620202', 'SPOUSE', 'F'), member('钱小树', '19900303', 'SON')],
    '一镇甲村五组 7 号',
  );
  other = await household(t, AREAS.village2a, [member('孙大海', '19650505', 'HEAD')], '二镇甲村一组 1 号');
});
afterAll(async () => t?.close());

describe('协助完善台账', () => {
  it('an informant finds the households of its own village only — names, address, members; no ledger access', async () => {
    const found = await t.gql(
      `query($k: String!) { helpableHouseholds(keyword: $k) { id headName address members { name } } }`,
      { k: '钱大' },
      await as('informant1a'),
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.helpableHouseholds).toEqual([
      { id: hh, headName: '钱大山', address: '一镇甲村五组 7 号', members: [{ name: '钱大山' }, { name: '钱小禾' }, { name: '钱小树' }] },
    ]);
    const foreign = await t.gql(`query($k: String!) { helpableHouseholds(keyword: $k) { id } }`, { k: '孙大海' }, await as('informant1a'));
    expect(foreign.data!.helpableHouseholds).toEqual([]);
    expect(err(await t.gql(`query($id: ID!) { household(id: $id) { id } }`, { id: hh }, await as('informant1a')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a proposal is checked: kind, member, date; another village is out of reach; nothing is written', async () => {
    const i = { householdId: hh, kind: 'DIED', personId: await person('钱大山'), note: '昨日病故' };
    expect(err(await t.gql(PROPOSE, { i }, await as('informant1a')))).toMatchObject({ field: 'effectiveDate' });
    expect(err(await t.gql(PROPOSE, { i: { ...i, effectiveDate: '2026-12-11' } }, await as('informant1a')))).toMatchObject({ field: 'effectiveDate' });
    expect(err(await t.gql(PROPOSE, { i: { ...i, effectiveDate: '2026-12-09', personId: await person('孙大海') } }, await as('informant1a')))).toMatchObject({
      field: 'personId',
    });
    expect(err(await t.gql(PROPOSE, { i: { householdId: other, kind: 'MOVED', note: '搬走了' } }, await as('informant1a')))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(err(await t.gql(PROPOSE, { i: { householdId: hh, kind: 'MOVED', note: ' ' } }, await as('informant1a')))).toMatchObject({ field: 'note' });
    expect(await ownerQuery(`select * from household_change_request`)).toEqual([]);
  });

  it('the informant’s report of a death takes effect when the village window approves it: the ledger records the death', async () => {
    const p = await t.gql(
      PROPOSE,
      { i: { householdId: hh, kind: 'DIED', personId: await person('钱大山'), effectiveDate: '2026-12-08', note: '突发脑溢血去世，家属已告知' } },
      await as('informant1a'),
    );
    expect(p.errors).toBeUndefined();
    expect(p.data!.proposeHouseholdChange).toMatchObject({ kind: 'DIED', kindName: '死亡', status: 'PENDING', personName: '钱大山', mine: true });
    const id = p.data!.proposeHouseholdChange.id;
    expect(err(await t.gql(DECIDE, { id, a: true, v: 1 }, await as('informant1a')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ownerQuery(`select death_date from person where name = '钱大山'`)).toEqual([{ death_date: null }]);

    const pending = await t.gql(`{ householdChanges(pending: true) { id mine } }`, {}, await as('village1a'));
    expect(pending.data!.householdChanges).toEqual([{ id, mine: false }]);
    const ok = await t.gql(DECIDE, { id, a: true, v: 1 }, await as('village1a'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.decideHouseholdChange).toMatchObject({ status: 'APPROVED', statusName: '已通过' });
    const [dead] = await ownerQuery(
      `select p.death_date::text as d, m.to_date::text as until from person p join membership m on m.person_id = p.id where p.name = '钱大山'`,
    );
    // The membership is closed (at the death date, or when it began if that is later: markDeceased).
    expect(dead).toEqual({ d: '2026-12-08', until: expect.stringMatching(/^2026-12-(08|10)$/) });
    expect(err(await t.gql(DECIDE, { id, a: false, n: '重复', v: 2 }, await as('town1')))).toMatchObject({ code: 'INVALID_STATE' });
    const mine = await t.gql(`{ householdChanges(mine: true) { status decidedByName } }`, {}, await as('informant1a'));
    expect(mine.data!.householdChanges).toEqual([{ status: 'APPROVED', decidedByName: expect.any(String) }]);
  });

  it('maker-checker: a window cannot decide its own proposal; another window can, and the change is in the household’s history', async () => {
    const p = await t.gql(
      PROPOSE,
      { i: { householdId: hh, kind: 'JOB_LOST', personId: await person('钱小树'), effectiveDate: '2026-11-30', note: '工厂停产，被辞退' } },
      await as('village1a'),
    );
    const id = p.data!.proposeHouseholdChange.id;
    expect(err(await t.gql(DECIDE, { id, a: true, v: 1 }, await as('village1a')))).toMatchObject({ code: 'MAKER_CHECKER' });
    expect(err(await t.gql(DECIDE, { id, a: false, v: 1 }, await as('town1')))).toMatchObject({ field: 'note' });
    const ok = await t.gql(DECIDE, { id, a: true, n: '已核实', v: 1 }, await as('town1'));
    expect(ok.errors).toBeUndefined();
    const events = await ownerQuery<{ kind: string; summary: string }>(
      `select kind, summary from household_event where household_id = $1 and kind like 'change.%'`,
      [hh],
    );
    expect(events).toEqual([{ kind: 'change.job_lost', summary: expect.stringContaining('钱小树：工厂停产，被辞退（2026-11-30）') }]);
    expect(await ownerQuery(`select count(*)::int as n from audit_log where action = 'household.change_decided'`)).toEqual([{ n: 2 }]);

    const r = await t.gql(PROPOSE, { i: { householdId: hh, kind: 'INCOME_CHANGE', note: '儿子已找到新工作，月收入约 4000 元' } }, await as('informant1a'));
    const rejected = await t.gql(DECIDE, { id: r.data!.proposeHouseholdChange.id, a: false, n: '尚未入职，待核实', v: 1 }, await as('village1a'));
    expect(rejected.data!.decideHouseholdChange).toMatchObject({ status: 'REJECTED', statusName: '未通过' });
    expect(await ownerQuery(`select count(*)::int as n from household_event where household_id = $1 and kind = 'change.income_change'`, [hh])).toEqual([
      { n: 0 },
    ]);
  });

  it('帮扶措施 are recorded with their date and listed for the household', async () => {
    const REC = `mutation($i: HouseholdFollowupInput!) { recordHouseholdFollowup(input: $i) { kind kindName measureDate note personName recordedByName } }`;
    expect(
      err(await t.gql(REC, { i: { householdId: hh, kind: 'COUNSEL', measureDate: '2026-12-12', note: '上门谈心' } }, await as('informant1a'))),
    ).toMatchObject({
      field: 'measureDate',
    });
    const ok = await t.gql(
      REC,
      { i: { householdId: hh, kind: 'COUNSEL', personId: await person('钱小禾'), measureDate: '2026-12-09', note: '丧夫后情绪低落，上门谈心' } },
      await as('informant1a'),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordHouseholdFollowup).toMatchObject({ kind: 'COUNSEL', kindName: '心理疏导', personName: '钱小禾', measureDate: '2026-12-09' });
    const list = await t.gql(`query($h: ID) { householdFollowups(householdId: $h) { kindName note } }`, { h: hh }, await as('village1a'));
    expect(list.data!.householdFollowups).toEqual([{ kindName: '心理疏导', note: '丧夫后情绪低落，上门谈心' }]);
    expect((await t.gql(`{ householdFollowups { id } }`, {}, await as('village2a'))).data!.householdFollowups).toEqual([]);
  });
});
