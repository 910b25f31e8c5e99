import { SEED_CATALOGUE } from '../catalogue';
import type { CompiledCatalogue } from './compile';
import { evaluatePrograms, type ProgramResult } from './evaluate';
import type { HouseholdFacts } from './facts';
import type { Catalogue } from './program';

export interface ScreenOptions {
  /** Reference date; default the facts' application date. */
  asOf?: string;
  /** Catalogue to screen against; default the seed catalogue. */
  catalogue?: Catalogue | CompiledCatalogue;
}

/**
 * Screens one household (walk-in questionnaire, portal self-check, or ledger facts) against every
 * applicable program. Unknown answers come back as 信息不足 with the facts to ask next.
 */
export function screenFacts(facts: HouseholdFacts, opts: ScreenOptions = {}): ProgramResult[] {
  return evaluatePrograms(facts, opts.catalogue ?? SEED_CATALOGUE, { asOf: opts.asOf });
}
