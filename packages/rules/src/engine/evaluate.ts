/**
 * Evaluation API: per program 符合 / 不符合 / 信息不足 / 因互斥排除, the missing facts in Chinese, an
 * estimated monthly amount where the program has a formula, the Chinese trace and the parameter versions
 * used. Pure and deterministic: the reference date is passed in (asOf, else the application date).
 */
import type { CodeList } from '../ledger-codes';
import { compileCatalogue, type CompiledCatalogue, type CompiledProgram } from './compile';
import { HouseholdCtx, type MemberCtx, type MissingItem } from './derive';
import { TraceLine, type Env, type LineSource, type TraceEntry, type Tri } from './expr';
import { FACTS, type HouseholdFacts } from './facts';
import { formatValue } from './format';
import { isIsoDate, parameterFullName, type Parameter, type ParameterUse, type ParamValue, type ParameterVersion } from './parameters';
import type { Catalogue } from './program';
import { applyExclusions, type ProgramState, type SubjectState } from './exclusions';

export type Outcome = 'ELIGIBLE' | 'INELIGIBLE' | 'INSUFFICIENT' | 'EXCLUDED';

export const OUTCOME_NAMES: Record<Outcome, string> = {
  ELIGIBLE: '符合',
  INELIGIBLE: '不符合',
  INSUFFICIENT: '信息不足',
  EXCLUDED: '因互斥排除',
};

export interface ExcludedBy {
  programCode: string;
  programName: string;
  /** Exclusion rule code. */
  rule: string;
  reason: string;
}

export interface MemberResult {
  personId: string;
  label: string;
  outcome: Outcome;
  missingFacts: readonly string[];
  estimatedMonthlyFen: number | null;
  excludedBy?: ExcludedBy;
  /**
   * This member's lines in the program's `trace`: [first, end) — its header line to its last line (exclusion
   * notes included). Absent when the member was not evaluated (the household part of the condition failed).
   * `memberTrace` selects them with the household part.
   */
  traceSpan?: readonly [number, number];
}

export interface ProgramResult {
  programCode: string;
  programName: string;
  owner: string;
  outcome: Outcome;
  /** Chinese names of the facts whose absence keeps the outcome open (INSUFFICIENT only). */
  missingFacts: readonly string[];
  /** The same, machine-readable (fact code + person), for questionnaires asking the next question. */
  missing: readonly MissingItem[];
  excludedBy?: ExcludedBy;
  /**
   * Estimated monthly amount (fen) when ELIGIBLE and the program has a formula; 0 is a real amount.
   * null: no formula, not eligible, or not computable (see trace).
   */
  estimatedMonthlyFen: number | null;
  /** MEMBER programs: one result per living member. */
  members?: readonly MemberResult[];
  /** Exclusion notes that did not change the outcome (pending exception, 择一, 就高 …). */
  notes: readonly string[];
  trace: readonly TraceEntry[];
  parametersUsed: readonly ParameterUse[];
}

export interface EvaluateOptions {
  /** Reference date 'YYYY-MM-DD' for ages, the income month and parameter versions; default the application date. */
  asOf?: string;
  /** Programs to report (default: every applicable program). Dependencies are evaluated silently. */
  programs?: readonly string[];
}

interface Plan {
  requested: readonly string[];
  /** Requested programs + condition dependencies + exclusion partners, in dependency order. */
  order: readonly CompiledProgram[];
}
const plans = new WeakMap<CompiledCatalogue, Map<string, Plan>>();

function planFor(cc: CompiledCatalogue, programs: readonly string[] | undefined): Plan {
  let byKey = plans.get(cc);
  if (!byKey) plans.set(cc, (byKey = new Map()));
  const key = programs ? programs.join(',') : '*';
  let plan = byKey.get(key);
  if (plan) return plan;
  const requested = programs ? [...programs] : cc.order.map((p) => p.def.code);
  for (const code of requested) if (!cc.byCode.has(code)) throw new Error(`未知或不可评估的事项：${code}`);
  const needed = new Set<string>();
  const add = (code: string) => {
    if (needed.has(code) || !cc.byCode.has(code)) return;
    needed.add(code);
    const cp = cc.byCode.get(code)!;
    for (const d of cp.deps) add(d);
    for (const p of cc.partners.get(code) ?? []) add(p);
  };
  for (const code of requested) add(code);
  plan = { requested, order: cc.order.filter((cp) => needed.has(cp.def.code)) };
  if (byKey.size > 100) byKey.clear();
  byKey.set(key, plan);
  return plan;
}

/** ParameterUse objects are shared per parameter version (immutable). */
const uses = new WeakMap<readonly (ParameterVersion | undefined)[], (ParameterUse | undefined)[]>();

function parameterUse(cc: CompiledCatalogue, pv: readonly (ParameterVersion | undefined)[], i: number): ParameterUse | undefined {
  let arr = uses.get(pv);
  if (!arr) uses.set(pv, (arr = []));
  let u = arr[i];
  if (u === undefined && pv[i]) {
    const v = pv[i]!;
    const p = cc.params[i];
    u = Object.freeze({
      code: p.code,
      name: parameterFullName(p),
      value: v.value,
      unit: p.unit,
      effectiveFrom: v.effectiveFrom,
      legalRef: v.legalRef,
      ...(v.note ? { note: v.note } : {}),
      ...(p.codes ? { codes: p.codes } : {}),
    });
    arr[i] = u;
  }
  return u;
}

let STAMP = 0;
/** Positive evaluation ids (pstamp < 0 marks the silent render environment). */
const nextStamp = () => (STAMP = STAMP >= 0x3fffffff ? 1 : STAMP + 1);

/** Shared empty list (frozen: results expose readonly arrays). */
const EMPTY = Object.freeze([]) as readonly never[];

/** Parameter access for the derived facts, shared per (catalogue, date). */
export interface ParamAccess {
  value(code: string): ParamValue | undefined;
  name(code: string): string;
}
const paramAccess = new WeakMap<readonly (ParameterVersion | undefined)[], ParamAccess>();
export function accessFor(cc: CompiledCatalogue, pv: readonly (ParameterVersion | undefined)[]): ParamAccess {
  let a = paramAccess.get(pv);
  if (!a) {
    a = {
      value: (code) => pv[cc.paramIndex.get(code)!]?.value,
      name: (code) => {
        const i = cc.paramIndex.get(code);
        return i === undefined ? code : parameterFullName(cc.params[i]);
      },
    };
    paramAccess.set(pv, a);
  }
  return a;
}

/** The interpreter environment of one household evaluation (and, with pstamp < 0, its silent render twin). */
class EvalEnv implements Env {
  m: MemberCtx | null = null;
  renv: Env;
  used: number[] = [];
  pstamp = -1;
  trace: TraceEntry[] | null = null;
  missing: MissingItem[] = [];
  stamp = -1;
  constructor(
    readonly h: HouseholdCtx,
    readonly pv: readonly (ParameterVersion | undefined)[],
    readonly params: readonly Parameter[],
    readonly usedStamp: Int32Array,
    readonly states: Map<string, ProgramState>,
    render?: EvalEnv,
  ) {
    this.renv = render ?? this;
  }
  probe(code: string, m: MemberCtx | null): Tri {
    const s = this.states.get(code);
    if (!s) return undefined;
    if (s.household) return s.household.tri;
    if (m) return m.li >= 0 ? s.members![m.li].tri : false;
    let unknown = false;
    for (const x of s.members!) {
      if (x.tri === true) return true;
      if (x.tri === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  }
  probeMissing(code: string, m: MemberCtx | null): readonly MissingItem[] {
    const s = this.states.get(code);
    if (!s) return EMPTY;
    if (s.household) return s.household.missing;
    if (m) return m.li >= 0 ? s.members![m.li].missing : EMPTY;
    return s.members!.flatMap((x) => (x.tri === undefined ? x.missing : []));
  }
}

/** Evaluates programs of a catalogue for one household. */
export function evaluatePrograms(facts: HouseholdFacts, catalogue: Catalogue | CompiledCatalogue, opts: EvaluateOptions = {}): ProgramResult[] {
  const cc = compileCatalogue(catalogue);
  const plan = planFor(cc, opts.programs);
  const requested = plan.requested;

  const date = opts.asOf ?? facts.applicationDate ?? undefined;
  if (!isIsoDate(date)) return requested.map((code) => noDate(cc.byCode.get(code)!));

  const pv = cc.resolve(date);
  const access = accessFor(cc, pv);
  const h = new HouseholdCtx(facts, date, access.value, access.name);
  const states = new Map<string, ProgramState>();
  // Lines are rendered when read, in a silent twin of the environment.
  const renv = new EvalEnv(h, pv, cc.params, cc.usedStamp, states);
  const env = new EvalEnv(h, pv, cc.params, cc.usedStamp, states, renv);

  for (const cp of plan.order) states.set(cp.def.code, evaluateProgram(cp, env));

  applyExclusions(cc, h, states);

  const out: ProgramResult[] = new Array(requested.length);
  for (let i = 0; i < requested.length; i++) out[i] = toResult(cc, states.get(requested[i])!, pv);
  return out;
}

/** Trace line source of a program's amount line. */
const amountLines = new WeakMap<CompiledProgram, LineSource>();
function amountLine(cp: CompiledProgram): LineSource {
  let l = amountLines.get(cp);
  if (!l) {
    const amount = cp.amount!;
    l = { lineText: (env, v) => `估算月发放金额：${amount.text(env, v)}` };
    amountLines.set(cp, l);
  }
  return l;
}

/** Header line of a member in a MEMBER program's trace (its outcome is known after exclusions). */
const MEMBER_HEADER: LineSource = {
  lineText: (env, outcome) => `成员 ${env.m!.label}：${OUTCOME_NAMES[outcome as Outcome]}`,
};

const outcomeOf = (t: Tri): Outcome => (t === true ? 'ELIGIBLE' : t === false ? 'INELIGIBLE' : 'INSUFFICIENT');

function evaluateSubject(cp: CompiledProgram, env: EvalEnv, m: MemberCtx | null, depth: number, trace: TraceEntry[], withAmount = true): SubjectState {
  env.m = m;
  env.trace = trace;
  // One scratch list per household; copied only when the subject stays open.
  if (env.missing.length) env.missing.length = 0;
  env.stamp = nextStamp();
  let header: TraceLine | null = null;
  if (m) {
    header = new TraceLine(0);
    trace.push(header);
  }
  const tri = cp.cond!.ev(env, depth);
  const s: SubjectState = {
    personId: m ? m.personId : null,
    m,
    label: m ? m.label : '',
    tri,
    outcome: outcomeOf(tri),
    missing: tri === undefined ? env.missing.slice() : EMPTY,
    amount: null,
    trace,
    traceEnd: 0,
    header,
    depth,
  };
  if (tri === true && cp.amount && withAmount) {
    if (env.missing.length) env.missing.length = 0;
    const e = new TraceLine(depth);
    trace.push(e);
    const v = cp.amount.ev(env, depth + 1);
    if (typeof v === 'number') {
      s.amount = Math.max(0, Math.round(v));
      e.lazy(amountLine(cp), env, v);
    } else {
      s.amount = undefined;
      const names = dedupeNames(env.missing);
      e.text = `估算月发放金额：无法计算${names.length ? `（缺少：${names.join('、')}）` : ''}`;
    }
  }
  s.traceEnd = trace.length;
  env.m = null;
  env.trace = null;
  return s;
}

function evaluateProgram(cp: CompiledProgram, env: EvalEnv): ProgramState {
  env.used = [];
  env.pstamp = nextStamp();
  const trace: TraceEntry[] = [];
  const st: ProgramState = { cp, used: env.used, trace, renv: env.renv };
  if (cp.def.subject === 'HOUSEHOLD') {
    st.household = evaluateSubject(cp, env, null, 0, trace);
    env.pstamp = -1;
    return st;
  }
  const living = env.h.living;
  st.members = new Array(living.length);
  let htri: Tri = true;
  let hmissing: readonly MissingItem[] = EMPTY;
  if (cp.hcond) {
    // The household part, once: '本户为低保家庭' is not repeated for every member.
    env.m = null;
    env.trace = trace;
    if (env.missing.length) env.missing.length = 0;
    env.stamp = nextStamp();
    htri = cp.hcond.ev(env, 0);
    if (htri === undefined) hmissing = env.missing.slice();
    env.trace = null;
  }
  for (let i = 0; i < living.length; i++) {
    if (htri === false) {
      st.members[i] = notEvaluated(living[i], trace);
      continue;
    }
    const s = evaluateSubject(cp, env, living[i], 1, trace, htri === true);
    if (htri === undefined && s.tri !== false) {
      // 3VL: household unknown ∧ member true/unknown = unknown.
      s.tri = undefined;
      s.outcome = 'INSUFFICIENT';
      s.missing = [...hmissing, ...s.missing];
      s.amount = null;
    }
    st.members[i] = s;
  }
  if (!living.length) trace.push(new TraceLine(0, 'NOT_MET', '无在世家庭成员'));
  env.pstamp = -1;
  return st;
}

/** A member not evaluated because the household part of the condition failed. */
function notEvaluated(m: MemberCtx, trace: TraceEntry[]): SubjectState {
  return {
    personId: m.personId,
    m,
    label: m.label,
    tri: false,
    outcome: 'INELIGIBLE',
    missing: EMPTY,
    amount: null,
    trace,
    traceEnd: trace.length,
    header: null,
    depth: 1,
  };
}

function dedupeNames(ms: readonly MissingItem[]): string[] {
  const out: string[] = [];
  for (const m of ms) if (!out.includes(m.name)) out.push(m.name);
  return out;
}

function dedupeMissing(ms: readonly MissingItem[]): MissingItem[] {
  const out: MissingItem[] = [];
  for (const m of ms) if (!out.some((x) => x.fact === m.fact && x.personId === m.personId && x.name === m.name)) out.push(m);
  return out;
}

function memberOutcomeRank(o: Outcome): number {
  return o === 'ELIGIBLE' ? 0 : o === 'INSUFFICIENT' ? 1 : o === 'EXCLUDED' ? 2 : 3;
}

function toResult(cc: CompiledCatalogue, st: ProgramState, pv: readonly (ParameterVersion | undefined)[]): ProgramResult {
  const def = st.cp.def;
  const parametersUsed: ParameterUse[] = [];
  for (const i of st.used) {
    const u = parameterUse(cc, pv, i);
    if (u) parametersUsed.push(u);
  }
  const hasFormula = !!st.cp.amount;
  if (st.household) {
    const s = st.household;
    const missing = s.outcome === 'INSUFFICIENT' ? dedupeMissing(s.missing) : EMPTY;
    return {
      programCode: def.code,
      programName: def.name,
      owner: def.owner,
      outcome: s.outcome,
      missingFacts: missing.length ? dedupeNames(missing) : EMPTY,
      missing,
      excludedBy: s.excludedBy,
      estimatedMonthlyFen: s.outcome === 'ELIGIBLE' && hasFormula && typeof s.amount === 'number' ? s.amount : null,
      notes: s.notes ?? EMPTY,
      trace: st.trace,
      parametersUsed,
    };
  }
  const ms = st.members!;
  const members: MemberResult[] = new Array(ms.length);
  let best: SubjectState | undefined;
  let notes: string[] = EMPTY as unknown as string[];
  let sum: number | null = hasFormula ? 0 : null;
  let allMissing = EMPTY as readonly MissingItem[];
  for (let i = 0; i < ms.length; i++) {
    const s = ms[i];
    let missing = EMPTY as readonly MissingItem[];
    if (s.outcome === 'INSUFFICIENT') {
      missing = dedupeMissing(s.missing);
      allMissing = [...allMissing, ...missing];
    }
    const amount = s.outcome === 'ELIGIBLE' && hasFormula && typeof s.amount === 'number' ? s.amount : null;
    if (s.outcome === 'ELIGIBLE' && hasFormula) sum = sum === null || amount === null ? null : sum + amount;
    members[i] = {
      personId: s.personId!,
      label: s.label,
      outcome: s.outcome,
      missingFacts: missing.length ? dedupeNames(missing) : EMPTY,
      estimatedMonthlyFen: amount,
      excludedBy: s.excludedBy,
      // Exclusion notes are spliced into the shared trace after evaluation, so the header is looked up here.
      ...(s.header ? { traceSpan: [st.trace.indexOf(s.header), s.traceEnd] as const } : {}),
    };
    if (!best || memberOutcomeRank(s.outcome) < memberOutcomeRank(best.outcome)) best = s;
    if (s.header) {
      s.header.lazyIn(MEMBER_HEADER, st.renv, s.m, s.outcome);
      s.header.status = s.outcome === 'ELIGIBLE' ? 'MET' : s.outcome === 'INSUFFICIENT' ? 'UNKNOWN' : 'NOT_MET';
    }
    if (s.notes) {
      if (notes.length === 0) notes = [];
      for (const n of s.notes) notes.push(`${s.label}：${n}`);
    }
  }
  const outcome: Outcome = best ? best.outcome : 'INELIGIBLE';
  const missing = outcome === 'INSUFFICIENT' ? dedupeMissing(allMissing) : EMPTY;
  const excluded = outcome === 'EXCLUDED' ? ms.find((s) => s.outcome === 'EXCLUDED')?.excludedBy : undefined;
  return {
    programCode: def.code,
    programName: def.name,
    owner: def.owner,
    outcome,
    missingFacts: missing.length ? dedupeNames(missing) : EMPTY,
    missing,
    excludedBy: excluded,
    estimatedMonthlyFen: outcome === 'ELIGIBLE' ? sum : null,
    members,
    notes,
    trace: st.trace,
    parametersUsed,
  };
}

function noDate(cp: CompiledProgram): ProgramResult {
  const m: MissingItem = { fact: 'household.applicationDate', name: '申请日期' };
  return {
    programCode: cp.def.code,
    programName: cp.def.name,
    owner: cp.def.owner,
    outcome: 'INSUFFICIENT',
    missingFacts: [m.name],
    missing: [m],
    estimatedMonthlyFen: null,
    notes: [],
    trace: [{ depth: 0, text: '缺少申请日期（评估日期），无法确定年龄、收入月份和适用参数：信息不足', status: 'UNKNOWN' }],
    parametersUsed: [],
  };
}

/**
 * The trace of one member in a MEMBER program's result: the household part of the condition (the lines
 * before the first member) followed by that member's own lines. A HOUSEHOLD program (or an unknown person)
 * gives the whole trace.
 */
export function memberTrace(result: ProgramResult, personId: string): readonly TraceEntry[] {
  if (!result.members) return result.trace;
  const m = result.members.find((x) => x.personId === personId);
  if (!m) return result.trace;
  let first = result.trace.length;
  for (const x of result.members) if (x.traceSpan && x.traceSpan[0] < first) first = x.traceSpan[0];
  const household = result.trace.slice(0, first);
  return m.traceSpan ? [...household, ...result.trace.slice(m.traceSpan[0], m.traceSpan[1])] : household;
}

/** Chinese name of a fact code ('member.age' → '年龄'). */
export function factName(code: string): string {
  return FACTS[code]?.name ?? code;
}

/** Formats a value as the trace does (for UIs showing facts next to results). */
export function formatFact(code: string, v: unknown): string {
  const d = FACTS[code];
  return formatValue(v, d?.unit, d?.codes as CodeList | undefined);
}
