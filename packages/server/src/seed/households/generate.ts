import { randomUUID } from 'node:crypto';
import { deriveTier, idCheckChar, maskIdNumber, type Tier } from '@xiejiu/rules';
import { givenName, STREETS, surname } from './names';
import { Rng, WeightedTable } from './prng';

/**
 * Pure, in-memory generation of one synthetic household (演示数据): members with consistent
 * ages and relations, valid resident ID numbers, facts, incomes, assets and benefits, and the
 * tier derived from those benefits. No I/O here: the loader (index.ts) seals and streams it.
 *
 * All money amounts are DEMO VALUES in fen (演示金额，非真实标准): 低保 standard 70000 (¥700)
 * per person per month, 特困 basic living 91000, the other programs' rates below.
 */
export const DEMO_DIBAO_STANDARD_FEN = 70_000;
const DEMO_TEKUN_FEN = 91_000;
const DEMO_TEKUN_CARE_FEN = 20_000;
const DEMO_UNION_FEN = 30_000;
const DEMO_DISAB_LIVING_FEN = 9_000;
const DEMO_DISAB_CARE_FEN: Record<number, number> = { 1: 12_000, 2: 9_000, 3: 6_000 };
const DEMO_EDU_FEN: Record<string, number> = { PRIMARY: 10_000, JUNIOR: 12_500, SENIOR: 20_000, COLLEGE: 30_000 };
const demoElderFen = (age: number) => (age >= 100 ? 30_000 : age >= 90 ? 10_000 : 5_000);

const DAY_MS = 86_400_000;
/** Days from 1900-01-01 to 1970-01-01. */
const EPOCH_1900 = 25_567;

/** The district's own code first (most residents were registered here), then other Chongqing districts. */
export const ID_ADDRESS_CODES = [
  '500199',
  '500101',
  '500102',
  '500103',
  '500104',
  '500105',
  '500106',
  '500107',
  '500108',
  '500109',
  '500110',
  '500111',
  '500112',
  '500113',
  '500114',
  '500115',
  '500116',
  '500117',
  '500118',
  '500119',
  '500120',
  '500151',
  '500152',
  '500153',
  '500154',
  '500155',
  '500156',
];
const LOCAL_BORN_SHARE = 0.78;

export interface VillageInfo {
  code: string;
  name: string;
  townName: string;
  /** 街道 (town digits 7–9 < 100) → URBAN. */
  urban: boolean;
  /** 社区/居委会 (village digits 10–12 < 200) → street address; otherwise 村 → 组 address. */
  community: boolean;
}

export interface GenPerson {
  id: string;
  name: string;
  idNumber: string;
  birthDate: string;
  birthDay: number; // days since 1970-01-01
  age: number;
  sex: 'M' | 'F';
  relation: string;
  labourCapacity: string;
  disabilityType: string | null;
  disabilityGrade: number | null;
  disabilityCert: string | null;
  seriousIllness: string | null;
  schoolStatus: string | null;
  employmentStatus: string | null;
  statuses: string[];
  deathDate: string | null;
  phone: string | null;
  fromDate: string;
  /** Base monthly income by category (fen); months vary around it. */
  incomes: Array<[string, number]>;
  /** Months (first day, ISO) the person has income rows for. */
  incomeMonths: Array<[string, string, number]>; // [category, month, amountFen]
}

export interface GenAsset {
  personId: string | null;
  kind: 'DEPOSIT' | 'VEHICLE' | 'PROPERTY' | 'BUSINESS';
  valueFen: number;
  detail: Record<string, unknown> | null;
}

export interface GenBenefit {
  id: string;
  personId: string | null;
  programCode: string;
  status: 'ACTIVE' | 'PHASE_OUT' | 'SUSPENDED' | 'STOPPED';
  monthlyAmountFen: number;
  startDate: string;
  endDate: string | null;
}

export interface GenHousehold {
  id: string;
  areaCode: string;
  groupNo: string | null;
  address: string;
  residenceType: 'URBAN' | 'RURAL';
  phone: string | null;
  createdAt: string; // ISO timestamp
  headId: string;
  persons: GenPerson[];
  assets: GenAsset[];
  benefits: GenBenefit[];
  tier: Tier | null;
  tierReason: string;
  tierAt: string | null;
  /** Living members (low-income persons when the household has a tier). */
  livingPersons: number;
}

type Structure =
  | 'SINGLE_ELDER'
  | 'SINGLE_ADULT'
  | 'ELDER_COUPLE'
  | 'COUPLE'
  | 'KIDS1'
  | 'KIDS2'
  | 'KIDS3'
  | 'SINGLE_PARENT'
  | 'THREE_GEN'
  | 'THREE_GEN_ELDER_HEAD'
  | 'SKIPPED_GEN'
  | 'SIBLINGS';

const STRUCTURES_URBAN = new WeightedTable<Structure>([
  ['SINGLE_ELDER', 10],
  ['SINGLE_ADULT', 17],
  ['ELDER_COUPLE', 12],
  ['COUPLE', 11],
  ['KIDS1', 21],
  ['KIDS2', 8],
  ['KIDS3', 0.5],
  ['SINGLE_PARENT', 5.5],
  ['THREE_GEN', 8],
  ['THREE_GEN_ELDER_HEAD', 4],
  ['SKIPPED_GEN', 1],
  ['SIBLINGS', 1],
]);
const STRUCTURES_RURAL = new WeightedTable<Structure>([
  ['SINGLE_ELDER', 13],
  ['SINGLE_ADULT', 12],
  ['ELDER_COUPLE', 15],
  ['COUPLE', 9],
  ['KIDS1', 14],
  ['KIDS2', 12],
  ['KIDS3', 2.5],
  ['SINGLE_PARENT', 4.5],
  ['THREE_GEN', 8],
  ['THREE_GEN_ELDER_HEAD', 5.5],
  ['SKIPPED_GEN', 3.5],
  ['SIBLINGS', 1],
]);

/** Probability that a household of this structure is a low-income (assistance) household. */
const LOW_INCOME_BASE: Record<Structure, number> = {
  SINGLE_ELDER: 0.085,
  SINGLE_ADULT: 0.03,
  ELDER_COUPLE: 0.045,
  COUPLE: 0.01,
  KIDS1: 0.013,
  KIDS2: 0.024,
  KIDS3: 0.05,
  SINGLE_PARENT: 0.11,
  THREE_GEN: 0.022,
  THREE_GEN_ELDER_HEAD: 0.024,
  SKIPPED_GEN: 0.1,
  SIBLINGS: 0.05,
};

const DISABILITY_TYPES = new WeightedTable<string>([
  ['PHYSICAL', 30],
  ['HEARING', 24],
  ['VISUAL', 14],
  ['MULTIPLE', 15],
  ['MENTAL', 8],
  ['INTELLECTUAL', 7],
  ['SPEECH', 2],
]);
const DISABILITY_DIGIT: Record<string, number> = { VISUAL: 1, HEARING: 2, SPEECH: 3, PHYSICAL: 4, INTELLECTUAL: 5, MENTAL: 6, MULTIPLE: 7 };
const DISABILITY_GRADES = new WeightedTable<number>([
  [1, 15],
  [2, 20],
  [3, 25],
  [4, 40],
]);
const ILLNESSES = [
  '恶性肿瘤',
  '尿毒症（透析）',
  '白血病',
  '慢性心力衰竭',
  '脑卒中后遗症',
  '系统性红斑狼疮',
  '再生障碍性贫血',
  '耐多药肺结核',
  '肝硬化失代偿期',
];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '157',
  '158',
  '159',
  '166',
  '173',
  '175',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '193',
  '195',
  '198',
  '199',
];

export interface GenContext {
  rng: Rng;
  asOf: Date;
  villages: WeightedTable<VillageInfo>;
  /** Keys of ID numbers issued in this run (address index, birth day, sequence). */
  usedIds: Set<number>;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const monthStart = (day: number) => {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
};
const addMonths = (day: number, n: number) => {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, Math.min(d.getUTCDate(), 28)) / DAY_MS;
};
const yuan = (fen: number) => Math.max(0, Math.round(fen / 100) * 100);

/** Issues a valid, run-unique 18-digit ID: address code + birth date + sequence (odd = male) + check char. */
export function issueIdNumber(ctx: GenContext, birthDay: number, birthDate: string, sex: 'M' | 'F'): string {
  const { rng } = ctx;
  const addrIdx = rng.chance(LOCAL_BORN_SHARE) ? 0 : rng.int(1, ID_ADDRESS_CODES.length - 1);
  const ymd = birthDate.replace(/-/g, '');
  for (let attempt = 0; attempt < 200; attempt++) {
    const last = rng.int(0, 4) * 2 + (sex === 'M' ? 1 : 0);
    const seq = rng.int(0, 99) * 10 + last;
    const key = addrIdx * 50_000_000 + (birthDay + EPOCH_1900) * 1000 + seq;
    if (ctx.usedIds.has(key)) continue;
    ctx.usedIds.add(key);
    const first17 = ID_ADDRESS_CODES[addrIdx] + ymd + String(seq).padStart(3, '0');
    return first17 + idCheckChar(first17);
  }
  throw new Error(`无法为出生日期 ${birthDate} 分配不重复的身份证号 / ID sequence space exhausted`);
}

/** A plausible mainland mobile number (also the 1M-row roster generator's, bench/roster). */
export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

interface Draft {
  relation: string;
  age: number;
  sex: 'M' | 'F';
  surname: string;
}

const other = (s: 'M' | 'F'): 'M' | 'F' => (s === 'M' ? 'F' : 'M');

/** Members of a household: relation to the head, age and sex, family surnames. */
function draftMembers(rng: Rng, structure: Structure): Draft[] {
  const fam = surname(rng);
  const sexOf = (pMale: number): 'M' | 'F' => (rng.chance(pMale) ? 'M' : 'F');
  const spouseOf = (head: Draft): Draft => {
    const sex = other(head.sex);
    const delta = head.sex === 'M' ? -rng.int(0, 5) + rng.int(0, 2) : rng.int(0, 5) - rng.int(0, 1);
    return { relation: 'SPOUSE', age: Math.max(20, Math.min(100, head.age + delta)), sex, surname: surname(rng) };
  };
  // Children of a parent aged `parentAge`: eldest 22–34 years younger, then 1–6 years apart.
  const children = (parentAge: number, n: number, childSurname: string, maxAge = 60): Draft[] => {
    const out: Draft[] = [];
    let age = Math.min(maxAge, parentAge - rng.int(22, 34));
    for (let i = 0; i < n; i++) {
      if (i > 0) age -= rng.int(1, 6);
      if (age < 0) age = rng.int(0, 2);
      if (age > parentAge - 18) age = Math.max(0, parentAge - 18 - rng.int(0, 3));
      const sex = sexOf(0.52);
      out.push({ relation: sex === 'M' ? 'SON' : 'DAUGHTER', age, sex, surname: childSurname });
    }
    return out;
  };
  const couple = (minAge: number, maxAge: number, pMaleHead = 0.8): [Draft, Draft] => {
    const head: Draft = { relation: 'HEAD', age: rng.int(minAge, maxAge), sex: sexOf(pMaleHead), surname: fam };
    return [head, spouseOf(head)];
  };
  const paternal = (h: Draft, s: Draft) => (h.sex === 'M' ? h.surname : s.surname);

  switch (structure) {
    case 'SINGLE_ELDER': {
      const age = Math.min(100, rng.int(60, 74) + rng.int(0, 22));
      return [{ relation: 'HEAD', age, sex: sexOf(0.42), surname: fam }];
    }
    case 'SINGLE_ADULT':
      return [{ relation: 'HEAD', age: rng.int(20, 59), sex: sexOf(0.56), surname: fam }];
    case 'ELDER_COUPLE': {
      const [h, s] = couple(60, 88, 0.85);
      return [h, s];
    }
    case 'COUPLE':
      return couple(22, 59);
    case 'KIDS1':
    case 'KIDS2':
    case 'KIDS3': {
      const [h, s] = couple(25, 56);
      const n = structure === 'KIDS1' ? 1 : structure === 'KIDS2' ? 2 : 3;
      return [h, s, ...children(Math.min(h.age, s.age), n, paternal(h, s), 30)];
    }
    case 'SINGLE_PARENT': {
      const head: Draft = { relation: 'HEAD', age: rng.int(26, 55), sex: sexOf(0.3), surname: fam };
      const kidSurname = head.sex === 'M' || rng.chance(0.3) ? fam : surname(rng);
      return [head, ...children(head.age, rng.chance(0.7) ? 1 : 2, kidSurname, 25)];
    }
    case 'THREE_GEN': {
      const [h, s] = couple(30, 52);
      const kids = children(Math.min(h.age, s.age), rng.chance(0.6) ? 1 : 2, paternal(h, s), 25);
      // The head's own parents: father carries the head's surname.
      const elders: Draft[] = [];
      const gap = rng.int(23, 34);
      const both = rng.chance(0.5);
      if (both || rng.chance(0.35)) elders.push({ relation: 'FATHER', age: Math.min(100, h.age + gap + rng.int(0, 3)), sex: 'M', surname: h.surname });
      if (both || elders.length === 0) elders.push({ relation: 'MOTHER', age: Math.min(100, h.age + gap), sex: 'F', surname: surname(rng) });
      return [h, s, ...kids, ...elders];
    }
    case 'THREE_GEN_ELDER_HEAD': {
      const [h, s] = couple(55, 80, 0.85);
      const child = children(Math.min(h.age, s.age), 1, paternal(h, s), 52)[0];
      if (child.age < 22) child.age = Math.min(Math.min(h.age, s.age) - 20, 22 + rng.int(0, 6));
      const inLaw: Draft = { relation: 'CHILD_IN_LAW', age: Math.max(20, child.age + rng.int(-3, 3)), sex: other(child.sex), surname: surname(rng) };
      const grandSurname = child.sex === 'M' ? child.surname : inLaw.surname;
      const grand = children(Math.min(child.age, inLaw.age), rng.chance(0.6) ? 1 : 2, grandSurname, 30).map((g) => ({ ...g, relation: 'GRANDCHILD' }));
      return [h, s, child, inLaw, ...grand];
    }
    case 'SKIPPED_GEN': {
      // 隔代家庭: grandparent(s) raising grandchildren whose parents work elsewhere.
      const head: Draft = { relation: 'HEAD', age: rng.int(56, 78), sex: sexOf(0.55), surname: fam };
      const out: Draft[] = [head];
      if (rng.chance(0.55)) out.push(spouseOf(head));
      const n = rng.chance(0.6) ? 1 : 2;
      for (let i = 0; i < n; i++) {
        const sex = sexOf(0.52);
        out.push({ relation: 'GRANDCHILD', age: Math.min(head.age - 38, rng.int(3, 16)), sex, surname: rng.chance(0.8) ? fam : surname(rng) });
      }
      return out;
    }
    case 'SIBLINGS': {
      const head: Draft = { relation: 'HEAD', age: rng.int(30, 72), sex: sexOf(0.6), surname: fam };
      const sib: Draft = { relation: 'SIBLING', age: Math.max(20, head.age + rng.int(-10, 10)), sex: sexOf(0.5), surname: fam };
      return [head, sib];
    }
  }
}

function schoolStatus(rng: Rng, age: number, urban: boolean): string | null {
  if (age < 3 || age > 22) return null;
  if (age <= 5) return rng.chance(0.88) ? 'PRESCHOOL' : 'NONE';
  if (age <= 11) return 'PRIMARY';
  if (age <= 14) return 'JUNIOR';
  if (age <= 17) return rng.chance(0.92) ? 'SENIOR' : 'NONE';
  return rng.chance(urban ? 0.65 : 0.5) ? 'COLLEGE' : 'NONE';
}

/** Disability counts as "no labour capacity" for 特困 (docs/domain.md, "Eligibility: the means test"). */
const severeDisability = (type: string | null, grade: number | null) =>
  !!type && !!grade && (((type === 'INTELLECTUAL' || type === 'MENTAL') && grade <= 3) || grade <= 2 || (type === 'VISUAL' && grade === 1));

function specialStatuses(rng: Rng, age: number, sex: 'M' | 'F'): string[] {
  if (age < 18) return [];
  if (sex === 'M' && age <= 26 && rng.chance(0.015)) return ['MILITARY'];
  if (age >= 20 && age <= 55 && rng.chance(sex === 'M' ? 0.0025 : 0.0003)) return ['PRISON'];
  if (age >= 20 && age <= 50 && rng.chance(0.0004)) return ['DRUG_REHAB'];
  if (rng.chance(0.0003)) return ['CLERGY'];
  if (rng.chance(0.0002)) return ['MISSING'];
  return [];
}

type Program = 'TEKUN' | 'DIBAO' | 'TUOPIN' | 'MONITOR' | 'DIBAO_EDGE' | 'SPENDING_HARDSHIP' | 'UNION';

export function generateHousehold(ctx: GenContext): GenHousehold {
  const { rng, asOf } = ctx;
  const asOfDay = Math.floor(asOf.getTime() / DAY_MS);
  const asOfYear = asOf.getUTCFullYear();
  const village = ctx.villages.pick(rng);
  const urban = village.urban;
  const structure = (urban ? STRUCTURES_URBAN : STRUCTURES_RURAL).pick(rng);
  const drafts = draftMembers(rng, structure);

  // Registered with the ledger some time in the last ~14 years.
  const createdDay = asOfDay - rng.int(60, 14 * 365);
  const createdAt = new Date(createdDay * DAY_MS + rng.int(8 * 3600, 17 * 3600) * 1000).toISOString();

  const persons: GenPerson[] = drafts.map((d) => {
    const anniversary = Date.UTC(asOfYear - d.age, asOf.getUTCMonth(), asOf.getUTCDate()) / DAY_MS;
    const birthDay = anniversary - rng.int(0, 364);
    const birthDate = isoDay(birthDay);
    const idNumber = issueIdNumber(ctx, birthDay, birthDate, d.sex);
    const age = d.age;
    let disabilityType: string | null = null;
    let disabilityGrade: number | null = null;
    const pDis = age < 18 ? 0.015 : age < 60 ? 0.045 : age < 80 ? 0.115 : 0.2;
    if (rng.chance(pDis)) {
      disabilityType = DISABILITY_TYPES.pick(rng);
      disabilityGrade = DISABILITY_GRADES.pick(rng);
    }
    const pIll = age < 18 ? 0.004 : age < 60 ? 0.015 : 0.04;
    const seriousIllness = rng.chance(pIll) ? rng.pick(ILLNESSES) : null;
    const statuses = specialStatuses(rng, age, d.sex);
    const severe = severeDisability(disabilityType, disabilityGrade);
    let labour: string;
    if (age < 16 || age >= 70 || severe) labour = 'NONE';
    else if (age >= 60 || disabilityGrade === 3 || seriousIllness) labour = rng.chance(0.75) ? 'PARTIAL' : 'NONE';
    else if (disabilityGrade === 4) labour = rng.chance(0.6) ? 'PARTIAL' : 'FULL';
    else labour = 'FULL';
    const school = schoolStatus(rng, age, urban);
    const inSchool = school !== null && school !== 'NONE';
    return {
      id: randomUUID(),
      name: d.surname + givenName(rng, d.sex, asOfYear - age),
      idNumber,
      birthDate,
      birthDay,
      age,
      sex: d.sex,
      relation: d.relation,
      labourCapacity: labour,
      disabilityType,
      disabilityGrade,
      // 第二代残疾人证号 = ID number + type digit + grade digit: stored masked (no plaintext ID at rest).
      disabilityCert: disabilityType ? `${maskIdNumber(idNumber)}${DISABILITY_DIGIT[disabilityType]}${disabilityGrade}` : null,
      seriousIllness,
      schoolStatus: school,
      // Students of 16+ are outside the labour force: no employment status.
      employmentStatus: age < 16 ? 'NOT_WORKING_AGE' : inSchool ? null : 'UNEMPLOYED',
      statuses,
      deathDate: null,
      phone: null,
      fromDate: isoDay(Math.max(createdDay, birthDay)),
      incomes: [],
      incomeMonths: [],
    };
  });
  const head = persons[0];

  // Employment and base incomes (fen per month).
  const retireAge = (p: GenPerson) => (p.sex === 'M' ? 60 : 55);
  for (const p of persons) {
    if (p.statuses.length || p.employmentStatus !== 'UNEMPLOYED') {
      if (p.statuses.length && p.age >= 16) p.employmentStatus = p.statuses[0] === 'MILITARY' ? 'EMPLOYED' : 'UNEMPLOYED';
      continue;
    }
    const inc: Array<[string, number]> = [];
    if (p.age >= retireAge(p) && (urban || p.age >= 60)) {
      if (urban && rng.chance(0.85)) {
        p.employmentStatus = 'RETIRED';
        inc.push(['TRANSFER', rng.logNormal(330_000, 0.25)]);
      } else {
        p.employmentStatus = !urban && p.age < 75 && p.labourCapacity !== 'NONE' ? 'FARMING' : 'NOT_WORKING_AGE';
        inc.push(['PENSION_BASIC', rng.int(150, 260) * 100]);
        if (p.employmentStatus === 'FARMING') inc.push(['BUSINESS', rng.logNormal(60_000, 0.5)]);
        if (rng.chance(0.5)) inc.push(['TRANSFER', rng.logNormal(50_000, 0.6)]);
      }
    } else if (p.labourCapacity === 'NONE') {
      p.employmentStatus = 'UNEMPLOYED';
    } else {
      const r = rng.next();
      if (urban) {
        if (r < 0.06) {
          p.employmentStatus = 'EMPLOYED';
          inc.push(['BUSINESS', rng.logNormal(800_000, 0.6)]);
        } else if (r < 0.76) {
          p.employmentStatus = 'EMPLOYED';
          inc.push(['WAGE', Math.max(210_000, rng.logNormal(520_000, 0.35))]);
        } else if (r < 0.91) {
          p.employmentStatus = 'FLEXIBLE';
          inc.push(['WAGE', rng.logNormal(300_000, 0.35)]);
        } else p.employmentStatus = 'UNEMPLOYED';
      } else {
        if (r < 0.04) {
          p.employmentStatus = 'EMPLOYED';
          inc.push(['BUSINESS', rng.logNormal(600_000, 0.6)]);
        } else if (r < 0.46) {
          p.employmentStatus = 'EMPLOYED';
          inc.push(['WAGE', Math.max(210_000, rng.logNormal(450_000, 0.3))]);
        } else if (r < 0.8) {
          p.employmentStatus = 'FARMING';
          inc.push(['BUSINESS', rng.logNormal(110_000, 0.4)]);
        } else if (r < 0.9) {
          p.employmentStatus = 'FLEXIBLE';
          inc.push(['WAGE', rng.logNormal(260_000, 0.35)]);
        } else p.employmentStatus = 'UNEMPLOYED';
      }
      if (p.labourCapacity === 'PARTIAL') for (const e of inc) e[1] *= 0.6;
    }
    p.incomes = inc;
  }

  // Is this an assistance household, and under which tier program?
  const anySevere = persons.some((p) => severeDisability(p.disabilityType, p.disabilityGrade) || p.seriousIllness);
  const anyDisabled = persons.some((p) => p.disabilityType);
  let pLow = 1.07 * LOW_INCOME_BASE[structure] * (anySevere ? 2.5 : anyDisabled ? 1.5 : 1) * (urban ? 1 : 1.3);
  pLow = Math.min(0.6, pLow);
  let program: Program | null = null;
  if (rng.chance(pLow)) {
    const single = persons.length === 1;
    const tekunEligible = single && (head.age >= 60 || severeDisability(head.disabilityType, head.disabilityGrade)) && !head.statuses.length;
    if (tekunEligible && rng.chance(0.4)) program = 'TEKUN';
    else {
      const r = rng.next();
      const ill = persons.some((p) => p.seriousIllness);
      const employed = persons.some((p) => p.employmentStatus === 'EMPLOYED');
      if (urban) {
        if (ill && r < 0.3) program = 'SPENDING_HARDSHIP';
        else if (r < 0.66) program = 'DIBAO';
        else if (r < 0.86) program = 'DIBAO_EDGE';
        else if (r < 0.93 || !employed) program = 'SPENDING_HARDSHIP';
        else program = 'UNION';
      } else {
        if (ill && r < 0.2) program = 'SPENDING_HARDSHIP';
        else if (r < 0.45) program = 'DIBAO';
        else if (r < 0.75) program = 'TUOPIN';
        else if (r < 0.85) program = 'MONITOR';
        else if (r < 0.95) program = 'DIBAO_EDGE';
        else program = 'SPENDING_HARDSHIP';
      }
    }
  }

  // Low-income households: weaker employment, then incomes scaled to the program's band.
  const std = DEMO_DIBAO_STANDARD_FEN;
  const countedCats = new Set(['WAGE', 'BUSINESS', 'TRANSFER', 'PROPERTY']);
  const counted = () => persons.reduce((s, p) => s + p.incomes.reduce((t, [c, v]) => t + (countedCats.has(c) ? v : 0), 0), 0);
  let dibaoPhaseOut = false;
  if (program) {
    if (program === 'TEKUN' || program === 'DIBAO') {
      for (const p of persons) {
        if (p.employmentStatus === 'EMPLOYED' || p.employmentStatus === 'RETIRED') {
          if (rng.chance(0.55)) {
            p.employmentStatus = 'FLEXIBLE';
            p.incomes = [['WAGE', rng.logNormal(150_000, 0.4)]];
          } else {
            p.employmentStatus = 'UNEMPLOYED';
            p.incomes = [];
          }
        }
      }
    }
    dibaoPhaseOut = program === 'DIBAO' && rng.chance(0.05);
    const band: Record<Program, [number, number]> = {
      TEKUN: [0, 0.15],
      DIBAO: dibaoPhaseOut ? [1.0, 1.3] : [0.05, 0.85],
      TUOPIN: [1.4, 4],
      MONITOR: [0.9, 1.8],
      DIBAO_EDGE: [1.0, 1.45],
      SPENDING_HARDSHIP: [1.3, 3],
      UNION: [1.2, 2.4],
    };
    const [lo, hi] = band[program];
    const target = (lo + rng.next() * (hi - lo)) * std * persons.length;
    const now = counted();
    if (now > 0) {
      const f = target / now;
      for (const p of persons) for (const e of p.incomes) if (countedCats.has(e[0])) e[1] *= f;
    } else if (target > 0) {
      const earner = persons.find((p) => p.age >= 18 && p.labourCapacity !== 'NONE' && !p.statuses.length) ?? head;
      if (earner.age < 60 && earner.labourCapacity !== 'NONE') {
        earner.employmentStatus = urban ? 'FLEXIBLE' : 'FARMING';
        earner.incomes.push([urban ? 'WAGE' : 'BUSINESS', target]);
      } else earner.incomes.push(['TRANSFER', target]);
    }
  }
  for (const p of persons) for (const e of p.incomes) e[1] = yuan(e[1]);
  const perCapita = Math.round(counted() / persons.length);

  // A few deaths (mostly the very old), recorded in the last five months: the person stays in the
  // household (户籍 not yet cancelled) and some benefits still run — material for 疑点 rule 1.
  for (const p of persons) {
    const isHead = p === head;
    const pDeath = p.age >= 80 ? 0.02 : p.age >= 60 ? 0.005 : 0.0003;
    if ((!isHead || (program === 'TEKUN' && rng.chance(0.03))) && rng.chance(isHead ? 1 : pDeath)) {
      p.deathDate = isoDay(asOfDay - rng.int(5, 150));
      p.statuses = ['DECEASED'];
      p.employmentStatus = p.age >= 16 ? 'UNEMPLOYED' : 'NOT_WORKING_AGE';
    }
  }

  // Monthly income rows for the three months before asOf (none after a death).
  const thisMonth = monthStart(asOfDay);
  const months = [3, 2, 1].map((n) => addMonths(thisMonth, -n));
  for (const p of persons) {
    const deathDay = p.deathDate ? Date.parse(p.deathDate) / DAY_MS : Infinity;
    for (const [cat, base] of p.incomes) {
      if (base <= 0) continue;
      const spread = cat === 'BUSINESS' ? 0.15 : cat === 'WAGE' ? 0.06 : 0;
      for (const m of months) {
        if (m > deathDay) continue;
        p.incomeMonths.push([cat, isoDay(m), yuan(base * (1 + spread * rng.normal()))]);
      }
    }
  }

  // Phones: ~70% of households give a mobile (the head's); some other adults have their own.
  let phone: string | null = null;
  if (rng.chance(0.7)) {
    phone = mobile(rng);
    head.phone = phone;
  }
  for (const p of persons) if (p !== head && p.age >= 18 && p.age <= 70 && !p.deathDate && rng.chance(0.3)) p.phone = mobile(rng);

  // Address.
  const place = village.name.startsWith(village.townName) ? village.name : village.townName + village.name;
  let groupNo: string | null = null;
  let address: string;
  if (village.community) {
    address = `${place}${rng.pick(STREETS)}${rng.int(1, 199)}号${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}`;
  } else {
    groupNo = String(rng.int(1, 12));
    address = `${place}${groupNo}组${rng.int(1, 160)}号`;
  }

  // Assets.
  const assets: GenAsset[] = [];
  const low = program === 'TEKUN' || program === 'DIBAO' || program === 'DIBAO_EDGE';
  const ownsHome = low ? rng.chance(urban ? 0.55 : 0.9) : rng.chance(urban ? 0.82 : 0.93);
  if (ownsHome) {
    const count = low ? 1 : rng.chance(0.8) ? 1 : rng.chance(0.85) ? 2 : 3;
    const areaM2 = low ? rng.int(30, 75) : rng.int(55, 140);
    const pricePerM2 = urban ? rng.int(7_000, 12_000) : rng.int(900, 2_000);
    assets.push({ personId: head.id, kind: 'PROPERTY', valueFen: yuan(count * areaM2 * pricePerM2 * 100), detail: { areaM2, count } });
  }
  if (low) {
    if (rng.chance(0.5)) assets.push({ personId: head.id, kind: 'DEPOSIT', valueFen: yuan(rng.int(500, 8_000) * 100), detail: null });
  } else if (rng.chance(0.65)) {
    assets.push({ personId: head.id, kind: 'DEPOSIT', valueFen: yuan(rng.logNormal(urban ? 6_000_000 : 2_500_000, 1.0)), detail: null });
  }
  const workingAge = persons.some((p) => p.age >= 20 && p.age < 60 && !p.deathDate);
  const carChance = low ? (program === 'DIBAO' ? 0.015 : 0) : workingAge ? (urban ? 0.4 : 0.27) : 0.05;
  if (rng.chance(carChance)) assets.push({ personId: head.id, kind: 'VEHICLE', valueFen: yuan(rng.logNormal(9_000_000, 0.5)), detail: { type: 'car' } });
  if (rng.chance(urban ? 0.05 : low ? 0.15 : 0.3))
    assets.push({ personId: head.id, kind: 'VEHICLE', valueFen: yuan(rng.int(3_000, 9_000) * 100), detail: { type: 'motorcycle' } });
  if (rng.chance(0.27)) assets.push({ personId: head.id, kind: 'VEHICLE', valueFen: yuan(rng.int(1_500, 4_000) * 100), detail: { type: 'e-bike' } });
  if (!low && workingAge && rng.chance(0.05)) {
    const capitalFen = yuan(rng.logNormal(10_000_000, 1.0));
    assets.push({ personId: head.id, kind: 'BUSINESS', valueFen: capitalFen, detail: { capitalFen } });
  }

  // Benefits (source ROSTER). Tier programs first, then the stacking ones.
  const benefits: GenBenefit[] = [];
  const firstOfMonth = (day: number) => isoDay(monthStart(day));
  const startIn = (minMonthsAgo: number, maxMonthsAgo: number) => Math.max(monthStart(createdDay), addMonths(thisMonth, -rng.int(minMonthsAgo, maxMonthsAgo)));
  const add = (personId: string | null, programCode: string, amount: number, opts: { start?: number; status?: GenBenefit['status'] } = {}) => {
    const start = opts.start ?? startIn(1, 96);
    let status = opts.status;
    if (!status) {
      const r = rng.next();
      status = r < 0.92 ? 'ACTIVE' : r < 0.96 ? 'SUSPENDED' : 'STOPPED';
    }
    let end: number | null = null;
    if (status === 'STOPPED') end = Math.min(addMonths(start, rng.int(3, 30)), thisMonth - 1);
    if (status === 'PHASE_OUT') end = addMonths(thisMonth, rng.int(1, 6)) - 1;
    if (end !== null && end < start) end = start;
    const b: GenBenefit = {
      id: randomUUID(),
      personId,
      programCode,
      status,
      monthlyAmountFen: yuan(amount),
      startDate: firstOfMonth(start),
      endDate: end === null ? null : isoDay(end),
    };
    benefits.push(b);
    return b;
  };
  const living = persons.filter((p) => !p.deathDate);
  const students = living.filter((p) => p.schoolStatus && DEMO_EDU_FEN[p.schoolStatus]);
  let tierStart: number | null = null;
  if (program) {
    const r = rng.next();
    const status: GenBenefit['status'] = dibaoPhaseOut ? 'PHASE_OUT' : r < 0.95 ? 'ACTIVE' : r < 0.98 ? 'SUSPENDED' : 'STOPPED';
    tierStart = startIn(1, 84);
    switch (program) {
      case 'TEKUN':
        add(head.id, 'TEKUN', DEMO_TEKUN_FEN + (head.age >= 80 || head.labourCapacity === 'NONE' ? DEMO_TEKUN_CARE_FEN : 0), { start: tierStart, status });
        break;
      case 'DIBAO': {
        const amount = dibaoPhaseOut ? std * 0.3 * persons.length : Math.max(std * 0.1, std - perCapita) * persons.length;
        add(null, 'DIBAO', amount, { start: tierStart, status });
        break;
      }
      case 'TUOPIN':
      case 'MONITOR':
        add(null, program, 0, { start: tierStart, status });
        // Some 脱贫户 are also on 低保 (the household then counts as T2).
        if (program === 'TUOPIN' && perCapita < std && rng.chance(0.5))
          add(null, 'DIBAO', Math.max(std * 0.1, std - perCapita) * persons.length, { start: startIn(1, 60) });
        break;
      case 'UNION':
        add(null, 'UNION', DEMO_UNION_FEN, { start: tierStart, status });
        break;
      default:
        add(null, program, 0, { start: tierStart, status });
    }
    const t12 = program === 'TEKUN' || program === 'DIBAO';
    for (const p of persons) {
      if (
        t12 ||
        (program === 'SPENDING_HARDSHIP' && p.seriousIllness) ||
        (program === 'DIBAO_EDGE' && p.seriousIllness) ||
        ((program === 'TUOPIN' || program === 'MONITOR') && rng.chance(0.5))
      ) {
        if (rng.chance(0.9)) add(p.id, 'MEDICAL', 0, { start: tierStart, status: 'ACTIVE' });
      }
    }
    if (t12 || program === 'TUOPIN' || program === 'MONITOR')
      for (const s of students) if (rng.chance(0.85)) add(s.id, 'EDU', DEMO_EDU_FEN[s.schoolStatus!], { start: startIn(1, 12) });
    for (const p of persons)
      if (p.disabilityType && (program === 'DIBAO' || (program === 'TEKUN' && rng.chance(0.5)))) add(p.id, 'DISAB_LIVING', DEMO_DISAB_LIVING_FEN);
    if (rng.chance(0.08)) add(null, 'TEMP', std * persons.length, { start: startIn(0, 10), status: rng.chance(0.3) ? 'ACTIVE' : 'STOPPED' });
  } else {
    // Some former recipients (stopped) and sudden hardship (临时救助) outside the tiers.
    if (rng.chance(0.01)) add(null, 'DIBAO', std * 0.5 * persons.length, { start: startIn(24, 120), status: 'STOPPED' });
    if (rng.chance(0.003)) add(null, 'TEMP', std * persons.length, { start: startIn(0, 10), status: rng.chance(0.3) ? 'ACTIVE' : 'STOPPED' });
  }
  // Regardless of tier: 重度残疾人护理补贴 and 高龄津贴. A dead person's benefit may still be running.
  for (const p of persons) {
    const care = DEMO_DISAB_CARE_FEN[p.disabilityGrade ?? 0];
    if (care && (p.disabilityGrade! <= 2 || ((p.disabilityType === 'INTELLECTUAL' || p.disabilityType === 'MENTAL') && rng.chance(0.5))) && rng.chance(0.95)) {
      add(p.id, 'DISAB_CARE', care, p.deathDate && rng.chance(0.4) ? { status: 'STOPPED' } : {});
    }
    if (p.age >= 80 && rng.chance(0.97)) {
      const start = Math.max(startIn(1, 12 * (p.age - 79)), addMonths(p.birthDay, 80 * 12));
      add(p.id, 'ELDER', demoElderFen(p.age), { start: Math.min(start, thisMonth), status: p.deathDate && rng.chance(0.4) ? 'STOPPED' : 'ACTIVE' });
    }
  }

  const inactive = new Set(persons.filter((p) => p.deathDate).map((p) => p.id));
  const derived = deriveTier(
    benefits.map((b) => ({ programCode: b.programCode, status: b.status, personId: b.personId })),
    inactive,
  );
  return {
    id: randomUUID(),
    areaCode: village.code,
    groupNo,
    address,
    residenceType: urban ? 'URBAN' : 'RURAL',
    phone,
    createdAt,
    headId: head.id,
    persons,
    assets,
    benefits,
    tier: derived.tier,
    tierReason: derived.reason,
    tierAt: derived.tier ? new Date((tierStart ?? createdDay) * DAY_MS + 9 * 3600_000).toISOString() : null,
    livingPersons: living.length,
  };
}
