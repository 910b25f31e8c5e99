import {
  compileCatalogue,
  evaluatePrograms,
  OUTCOME_NAMES,
  type Catalogue,
  type CompiledCatalogue,
  type HouseholdFacts,
  type Outcome,
  type ProgramResult,
} from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { departmentByCode, departmentById } from '../department/department.service';

/**
 * Before/after evaluation of one household under two catalogues that differ only in some parameter
 * values, on one date. The "after" evaluation is skipped when no "before" result used a changed
 * parameter: evaluation is deterministic in the parameter values it reads, so it would give the same
 * results (this halves the work of a simulation over the whole ledger).
 */
export interface Verdict {
  outcome: Outcome;
  amountFen: number | null;
  /** The engine's result (members of MEMBER programs, trace). */
  result: ProgramResult;
}

export interface Comparison {
  before: Map<string, Verdict>;
  after: Map<string, Verdict>;
  /** False when the after-evaluation was skipped (same results). */
  evaluatedTwice: boolean;
}

export interface CompareSetup {
  before: CompiledCatalogue;
  after: CompiledCatalogue;
  date: string;
  programs: readonly string[];
  changed: ReadonlySet<string>;
}

export function compareSetup(
  before: Catalogue | CompiledCatalogue,
  after: Catalogue | CompiledCatalogue,
  date: string,
  programs: readonly string[],
  changed: Iterable<string>,
): CompareSetup {
  return { before: compileCatalogue(before), after: compileCatalogue(after), date, programs, changed: new Set(changed) };
}

const verdicts = (rs: readonly ProgramResult[]) => new Map(rs.map((r) => [r.programCode, { outcome: r.outcome, amountFen: r.estimatedMonthlyFen, result: r }]));

export function compareHousehold(facts: HouseholdFacts, s: CompareSetup): Comparison {
  if (!s.programs.length) return { before: new Map(), after: new Map(), evaluatedTwice: false };
  const b = evaluatePrograms(facts, s.before, { asOf: s.date, programs: s.programs });
  const touched = b.some((r) => r.parametersUsed.some((u) => s.changed.has(u.code)));
  const before = verdicts(b);
  if (!touched) return { before, after: before, evaluatedTwice: false };
  return { before, after: verdicts(evaluatePrograms(facts, s.after, { asOf: s.date, programs: s.programs })), evaluatedTwice: true };
}

export const outcomeName = (o: string) => OUTCOME_NAMES[o as Outcome] ?? o;

/** Most trace lines kept with a finding (the rest is summarised in one line). */
export const TRACE_MAX = 20;

/** Trace entries as display lines (full-width indent per depth, as the screening page shows them), at most `max`. */
export function traceText(entries: readonly { depth: number; text: string }[], max = TRACE_MAX): string[] {
  const all = entries.map((l) => `${'　'.repeat(l.depth)}${l.text}`);
  if (all.length <= max) return all;
  return [...all.slice(0, max - 1), `……（共 ${all.length} 行，其余 ${all.length - max + 1} 行从略）`];
}

/** The actor's department code, or null. */
export async function actorDepartment(ctx: RequestContext): Promise<{ id: string; code: string; name: string } | null> {
  if (!ctx.departmentId) return null;
  return departmentById(ctx, ctx.departmentId);
}

/**
 * Throws FORBIDDEN unless the actor's department owns `owner` (two unchanged); returns that department.
 * Inside `ctx.tx` it reads in the caller's transaction.
 */
export async function requireOwner(ctx: RequestContext, owner: string, what: string): Promise<{ id: string; code: string; name: string }> {
  const dept = await actorDepartment(ctx);
  if (dept?.code === owner) return dept;
  const o = await departmentByCode(ctx, owner);
  throw new AppError('FORBIDDEN', `只有${o?.name ?? owner}可以${what}（两不变）`);
}
