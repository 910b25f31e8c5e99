import { describe, expect, it } from 'vitest';
import { SEED_CATALOGUE } from '../catalogue';
import { evaluatePrograms } from './evaluate';
import { affectedPrograms, parameterValueIssue, withParameterValueAt } from './impact';
import { valueAt } from './parameters';

describe('parameter impact', () => {
  it('finds programs touched directly, through derived facts, dependencies and exclusions', () => {
    const std = affectedPrograms(SEED_CATALOGUE, ['DIBAO.standard.RURAL']);
    expect(std).toContain('DIBAO');
    expect(std).toContain('DIBAO_EDGE'); // 1.5 × standard, and excluded by 低保
    expect(std).not.toContain('ELDER');
    // A means-test parameter reaches every program reading per-capita income.
    const cost = affectedPrograms(SEED_CATALOGUE, ['DIBAO.employment_cost_ratio']);
    expect(cost).toEqual(expect.arrayContaining(['DIBAO', 'DIBAO_EDGE']));
    expect(affectedPrograms(SEED_CATALOGUE, ['ELDER.amount_80'])).toContain('ELDER');
  });

  it('puts a value in force on a date without touching earlier versions', () => {
    const cat = withParameterValueAt(SEED_CATALOGUE, 'DIBAO.standard.RURAL', '2026-12-01', 70000);
    const p = cat.parameters.find((x) => x.code === 'DIBAO.standard.RURAL')!;
    expect(valueAt(p, '2026-11-30')!.value).toBe(65000);
    expect(valueAt(p, '2026-12-01')!.value).toBe(70000);
    const facts = {
      residenceType: 'RURAL' as const,
      areaCode: '500199101201',
      applicationDate: '2026-12-01',
      assets: [],
      benefits: [],
      members: [
        {
          personId: 'a',
          relation: 'HEAD',
          birthDate: '1980-01-01',
          sex: 'M' as const,
          statuses: [],
          deathDate: null,
          labourCapacity: 'FULL',
          employmentStatus: 'EMPLOYED',
          disabilityType: null,
          disabilityGrade: null,
          seriousIllness: null,
          schoolStatus: null,
          incomes: [{ category: 'WAGE', month: '2026-11', amountFen: 75000 }],
        },
      ],
    };
    const [before] = evaluatePrograms(facts, SEED_CATALOGUE, { programs: ['DIBAO'] });
    const [after] = evaluatePrograms(facts, cat, { programs: ['DIBAO'] });
    expect(before.outcome).toBe('INELIGIBLE');
    expect(after).toMatchObject({ outcome: 'ELIGIBLE', estimatedMonthlyFen: 2500 });
  });

  it('checks proposed values against the unit', () => {
    expect(parameterValueIssue(SEED_CATALOGUE, 'DIBAO.standard.RURAL', 70000)).toBeNull();
    expect(parameterValueIssue(SEED_CATALOGUE, 'DIBAO.standard.RURAL', 700.5)).toMatch(/整数/);
    expect(parameterValueIssue(SEED_CATALOGUE, 'DIBAO.standard.RURAL', ['x'])).toMatch(/数值/);
    expect(parameterValueIssue(SEED_CATALOGUE, 'DIBAO.excluded_income_categories', ['NOPE'])).toMatch(/未知代码/);
    expect(parameterValueIssue(SEED_CATALOGUE, 'NOPE.x', 1)).toMatch(/未知的参数/);
  });
});
