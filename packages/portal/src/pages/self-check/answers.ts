import type {
  DisabilityType,
  EmploymentStatus,
  LabourCapacity,
  LegalSupport,
  MemberRelation,
  ResidenceType,
  SchoolStatus,
  SelfCheckInput,
  SelfCheckMemberInput,
} from '../../gql/graphql';

/**
 * 我能申请什么: the answers as the form holds them (strings as typed, '' = not answered / 不清楚), the checks with
 * Chinese messages, and the conversion to `SelfCheckInput`. Kept in memory only: nothing is stored or sent but the query.
 * The limits mirror the server's (packages/server/src/modules/program/self-check.ts), which checks them again.
 */

/** A yes / no question; '' = 不清楚 (left out of the query: the engine treats it as unknown → 还需了解). */
export type YesNo = '' | 'yes' | 'no';

export interface MemberAnswers {
  /** Stable key for React (members can be removed). */
  key: number;
  relation: MemberRelation | '';
  age: string;
  labourCapacity: LabourCapacity | '';
  /** 持有残疾人证: the server has no "unknown" here (no type = no disability). */
  disabled: 'yes' | 'no';
  disabilityType: DisabilityType | '';
  /** '1'…'4'; '' = 不清楚. */
  disabilityGrade: string;
  seriousIllness: YesNo;
  schoolStatus: SchoolStatus | '';
  employmentStatus: EmploymentStatus | '';
}

export interface Answers {
  residenceType: ResidenceType | '';
  members: MemberAnswers[];
  wageIncome: string;
  otherIncome: string;
  deposits: string;
  carValue: string;
  homes: string;
  suddenHardship: YesNo;
  housingDifficulty: YesNo;
  rigidSpending12m: string;
  disasterAffected: YesNo;
  unionMember: YesNo;
  legalSupport: LegalSupport | '';
  currentPrograms: string[];
}

export const MAX_MEMBERS = 15;
const MAX_YUAN = 100_000_000;

let nextKey = 1;

export function newMember(relation: MemberRelation | '' = ''): MemberAnswers {
  return {
    key: nextKey++,
    relation,
    age: '',
    labourCapacity: '',
    disabled: 'no',
    disabilityType: '',
    disabilityGrade: '',
    seriousIllness: '',
    schoolStatus: '',
    employmentStatus: '',
  };
}

/** A fresh questionnaire: the first member is 本人, the head of the household (户主) unless the person changes it. */
export function emptyAnswers(): Answers {
  return {
    residenceType: '',
    members: [newMember('HEAD')],
    wageIncome: '',
    otherIncome: '',
    deposits: '',
    carValue: '',
    homes: '',
    suddenHardship: '',
    housingDifficulty: '',
    rigidSpending12m: '',
    disasterAffected: '',
    unionMember: '',
    legalSupport: '',
    currentPrograms: [],
  };
}

/** What the server calls member i in its results (本人, 成员2, 成员3 …): the form uses the same names. */
export const memberName = (i: number) => (i === 0 ? '本人' : `成员${i + 1}`);

/** Full-width digits and punctuation (Chinese keyboards) to ASCII; thousands separators and spaces dropped. */
export function normaliseNumber(raw: string): string {
  return raw
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s]/g, '')
    .replace(/元$/, '');
}

const parse = (raw: string): number | null => {
  const s = normaliseNumber(raw);
  if (s === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(s) ? Number(s) : Number.NaN;
};

/** Field keys as the server names them in `extensions.field` (e.g. `members.0.age`), so its errors land on the same field. */
export type Errors = Record<string, string>;

/** The questions of each step, in order. */
export const STEPS = ['户籍', '家庭成员', '收入和财产', '其他情况'] as const;

function checkAmount(errors: Errors, field: string, raw: string, required?: string) {
  const v = parse(raw);
  if (v === null) {
    if (required) errors[field] = required;
  } else if (Number.isNaN(v)) errors[field] = '请填写数字（单位：元），例如 300';
  else if (v > MAX_YUAN) errors[field] = '金额应在 0 到 1 亿元之间';
}

function checkCount(errors: Errors, field: string, raw: string, max: number, message: string) {
  const v = parse(raw);
  if (v === null) return;
  if (Number.isNaN(v) || !Number.isInteger(v) || v > max) errors[field] = message;
}

/** The checks of one step (0-based); {} = fine. */
export function validateStep(step: number, a: Answers): Errors {
  const errors: Errors = {};
  if (step === 0) {
    if (!a.residenceType) errors.residenceType = '请选择城镇户籍还是农村户籍';
  } else if (step === 1) {
    a.members.forEach((m, i) => {
      const f = `members.${i}`;
      if (!m.relation) errors[`${f}.relation`] = '请选择与户主的关系';
      const age = parse(m.age);
      if (age === null) errors[`${f}.age`] = '请填写年龄（周岁）';
      else if (Number.isNaN(age) || !Number.isInteger(age) || age > 120) errors[`${f}.age`] = '年龄请填 0 到 120 之间的整数（周岁）';
      if (m.disabled === 'yes' && !m.disabilityType) errors[`${f}.disabilityType`] = '请选择残疾类别（看残疾人证）';
    });
    const heads = a.members.filter((m) => m.relation === 'HEAD').length;
    if (heads !== 1) errors.members = heads === 0 ? '请在家庭成员中选定一名户主' : '户主只能有一名，请改正与户主的关系';
  } else if (step === 2) {
    checkAmount(errors, 'wageIncome', a.wageIncome);
    checkAmount(errors, 'otherIncome', a.otherIncome, '请填写全家上个月的其他收入，没有就填 0');
    checkAmount(errors, 'deposits', a.deposits);
    checkAmount(errors, 'carValue', a.carValue);
    checkCount(errors, 'homes', a.homes, 20, '住房套数请填 0 到 20 之间的整数');
  } else if (step === 3) {
    checkAmount(errors, 'rigidSpending12m', a.rigidSpending12m);
  }
  return errors;
}

/** The step a field is asked on (for the server's errors). */
export function stepOfField(field: string): number {
  if (field === 'residenceType' || field === 'areaCode') return 0;
  if (field.startsWith('members')) return 1;
  if (['wageIncome', 'otherIncome', 'deposits', 'carValue', 'homes'].includes(field)) return 2;
  return 3;
}

const yesNo = (v: YesNo): boolean | undefined => (v === '' ? undefined : v === 'yes');
const amount = (raw: string): number | undefined => parse(raw) ?? undefined;

/** The query's input: unanswered questions are left out (unknown to the engine), never sent as "no". */
export function toInput(a: Answers): SelfCheckInput {
  const members: SelfCheckMemberInput[] = a.members.map((m) => {
    const out: SelfCheckMemberInput = { relation: m.relation as MemberRelation, age: Number(normaliseNumber(m.age)) };
    if (m.labourCapacity) out.labourCapacity = m.labourCapacity;
    if (m.disabled === 'yes' && m.disabilityType) {
      out.disabilityType = m.disabilityType;
      if (m.disabilityGrade) out.disabilityGrade = Number(m.disabilityGrade);
    }
    if (m.seriousIllness) out.seriousIllness = m.seriousIllness === 'yes';
    if (m.schoolStatus) out.schoolStatus = m.schoolStatus;
    if (m.employmentStatus) out.employmentStatus = m.employmentStatus;
    return out;
  });
  const input: SelfCheckInput = {
    residenceType: a.residenceType as ResidenceType,
    members,
    otherIncome: amount(a.otherIncome) ?? 0,
  };
  const optional = {
    wageIncome: amount(a.wageIncome),
    deposits: amount(a.deposits),
    carValue: amount(a.carValue),
    homes: amount(a.homes),
    rigidSpending12m: amount(a.rigidSpending12m),
    suddenHardship: yesNo(a.suddenHardship),
    housingDifficulty: yesNo(a.housingDifficulty),
    disasterAffected: yesNo(a.disasterAffected),
    unionMember: yesNo(a.unionMember),
    legalSupport: a.legalSupport || undefined,
    currentPrograms: a.currentPrograms.length ? a.currentPrograms : undefined,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (input as unknown as Record<string, unknown>)[k] = v;
  return input;
}
