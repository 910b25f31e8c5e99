import { describe, expect, it } from 'vitest';
import { SEED_CATALOGUE } from '../catalogue';
import {
  CatalogueError,
  catalogueIssues,
  compileCatalogue,
  evaluatePrograms,
  linesToText,
  renderExpr,
  renderProgram,
  validateExpr,
  type Catalogue,
  type Expr,
  type HouseholdFacts,
  type ProgramDef,
} from './index';
import { defineParameter } from './parameters';
import { householdFacts, mayIncome, memberFacts } from './testing';

const TEST_PARAM = defineParameter({
  code: 'TEST.limit',
  name: '测试上限',
  unit: 'fen',
  program: 'TEST',
  versions: [{ effectiveFrom: '2020-01-01', value: 50000, legalRef: '测试' }],
});

function withTest(eligibility: Expr, subject: ProgramDef['subject'] = 'HOUSEHOLD', amount: Expr | null = null): Catalogue {
  const test: ProgramDef = {
    code: 'TEST',
    name: '测试事项',
    owner: 'MINZHENG',
    legalBasis: ['测试'],
    description: '',
    subject,
    applicable: true,
    confersTier: null,
    servesTiers: [],
    eligibility,
    amount: amount ? { expr: amount, period: 'MONTHLY' } : null,
    materials: [],
    applyAt: '',
    steps: [],
    totalLimit: null,
    publicity: { required: false, minors: 'SAME' },
  };
  return { ...SEED_CATALOGUE, programs: [...SEED_CATALOGUE.programs, test], parameters: [...SEED_CATALOGUE.parameters, TEST_PARAM] };
}
const test = (e: Expr, f: HouseholdFacts, subject: ProgramDef['subject'] = 'HOUSEHOLD', amount: Expr | null = null) =>
  evaluatePrograms(f, withTest(e, subject, amount), { programs: ['TEST'] })[0];

const T: Expr = { fact: 'household.housingDifficulty' };
const U: Expr = { fact: 'household.suddenHardship' };
const known = householdFacts({ housingDifficulty: true, suddenHardship: undefined, unionMember: false });
const F: Expr = { fact: 'household.unionMember' };

describe('three-valued logic', () => {
  it.each<[string, Expr, string]>([
    ['all(T, U) = 信息不足', { all: [T, U] }, 'INSUFFICIENT'],
    ['all(F, U) = 不符合', { all: [F, U] }, 'INELIGIBLE'],
    ['any(T, U) = 符合', { any: [T, U] }, 'ELIGIBLE'],
    ['any(F, U) = 信息不足', { any: [F, U] }, 'INSUFFICIENT'],
    ['not(U) = 信息不足', { not: U }, 'INSUFFICIENT'],
    ['not(F) = 符合', { not: F }, 'ELIGIBLE'],
  ])('%s', (_name, e, outcome) => {
    expect(test(e, known).outcome).toBe(outcome);
  });

  it('missing facts are only those that keep the result open', () => {
    const r = test({ any: [{ all: [F, U] }, { fact: 'household.disasterAffected' }] }, { ...known, disasterAffected: undefined });
    expect(r.outcome).toBe('INSUFFICIENT');
    // suddenHardship cannot change all(F, U) = F, so only 受灾家庭 is asked for.
    expect(r.missingFacts).toEqual(['受灾家庭']);
  });

  it('null means "known absent": a missing disability grade is unknown, a null one is none', () => {
    const e: Expr = { exists: { member: { cmp: ['<=', { fact: 'member.disabilityGrade' }, 2] } } };
    expect(test(e, householdFacts()).outcome).toBe('INELIGIBLE');
    const r = test(e, householdFacts({ members: [memberFacts({ personId: 'p1', disabilityGrade: undefined })] }));
    expect(r.outcome).toBe('INSUFFICIENT');
    expect(r.missingFacts).toEqual(['残疾等级（成员 p1（户主））']);
  });
});

describe('nodes', () => {
  const family = householdFacts({
    members: [
      memberFacts({ personId: 'a', birthDate: '1950-01-01' }),
      memberFacts({ personId: 'b', relation: 'SPOUSE', sex: 'F', birthDate: '1952-01-01' }),
      memberFacts({ personId: 'c', relation: 'SON', birthDate: '2000-01-01', statuses: ['MILITARY'] }),
    ],
  });

  it('exists / count over members, with a line per member', () => {
    const r = test({ exists: { member: { cmp: ['>=', { fact: 'member.age' }, 75] } } }, family);
    expect(r.outcome).toBe('ELIGIBLE');
    expect(r.trace.map((t) => t.text).slice(0, 3)).toEqual(['有家庭成员满足以下条件：满足', '成员 a（户主）：满足', '年龄 76 周岁 ≥ 75 周岁：满足']);
    const c = test({ cmp: ['==', { count: { member: { cmp: ['>=', { fact: 'member.age' }, 60] } }, label: '老年人数' }, 2] }, family);
    expect(c.outcome).toBe('ELIGIBLE');
    expect(c.trace[0].text).toBe('老年人数 2 人 = 2 人：满足');
  });

  it('has / in / lookup / if / keyed parameters', () => {
    expect(test({ exists: { member: { has: [{ fact: 'member.statuses' }, 'MILITARY'] } } }, family).outcome).toBe('ELIGIBLE');
    expect(test({ in: [{ fact: 'household.residenceType' }, ['RURAL']] }, family).outcome).toBe('INELIGIBLE');
    const amount: Expr = {
      if: { cmp: ['==', { fact: 'household.residenceType' }, 'URBAN'] },
      then: { lookup: { fact: 'household.residenceType' }, cases: { URBAN: { param: 'DIBAO.standard', key: 'household.residenceType' } } },
      else: 0,
    };
    const r = test(true, family, 'HOUSEHOLD', { mul: [amount, 2] });
    expect(r.estimatedMonthlyFen).toBe(160000);
    expect(r.trace.at(-1)!.text).toBe('估算月发放金额：低保标准 800.00 元（城市）（城乡类别 城市） × 2 = 1600.00 元');
  });

  it('member programs evaluate each living member; dead members are skipped', () => {
    const f = { ...family, members: [...family.members, memberFacts({ personId: 'd', relation: 'FATHER', birthDate: '1920-01-01', statuses: ['DECEASED'] })] };
    const r = test({ cmp: ['>=', { fact: 'member.age' }, 70] }, f, 'MEMBER', { param: 'TEST.limit' });
    expect(r.members!.map((m) => [m.personId, m.outcome, m.estimatedMonthlyFen])).toEqual([
      ['a', 'ELIGIBLE', 50000],
      ['b', 'ELIGIBLE', 50000],
      ['c', 'INELIGIBLE', null],
    ]);
    expect(r.estimatedMonthlyFen).toBe(100000);
    expect(r.trace.filter((t) => t.depth === 0).map((t) => t.text)).toEqual(['成员 a（户主）：符合', '成员 b（配偶）：符合', '成员 c（子）：不符合']);
  });
});

describe('validation at load time', () => {
  const issues = (e: unknown, scope: 'household' | 'member' = 'household') => validateExpr(e, SEED_CATALOGUE, scope);

  it('unknown facts, parameters, programs and shared conditions', () => {
    expect(issues({ fact: 'household.nope' })).toEqual(['expr: 未知的事实：household.nope']);
    expect(issues({ cmp: ['<', { fact: 'household.perCapitaIncomeFen' }, { param: 'DIBAO.nope' }] })).toEqual(['expr.cmp[2]: 未知的参数：DIBAO.nope']);
    expect(issues({ program: 'NOPE' })).toEqual(['expr: 未知或不可评估的事项：NOPE']);
    expect(issues({ program: 'TUOPIN' })).toEqual(['expr: 未知或不可评估的事项：TUOPIN']);
    expect(issues({ receives: ['DIBAO', 'NOPE'] })).toEqual(['expr: 未知的事项代码：NOPE']);
    expect(issues({ ref: 'nope' })).toEqual(['expr: 未知的共用条件：nope']);
    expect(issues({ frobnicate: 1 })).toEqual(['expr: 无法识别的节点（键：frobnicate）']);
    expect(issues({ fact: 'household.housingDifficulty', extra: 1 })).toEqual(['expr: 节点 fact 含未知的键：extra']);
    expect(issues({ fact: 'household.residenceType' })).toEqual(['expr: 此处需要条件，事实「城乡类别」不是是/否值']);
  });

  it('scopes, types, units and codes', () => {
    expect(issues({ cmp: ['>=', { fact: 'member.age' }, 60] })).toEqual(['expr.cmp[1]: 成员事实 member.age 只能用于成员范围（exists / count / 个人事项）']);
    expect(issues({ exists: { member: { exists: { member: true } } } })).toEqual(['expr.exists.member: exists 只能用于家庭范围']);
    expect(issues({ cmp: ['<', { fact: 'household.residenceType' }, 3] })).toEqual(['expr: 比较 < 需要两个数值']);
    expect(issues({ cmp: ['<', { fact: 'household.perCapitaIncomeFen' }, { param: 'TEKUN.age_elder' }] })).toEqual(['expr: 比较的两边单位不同（fen / year）']);
    expect(issues({ cmp: ['==', { fact: 'household.residenceType' }, 'CITY'] })).toEqual(['expr: 代码「CITY」不在事实「城乡类别」的代码表中']);
    expect(issues({ in: [{ fact: 'member.labourCapacity' }, ['NONE', 'SOME']] }, 'member')).toEqual(['expr: 代码「SOME」不在事实「劳动能力」的代码表中']);
    expect(issues({ fact: 'household.perCapitaIncomeFen' })).toEqual(['expr: 此处需要条件，事实「家庭人均月收入」不是是/否值']);
    expect(issues({ all: [] })).toEqual(['expr: all 需要非空数组']);
    expect(validateExpr({ param: 'DIBAO.standard', key: 'household.tier' }, SEED_CATALOGUE, 'household', 'value')).toEqual(
      ['T1', 'T2', 'T3', 'T4'].map((t) => `expr: 未知的参数：DIBAO.standard.${t}（按家庭分层分组时每个取值都需要参数）`),
    );
  });

  it('a whole catalogue: bad programs, cycles and formulas are listed together and compiling throws', () => {
    const cat = withTest({ program: 'TEST' }, 'HOUSEHOLD', { param: 'TEKUN.age_elder' });
    expect(catalogueIssues(cat)).toEqual([
      'TEST.amount: 金额公式的单位必须是分（fen），而不是 year',
      'TEST.eligibility: 条件引用了事项自身',
      '事项条件循环依赖：TEST → TEST',
    ]);
    expect(() => compileCatalogue(cat)).toThrow(CatalogueError);
    const cyc: Catalogue = {
      ...SEED_CATALOGUE,
      conditions: { ...SEED_CATALOGUE.conditions, a: { name: 'A', expr: { ref: 'b' } }, b: { name: 'B', expr: { ref: 'a' } } },
    };
    expect(validateExpr({ ref: 'a' }, cyc)).toEqual(['conditions.b: 共用条件循环引用：a → b → a']);
  });

  it('the seed catalogue is valid', () => {
    expect(catalogueIssues(SEED_CATALOGUE)).toEqual([]);
  });
});

describe('条件说明 renderer', () => {
  it('renders a program in Chinese, with parameter values in force', () => {
    const r = renderProgram(SEED_CATALOGUE, 'DIBAO', { asOf: '2026-06-15' });
    expect(linesToText(r.conditions)).toBe(
      [
        '同时满足以下条件：',
        '  家庭人均月收入低于低保标准（按城乡类别：城市 800.00 元／农村 650.00 元）',
        '  家庭财产状况符合低保规定（同时满足）：',
        '    人均金融资产不超过人均金融资产上限（金融资产限额月数 24 个月 × 低保标准（按城乡类别：城市 800.00 元／农村 650.00 元））',
        '    非豁免机动车数量等于 0 辆',
        '    住房套数不超过住房套数上限 1 套',
        '    拥有非住宅房产为否',
        '    工商登记注册资本不超过工商登记注册资本上限 100000.00 元',
      ].join('\n'),
    );
    expect(r.amount).toBe(
      '人均补差（较大者（低保标准（按城乡类别：城市 800.00 元／农村 650.00 元） − 家庭人均月收入；最低补差（每人每月） 10.00 元）） × 计入家庭成员人数',
    );
    expect(renderProgram(SEED_CATALOGUE, 'ELDER').conditions.map((l) => l.text)).toEqual([
      '同时满足以下条件：',
      '计入共同生活家庭成员为是',
      '年龄不低于高龄津贴年龄下限',
    ]);
  });

  it('renders an expression being edited, and refuses an invalid one', () => {
    expect(
      renderExpr({ any: [{ receives: 'DIBAO' }, { cmp: ['<', { fact: 'household.perCapitaIncomeFen' }, 100000] }] }, SEED_CATALOGUE).map((l) => l.text),
    ).toEqual(['满足以下任一条件：', '本户正在享受「最低生活保障」', '家庭人均月收入低于 1000.00 元']);
    expect(() => renderExpr({ fact: 'nope' }, SEED_CATALOGUE)).toThrow(CatalogueError);
  });
});

describe('evaluatePrograms options', () => {
  it('asOf overrides the application date; no date → 信息不足 (申请日期)', () => {
    const f = householdFacts({ applicationDate: undefined, members: [memberFacts({ personId: 'p1', incomes: [mayIncome(1000, 'BUSINESS')] })] });
    const [r] = evaluatePrograms(f, SEED_CATALOGUE, { programs: ['DIBAO'] });
    expect(r).toMatchObject({ outcome: 'INSUFFICIENT', missingFacts: ['申请日期'] });
    expect(evaluatePrograms(f, SEED_CATALOGUE, { programs: ['DIBAO'], asOf: '2026-06-15' })[0].outcome).toBe('ELIGIBLE');
  });
  it('reports only requested programs, in the requested order; unknown codes throw', () => {
    expect(evaluatePrograms(householdFacts(), SEED_CATALOGUE, { programs: ['POWER', 'DIBAO'] }).map((r) => r.programCode)).toEqual(['POWER', 'DIBAO']);
    expect(() => evaluatePrograms(householdFacts(), SEED_CATALOGUE, { programs: ['NOPE'] })).toThrow('未知或不可评估的事项：NOPE');
  });
});
