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
  for (const p of people)
    for (const month of ['2026-09', '2026-10', '2026-11']) await setIncome(sys, { personId: p.id, category: 'WAGE', month, amountFen: 20000 });
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
    const facts = {
      residenceType: 'URBAN',
      areaCode: AREAS.village1a,
      applicationDate: '2026-12-01',
      members: [{ personId: 'a', relation: 'HEAD', birthDate: '1941-01-01', sex: 'M', statuses: [], deathDate: null }],
      assets: [],
      benefits: [],
    };
    const res = await t.gql(
      `query($f: ScreeningFactsInput!) { screenFacts(facts: $f) { programCode outcome missingFacts ownerName } }`,
      { f: facts },
      { cookie: await t.cookieFor('village1a') },
    );
    expect(res.errors).toBeUndefined();
    const elderResult = res.data!.screenFacts.find((r: { programCode: string }) => r.programCode === 'ELDER');
    expect(elderResult.outcome).toBe('ELIGIBLE');
    const insufficient = res.data!.screenFacts.filter((r: { outcome: string }) => r.outcome === 'INSUFFICIENT');
    expect(insufficient.length).toBeGreaterThan(0);
    expect(insufficient[0].missingFacts.length).toBeGreaterThan(0);
    expect(elderResult.ownerName).toBe('测试区民政局');
    // The questionnaire is a typed input: without members (or with a code outside its enum) it is refused before screening.
    const bad = await t.gql(`query { screenFacts(facts: {}) { programCode } }`, {}, { cookie: await t.cookieFor('village1a') });
    expect(bad.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badCode = await t.gql(
      `query($f: ScreeningFactsInput!) { screenFacts(facts: $f) { programCode } }`,
      { f: { ...facts, members: [{ personId: 'a', relation: 'NEIGHBOUR' }] } },
      { cookie: await t.cookieFor('village1a') },
    );
    expect(badCode.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('dated parameters edited by the owning department (两不变)', () => {
  const ADD = `mutation($i: ParameterVersionInput!) { addParameterVersion(input: $i) { code valueAt versions { effectiveFrom value reason recordedBy } } }`;
  const nextMonth = () => {
    const d = new Date();
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  };

  it('a new standard from next month: screening today keeps the old value, next month uses the new one', async () => {
    const from = nextMonth();
    const officer = await t.cookieFor('officer'); // 民政
    const res = await t.gql(
      ADD,
      {
        i: {
          code: 'DIBAO.standard.RURAL',
          effectiveFrom: from,
          value: { number: 70000 },
          legalRef: '和安府发〔2026〕12号（演示）',
          reason: '按上年人均消费支出调整',
        },
      },
      { cookie: officer },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addParameterVersion[0].valueAt).toMatch(/700\.00/);
    const today = new Date().toISOString().slice(0, 10);
    const town = await t.cookieFor('town1');
    const before = await t.gql(SCREEN, { id: poor, d: today }, { cookie: town });
    const after = await t.gql(SCREEN, { id: poor, d: from }, { cookie: town });
    const dibao = (r: typeof before) => r.data!.screenHousehold.find((x: { programCode: string }) => x.programCode === 'DIBAO');
    expect(dibao(before).trace.join('\n')).toMatch(/低保标准 650\.00 元/);
    expect(dibao(after).trace.join('\n')).toMatch(/低保标准 700\.00 元/);
    const [log] = await ownerQuery(`select actor_name, diff from audit_log where action = 'parameter.version_added'`);
    expect(log.diff.detail.reason).toBe('按上年人均消费支出调整');
  });

  it('another department cannot edit it, history cannot be rewritten, and windows have no edit right', async () => {
    const renshe = await ownerQuery(`select id from department where code = 'RENSHE'`);
    await ownerQuery(`update app_user set department_id = $1 where username = 'joint'`, [renshe[0].id]);
    await ownerQuery(`update app_user set roles = '{DEPT_OFFICER}' where username = 'joint'`);
    const other = await t.gql(
      ADD,
      { i: { code: 'DIBAO.standard.RURAL', effectiveFrom: '2030-01-01', value: { number: 1 }, legalRef: 'x', reason: '越权尝试' } },
      { cookie: await t.cookieFor('joint') },
    );
    expect(other.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(other.errors![0].message).toMatch(/只有测试区民政局/);
    const past = await t.gql(
      ADD,
      { i: { code: 'DIBAO.standard.RURAL', effectiveFrom: '2026-01-01', value: { number: 1 }, legalRef: 'x', reason: '改写历史' } },
      { cookie: await t.cookieFor('officer') },
    );
    expect(past.errors![0].message).toMatch(/不能改写/);
    const town = await t.gql(
      ADD,
      { i: { code: 'DIBAO.standard.RURAL', effectiveFrom: '2030-01-01', value: { number: 1 }, legalRef: 'x', reason: '窗口尝试' } },
      { cookie: await t.cookieFor('town1') },
    );
    expect(town.errors![0].extensions!.code).toBe('FORBIDDEN');
    // The database itself refuses to change a stored version.
    const { Client } = await import('pg');
    const { inject } = await import('vitest');
    const c = new Client({ connectionString: inject('appUrl') });
    await c.connect();
    await expect(c.query(`update parameter_version set value = '1'`)).rejects.toThrow(/permission denied/);
    await c.end();
  });
});
