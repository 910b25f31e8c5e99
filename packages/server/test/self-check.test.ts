import { SEED_CATALOGUE, valueAt } from '@xiejiu/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';

/**
 * 我能申请什么 (portal self-check, module program `self-check.ts`): anonymous, plain questions → the engine over the
 * catalogue in force, results ordered for a citizen; bad answers get a Chinese message on the field; nothing is stored.
 */

let t: TestApp;

const SELF_CHECK = `query($a: SelfCheckInput!) {
  selfCheck(answers: $a) { programCode programName ownerName outcome verdict reasons missing estimatedMonthly } }`;

type Result = {
  programCode: string;
  outcome: string;
  verdict: string;
  reasons: string[];
  missing: string[];
  estimatedMonthly: number | null;
  ownerName: string | null;
};

const elderlyCouple = (otherIncome: number, extra: Record<string, unknown> = {}) => ({
  residenceType: 'RURAL',
  areaCode: AREAS.village1a,
  members: [
    { relation: 'HEAD', age: 71, sex: 'M', labourCapacity: 'NONE', seriousIllness: false, schoolStatus: null, employmentStatus: null },
    { relation: 'SPOUSE', age: 68, sex: 'F', labourCapacity: 'NONE', seriousIllness: false, schoolStatus: null, employmentStatus: null },
  ],
  otherIncome,
  deposits: 2000,
  carValue: 0,
  homes: 1,
  housingDifficulty: false,
  suddenHardship: false,
  rigidSpending12m: 0,
  unionMember: false,
  disasterAffected: false,
  legalSupport: 'ABLE',
  ...extra,
});

async function check(answers: Record<string, unknown>) {
  const res = await t.gql<{ selfCheck: Result[] }>(SELF_CHECK, { a: answers });
  return res;
}

const ruralStandardFen = () => valueAt(SEED_CATALOGUE.parameters.find((p) => p.code === 'DIBAO.standard.RURAL')!, todayCn())!.value as number;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
});
afterAll(async () => t?.close());

describe('selfCheck (anonymous)', () => {
  it('a rural elderly couple with little income may qualify for 低保: the amount follows the standard in force', async () => {
    const res = await check(elderlyCouple(300));
    expect(res.errors).toBeUndefined();
    const results = res.data!.selfCheck;
    const dibao = results.find((r) => r.programCode === 'DIBAO')!;
    expect(dibao.outcome).toBe('ELIGIBLE');
    expect(dibao.verdict).toBe('可能符合，建议申请');
    expect(dibao.ownerName).toBeTruthy();
    // (standard − per-capita income) × 2 persons, in yuan.
    expect(dibao.estimatedMonthly).toBeCloseTo(((ruralStandardFen() - 15_000) * 2) / 100, 2);
    expect(dibao.reasons.join('\n')).toMatch(/低保标准/);
    // The birth date is made up from the age: never shown as if someone had entered it.
    expect(results.flatMap((r) => r.reasons).join('\n')).not.toMatch(/出生日期 \d{4}/);
    // Ordered for the reader: possible ones first, 暂不符合 last.
    const order = results.map((r) => ['ELIGIBLE', 'INSUFFICIENT', 'EXCLUDED', 'INELIGIBLE'].indexOf(r.outcome));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(results.filter((r) => r.outcome === 'INELIGIBLE').every((r) => r.estimatedMonthly === null)).toBe(true);
  });

  it('income above the standard per person: 低保 暂不符合', async () => {
    const income = (ruralStandardFen() / 100) * 2 + 200;
    const dibao = (await check(elderlyCouple(income))).data!.selfCheck.find((r) => r.programCode === 'DIBAO')!;
    expect(dibao.outcome).toBe('INELIGIBLE');
    expect(dibao.verdict).toBe('按所填情况暂不符合');
    expect(dibao.estimatedMonthly).toBeNull();
  });

  it('a question left unanswered is unknown, not "no": the result asks for it', async () => {
    // A man of 45 living alone who did not say whether he can work: 特困 needs to know.
    const results = (await check({ ...elderlyCouple(300), members: [{ relation: 'HEAD', age: 45, sex: 'M' }] })).data!.selfCheck;
    const insufficient = results.filter((r) => r.outcome === 'INSUFFICIENT');
    expect(insufficient.length).toBeGreaterThan(0);
    expect(insufficient.flatMap((r) => r.missing).join('、')).toMatch(/劳动能力（本人/);
    expect(insufficient[0].verdict).toBe('还需了解更多情况，可到窗口咨询');
  });

  it('a household already receiving 特困 is told 低保 cannot be had at the same time', async () => {
    const results = (await check(elderlyCouple(300, { currentPrograms: ['TEKUN'] }))).data!.selfCheck;
    const dibao = results.find((r) => r.programCode === 'DIBAO')!;
    expect(dibao.outcome).toBe('EXCLUDED');
    expect(dibao.reasons[0]).toMatch(/特困/);
  });

  it('bad answers: a Chinese message on the field, nothing evaluated', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ ...elderlyCouple(300), members: [] }, 'members', /至少填写一名/],
      [{ ...elderlyCouple(300), members: [{ relation: 'SPOUSE', age: 40 }] }, 'members', /户主/],
      [{ ...elderlyCouple(300), members: [{ relation: 'HEAD', age: 130 }] }, 'members.0.age', /年龄/],
      [
        { ...elderlyCouple(300), members: [{ relation: 'HEAD', age: 40, disabilityType: 'PHYSICAL', disabilityGrade: 6 }] },
        'members.0.disabilityGrade',
        /残疾等级/,
      ],
      [{ ...elderlyCouple(-1) }, 'otherIncome', /金额/],
      [{ ...elderlyCouple(0), wageIncome: -5 }, 'wageIncome', /金额/],
      [{ ...elderlyCouple(300), deposits: 1e12 }, 'deposits', /金额/],
      [{ ...elderlyCouple(300), homes: 25 }, 'homes', /住房套数/],
      [{ ...elderlyCouple(300), areaCode: '5001' }, 'areaCode', /地区/],
      [{ ...elderlyCouple(300), currentPrograms: ['NOPE'] }, 'currentPrograms', /未知/],
      [{ ...elderlyCouple(300), members: Array.from({ length: 16 }, (_, i) => ({ relation: i ? 'OTHER' : 'HEAD', age: 30 })) }, 'members', /最多/],
    ];
    for (const [answers, field, message] of cases) {
      const res = await check(answers);
      expect(res.data, field).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect((res.errors?.[0]?.extensions as { field?: string } | undefined)?.field, field).toBe(field);
      expect(res.errors?.[0]?.message, field).toMatch(message);
    }
  });

  it('stores nothing and logs nothing (nobody is identified)', async () => {
    const count = async () => (await ownerQuery<{ n: number }>(`select (select count(*) from audit_log) + (select count(*) from application) as n`))[0].n;
    const before = await count();
    for (let i = 0; i < 3; i++) expect((await check(elderlyCouple(100 * i))).errors).toBeUndefined();
    expect(await count()).toBe(before);
  });
});
