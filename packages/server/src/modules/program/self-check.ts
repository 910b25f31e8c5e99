import { type HouseholdFacts, type MemberFacts, OUTCOME_NAMES, type Outcome, screenFacts } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { monthStart, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { catalogueInForce } from './catalogue.service';
import { departmentNames } from './program.service';

/**
 * 我能申请什么 (public self-check of the portal): plain questions a citizen can answer about the
 * household, turned into the engine's facts and screened against the catalogue in force — the same
 * engine and parameters the windows use. Anonymous, stores nothing and logs nothing (nobody is
 * identified); rate-limited per address like every anonymous request.
 */
export interface SelfCheckMember {
  relation: string;
  age: number;
  sex?: 'M' | 'F' | null;
  labourCapacity?: string | null;
  /** null = no disability. */
  disabilityType?: string | null;
  disabilityGrade?: number | null;
  seriousIllness?: boolean | null;
  schoolStatus?: string | null;
  employmentStatus?: string | null;
  careLevel?: 'SELF' | 'PARTIAL' | 'FULL' | null;
}

export interface SelfCheckAnswers {
  residenceType: 'URBAN' | 'RURAL';
  areaCode?: string | null;
  members: SelfCheckMember[];
  /** 全家上个月工资收入合计（元）; absent = 0. */
  wageIncome?: number | null;
  /** 全家上个月其他收入合计（元）: 经营、养老金、租金、赡养费等. */
  otherIncome: number;
  /** 存款、理财等金融资产合计（元）. */
  deposits?: number | null;
  /** 机动车（汽车）价值（元）; 0 or absent = none. */
  carValue?: number | null;
  /** Number of homes owned; absent = unknown. */
  homes?: number | null;
  housingDifficulty?: boolean | null;
  suddenHardship?: boolean | null;
  /** 近 12 个月医疗、教育等刚性支出（元）. */
  rigidSpending12m?: number | null;
  unionMember?: boolean | null;
  disasterAffected?: boolean | null;
  legalSupport?: 'NONE' | 'UNABLE' | 'ABLE' | null;
  /** Programs the household receives now (their codes). */
  currentPrograms?: string[] | null;
}

export interface SelfCheckResult {
  programCode: string;
  programName: string;
  ownerName: string | null;
  outcome: Outcome;
  verdict: string;
  reasons: string[];
  missing: string[];
  estimatedMonthly: number | null;
}

const MAX_MEMBERS = 15;
const MAX_YUAN = 100_000_000;
const REASON_LINES = 12;
/** The birth date is made up from the age the person gave: its trace line would show a date nobody entered. */
const DERIVED_BIRTH_DATE = /出生日期 \d{4}-\d{2}-\d{2}/;
/** The engine names members "成员 本人（户主）"; the questionnaire calls them 本人, 成员2 …. */
const plainMember = (s: string) => s.replace(/（成员 /g, '（');

/** What the person reads: a hint, never a decision (the window and the department decide). */
export const SELF_CHECK_VERDICTS: Record<Outcome, string> = {
  ELIGIBLE: '可能符合，建议申请',
  INSUFFICIENT: '还需了解更多情况，可到窗口咨询',
  EXCLUDED: '不能与其他救助同时享受',
  INELIGIBLE: '按所填情况暂不符合',
};
const ORDER: Outcome[] = ['ELIGIBLE', 'INSUFFICIENT', 'EXCLUDED', 'INELIGIBLE'];

function yuan(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0 || value > MAX_YUAN) throw new AppError('BAD_USER_INPUT', '金额应为 0 到 1 亿元之间的数字', { field });
  return Math.round(value * 100);
}

/** A birth date that gives `age` full years on `today` (half a year before the birthday would make it age + 1). */
function birthDateFor(age: number, today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y - age, m - 1, d));
  date.setUTCMonth(date.getUTCMonth() - 6);
  return date.toISOString().slice(0, 10);
}

function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 2, 1));
  return monthStart(date.toISOString().slice(0, 10));
}

/** The answers as the engine's facts; bad answers are BAD_USER_INPUT with the field. */
export function selfCheckFacts(a: SelfCheckAnswers, today: string, knownPrograms: ReadonlySet<string>): HouseholdFacts {
  if (!a || !Array.isArray(a.members) || a.members.length === 0) throw new AppError('BAD_USER_INPUT', '请至少填写一名家庭成员', { field: 'members' });
  if (a.members.length > MAX_MEMBERS) throw new AppError('BAD_USER_INPUT', `家庭成员最多填写 ${MAX_MEMBERS} 人`, { field: 'members' });
  if (a.areaCode != null && !/^\d{12}$/.test(a.areaCode)) throw new AppError('BAD_USER_INPUT', '所在地区无效', { field: 'areaCode' });
  const heads = a.members.filter((m) => m.relation === 'HEAD').length;
  if (heads !== 1) throw new AppError('BAD_USER_INPUT', '请在家庭成员中选定一名户主（只能一名）', { field: 'members' });
  const month = previousMonth(today);
  const wage = yuan(a.wageIncome, 'wageIncome') ?? 0;
  const other = yuan(a.otherIncome, 'otherIncome');
  if (other === null) throw new AppError('BAD_USER_INPUT', '请填写全家上个月其他收入合计（没有填 0）', { field: 'otherIncome' });

  const members: MemberFacts[] = a.members.map((m, i) => {
    const field = `members.${i}`;
    if (!Number.isInteger(m.age) || m.age < 0 || m.age > 120) throw new AppError('BAD_USER_INPUT', '年龄应为 0 到 120 之间的整数', { field: `${field}.age` });
    if (m.disabilityGrade != null && (!Number.isInteger(m.disabilityGrade) || m.disabilityGrade < 1 || m.disabilityGrade > 4)) {
      throw new AppError('BAD_USER_INPUT', '残疾等级应为一级到四级', { field: `${field}.disabilityGrade` });
    }
    const disabled = m.disabilityType != null;
    const facts: MemberFacts = {
      personId: `m${i + 1}`,
      name: i === 0 ? '本人' : `成员${i + 1}`,
      relation: m.relation,
      birthDate: birthDateFor(m.age, today),
      disabilityType: m.disabilityType ?? null,
      disabilityGrade: disabled ? (m.disabilityGrade ?? undefined) : null,
      statuses: [],
      incomes: [],
    };
    // Unanswered stays unknown (信息不足 where a program needs it); answered "no" is known absent.
    if (m.sex != null) facts.sex = m.sex;
    if (m.labourCapacity != null) facts.labourCapacity = m.labourCapacity;
    if (m.seriousIllness != null) facts.seriousIllness = m.seriousIllness ? '重病' : null;
    if (m.schoolStatus !== undefined) facts.schoolStatus = m.schoolStatus;
    if (m.employmentStatus !== undefined) facts.employmentStatus = m.employmentStatus;
    if (m.careLevel != null) facts.careLevel = m.careLevel;
    return facts;
  });
  // The household's incomes on the head (the engine sums the household): wages (the engine deducts the
  // employment cost) and the rest as one line counted in full.
  const head = members[a.members.findIndex((m) => m.relation === 'HEAD')];
  head.incomes = [
    ...(wage > 0 ? [{ category: 'WAGE', month, amountFen: wage }] : []),
    ...(other > 0 ? [{ category: 'TRANSFER', month, amountFen: other }] : []),
  ];

  const assets: NonNullable<HouseholdFacts['assets']> = [];
  const deposits = yuan(a.deposits, 'deposits');
  if (deposits) assets.push({ kind: 'DEPOSIT', valueFen: deposits });
  const car = yuan(a.carValue, 'carValue');
  if (car) assets.push({ kind: 'VEHICLE', valueFen: car, vehicleType: 'car' });
  if (a.homes != null) {
    if (!Number.isInteger(a.homes) || a.homes < 0 || a.homes > 20) throw new AppError('BAD_USER_INPUT', '住房套数应为 0 到 20 之间的整数', { field: 'homes' });
    if (a.homes > 0) assets.push({ kind: 'PROPERTY', valueFen: 0, count: a.homes });
  }
  const programs = a.currentPrograms ?? [];
  for (const code of programs) {
    if (!knownPrograms.has(code)) throw new AppError('BAD_USER_INPUT', '已享受的救助中有未知的项目', { field: 'currentPrograms' });
  }

  const facts: HouseholdFacts = {
    residenceType: a.residenceType,
    areaCode: a.areaCode ?? null,
    members,
    assets,
    benefits: [...new Set(programs)].map((programCode) => ({ programCode, status: 'ACTIVE', personId: null })),
    applicationDate: today,
  };
  const rigid = yuan(a.rigidSpending12m, 'rigidSpending12m');
  if (rigid !== null) facts.rigidSpendingFenLast12m = rigid;
  for (const key of ['housingDifficulty', 'suddenHardship', 'unionMember', 'disasterAffected'] as const) {
    if (a[key] != null) facts[key] = a[key];
  }
  if (a.legalSupport != null) facts.legalSupport = a.legalSupport;
  return facts;
}

export async function selfCheck(ctx: RequestContext, answers: SelfCheckAnswers): Promise<SelfCheckResult[]> {
  const today = todayOf(ctx);
  const { catalogue, compiled } = await catalogueInForce(ctx, today);
  const applicable = catalogue.programs.filter((p) => p.applicable);
  const facts = selfCheckFacts(answers, today, new Set(applicable.map((p) => p.code)));
  const names = await departmentNames(ctx);
  return screenFacts(facts, { asOf: today, catalogue: compiled })
    .map((r) => ({
      programCode: r.programCode,
      programName: r.programName,
      ownerName: names.get(r.owner) ?? null,
      outcome: r.outcome,
      verdict: SELF_CHECK_VERDICTS[r.outcome] ?? OUTCOME_NAMES[r.outcome],
      reasons: [
        ...(r.excludedBy ? [`${r.excludedBy.programName}：${r.excludedBy.reason}`] : []),
        ...r.trace
          .filter((l) => !DERIVED_BIRTH_DATE.test(l.text))
          .slice(0, REASON_LINES)
          .map((l) => `${'　'.repeat(l.depth)}${plainMember(l.text)}`),
      ],
      missing: r.missingFacts.map(plainMember),
      estimatedMonthly: r.outcome === 'ELIGIBLE' && r.estimatedMonthlyFen ? r.estimatedMonthlyFen / 100 : null,
    }))
    .sort((x, y) => ORDER.indexOf(x.outcome) - ORDER.indexOf(y.outcome));
}
