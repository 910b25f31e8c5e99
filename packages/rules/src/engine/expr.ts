/**
 * The condition language: a JSON-serialisable AST over named facts and dated parameters, validated and
 * compiled once into closures, evaluated with three-valued logic (true / false / unknown when facts are
 * missing). In tracing mode every condition node writes one Chinese line with the actual and required
 * values, e.g. '家庭人均月收入 620.00 元 < 低保标准 700.00 元（城市）：满足'. No eval, no Function.
 *
 * Scopes: a program of subject HOUSEHOLD is evaluated in household scope; a MEMBER program once per
 * living member in member scope, where `member.*` facts name that member. `exists` / `count` open a member
 * scope inside a household-scope expression.
 */
import type { CodeList } from '../ledger-codes';
import { FACT_IMPLS, type FactImpl, type HouseholdCtx, type MemberCtx, type MissingItem, type Val } from './derive';
import { FACTS, type FactDef } from './facts';
import { formatValue, UNKNOWN_TEXT } from './format';
import { parameterFullName, type Parameter, type ParameterVersion } from './parameters';

export type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
type Labelled = { label?: string };
type Scalar = number | string | boolean;

/** The AST. Plain JSON: store it in a database, send it to the console. */
export type Expr =
  | Scalar
  | ({ const: Scalar | null; unit?: string } & Labelled)
  | ({ fact: string } & Labelled)
  /** `key`: a code fact selecting the variant '<param>.<value>' (e.g. by household.residenceType). */
  | ({ param: string; key?: string } & Labelled)
  | ({ add: Expr[] } & Labelled)
  | ({ sub: [Expr, Expr] } & Labelled)
  | ({ mul: Expr[] } & Labelled)
  | ({ div: [Expr, Expr] } & Labelled)
  | ({ min: Expr[] } & Labelled)
  | ({ max: Expr[] } & Labelled)
  | ({ if: Expr; then: Expr; else: Expr } & Labelled)
  | ({ lookup: Expr; cases: Record<string, Expr>; otherwise?: Expr; ifUnknown?: Expr } & Labelled)
  | ({ count: { member: Expr } } & Labelled)
  | ({ all: Expr[] } & Labelled)
  | ({ any: Expr[] } & Labelled)
  | ({ not: Expr } & Labelled)
  | ({ cmp: [CmpOp, Expr, Expr] } & Labelled)
  /** Value in a list: a literal list of codes/numbers, or a 'codes' parameter. */
  | ({ in: [Expr, Expr | Array<string | number>] } & Labelled)
  /** A list fact (member.statuses) contains a code. */
  | ({ has: [Expr, string] } & Labelled)
  | ({ exists: { member: Expr } } & Labelled)
  /** Currently receiving (ACTIVE / PHASE_OUT) one of the programs, as a household or as this member. */
  | ({ receives: string | string[]; of?: 'household' | 'member' } & Labelled)
  /** Eligible for another program in the same evaluation (before exclusions): the household (any member), or this member. */
  | ({ program: string; of?: 'household' | 'member' } & Labelled)
  /** A shared named condition of the catalogue. */
  | { ref: string };

export interface NamedCondition {
  /** Chinese name, shown as the line of the condition: '家庭财产状况符合低保规定'. */
  name: string;
  expr: Expr;
}

export type TraceStatus = 'MET' | 'NOT_MET' | 'UNKNOWN' | 'INFO';
export interface TraceEntry {
  depth: number;
  readonly text: string;
  status: TraceStatus;
}

/** Renders the text of a trace line from the values captured during evaluation. */
export interface LineSource {
  lineText(env: Env, a: Val, b: Val, r: Tri): string;
}

/**
 * A trace line whose Chinese text is rendered on first read (and memoised) from the values captured
 * during evaluation: screening 100,000 households builds every line but formats only those displayed.
 * JSON.stringify gives { depth, text, status }.
 */
export class TraceLine implements TraceEntry {
  depth: number;
  status: TraceStatus;
  private t: string | undefined;
  private n: LineSource | undefined;
  private e: Env | undefined;
  private m: MemberCtx | null;
  private a: Val;
  private b: Val;
  private r: Tri;
  private src: { readonly text: string } | undefined;

  constructor(depth: number, status?: TraceStatus, text?: string) {
    // Every field assigned here, in one order: one object shape for all lines.
    this.depth = depth;
    this.status = status ?? 'INFO';
    this.t = text;
    this.n = undefined;
    this.e = undefined;
    this.m = null;
    this.a = undefined;
    this.b = undefined;
    this.r = undefined;
    this.src = undefined;
  }

  /** Text rendered later by `n` in the household's render environment, for the current member. */
  lazy(n: LineSource, env: Env, a?: Val, b?: Val, r?: Tri): void {
    this.n = n;
    this.e = env.renv;
    this.m = env.m;
    this.a = a;
    this.b = b;
    this.r = r;
  }

  /** The same with an explicit render environment and member. */
  lazyIn(n: LineSource, renv: Env, m: MemberCtx | null, a?: Val, b?: Val, r?: Tri): void {
    this.n = n;
    this.e = renv;
    this.m = m;
    this.a = a;
    this.b = b;
    this.r = r;
  }

  /** Text taken later from `src` (a derivation line shared by the household's evaluations). */
  from(src: { readonly text: string }): this {
    this.src = src;
    return this;
  }

  get text(): string {
    if (this.t === undefined) {
      if (this.src) this.t = this.src.text;
      else if (this.n) {
        const e = this.e!;
        const prev = e.m;
        e.m = this.m;
        this.t = this.n.lineText(e, this.a, this.b, this.r);
        e.m = prev;
        if (e.missing.length) e.missing.length = 0;
      } else this.t = '';
      this.n = undefined;
      this.e = undefined;
      this.src = undefined;
      this.a = this.b = undefined;
    }
    return this.t;
  }
  set text(v: string) {
    this.t = v;
    this.n = undefined;
    this.e = undefined;
    this.src = undefined;
  }

  toJSON(): { depth: number; text: string; status: TraceStatus } {
    return { depth: this.depth, text: this.text, status: this.status };
  }
}

export type Tri = boolean | undefined;
export type Scope = 'household' | 'member';

/** Everything a node needs at run time. One Env per household evaluation, reused across programs. */
export interface Env {
  h: HouseholdCtx;
  m: MemberCtx | null;
  /** Parameter versions in force, by parameter index. */
  pv: readonly (ParameterVersion | undefined)[];
  params: readonly Parameter[];
  /** The household's silent environment in which trace lines are rendered later (no trace, pstamp < 0). */
  renv: Env;
  /** Parameter indexes used by the current program (deduplicated through usedStamp = pstamp). */
  used: number[];
  usedStamp: Int32Array;
  pstamp: number;
  trace: TraceEntry[] | null;
  missing: MissingItem[];
  /** Identifies the current subject evaluation (derivation lines are written once per evaluation). */
  stamp: number;
  /** Outcome of another program before exclusions (household: any member; member scope: that member). */
  probe(code: string, m: MemberCtx | null): Tri;
  /** Missing facts that leave that program open. */
  probeMissing(code: string, m: MemberCtx | null): readonly MissingItem[];
}

/** What the compiler needs to know about the catalogue. */
export interface ExprCatalogue {
  params: ReadonlyMap<string, number>;
  paramDefs: readonly Parameter[];
  conditions: Readonly<Record<string, NamedCondition>>;
  /** Applicable catalogue programs (may be referenced by `program`). */
  programs: ReadonlyMap<string, { name: string }>;
  /** Every known program code (catalogue + external) → name, for `receives`. */
  programNames: Readonly<Record<string, string>>;
}

export interface RenderLine {
  depth: number;
  text: string;
}

export interface RenderCtx {
  /** When set, parameter values in force on this date are shown. */
  asOf?: string;
  value(index: number): ParameterVersion | undefined;
}

export class ExprError extends Error {
  constructor(readonly issues: string[]) {
    super(`条件表达式无效：${issues.join('；')}`);
    this.name = 'ExprError';
  }
}

const OP_TEXT: Record<CmpOp, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '==': '=', '!=': '≠' };
const OP_WORD: Record<CmpOp, string> = { '<': '低于', '<=': '不超过', '>': '高于', '>=': '不低于', '==': '等于', '!=': '不等于' };

export function resultWord(r: Tri): string {
  return r === true ? '满足' : r === false ? '不满足' : '信息不足';
}
function statusOf(r: Tri): TraceStatus {
  return r === true ? 'MET' : r === false ? 'NOT_MET' : 'UNKNOWN';
}

/** Value types; 'any' marks a node that already failed validation (no follow-up errors). */
type VT = 'num' | 'str' | 'bool' | 'list' | 'null' | 'any';

interface Hint {
  unit?: string;
  codes?: CodeList;
}

/** A compiled value node. `d` < 0 evaluates silently (no trace lines). */
abstract class VNode {
  t: VT = 'num';
  unit?: string;
  codes?: CodeList;
  label?: string;
  abstract ev(env: Env, d: number): Val;
  /** Trace text with the value: '家庭人均月收入 620.00 元'. */
  abstract text(env: Env, v: Val, hint?: Hint): string;
  /** Static text for the 条件说明. */
  abstract rt(rc: RenderCtx): string;
}

/** A compiled condition node. */
abstract class CNode implements LineSource {
  label?: string;
  abstract ev(env: Env, d: number): Tri;
  /** Text of the node's trace line from the captured values. */
  abstract lineText(env: Env, a: Val, b: Val, r: Tri): string;
  abstract rl(rc: RenderCtx, depth: number, out: RenderLine[]): void;
}

function open(env: Env, d: number): TraceLine | null {
  if (d < 0 || !env.trace) return null;
  const e = new TraceLine(d);
  env.trace.push(e);
  return e;
}

function close(env: Env, e: TraceLine | null, r: Tri, mark: number, n: CNode, a?: Val, b?: Val): Tri {
  if (e !== null) {
    e.lazy(n, env, a, b, r);
    e.status = r === true ? 'MET' : r === false ? 'NOT_MET' : 'UNKNOWN';
  }
  if (r !== undefined && env.missing.length !== mark) env.missing.length = mark;
  return r;
}

function markParam(env: Env, idx: number): void {
  if (env.pstamp < 0) return;
  if (env.usedStamp[idx] !== env.pstamp) {
    env.usedStamp[idx] = env.pstamp;
    env.used.push(idx);
  }
}

// ---------------------------------------------------------------- value nodes

class ConstNode extends VNode {
  constructor(
    readonly v: Scalar | null,
    unit?: string,
    label?: string,
  ) {
    super();
    this.t = v === null ? 'null' : typeof v === 'number' ? 'num' : typeof v === 'boolean' ? 'bool' : 'str';
    this.unit = unit;
    this.label = label;
  }
  ev(): Val {
    return this.v;
  }
  text(_env: Env, v: Val, hint?: Hint): string {
    const s = formatValue(v, this.unit ?? hint?.unit, hint?.codes);
    return this.label ? `${this.label} ${s}` : s;
  }
  rt(): string {
    return this.text(null as unknown as Env, this.v, { unit: this.unit });
  }
}

class ListConst extends VNode {
  constructor(readonly v: readonly (string | number)[]) {
    super();
    this.t = 'list';
  }
  ev(): Val {
    return this.v as readonly string[];
  }
  text(_env: Env, v: Val, hint?: Hint): string {
    return formatValue(v, hint?.unit, hint?.codes);
  }
  rt(): string {
    return formatValue(this.v, undefined, this.codes);
  }
}

class FactNode extends VNode {
  readonly name: string;
  constructor(
    readonly def: FactDef,
    readonly impl: FactImpl,
    readonly paramIdx: number[],
    label?: string,
  ) {
    super();
    this.t = def.type === 'number' ? 'num' : def.type === 'boolean' ? 'bool' : def.type === 'codes' ? 'list' : 'str';
    this.unit = def.unit;
    this.codes = def.codes;
    this.label = label;
    this.name = label ?? def.name;
  }
  ev(env: Env, d: number): Val {
    const h = env.h;
    const m = env.m;
    for (let i = 0; i < this.paramIdx.length; i++) markParam(env, this.paramIdx[i]);
    const impl = this.impl;
    if (!impl.derive) {
      const v = impl.get(h, m);
      if (v === undefined) {
        const ms = impl.missing(h, m);
        for (let i = 0; i < ms.length; i++) env.missing.push(ms[i]);
      }
      return v;
    }
    const r = impl.derive(h, m);
    const v = r.v;
    if (v === undefined) {
      const ms = r.missing;
      for (let i = 0; i < ms.length; i++) env.missing.push(ms[i]);
    } else if (d >= 0 && env.trace) {
      const ls = r.lines;
      for (let i = 0; i < ls.length; i++) {
        const l = ls[i];
        if (l.stamp === env.stamp) continue;
        l.stamp = env.stamp;
        // One line object per derivation and depth, shared by the household's program traces.
        const byDepth = (l.lines ??= []);
        env.trace.push((byDepth[d] ??= new TraceLine(d).from(l)));
      }
    }
    return v;
  }
  text(_env: Env, v: Val): string {
    return `${this.name} ${formatValue(v, this.unit, this.codes)}`;
  }
  rt(): string {
    return this.name;
  }
}

class ParamNode extends VNode {
  constructor(
    readonly idx: number,
    readonly def: Parameter,
    label?: string,
  ) {
    super();
    this.t = def.unit === 'codes' ? 'list' : 'num';
    this.unit = def.unit;
    this.codes = def.codes;
    this.label = label;
  }
  ev(env: Env): Val {
    markParam(env, this.idx);
    const pv = env.pv[this.idx];
    if (!pv) {
      env.missing.push(env.h.paramMissing(this.def.code));
      return undefined;
    }
    return pv.value;
  }
  text(_env: Env, v: Val): string {
    const s = formatValue(v, this.unit, this.codes);
    if (this.label) return `${this.label} ${s}`;
    return this.def.qualifier ? `${this.def.name} ${s}（${this.def.qualifier}）` : `${this.def.name} ${s}`;
  }
  rt(rc: RenderCtx): string {
    const name = this.label ?? parameterFullName(this.def);
    if (!rc.asOf) return name;
    const pv = rc.value(this.idx);
    return `${name} ${pv ? formatValue(pv.value, this.unit, this.codes) : UNKNOWN_TEXT}`;
  }
}

/** A parameter family selected by a code fact: 'DIBAO.standard' + household.residenceType → 'DIBAO.standard.URBAN'. */
class KeyedParamNode extends VNode {
  constructor(
    readonly base: string,
    readonly key: FactNode,
    readonly variants: ReadonlyMap<string, ParamNode>,
    label?: string,
  ) {
    super();
    const first = [...variants.values()][0];
    this.t = first.t;
    this.unit = first.unit;
    this.codes = first.codes;
    this.label = label;
  }
  private pick(env: Env, d: number): ParamNode | undefined {
    const k = this.key.ev(env, d);
    return k === undefined || k === null ? undefined : this.variants.get(String(k));
  }
  ev(env: Env, d: number): Val {
    const k = this.key.ev(env, d);
    // A key known to be absent (no disability type) selects nothing: null, not unknown.
    if (k === null) return null;
    const p = k === undefined ? undefined : this.variants.get(String(k));
    return p ? p.ev(env) : undefined;
  }
  text(env: Env, v: Val): string {
    const p = this.pick(env, -1);
    if (p) return p.text(env, v);
    const first = [...this.variants.values()][0].def;
    return `${this.label ?? first.name} ${formatValue(v, this.unit)}（${this.key.name} ${formatValue(this.key.ev(env, -1))}）`;
  }
  rt(rc: RenderCtx): string {
    const first = [...this.variants.values()][0].def;
    const name = this.label ?? first.name;
    const parts = [...this.variants.entries()].map(([k, p]) => {
      const q = p.def.qualifier ?? formatValue(k, undefined, this.key.codes);
      if (!rc.asOf) return q;
      const pv = rc.value(p.idx);
      return `${q} ${pv ? formatValue(pv.value, p.unit, p.codes) : UNKNOWN_TEXT}`;
    });
    return `${name}（按${this.key.name}：${parts.join('／')}）`;
  }
}

type ArithOp = 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max';
const ARITH_SYM: Record<string, string> = { add: ' + ', sub: ' − ', mul: ' × ', div: ' ÷ ' };

class ArithNode extends VNode {
  constructor(
    readonly op: ArithOp,
    readonly xs: VNode[],
    label?: string,
  ) {
    super();
    this.t = 'num';
    this.label = label;
    const units = xs.map((x) => x.unit).filter(Boolean) as string[];
    if (op === 'add' || op === 'sub' || op === 'min' || op === 'max') this.unit = units[0];
    else if (op === 'mul') this.unit = units.includes('fen') || units.includes('fenPerKWh') ? 'fen' : units.length === 1 ? units[0] : undefined;
    else this.unit = xs[0].unit === 'fen' ? 'fen' : xs[0].unit === xs[1].unit ? 'ratio' : xs[0].unit;
  }
  ev(env: Env, d: number): Val {
    let acc = 0;
    let isNull = false;
    let unknown = false;
    for (let i = 0; i < this.xs.length; i++) {
      const v = this.xs[i].ev(env, d);
      if (v === undefined) {
        unknown = true;
        continue;
      }
      if (v === null) {
        isNull = true;
        continue;
      }
      const n = v as number;
      if (i === 0) acc = n;
      else
        switch (this.op) {
          case 'add':
            acc += n;
            break;
          case 'sub':
            acc -= n;
            break;
          case 'mul':
            acc *= n;
            break;
          case 'div':
            if (n === 0) isNull = true;
            else acc /= n;
            break;
          case 'min':
            if (n < acc) acc = n;
            break;
          case 'max':
            if (n > acc) acc = n;
            break;
        }
    }
    if (unknown) return undefined;
    if (isNull) return null;
    return acc;
  }
  /** Expression with operand values, without the result. */
  inner(env: Env): string {
    const parts = this.xs.map((x) => {
      if (x instanceof ArithNode && !x.label) {
        const s = x.inner(env);
        return (x.op === 'add' || x.op === 'sub') && (this.op === 'mul' || this.op === 'div' || this.op === 'sub') ? `（${s}）` : s;
      }
      // A bare number in a product or quotient is a factor, not an amount.
      const additive = this.op !== 'mul' && this.op !== 'div';
      return x.text(env, x.ev(env, -1), additive ? { unit: this.unit } : undefined);
    });
    if (this.op === 'min') return `较小者（${parts.join('；')}）`;
    if (this.op === 'max') return `较大者（${parts.join('；')}）`;
    return parts.join(ARITH_SYM[this.op]);
  }
  text(env: Env, v: Val): string {
    const value = formatValue(v, this.unit);
    return this.label ? `${this.label} ${value}（${this.inner(env)}）` : `${this.inner(env)} = ${value}`;
  }
  innerRt(rc: RenderCtx): string {
    const parts = this.xs.map((x) => {
      if (x instanceof ArithNode && !x.label) {
        const s = x.innerRt(rc);
        return (x.op === 'add' || x.op === 'sub') && (this.op === 'mul' || this.op === 'div' || this.op === 'sub') ? `（${s}）` : s;
      }
      return x.rt(rc);
    });
    if (this.op === 'min') return `较小者（${parts.join('；')}）`;
    if (this.op === 'max') return `较大者（${parts.join('；')}）`;
    return parts.join(ARITH_SYM[this.op]);
  }
  rt(rc: RenderCtx): string {
    return this.label ? `${this.label}（${this.innerRt(rc)}）` : this.innerRt(rc);
  }
}

class IfNode extends VNode {
  constructor(
    readonly c: CNode,
    readonly a: VNode,
    readonly b: VNode,
    label?: string,
  ) {
    super();
    this.t = a.t === 'null' ? b.t : a.t;
    this.unit = a.unit ?? b.unit;
    this.codes = a.codes ?? b.codes;
    this.label = label;
  }
  ev(env: Env, d: number): Val {
    const c = this.c.ev(env, -1);
    if (c === undefined) return undefined;
    return c ? this.a.ev(env, d) : this.b.ev(env, d);
  }
  text(env: Env, v: Val): string {
    const c = this.c.ev(env, -1);
    if (c === undefined) return `${this.label ?? '（条件未知）'} ${UNKNOWN_TEXT}`;
    const branch = c ? this.a : this.b;
    const s = branch.text(env, v, { unit: this.unit });
    return this.label ? `${this.label} ${formatValue(v, this.unit)}（${s}）` : s;
  }
  rt(rc: RenderCtx): string {
    const lines: RenderLine[] = [];
    this.c.rl(rc, 0, lines);
    const s = `若${lines.map((l) => l.text).join('，')}则${this.a.rt(rc)}，否则${this.b.rt(rc)}`;
    return this.label ? `${this.label}（${s}）` : s;
  }
}

class LookupNode extends VNode {
  constructor(
    readonly key: VNode,
    readonly cases: ReadonlyMap<string, VNode>,
    readonly otherwise: VNode | undefined,
    readonly ifUnknown: VNode | undefined,
    label?: string,
  ) {
    super();
    const first = [...cases.values()][0];
    this.t = first.t;
    this.unit = first.unit;
    this.codes = first.codes;
    this.label = label;
  }
  private pick(env: Env, d: number): { n: VNode | undefined; note?: string } {
    const mark = env.missing.length;
    const k = this.key.ev(env, d);
    if (k === undefined) {
      if (this.ifUnknown) {
        env.missing.length = mark;
        return { n: this.ifUnknown, note: `${this.key.text(env, k)}，按未知处理` };
      }
      return { n: undefined };
    }
    const n = k === null ? undefined : this.cases.get(String(k));
    return { n: n ?? this.otherwise, note: this.key.text(env, k) };
  }
  ev(env: Env, d: number): Val {
    const { n } = this.pick(env, d);
    return n ? n.ev(env, d) : undefined;
  }
  text(env: Env, v: Val): string {
    const { n, note } = this.pick(env, -1);
    const s = n ? n.text(env, v, { unit: this.unit }) : `${this.label ?? ''} ${UNKNOWN_TEXT}`;
    const body = note ? `${s}（${note}）` : s;
    return this.label ? `${this.label} ${formatValue(v, this.unit)}：${body}` : body;
  }
  rt(rc: RenderCtx): string {
    const cs = [...this.cases.entries()].map(([k, n]) => `${formatValue(k, this.key.unit, this.key.codes)}：${n.rt(rc)}`);
    if (this.otherwise) cs.push(`其他：${this.otherwise.rt(rc)}`);
    if (this.ifUnknown) cs.push(`未知：${this.ifUnknown.rt(rc)}`);
    const s = `按${this.key.rt(rc)}（${cs.join('；')}）`;
    return this.label ? `${this.label}${s}` : s;
  }
}

class CountNode extends VNode {
  constructor(
    readonly c: CNode,
    label?: string,
  ) {
    super();
    this.t = 'num';
    this.unit = 'person';
    this.label = label;
  }
  ev(env: Env): Val {
    const prev = env.m;
    let n = 0;
    let unknown = false;
    for (const m of env.h.living) {
      env.m = m;
      const r = this.c.ev(env, -1);
      if (r === undefined) unknown = true;
      else if (r) n++;
    }
    env.m = prev;
    return unknown ? undefined : n;
  }
  text(_env: Env, v: Val): string {
    return `${this.label ?? '符合条件的家庭成员'} ${formatValue(v, 'person')}`;
  }
  rt(rc: RenderCtx): string {
    const lines: RenderLine[] = [];
    this.c.rl(rc, 0, lines);
    return this.label ?? `满足「${lines.map((l) => l.text).join('，')}」的家庭成员人数`;
  }
}

// ---------------------------------------------------------------- condition nodes

class AllAny extends CNode {
  constructor(
    readonly isAll: boolean,
    readonly xs: CNode[],
    label?: string,
  ) {
    super();
    this.label = label;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const e = open(env, d);
    const cd = childDepth(d);
    let unknown = false;
    let decided = false;
    for (let i = 0; i < this.xs.length; i++) {
      const r = this.xs[i].ev(env, cd);
      if (r === undefined) unknown = true;
      else if (r !== this.isAll) {
        decided = true;
        // Silent evaluation may stop early; a trace shows every condition.
        if (cd < 0) break;
      }
    }
    const r: Tri = decided ? !this.isAll : unknown ? undefined : this.isAll;
    return close(env, e, r, mark, this);
  }
  lineText(_env: Env, _a: Val, _b: Val, r: Tri): string {
    return `${this.title()}：${resultWord(r)}`;
  }
  title(): string {
    return this.label ?? (this.isAll ? '同时满足以下条件' : '满足以下任一条件');
  }
  rl(rc: RenderCtx, depth: number, out: RenderLine[]): void {
    out.push({ depth, text: this.label ? `${this.label}（${this.isAll ? '同时满足' : '满足任一'}）：` : `${this.title()}：` });
    for (const x of this.xs) x.rl(rc, depth + 1, out);
  }
}

class NotNode extends CNode {
  constructor(
    readonly x: CNode,
    label?: string,
  ) {
    super();
    this.label = label;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const x = this.x;
    if (x instanceof BoolLeaf && !this.label) {
      // One line: '拥有非住宅房产 否，要求为否：满足'.
      const e = open(env, d);
      const v = x.v.ev(env, d < 0 ? -1 : d + 1);
      const r: Tri = v === undefined ? undefined : !v;
      return close(env, e, r, mark, this, v, true);
    }
    const e = open(env, d);
    const c = this.x.ev(env, d < 0 ? -1 : d + 1);
    const r: Tri = c === undefined ? undefined : !c;
    return close(env, e, r, mark, this);
  }
  lineText(env: Env, a: Val, leaf: Val, r: Tri): string {
    if (leaf) return `${(this.x as BoolLeaf).v.text(env, a)}，要求为否：${resultWord(r)}`;
    return `${this.label ?? '不得满足以下条件'}：${resultWord(r)}`;
  }
  rl(rc: RenderCtx, depth: number, out: RenderLine[]): void {
    if (this.x instanceof BoolLeaf && !this.label) {
      out.push({ depth, text: `${this.x.v.rt(rc)}为否` });
      return;
    }
    out.push({ depth, text: `${this.label ?? '不得满足以下条件'}：` });
    this.x.rl(rc, depth + 1, out);
  }
}

/** A boolean fact or constant used as a condition: '住房困难 是：满足'. */
class BoolLeaf extends CNode {
  constructor(
    readonly v: VNode,
    label?: string,
  ) {
    super();
    this.label = label;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const e = open(env, d);
    const v = this.v.ev(env, d < 0 ? -1 : d + 1);
    const r: Tri = v === undefined ? undefined : v === true;
    return close(env, e, r, mark, this, v);
  }
  lineText(env: Env, v: Val, _b: Val, r: Tri): string {
    return `${this.v.text(env, v)}：${resultWord(r)}`;
  }
  rl(rc: RenderCtx, depth: number, out: RenderLine[]): void {
    out.push({ depth, text: `${this.v.rt(rc)}为是` });
  }
}

function compare(op: CmpOp, a: Val, b: Val): Tri {
  if (a === undefined || b === undefined) return undefined;
  if (a === null || b === null) return op === '==' ? a === b : op === '!=' ? a !== b : false;
  switch (op) {
    case '<':
      return (a as number) < (b as number);
    case '<=':
      return (a as number) <= (b as number);
    case '>':
      return (a as number) > (b as number);
    case '>=':
      return (a as number) >= (b as number);
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

/** "标签（比较）：满足" — a condition line with its verdict. */
function verdictLine(label: string | undefined, s: string, r: Tri): string {
  return label ? `${label}（${s}）：${resultWord(r)}` : `${s}：${resultWord(r)}`;
}

/** Trace depth of a node's operands (-1 = not traced). */
const childDepth = (d: number) => (d < 0 ? -1 : d + 1);

class CmpNode extends CNode {
  constructor(
    readonly op: CmpOp,
    readonly a: VNode,
    readonly b: VNode,
    label?: string,
  ) {
    super();
    this.label = label;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const e = open(env, d);
    const cd = childDepth(d);
    const a = this.a.ev(env, cd);
    const b = this.b.ev(env, cd);
    const r = compare(this.op, a, b);
    return close(env, e, r, mark, this, a, b);
  }
  lineText(env: Env, a: Val, b: Val, r: Tri): string {
    const s = `${this.a.text(env, a, this.b)} ${OP_TEXT[this.op]} ${this.b.text(env, b, this.a)}`;
    return verdictLine(this.label, s, r);
  }
  rl(rc: RenderCtx, depth: number, out: RenderLine[]): void {
    const side = (x: VNode, other: VNode) => (x instanceof ConstNode ? ` ${x.text(null as unknown as Env, x.v, other)} ` : x.rt(rc));
    const s = `${side(this.a, this.b)}${OP_WORD[this.op]}${side(this.b, this.a)}`.trim();
    out.push({ depth, text: this.label ? `${this.label}：${s}` : s });
  }
}

class InNode extends CNode {
  constructor(
    readonly a: VNode,
    readonly list: VNode,
    label?: string,
  ) {
    super();
    this.label = label;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const e = open(env, d);
    const cd = childDepth(d);
    const a = this.a.ev(env, cd);
    const l = this.list.ev(env, cd);
    const r: Tri = a === undefined || l === undefined ? undefined : a === null || l === null ? false : (l as readonly unknown[]).includes(a);
    return close(env, e, r, mark, this, a, l);
  }
  lineText(env: Env, a: Val, l: Val, r: Tri): string {
    const s = `${this.a.text(env, a)} 属于 ${this.listText(l)}`;
    return verdictLine(this.label, s, r);
  }
  private listText(l: Val): string {
    const hint = { unit: this.a.unit, codes: this.a.codes };
    if (this.list instanceof ListConst) return `「${formatValue(l, hint.unit, hint.codes)}」`;
    const p = this.list as ParamNode;
    return `${p.label ?? parameterFullName(p.def)}「${formatValue(l, hint.unit, hint.codes ?? p.codes)}」`;
  }
  rl(rc: RenderCtx, depth: number, out: RenderLine[]): void {
    let list: string;
    if (this.list instanceof ListConst) list = `「${formatValue(this.list.v, this.a.unit, this.a.codes)}」`;
    else {
      const p = this.list as ParamNode;
      const pv = rc.asOf ? rc.value(p.idx) : undefined;
      list = pv ? `${parameterFullName(p.def)}「${formatValue(pv.value, this.a.unit, this.a.codes ?? p.codes)}」` : parameterFullName(p.def);
    }
    const s = `${this.a.rt(rc)}属于${list}之一`;
    out.push({ depth, text: this.label ? `${this.label}：${s}` : s });
  }
}

class HasNode extends CNode {
  constructor(
    readonly a: VNode,
    readonly code: string,
    label?: string,
  ) {
    super();
    this.label = label;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const e = open(env, d);
    const a = this.a.ev(env, d < 0 ? -1 : d + 1);
    const r: Tri = a === undefined ? undefined : a === null ? false : (a as readonly string[]).includes(this.code);
    return close(env, e, r, mark, this, a);
  }
  lineText(env: Env, a: Val, _b: Val, r: Tri): string {
    const s = `${this.a.text(env, a)} 包含「${formatValue(this.code, undefined, this.a.codes)}」`;
    return verdictLine(this.label, s, r);
  }
  rl(rc: RenderCtx, depth: number, out: RenderLine[]): void {
    const s = `${this.a.rt(rc)}包含「${formatValue(this.code, undefined, this.a.codes)}」`;
    out.push({ depth, text: this.label ? `${this.label}：${s}` : s });
  }
}

class ExistsNode extends CNode {
  constructor(
    readonly c: CNode,
    label?: string,
  ) {
    super();
    this.label = label;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const e = open(env, d);
    const prev = env.m;
    let found = false;
    let unknown = false;
    for (const m of env.h.living) {
      env.m = m;
      const me = open(env, d < 0 ? -1 : d + 1);
      const r = this.c.ev(env, d < 0 ? -1 : d + 2);
      if (me) {
        me.lazy(this, env, undefined, true, r);
        me.status = statusOf(r);
      }
      if (r === undefined) unknown = true;
      else if (r) {
        found = true;
        if (d < 0) break;
      }
    }
    env.m = prev;
    const r: Tri = found ? true : unknown ? undefined : false;
    return close(env, e, r, mark, this);
  }
  lineText(env: Env, _a: Val, member: Val, r: Tri): string {
    if (member) return `成员 ${env.m!.label}：${resultWord(r)}`;
    return `${this.label ?? '有家庭成员满足以下条件'}：${resultWord(r)}`;
  }
  rl(rc: RenderCtx, depth: number, out: RenderLine[]): void {
    out.push({ depth, text: `${this.label ?? '有家庭成员满足以下条件'}：` });
    this.c.rl(rc, depth + 1, out);
  }
}

class ReceivesNode extends CNode {
  constructor(
    readonly codes: readonly string[],
    readonly names: string,
    readonly ofMember: boolean,
    label?: string,
  ) {
    super();
    this.label = label;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const e = open(env, d);
    const b = env.h.receiving(this.codes, this.ofMember ? env.m : null);
    let r: Tri;
    if (b === undefined) {
      env.missing.push(env.h.benefitsMissing());
      r = undefined;
    } else r = b !== null;
    return close(env, e, r, mark, this);
  }
  lineText(_env: Env, _a: Val, _b: Val, r: Tri): string {
    const who = this.ofMember ? '本人' : '本户';
    const actual = r === undefined ? UNKNOWN_TEXT : r ? '是' : '否';
    return `${this.label ?? `${who}正在享受${this.names}`}：${actual}：${resultWord(r)}`;
  }
  rl(_rc: RenderCtx, depth: number, out: RenderLine[]): void {
    out.push({ depth, text: this.label ?? `${this.ofMember ? '本人' : '本户'}正在享受${this.names}` });
  }
}

class ProgramNode extends CNode {
  constructor(
    readonly code: string,
    readonly name: string,
    readonly ofMember: boolean,
    label?: string,
  ) {
    super();
    this.label = label;
  }
  private title(): string {
    return this.label ?? `${this.ofMember ? '本人' : '本户'}符合「${this.name}」条件`;
  }
  ev(env: Env, d: number): Tri {
    const mark = env.missing.length;
    const e = open(env, d);
    const r = env.probe(this.code, this.ofMember ? env.m : null);
    if (r === undefined) {
      const ms = env.probeMissing(this.code, this.ofMember ? env.m : null);
      if (ms.length) for (const x of ms) env.missing.push(x);
      else env.missing.push({ fact: `program:${this.code}`, name: `「${this.name}」认定所需信息` });
    }
    return close(env, e, r, mark, this);
  }
  lineText(_env: Env, _a: Val, _b: Val, r: Tri): string {
    return `${this.title()}：${resultWord(r)}`;
  }
  rl(_rc: RenderCtx, depth: number, out: RenderLine[]): void {
    out.push({ depth, text: this.title() });
  }
}

// ---------------------------------------------------------------- compiler

const VALUE_KEYS = ['const', 'fact', 'param', 'add', 'sub', 'mul', 'div', 'min', 'max', 'if', 'lookup', 'count'] as const;
const COND_KEYS = ['all', 'any', 'not', 'cmp', 'in', 'has', 'exists', 'receives', 'program', 'ref'] as const;
const EXTRA_KEYS: Record<string, string[]> = {
  const: ['unit'],
  param: ['key'],
  if: ['then', 'else'],
  lookup: ['cases', 'otherwise', 'ifUnknown'],
  receives: ['of'],
  program: ['of'],
};
const CMP_OPS = new Set<string>(['<', '<=', '>', '>=', '==', '!=']);

export interface CompiledExpr {
  /** Set when the expression is a condition. */
  cond?: CNode;
  /** Set when the expression is a value. */
  value?: VNode;
  /** Programs referenced with `program` (evaluation order). */
  deps: Set<string>;
  /** Parameter codes referenced. */
  params: Set<string>;
  /** Facts referenced. */
  facts: Set<string>;
}

/** Compiles ASTs against one catalogue; shared named conditions are compiled once per scope. */
export class ExprCompiler {
  private refs = new Map<string, { node: CNode; deps: Set<string>; params: Set<string>; facts: Set<string> }>();
  private refStack: string[] = [];
  issues: string[] = [];
  private deps = new Set<string>();
  private params = new Set<string>();
  private facts = new Set<string>();

  constructor(private readonly cat: ExprCatalogue) {}

  /** Compiles a condition (as: 'cond') or a value (as: 'value'); problems go to `issues`. */
  compile(expr: unknown, scope: Scope, as: 'cond' | 'value', path: string): CompiledExpr {
    this.deps = new Set();
    this.params = new Set();
    this.facts = new Set();
    const out: CompiledExpr = { deps: this.deps, params: this.params, facts: this.facts };
    if (as === 'cond') out.cond = this.cond(expr, scope, path);
    else out.value = this.value(expr, scope, path);
    return out;
  }

  private merge(r: { deps: Set<string>; params: Set<string>; facts: Set<string> }): void {
    for (const x of r.deps) this.deps.add(x);
    for (const x of r.params) this.params.add(x);
    for (const x of r.facts) this.facts.add(x);
  }

  private err(path: string, msg: string): void {
    this.issues.push(`${path}: ${msg}`);
  }

  private kind(e: unknown, path: string): string | undefined {
    if (e === null || typeof e !== 'object' || Array.isArray(e)) return undefined;
    const keys = Object.keys(e).filter((k) => k !== 'label');
    const main = keys.filter((k) => (VALUE_KEYS as readonly string[]).includes(k) || (COND_KEYS as readonly string[]).includes(k));
    if (main.length !== 1) {
      this.err(path, `无法识别的节点（键：${keys.join(', ') || '无'}）`);
      return undefined;
    }
    const k = main[0];
    const extra = keys.filter((x) => x !== k && !(EXTRA_KEYS[k] ?? []).includes(x));
    if (extra.length) this.err(path, `节点 ${k} 含未知的键：${extra.join(', ')}`);
    const label = (e as Labelled).label;
    if (label !== undefined && typeof label !== 'string') this.err(path, 'label 必须是字符串');
    return k;
  }

  private dummyCond(): CNode {
    return new BoolLeaf(new ConstNode(false));
  }
  private dummyValue(): VNode {
    const n = new ConstNode(0);
    n.t = 'any';
    return n;
  }

  cond(e: unknown, scope: Scope, path: string): CNode {
    if (typeof e === 'boolean') return new BoolLeaf(new ConstNode(e));
    const k = this.kind(e, path);
    if (!k) return this.dummyCond();
    const o = e as Record<string, unknown>;
    const label = typeof o.label === 'string' ? o.label : undefined;
    switch (k) {
      case 'all':
      case 'any': {
        if (!Array.isArray(o[k]) || !o[k].length) {
          this.err(path, `${k} 需要非空数组`);
          return this.dummyCond();
        }
        return new AllAny(
          k === 'all',
          o[k].map((x: unknown, i: number) => this.cond(x, scope, `${path}.${k}[${i}]`)),
          label,
        );
      }
      case 'not':
        return new NotNode(this.cond(o.not, scope, `${path}.not`), label);
      case 'cmp': {
        const c = o.cmp;
        if (!Array.isArray(c) || c.length !== 3 || !CMP_OPS.has(c[0])) {
          this.err(path, 'cmp 需要 [运算符, 左, 右]，运算符为 < <= > >= == !=');
          return this.dummyCond();
        }
        const a = this.value(c[1], scope, `${path}.cmp[1]`);
        const b = this.value(c[2], scope, `${path}.cmp[2]`);
        this.checkCmp(c[0], a, b, path);
        return new CmpNode(c[0], a, b, label);
      }
      case 'in': {
        const c = o.in;
        if (!Array.isArray(c) || c.length !== 2) {
          this.err(path, 'in 需要 [值, 列表]');
          return this.dummyCond();
        }
        const a = this.value(c[0], scope, `${path}.in[0]`);
        let list: VNode;
        if (Array.isArray(c[1])) {
          if (!c[1].every((x: unknown) => typeof x === 'string' || typeof x === 'number')) this.err(path, 'in 的列表只能包含字符串或数字');
          list = new ListConst(c[1]);
          if (a.codes) for (const x of c[1]) if (typeof x === 'string' && !(x in a.codes)) this.err(path, `代码「${x}」不在${this.nameOf(a)}的代码表中`);
        } else {
          list = this.value(c[1], scope, `${path}.in[1]`);
          if (list.t !== 'list' && list.t !== 'any') this.err(path, 'in 的第二项必须是列表或列表型参数');
        }
        if (a.t !== 'str' && a.t !== 'num' && a.t !== 'any') this.err(path, 'in 的第一项必须是代码或数值');
        return new InNode(a, list, label);
      }
      case 'has': {
        const c = o.has;
        if (!Array.isArray(c) || c.length !== 2 || typeof c[1] !== 'string') {
          this.err(path, 'has 需要 [列表事实, 代码]');
          return this.dummyCond();
        }
        const a = this.value(c[0], scope, `${path}.has[0]`);
        if (a.t !== 'list' && a.t !== 'any') this.err(path, 'has 的第一项必须是列表');
        if (a.codes && !(c[1] in a.codes)) this.err(path, `代码「${c[1]}」不在${this.nameOf(a)}的代码表中`);
        return new HasNode(a, c[1], label);
      }
      case 'exists': {
        if (scope !== 'household') this.err(path, 'exists 只能用于家庭范围');
        if (!o.exists || typeof o.exists !== 'object' || !('member' in o.exists)) {
          this.err(path, 'exists 需要 { member: 条件 }');
          return this.dummyCond();
        }
        return new ExistsNode(this.cond(o.exists.member, 'member', `${path}.exists.member`), label);
      }
      case 'receives': {
        const codes: unknown[] = Array.isArray(o.receives) ? o.receives : [o.receives];
        if (!codes.length || !codes.every((x) => typeof x === 'string')) {
          this.err(path, 'receives 需要事项代码或代码数组');
          return this.dummyCond();
        }
        for (const c of codes as string[]) if (!(c in this.cat.programNames)) this.err(path, `未知的事项代码：${c}`);
        const of = o.of ?? 'household';
        if (of !== 'household' && of !== 'member') this.err(path, 'receives.of 只能是 household 或 member');
        if (of === 'member' && scope !== 'member') this.err(path, 'receives.of = member 只能用于成员范围');
        const names = (codes as string[]).map((c) => `「${this.cat.programNames[c] ?? c}」`).join('或');
        return new ReceivesNode(codes as string[], names, of === 'member', label);
      }
      case 'program': {
        const code = typeof o.program === 'string' ? o.program : undefined;
        const p = code === undefined ? undefined : this.cat.programs.get(code);
        if (!code || !p) {
          this.err(path, `未知或不可评估的事项：${String(o.program)}`);
          return this.dummyCond();
        }
        const of = o.of ?? 'household';
        if (of !== 'household' && of !== 'member') this.err(path, 'program.of 只能是 household 或 member');
        if (of === 'member' && scope !== 'member') this.err(path, 'program.of = member 只能用于成员范围');
        this.deps.add(code);
        return new ProgramNode(code, p.name, of === 'member', label);
      }
      case 'ref': {
        const name = typeof o.ref === 'string' ? o.ref : undefined;
        const nc = name === undefined ? undefined : this.cat.conditions[name];
        if (!name || !nc) {
          this.err(path, `未知的共用条件：${String(o.ref)}`);
          return this.dummyCond();
        }
        const key = `${scope}:${name}`;
        const hit = this.refs.get(key);
        if (hit) {
          this.merge(hit);
          return hit.node;
        }
        if (this.refStack.includes(name)) {
          this.err(path, `共用条件循环引用：${[...this.refStack, name].join(' → ')}`);
          return this.dummyCond();
        }
        // Compile with fresh reference sets, cache them with the node, then merge into the caller's.
        const outer = { deps: this.deps, params: this.params, facts: this.facts };
        this.deps = new Set();
        this.params = new Set();
        this.facts = new Set();
        this.refStack.push(name);
        const node = this.cond(nc.expr, scope, `conditions.${name}`);
        this.refStack.pop();
        if (!node.label) node.label = nc.name;
        const entry = { node, deps: this.deps, params: this.params, facts: this.facts };
        this.refs.set(key, entry);
        this.deps = outer.deps;
        this.params = outer.params;
        this.facts = outer.facts;
        this.merge(entry);
        return node;
      }
      default: {
        const v = this.value(e, scope, path, k);
        if (v.t !== 'bool' && v.t !== 'any') this.err(path, `此处需要条件，${this.nameOf(v)}不是是/否值`);
        return new BoolLeaf(v);
      }
    }
  }

  private nameOf(v: VNode): string {
    if (v instanceof FactNode) return `事实「${v.name}」`;
    if (v instanceof ParamNode) return `参数「${parameterFullName(v.def)}」`;
    return '该值';
  }

  private checkCmp(op: string, a: VNode, b: VNode, path: string): void {
    if (a.t === 'any' || b.t === 'any') return;
    const ordered = op !== '==' && op !== '!=';
    if (ordered && (a.t !== 'num' || b.t !== 'num')) this.err(path, `比较 ${op} 需要两个数值`);
    if (!ordered && a.t !== b.t && a.t !== 'null' && b.t !== 'null') this.err(path, `比较的两边类型不同（${a.t} / ${b.t}）`);
    const money = (x: VNode) => x.unit === 'fen';
    if (a.unit && b.unit && money(a) !== money(b)) this.err(path, `比较的两边单位不同（${a.unit} / ${b.unit}）`);
    if (b instanceof ConstNode && typeof b.v === 'string' && a.codes && !(b.v in a.codes)) {
      this.err(path, `代码「${b.v}」不在${this.nameOf(a)}的代码表中`);
    }
  }

  value(e: unknown, scope: Scope, path: string, kind?: string): VNode {
    if (typeof e === 'number') {
      if (!Number.isFinite(e)) this.err(path, '数值无效');
      return new ConstNode(e);
    }
    if (typeof e === 'string' || typeof e === 'boolean') return new ConstNode(e);
    const k = kind ?? this.kind(e, path);
    if (!k) return this.dummyValue();
    const o = e as Record<string, unknown>;
    const label = typeof o.label === 'string' ? o.label : undefined;
    switch (k) {
      case 'const': {
        const v = o.const;
        if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
          return new ConstNode(v, typeof o.unit === 'string' ? o.unit : undefined, label);
        }
        this.err(path, 'const 只能是数值、字符串、是/否或 null');
        return this.dummyValue();
      }
      case 'fact': {
        const def = typeof o.fact === 'string' ? FACTS[o.fact] : undefined;
        if (!def) {
          this.err(path, `未知的事实：${String(o.fact)}`);
          return this.dummyValue();
        }
        if (def.scope === 'member' && scope !== 'member') this.err(path, `成员事实 ${def.code} 只能用于成员范围（exists / count / 个人事项）`);
        this.facts.add(def.code);
        const idx: number[] = [];
        for (const p of def.params ?? []) {
          const i = this.cat.params.get(p);
          if (i === undefined) this.err(path, `事实 ${def.code} 需要参数 ${p}，目录中没有`);
          else idx.push(i);
        }
        return new FactNode(def, FACT_IMPLS[def.code], idx, label);
      }
      case 'param': {
        const code = o.param;
        if (typeof code !== 'string') {
          this.err(path, 'param 需要参数代码');
          return this.dummyValue();
        }
        if (o.key !== undefined) {
          const key = this.value({ fact: o.key }, scope, `${path}.key`);
          if (!(key instanceof FactNode) || key.t !== 'str' || !key.codes) {
            this.err(path, `参数分组的键必须是代码型事实：${String(o.key)}`);
            return this.dummyValue();
          }
          const variants = new Map<string, ParamNode>();
          for (const v of Object.keys(key.codes)) {
            const i = this.cat.params.get(`${code}.${v}`);
            if (i === undefined) this.err(path, `未知的参数：${code}.${v}（按${key.name}分组时每个取值都需要参数）`);
            else {
              this.params.add(`${code}.${v}`);
              variants.set(v, new ParamNode(i, this.cat.paramDefs[i]));
            }
          }
          if (!variants.size) return this.dummyValue();
          const units = new Set([...variants.values()].map((p) => p.unit));
          if (units.size > 1) this.err(path, `参数分组 ${code} 的单位不一致`);
          return new KeyedParamNode(code, key, variants, label);
        }
        const i = this.cat.params.get(code);
        if (i === undefined) {
          this.err(path, `未知的参数：${code}`);
          return this.dummyValue();
        }
        this.params.add(code);
        return new ParamNode(i, this.cat.paramDefs[i], label);
      }
      case 'add':
      case 'mul':
      case 'min':
      case 'max':
      case 'sub':
      case 'div': {
        const xs = o[k];
        const binary = k === 'sub' || k === 'div';
        if (!Array.isArray(xs) || (binary ? xs.length !== 2 : xs.length < 2)) {
          this.err(path, binary ? `${k} 需要两个操作数` : `${k} 至少需要两个操作数`);
          return this.dummyValue();
        }
        const ns = xs.map((x: unknown, i: number) => this.value(x, scope, `${path}.${k}[${i}]`));
        for (const n of ns) if (n.t !== 'num' && n.t !== 'any') this.err(path, `${k} 的操作数必须是数值`);
        return new ArithNode(k, ns, label);
      }
      case 'if': {
        const c = this.cond(o.if, scope, `${path}.if`);
        const a = this.value(o.then, scope, `${path}.then`);
        const b = this.value(o.else, scope, `${path}.else`);
        if (a.t !== b.t && ![a.t, b.t].some((t) => t === 'null' || t === 'any')) this.err(path, 'if 的两个分支类型不同');
        return new IfNode(c, a, b, label);
      }
      case 'lookup': {
        const key = this.value(o.lookup, scope, `${path}.lookup`);
        if (!o.cases || typeof o.cases !== 'object' || Array.isArray(o.cases) || !Object.keys(o.cases).length) {
          this.err(path, 'lookup 需要非空的 cases');
          return this.dummyValue();
        }
        const cases = new Map<string, VNode>();
        for (const [ck, cv] of Object.entries(o.cases)) {
          if (key.codes && !(ck in key.codes)) this.err(path, `代码「${ck}」不在${this.nameOf(key)}的代码表中`);
          cases.set(ck, this.value(cv, scope, `${path}.cases.${ck}`));
        }
        const otherwise = o.otherwise === undefined ? undefined : this.value(o.otherwise, scope, `${path}.otherwise`);
        const ifUnknown = o.ifUnknown === undefined ? undefined : this.value(o.ifUnknown, scope, `${path}.ifUnknown`);
        const ts = new Set([...cases.values(), ...(otherwise ? [otherwise] : []), ...(ifUnknown ? [ifUnknown] : [])].map((n) => n.t));
        ts.delete('null');
        ts.delete('any');
        if (ts.size > 1) this.err(path, 'lookup 各分支类型不同');
        return new LookupNode(key, cases, otherwise, ifUnknown, label);
      }
      case 'count': {
        if (scope !== 'household') this.err(path, 'count 只能用于家庭范围');
        if (!o.count || typeof o.count !== 'object' || !('member' in o.count)) {
          this.err(path, 'count 需要 { member: 条件 }');
          return this.dummyValue();
        }
        return new CountNode(this.cond(o.count.member, 'member', `${path}.count.member`), label);
      }
      default:
        this.err(path, `此处需要数值，${k} 是条件`);
        return this.dummyValue();
    }
  }
}

/** Renders a compiled condition as the 条件说明 lines. */
export function renderLines(node: CNode | VNode, rc: RenderCtx): RenderLine[] {
  const out: RenderLine[] = [];
  if (node instanceof CNode) node.rl(rc, 0, out);
  else out.push({ depth: 0, text: node.rt(rc) });
  return out;
}

export type { CNode as CompiledCondition, VNode as CompiledValue };
