import { describe, expect, it } from 'vitest';
import { PROGRAM_NAMES, PROGRAM_OWNERS, TIER_PROGRAMS } from '../tiers';
import {
  evaluatePrograms,
  monthlyAmountCap,
  parameterOwner,
  screenFacts,
  withParameterVersion,
  type Catalogue,
  type HouseholdFacts,
  type MemberFacts,
  type ProgramResult,
} from '../engine';
import { householdFacts, mayIncome, memberFacts } from '../engine/testing';
import { SEED_CATALOGUE } from '.';

const DATE = '2026-06-15';
/** Birth date of someone who turns `age` exactly on the application date. */
const bornAge = (age: number) => `${2026 - age}-06-15`;
/** Birth date of someone whose `age + 1` birthday is tomorrow (still `age`). */
const bornAgeLastDay = (age: number) => `${2025 - age}-06-16`;

function run(facts: HouseholdFacts, code: string, cat: Catalogue = SEED_CATALOGUE, asOf?: string): ProgramResult {
  return evaluatePrograms(facts, cat, { programs: [code], asOf })[0];
}
function memberOutcome(r: ProgramResult, personId: string) {
  return r.members!.find((m) => m.personId === personId)!;
}
const texts = (r: ProgramResult) => r.trace.map((t) => t.text);

describe('catalogue consistency', () => {
  it('seeds every program of PROGRAM_NAMES with the same name, owner and tier', () => {
    const codes = SEED_CATALOGUE.programs.map((p) => p.code).sort();
    expect(codes).toEqual(Object.keys(PROGRAM_NAMES).sort());
    for (const p of SEED_CATALOGUE.programs) {
      expect(p.name).toBe(PROGRAM_NAMES[p.code]);
      expect(p.owner).toBe(PROGRAM_OWNERS[p.code]);
      expect(p.confersTier).toBe(TIER_PROGRAMS[p.code] ?? null);
      expect(p.legalBasis.length).toBeGreaterThan(0);
      if (p.applicable) {
        expect(p.eligibility).not.toBeNull();
        expect(p.materials.length).toBeGreaterThan(0);
        expect(p.steps.length).toBeGreaterThan(0);
      }
    }
  });

  it('每个参数版本都有法规依据，非国家统一规定的标注演示值', () => {
    for (const p of SEED_CATALOGUE.parameters) {
      expect(p.name).toMatch(/[\u4e00-\u9fa5]/);
      for (const v of p.versions) {
        expect(v.legalRef).toBeTruthy();
        if (p.unit === 'fen') expect(v.note).toBe('演示值');
      }
    }
    const dibao = SEED_CATALOGUE.parameters.find((p) => p.code === 'DIBAO.standard.URBAN')!;
    expect(dibao.versions.at(-1)).toMatchObject({ effectiveFrom: '2026-01-01', value: 80000, note: '演示值' });
    expect(SEED_CATALOGUE.parameters.find((p) => p.code === 'DIBAO.standard.RURAL')!.versions.at(-1)!.value).toBe(65000);
  });

  it('DIBAO time limits: 受理 1, 调查 3, 公示 7 calendar, 审批 10, 不予批准通知 3; 30 wd extendable to 45', () => {
    const d = SEED_CATALOGUE.programs.find((p) => p.code === 'DIBAO')!;
    expect(d.steps.map((s) => [s.name.slice(0, 2), s.limit?.days, s.limit?.kind])).toEqual([
      ['受理', 1, 'WORKING'],
      ['家庭', 3, 'WORKING'],
      ['初审', 7, 'CALENDAR'],
      ['审核', 10, 'WORKING'],
      ['不予', 3, 'WORKING'],
    ]);
    expect(d.totalLimit).toMatchObject({ days: 30, kind: 'WORKING', extendableTo: 45 });
    expect(d.publicity).toMatchObject({ required: true, days: 7, kind: 'CALENDAR' });
    const t = SEED_CATALOGUE.programs.find((p) => p.code === 'TEKUN')!;
    expect(t.steps.find((s) => s.code === 'INVESTIGATE')!.limit).toEqual({ days: 15, kind: 'WORKING' });
    expect(t.publicity.minors).toBe('NEVER');
  });

  it('脱贫户、监测对象 are listed but never evaluated', () => {
    const codes = screenFacts(householdFacts()).map((r) => r.programCode);
    expect(codes).not.toContain('TUOPIN');
    expect(codes).not.toContain('MONITOR');
    expect(codes).toHaveLength(17);
    expect(() => evaluatePrograms(householdFacts(), SEED_CATALOGUE, { programs: ['TUOPIN'] })).toThrow('不可评估');
  });
});

describe('DIBAO 最低生活保障', () => {
  const single = (income: number, extra: Partial<HouseholdFacts> = {}) =>
    householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(income, 'BUSINESS')] })], ...extra });

  it('per-capita income exactly at the standard → 不符合; one fen below → 符合', () => {
    const at = run(single(80000), 'DIBAO');
    expect(at.outcome).toBe('INELIGIBLE');
    expect(at.estimatedMonthlyFen).toBeNull();
    expect(texts(at)).toContain('家庭人均月收入 800.00 元 < 低保标准 800.00 元（城市）：不满足');
    const below = run(single(79999), 'DIBAO');
    expect(below.outcome).toBe('ELIGIBLE');
    // Gap of 1 fen is floored at the minimum top-up (10 元 per person).
    expect(below.estimatedMonthlyFen).toBe(1000);
  });

  it('uses the rural standard for rural households', () => {
    expect(run(single(64999, { residenceType: 'RURAL' }), 'DIBAO').outcome).toBe('ELIGIBLE');
    expect(run(single(65000, { residenceType: 'RURAL' }), 'DIBAO').outcome).toBe('INELIGIBLE');
  });

  it('amount = (standard − per-capita income) × counted persons', () => {
    const f = householdFacts({
      members: [memberFacts({ personId: 'p1', incomes: [mayIncome(60000, 'BUSINESS')] }), memberFacts({ personId: 'p2', relation: 'SPOUSE', sex: 'F' })],
    });
    const r = run(f, 'DIBAO');
    expect(r.outcome).toBe('ELIGIBLE');
    expect(r.estimatedMonthlyFen).toBe((80000 - 30000) * 2);
  });

  it('exact Chinese trace', () => {
    const f = householdFacts({
      members: [
        memberFacts({ personId: 'p1', name: '张*三', incomes: [mayIncome(100000), mayIncome(15000, 'PENSION_BASIC')] }),
        memberFacts({ personId: 'p2', name: '李*', relation: 'SPOUSE', sex: 'F' }),
      ],
      assets: [{ kind: 'DEPOSIT', valueFen: 500000, personId: 'p1' }],
    });
    const r = run(f, 'DIBAO');
    expect(r.trace.map((t) => `${t.depth}|${t.status}|${t.text}`)).toEqual([
      '0|MET|同时满足以下条件：满足',
      '1|MET|家庭人均月收入 450.00 元 < 低保标准 800.00 元（城市）：满足',
      '2|INFO|计入家庭成员 2 人（登记 2 人）',
      '2|INFO|家庭月收入：2026年5月（申请前一月）900.00 元 = 工资性收入 1000.00 元 − 就业成本扣减 100.00 元（工资性收入的 10%）；不计入：城乡居民基本养老金 150.00 元',
      '2|INFO|家庭人均月收入 = 900.00 元 ÷ 2 人 = 450.00 元',
      '1|MET|家庭财产状况符合低保规定：满足',
      '2|MET|人均金融资产 2500.00 元 ≤ 人均金融资产上限 19200.00 元（金融资产限额月数 24 个月 × 低保标准 800.00 元（城市））：满足',
      '3|INFO|家庭金融资产 5000.00 元（1 笔）',
      '3|INFO|人均金融资产 = 5000.00 元 ÷ 2 人 = 2500.00 元',
      '2|MET|非豁免机动车数量 0 辆 = 0 辆：满足',
      '3|INFO|无登记机动车辆',
      '2|MET|住房套数 0 套 ≤ 住房套数上限 1 套：满足',
      '2|MET|拥有非住宅房产 否，要求为否：满足',
      '2|MET|工商登记注册资本 0.00 元 ≤ 工商登记注册资本上限 100000.00 元：满足',
      '0|INFO|估算月发放金额：人均补差 350.00 元（较大者（低保标准 800.00 元（城市） − 家庭人均月收入 450.00 元；最低补差（每人每月） 10.00 元）） × 计入家庭成员人数 2 人 = 700.00 元',
    ]);
    expect(r.estimatedMonthlyFen).toBe(70000);
    expect(r.parametersUsed.find((p) => p.code === 'DIBAO.standard.URBAN')).toMatchObject({
      value: 80000,
      effectiveFrom: '2026-01-01',
      legalRef: '社会救助暂行办法第十条',
      note: '演示值',
    });
    // The trace serialises with its text.
    expect(JSON.parse(JSON.stringify(r.trace[1]))).toEqual({ depth: 1, text: '家庭人均月收入 450.00 元 < 低保标准 800.00 元（城市）：满足', status: 'MET' });
  });

  it('excluded members (prison, unmarried soldier, deceased) are not counted; a married soldier is', () => {
    const f = (statuses: string[], relation = 'SON') =>
      householdFacts({
        members: [memberFacts({ personId: 'p1', incomes: [mayIncome(120000, 'BUSINESS')] }), memberFacts({ personId: 'p2', relation, statuses })],
      });
    // Counted: 2 persons → 600 元 < 800 元. Not counted: 1 person → 1200 元.
    expect(run(f([]), 'DIBAO').outcome).toBe('ELIGIBLE');
    for (const s of ['PRISON', 'DRUG_REHAB', 'MILITARY', 'CLERGY', 'MISSING', 'DECEASED']) expect(run(f([s]), 'DIBAO').outcome).toBe('INELIGIBLE');
    expect(run(f(['MILITARY'], 'SPOUSE'), 'DIBAO').outcome).toBe('ELIGIBLE');
    const r = run(f(['PRISON']), 'DIBAO');
    expect(texts(r)).toContain('计入家庭成员 1 人（登记 2 人；不计入：p2（子）服刑）');
  });

  it('asset test: deposits up to 24 months of the standard per person, no car, one home, no shop, capital ≤ 10 万', () => {
    const withAssets = (assets: HouseholdFacts['assets']) => run(householdFacts({ assets }), 'DIBAO');
    expect(withAssets([{ kind: 'DEPOSIT', valueFen: 24 * 80000 }]).outcome).toBe('ELIGIBLE');
    expect(withAssets([{ kind: 'DEPOSIT', valueFen: 24 * 80000 + 1 }]).outcome).toBe('INELIGIBLE');
    expect(withAssets([{ kind: 'VEHICLE', valueFen: 5_000_000, vehicleType: 'car' }]).outcome).toBe('INELIGIBLE');
    expect(
      withAssets([
        { kind: 'VEHICLE', valueFen: 300_000, vehicleType: 'e-bike' },
        { kind: 'VEHICLE', valueFen: 500_000, vehicleType: 'motorcycle' },
      ]).outcome,
    ).toBe('ELIGIBLE');
    expect(withAssets([{ kind: 'PROPERTY', valueFen: 1, count: 1 }]).outcome).toBe('ELIGIBLE');
    expect(withAssets([{ kind: 'PROPERTY', valueFen: 1, count: 2 }]).outcome).toBe('INELIGIBLE');
    expect(withAssets([{ kind: 'PROPERTY', valueFen: 1, nonResidential: true }]).outcome).toBe('INELIGIBLE');
    expect(withAssets([{ kind: 'BUSINESS', valueFen: 0, capitalFen: 10_000_000 }]).outcome).toBe('ELIGIBLE');
    expect(withAssets([{ kind: 'BUSINESS', valueFen: 0, capitalFen: 10_000_001 }]).outcome).toBe('INELIGIBLE');
  });

  it('income categories not counted: 优抚/救助金 always, 城乡居民基本养老金 from 2021', () => {
    const f = (date: string) =>
      householdFacts({
        applicationDate: date,
        members: [memberFacts({ personId: 'p1', incomes: [{ category: 'PENSION_BASIC', month: `${date.slice(0, 5)}05-01`, amountFen: 90000 }] })],
      });
    expect(run(f('2026-06-15'), 'DIBAO').outcome).toBe('ELIGIBLE');
    // Before 2021 the basic pension counted; in 2020 no 低保 standard is seeded → 信息不足 naming it.
    const old = run(f('2020-06-15'), 'DIBAO');
    expect(old.outcome).toBe('INSUFFICIENT');
    expect(old.missingFacts).toContain('参数「低保标准（城市）」（2020-06-15 无生效版本）');
    expect(texts(old).some((t) => t.includes('家庭月收入：2020年5月（申请前一月）900.00 元 = 城乡居民基本养老金 900.00 元'))).toBe(true);
  });

  it('missing facts → 信息不足 naming them in Chinese', () => {
    const f = householdFacts({
      residenceType: undefined,
      members: [memberFacts({ personId: 'p1', name: '王*', incomes: undefined }), memberFacts({ personId: 'p2', relation: 'SON', statuses: undefined })],
    });
    const r = run(f, 'DIBAO');
    expect(r.outcome).toBe('INSUFFICIENT');
    expect(r.missingFacts).toEqual(expect.arrayContaining(['特殊身份状态（成员 p2（子））', '城乡类别']));
    expect(r.missing.some((m) => m.fact === 'member.statuses' && m.personId === 'p2')).toBe(true);
    // Once statuses are known, the missing income is named.
    const r2 = run({ ...f, residenceType: 'URBAN', members: [f.members[0], { ...f.members[1], statuses: [] }] }, 'DIBAO');
    expect(r2.missingFacts).toEqual(['收入情况（成员 王*（户主））']);
  });

  it('a definite failure wins over unknowns (三值逻辑)', () => {
    const f = householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(500000, 'BUSINESS')] })], assets: undefined });
    const r = run(f, 'DIBAO');
    expect(r.outcome).toBe('INELIGIBLE');
    expect(r.missingFacts).toEqual([]);
  });
});

describe('TEKUN 特困人员救助供养', () => {
  const person = (over: Partial<MemberFacts>) => householdFacts({ members: [memberFacts({ personId: 'p1', ...over })], legalSupport: 'NONE' });

  it('age boundaries: 59 no, 60 yes; 15 yes, 16 no', () => {
    expect(run(person({ birthDate: bornAgeLastDay(59) }), 'TEKUN').outcome).toBe('INELIGIBLE');
    expect(run(person({ birthDate: bornAge(60) }), 'TEKUN').outcome).toBe('ELIGIBLE');
    expect(run(person({ birthDate: bornAgeLastDay(15), relation: 'SON' }), 'TEKUN').outcome).toBe('ELIGIBLE');
    expect(run(person({ birthDate: bornAge(16), relation: 'SON' }), 'TEKUN').outcome).toBe('INELIGIBLE');
  });

  it('16 and older stays eligible while in school only for current 特困人员', () => {
    const f = (benefits: HouseholdFacts['benefits']) => ({ ...person({ birthDate: bornAge(17), schoolStatus: 'SENIOR' }), benefits });
    expect(run(f([]), 'TEKUN').outcome).toBe('INELIGIBLE');
    expect(run(f([{ programCode: 'TEKUN', status: 'ACTIVE', personId: 'p1' }]), 'TEKUN').outcome).toBe('ELIGIBLE');
  });

  it('no labour capacity by disability: intellectual/mental 1–3, physical 1–2, visual 1', () => {
    const d = (disabilityType: string, disabilityGrade: number) => run(person({ disabilityType, disabilityGrade }), 'TEKUN').outcome;
    expect([1, 2, 3, 4].map((g) => d('INTELLECTUAL', g))).toEqual(['ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'INELIGIBLE']);
    expect([1, 2, 3, 4].map((g) => d('MENTAL', g))).toEqual(['ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'INELIGIBLE']);
    expect([1, 2, 3, 4].map((g) => d('PHYSICAL', g))).toEqual(['ELIGIBLE', 'ELIGIBLE', 'INELIGIBLE', 'INELIGIBLE']);
    expect([1, 2, 3, 4].map((g) => d('VISUAL', g))).toEqual(['ELIGIBLE', 'INELIGIBLE', 'INELIGIBLE', 'INELIGIBLE']);
    expect(d('HEARING', 1)).toBe('INELIGIBLE');
    const r = run(person({ disabilityType: 'PHYSICAL', disabilityGrade: 2 }), 'TEKUN');
    expect(texts(r)).toContain('    残疾等级达到无劳动能力标准（残疾等级 2 级 ≤ 无劳动能力残疾等级上限 2 级（肢体残疾））：满足'.trim());
  });

  it('needs no livelihood (own income below the 低保 standard) and no able supporter', () => {
    expect(run({ ...person({ birthDate: bornAge(70), incomes: [mayIncome(80000, 'TRANSFER')] }) }, 'TEKUN').outcome).toBe('INELIGIBLE');
    expect(run({ ...person({ birthDate: bornAge(70), incomes: [mayIncome(79999, 'TRANSFER')] }) }, 'TEKUN').outcome).toBe('ELIGIBLE');
    expect(run({ ...person({ birthDate: bornAge(70) }), legalSupport: 'UNABLE' }, 'TEKUN').outcome).toBe('ELIGIBLE');
    expect(run({ ...person({ birthDate: bornAge(70) }), legalSupport: 'ABLE' }, 'TEKUN').outcome).toBe('INELIGIBLE');
    const r = run({ ...person({ birthDate: bornAge(70), name: '赵*' }), legalSupport: undefined }, 'TEKUN');
    expect(r.outcome).toBe('INSUFFICIENT');
    expect(r.missingFacts).toEqual(['法定赡养、抚养、扶养义务人情况（成员 赵*（户主））']);
  });

  it('amount: basic living standard + care standard by self-care ability', () => {
    const amount = (careLevel: MemberFacts['careLevel'] | undefined) => run(person({ birthDate: bornAge(70), careLevel }), 'TEKUN').estimatedMonthlyFen;
    expect(amount('SELF')).toBe(104000 + 5000);
    expect(amount('PARTIAL')).toBe(104000 + 30000);
    expect(amount('FULL')).toBe(104000 + 80000);
    // Not yet assessed: counted as 0 (stated in the trace), still a number.
    expect(amount(undefined)).toBe(104000);
    expect(run({ ...person({ birthDate: bornAge(70), careLevel: 'FULL' }), residenceType: 'RURAL' }, 'TEKUN').estimatedMonthlyFen).toBe(84500 + 80000);
  });
});

describe('ELDER 高龄津贴', () => {
  const elder = (birthDate: string) => householdFacts({ members: [memberFacts({ personId: 'p1', birthDate })] });
  it.each([
    [bornAgeLastDay(79), 'INELIGIBLE', null],
    [bornAge(80), 'ELIGIBLE', 5000],
    [bornAgeLastDay(89), 'ELIGIBLE', 5000],
    [bornAge(90), 'ELIGIBLE', 10000],
    [bornAgeLastDay(99), 'ELIGIBLE', 10000],
    [bornAge(100), 'ELIGIBLE', 30000],
  ])('born %s → %s, %s fen', (birth, outcome, amount) => {
    const r = run(elder(birth), 'ELDER');
    expect(r.outcome).toBe(outcome);
    expect(r.estimatedMonthlyFen).toBe(amount);
  });

  it('"eligible, amount 0" is distinct from ineligible', () => {
    // A district abolishes the 80–89 allowance from 2026-07-01: 80-year-olds stay eligible at 0.
    const cat = withParameterVersion(SEED_CATALOGUE, 'ELDER.amount_80', {
      effectiveFrom: '2026-07-01',
      value: 0,
      legalRef: '区政府通知（演示）',
      note: '演示值',
    });
    const r80 = run(elder(bornAge(80)), 'ELDER', cat, '2026-07-01');
    expect(r80.outcome).toBe('ELIGIBLE');
    expect(r80.estimatedMonthlyFen).toBe(0);
    expect(r80.members![0].estimatedMonthlyFen).toBe(0);
    const r79 = run(elder(bornAge(79)), 'ELDER', cat, '2026-07-01');
    expect(r79.outcome).toBe('INELIGIBLE');
    expect(r79.estimatedMonthlyFen).toBeNull();
    // A program without a formula reports null even when eligible.
    const medical = run(householdFacts({ benefits: [{ programCode: 'DIBAO', status: 'ACTIVE', personId: null }] }), 'MEDICAL');
    expect(medical.outcome).toBe('ELIGIBLE');
    expect(medical.estimatedMonthlyFen).toBeNull();
  });

  it('a missing birth date → 信息不足 naming it', () => {
    const r = run(householdFacts({ members: [memberFacts({ personId: 'p1', name: '孙*', birthDate: null })] }), 'ELDER');
    expect(r.outcome).toBe('INSUFFICIENT');
    expect(r.missingFacts).toEqual(['出生日期（成员 孙*（户主））']);
  });
});

describe('DISAB_CARE 重度残疾人护理补贴 / DISAB_LIVING 困难残疾人生活补贴', () => {
  const disabled = (disabilityType: string, disabilityGrade: number, benefits: HouseholdFacts['benefits'] = []) =>
    householdFacts({ members: [memberFacts({ personId: 'p1', disabilityType, disabilityGrade, incomes: [mayIncome(500000, 'BUSINESS')] })], benefits });

  it('护理补贴: grades 1–2 for every type, 3 also for intellectual/mental, never 4', () => {
    const care = (t: string, g: number) => run(disabled(t, g), 'DISAB_CARE');
    expect([1, 2, 3, 4].map((g) => care('PHYSICAL', g).outcome)).toEqual(['ELIGIBLE', 'ELIGIBLE', 'INELIGIBLE', 'INELIGIBLE']);
    expect([1, 2, 3, 4].map((g) => care('MENTAL', g).outcome)).toEqual(['ELIGIBLE', 'ELIGIBLE', 'ELIGIBLE', 'INELIGIBLE']);
    expect([1, 2, 3].map((g) => care('INTELLECTUAL', g).estimatedMonthlyFen)).toEqual([12000, 9000, 6000]);
    expect(run(householdFacts(), 'DISAB_CARE').outcome).toBe('INELIGIBLE');
  });

  it('生活补贴: disabled members of 低保 households only', () => {
    expect(run(disabled('PHYSICAL', 4), 'DISAB_LIVING').outcome).toBe('INELIGIBLE');
    const r = run(disabled('PHYSICAL', 4, [{ programCode: 'DIBAO', status: 'ACTIVE', personId: null }]), 'DISAB_LIVING');
    expect(r.outcome).toBe('ELIGIBLE');
    expect(r.estimatedMonthlyFen).toBe(9000);
    const unknown = run(
      householdFacts({
        members: [memberFacts({ personId: 'p1', disabilityType: undefined })],
        benefits: [{ programCode: 'DIBAO', status: 'ACTIVE', personId: null }],
      }),
      'DISAB_LIVING',
    );
    expect(unknown.outcome).toBe('INSUFFICIENT');
    expect(unknown.missingFacts).toEqual(['残疾类别（成员 p1（户主））']);
  });
});

describe('EMPLOY 就业救助 / EDU 教育救助', () => {
  const dibaoHousehold = (members: MemberFacts[]) => householdFacts({ members, benefits: [{ programCode: 'DIBAO', status: 'ACTIVE', personId: null }] });

  it('就业救助: working age 16 ≤ age < 60, able to work, unemployed, in a 低保 household', () => {
    const at = (birthDate: string, over: Partial<MemberFacts> = {}) =>
      run(dibaoHousehold([memberFacts({ personId: 'p1', birthDate, ...over })]), 'EMPLOY').outcome;
    expect(at(bornAgeLastDay(15))).toBe('INELIGIBLE');
    expect(at(bornAge(16))).toBe('ELIGIBLE');
    expect(at(bornAgeLastDay(59))).toBe('ELIGIBLE');
    expect(at(bornAge(60))).toBe('INELIGIBLE');
    expect(at(bornAge(30), { labourCapacity: 'NONE' })).toBe('INELIGIBLE');
    expect(at(bornAge(30), { employmentStatus: 'EMPLOYED' })).toBe('INELIGIBLE');
    expect(run(householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(900000, 'BUSINESS')] })] }), 'EMPLOY').outcome).toBe('INELIGIBLE');
  });

  it('教育救助: students of 特困/低保 households, amount by stage', () => {
    const kid = memberFacts({ personId: 'k', relation: 'SON', birthDate: bornAge(13), schoolStatus: 'JUNIOR' });
    const r = run(dibaoHousehold([memberFacts({ personId: 'p1' }), kid]), 'EDU');
    expect(r.outcome).toBe('ELIGIBLE');
    expect(r.estimatedMonthlyFen).toBe(12500);
    expect(memberOutcome(r, 'p1').outcome).toBe('INELIGIBLE');
    // Newly eligible for 低保 in the same screening counts too.
    const poor = householdFacts({ members: [memberFacts({ personId: 'p1' }), kid] });
    expect(run(poor, 'EDU').outcome).toBe('ELIGIBLE');
    const rich = householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(900000, 'BUSINESS')] }), kid] });
    expect(run(rich, 'EDU').outcome).toBe('INELIGIBLE');
  });
});

describe('household part of a member program (householdEligibility)', () => {
  const kid = memberFacts({ personId: 'k', relation: 'SON', birthDate: bornAge(10), schoolStatus: 'PRIMARY' });
  it('evaluated once; when it fails, members are 不符合 without their own lines', () => {
    const rich = householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(900000, 'BUSINESS')] }), kid] });
    const r = run(rich, 'EDU');
    expect(r.outcome).toBe('INELIGIBLE');
    expect(r.members!.map((m) => m.outcome)).toEqual(['INELIGIBLE', 'INELIGIBLE']);
    expect(r.trace.filter((t) => t.depth === 0).map((t) => t.text)).toEqual(['本户为特困、低保或脱贫（监测）对象：不满足']);
  });
  it('unknown household part ∧ eligible member → 信息不足 naming the household facts', () => {
    const unknown = householdFacts({ members: [memberFacts({ personId: 'p1', incomes: undefined }), kid], benefits: [] });
    const r = run(unknown, 'EDU');
    expect(memberOutcome(r, 'k').outcome).toBe('INSUFFICIENT');
    expect(memberOutcome(r, 'p1').outcome).toBe('INELIGIBLE');
    expect(r.outcome).toBe('INSUFFICIENT');
    expect(r.missingFacts).toEqual(['收入情况（成员 p1（户主））']);
    expect(r.estimatedMonthlyFen).toBeNull();
  });
  it('rendered as its own block in the 条件说明', async () => {
    const { renderProgram } = await import('../engine');
    const x = renderProgram(SEED_CATALOGUE, 'EMPLOY');
    expect(x.householdConditions[0].text).toBe('本户为低保或低保边缘家庭（满足任一）：');
    expect(x.conditions[0].text).toBe('同时满足以下条件：');
  });
});

describe('ORPHAN 孤儿 / 事实无人抚养儿童', () => {
  const child = (age: number, fatherStatus?: string, motherStatus?: string) =>
    householdFacts({ members: [memberFacts({ personId: 'c', relation: 'HEAD', birthDate: bornAge(age), fatherStatus, motherStatus })] });

  it('orphan under 18', () => {
    const r = run(child(17, 'DECEASED', 'MISSING'), 'ORPHAN');
    expect(r.outcome).toBe('ELIGIBLE');
    expect(r.estimatedMonthlyFen).toBe(160000);
    expect(run(child(18, 'DECEASED', 'DECEASED'), 'ORPHAN').outcome).toBe('INELIGIBLE');
  });

  it('事实无人抚养: both parents unable (prison, severe disability …); one able parent → no', () => {
    expect(run(child(10, 'PRISON', 'SEVERE_DISABILITY'), 'ORPHAN').outcome).toBe('ELIGIBLE');
    expect(run(child(10, 'DECEASED', 'PRISON'), 'ORPHAN').outcome).toBe('ELIGIBLE');
    expect(run(child(10, 'PRISON', 'PRESENT'), 'ORPHAN').outcome).toBe('INELIGIBLE');
    const r = run(child(10, 'PRISON'), 'ORPHAN');
    expect(r.outcome).toBe('INSUFFICIENT');
    expect(r.missingFacts).toEqual(['母亲情况（成员 c（户主））']);
  });

  it("parents' situation is inferred from the head and spouse for their children", () => {
    const f = householdFacts({
      members: [
        memberFacts({ personId: 'f', relation: 'HEAD', statuses: ['PRISON'] }),
        memberFacts({ personId: 'm', relation: 'SPOUSE', sex: 'F', statuses: ['DECEASED'], deathDate: '2025-01-01' }),
        memberFacts({ personId: 'c', relation: 'DAUGHTER', sex: 'F', birthDate: bornAge(9), schoolStatus: 'PRIMARY' }),
      ],
    });
    const r = run(f, 'ORPHAN');
    expect(memberOutcome(r, 'c').outcome).toBe('ELIGIBLE');
    expect(texts(r)).toContain('c（女） 的父亲按家庭成员 f（户主） 的信息推断');
  });
});

describe('household programs', () => {
  it('POWER: 特困/低保 households, free kWh valued at the tariff', () => {
    const r = run(
      householdFacts({
        benefits: [{ programCode: 'TEKUN', status: 'ACTIVE', personId: 'p1' }],
        members: [memberFacts({ personId: 'p1', incomes: [mayIncome(900000)] })],
      }),
      'POWER',
    );
    expect(r.outcome).toBe('ELIGIBLE');
    expect(r.estimatedMonthlyFen).toBe(15 * 52);
    expect(run(householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(900000)] })] }), 'POWER').outcome).toBe('INELIGIBLE');
  });

  it('HOUSING: housing difficulty in a 低保/特困/边缘 household; unknown difficulty → 信息不足', () => {
    const poor = { members: [memberFacts({ personId: 'p1' })] };
    expect(run(householdFacts({ ...poor, housingDifficulty: true }), 'HOUSING').outcome).toBe('ELIGIBLE');
    expect(run(householdFacts({ ...poor, housingDifficulty: false }), 'HOUSING').outcome).toBe('INELIGIBLE');
    const r = run(householdFacts({ ...poor, housingDifficulty: undefined }), 'HOUSING');
    expect(r.outcome).toBe('INSUFFICIENT');
    expect(r.missingFacts).toEqual(['住房困难']);
  });

  it('TEMP: sudden hardship, or rigid spending beyond a year of income', () => {
    const f = (over: Partial<HouseholdFacts>) =>
      householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(100000, 'BUSINESS')] })], ...over });
    expect(run(f({ suddenHardship: true }), 'TEMP')).toMatchObject({ outcome: 'ELIGIBLE', estimatedMonthlyFen: 80000 });
    expect(run(f({ rigidSpendingFenLast12m: 1_200_000 }), 'TEMP').outcome).toBe('ELIGIBLE');
    expect(run(f({ rigidSpendingFenLast12m: 1_199_999 }), 'TEMP').outcome).toBe('INELIGIBLE');
  });

  it('DIBAO_EDGE: income ≤ 1.5 × standard (capped at minimum wage) and assets pass', () => {
    const f = (income: number) => householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(income, 'BUSINESS')] })] });
    expect(run(f(120000), 'DIBAO_EDGE').outcome).toBe('ELIGIBLE');
    expect(run(f(120001), 'DIBAO_EDGE').outcome).toBe('INELIGIBLE');
    expect(run(f(120000), 'DIBAO_EDGE').estimatedMonthlyFen).toBeNull();
  });

  it('SPENDING_HARDSHIP: income below last year disposable income and rigid spending ≥ 60% of annual income', () => {
    const f = (spend: number) =>
      householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(200000, 'BUSINESS')] })], rigidSpendingFenLast12m: spend });
    expect(run(f(1_440_000), 'SPENDING_HARDSHIP').outcome).toBe('ELIGIBLE');
    expect(run(f(1_439_999), 'SPENDING_HARDSHIP').outcome).toBe('INELIGIBLE');
  });

  it('UNION, LEGAL, DISASTER, MEDICAL', () => {
    const f = (income: number, over: Partial<HouseholdFacts> = {}) =>
      householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(income, 'BUSINESS')] })], ...over });
    expect(run(f(159999, { unionMember: true }), 'UNION')).toMatchObject({ outcome: 'ELIGIBLE', estimatedMonthlyFen: 30000 });
    expect(run(f(160000, { unionMember: true }), 'UNION').outcome).toBe('INELIGIBLE');
    expect(run(f(100000, { unionMember: false }), 'UNION').outcome).toBe('INELIGIBLE');
    expect(run(f(159999), 'LEGAL').outcome).toBe('ELIGIBLE');
    expect(run(f(900000), 'LEGAL').outcome).toBe('INELIGIBLE');
    expect(run(f(900000, { benefits: [{ programCode: 'DIBAO_EDGE', status: 'ACTIVE', personId: null }] }), 'LEGAL').outcome).toBe('ELIGIBLE');
    expect(run(f(900000, { disasterAffected: true }), 'DISASTER').outcome).toBe('ELIGIBLE');
    expect(run(f(900000, { disasterAffected: undefined }), 'DISASTER').missingFacts).toEqual(['受灾家庭']);
    expect(run(f(900000, { benefits: [{ programCode: 'MONITOR', status: 'ACTIVE', personId: null }] }), 'MEDICAL').outcome).toBe('ELIGIBLE');
    expect(run(f(900000), 'MEDICAL').outcome).toBe('INELIGIBLE');
  });
});

describe('screenFacts', () => {
  it('evaluates every applicable program for a walk-in questionnaire, deterministically', () => {
    const f = householdFacts({
      members: [memberFacts({ personId: 'p1', birthDate: bornAge(82), incomes: [mayIncome(20000, 'TRANSFER')] })],
      legalSupport: 'NONE',
      applicationDate: DATE,
    });
    const a = screenFacts(f);
    const b = screenFacts(f);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const byCode = Object.fromEntries(a.map((r) => [r.programCode, r]));
    expect(byCode.TEKUN.outcome).toBe('ELIGIBLE');
    expect(byCode.DIBAO.outcome).toBe('EXCLUDED');
    expect(byCode.ELDER.estimatedMonthlyFen).toBe(5000);
    expect(byCode.MEDICAL.outcome).toBe('ELIGIBLE');
  });
});

describe('monthly amount caps (月救助金额上限)', () => {
  it('every program of the ledger has a dated cap owned by its department', () => {
    for (const code of Object.keys(PROGRAM_NAMES)) {
      const cap = monthlyAmountCap(SEED_CATALOGUE, code, '2026-12-01');
      expect(cap, code).not.toBeNull();
      expect(cap!.capFen).toBeGreaterThan(0);
      expect(cap!.capFen).toBeLessThan(2 ** 31 - 1);
      expect(parameterOwner(SEED_CATALOGUE, cap!.code)).toBe(PROGRAM_OWNERS[code]);
    }
  });

  it('a later version changes the cap from its date on; before the first version there is none', () => {
    const cat = withParameterVersion(SEED_CATALOGUE, 'DIBAO.max_monthly_amount', { effectiveFrom: '2027-01-01', value: 3_000_000, legalRef: '测试' });
    expect(monthlyAmountCap(cat, 'DIBAO', '2026-12-31')!.capFen).toBe(2_000_000);
    expect(monthlyAmountCap(cat, 'DIBAO', '2027-01-01')!.capFen).toBe(3_000_000);
    expect(monthlyAmountCap(cat, 'DIBAO', '2000-01-01')).toBeNull();
    expect(monthlyAmountCap(cat, 'NO_SUCH', '2027-01-01')).toBeNull();
  });
});
