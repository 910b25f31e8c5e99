import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordBenefit } from '../src/modules/household/benefit.service';
import { setIncome } from '../src/modules/household/household.service';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

let t: TestApp;
let poor: string;
let elder: string;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('program-test', AREAS.district);
  poor = await household(t, AREAS.village1a, [member('韩一', '19800101', 'HEAD'), member('韩二', '19820101', 'SPOUSE', 'F')]);
  const people = await ownerQuery(`select p.id from person p join membership m on m.person_id = p.id where m.household_id = $1`, [poor]);
  for (const p of people) for (const month of ['2026-09', '2026-10', '2026-11']) await setIncome(sys, { personId: p.id, category: 'WAGE', month, amountFen: 20000 });
  elder = await household(t, AREAS.village1b, [member('冯老', '19400315', 'HEAD')]);
  await recordBenefit(sys, { householdId: elder, programCode: 'ELDER', status: 'ACTIVE', monthlyAmountFen: 10000, source: 'ROSTER' });
});
afterAll(async () => t?.close());

const SCREEN = `query($id: ID!, $d: String) { screenHousehold(householdId: $id, asOf: $d) { programCode outcome outcomeName missingFacts estimatedMonthlyFen trace parameters } }`;

describe('program catalogue and screening over the ledger', () => {
  it('lists every applicable program with Chinese conditions, materials and time limits', async () => {
    const res = await t.gql(`{ programs { code name ownerCode ownerName conditions materials steps publicity } }`, {}, { cookie: await t.cookieFor('town1') });
    const codes = res.data!.programs.map((p: { code: string }) => p.code);
    for (const c of ['DIBAO', 'TEKUN', 'MEDICAL', 'EDU', 'HOUSING', 'EMPLOY', 'TEMP', 'ELDER']) expect(codes).toContain(c);
    const dibao = res.data!.programs.find((p: { code: string }) => p.code === 'DIBAO');
    expect(dibao.ownerName).toBe('测试区民政局');
    expect(dibao.conditions.join('\n')).toMatch(/人均/);
    expect(dibao.materials.length).toBeGreaterThan(0);
    expect(dibao.publicity).toMatch(/公示/);
  });

  it('screens a low-income household: 低保 eligible with an amount and reasons, logged', async () => {
    const res = await t.gql(SCREEN, { id: poor, d: '2026-12-01' }, { cookie: await t.cookieFor('town1') });
    expect(res.errors).toBeUndefined();
    const dibao = res.data!.screenHousehold.find((r: { programCode: string }) => r.programCode === 'DIBAO');
    // Wages 200 yuan × 2 persons, 10% employment deduction → 180 yuan per capita, rural standard 650 (demo values).
    expect(dibao).toMatchObject({ outcome: 'ELIGIBLE', outcomeName: '符合', missingFacts: [], estimatedMonthlyFen: 94000 });
    expect(dibao.trace).toContain('　家庭人均月收入 180.00 元 < 低保标准 650.00 元（农村）：满足');
    expect(dibao.parameters.join('\n')).toMatch(/低保标准/);
    const log = await ownerQuery(`select count(*)::int as n from audit_log where action = 'household.screened' and entity_id = $1`, [poor]);
    expect(log[0].n).toBe(1);
  });

  it('a department not involved with the household cannot screen it; another village gets NOT_FOUND', async () => {
    const dept = await t.gql(SCREEN, { id: poor }, { cookie: await t.cookieFor('officer') });
    expect(dept.errors![0].extensions!.code).toBe('FORBIDDEN');
    const other = await t.gql(SCREEN, { id: poor }, { cookie: await t.cookieFor('village2a') });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('screens a questionnaire without a record, naming missing facts', async () => {
    const facts = { residenceType: 'URBAN', areaCode: AREAS.village1a, applicationDate: '2026-12-01', members: [{ personId: 'a', relation: 'HEAD', birthDate: '1941-01-01', sex: 'M', statuses: [], deathDate: null }], assets: [], benefits: [] };
    const res = await t.gql(`query($f: JSON!) { screenFacts(facts: $f) { programCode outcome missingFacts } }`, { f: facts }, { cookie: await t.cookieFor('village1a') });
    expect(res.errors).toBeUndefined();
    const elderResult = res.data!.screenFacts.find((r: { programCode: string }) => r.programCode === 'ELDER');
    expect(elderResult.outcome).toBe('ELIGIBLE');
    const insufficient = res.data!.screenFacts.filter((r: { outcome: string }) => r.outcome === 'INSUFFICIENT');
    expect(insufficient.length).toBeGreaterThan(0);
    expect(insufficient[0].missingFacts.length).toBeGreaterThan(0);
    const bad = await t.gql(`query { screenFacts(facts: {}) { programCode } }`, {}, { cookie: await t.cookieFor('village1a') });
    expect(bad.errors![0].message).toMatch(/缺少家庭成员/);
  });
});
