/** The seed catalogue (national defaults and demo values), compiled and validated at load. */
import { compileCatalogue, type CompiledCatalogue } from '../engine/compile';
import type { Catalogue } from '../engine/program';
import { CONDITIONS } from './conditions';
import { EXCLUSIONS, EXTERNAL_PROGRAMS } from './exclusions';
import { PARAMETERS, PROGRAMS } from './programs';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as object)) deepFreeze(v);
  }
  return o;
}

export const SEED_CATALOGUE: Catalogue = /*#__PURE__*/ deepFreeze({
  programs: PROGRAMS,
  parameters: PARAMETERS,
  conditions: CONDITIONS,
  exclusions: EXCLUSIONS,
  externalPrograms: EXTERNAL_PROGRAMS,
});

/** Compiled (and validated) once at load; evaluation with SEED_CATALOGUE reuses it. */
export const SEED_COMPILED: CompiledCatalogue = /*#__PURE__*/ compileCatalogue(SEED_CATALOGUE);

export { CONDITIONS as SEED_CONDITIONS, EXCLUSIONS as SEED_EXCLUSIONS, EXTERNAL_PROGRAMS, PARAMETERS as SEED_PARAMETERS, PROGRAMS as SEED_PROGRAMS };
