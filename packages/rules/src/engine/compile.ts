/**
 * Validates a catalogue and compiles its conditions and formulas to closures, once: unknown facts,
 * parameters, programs or shared conditions, type and unit mismatches, dependency cycles and malformed
 * exclusion rules are load-time errors, never evaluation-time surprises.
 */
import { BENEFIT_STATUSES } from '../ledger-codes';
import { ExprCompiler, renderLines, type CompiledCondition, type CompiledValue, type Expr, type ExprCatalogue, type RenderLine, type Scope } from './expr';
import { parameterIssues, valueAt, type Parameter, type ParameterVersion } from './parameters';
import type { Catalogue, ProgramDef } from './program';

export interface CompiledProgram {
  def: ProgramDef;
  cond: CompiledCondition | null;
  /** MEMBER programs: household part of the condition. */
  hcond: CompiledCondition | null;
  amount: CompiledValue | null;
  /** Programs referenced by the condition (evaluated first). */
  deps: string[];
  /** Parameter codes the condition and formula reference (for the console's program page). */
  paramCodes: string[];
  factCodes: string[];
}

export interface CompiledCatalogue {
  readonly source: Catalogue;
  /** Applicable programs in dependency order. */
  readonly order: readonly CompiledProgram[];
  readonly byCode: ReadonlyMap<string, CompiledProgram>;
  readonly params: readonly Parameter[];
  readonly paramIndex: ReadonlyMap<string, number>;
  /** Catalogue + external program names. */
  readonly programNames: Readonly<Record<string, string>>;
  /** Exclusion rules touching each program. */
  readonly partners: ReadonlyMap<string, readonly string[]>;
  /** Parameter versions in force on a date, by parameter index (cached per date). */
  resolve(date: string): readonly (ParameterVersion | undefined)[];
  /** Scratch for parameter-use deduplication (evaluation is synchronous). */
  readonly usedStamp: Int32Array;
  /** Compiles an extra expression (questionnaire preview, editor validation) against this catalogue. */
  compileExpr(expr: unknown, scope: Scope, as: 'cond' | 'value'): { cond?: CompiledCondition; value?: CompiledValue };
}

export class CatalogueError extends Error {
  constructor(readonly issues: string[]) {
    super(`救助事项目录无效（${issues.length} 处）：\n${issues.join('\n')}`);
    this.name = 'CatalogueError';
  }
}

const compiledCache = new WeakMap<Catalogue, CompiledCatalogue>();

/** Compiled form of a catalogue, cached per catalogue object. Throws CatalogueError listing every problem. */
export function compileCatalogue(cat: Catalogue | CompiledCatalogue): CompiledCatalogue {
  if (isCompiled(cat)) return cat;
  const hit = compiledCache.get(cat);
  if (hit) return hit;
  const cc = build(cat);
  compiledCache.set(cat, cc);
  return cc;
}

export function isCompiled(cat: Catalogue | CompiledCatalogue): cat is CompiledCatalogue {
  return 'byCode' in cat && 'resolve' in cat;
}

/** All problems of a catalogue (empty when valid). */
export function catalogueIssues(cat: Catalogue): string[] {
  try {
    build(cat);
    return [];
  } catch (e) {
    if (e instanceof CatalogueError) return e.issues;
    throw e;
  }
}

function build(cat: Catalogue): CompiledCatalogue {
  const issues: string[] = [];
  const params = [...cat.parameters];
  const paramIndex = new Map<string, number>();
  params.forEach((p, i) => {
    if (paramIndex.has(p.code)) issues.push(`参数代码重复：${p.code}`);
    paramIndex.set(p.code, i);
    issues.push(...parameterIssues(p));
  });

  const programDefs = new Map<string, ProgramDef>();
  for (const p of cat.programs) {
    if (programDefs.has(p.code)) issues.push(`事项代码重复：${p.code}`);
    programDefs.set(p.code, p);
    if (!p.owner) issues.push(`事项 ${p.code} 缺少主管部门`);
    if (!p.legalBasis.length) issues.push(`事项 ${p.code} 缺少法规依据`);
    if (p.applicable && !p.eligibility) issues.push(`事项 ${p.code} 缺少认定条件`);
  }
  for (const p of params) if (!programDefs.has(p.program)) issues.push(`参数 ${p.code} 的所属事项 ${p.program} 不在目录中`);
  for (const code of Object.keys(cat.externalPrograms)) if (programDefs.has(code)) issues.push(`外部待遇代码与事项代码冲突：${code}`);

  const programNames: Record<string, string> = { ...cat.externalPrograms };
  for (const p of cat.programs) programNames[p.code] = p.name;
  const applicable = new Map<string, { name: string }>();
  for (const p of cat.programs) if (p.applicable) applicable.set(p.code, { name: p.name });

  const ec: ExprCatalogue = { params: paramIndex, paramDefs: params, conditions: cat.conditions, programs: applicable, programNames };
  const compiler = new ExprCompiler(ec);
  const compiled = new Map<string, CompiledProgram>();
  for (const def of cat.programs) {
    if (!def.applicable) continue;
    const scope: Scope = def.subject === 'MEMBER' ? 'member' : 'household';
    const c = compiler.compile(def.eligibility, scope, 'cond', `${def.code}.eligibility`);
    const hc = def.householdEligibility ? compiler.compile(def.householdEligibility, 'household', 'cond', `${def.code}.householdEligibility`) : null;
    if (hc && def.subject !== 'MEMBER') issues.push(`${def.code}.householdEligibility: 只用于个人事项（MEMBER）`);
    const a = def.amount ? compiler.compile(def.amount.expr, scope, 'value', `${def.code}.amount`) : null;
    if (a?.value && a.value.t !== 'num' && a.value.t !== 'any') issues.push(`${def.code}.amount: 金额公式必须是数值`);
    if (a?.value?.unit && a.value.unit !== 'fen') issues.push(`${def.code}.amount: 金额公式的单位必须是分（fen），而不是 ${a.value.unit}`);
    if (c.deps.has(def.code) || hc?.deps.has(def.code)) issues.push(`${def.code}.eligibility: 条件引用了事项自身`);
    compiled.set(def.code, {
      def,
      cond: c.cond ?? null,
      hcond: hc?.cond ?? null,
      amount: a?.value ?? null,
      deps: [...new Set([...c.deps, ...(hc?.deps ?? [])])],
      paramCodes: [...new Set([...(hc?.params ?? []), ...c.params, ...(a?.params ?? [])])],
      factCodes: [...new Set([...(hc?.facts ?? []), ...c.facts, ...(a?.facts ?? [])])],
    });
  }
  issues.push(...compiler.issues);

  // Dependency order (depth-first), cycles are errors.
  const order: CompiledProgram[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (code: string, stack: string[]) => {
    const s = state.get(code);
    if (s === 2) return;
    if (s === 1) {
      issues.push(`事项条件循环依赖：${[...stack, code].join(' → ')}`);
      return;
    }
    state.set(code, 1);
    const cp = compiled.get(code)!;
    for (const d of cp.deps) visit(d, [...stack, code]);
    state.set(code, 2);
    order.push(cp);
  };
  for (const code of compiled.keys()) visit(code, []);

  // Exclusion matrix.
  const partners = new Map<string, string[]>();
  const ruleCodes = new Set<string>();
  for (const r of cat.exclusions) {
    const where = `互斥规则 ${r.code}`;
    if (ruleCodes.has(r.code)) issues.push(`${where}: 代码重复`);
    ruleCodes.add(r.code);
    if (!['EXCLUSIVE', 'HIGHER_OF', 'PREFER'].includes(r.kind)) issues.push(`${where}: 未知类型 ${r.kind}`);
    if (!['PERSON', 'HOUSEHOLD'].includes(r.scope)) issues.push(`${where}: 未知范围 ${r.scope}`);
    if (!r.name || !r.legalRef) issues.push(`${where}: 缺少名称或依据`);
    if (r.programs.length !== 2 || r.programs[0] === r.programs[1]) issues.push(`${where}: 需要两个不同的事项`);
    for (const code of r.programs) {
      if (!(code in programNames)) issues.push(`${where}: 未知事项 ${code}`);
      const cp = compiled.get(code);
      if (programDefs.has(code) && !cp) issues.push(`${where}: 事项 ${code} 不可评估`);
      if (r.kind === 'HIGHER_OF' && cp && !cp.amount) issues.push(`${where}: 就高规则需要事项 ${code} 有金额公式`);
    }
    if (r.programs.every((c) => !compiled.has(c))) issues.push(`${where}: 至少一个事项须在目录中`);
    for (const x of r.exceptions) {
      if (!(x.otherStatus in BENEFIT_STATUSES)) issues.push(`${where}: 例外中的未知待遇状态 ${x.otherStatus}`);
      if (!x.reason) issues.push(`${where}: 例外缺少说明`);
    }
    for (const [a, b] of [r.programs, [r.programs[1], r.programs[0]]]) {
      if (!partners.has(a)) partners.set(a, []);
      if (!partners.get(a)!.includes(b)) partners.get(a)!.push(b);
    }
  }

  if (issues.length) throw new CatalogueError(issues);

  const byDate = new Map<string, (ParameterVersion | undefined)[]>();
  const cc: CompiledCatalogue = {
    source: cat,
    order,
    byCode: compiled,
    params,
    paramIndex,
    programNames,
    partners,
    usedStamp: new Int32Array(params.length),
    resolve(date: string) {
      let r = byDate.get(date);
      if (!r) {
        r = params.map((p) => valueAt(p, date));
        if (byDate.size > 1000) byDate.clear();
        byDate.set(date, r);
      }
      return r;
    },
    compileExpr(expr: unknown, scope: Scope, as: 'cond' | 'value') {
      const x = new ExprCompiler(ec);
      const out = x.compile(expr, scope, as, 'expr');
      if (x.issues.length) throw new CatalogueError(x.issues);
      return { cond: out.cond, value: out.value };
    },
  };
  return Object.freeze(cc);
}

/** Validates a standalone expression against a catalogue; returns the problems (empty when valid). */
export function validateExpr(expr: Expr | unknown, cat: Catalogue | CompiledCatalogue, scope: Scope = 'household', as: 'cond' | 'value' = 'cond'): string[] {
  try {
    compileCatalogue(cat).compileExpr(expr, scope, as);
    return [];
  } catch (e) {
    if (e instanceof CatalogueError) return e.issues;
    throw e;
  }
}

export interface RenderOptions {
  /** Show the parameter values in force on this date. */
  asOf?: string;
}

/**
 * 条件说明 of a program: its eligibility (household part first for MEMBER programs) and amount formula
 * rendered in Chinese.
 */
export function renderProgram(
  cat: Catalogue | CompiledCatalogue,
  code: string,
  opts: RenderOptions = {},
): { householdConditions: RenderLine[]; conditions: RenderLine[]; amount: string | null } {
  const cc = compileCatalogue(cat);
  const cp = cc.byCode.get(code);
  if (!cp) throw new Error(`未知或不可评估的事项：${code}`);
  const rc = { asOf: opts.asOf, value: (i: number) => (opts.asOf ? cc.resolve(opts.asOf)[i] : undefined) };
  return {
    householdConditions: cp.hcond ? renderLines(cp.hcond, rc) : [],
    conditions: cp.cond ? renderLines(cp.cond, rc) : [],
    amount: cp.amount ? renderLines(cp.amount, rc)[0].text : null,
  };
}

/** Renders any expression (e.g. while editing) in Chinese. Throws CatalogueError when invalid. */
export function renderExpr(
  expr: Expr | unknown,
  cat: Catalogue | CompiledCatalogue,
  opts: RenderOptions & { scope?: Scope; as?: 'cond' | 'value' } = {},
): RenderLine[] {
  const cc = compileCatalogue(cat);
  const out = cc.compileExpr(expr, opts.scope ?? 'household', opts.as ?? 'cond');
  const rc = { asOf: opts.asOf, value: (i: number) => (opts.asOf ? cc.resolve(opts.asOf)[i] : undefined) };
  return renderLines((out.cond ?? out.value)!, rc);
}

/** Lines as indented text. */
export function linesToText(lines: readonly { depth: number; text: string }[]): string {
  return lines.map((l) => `${'  '.repeat(l.depth)}${l.text}`).join('\n');
}
