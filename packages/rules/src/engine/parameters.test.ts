import { describe, expect, it } from 'vitest';
import { SEED_CATALOGUE } from '../catalogue';
import { evaluatePrograms, parameterOwner, withParameterVersion } from './index';
import { addParameterVersion, defineParameter, isIsoDate, parameterIssues, valueAt, type Parameter } from './parameters';
import { householdFacts, memberFacts } from './testing';

const std = (): Parameter =>
  defineParameter({
    code: 'DIBAO.standard.URBAN',
    name: '低保标准',
    qualifier: '城市',
    unit: 'fen',
    program: 'DIBAO',
    versions: [
      { effectiveFrom: '2025-01-01', value: 76000, legalRef: '社会救助暂行办法第十条', note: '演示值' },
      { effectiveFrom: '2026-01-01', value: 80000, legalRef: '社会救助暂行办法第十条', note: '演示值' },
    ],
  });

describe('valueAt', () => {
  it('picks the latest version with effectiveFrom ≤ date', () => {
    const p = std();
    expect(valueAt(p, '2024-12-31')).toBeUndefined();
    expect(valueAt(p, '2025-01-01')!.value).toBe(76000);
    expect(valueAt(p, '2025-12-31')!.value).toBe(76000);
    expect(valueAt(p, '2026-01-01')!.value).toBe(80000);
    expect(valueAt(p, '2030-06-01')!.value).toBe(80000);
  });
});

describe('addParameterVersion', () => {
  it('returns a new parameter; older versions and the old parameter are unchanged and frozen', () => {
    const p = std();
    const next = addParameterVersion(p, {
      effectiveFrom: '2026-12-01',
      value: 85000,
      legalRef: '区政府通知（演示）',
      recordedBy: 'minzheng01',
      reason: '年度调标',
    });
    expect(p.versions).toHaveLength(2);
    expect(next.versions.map((v) => v.effectiveFrom)).toEqual(['2025-01-01', '2026-01-01', '2026-12-01']);
    expect(next.versions[0]).toBe(p.versions[0]);
    expect(Object.isFrozen(next.versions[2])).toBe(true);
    expect(() => ((p.versions[0] as { value: number }).value = 1)).toThrow();
    expect(valueAt(next, '2026-11-30')!.value).toBe(80000);
    expect(valueAt(next, '2026-12-01')!.value).toBe(85000);
  });

  it('never rewrites a version: the same date is refused; a back-dated version is inserted in order', () => {
    const p = std();
    expect(() => addParameterVersion(p, { effectiveFrom: '2026-01-01', value: 1, legalRef: 'x' })).toThrow('不能改写历史版本');
    const back = addParameterVersion(p, { effectiveFrom: '2024-01-01', value: 70000, legalRef: 'x' });
    expect(back.versions.map((v) => v.effectiveFrom)).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
  });

  it('validates definitions', () => {
    expect(
      parameterIssues({
        code: 'bad code',
        name: '',
        unit: 'fen',
        program: 'DIBAO',
        versions: [{ effectiveFrom: '2026-13-01', value: [] as string[], legalRef: '' }],
      }),
    ).toEqual([
      '参数代码格式无效：bad code',
      '参数 bad code 不属于事项 DIBAO',
      '参数 bad code 缺少中文名称',
      '参数 bad code 生效日期无效：2026-13-01',
      '参数 bad code 2026-13-01 版本缺少法规依据',
      '参数 bad code 2026-13-01 版本的取值类型与单位不符',
    ]);
  });
});

describe('evaluation uses the version in force on the reference date', () => {
  const cat = withParameterVersion(SEED_CATALOGUE, 'DIBAO.standard.URBAN', {
    effectiveFrom: '2026-12-01',
    value: 85000,
    legalRef: '区政府关于调整城乡低保标准的通知（演示）',
    note: '演示值',
  });
  const f = householdFacts({
    members: [
      memberFacts({
        personId: 'p1',
        incomes: [
          { category: 'BUSINESS', month: '2026-10-01', amountFen: 82000 },
          { category: 'BUSINESS', month: '2026-11-01', amountFen: 82000 },
        ],
      }),
    ],
  });
  const dibao = (asOf: string) => evaluatePrograms(f, cat, { programs: ['DIBAO'], asOf })[0];

  it('2026-11-30 → old standard 800 元; 2026-12-01 → new standard 850 元', () => {
    const before = dibao('2026-11-30');
    expect(before.outcome).toBe('INELIGIBLE');
    expect(before.parametersUsed.find((p) => p.code === 'DIBAO.standard.URBAN')).toMatchObject({ value: 80000, effectiveFrom: '2026-01-01' });
    expect(before.trace[1].text).toBe('家庭人均月收入 820.00 元 < 低保标准 800.00 元（城市）：不满足');
    const after = dibao('2026-12-01');
    expect(after.outcome).toBe('ELIGIBLE');
    expect(after.parametersUsed.find((p) => p.code === 'DIBAO.standard.URBAN')).toMatchObject({
      value: 85000,
      effectiveFrom: '2026-12-01',
      legalRef: '区政府关于调整城乡低保标准的通知（演示）',
    });
    expect(after.estimatedMonthlyFen).toBe(3000);
  });

  it('the seed catalogue is untouched, and only the owning department may edit', () => {
    expect(SEED_CATALOGUE.parameters.find((p) => p.code === 'DIBAO.standard.URBAN')!.versions).toHaveLength(2);
    expect(evaluatePrograms(f, SEED_CATALOGUE, { programs: ['DIBAO'], asOf: '2026-12-01' })[0].outcome).toBe('INELIGIBLE');
    expect(parameterOwner(cat, 'DIBAO.standard.URBAN')).toBe('MINZHENG');
    expect(parameterOwner(cat, 'POWER.free_kwh')).toBe('FAGAI');
    expect(parameterOwner(cat, 'NOPE.x')).toBeNull();
    expect(() => withParameterVersion(cat, 'NOPE.x', { effectiveFrom: '2026-01-01', value: 1, legalRef: 'x' })).toThrow('未知的参数');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', '0000-01-01', '2026-1-1', '20260101', 2026]) expect(isIsoDate(bad), String(bad)).toBe(false);
  });
});
