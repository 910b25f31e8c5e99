import { describe, expect, it } from 'vitest';
import { SEED_CATALOGUE } from '../catalogue';
import { householdFigures } from './figures';
import type { HouseholdFacts } from './facts';

const base = (incomes: Array<{ category: string; month: string; amountFen: number }>): HouseholdFacts => ({
  residenceType: 'RURAL',
  areaCode: '500199101201',
  applicationDate: '2026-12-06',
  assets: [],
  benefits: [],
  members: [
    { personId: 'a', relation: 'HEAD', birthDate: '1970-01-01', statuses: [], incomes },
    { personId: 'b', relation: 'SPOUSE', birthDate: '1972-01-01', statuses: [], incomes: [] },
  ],
});

describe('householdFigures', () => {
  it('counts farming income as the average of the 12 months up to the income month', () => {
    const f = householdFigures(
      base([
        { category: 'FARMING', month: '2026-09-01', amountFen: 960000 }, // harvest
        { category: 'FARMING', month: '2025-12-01', amountFen: 240000 }, // first of the 12 months
        { category: 'FARMING', month: '2025-11-01', amountFen: 999999 }, // 13 months ago: outside
        { category: 'FARMING', month: '2026-12-01', amountFen: 999999 }, // after the income month: outside
        { category: 'WAGE', month: '2026-11-01', amountFen: 100000 },
        { category: 'EXCLUDED', month: '2026-11-01', amountFen: 30000 },
      ]),
      SEED_CATALOGUE,
      '2026-12-06',
    );
    expect(f.incomeMonth).toBe('2026-11');
    expect(f.income!.counted.FARMING).toBe(100000); // (9600 + 2400) ÷ 12 元
    expect(f.income!.counted.WAGE).toBe(100000);
    expect(f.income!.excluded.EXCLUDED).toBe(30000);
    expect(f.monthlyIncomeFen).toBe(200000 - f.income!.deductionFen);
    expect(f.income!.deductionFen).toBe(Math.round(100000 * f.income!.employmentCostRatio));
    expect(f.perCapitaIncomeFen).toBe(Math.floor(f.monthlyIncomeFen! / 2));
    expect(f.lines.join()).toContain('÷ 12');
  });

  it('is unknown (with the missing inputs) when incomes were never recorded', () => {
    const facts = base([]);
    facts.members[0].incomes = undefined;
    const f = householdFigures(facts, SEED_CATALOGUE, '2026-12-06');
    expect(f.monthlyIncomeFen).toBeNull();
    expect(f.missing.length).toBeGreaterThan(0);
  });
});
