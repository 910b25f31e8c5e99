import { describe, expect, it } from 'vitest';
import { dayBefore, draftAmendment, formValuesOf, type ListedProgram } from './amend-form';

const dibao = {
  code: 'DIBAO',
  name: '最低生活保障',
  ownerCode: 'MINZHENG',
  materialItems: [
    { name: '申请书', required: true, when: null },
    { name: '残疾人证', required: false, when: '有残疾成员时' },
  ],
  stepItems: [
    { code: 'INVESTIGATE', name: '入户调查', limitDays: 3, limitKind: 'WORKING', clockPaused: false, note: null },
    { code: 'PUBLICITY', name: '公示', limitDays: 7, limitKind: 'CALENDAR', clockPaused: true, note: null },
  ],
  totalLimit: { days: 30, kind: 'WORKING', extendableTo: 45, text: '' },
  publicityRule: { required: true, days: 7, kind: 'CALENDAR', minors: 'MASKED' },
} as unknown as ListedProgram;

describe('amendment draft from the editor form', () => {
  it('unchanged form → nothing to save', () => {
    expect(draftAmendment(dibao, formValuesOf(dibao))).toEqual({ input: {}, changes: [] });
  });

  it('only the changed parts are sent, with the Chinese diff', () => {
    const v = formValuesOf(dibao);
    v.materials.push({ name: ' 承诺书 ', required: true, when: '' });
    v.steps.INVESTIGATE = { kind: 'WORKING', days: 5 };
    v.total = { enabled: false, kind: 'WORKING' };
    v.publicity = { required: true, days: 5, kind: 'CALENDAR' };
    const d = draftAmendment(dibao, v);
    expect(d.input).toEqual({
      materials: [
        { name: '申请书', required: true, when: null },
        { name: '残疾人证', required: false, when: '有残疾成员时' },
        { name: '承诺书', required: true, when: null },
      ],
      steps: [{ code: 'INVESTIGATE', days: 5, kind: 'WORKING' }],
      removeTotalLimit: true,
      publicity: { required: true, days: 5, kind: 'CALENDAR' },
    });
    expect(d.changes).toEqual([
      '新增材料：承诺书',
      '入户调查时限：3 个工作日 → 5 个工作日',
      '公示时限：7 日 → 5 日', // the 公示 step follows the 公示 period
      '办结时限：30 个工作日（可延长至 45 个工作日） → 无时限',
      '公示：公示 7 日 → 公示 5 日',
    ]);
  });

  it('a step set to 无时限', () => {
    const v = formValuesOf(dibao);
    v.steps.INVESTIGATE = { kind: 'NONE', days: null };
    expect(draftAmendment(dibao, v).input).toEqual({ steps: [{ code: 'INVESTIGATE', days: null, kind: null }] });
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });
});
