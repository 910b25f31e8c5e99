/**
 * Builders of complete facts for tests and previews: every fact known, nothing received, no income.
 * Override only what a case is about.
 */
import type { HouseholdFacts, MemberFacts } from './facts';

export function memberFacts(over: Partial<MemberFacts> & { personId: string }): MemberFacts {
  return {
    relation: 'HEAD',
    birthDate: '1980-01-01',
    sex: 'M',
    labourCapacity: 'FULL',
    disabilityType: null,
    disabilityGrade: null,
    seriousIllness: null,
    schoolStatus: null,
    employmentStatus: 'UNEMPLOYED',
    statuses: [],
    deathDate: null,
    incomes: [],
    ...over,
  };
}

export function householdFacts(over: Partial<HouseholdFacts> = {}): HouseholdFacts {
  return {
    residenceType: 'URBAN',
    areaCode: '500101001001',
    members: [memberFacts({ personId: 'p1' })],
    assets: [],
    benefits: [],
    applicationDate: '2026-06-15',
    housingDifficulty: false,
    suddenHardship: false,
    rigidSpendingFenLast12m: 0,
    unionMember: false,
    disasterAffected: false,
    legalSupport: 'ABLE',
    ...over,
  };
}

/** Income rows of the month before 2026-06-15 (May 2026). */
export function mayIncome(amountFen: number, category = 'WAGE'): { category: string; month: string; amountFen: number } {
  return { category, month: '2026-05-01', amountFen };
}
