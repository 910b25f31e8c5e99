import { compileCatalogue, type CompiledCatalogue } from './compile';
import { HouseholdCtx, type IncomeParts } from './derive';
import { accessFor } from './evaluate';
import type { HouseholdFacts } from './facts';
import { isIsoDate } from './parameters';
import type { Catalogue } from './program';

/**
 * The means-test figures of one household at a date, computed by the engine's own derivations (the
 * same code the conditions use): counted members, the income month's income by category with the
 * excluded categories and the deduction, per-capita income, financial assets, vehicles, homes,
 * business capital — each `null` when unknown, with the missing inputs and the explanation lines.
 * For reports (统一核查) that must show the figures, not only the outcomes; no arithmetic elsewhere.
 */
export interface HouseholdFigures {
  asOf: string;
  /** 'YYYY-MM' of the income month (the month before `asOf`). */
  incomeMonth: string;
  memberCount: number;
  countedMembers: number | null;
  monthlyIncomeFen: number | null;
  perCapitaIncomeFen: number | null;
  income: IncomeParts | null;
  financialAssetsFen: number | null;
  financialAssetsPerCapitaFen: number | null;
  nonExemptVehicles: number | null;
  homeCount: number | null;
  hasNonResidentialProperty: boolean | null;
  businessCapitalFen: number | null;
  /** Chinese names of the inputs whose absence leaves a figure unknown. */
  missing: string[];
  /** The engine's explanation lines (计入家庭成员 …, 家庭月收入 …, 机动车辆 …). */
  lines: string[];
}

export function householdFigures(facts: HouseholdFacts, catalogue: Catalogue | CompiledCatalogue, asOf: string): HouseholdFigures {
  if (!isIsoDate(asOf)) throw new Error(`householdFigures: invalid date ${asOf}`);
  const cc = compileCatalogue(catalogue);
  const pv = cc.resolve(asOf);
  const access = accessFor(cc, pv);
  const h = new HouseholdCtx(facts, asOf, access.value, access.name);
  const missing = new Set<string>();
  const lines: string[] = [];
  const take = <T>(d: { v: T | undefined; missing: { name: string }[]; lines: { text: string }[] }): T | null => {
    for (const m of d.missing) missing.add(m.name);
    for (const l of d.lines) if (!lines.includes(l.text)) lines.push(l.text);
    return d.v === undefined ? null : d.v;
  };
  const counted = take(h.counted());
  const perCapita = take(h.perCapitaIncome());
  const monthly = take(h.monthlyIncome());
  const countedMembers = h.members.filter((m) => m.counted().v === true);
  const income = h.incomeOf(countedMembers).parts ?? null;
  return {
    asOf,
    incomeMonth: h.incomeMonth,
    memberCount: h.living.length,
    countedMembers: counted,
    monthlyIncomeFen: monthly,
    perCapitaIncomeFen: perCapita,
    income: monthly === null ? null : income,
    financialAssetsFen: take(h.financialAssets()),
    financialAssetsPerCapitaFen: take(h.financialAssetsPerCapita()),
    nonExemptVehicles: take(h.nonExemptVehicles()),
    homeCount: take(h.homeCount()),
    hasNonResidentialProperty: take(h.nonResidential()),
    businessCapitalFen: take(h.businessCapital()),
    missing: [...missing],
    lines,
  };
}
