import type { RequestContext } from '../../graphql/request-context';
import { catalogueInForce } from '../program/catalogue.service';
import { hasValidReport } from './verification.query';

/**
 * 互认 in the materials checklist (ADR 0023): a material the catalogue marks `coveredByReport` (income, asset
 * and hardship proofs) is covered while the household has a valid verification report — shown
 * 已由核查报告覆盖 and not required. The authorisation is never covered (the verification's prerequisite).
 */
export interface CoverableMaterial {
  programCode: string | null;
  name: string;
  required?: boolean;
  coveredByReport?: boolean;
}

/** Names of the covered materials per program code (null key: any program). */
export async function coveredMaterialNames(ctx: RequestContext): Promise<Map<string, Set<string>>> {
  const { catalogue } = await catalogueInForce(ctx);
  const out = new Map<string, Set<string>>();
  for (const p of catalogue.programs) {
    const names = new Set(p.materials.filter((m) => m.coveredByReport).map((m) => m.name));
    if (names.size) out.set(p.code, names);
  }
  return out;
}

export function isCoveredMaterial(covered: Map<string, Set<string>>, programCode: string | null, name: string): boolean {
  if (programCode) return covered.get(programCode)?.has(name) ?? false;
  for (const names of covered.values()) if (names.has(name)) return true;
  return false;
}

/** Sets `coveredByReport` (and `required` false when covered) on the household's materials, in place. */
export async function markCoveredMaterials<T extends CoverableMaterial>(ctx: RequestContext, householdId: string | null, materials: T[]): Promise<T[]> {
  for (const m of materials) m.coveredByReport = false;
  if (!householdId || !materials.length) return materials;
  const covered = await coveredMaterialNames(ctx);
  if (!materials.some((m) => isCoveredMaterial(covered, m.programCode, m.name))) return materials;
  if (!(await hasValidReport(ctx, householdId))) return materials;
  for (const m of materials) {
    if (isCoveredMaterial(covered, m.programCode, m.name)) {
      m.coveredByReport = true;
      m.required = false;
    }
  }
  return materials;
}
