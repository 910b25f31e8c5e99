/**
 * Catalogue edits as new values ("two unchanged": nothing rewrites history). Every edit returns a new
 * catalogue; the old one — and every older parameter version — stays as it was.
 */
import { addParameterVersion, ParameterError, valueAt, type ParameterVersion } from './parameters';
import type { Catalogue } from './program';

/** The catalogue with one more dated version of parameter `code` (throws if that date already has one). */
export function withParameterVersion(cat: Catalogue, code: string, version: ParameterVersion): Catalogue {
  const i = cat.parameters.findIndex((p) => p.code === code);
  if (i < 0) throw new ParameterError(`未知的参数：${code}`);
  const parameters = [...cat.parameters];
  parameters[i] = addParameterVersion(parameters[i], version);
  return Object.freeze({ ...cat, parameters: Object.freeze(parameters) });
}

/** Department allowed to edit a parameter: the owner of its program (null when the program is unknown). */
export function parameterOwner(cat: Catalogue, code: string): string | null {
  const p = cat.parameters.find((x) => x.code === code);
  if (!p) return null;
  return cat.programs.find((x) => x.code === p.program)?.owner ?? null;
}

/** Parameter name of every program's monthly amount cap: `<PROGRAM>.max_monthly_amount` (fen). */
export const MAX_MONTHLY_AMOUNT = 'max_monthly_amount';

/**
 * The largest monthly amount (fen) a benefit of `programCode` may carry on `date`, with the
 * parameter version that says so; null when the catalogue has no cap for the program or none in force.
 */
export function monthlyAmountCap(cat: Catalogue, programCode: string, date: string): { capFen: number; code: string; version: ParameterVersion } | null {
  const code = `${programCode}.${MAX_MONTHLY_AMOUNT}`;
  const p = cat.parameters.find((x) => x.code === code);
  const v = p && valueAt(p, date);
  if (!v || typeof v.value !== 'number') return null;
  return { capFen: v.value, code, version: v };
}
