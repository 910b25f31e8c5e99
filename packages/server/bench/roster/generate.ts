import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { idCheckChar, PROGRAM_NAMES, RELATIONS, SEED_PARAMETERS, valueAt } from '@xiejiu/rules';
import { DATASET_DEFS } from '../../src/modules/roster/datasets';
import type { Dataset } from '../../src/modules/roster/records';
import { DEMO_TOWNS } from '../../src/seed/demo-district';
import { mobile } from '../../src/seed/households/generate';
import { givenName, surname } from '../../src/seed/households/names';
import { Rng, WeightedTable } from '../../src/seed/households/prng';
import { todayCn } from '../../src/shared/dates';

/**
 * Synthetic 大数据库 files for the P1/P6 benchmark (issue 12; docs/benchmarks.md): a 救助对象名册 of N rows
 * and one reference file per dataset the cross-check reads, with planted cases per rule and near misses,
 * plus `manifest.json` describing what was planted. Written as streams (only the planted cases and a small
 * ring buffer of recent rows are held in memory), deterministic for (seed, today, villages).
 *
 * The roster (roster.csv, template headers of datasets.ts):
 * - households of 1–6 members, head first, relations and birth dates consistent (spouses of similar age,
 *   children 20–35 years younger, grandparents older), valid GB 11643 ID numbers unique in the run;
 * - programs with plausible monthly amounts: 低保 (all members), 特困 (single elders), 高龄津贴, 残疾人两项补贴,
 *   孤儿 (grandchildren of an elder head), 临时救助 and 医疗救助 (one-off, with an end date), 低保边缘;
 * - rows with one typed error each (BAD_CHECK_DIGIT … MISSING_FIELD), exact duplicate rows, and persons
 *   listed a second time under another head (conflicts: rule 8's planted cases);
 * - planted persons for the rules, each in a household of its own (so that no other rule sees them).
 *
 * Reference files: background rows about persons who are NOT in the roster (fresh ID numbers), with the
 * planted and near-miss rows spread among them. The semantics follow modules/crosscheck/rules/*.ts.
 *
 * Synthetic demo data: any resemblance to a real person is chance.
 */

export const DEFAULT_GEN_SEED = 20261205;
export const REFERENCE_DATASETS = ['deaths', 'vehicles', 'property', 'business', 'payroll', 'medical', 'status', 'income', 'hukou', 'cadres'] as const;
export type ReferenceDataset = (typeof REFERENCE_DATASETS)[number];
export const ROSTER_ERROR_CODES = [
  'BAD_CHECK_DIGIT',
  'BAD_BIRTH_DATE',
  'BAD_ID_FORMAT',
  'UNKNOWN_PROGRAM',
  'UNKNOWN_AREA',
  'BAD_AMOUNT',
  'BAD_DATE',
  'MISSING_FIELD',
] as const;
export type RosterErrorCode = (typeof ROSTER_ERROR_CODES)[number];

/** Program parameters the planted cases are placed around (the catalogue's values in force on `today`). */
export interface GenParams {
  standardUrbanFen: number;
  standardRuralFen: number;
  assetLimitMonths: number;
  maxHomes: number;
  businessCapitalLimitFen: number;
  tekunMinorAge: number;
}

export function catalogueParams(today: string): GenParams {
  const num = (code: string) => {
    const p = SEED_PARAMETERS.find((x) => x.code === code);
    const v = p ? valueAt(p, today) : undefined;
    if (!v) throw new Error(`parameter ${code} has no value on ${today}`);
    return Number(v.value);
  };
  return {
    standardUrbanFen: num('DIBAO.standard.URBAN'),
    standardRuralFen: num('DIBAO.standard.RURAL'),
    assetLimitMonths: num('DIBAO.asset_limit_months'),
    maxHomes: num('DIBAO.max_homes'),
    businessCapitalLimitFen: num('DIBAO.business_capital_limit'),
    tekunMinorAge: num('TEKUN.age_minor'),
  };
}

export interface GenerateOptions {
  /** Rows of roster.csv (default 1,000,000). */
  rows?: number;
  outDir: string;
  seed?: number;
  /** The import's "today" (China date, 'YYYY-MM-DD'); planted dates are placed around it. */
  today?: string;
  /** Village codes (level 3, 12 digits) that exist in `area`; default: the demo district's. */
  villages?: string[];
  params?: GenParams;
  /** Planted persons per rule (default: rows / 10,000, between 5 and 50); as many near misses. */
  plantedPerRule?: number;
}

export interface RuleManifest {
  code: string;
  /** ID numbers of roster persons the rule must flag. */
  planted: string[];
  /** ID numbers of roster persons the rule must NOT flag (close to the rule's limits). */
  nearMiss: string[];
  /** sha256 of the sorted planted IDs joined by newlines. */
  plantedHash: string;
  note?: string;
}

export interface Manifest {
  generator: 'xiejiu-roster-bench/1';
  seed: number;
  today: string;
  payMonth: string;
  params: GenParams;
  files: Record<string, { dataset: Dataset; rows: number; bytes: number; sha256: string }>;
  roster: {
    rows: number;
    households: number;
    persons: number;
    /** Rows with exactly one row error of that code. */
    errorRows: Record<RosterErrorCode, number>;
    /** Exact copies of an earlier row. */
    duplicateRows: number;
    /** A person listed again under another head (rule 8's planted cases). */
    conflictRows: number;
    /** Rows that pass validation (rows − error rows). */
    validRows: number;
  };
  rules: Record<string, RuleManifest>;
}

const RULE_CODES: Record<number, string> = {
  1: 'DEATH',
  2: 'PAYROLL',
  3: 'VEHICLE',
  4: 'PROPERTY',
  5: 'BUSINESS',
  6: 'DEPOSITS',
  7: 'DOUBLE_STATUS',
  8: 'TWO_HOUSEHOLDS',
  9: 'HUKOU_MOVED',
  10: 'EXCLUDED_MEMBER',
  11: 'CADRE_RELATIVE',
  12: 'REVIEW_OVERDUE',
  13: 'AGE_TRANSITION',
  14: 'IDENTITY',
  15: 'AMOUNT_MISMATCH',
};
const NOT_PLANTABLE: Record<number, string> = {
  12: '不可由名册布设：名册导入建立的是个人救助记录（person_id 非空），规则 12 只看家庭低保（person_id 为空）',
  15: '不可由名册布设：规则 15 只看家庭低保（person_id 为空）且需要台账上月收入记录，名册导入两者都不产生',
};

/** Background rows of each reference file, as a share of the roster's rows (at least 100). */
const NOISE_SHARE: Record<ReferenceDataset, number> = {
  deaths: 0.01,
  vehicles: 0.03,
  property: 0.05,
  business: 0.02,
  payroll: 0.03,
  medical: 0.05,
  status: 0.02,
  income: 0.05,
  hukou: 0.01,
  cadres: 0.003,
};

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yuan = (fen: number) => (fen / 100).toFixed(2);
/** The same day `years` years earlier (Feb 29 → Feb 28). */
function yearsBefore(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear() - years;
  const m = d.getUTCMonth();
  const dd = Math.min(d.getUTCDate(), m === 1 ? 28 : 30);
  return Date.UTC(y, m, dd) / DAY_MS;
}

/** Birthplace codes of the ID numbers: the district itself mostly, then other Chongqing counties. */
const ID_ADDRESS_CODES = ['500199', '500228', '500229', '500230', '500231', '500233', '500235', '500236', '500237', '500238', '500240', '500241'];

/**
 * Valid, run-unique ID numbers by construction: the n-th person born on a day with a sex gets sequence
 * slot n (permuted), so the address code can be chosen freely. Memory: one counter per (day, sex).
 */
class IdAllocator {
  private readonly used = new Map<number, number>();

  constructor(private readonly rng: Rng) {}

  issue(birthDay: number, sex: 'M' | 'F'): string {
    const key = birthDay * 2 + (sex === 'M' ? 1 : 0);
    const n = this.used.get(key) ?? 0;
    if (n >= 500) throw new Error(`ID sequence space exhausted for ${isoOf(birthDay)}`);
    this.used.set(key, n + 1);
    const slot = (n * 211 + (((birthDay % 500) + 500) % 500)) % 500;
    const seq = slot * 2 + (sex === 'M' ? 1 : 0);
    const addr = this.rng.chance(0.78) ? ID_ADDRESS_CODES[0] : ID_ADDRESS_CODES[this.rng.int(1, ID_ADDRESS_CODES.length - 1)];
    const first17 = `${addr}${isoOf(birthDay).replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
    return first17 + idCheckChar(first17);
  }
}

/** 统一社会信用代码 (GB 32100-2015) with its check character. */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(rng: Rng, individual: boolean): string {
  let s = `9${individual ? '2' : '1'}500199`;
  for (let i = 0; i < 9; i++) s += CREDIT_CHARS[rng.int(0, 30)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(s[i]) * CREDIT_W[i];
  return s + CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

// ------------------------------------------------------------------ streamed CSV

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

class CsvFile {
  rows = 0;
  private buf = '';
  private readonly hash = createHash('sha256');
  private readonly ws: WriteStream;

  constructor(
    readonly file: string,
    readonly dataset: Dataset,
    readonly headers: string[],
  ) {
    this.ws = createWriteStream(file);
    this.buf = `${headers.map(csvCell).join(',')}\n`;
  }

  /** One row, cells by template header (absent: empty). Returns the line written. */
  async row(cells: Record<string, string>): Promise<string> {
    const line = `${this.headers.map((h) => csvCell(cells[h] ?? '')).join(',')}\n`;
    await this.raw(line);
    return line;
  }

  async raw(line: string): Promise<void> {
    this.rows++;
    this.buf += line;
    if (this.buf.length >= 64 * 1024) await this.flush();
  }

  private async flush(): Promise<void> {
    const b = Buffer.from(this.buf, 'utf8');
    this.buf = '';
    this.hash.update(b);
    if (!this.ws.write(b)) await once(this.ws, 'drain');
  }

  async close(): Promise<{ rows: number; bytes: number; sha256: string }> {
    await this.flush();
    this.ws.end();
    await once(this.ws, 'finish');
    return { rows: this.rows, bytes: (await fs.stat(this.file)).size, sha256: this.hash.digest('hex') };
  }
}

// ------------------------------------------------------------------ persons and households

interface Person {
  name: string;
  id: string;
  birthDay: number;
  sex: 'M' | 'F';
  /** RELATIONS code */
  relation: string;
}

interface Member {
  relation: string;
  age: number;
  sex: 'M' | 'F';
  surname: string;
}

interface RosterRow {
  person: Person;
  head: Person;
  village: string;
  program: string;
  amountFen: number;
  startDay: number;
  endDay: number | null;
  phone: string | null;
  note: string | null;
}

type Structure = 'SINGLE_ELDER' | 'SINGLE_ADULT' | 'ELDER_COUPLE' | 'COUPLE' | 'KIDS' | 'SINGLE_PARENT' | 'THREE_GEN' | 'SKIPPED_GEN';
const STRUCTURES = new WeightedTable<Structure>([
  ['SINGLE_ELDER', 22],
  ['SINGLE_ADULT', 14],
  ['ELDER_COUPLE', 16],
  ['COUPLE', 8],
  ['KIDS', 18],
  ['SINGLE_PARENT', 9],
  ['THREE_GEN', 9],
  ['SKIPPED_GEN', 4],
]);
/** Relation labels as clerks write them (RELATIONS labels mostly, common synonyms sometimes). */
const RELATION_WRITTEN: Record<string, string[]> = {
  HEAD: [RELATIONS.HEAD, RELATIONS.HEAD, RELATIONS.HEAD, '本人'],
  SPOUSE: [RELATIONS.SPOUSE, RELATIONS.SPOUSE, '妻子', '丈夫'],
  SON: [RELATIONS.SON, RELATIONS.SON, '儿子', '长子'],
  DAUGHTER: [RELATIONS.DAUGHTER, RELATIONS.DAUGHTER, '女儿', '长女'],
  FATHER: [RELATIONS.FATHER, '父'],
  MOTHER: [RELATIONS.MOTHER, '母'],
  GRANDCHILD: [RELATIONS.GRANDCHILD, '孙子', '孙女'],
  SIBLING: [RELATIONS.SIBLING, '兄', '妹'],
  OTHER: [RELATIONS.OTHER],
};

class Generator {
  readonly rng: Rng;
  readonly ids: IdAllocator;
  readonly todayDay: number;
  readonly payMonthDay: number;
  readonly urbanVillages: string[];
  readonly ruralVillages: string[];
  private certNo = 0;

  constructor(
    seed: number,
    readonly today: string,
    readonly villages: string[],
    readonly params: GenParams,
  ) {
    this.rng = new Rng(seed);
    this.ids = new IdAllocator(this.rng);
    this.todayDay = dayOf(today);
    this.payMonthDay = dayOf(`${today.slice(0, 7)}-01`);
    this.urbanVillages = villages.filter((v) => Number(v.slice(9, 12)) < 200);
    this.ruralVillages = villages.filter((v) => Number(v.slice(9, 12)) >= 200);
    if (!this.urbanVillages.length) this.urbanVillages = villages;
    if (!this.ruralVillages.length) this.ruralVillages = villages;
  }

  village(): string {
    return this.rng.pick(this.villages);
  }

  /** Birth day of someone aged exactly `age` today (never on the birthday itself). */
  birthDayFor(age: number): number {
    return yearsBefore(this.todayDay, age) - this.rng.int(1, 360);
  }

  person(age: number, sex: 'M' | 'F', family: string, relation: string): Person {
    const birthDay = this.birthDayFor(age);
    const birthYear = new Date(birthDay * DAY_MS).getUTCFullYear();
    return { name: family + givenName(this.rng, sex, birthYear), id: this.ids.issue(birthDay, sex), birthDay, sex, relation };
  }

  /** A fresh person not in any household (reference noise). */
  stranger(): Person {
    const sex = this.rng.chance(0.5) ? 'M' : 'F';
    return this.person(this.rng.int(18, 90), sex, surname(this.rng), 'HEAD');
  }

  certificate(): string {
    this.certNo++;
    return `渝(${this.rng.int(2005, 2025)})和安区不动产权第${String(this.certNo).padStart(7, '0')}号`;
  }

  plate(): string {
    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    let s = `渝${this.rng.pick(['A', 'B', 'D', 'F', 'G', 'H'])}`;
    for (let i = 0; i < 5; i++) s += this.rng.chance(0.3) ? letters[this.rng.int(0, letters.length - 1)] : String(this.rng.int(0, 9));
    return s;
  }

  mobile(): string {
    return mobile(this.rng);
  }

  date(day: number): string {
    const iso = isoOf(day);
    const r = this.rng.next();
    if (r < 0.9) return iso;
    const [y, m, d] = iso.split('-');
    if (r < 0.95) return `${y}/${Number(m)}/${Number(d)}`;
    return `${y}年${Number(m)}月${Number(d)}日`;
  }

  members(structure: Structure): Member[] {
    const rng = this.rng;
    const fam = surname(rng);
    const sexOf = (pMale: number): 'M' | 'F' => (rng.chance(pMale) ? 'M' : 'F');
    const other = (s: 'M' | 'F'): 'M' | 'F' => (s === 'M' ? 'F' : 'M');
    const spouse = (h: Member): Member => ({
      relation: 'SPOUSE',
      age: Math.max(20, Math.min(98, h.age + rng.int(-6, 4))),
      sex: other(h.sex),
      surname: surname(rng),
    });
    const kids = (parentAge: number, n: number, sn: string): Member[] => {
      const out: Member[] = [];
      let age = Math.max(0, parentAge - rng.int(22, 34));
      for (let i = 0; i < n; i++) {
        if (i > 0) age = Math.max(0, age - rng.int(1, 6));
        const sex = sexOf(0.52);
        out.push({ relation: sex === 'M' ? 'SON' : 'DAUGHTER', age, sex, surname: sn });
      }
      return out;
    };
    switch (structure) {
      case 'SINGLE_ELDER':
        return [{ relation: 'HEAD', age: rng.int(60, 95), sex: sexOf(0.42), surname: fam }];
      case 'SINGLE_ADULT':
        return [{ relation: 'HEAD', age: rng.int(22, 59), sex: sexOf(0.56), surname: fam }];
      case 'ELDER_COUPLE': {
        const h: Member = { relation: 'HEAD', age: rng.int(60, 88), sex: sexOf(0.85), surname: fam };
        return [h, spouse(h)];
      }
      case 'COUPLE': {
        const h: Member = { relation: 'HEAD', age: rng.int(24, 59), sex: sexOf(0.8), surname: fam };
        return [h, spouse(h)];
      }
      case 'KIDS': {
        const h: Member = { relation: 'HEAD', age: rng.int(26, 55), sex: sexOf(0.8), surname: fam };
        const s = spouse(h);
        return [h, s, ...kids(Math.min(h.age, s.age), rng.int(1, 3), h.sex === 'M' ? h.surname : s.surname)];
      }
      case 'SINGLE_PARENT': {
        const h: Member = { relation: 'HEAD', age: rng.int(26, 52), sex: sexOf(0.3), surname: fam };
        return [h, ...kids(h.age, rng.int(1, 2), h.sex === 'M' || rng.chance(0.3) ? fam : surname(rng))];
      }
      case 'THREE_GEN': {
        const h: Member = { relation: 'HEAD', age: rng.int(32, 50), sex: sexOf(0.8), surname: fam };
        const s = spouse(h);
        const out = [h, s, ...kids(Math.min(h.age, s.age), rng.int(1, 2), h.sex === 'M' ? h.surname : s.surname)];
        const gap = rng.int(23, 32);
        if (rng.chance(0.5)) out.push({ relation: 'FATHER', age: Math.min(98, h.age + gap + rng.int(0, 3)), sex: 'M', surname: h.surname });
        out.push({ relation: 'MOTHER', age: Math.min(98, h.age + gap), sex: 'F', surname: surname(rng) });
        return out;
      }
      case 'SKIPPED_GEN': {
        const h: Member = { relation: 'HEAD', age: rng.int(60, 80), sex: sexOf(0.55), surname: fam };
        const out = [h];
        if (rng.chance(0.5)) out.push(spouse(h));
        const n = rng.int(1, 2);
        for (let i = 0; i < n; i++) out.push({ relation: 'GRANDCHILD', age: rng.int(3, 15), sex: sexOf(0.52), surname: fam });
        return out;
      }
    }
  }

  /** Start of a benefit: some time in the last ~8 years, never before the person's birth (nor `minAge`). */
  startDay(p: Person, minAge = 0, earliestDaysAgo = 8 * 365): number {
    const minDay = Math.max(yearsBefore(this.todayDay, 0) - earliestDaysAgo, minAge > 0 ? yearsBefore(p.birthDay, -minAge) : p.birthDay + 1);
    const maxDay = this.todayDay - 1;
    return minDay >= maxDay ? maxDay : this.rng.int(minDay, maxDay);
  }

  /** One background household and its rows (recipients only: every member listed has at least one program). */
  household(): RosterRow[] {
    const rng = this.rng;
    const structure = STRUCTURES.pick(rng);
    const ms = this.members(structure);
    const persons = ms.map((m) => this.person(m.age, m.sex, m.surname, m.relation));
    const head = persons[0];
    const urban = rng.chance(0.45);
    const village = rng.pick(urban ? this.urbanVillages : this.ruralVillages);
    const std = Number(village.slice(9, 12)) < 200 ? this.params.standardUrbanFen : this.params.standardRuralFen;
    const phone = rng.chance(0.8) ? this.mobile() : null;
    const rows: RosterRow[] = [];
    const add = (p: Person, program: string, amountFen: number, startDay: number, endDay: number | null = null) =>
      rows.push({ person: p, head, village, program, amountFen, startDay, endDay, phone: p === head ? phone : null, note: null });
    const hhStart = this.todayDay - rng.int(30, 8 * 365);
    const age = (p: Person) => Math.floor((this.todayDay - p.birthDay) / 365.25);

    const profile = rng.next();
    if (structure === 'SINGLE_ELDER' && profile < 0.3) {
      // 特困 (an elder without support; started as an adult) or 高龄津贴 from 80.
      add(head, 'TEKUN', Math.round(std * 1.3), Math.max(hhStart, yearsBefore(head.birthDay, -60)));
    } else if (structure === 'SINGLE_ELDER' && profile < 0.5 && age(head) >= 80) {
      add(head, 'ELDER', age(head) >= 90 ? 10_000 : 5_000, Math.max(hhStart, yearsBefore(head.birthDay, -80)));
    } else if (structure === 'SKIPPED_GEN' && profile < 0.4) {
      // Grandchildren without parental care: 孤儿/事实无人抚养儿童 for them, 低保 for the elders.
      for (const p of persons) {
        if (p.relation === 'GRANDCHILD') add(p, 'ORPHAN', 150_000, Math.max(hhStart, p.birthDay + 30));
        else add(p, 'DIBAO', rng.int(2, 6) * 10_000, hhStart);
      }
    } else if (structure === 'SINGLE_ADULT' && profile < 0.35) {
      const program = rng.chance(0.5) ? 'DISAB_LIVING' : 'DISAB_CARE';
      add(head, program, program === 'DISAB_LIVING' ? 9_000 : rng.pick([6_000, 9_000, 12_000]), this.startDay(head, 18));
      if (rng.chance(0.3)) add(head, program === 'DISAB_LIVING' ? 'DISAB_CARE' : 'DISAB_LIVING', 9_000, this.startDay(head, 18));
    } else if (profile < 0.72) {
      // 低保: every member, the household's gap to the standard shared per person.
      const perPerson = Math.max(1000, Math.round((std * rng.int(25, 90)) / 100 / 100) * 100);
      for (const p of persons) add(p, 'DIBAO', perPerson, Math.max(hhStart, p.birthDay + 30));
      if (rng.chance(0.1)) {
        const p = rng.pick(persons);
        const s = this.startDay(p, 0, 700);
        add(p, 'MEDICAL', rng.int(5, 300) * 1000, s, Math.min(this.todayDay, s + rng.int(0, 30)));
      }
    } else if (profile < 0.8) {
      const perPerson = rng.int(1, 3) * 5_000;
      for (const p of persons) add(p, 'DIBAO_EDGE', perPerson, Math.max(hhStart, p.birthDay + 30));
    } else if (profile < 0.9) {
      // 临时救助: one payment, ended (or, rarely, still open).
      const s = this.startDay(head, 18, 700);
      add(head, 'TEMP', rng.int(5, 50) * 10_000, s, rng.chance(0.85) ? Math.min(this.todayDay, s + rng.int(0, 60)) : null);
    } else {
      const s = this.startDay(head, 0, 700);
      add(head, 'MEDICAL', rng.int(5, 500) * 1000, s, Math.min(this.todayDay, s + rng.int(0, 30)));
    }
    return rows;
  }

  /** The template cells of a roster row (written the ways clerks write: codes or names, optional head columns). */
  rosterCells(r: RosterRow): Record<string, string> {
    const rng = this.rng;
    const isHead = r.person === r.head;
    const headBlank = isHead && rng.chance(0.5);
    return {
      姓名: r.person.name,
      身份证号: r.person.id,
      救助项目编码: rng.chance(0.1) ? PROGRAM_NAMES[r.program] : r.program,
      '月救助金额(元)': rng.chance(0.7) ? yuan(r.amountFen) : String(r.amountFen % 100 === 0 ? r.amountFen / 100 : yuan(r.amountFen)),
      开始日期: this.date(r.startDay),
      结束日期: r.endDay === null ? '' : this.date(r.endDay),
      区划代码: r.village,
      户主身份证号: headBlank ? '' : r.head.id,
      与户主关系: headBlank && rng.chance(0.5) ? '' : rng.pick(RELATION_WRITTEN[r.person.relation] ?? [RELATIONS[r.person.relation]]),
      联系电话: r.phone ?? '',
      备注: r.note ?? '',
    };
  }
}

// ------------------------------------------------------------------ planted cases

type RefRow = { dataset: ReferenceDataset; cells: Record<string, string> };

interface Planting {
  rows: RosterRow[];
  refs: RefRow[];
  planted: Map<number, string[]>;
  nearMiss: Map<number, string[]>;
}

function plantCases(g: Generator, k: number): Planting {
  const rng = g.rng;
  const out: Planting = { rows: [], refs: [], planted: new Map(), nearMiss: new Map() };
  const mark = (m: Map<number, string[]>, rule: number, p: Person) => m.set(rule, [...(m.get(rule) ?? []), p.id]);
  const planted = (rule: number, p: Person) => mark(out.planted, rule, p);
  const near = (rule: number, p: Person) => mark(out.nearMiss, rule, p);
  const ref = (dataset: ReferenceDataset, p: Person, cells: Record<string, string>, name = p.name) =>
    out.refs.push({ dataset, cells: { 姓名: name, 身份证号: p.id, ...cells } });
  const t = g.todayDay;

  /** A single-person household (the planted person is its head) with `programs`; returns the person. */
  const single = (age: number, programs: Array<[string, number]>, opts: { village?: string; startAge?: number } = {}): Person => {
    const sex = rng.chance(0.5) ? 'M' : 'F';
    const p = g.person(age, sex, surname(rng), 'HEAD');
    const village = opts.village ?? g.village();
    const start = opts.startAge !== undefined ? yearsBefore(p.birthDay, -opts.startAge) + rng.int(1, 200) : g.startDay(p, 18, 6 * 365);
    for (const [program, amountFen] of programs) {
      out.rows.push({ person: p, head: p, village, program, amountFen, startDay: Math.min(start, t - 1), endDay: null, phone: g.mobile(), note: null });
    }
    return p;
  };
  const dibao = (age = rng.int(25, 70), village?: string) => single(age, [['DIBAO', rng.int(3, 7) * 10_000]], { village });
  const medicalOnly = (age = rng.int(25, 70)) => single(age, [['MEDICAL', rng.int(5, 50) * 10_000]]);
  const half = Math.max(1, Math.floor(k / 2));
  const each = (n: number, f: (i: number) => void) => {
    for (let i = 0; i < n; i++) f(i);
  };

  // 1 DEATH: death before the pay month (flag) / within the pay month (near miss).
  each(k, (i) => {
    const p = i % 3 === 0 ? single(rng.int(75, 92), [['ELDER', 5_000]]) : dibao(rng.int(40, 85));
    ref('deaths', p, { 死亡日期: isoOf(g.payMonthDay - rng.int(1, 300)), 来源: rng.pick(['公安', '殡葬', '卫健']) });
    planted(1, p);
  });
  each(k, () => {
    const p = dibao(rng.int(40, 85));
    ref('deaths', p, { 死亡日期: isoOf(rng.int(g.payMonthDay, t)), 来源: rng.pick(['公安', '殡葬', '卫健']) });
    near(1, p);
  });

  // 2 PAYROLL: on a public payroll today (flag) / payroll ended, or a program that is not means-tested (near).
  each(k, (i) => {
    const p = i % 4 === 0 ? single(rng.int(30, 55), [['TEKUN', 85_000]]) : dibao(rng.int(25, 55));
    ref('payroll', p, {
      单位名称: rng.pick(['和安区城市管理局', '和安区某某街道办事处', '和安区第二中学']),
      '月工资(元)': yuan(rng.int(40, 90) * 10_000),
      入职日期: isoOf(t - rng.int(400, 6000)),
      离职日期: i % 2 ? '' : isoOf(t + rng.int(30, 900)),
    });
    planted(2, p);
  });
  each(k, (i) => {
    const p = i < half ? dibao(rng.int(25, 55)) : medicalOnly(rng.int(25, 55));
    const from = t - rng.int(2000, 6000);
    ref('payroll', p, {
      单位名称: '和安区某某局',
      '月工资(元)': yuan(rng.int(40, 90) * 10_000),
      入职日期: isoOf(from),
      离职日期: i < half ? isoOf(t - rng.int(1, 700)) : '',
    });
    near(2, p);
  });

  // 3 VEHICLE: a car (flag) / an exempt type, or a car without a means-tested benefit (near).
  each(k, () => {
    const p = dibao();
    ref('vehicles', p, {
      号牌号码: g.plate(),
      车辆类型: rng.pick(['小型轿车', '小型普通客车', '轻型厢式货车', '小型越野客车']),
      登记日期: isoOf(t - rng.int(100, 4000)),
    });
    planted(3, p);
  });
  each(k, (i) => {
    const p = i < half ? dibao() : medicalOnly();
    ref('vehicles', p, {
      号牌号码: g.plate(),
      车辆类型: i < half ? rng.pick(['二轮摩托车', '残疾人机动轮椅车', '三轮汽车', '低速货车']) : '小型轿车',
      登记日期: isoOf(t - rng.int(100, 4000)),
    });
    near(3, p);
  });

  // 4 PROPERTY: more homes than allowed, or a shop (flag) / exactly the allowed number of homes (near).
  const home = (p: Person, usage: string) =>
    ref('property', p, {
      不动产权证号: g.certificate(),
      坐落: `和安区${rng.pick(['锦绣路', '滨江路', '人民路'])}${rng.int(1, 300)}号`,
      用途: usage,
      '建筑面积(平方米)': (rng.int(3000, 14000) / 100).toFixed(2),
      登记日期: isoOf(t - rng.int(100, 6000)),
    });
  each(k, (i) => {
    const p = dibao();
    if (i % 2 === 0) for (let j = 0; j <= g.params.maxHomes; j++) home(p, '住宅');
    else home(p, rng.pick(['商业', '办公']));
    planted(4, p);
  });
  each(k, () => {
    const p = dibao();
    for (let j = 0; j < g.params.maxHomes; j++) home(p, '住宅');
    near(4, p);
  });

  // 5 BUSINESS: legal representative of an active company, or capital over the limit (flag) /
  // shareholder under the limit, or a cancelled company (near).
  const wan = (fen: number) => String(fen / 1_000_000);
  const limit = g.params.businessCapitalLimitFen;
  const company = (p: Person, role: string, capitalFen: number | null, status: string, individual = false) =>
    ref('business', p, {
      统一社会信用代码: creditCode(rng, individual),
      企业名称: `和安区${p.name.slice(0, 1)}${rng.pick(['记', '氏', '家'])}${rng.pick(['商贸有限公司', '便利店', '农业专业合作社', '建材经营部'])}`,
      登记身份: role,
      '注册资本(万元)': capitalFen === null ? '' : wan(capitalFen),
      登记状态: status,
      成立日期: isoOf(t - rng.int(100, 5000)),
    });
  each(k, (i) => {
    const p = dibao();
    if (i % 2 === 0) company(p, '法定代表人', rng.int(1, 10) * 100_000, '存续');
    else company(p, '股东', limit * 2, '存续');
    planted(5, p);
  });
  each(k, (i) => {
    const p = dibao();
    if (i % 3 === 0) company(p, '股东', Math.floor(limit / 2), '存续');
    else if (i % 3 === 1) company(p, '法定代表人', limit * 3, '注销');
    else company(p, '经营者', null, '存续', true);
    near(5, p);
  });

  // 6 DEPOSITS: deposits per person over the limit, or a pension reaching the standard (flag) / under both (near).
  const stdOf = (village: string) => (Number(village.slice(9, 12)) < 200 ? g.params.standardUrbanFen : g.params.standardRuralFen);
  const asOf = () => isoOf(t - rng.int(1, 60));
  each(k, (i) => {
    const village = g.village();
    const p = dibao(rng.int(30, 75), village);
    const std = stdOf(village);
    if (i % 2 === 0) ref('income', p, { 类别: '存款', '金额(元)': yuan(std * g.params.assetLimitMonths * 2), 截至日期: asOf(), 来源: '和安农商银行' });
    else ref('income', p, { 类别: '养老金', '金额(元)': yuan(Math.round(std * 1.5)), 截至日期: asOf(), 来源: '和安区社保中心' });
    planted(6, p);
  });
  each(k, (i) => {
    const village = g.village();
    const p = dibao(rng.int(30, 75), village);
    const std = stdOf(village);
    if (i % 2 === 0)
      ref('income', p, { 类别: '存款', '金额(元)': yuan(Math.floor(std * g.params.assetLimitMonths * 0.5)), 截至日期: asOf(), 来源: '和安农商银行' });
    else ref('income', p, { 类别: '养老金', '金额(元)': yuan(Math.round(std * 0.4)), 截至日期: asOf(), 来源: '和安区社保中心' });
    near(6, p);
  });

  // 7 DOUBLE_STATUS: 特困 + 低保, 孤儿 + 困难残疾人生活补贴 (flag) / 低保 + 医疗救助, two 残疾人补贴 (near).
  const orphanHousehold = (programs: Array<[string, number]>): Person => {
    const elder = g.person(rng.int(80, 90), 'F', surname(rng), 'HEAD');
    const child = g.person(rng.int(6, 14), rng.chance(0.5) ? 'M' : 'F', elder.name.slice(0, 1), 'GRANDCHILD');
    const village = g.village();
    const start = Math.max(child.birthDay + 400, t - 1500);
    out.rows.push({ person: elder, head: elder, village, program: 'ELDER', amountFen: 5_000, startDay: start, endDay: null, phone: g.mobile(), note: null });
    for (const [program, amountFen] of programs)
      out.rows.push({ person: child, head: elder, village, program, amountFen, startDay: start, endDay: null, phone: null, note: null });
    return child;
  };
  each(k, (i) => {
    const p =
      i % 2 === 0
        ? single(rng.int(62, 85), [
            ['TEKUN', 110_000],
            ['DIBAO', 50_000],
          ])
        : orphanHousehold([
            ['ORPHAN', 150_000],
            ['DISAB_LIVING', 9_000],
          ]);
    planted(7, p);
  });
  each(k, (i) => {
    const p =
      i % 2 === 0
        ? single(rng.int(30, 70), [
            ['DIBAO', 50_000],
            ['MEDICAL', 200_000],
          ])
        : orphanHousehold([
            ['DISAB_LIVING', 9_000],
            ['DISAB_CARE', 9_000],
          ]);
    near(7, p);
  });

  // 9 HUKOU_MOVED: moved out / cancelled on or after joining the household (flag; the import makes the
  // membership start today) / moved out before (near).
  each(k, (i) => {
    const p = dibao();
    ref('hukou', p, {
      变动类型: i % 3 === 2 ? '注销' : '迁出',
      变动日期: g.today,
      迁往地: i % 3 === 2 ? '' : rng.pick(['四川省成都市', '广东省东莞市', '重庆市渝北区']),
    });
    planted(9, p);
  });
  each(k, () => {
    const p = dibao();
    ref('hukou', p, { 变动类型: '迁出', 变动日期: isoOf(t - rng.int(30, 900)), 迁往地: '四川省成都市' });
    near(9, p);
  });

  // 10 EXCLUDED_MEMBER: serving a sentence today (flag) / released, or no means-tested benefit (near).
  each(k, (i) => {
    const p = dibao(rng.int(22, 55));
    ref('status', p, { 身份类别: '服刑人员', 证件编号: '', 开始日期: isoOf(t - rng.int(30, 1500)), 结束日期: i % 2 ? '' : isoOf(t + rng.int(30, 1500)) });
    planted(10, p);
  });
  each(k, (i) => {
    const p = i < half ? dibao(rng.int(22, 55)) : medicalOnly(rng.int(22, 55));
    ref('status', p, { 身份类别: '服刑人员', 证件编号: '', 开始日期: isoOf(t - rng.int(800, 2000)), 结束日期: i < half ? isoOf(t - rng.int(1, 700)) : '' });
    near(10, p);
  });

  // 11 CADRE_RELATIVE: a cadre receiving 低保, or whose spouse does (flag) / a cadre without a means-tested benefit (near).
  const cadre = (p: Person, village: string) =>
    ref('cadres', p, { 职务: rng.pick(['村委会委员', '村党支部书记', '社区居委会主任', '民政专干']), 单位: '和安区某某村民委员会', 区划代码: village });
  each(k, (i) => {
    const village = g.village();
    if (i % 2 === 0) {
      const p = dibao(rng.int(30, 60), village);
      cadre(p, village);
      planted(11, p);
    } else {
      const head = g.person(rng.int(35, 58), 'M', surname(rng), 'HEAD');
      const spouse = g.person(rng.int(33, 56), 'F', surname(rng), 'SPOUSE');
      const start = t - rng.int(100, 1500);
      out.rows.push({ person: head, head, village, program: 'MEDICAL', amountFen: 300_000, startDay: start, endDay: null, phone: g.mobile(), note: null });
      out.rows.push({ person: spouse, head, village, program: 'DIBAO', amountFen: 40_000, startDay: start, endDay: null, phone: null, note: null });
      cadre(head, village);
      planted(11, head);
    }
  });
  each(k, () => {
    const village = g.village();
    const p = medicalOnly(rng.int(30, 60));
    cadre(p, village);
    near(11, p);
  });

  // 13 AGE_TRANSITION: 特困 since childhood, now 16+ and not at school, or 18+ (flag) / still under 16, or started as an adult (near).
  each(k, (i) => {
    const p = i % 2 === 0 ? single(g.params.tekunMinorAge + 1, [['TEKUN', 110_000]], { startAge: 9 }) : single(19, [['TEKUN', 110_000]], { startAge: 12 });
    planted(13, p);
  });
  each(k, (i) => {
    const p =
      i % 2 === 0 ? single(g.params.tekunMinorAge - 2, [['TEKUN', 110_000]], { startAge: 8 }) : single(rng.int(30, 50), [['TEKUN', 110_000]], { startAge: 22 });
    near(13, p);
  });

  // 14 IDENTITY: another department's name for the ID differs (flag) / the same name (near).
  const medical = (p: Person, name: string) =>
    ref(
      'medical',
      p,
      { 年度: String(Number(g.today.slice(0, 4)) - 1), '医疗总费用(元)': yuan(rng.int(200, 5000) * 1000), '个人自付(元)': yuan(rng.int(50, 190) * 1000) },
      name,
    );
  each(k, () => {
    const p = dibao();
    let other = p.name;
    while (other === p.name) other = p.name.slice(0, 1) + givenName(rng, p.sex, 1980);
    medical(p, other);
    planted(14, p);
  });
  each(k, () => {
    const p = dibao();
    medical(p, p.name);
    near(14, p);
  });
  return out;
}

// ------------------------------------------------------------------ error rows

function errorRow(g: Generator, code: RosterErrorCode): Record<string, string> {
  const rng = g.rng;
  const p = g.person(rng.int(25, 80), rng.chance(0.5) ? 'M' : 'F', surname(rng), 'HEAD');
  const cells: Record<string, string> = {
    姓名: p.name,
    身份证号: p.id,
    救助项目编码: 'DIBAO',
    '月救助金额(元)': yuan(rng.int(3, 7) * 10_000),
    开始日期: isoOf(g.todayDay - rng.int(30, 2000)),
    结束日期: '',
    区划代码: g.village(),
    户主身份证号: '',
    与户主关系: RELATIONS.HEAD,
    联系电话: '',
    备注: '',
  };
  const v = rng.int(0, 2);
  switch (code) {
    case 'BAD_CHECK_DIGIT': {
      const good = p.id[17];
      const chars = '0123456789X'.replace(good, '');
      cells.身份证号 = p.id.slice(0, 17) + chars[rng.int(0, chars.length - 1)];
      break;
    }
    case 'BAD_BIRTH_DATE': {
      const first17 = `${p.id.slice(0, 6)}${p.id.slice(6, 10)}${['0230', '1301', '0631'][v]}${p.id.slice(14, 17)}`;
      cells.身份证号 = first17 + idCheckChar(first17);
      break;
    }
    case 'BAD_ID_FORMAT':
      cells.身份证号 = [p.id.slice(0, 17), `${p.id.slice(0, 2)}.${p.id.slice(2, 7)}E+17`, `${p.id.slice(0, 9)}A${p.id.slice(10)}`][v];
      break;
    case 'UNKNOWN_PROGRAM':
      cells.救助项目编码 = ['DIBAO2', 'XJ-99', '低保金'][v];
      break;
    case 'UNKNOWN_AREA':
      cells.区划代码 = ['500199009001', '500199999999', '500298001001'][v];
      break;
    case 'BAD_AMOUNT':
      cells['月救助金额(元)'] = ['-300', '3OO', '12,34.5'][v];
      break;
    case 'BAD_DATE':
      cells.开始日期 = ['2025-02-30', '2025/13/01', '2025年14月1日'][v];
      break;
    case 'MISSING_FIELD':
      if (v === 0) cells.姓名 = '';
      else if (v === 1) cells.开始日期 = '';
      else cells.救助项目编码 = '';
      break;
  }
  return cells;
}

// ------------------------------------------------------------------ the run

const RING = 4096;

/** Writes roster.csv, the reference files and manifest.json into `outDir`; returns the manifest. */
export async function generateRosterFiles(opts: GenerateOptions): Promise<Manifest> {
  const rows = opts.rows ?? 1_000_000;
  const seed = opts.seed ?? DEFAULT_GEN_SEED;
  const today = opts.today ?? todayCn();
  const villages = opts.villages ?? DEMO_TOWNS.flatMap((t) => t.villages.map((v) => v.code));
  const params = opts.params ?? catalogueParams(today);
  const k = opts.plantedPerRule ?? Math.min(50, Math.max(5, Math.round(rows / 10_000)));
  await fs.mkdir(opts.outDir, { recursive: true });
  const g = new Generator(seed, today, villages, params);
  const rng = g.rng;
  const headersOf = (d: Dataset) => DATASET_DEFS[d].columns.map((c) => c.header);

  // 1. Planted cases (in memory: a few hundred persons).
  const plant = plantCases(g, k);
  const errorsPer = Math.max(2, Math.round(rows * 0.003));
  const duplicates = Math.max(3, Math.round(rows * 0.004));
  const conflicts = k;
  type Special = { kind: 'error'; code: RosterErrorCode } | { kind: 'duplicate' } | { kind: 'conflict' };
  const specials: Special[] = [
    ...ROSTER_ERROR_CODES.flatMap((code) => Array.from({ length: errorsPer }, () => ({ kind: 'error', code }) as Special)),
    ...Array.from({ length: duplicates }, () => ({ kind: 'duplicate' }) as Special),
    ...Array.from({ length: conflicts }, () => ({ kind: 'conflict' }) as Special),
  ];
  for (let i = specials.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [specials[i], specials[j]] = [specials[j], specials[i]];
  }
  if (plant.rows.length + specials.length + 100 > rows) {
    throw new Error(`rows ${rows} too few for ${plant.rows.length} planted rows and ${specials.length} special rows`);
  }

  // 2. The roster, streamed.
  const roster = new CsvFile(path.join(opts.outDir, 'roster.csv'), 'roster', headersOf('roster'));
  const counts = { households: new Set(plant.rows.map((r) => r.head.id)).size, persons: new Set(plant.rows.map((r) => r.person.id)).size };
  for (const r of plant.rows) await roster.row(g.rosterCells(r));

  // Recent background rows: lines (duplicates), member rows (conflicts) and heads, fixed size.
  const recentLines: Array<{ line: string; personId: string; member: boolean }> = [];
  const recentMembers: RosterRow[] = [];
  const recentHeads: Array<{ head: Person; village: string }> = [];
  const usedForConflict = new Set<string>();
  const conflictIds: string[] = [];
  const duplicateMemberIds = new Set<string>();
  const errorRows = Object.fromEntries(ROSTER_ERROR_CODES.map((c) => [c, 0])) as Record<RosterErrorCode, number>;
  let duplicateRows = 0;
  const remember = <T>(ring: T[], v: T) => {
    if (ring.length >= RING) ring[rng.int(0, RING - 1)] = v;
    else ring.push(v);
  };
  const writeError = async (code: RosterErrorCode) => {
    errorRows[code]++;
    await roster.row(errorRow(g, code));
  };

  const bgStart = roster.rows;
  const span = rows - bgStart;
  const posOf = (i: number) => bgStart + Math.floor(((i + 1) * span) / (specials.length + 1));
  let si = 0;
  while (roster.rows < rows) {
    const pending = specials.length - si;
    const remaining = rows - roster.rows - pending;
    if (pending > 0 && (roster.rows >= posOf(si) || remaining <= 0)) {
      const s = specials[si++];
      if (s.kind === 'error') await writeError(s.code);
      else if (s.kind === 'duplicate' && recentLines.length) {
        const d = rng.pick(recentLines);
        await roster.raw(d.line);
        duplicateRows++;
        if (d.member) duplicateMemberIds.add(d.personId);
      } else if (s.kind === 'conflict') {
        // A member of an earlier household listed again, under the head of another household.
        const candidates = recentMembers.filter((m) => !usedForConflict.has(m.person.id));
        const m = candidates.length ? rng.pick(candidates) : null;
        const others = m ? recentHeads.filter((h) => h.head.id !== m.head.id) : [];
        if (!m || !others.length) {
          await writeError('MISSING_FIELD'); // only for tiny files: keeps the row count exact, the manifest says so
          continue;
        }
        const h = rng.pick(others);
        usedForConflict.add(m.person.id);
        conflictIds.push(m.person.id);
        const person: Person = { ...m.person, relation: rng.pick(['OTHER', 'SIBLING']) };
        await roster.row(g.rosterCells({ ...m, person, head: h.head, village: h.village, phone: null }));
      } else {
        await writeError('MISSING_FIELD');
      }
      continue;
    }
    let hh = g.household();
    if (hh.length > remaining) hh = hh.slice(0, remaining);
    counts.households++;
    counts.persons += new Set(hh.map((r) => r.person.id)).size;
    for (const r of hh) {
      const line = await roster.row(g.rosterCells(r));
      const member = r.person !== r.head;
      remember(recentLines, { line, personId: r.person.id, member });
      if (member && r.endDay === null) remember(recentMembers, r);
    }
    remember(recentHeads, { head: hh[0].head, village: hh[0].village });
  }
  const rosterFile = await roster.close();

  // 3. Reference files: background strangers with the planted rows spread among them.
  const files: Manifest['files'] = { 'roster.csv': { dataset: 'roster', ...rosterFile } };
  for (const dataset of REFERENCE_DATASETS) {
    const file = new CsvFile(path.join(opts.outDir, `${dataset}.csv`), dataset, headersOf(dataset));
    const planted = plant.refs.filter((r) => r.dataset === dataset);
    const noise = Math.max(100, Math.round(rows * NOISE_SHARE[dataset]));
    let pi = 0;
    for (let i = 0; i < noise; i++) {
      while (pi < planted.length && i >= Math.floor(((pi + 1) * noise) / (planted.length + 1))) await file.row(planted[pi++].cells);
      await file.row(noiseRow(g, dataset));
    }
    while (pi < planted.length) await file.row(planted[pi++].cells);
    files[`${dataset}.csv`] = { dataset, ...(await file.close()) };
  }

  // 4. Manifest.
  plant.planted.set(8, conflictIds);
  // Member rows listed twice under the same head: a duplicate, not a conflict (rule 8's near misses).
  plant.nearMiss.set(8, [...duplicateMemberIds].filter((id) => !usedForConflict.has(id)).slice(0, Math.max(k, 1)));
  const rules: Record<string, RuleManifest> = {};
  for (let no = 1; no <= 15; no++) {
    const ids = [...(plant.planted.get(no) ?? [])].sort();
    rules[String(no)] = {
      code: RULE_CODES[no],
      planted: ids,
      nearMiss: [...(plant.nearMiss.get(no) ?? [])].sort(),
      plantedHash: createHash('sha256').update(ids.join('\n')).digest('hex'),
      ...(NOT_PLANTABLE[no] ? { note: NOT_PLANTABLE[no] } : {}),
      ...(no === 8 ? { note: '在另一户主名下再次列出的成员（名册冲突 TWO_HEADS）；文件内完全重复的行不算冲突' } : {}),
      ...(no === 9 ? { note: '名册导入把成员关系的起始日期记为导入当天，规则 9 只看该日期之后的变动：布设的变动日期为 today，近似样本早于 today' } : {}),
    };
  }
  const manifest: Manifest = {
    generator: 'xiejiu-roster-bench/1',
    seed,
    today,
    payMonth: isoOf(g.payMonthDay),
    params,
    files,
    roster: {
      rows: rosterFile.rows,
      households: counts.households,
      persons: counts.persons,
      errorRows,
      duplicateRows,
      conflictRows: conflictIds.length,
      validRows: rosterFile.rows - Object.values(errorRows).reduce((a, b) => a + b, 0),
    },
    rules,
  };
  await fs.writeFile(path.join(opts.outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** A background row of a reference dataset about a person who is not in the roster. */
function noiseRow(g: Generator, dataset: ReferenceDataset): Record<string, string> {
  const rng = g.rng;
  const p = g.stranger();
  const t = g.todayDay;
  const base = { 姓名: p.name, 身份证号: p.id };
  switch (dataset) {
    case 'deaths':
      return { ...base, 死亡日期: isoOf(t - rng.int(0, 3000)), 来源: rng.pick(['公安', '殡葬', '卫健']) };
    case 'vehicles':
      return {
        ...base,
        号牌号码: g.plate(),
        车辆类型: rng.pick(['小型轿车', '小型轿车', '小型普通客车', '二轮摩托车', '轻型货车']),
        登记日期: rng.chance(0.9) ? isoOf(t - rng.int(10, 6000)) : '',
      };
    case 'property':
      return {
        ...base,
        不动产权证号: g.certificate(),
        坐落: `和安区${rng.pick(['锦绣路', '滨江路', '人民路', '解放路'])}${rng.int(1, 500)}号`,
        用途: rng.pick(['住宅', '住宅', '住宅', '商业', '成套住宅']),
        '建筑面积(平方米)': (rng.int(2500, 20000) / 100).toFixed(2),
        登记日期: isoOf(t - rng.int(10, 8000)),
      };
    case 'business':
      return {
        ...base,
        统一社会信用代码: creditCode(rng, rng.chance(0.5)),
        企业名称: `和安区${p.name.slice(0, 1)}${rng.pick(['记', '氏', '家'])}${rng.pick(['商贸有限公司', '便利店', '餐馆', '建材经营部'])}`,
        登记身份: rng.pick(['法定代表人', '股东', '经营者']),
        '注册资本(万元)': rng.chance(0.3) ? '' : String(rng.int(1, 500)),
        登记状态: rng.pick(['存续', '存续', '注销', '吊销']),
        成立日期: isoOf(t - rng.int(10, 8000)),
      };
    case 'payroll': {
      const from = t - rng.int(30, 10000);
      return {
        ...base,
        单位名称: rng.pick(['和安区教育委员会', '和安区人民医院', '和安区财政局', '和安区某某街道办事处']),
        '月工资(元)': yuan(rng.int(35, 120) * 10_000),
        入职日期: isoOf(from),
        离职日期: rng.chance(0.2) ? isoOf(Math.min(t, from + rng.int(30, 5000))) : '',
      };
    }
    case 'medical': {
      const total = rng.int(1, 8000) * 1000;
      return {
        ...base,
        年度: String(Number(g.today.slice(0, 4)) - rng.int(0, 2)),
        '医疗总费用(元)': yuan(total),
        '个人自付(元)': yuan(Math.floor(total * rng.next())),
      };
    }
    case 'status': {
      const kind = rng.pick(['优抚对象', '脱贫户', '监测对象', '持证残疾人', '服刑人员']);
      const from = t - rng.int(30, 5000);
      return {
        ...base,
        身份类别: kind,
        证件编号: kind === '持证残疾人' ? `${p.id}${rng.int(1, 7)}${rng.int(1, 4)}` : '',
        残疾等级: kind === '持证残疾人' ? rng.pick(['一级', '二级', '三级', '四级']) : '',
        开始日期: isoOf(from),
        结束日期: rng.chance(0.2) ? isoOf(from + rng.int(1, 3000)) : '',
        区划代码: rng.chance(0.5) ? g.village() : '',
      };
    }
    case 'income': {
      const cat = rng.pick(['存款', '存款', '养老金', '公积金', '证券理财']);
      return {
        ...base,
        类别: cat,
        '金额(元)': yuan(cat === '存款' || cat === '证券理财' ? rng.int(1, 50000) * 1000 : rng.int(100, 5000) * 100),
        截至日期: isoOf(t - rng.int(0, 365)),
        来源: rng.pick(['和安农商银行', '某某银行', '和安区社保中心', '']),
      };
    }
    case 'hukou':
      return {
        ...base,
        变动类型: rng.pick(['迁出', '迁出', '注销']),
        变动日期: isoOf(t - rng.int(0, 3000)),
        迁往地: rng.chance(0.7) ? rng.pick(['四川省成都市', '广东省深圳市', '重庆市渝中区']) : '',
      };
    case 'cadres':
      return {
        ...base,
        职务: rng.pick(['村委会委员', '村党支部书记', '民政专干', '社区居委会主任']),
        单位: '和安区某某村民委员会',
        区划代码: rng.chance(0.8) ? g.village() : '',
      };
  }
}
