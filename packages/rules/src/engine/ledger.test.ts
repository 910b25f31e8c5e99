import { describe, expect, it } from 'vitest';
import { SEED_CATALOGUE } from '../catalogue';
import { evaluatePrograms, factsFromLedger, legalSupportOf } from './index';

describe('factsFromLedger', () => {
  const rows = {
    household: { residenceType: 'RURAL', areaCode: '500101101201' },
    persons: [
      {
        personId: 'p1',
        name: '刘*',
        relation: 'HEAD',
        birthDate: '1948-02-03',
        sex: 'M',
        labourCapacity: 'NONE',
        disabilityType: null,
        disabilityGrade: null,
        seriousIllness: null,
        schoolStatus: null,
        employmentStatus: null,
        statuses: [],
        deathDate: null,
      },
    ],
    incomes: [{ personId: 'p1', category: 'PENSION_BASIC', month: '2026-05-01', amountFen: '18000' }],
    assets: [
      { personId: 'p1', kind: 'VEHICLE', valueFen: '300000', detail: { type: 'e-bike' } },
      { personId: 'p1', kind: 'PROPERTY', valueFen: '9000000', detail: { areaM2: 60, count: 1 } },
    ],
    benefits: [{ personId: null, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: '47000' }],
  };

  it('maps columns, detail JSON and bigint strings; ledger nulls mean none or unknown as documented', () => {
    const f = factsFromLedger(rows, { applicationDate: '2026-06-15', legalSupport: 'NONE' });
    expect(f.members[0]).toMatchObject({
      name: '刘*',
      labourCapacity: 'NONE',
      employmentStatus: undefined,
      disabilityType: null,
      incomes: [{ category: 'PENSION_BASIC', month: '2026-05-01', amountFen: 18000 }],
    });
    expect(f.assets).toEqual([
      { kind: 'VEHICLE', valueFen: 300000, personId: 'p1', vehicleType: 'e-bike', count: null, areaM2: null, nonResidential: null, capitalFen: null },
      { kind: 'PROPERTY', valueFen: 9000000, personId: 'p1', vehicleType: null, count: 1, areaM2: 60, nonResidential: false, capitalFen: null },
    ]);
    expect(f.benefits).toEqual([{ programCode: 'DIBAO', status: 'ACTIVE', personId: null, monthlyAmountFen: 47000 }]);
    const byCode = Object.fromEntries(evaluatePrograms(f, SEED_CATALOGUE).map((r) => [r.programCode, r.outcome]));
    expect(byCode).toMatchObject({ TEKUN: 'ELIGIBLE', DIBAO: 'EXCLUDED', ELDER: 'INELIGIBLE', POWER: 'ELIGIBLE' });
  });

  it('unrecorded incomes or assets stay unknown', () => {
    const f = factsFromLedger(rows, { applicationDate: '2026-06-15', incomesRecorded: false, assetsRecorded: false });
    expect(f.members[0].incomes).toBeUndefined();
    expect(f.assets).toBeUndefined();
    expect(evaluatePrograms(f, SEED_CATALOGUE, { programs: ['DIBAO'] })[0].missingFacts).toEqual(['收入情况（成员 刘*（户主））', '财产情况']);
  });

  it('legal support per member from the supporter rows; TEKUN decides once they are recorded', () => {
    const tekun = (extra: Partial<typeof rows & { supporters: { personId: string; ability: string }[]; noLegalSupporterConfirmed: boolean | null }>) => {
      const f = factsFromLedger({ ...rows, benefits: [], ...extra }, { applicationDate: '2026-06-15' });
      return { f, r: evaluatePrograms(f, SEED_CATALOGUE, { programs: ['TEKUN'] })[0] };
    };
    const unknown = tekun({});
    expect(unknown.f.members[0].legalSupport).toBeUndefined();
    expect(unknown.r.outcome).toBe('INSUFFICIENT');
    expect(unknown.r.missingFacts).toEqual(['法定赡养、抚养、扶养义务人情况（成员 刘*（户主））']);
    expect(tekun({ supporters: [], noLegalSupporterConfirmed: null }).r.outcome).toBe('INSUFFICIENT');
    expect(tekun({ supporters: [{ personId: 'p1', ability: 'UNKNOWN' }] }).r.outcome).toBe('INSUFFICIENT');
    const unable = tekun({ supporters: [{ personId: 'p1', ability: 'UNABLE' }] });
    expect(unable.f.members[0].legalSupport).toBe('UNABLE');
    expect(unable.r.outcome).toBe('ELIGIBLE');
    expect(tekun({ supporters: [], noLegalSupporterConfirmed: true }).r.outcome).toBe('ELIGIBLE');
    expect(
      tekun({
        supporters: [
          { personId: 'p1', ability: 'UNABLE' },
          { personId: 'p1', ability: 'ABLE' },
        ],
      }).r.outcome,
    ).toBe('INELIGIBLE');
    // Another member's supporter does not count for this one.
    expect(tekun({ supporters: [{ personId: 'p2', ability: 'ABLE' }], noLegalSupporterConfirmed: true }).f.members[0].legalSupport).toBe('NONE');
  });
});

describe('legalSupportOf', () => {
  const s = (ability: string, personId = 'p1') => ({ personId, ability });
  it('any ABLE → ABLE; only UNABLE → UNABLE; none + confirmed → NONE; else unknown', () => {
    expect(legalSupportOf([s('UNABLE'), s('ABLE'), s('UNKNOWN')], null, 'p1')).toBe('ABLE');
    expect(legalSupportOf([s('UNABLE'), s('UNABLE')], null, 'p1')).toBe('UNABLE');
    expect(legalSupportOf([s('UNABLE'), s('UNKNOWN')], true, 'p1')).toBeUndefined();
    expect(legalSupportOf([s('UNKNOWN')], null, 'p1')).toBeUndefined();
    expect(legalSupportOf([], true, 'p1')).toBe('NONE');
    expect(legalSupportOf([s('ABLE', 'p2')], true, 'p1')).toBe('NONE');
    expect(legalSupportOf([], false, 'p1')).toBeUndefined();
    expect(legalSupportOf([], null, 'p1')).toBeUndefined();
  });
});
