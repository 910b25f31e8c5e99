/**
 * What-if helpers for parameter changes (preview, reassessment, simulation): which programs a change can
 * touch, and a catalogue in which a parameter takes a given value on a date without a stored version.
 */
import { compileCatalogue, type CompiledCatalogue } from './compile';
import { FACTS } from './facts';
import { ParameterError, type ParamValue } from './parameters';
import type { Catalogue } from './program';

/**
 * Programs whose outcome or amount may change when any of `paramCodes` changes: programs referencing the
 * parameter in a condition or formula (directly, through a shared condition, or through a derived fact such
 * as per-capita income and its means-test parameters), then, to a fixpoint, programs depending on an
 * affected one (`{ program }`) and exclusion partners of an affected one. In catalogue (dependency) order.
 */
export function affectedPrograms(catalogue: Catalogue | CompiledCatalogue, paramCodes: readonly string[]): string[] {
  const cc = compileCatalogue(catalogue);
  const changed = new Set(paramCodes);
  const hit = new Set<string>();
  for (const cp of cc.order) {
    const direct = cp.paramCodes.some((p) => changed.has(p));
    const viaFact = cp.factCodes.some((f) => (FACTS[f]?.params ?? []).some((p) => changed.has(p)));
    if (direct || viaFact) hit.add(cp.def.code);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const cp of cc.order) {
      if (hit.has(cp.def.code)) continue;
      const dependent = cp.deps.some((d) => hit.has(d));
      const partner = (cc.partners.get(cp.def.code) ?? []).some((p) => hit.has(p));
      if (dependent || partner) {
        hit.add(cp.def.code);
        grew = true;
      }
    }
  }
  return cc.order.filter((cp) => hit.has(cp.def.code)).map((cp) => cp.def.code);
}

/**
 * The catalogue in which parameter `code` has `value` in force on `date` (hypothetical: simulation and
 * "before/after" comparisons). Versions from `date` on are replaced by the one value; earlier ones stay.
 * Throws ParameterError for an unknown code or a value of the wrong type.
 */
export function withParameterValueAt(cat: Catalogue, code: string, date: string, value: ParamValue): Catalogue {
  const i = cat.parameters.findIndex((p) => p.code === code);
  if (i < 0) throw new ParameterError(`未知的参数：${code}`);
  const p = cat.parameters[i];
  const keep = p.versions.filter((v) => v.effectiveFrom < date);
  const last = p.versions.filter((v) => v.effectiveFrom <= date).at(-1);
  const parameters = [...cat.parameters];
  parameters[i] = {
    ...p,
    versions: [...keep, { effectiveFrom: date, value, legalRef: last?.legalRef ?? '测算值', note: '测算值' }],
  };
  return { ...cat, parameters };
}

/** Checks a proposed value against the parameter's unit: a list of codes for 'codes', else a finite number. */
export function parameterValueIssue(cat: Catalogue, code: string, value: unknown): string | null {
  const p = cat.parameters.find((x) => x.code === code);
  if (!p) return `未知的参数：${code}`;
  if (p.unit === 'codes') {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return `参数「${p.name}」的取值应为代码列表`;
    if (p.codes) {
      const bad = value.filter((v) => !(v in p.codes!));
      if (bad.length) return `参数「${p.name}」中有未知代码：${bad.join('、')}`;
    }
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `参数「${p.name}」的取值应为数值`;
  if (value < 0) return `参数「${p.name}」不能为负数`;
  if (p.unit === 'fen' && !Number.isInteger(value)) return `参数「${p.name}」以分计，应为整数`;
  return null;
}
