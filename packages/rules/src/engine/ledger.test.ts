import { describe, expect, it } from 'vitest';
import { SEED_CATALOGUE } from '../catalogue';
import { evaluatePrograms, factsFromLedger } from './index';

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
});
