/**
 * Derived facts of one household at a reference date: age, counted members (docs/domain.md, "Eligibility: the means test"), income of the
 * month before after excluded categories and deductions, assets per person, vehicle/property/business
 * tests, tier. Each is computed once per household (lazily) with the Chinese lines that explain it and
 * the missing inputs that make it unknown.
 */
import { AVERAGED_INCOME_CATEGORIES, INCOME_CATEGORIES, RELATIONS, SPECIAL_STATUSES } from '../ledger-codes';
import { COUNTING_STATUSES, deriveTier } from '../tiers';
import {
  FACTS,
  INPUT_NAMES,
  MEANS_PARAMS,
  VEHICLE_TYPES,
  type AssetFacts,
  type BenefitFacts,
  type HouseholdFacts,
  type IncomeFacts,
  type MemberFacts,
} from './facts';
import { formatNumber, monthText, yuan } from './format';
import type { TraceEntry } from './expr';
import { isIsoDate, type ParamValue } from './parameters';

export type Val = number | string | boolean | readonly string[] | null | undefined;

export interface MissingItem {
  /** Fact or input code: 'member.birthDate', 'household.residenceType', 'param:DIBAO.standard.URBAN' … */
  fact: string;
  personId?: string;
  /** Chinese: '出生日期（成员 张*三）'. */
  name: string;
}

/** A derivation line, emitted once per evaluation that uses it (`stamp`); text rendered on first read. */
export class DerivLine {
  stamp = -1;
  /** Trace lines showing this derivation, by depth (see FactNode). */
  lines: TraceEntry[] | undefined = undefined;
  private t: string | undefined;
  constructor(private readonly f: () => string) {}
  get text(): string {
    return (this.t ??= this.f());
  }
}

interface Derived<T> {
  v: T | undefined;
  missing: MissingItem[];
  lines: DerivLine[];
}

const NO_MISSING: MissingItem[] = [];
const NO_LINES: DerivLine[] = [];

/** Parameter access for derived facts (values of MEANS_PARAMS at the reference date). */
export type MeansParamLookup = (code: string) => ParamValue | undefined;

const line = (f: string | (() => string)): DerivLine => new DerivLine(typeof f === 'string' ? () => f : f);

/** Full years at `date` ('YYYY-MM-DD'); the birthday itself counts (年满). 29 Feb births reach it on 1 Mar. */
export function ageAt(birthDate: string, date: string): number {
  const y = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? y : y - 1;
}

/** 'YYYY-MM' `n` months before the month 'YYYY-MM'. */
function monthsBefore(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n;
  const m = (total % 12) + 1;
  return `${Math.floor(total / 12)}-${m < 10 ? '0' : ''}${m}`;
}

/** 'YYYY-MM' of the month before `date`. */
export function previousMonth(date: string): string {
  let y = Number(date.slice(0, 4));
  let m = Number(date.slice(5, 7)) - 1;
  if (m === 0) {
    m = 12;
    y -= 1;
  }
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

const PARENT_FROM_STATUS: Record<string, string> = { MISSING: 'MISSING', PRISON: 'PRISON', DRUG_REHAB: 'DRUG_REHAB' };

export class MemberCtx {
  private _label: string | undefined = undefined;
  /** Index in HouseholdCtx.living (-1 when dead). */
  li = -1;
  private _age: Derived<number> | undefined = undefined;
  private _counted: (Derived<boolean> & { reason?: string }) | undefined = undefined;
  private _income: Derived<number> | undefined = undefined;
  private _parents: { father: Derived<string>; mother: Derived<string> } | undefined = undefined;

  constructor(
    readonly f: MemberFacts,
    readonly h: HouseholdCtx,
  ) {}

  /** '张*三（户主）' (name as given, else personId). */
  get label(): string {
    if (this._label === undefined) {
      const f = this.f;
      const rel = f.relation ? (RELATIONS[f.relation] ?? f.relation) : '';
      this._label = rel ? `${f.name || f.personId}（${rel}）` : `${f.name || f.personId}`;
    }
    return this._label;
  }

  get personId(): string {
    return this.f.personId;
  }

  missing(fact: string, name: string): MissingItem {
    return { fact, personId: this.f.personId, name: `${name}（成员 ${this.label}）` };
  }

  /** Known dead at the reference date (DECEASED status or a death date on/before it). */
  get dead(): boolean {
    const f = this.f;
    return !!f.statuses?.includes('DECEASED') || (isIsoDate(f.deathDate) && f.deathDate <= this.h.date);
  }

  age(): Derived<number> {
    if (this._age) return this._age;
    const b = this.f.birthDate;
    if (!isIsoDate(b)) {
      this._age = { v: undefined, missing: [this.missing('member.birthDate', INPUT_NAMES.birthDate)], lines: NO_LINES };
    } else {
      const a = ageAt(b, this.h.date);
      this._age = { v: a, missing: NO_MISSING, lines: [line(() => `${this.label} 出生日期 ${b}，至 ${this.h.date} 满 ${a} 周岁`)] };
    }
    return this._age;
  }

  married(): boolean {
    if (this.f.married != null) return this.f.married;
    if (this.f.relation === 'SPOUSE') return true;
    return this.f.relation === 'HEAD' && this.h.f.members.some((m) => m.relation === 'SPOUSE');
  }

  /** Counted as a member of the household living together (共同生活的家庭成员). */
  counted(): Derived<boolean> & { reason?: string } {
    if (this._counted) return this._counted;
    const f = this.f;
    const excluded = this.h.listParam(MEANS_PARAMS.excludedStatuses);
    let reason: string | undefined;
    if (this.dead) reason = SPECIAL_STATUSES.DECEASED;
    else if (!f.statuses) {
      this._counted = { v: undefined, missing: [this.missing('member.statuses', FACTS['member.statuses'].name)], lines: NO_LINES };
      return this._counted;
    } else if (excluded === undefined) {
      this._counted = { v: undefined, missing: [this.h.paramMissing(MEANS_PARAMS.excludedStatuses)], lines: NO_LINES };
      return this._counted;
    } else {
      for (const s of f.statuses) {
        if (!excluded.includes(s)) continue;
        if (s === 'MILITARY' && this.married()) continue;
        reason = s === 'MILITARY' ? '现役军人（未婚）' : (SPECIAL_STATUSES[s] ?? s);
        break;
      }
    }
    this._counted = reason
      ? { v: false, missing: NO_MISSING, lines: [line(() => `${this.label} 不计入共同生活家庭成员：${reason}`)], reason }
      : { v: true, missing: NO_MISSING, lines: NO_LINES };
    return this._counted;
  }

  /** Own income of the month before, after excluded categories and the employment-cost deduction. */
  income(): Derived<number> {
    if (this._income) return this._income;
    const r = this.h.incomeOf([this]);
    this._income = { v: r.v, missing: r.missing, lines: r.v === undefined ? NO_LINES : [line(() => `${this.label} 月收入：${r.text()}`)] };
    return this._income;
  }

  parents(): { father: Derived<string>; mother: Derived<string> } {
    if (this._parents) return this._parents;
    this._parents = { father: this.parent('M'), mother: this.parent('F') };
    return this._parents;
  }

  private parent(sex: 'M' | 'F'): Derived<string> {
    const fact = sex === 'M' ? 'member.fatherStatus' : 'member.motherStatus';
    const given = sex === 'M' ? this.f.fatherStatus : this.f.motherStatus;
    if (given) return { v: given, missing: NO_MISSING, lines: NO_LINES };
    const unknown: Derived<string> = { v: undefined, missing: [this.missing(fact, FACTS[fact].name)], lines: NO_LINES };
    if (this.f.relation !== 'SON' && this.f.relation !== 'DAUGHTER') return unknown;
    const p = this.h.members.find((o) => (o.f.relation === 'HEAD' || o.f.relation === 'SPOUSE') && o.f.sex === sex);
    if (!p) return unknown;
    let v: string | undefined;
    if (p.dead) v = 'DECEASED';
    else if (!p.f.statuses) return unknown;
    else {
      const s = p.f.statuses.find((x) => PARENT_FROM_STATUS[x]);
      if (s) v = PARENT_FROM_STATUS[s];
      else if (p.f.disabilityGrade != null && p.f.disabilityGrade <= 2) v = 'SEVERE_DISABILITY';
      else if (p.f.seriousIllness) v = 'SERIOUS_ILLNESS';
      else v = 'PRESENT';
    }
    const who = sex === 'M' ? '父亲' : '母亲';
    return { v, missing: NO_MISSING, lines: [line(() => `${this.label} 的${who}按家庭成员 ${p.label} 的信息推断`)] };
  }
}

/** Derived facts of a household, computed on first use (fields initialised for a stable shape). */
class DerivedCache {
  memberCount: Derived<number> | undefined = undefined;
  counted: Derived<number> | undefined = undefined;
  monthlyIncome: Derived<number> | undefined = undefined;
  perCapitaIncome: Derived<number | null> | undefined = undefined;
  annualIncome: Derived<number> | undefined = undefined;
  perCapitaAnnualIncome: Derived<number | null> | undefined = undefined;
  financialAssets: Derived<number> | undefined = undefined;
  financialAssetsPerCapita: Derived<number | null> | undefined = undefined;
  nonExemptVehicles: Derived<number> | undefined = undefined;
  homeCount: Derived<number> | undefined = undefined;
  nonResidential: Derived<boolean> | undefined = undefined;
  businessCapital: Derived<number> | undefined = undefined;
  tier: Derived<string | null> | undefined = undefined;
}

interface IncomeResult {
  v: number | undefined;
  missing: MissingItem[];
  text: () => string;
  /** The breakdown behind `v` (fen): counted by category, excluded by category, the employment-cost deduction. */
  parts?: IncomeParts;
}

/** Income of the income month, by category (fen): what counts, what is excluded, the deduction (verification report). */
export interface IncomeParts {
  month: string;
  counted: Readonly<Record<string, number>>;
  excluded: Readonly<Record<string, number>>;
  deductionFen: number;
  employmentCostRatio: number;
}

export class HouseholdCtx {
  readonly members: MemberCtx[];
  /** Members not known to be dead at the reference date (subjects of member programs). */
  readonly living: MemberCtx[];
  /** 'YYYY-MM' of the income month (the month before the reference date). */
  readonly incomeMonth: string;
  private cache = new DerivedCache();

  constructor(
    readonly f: HouseholdFacts,
    /** Reference date 'YYYY-MM-DD' (application date or asOf). */
    readonly date: string,
    private readonly param: MeansParamLookup,
    private readonly paramName: (code: string) => string,
  ) {
    this.members = (f.members ?? []).map((m) => new MemberCtx(m, this));
    this.living = this.members.filter((m) => !m.dead);
    for (let i = 0; i < this.living.length; i++) this.living[i].li = i;
    this.incomeMonth = previousMonth(date);
  }

  listParam(code: string): readonly string[] | undefined {
    const v = this.param(code);
    return Array.isArray(v) ? (v as readonly string[]) : undefined;
  }

  numParam(code: string): number | undefined {
    const v = this.param(code);
    return typeof v === 'number' ? v : undefined;
  }

  paramMissing(code: string): MissingItem {
    return { fact: `param:${code}`, name: `参数「${this.paramName(code)}」（${this.date} 无生效版本）` };
  }

  counted(): Derived<number> {
    const hit = this.cache.counted;
    if (hit) return hit;
    return (this.cache.counted = (() => {
      const missing: MissingItem[] = [];
      const out: string[] = [];
      let n = 0;
      for (const m of this.members) {
        const c = m.counted();
        if (c.v === undefined) missing.push(...c.missing);
        else if (c.v) n++;
        else out.push(`${m.label}${c.reason}`);
      }
      if (missing.length) return { v: undefined, missing, lines: NO_LINES };
      const total = this.members.length;
      return { v: n, missing: NO_MISSING, lines: [line(() => `计入家庭成员 ${n} 人（登记 ${total} 人${out.length ? `；不计入：${out.join('，')}` : ''}）`)] };
    })());
  }

  memberCount(): Derived<number> {
    return (this.cache.memberCount ??= { v: this.living.length, missing: NO_MISSING, lines: NO_LINES });
  }

  /** Income of `members` in the income month (counted categories, minus the employment-cost deduction). */
  incomeOf(members: MemberCtx[]): IncomeResult {
    const excluded = this.listParam(MEANS_PARAMS.excludedIncome);
    const ratio = this.numParam(MEANS_PARAMS.employmentCost);
    const missing: MissingItem[] = [];
    if (excluded === undefined) missing.push(this.paramMissing(MEANS_PARAMS.excludedIncome));
    if (ratio === undefined) missing.push(this.paramMissing(MEANS_PARAMS.employmentCost));
    for (const m of members) if (!m.f.incomes) missing.push(m.missing('member.incomes', INPUT_NAMES.incomes));
    if (missing.length) return { v: undefined, missing, text: () => '' };
    const byCat: Record<string, number> = {};
    const excl: Record<string, number> = {};
    let counted = 0;
    let wage = 0;
    const month = this.incomeMonth;
    // Seasonal income (农业生产经营): the 12 months up to the income month, averaged (summed here, divided below).
    const firstOf12 = monthsBefore(month, 11);
    const seasonal: Record<string, number> = {};
    for (const m of members) {
      for (const inc of m.f.incomes as IncomeFacts[]) {
        const ym = inc.month.slice(0, 7);
        if (AVERAGED_INCOME_CATEGORIES.includes(inc.category) && !excluded!.includes(inc.category)) {
          if (ym >= firstOf12 && ym <= month) seasonal[inc.category] = (seasonal[inc.category] ?? 0) + inc.amountFen;
          continue;
        }
        if (ym !== month) continue;
        if (excluded!.includes(inc.category)) {
          excl[inc.category] = (excl[inc.category] ?? 0) + inc.amountFen;
          continue;
        }
        byCat[inc.category] = (byCat[inc.category] ?? 0) + inc.amountFen;
        counted += inc.amountFen;
        if (inc.category === 'WAGE') wage += inc.amountFen;
      }
    }
    for (const [c, total] of Object.entries(seasonal)) {
      const avg = Math.floor(total / 12);
      byCat[c] = (byCat[c] ?? 0) + avg;
      counted += avg;
    }
    const deduction = Math.round(wage * ratio!);
    const v = counted - deduction;
    const parts: IncomeParts = { month, counted: byCat, excluded: excl, deductionFen: deduction, employmentCostRatio: ratio! };
    const text = () => {
      const parts = Object.keys(byCat).map((c) => `${INCOME_CATEGORIES[c] ?? c} ${yuan(byCat[c])}`);
      let t = `${monthText(`${month}-01`)}（申请前一月）${yuan(v)}`;
      if (parts.length) t += ` = ${parts.join(' + ')}`;
      if (deduction) t += ` − 就业成本扣减 ${yuan(deduction)}（工资性收入的 ${formatNumber(ratio!, 'percent')}）`;
      const ex = Object.keys(excl).map((c) => `${INCOME_CATEGORIES[c] ?? c} ${yuan(excl[c])}`);
      if (ex.length) t += `；不计入：${ex.join('，')}`;
      const avg = Object.keys(seasonal).map((c) => `${INCOME_CATEGORIES[c] ?? c}按 ${firstOf12} 至 ${month} 合计 ${yuan(seasonal[c])} ÷ 12 计`);
      if (avg.length) t += `；${avg.join('，')}`;
      return t;
    };
    return { v, missing: NO_MISSING, text, parts };
  }

  monthlyIncome(): Derived<number> {
    const hit = this.cache.monthlyIncome;
    if (hit) return hit;
    return (this.cache.monthlyIncome = (() => {
      const missing: MissingItem[] = [];
      const counted: MemberCtx[] = [];
      for (const m of this.members) {
        const c = m.counted();
        if (c.v === undefined) missing.push(...c.missing);
        else if (c.v) counted.push(m);
      }
      if (missing.length) return { v: undefined, missing, lines: NO_LINES };
      const r = this.incomeOf(counted);
      if (r.v === undefined) return { v: undefined, missing: r.missing, lines: NO_LINES };
      return { v: r.v, missing: NO_MISSING, lines: [...this.counted().lines, line(() => `家庭月收入：${r.text()}`)] };
    })());
  }

  perCapitaIncome(): Derived<number | null> {
    const hit = this.cache.perCapitaIncome;
    if (hit) return hit;
    return (this.cache.perCapitaIncome = (() => {
      const inc = this.monthlyIncome();
      const n = this.counted();
      if (inc.v === undefined || n.v === undefined) return { v: undefined, missing: [...n.missing, ...inc.missing], lines: NO_LINES };
      if (n.v === 0) return { v: null, missing: NO_MISSING, lines: [...inc.lines, line('计入家庭成员为 0 人，不计算人均收入')] };
      // Floor to the fen: for an integer standard S, floor(x) < S exactly when x < S.
      const v = Math.floor(inc.v / n.v);
      return {
        v,
        missing: NO_MISSING,
        lines: [...inc.lines, line(() => `家庭人均月收入 = ${yuan(inc.v!)} ÷ ${n.v} 人 = ${yuan(v)}`)],
      };
    })());
  }

  annualIncome(): Derived<number> {
    const hit = this.cache.annualIncome;
    if (hit) return hit;
    return (this.cache.annualIncome = (() => {
      const inc = this.monthlyIncome();
      if (inc.v === undefined) return inc;
      const v = inc.v * 12;
      return { v, missing: NO_MISSING, lines: [...inc.lines, line(() => `家庭年收入按申请前一月收入 × 12 估算：${yuan(v)}`)] };
    })());
  }

  perCapitaAnnualIncome(): Derived<number | null> {
    const hit = this.cache.perCapitaAnnualIncome;
    if (hit) return hit;
    return (this.cache.perCapitaAnnualIncome = (() => {
      const pc = this.perCapitaIncome();
      if (pc.v == null) return pc;
      const v = pc.v * 12;
      return { v, missing: NO_MISSING, lines: [...pc.lines, line(() => `家庭人均年收入按人均月收入 × 12 估算：${yuan(v)}`)] };
    })());
  }

  private assets(): AssetFacts[] | undefined {
    return this.f.assets ?? undefined;
  }

  private assetsMissing(): MissingItem {
    return { fact: 'household.assets', name: INPUT_NAMES.assets };
  }

  financialAssets(): Derived<number> {
    const hit = this.cache.financialAssets;
    if (hit) return hit;
    return (this.cache.financialAssets = (() => {
      const a = this.assets();
      if (!a) return { v: undefined, missing: [this.assetsMissing()], lines: NO_LINES };
      let v = 0;
      let n = 0;
      for (const x of a) {
        if (x.kind !== 'DEPOSIT') continue;
        if (x.personId) {
          const m = this.members.find((mm) => mm.personId === x.personId);
          if (m && m.counted().v === false) continue;
        }
        v += x.valueFen;
        n++;
      }
      return { v, missing: NO_MISSING, lines: [line(() => `家庭金融资产 ${yuan(v)}（${n} 笔）`)] };
    })());
  }

  financialAssetsPerCapita(): Derived<number | null> {
    const hit = this.cache.financialAssetsPerCapita;
    if (hit) return hit;
    return (this.cache.financialAssetsPerCapita = (() => {
      const a = this.financialAssets();
      const n = this.counted();
      if (a.v === undefined || n.v === undefined) return { v: undefined, missing: [...a.missing, ...n.missing], lines: NO_LINES };
      if (n.v === 0) return { v: null, missing: NO_MISSING, lines: [...n.lines, ...a.lines] };
      const v = Math.floor(a.v / n.v);
      return { v, missing: NO_MISSING, lines: [...n.lines, ...a.lines, line(() => `人均金融资产 = ${yuan(a.v!)} ÷ ${n.v} 人 = ${yuan(v)}`)] };
    })());
  }

  nonExemptVehicles(): Derived<number> {
    const hit = this.cache.nonExemptVehicles;
    if (hit) return hit;
    return (this.cache.nonExemptVehicles = (() => {
      const a = this.assets();
      if (!a) return { v: undefined, missing: [this.assetsMissing()], lines: NO_LINES };
      const exempt = this.listParam(MEANS_PARAMS.exemptVehicles);
      if (!exempt) return { v: undefined, missing: [this.paramMissing(MEANS_PARAMS.exemptVehicles)], lines: NO_LINES };
      const missing: MissingItem[] = [];
      const counted: string[] = [];
      const free: string[] = [];
      for (const x of a) {
        if (x.kind !== 'VEHICLE') continue;
        if (!x.vehicleType) {
          missing.push({ fact: 'household.assets.vehicleType', name: INPUT_NAMES.vehicleType });
          continue;
        }
        const name = VEHICLE_TYPES[x.vehicleType] ?? x.vehicleType;
        (exempt.includes(x.vehicleType) ? free : counted).push(name);
      }
      if (missing.length) return { v: undefined, missing, lines: NO_LINES };
      if (!counted.length && !free.length) return { v: 0, missing: NO_MISSING, lines: [line('无登记机动车辆')] };
      const text = () =>
        `机动车辆：${counted.length ? `${counted.join('、')}（不属于豁免类型）` : '无非豁免车辆'}${free.length ? `；${free.join('、')}（豁免）` : ''}`;
      return { v: counted.length, missing: NO_MISSING, lines: [line(text)] };
    })());
  }

  homeCount(): Derived<number> {
    const hit = this.cache.homeCount;
    if (hit) return hit;
    return (this.cache.homeCount = (() => {
      const a = this.assets();
      if (!a) return { v: undefined, missing: [this.assetsMissing()], lines: NO_LINES };
      let v = 0;
      for (const x of a) if (x.kind === 'PROPERTY' && x.nonResidential !== true) v += x.count ?? 1;
      return { v, missing: NO_MISSING, lines: NO_LINES };
    })());
  }

  nonResidential(): Derived<boolean> {
    const hit = this.cache.nonResidential;
    if (hit) return hit;
    return (this.cache.nonResidential = (() => {
      const a = this.assets();
      if (!a) return { v: undefined, missing: [this.assetsMissing()], lines: NO_LINES };
      return { v: a.some((x) => x.kind === 'PROPERTY' && x.nonResidential === true), missing: NO_MISSING, lines: NO_LINES };
    })());
  }

  businessCapital(): Derived<number> {
    const hit = this.cache.businessCapital;
    if (hit) return hit;
    return (this.cache.businessCapital = (() => {
      const a = this.assets();
      if (!a) return { v: undefined, missing: [this.assetsMissing()], lines: NO_LINES };
      let v = 0;
      let n = 0;
      for (const x of a) {
        if (x.kind !== 'BUSINESS') continue;
        v += x.capitalFen ?? x.valueFen;
        n++;
      }
      return { v, missing: NO_MISSING, lines: n ? [line(() => `工商登记 ${n} 项，注册资本合计 ${yuan(v)}`)] : NO_LINES };
    })());
  }

  tier(): Derived<string | null> {
    const hit = this.cache.tier;
    if (hit) return hit;
    return (this.cache.tier = (() => {
      const b = this.f.benefits;
      if (!b) return { v: undefined, missing: [this.benefitsMissing()], lines: NO_LINES };
      const dead = new Set(this.members.filter((m) => m.dead).map((m) => m.personId));
      const t = deriveTier(b, dead);
      return { v: t.tier, missing: NO_MISSING, lines: [line(() => `家庭分层：${t.reason}`)] };
    })());
  }

  benefitsMissing(): MissingItem {
    return { fact: 'household.benefits', name: INPUT_NAMES.benefits };
  }

  /**
   * Benefits of `programs` counting as received (ACTIVE, PHASE_OUT), of the whole household or of one
   * member (its personal benefits plus household benefits). Undefined when benefits are unknown.
   */
  receiving(programs: readonly string[], member: MemberCtx | null): BenefitFacts | null | undefined {
    const b = this.f.benefits;
    if (!b) return undefined;
    for (const x of b) {
      if (!COUNTING_STATUSES.has(x.status) || !programs.includes(x.programCode)) continue;
      if (member) {
        if (x.personId && x.personId !== member.personId) continue;
      } else if (x.personId && this.members.some((m) => m.personId === x.personId && m.dead)) continue;
      return x;
    }
    return null;
  }
}

/** Implementation of one fact for the interpreter. */
export interface FactImpl {
  get(h: HouseholdCtx, m: MemberCtx | null): Val;
  missing(h: HouseholdCtx, m: MemberCtx | null): MissingItem[];
  /** Derived facts: value, missing inputs and derivation lines in one call. */
  derive?(h: HouseholdCtx, m: MemberCtx | null): { v: Val; missing: MissingItem[]; lines: DerivLine[] };
}

function input(code: string, read: (f: HouseholdFacts) => Val): FactImpl {
  const name = FACTS[code].name;
  return {
    get: (h) => {
      const v = read(h.f);
      return v === null ? undefined : v;
    },
    missing: () => [{ fact: code, name }],
  };
}

/** Member input; `nullIsNone`: null means known absent (no disability …), otherwise null is unknown. */
function memberInput(code: string, read: (f: MemberFacts) => Val, nullIsNone: boolean): FactImpl {
  const name = FACTS[code].name;
  return {
    get: (_h, m) => {
      const v = read(m!.f);
      return v === null && !nullIsNone ? undefined : v;
    },
    missing: (_h, m) => [m!.missing(code, name)],
  };
}

function derived<T extends Val>(fn: (h: HouseholdCtx, m: MemberCtx | null) => Derived<T>): FactImpl {
  return { get: (h, m) => fn(h, m).v, missing: (h, m) => fn(h, m).missing, derive: fn };
}

export const FACT_IMPLS: Readonly<Record<string, FactImpl>> = {
  'household.residenceType': input('household.residenceType', (f) => f.residenceType),
  'household.areaCode': input('household.areaCode', (f) => f.areaCode),
  'household.memberCount': derived((h) => h.memberCount()),
  'household.countedMembers': derived((h) => h.counted()),
  'household.monthlyIncomeFen': derived((h) => h.monthlyIncome()),
  'household.perCapitaIncomeFen': derived((h) => h.perCapitaIncome()),
  'household.annualIncomeFen': derived((h) => h.annualIncome()),
  'household.perCapitaAnnualIncomeFen': derived((h) => h.perCapitaAnnualIncome()),
  'household.financialAssetsFen': derived((h) => h.financialAssets()),
  'household.financialAssetsPerCapitaFen': derived((h) => h.financialAssetsPerCapita()),
  'household.nonExemptVehicleCount': derived((h) => h.nonExemptVehicles()),
  'household.homeCount': derived((h) => h.homeCount()),
  'household.hasNonResidentialProperty': derived((h) => h.nonResidential()),
  'household.businessCapitalFen': derived((h) => h.businessCapital()),
  'household.tier': derived((h) => h.tier()),
  'household.housingDifficulty': input('household.housingDifficulty', (f) => f.housingDifficulty),
  'household.suddenHardship': input('household.suddenHardship', (f) => f.suddenHardship),
  'household.rigidSpendingFenLast12m': input('household.rigidSpendingFenLast12m', (f) => f.rigidSpendingFenLast12m),
  'household.unionMember': input('household.unionMember', (f) => f.unionMember),
  'household.disasterAffected': input('household.disasterAffected', (f) => f.disasterAffected),
  'member.age': derived((_h, m) => m!.age()),
  'member.sex': memberInput('member.sex', (f) => f.sex, false),
  'member.relation': memberInput('member.relation', (f) => f.relation, false),
  'member.counted': derived((_h, m) => m!.counted()),
  'member.labourCapacity': memberInput('member.labourCapacity', (f) => f.labourCapacity, false),
  'member.disabilityType': memberInput('member.disabilityType', (f) => f.disabilityType, true),
  'member.disabilityGrade': memberInput('member.disabilityGrade', (f) => f.disabilityGrade, true),
  'member.seriousIllness': memberInput('member.seriousIllness', (f) => (f.seriousIllness === undefined ? undefined : !!f.seriousIllness), true),
  'member.schoolStatus': memberInput('member.schoolStatus', (f) => f.schoolStatus, true),
  'member.employmentStatus': memberInput('member.employmentStatus', (f) => f.employmentStatus, false),
  'member.statuses': memberInput('member.statuses', (f) => f.statuses, false),
  'member.monthlyIncomeFen': derived((_h, m) => m!.income()),
  // Falls back to the household's answer.
  'member.legalSupport': {
    get: (h, m) => m!.f.legalSupport ?? h.f.legalSupport ?? undefined,
    missing: (_h, m) => [m!.missing('member.legalSupport', FACTS['member.legalSupport'].name)],
  },
  'member.careLevel': memberInput('member.careLevel', (f) => f.careLevel, false),
  'member.fatherStatus': derived((_h, m) => m!.parents().father),
  'member.motherStatus': derived((_h, m) => m!.parents().mother),
};
