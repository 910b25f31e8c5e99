/**
 * Dated parameters (OpenFisca-style): every standard, threshold and amount has values keyed by the date
 * they take effect, each with its legal reference. Evaluation on a date uses the version in force then
 * (the latest `effectiveFrom` ≤ date). Versions are append-only: adding one returns a new parameter and
 * never rewrites an older version.
 */
import type { CodeList } from '../ledger-codes';

export type ParamUnit =
  | 'fen' // money, shown in 元
  | 'year' // ages, 周岁
  | 'month' // 个月
  | 'grade' // 残疾等级
  | 'ratio' // 倍
  | 'percent' // stored as a fraction: 0.1 → 10%
  | 'days'
  | 'kWh'
  | 'fenPerKWh'
  | 'person'
  | 'home'
  | 'count'
  | 'codes'; // a list of codes (e.g. income categories not counted)

export type ParamValue = number | readonly string[];

export interface ParameterVersion {
  /** 'YYYY-MM-DD'. */
  effectiveFrom: string;
  value: ParamValue;
  /** e.g. '社会救助暂行办法第九条'. */
  legalRef: string;
  /** e.g. '演示值' for demo values. */
  note?: string;
  /** Who recorded the version and why (filled by the server on edits). */
  recordedBy?: string;
  reason?: string;
}

export interface Parameter {
  /** '<PROGRAM>.<name>[.<variant>]', e.g. 'DIBAO.standard.URBAN'. */
  code: string;
  /** Chinese name, e.g. '低保标准'. */
  name: string;
  /** Variant shown after the value in traces: '低保标准 800.00 元（城市）'. */
  qualifier?: string;
  unit: ParamUnit;
  /** Owning program: only its department edits the parameter. */
  program: string;
  description?: string;
  /** Labels for 'codes' values. */
  codes?: CodeList;
  /** Sorted by effectiveFrom, unique dates. */
  versions: readonly ParameterVersion[];
}

export const DEMO_NOTE = '演示值';

const DATE_RE = /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A real calendar date 'YYYY-MM-DD' (no 2026-02-30), years 1000–9999. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string' || !DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === s;
}

/** Full name with the qualifier: '低保标准（城市）'. */
export function parameterFullName(p: Pick<Parameter, 'name' | 'qualifier'>): string {
  return p.qualifier ? `${p.name}（${p.qualifier}）` : p.name;
}

/** The version in force on `date` (latest effectiveFrom ≤ date), or undefined when none is. */
export function valueAt(param: Parameter, date: string): ParameterVersion | undefined {
  const vs = param.versions;
  for (let i = vs.length - 1; i >= 0; i--) if (vs[i].effectiveFrom <= date) return vs[i];
  return undefined;
}

export class ParameterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ParameterError';
  }
}

/** Problems of one parameter definition (empty when valid). */
export function parameterIssues(p: Parameter): string[] {
  const out: string[] = [];
  if (!/^[A-Z][A-Z_]*\.[a-z0-9_]+(\.[A-Za-z0-9_]+)?$/.test(p.code)) out.push(`参数代码格式无效：${p.code}`);
  if (!p.code.startsWith(`${p.program}.`)) out.push(`参数 ${p.code} 不属于事项 ${p.program}`);
  if (!p.name) out.push(`参数 ${p.code} 缺少中文名称`);
  if (!p.versions.length) out.push(`参数 ${p.code} 没有任何版本`);
  let prev = '';
  for (const v of p.versions) {
    if (!isIsoDate(v.effectiveFrom)) out.push(`参数 ${p.code} 生效日期无效：${v.effectiveFrom}`);
    else if (v.effectiveFrom <= prev) out.push(`参数 ${p.code} 版本未按生效日期排序或日期重复：${v.effectiveFrom}`);
    prev = v.effectiveFrom;
    if (!v.legalRef) out.push(`参数 ${p.code} ${v.effectiveFrom} 版本缺少法规依据`);
    const list = Array.isArray(v.value);
    if (p.unit === 'codes' ? !list : typeof v.value !== 'number' || !Number.isFinite(v.value)) {
      out.push(`参数 ${p.code} ${v.effectiveFrom} 版本的取值类型与单位不符`);
    }
  }
  return out;
}

function freezeParam(p: Parameter): Parameter {
  for (const v of p.versions) {
    if (Array.isArray(v.value)) Object.freeze(v.value);
    Object.freeze(v);
  }
  Object.freeze(p.versions);
  return Object.freeze(p);
}

/** Validates and freezes a parameter definition. */
export function defineParameter(p: Parameter): Parameter {
  const issues = parameterIssues(p);
  if (issues.length) throw new ParameterError(issues.join('；'));
  return freezeParam({ ...p, versions: p.versions.map((v) => ({ ...v })) });
}

/**
 * Returns a new parameter with `version` added. Refuses a version whose date already exists (history is
 * never rewritten: correct a mistake with a later version). Older version objects are shared unchanged.
 */
export function addParameterVersion(param: Parameter, version: ParameterVersion): Parameter {
  if (param.versions.some((v) => v.effectiveFrom === version.effectiveFrom)) {
    throw new ParameterError(`参数 ${param.code} 已有 ${version.effectiveFrom} 生效的版本，不能改写历史版本`);
  }
  const versions = [...param.versions, Object.freeze({ ...version })].sort((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
  );
  const next = { ...param, versions };
  const issues = parameterIssues(next);
  if (issues.length) throw new ParameterError(issues.join('；'));
  return freezeParam(next);
}

/** One parameter version used by an evaluation (for 决定书 and audit). */
export interface ParameterUse {
  code: string;
  name: string;
  value: ParamValue;
  unit: ParamUnit;
  effectiveFrom: string;
  legalRef: string;
  note?: string;
  /** Labels of a 'codes' value (the parameter's code list). */
  codes?: CodeList;
}
