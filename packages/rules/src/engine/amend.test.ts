import { describe, expect, it } from 'vitest';
import { SEED_CATALOGUE } from '../catalogue';
import {
  AmendmentError,
  catalogueAsOf,
  describeProgramChanges,
  programAmendmentIssues,
  programAsOf,
  programHistory,
  withProgramAmendment,
  type ProgramAmendment,
} from './amend';
import { compileCatalogue } from './compile';

const base = { legalRef: '和安民发〔2026〕3号（演示）', reason: '简化办理材料', recordedBy: '张丽' };
const dibao = SEED_CATALOGUE.programs.find((p) => p.code === 'DIBAO')!;

function amend(a: Partial<ProgramAmendment> & { effectiveFrom: string }, cat = SEED_CATALOGUE, code = 'DIBAO') {
  return withProgramAmendment(cat, code, { ...base, ...a });
}

describe('program amendments (materials, time limits, 公示)', () => {
  it('applies an amendment from its date on; the day before keeps the seed', () => {
    const materials = [...dibao.materials.slice(0, 3), { name: '承诺书', required: true }];
    const cat = amend({ effectiveFrom: '2027-01-01', materials, steps: [{ code: 'INVESTIGATE', limit: { days: 5, kind: 'WORKING' } }] });
    expect(programAsOf(cat, 'DIBAO', '2026-12-31').materials).toEqual(dibao.materials);
    expect(programAsOf(cat, 'DIBAO', '2026-12-31').steps.find((s) => s.code === 'INVESTIGATE')!.limit).toEqual({ days: 3, kind: 'WORKING' });
    const next = programAsOf(cat, 'DIBAO', '2027-01-01');
    expect(next.materials.map((m) => m.name)).toEqual([...dibao.materials.slice(0, 3).map((m) => m.name), '承诺书']);
    expect(next.steps.find((s) => s.code === 'INVESTIGATE')!.limit).toEqual({ days: 5, kind: 'WORKING' });
    // Other steps and fields untouched.
    expect(next.steps.find((s) => s.code === 'APPROVE')).toEqual(dibao.steps.find((s) => s.code === 'APPROVE'));
    expect(next.totalLimit).toEqual(dibao.totalLimit);
    // The seed itself is never modified.
    expect(SEED_CATALOGUE.programs.find((p) => p.code === 'DIBAO')).toBe(dibao);
  });

  it('later amendments win field by field, in date order whatever the recording order', () => {
    let cat = amend({ effectiveFrom: '2027-06-01', totalLimit: { days: 20, kind: 'WORKING', extendableTo: 30 } });
    cat = amend({ effectiveFrom: '2027-01-01', totalLimit: { days: 25, kind: 'WORKING' }, publicity: { required: true, days: 5, kind: 'CALENDAR' } }, cat);
    cat = amend({ effectiveFrom: '2027-03-01', materials: [{ name: '申请书', required: true }] }, cat);
    expect(programAsOf(cat, 'DIBAO', '2027-02-01')).toMatchObject({
      totalLimit: { days: 25, kind: 'WORKING' },
      publicity: { required: true, days: 5, minors: 'MASKED' },
    });
    const june = programAsOf(cat, 'DIBAO', '2027-06-01');
    expect(june.totalLimit).toEqual({ days: 20, kind: 'WORKING', extendableTo: 30 });
    expect(june.publicity.days).toBe(5); // from January, not overwritten by June
    expect(june.materials).toEqual([{ name: '申请书', required: true }]); // from March
    // The 公示 step follows the 公示 period.
    expect(june.steps.find((s) => s.code === 'PUBLICITY')!.limit).toEqual({ days: 5, kind: 'CALENDAR' });
    // The history: seed, then the amendments by date with what each changed.
    const h = programHistory(cat, 'DIBAO');
    expect(h.map((v) => v.effectiveFrom)).toEqual([null, '2027-01-01', '2027-03-01', '2027-06-01']);
    expect(h[1].changes).toContain('办结时限：30 个工作日（可延长至 45 个工作日） → 25 个工作日');
    expect(h[1].changes).toContain('公示：公示 7 日 → 公示 5 日');
    expect(h[3].changes).toEqual(['办结时限：25 个工作日 → 20 个工作日（可延长至 30 个工作日）']);
  });

  it('null total limit removes it; a step can be set to 无时限', () => {
    const cat = amend({ effectiveFrom: '2027-01-01', totalLimit: null, steps: [{ code: 'REFUSAL_NOTICE', limit: null }] });
    const p = programAsOf(cat, 'DIBAO', '2027-01-01');
    expect(p.totalLimit).toBeNull();
    expect(p.steps.find((s) => s.code === 'REFUSAL_NOTICE')!.limit).toBeNull();
    expect(programHistory(cat, 'DIBAO')[1].changes).toEqual([
      '不予批准书面通知时限：3 个工作日 → 无时限',
      '办结时限：30 个工作日（可延长至 45 个工作日） → 无时限',
    ]);
  });

  it('catalogueAsOf dates every program and can be dated again; it still compiles', () => {
    const cat = amend({ effectiveFrom: '2027-01-01', publicity: { required: false } });
    expect(catalogueAsOf(cat, '2026-12-31').programs.find((p) => p.code === 'DIBAO')!.publicity.required).toBe(true);
    const jan = catalogueAsOf(cat, '2027-01-01');
    expect(jan.programs.find((p) => p.code === 'DIBAO')!.publicity).toEqual({ required: false, minors: 'MASKED', note: dibao.publicity.note });
    expect(jan.programs.find((p) => p.code === 'TEKUN')).toBe(SEED_CATALOGUE.programs.find((p) => p.code === 'TEKUN'));
    expect(catalogueAsOf(jan, '2026-06-01').programs.find((p) => p.code === 'DIBAO')!.publicity.required).toBe(true);
    expect(catalogueAsOf(SEED_CATALOGUE, '2030-01-01')).toBe(SEED_CATALOGUE);
    expect(() => compileCatalogue(jan)).not.toThrow();
  });

  it('validates with Chinese messages', () => {
    const issues = (a: Partial<ProgramAmendment>, code = 'DIBAO') =>
      programAmendmentIssues(SEED_CATALOGUE, code, { ...base, effectiveFrom: '2027-01-01', ...a });
    expect(issues({}, 'NOPE')).toEqual(['未知的救助事项：NOPE']);
    expect(issues({})).toContain('没有要修改的内容');
    expect(issues({ materials: [] })).toContain('材料清单不能为空');
    expect(issues({ materials: [{ name: ' ', required: true }] })).toContain('第 1 项材料缺少名称');
    expect(
      issues({
        materials: [
          { name: 'A', required: true },
          { name: 'A', required: false },
        ],
      }),
    ).toContain('材料“A”重复');
    expect(issues({ steps: [{ code: 'XX', limit: null }] })).toContain('最低生活保障没有办理环节 XX');
    expect(issues({ steps: [{ code: 'INVESTIGATE', limit: { days: 0, kind: 'WORKING' } }] })[0]).toMatch(/时限应为 1–365 的整数天数/);
    expect(issues({ steps: [{ code: 'INVESTIGATE', limit: { days: 400, kind: 'WORKING' } }] })[0]).toMatch(/1–365/);
    expect(issues({ totalLimit: { days: 30, kind: 'WORKING', extendableTo: 20 } })[0]).toMatch(/延长后的办结时限/);
    expect(issues({ publicity: { required: true } })[0]).toMatch(/公示期应为/);
    expect(issues({ effectiveFrom: '2027/01/01', materials: [{ name: 'A', required: true }] })).toContain('生效日期格式应为 YYYY-MM-DD');
    expect(issues({ legalRef: ' ', reason: '', materials: [{ name: 'A', required: true }] })).toEqual(['请填写依据（文件名称或文号）', '请说明修改理由']);
    // Same as what is in force: nothing to record.
    expect(issues({ steps: [{ code: 'INVESTIGATE', limit: { days: 3, kind: 'WORKING' } }] })).toEqual(['与生效日前一天的内容相同，无需修改']);
  });

  it('never rewrites history: a second amendment on the same date is refused', () => {
    const cat = amend({ effectiveFrom: '2027-01-01', publicity: { required: false } });
    expect(() => amend({ effectiveFrom: '2027-01-01', totalLimit: null }, cat)).toThrow(AmendmentError);
    expect(() => amend({ effectiveFrom: '2027-01-01', totalLimit: null }, cat)).toThrow(/已有一次修改，不能改写/);
    expect(programHistory(cat, 'DIBAO')).toHaveLength(2);
    expect(Object.isFrozen(cat.programAmendments!.DIBAO[0])).toBe(true);
  });

  it('describes material changes: added, removed, renamed, required', () => {
    const before = {
      ...dibao,
      materials: [
        { name: 'A', required: true },
        { name: 'B', required: true },
        { name: 'C', required: true },
      ],
    };
    const after = {
      ...dibao,
      materials: [
        { name: 'A', required: false, when: '有时' },
        { name: 'B2', required: true },
        { name: 'D', required: true },
      ],
    };
    expect(describeProgramChanges(before, after)).toEqual(['材料“B”改为“B2”', '材料“C”改为“D”', '材料“A”：A → A（如有）（有时）']);
    const after2 = {
      ...dibao,
      materials: [
        { name: 'A', required: true },
        { name: 'C', required: true },
        { name: 'E', required: true },
        { name: 'F', required: true },
      ],
    };
    expect(describeProgramChanges(before, after2)).toEqual(['删除材料：B', '新增材料：E', '新增材料：F']);
  });
});
