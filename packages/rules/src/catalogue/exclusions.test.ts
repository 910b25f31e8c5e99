import { describe, expect, it } from 'vitest';
import { catalogueIssues, evaluatePrograms, type BenefitFacts, type Catalogue, type HouseholdFacts, type ProgramResult } from '../engine';
import { householdFacts, mayIncome, memberFacts } from '../engine/testing';
import { SEED_CATALOGUE } from '.';

const elder = (benefits: BenefitFacts[], over: Partial<HouseholdFacts> = {}) =>
  householdFacts({ members: [memberFacts({ personId: 'p1', birthDate: '1950-01-01' })], legalSupport: 'NONE', benefits, ...over });

function screen(f: HouseholdFacts, cat: Catalogue = SEED_CATALOGUE): Record<string, ProgramResult> {
  return Object.fromEntries(evaluatePrograms(f, cat).map((r) => [r.programCode, r]));
}

describe('exclusion matrix', () => {
  it('is data: every rule names its kind, scope, programs and legal reference', () => {
    for (const r of SEED_CATALOGUE.exclusions) {
      expect(['EXCLUSIVE', 'HIGHER_OF', 'PREFER']).toContain(r.kind);
      expect(['PERSON', 'HOUSEHOLD']).toContain(r.scope);
      expect(r.legalRef).toBeTruthy();
    }
    expect(SEED_CATALOGUE.exclusions.map((r) => r.code)).toEqual([
      'TEKUN_DIBAO',
      'DIBAO_EDGE_DIBAO',
      'TEKUN_DIBAO_EDGE',
      'ORPHAN_DISAB_LIVING',
      'DISAB_CARE_ELDER_CARE',
      'DISAB_CARE_WORK_INJURY',
      'ORPHAN_TEKUN',
    ]);
  });

  it('特困 ⟂ 低保: already receiving 特困 → 低保 因互斥排除', () => {
    const r = screen(elder([{ programCode: 'TEKUN', status: 'ACTIVE', personId: 'p1' }])).DIBAO;
    expect(r.outcome).toBe('EXCLUDED');
    expect(r.estimatedMonthlyFen).toBeNull();
    expect(r.excludedBy).toMatchObject({ programCode: 'TEKUN', rule: 'TEKUN_DIBAO' });
    expect(r.excludedBy!.reason).toBe('正在享受「特困人员救助供养」，特困供养与低保不得重复享受（优先享受「特困人员救助供养」）');
    expect(r.trace.at(-1)).toMatchObject({ status: 'NOT_MET', text: `因互斥排除：${r.excludedBy!.reason}` });
  });

  it('特困 ⟂ 低保: eligible for both → 特困 wins, 低保 excluded', () => {
    const all = screen(elder([]));
    expect(all.TEKUN.outcome).toBe('ELIGIBLE');
    expect(all.DIBAO.outcome).toBe('EXCLUDED');
    expect(all.DIBAO.excludedBy!.reason).toContain('符合「特困人员救助供养」条件');
    // Rules run in order on current outcomes: 低保 is already excluded, so 低保边缘 falls to 特困 (its own rule).
    expect(all.DIBAO_EDGE.outcome).toBe('EXCLUDED');
    expect(all.DIBAO_EDGE.excludedBy).toMatchObject({ programCode: 'TEKUN', rule: 'TEKUN_DIBAO_EDGE' });
  });

  it('pending exception: 低保 keeps paying while the 特困 application is pending', () => {
    const r = screen(
      elder([
        { programCode: 'DIBAO', status: 'ACTIVE', personId: null },
        { programCode: 'TEKUN', status: 'APPLYING', personId: 'p1' },
      ]),
    ).DIBAO;
    expect(r.outcome).toBe('ELIGIBLE');
    expect(r.notes).toEqual(['「特困人员救助供养」申请审批中：「特困人员救助供养」审批期间，「最低生活保障」照常享受，批准后再停发']);
    expect(r.trace.at(-1)!.text).toBe(`互斥规则：${r.notes[0]}`);
  });

  it('without an exception a pending program excludes (孤儿 pending → 生活补贴 keeps paying is the exception)', () => {
    const f = householdFacts({
      members: [
        memberFacts({
          personId: 'c',
          birthDate: '2016-03-01',
          disabilityType: 'PHYSICAL',
          disabilityGrade: 3,
          fatherStatus: 'DECEASED',
          motherStatus: 'DECEASED',
        }),
      ],
      benefits: [{ programCode: 'DIBAO', status: 'ACTIVE', personId: null }],
      legalSupport: 'ABLE',
    });
    expect(screen(f).ORPHAN.outcome).toBe('ELIGIBLE');
    expect(screen(f).DISAB_LIVING.outcome).toBe('EXCLUDED');
    const pending = screen({ ...f, benefits: [...f.benefits!, { programCode: 'ORPHAN', status: 'APPLYING', personId: 'c' }] });
    expect(pending.DISAB_LIVING.outcome).toBe('ELIGIBLE');
    expect(pending.DISAB_LIVING.notes[0]).toContain('审批期间');
  });

  it('低保边缘 ⟂ 低保 (household): 低保 wins', () => {
    const f = householdFacts({ members: [memberFacts({ personId: 'p1', incomes: [mayIncome(50000, 'BUSINESS')] })] });
    const r = screen(f);
    expect(r.DIBAO.outcome).toBe('ELIGIBLE');
    expect(r.DIBAO_EDGE.outcome).toBe('EXCLUDED');
    expect(r.DIBAO_EDGE.excludedBy!.programCode).toBe('DIBAO');
    // 低保 pending: 低保边缘 continues.
    const p = screen({
      ...f,
      benefits: [
        { programCode: 'DIBAO', status: 'APPLYING', personId: null },
        { programCode: 'DIBAO_EDGE', status: 'ACTIVE', personId: null },
      ],
    });
    expect(p.DIBAO_EDGE.outcome).toBe('ELIGIBLE');
  });

  it('two-person household with one 特困 member: 低保 stays for the household, with a note', () => {
    const f = householdFacts({
      members: [memberFacts({ personId: 'a', birthDate: '1950-01-01' }), memberFacts({ personId: 'b', relation: 'SON', birthDate: '1990-01-01' })],
      benefits: [{ programCode: 'TEKUN', status: 'ACTIVE', personId: 'a' }],
    });
    const r = screen(f).DIBAO;
    expect(r.outcome).toBe('ELIGIBLE');
    expect(r.notes[0]).toMatch(/^成员 a（户主）：正在享受「特困人员救助供养」.*其余成员不受影响/);
  });

  describe('两项补贴 vs 工伤保险生活护理费 / 老年人护理补贴: the higher one', () => {
    const f = (amount: number | null, programCode = 'WORK_INJURY_CARE') =>
      householdFacts({
        members: [memberFacts({ personId: 'p1', disabilityType: 'PHYSICAL', disabilityGrade: 1, incomes: [mayIncome(500000, 'BUSINESS')] })],
        benefits: [{ programCode, status: 'ACTIVE', personId: 'p1', monthlyAmountFen: amount }],
      });
    it('other allowance higher → 护理补贴 excluded', () => {
      const r = screen(f(20000)).DISAB_CARE;
      expect(r.outcome).toBe('EXCLUDED');
      expect(r.excludedBy!.reason).toBe(
        '正在享受「工伤保险生活护理费」（200.00 元），重度残疾人护理补贴与工伤保险生活护理费就高享受：按就高原则享受「工伤保险生活护理费」，本项 120.00 元 不再发放',
      );
    });
    it('equal → the one received wins', () => {
      expect(screen(f(12000)).DISAB_CARE.outcome).toBe('EXCLUDED');
    });
    it('护理补贴 higher → eligible, the other should stop', () => {
      const r = screen(f(11999, 'ELDER_CARE')).DISAB_CARE;
      expect(r.outcome).toBe('ELIGIBLE');
      expect(r.estimatedMonthlyFen).toBe(12000);
      expect(r.notes[0]).toContain('「经济困难老年人护理补贴」应停发');
    });
    it('unknown amount of the other allowance → 信息不足 naming it', () => {
      const r = screen(f(null)).DISAB_CARE;
      expect(r.outcome).toBe('INSUFFICIENT');
      expect(r.missingFacts).toEqual(['「工伤保险生活护理费」月发放金额']);
    });
  });

  describe('事实无人抚养儿童 / 孤儿 ⟂ 特困 (EXCLUSIVE)', () => {
    const child = (benefits: BenefitFacts[]) =>
      householdFacts({
        members: [memberFacts({ personId: 'c', birthDate: '2016-03-01', fatherStatus: 'PRISON', motherStatus: 'SEVERE_DISABILITY' })],
        legalSupport: 'NONE',
        benefits,
      });
    it('receiving 特困 → 孤儿保障 excluded', () => {
      const r = screen(child([{ programCode: 'TEKUN', status: 'ACTIVE', personId: 'c' }]));
      expect(r.ORPHAN.outcome).toBe('EXCLUDED');
      expect(r.ORPHAN.excludedBy!.programCode).toBe('TEKUN');
      expect(r.TEKUN.outcome).toBe('ELIGIBLE');
    });
    it('new to both → both eligible, each noted 择一', () => {
      const r = screen(child([]));
      expect(r.ORPHAN.outcome).toBe('ELIGIBLE');
      expect(r.TEKUN.outcome).toBe('ELIGIBLE');
      expect(r.ORPHAN.notes[0]).toContain('只能择一享受');
      expect(r.TEKUN.notes[0]).toContain('只能择一享受');
    });
    it('receiving 孤儿保障, 特困 pending → 孤儿保障 continues', () => {
      const r = screen(
        child([
          { programCode: 'ORPHAN', status: 'ACTIVE', personId: 'c' },
          { programCode: 'TEKUN', status: 'APPLYING', personId: 'c' },
        ]),
      );
      expect(r.ORPHAN.outcome).toBe('ELIGIBLE');
      expect(r.TEKUN.outcome).toBe('EXCLUDED');
    });
  });

  it('rules are validated at load time', () => {
    const bad: Catalogue = {
      ...SEED_CATALOGUE,
      exclusions: [
        {
          code: 'X',
          name: '测试',
          kind: 'HIGHER_OF',
          scope: 'PERSON',
          programs: ['MEDICAL', 'NOPE'],
          legalRef: '测试',
          exceptions: [{ otherStatus: 'PENDING', reason: '' }],
        },
      ],
    };
    expect(catalogueIssues(bad)).toEqual([
      '互斥规则 X: 就高规则需要事项 MEDICAL 有金额公式',
      '互斥规则 X: 未知事项 NOPE',
      '互斥规则 X: 例外中的未知待遇状态 PENDING',
      '互斥规则 X: 例外缺少说明',
    ]);
  });
});
