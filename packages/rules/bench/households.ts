/**
 * Deterministic synthetic households for the P5 screening benchmark (演示数据): a seeded PRNG, realistic
 * mixes of ages, disabilities, special statuses, incomes of the month before, assets and benefits, and a
 * few unknown answers so every outcome (符合 / 不符合 / 信息不足 / 因互斥排除) occurs.
 */
import type { AssetFacts, BenefitFacts, HouseholdFacts, IncomeFacts, MemberFacts } from '../src/engine/facts';

/** mulberry32 */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;

export function generateHouseholds(n: number, seed = 20260615, applicationDate = '2026-06-15'): HouseholdFacts[] {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const year = Number(applicationDate.slice(0, 4));
  const birth = (age: number) => `${year - age - (chance(0.5) ? 1 : 0)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  const out: HouseholdFacts[] = [];
  for (let i = 0; i < n; i++) {
    const urban = chance(0.55);
    const low = chance(0.35);
    const size = pick([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6]);
    const members: MemberFacts[] = [];
    for (let k = 0; k < size; k++) {
      const relation = k === 0 ? 'HEAD' : k === 1 && size > 1 && chance(0.8) ? 'SPOUSE' : pick(['SON', 'DAUGHTER', 'FATHER', 'MOTHER', 'GRANDCHILD']);
      const age =
        relation === 'HEAD' || relation === 'SPOUSE'
          ? int(22, 95)
          : relation === 'FATHER' || relation === 'MOTHER'
            ? int(60, 102)
            : relation === 'GRANDCHILD'
              ? int(0, 17)
              : int(0, 40);
      const disabled = chance(low ? 0.15 : 0.05);
      const statuses: string[] = [];
      if (chance(0.015)) statuses.push(pick(['PRISON', 'DRUG_REHAB', 'MILITARY', 'CLERGY', 'MISSING']));
      const dead = chance(age >= 80 ? 0.03 : 0.002);
      if (dead) statuses.push('DECEASED');
      const working = age >= 16 && age < 60 && !statuses.length;
      const employment =
        age < 16 ? 'NOT_WORKING_AGE' : age >= 60 ? (chance(0.4) ? 'RETIRED' : 'UNEMPLOYED') : pick(['EMPLOYED', 'FLEXIBLE', 'FARMING', 'UNEMPLOYED']);
      const incomes: IncomeFacts[] = [];
      if (working && employment !== 'UNEMPLOYED') {
        const base = low ? int(20_000, 140_000) : int(150_000, 900_000);
        for (const m of ['2026-03-01', '2026-04-01', '2026-05-01'])
          incomes.push({ category: employment === 'FARMING' ? 'BUSINESS' : 'WAGE', month: m, amountFen: base + int(-5000, 5000) });
      }
      if (age >= 60) incomes.push({ category: 'PENSION_BASIC', month: '2026-05-01', amountFen: int(12_000, 30_000) });
      if (chance(0.1)) incomes.push({ category: 'TRANSFER', month: '2026-05-01', amountFen: int(5_000, 60_000) });
      if (chance(0.05)) incomes.push({ category: 'EXCLUDED', month: '2026-05-01', amountFen: int(5_000, 60_000) });
      members.push({
        personId: `h${i}p${k}`,
        name: `成员${k + 1}`,
        relation,
        birthDate: chance(0.003) ? null : birth(age),
        sex: chance(0.5) ? 'M' : 'F',
        labourCapacity: age >= 16 && age < 60 ? (disabled ? pick(['PARTIAL', 'NONE']) : 'FULL') : 'NONE',
        disabilityType: disabled ? pick(['VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE']) : null,
        disabilityGrade: disabled ? int(1, 4) : null,
        seriousIllness: chance(0.04) ? '恶性肿瘤' : null,
        schoolStatus: age >= 6 && age < 18 ? pick(['PRIMARY', 'JUNIOR', 'SENIOR']) : age >= 18 && age < 23 && chance(0.4) ? 'COLLEGE' : null,
        employmentStatus: employment,
        statuses,
        deathDate: dead ? '2026-02-10' : null,
        incomes,
        legalSupport: chance(0.7) ? (size === 1 ? pick(['NONE', 'UNABLE', 'ABLE'] as const) : 'ABLE') : undefined,
        careLevel: age >= 60 ? pick(['SELF', 'PARTIAL', 'FULL'] as const) : undefined,
      });
    }
    const assets: AssetFacts[] = [];
    if (chance(0.8)) assets.push({ kind: 'PROPERTY', valueFen: int(10_000_000, 90_000_000), count: chance(0.85) ? 1 : 2, areaM2: int(30, 140) });
    if (chance(0.6)) assets.push({ kind: 'DEPOSIT', valueFen: low ? int(0, 1_500_000) : int(500_000, 20_000_000) });
    if (chance(low ? 0.02 : 0.3)) assets.push({ kind: 'VEHICLE', valueFen: int(3_000_000, 20_000_000), vehicleType: 'car' });
    if (chance(0.25)) assets.push({ kind: 'VEHICLE', valueFen: int(150_000, 400_000), vehicleType: pick(['e-bike', 'motorcycle']) });
    if (chance(low ? 0.005 : 0.05)) assets.push({ kind: 'BUSINESS', valueFen: int(1_000_000, 50_000_000) });
    const benefits: BenefitFacts[] = [];
    if (low) {
      const p = r();
      if (p < 0.1 && size === 1) benefits.push({ programCode: 'TEKUN', status: 'ACTIVE', personId: members[0].personId });
      else if (p < 0.5) benefits.push({ programCode: 'DIBAO', status: chance(0.95) ? 'ACTIVE' : 'PHASE_OUT', personId: null });
      else if (p < 0.6) benefits.push({ programCode: 'DIBAO_EDGE', status: 'ACTIVE', personId: null });
      else if (p < 0.65) benefits.push({ programCode: 'DIBAO', status: 'APPLYING', personId: null });
    }
    for (const m of members) {
      if (m.disabilityGrade && m.disabilityGrade <= 2 && chance(0.1))
        benefits.push({ programCode: 'WORK_INJURY_CARE', status: 'ACTIVE', personId: m.personId, monthlyAmountFen: int(5_000, 20_000) });
    }
    out.push({
      residenceType: urban ? 'URBAN' : 'RURAL',
      areaCode: `5001${pad(int(1, 56))}${int(100, 130)}${int(200, 260)}`,
      members,
      assets,
      benefits,
      applicationDate,
      housingDifficulty: chance(0.9) ? chance(0.15) : undefined,
      suddenHardship: chance(0.9) ? chance(0.03) : undefined,
      rigidSpendingFenLast12m: chance(0.8) ? int(0, 5_000_000) : undefined,
      unionMember: chance(0.9) ? chance(0.2) : undefined,
      disasterAffected: false,
      legalSupport: 'ABLE',
    });
  }
  return out;
}
