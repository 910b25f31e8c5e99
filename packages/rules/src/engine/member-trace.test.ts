import { describe, expect, it } from 'vitest';
import { SEED_CATALOGUE } from '../catalogue';
import { evaluatePrograms, memberTrace } from './evaluate';
import { householdFacts, mayIncome, memberFacts } from './testing';

/** memberTrace: one member's lines of a MEMBER program's shared trace (the evidence of a per-person 漏救 finding). */
describe('memberTrace', () => {
  const f = householdFacts({
    members: [
      memberFacts({ personId: 'a', disabilityType: 'PHYSICAL', disabilityGrade: 2 }),
      memberFacts({ personId: 'b', relation: 'SPOUSE', disabilityType: 'VISUAL', disabilityGrade: 4 }),
      memberFacts({ personId: 'c', relation: 'SON', birthDate: '2000-01-01' }),
    ],
    benefits: [{ programCode: 'DIBAO', status: 'ACTIVE', personId: null }],
  });
  const living = evaluatePrograms(f, SEED_CATALOGUE, { programs: ['DISAB_LIVING'] })[0];

  it('gives the household part and that member only, in Chinese', () => {
    expect(living.members!.map((m) => m.outcome)).toEqual(['ELIGIBLE', 'ELIGIBLE', 'INELIGIBLE']);
    const b = memberTrace(living, 'b').map((l) => l.text);
    expect(b[0]).toMatch(/本户为低保家庭/);
    expect(b.filter((t) => t.startsWith('成员 '))).toEqual([expect.stringMatching(/^成员 b.*：符合$/)]);
    expect(b.some((t) => t.includes('持有残疾人证'))).toBe(true);
    expect(b.some((t) => t.startsWith('估算月发放金额'))).toBe(true);
    const c = memberTrace(living, 'c').map((l) => l.text);
    expect(c.filter((t) => t.startsWith('成员 '))).toEqual([expect.stringMatching(/^成员 c.*：不符合$/)]);
    // Every line of the program's trace belongs to the household part or to exactly one member.
    const parts = ['a', 'b', 'c'].map((p) => memberTrace(living, p).length);
    const household = living.trace.length - living.members!.reduce((n, m) => n + (m.traceSpan![1] - m.traceSpan![0]), 0);
    expect(parts.reduce((x, y) => x + y, 0)).toBe(living.trace.length + 2 * household);
  });

  it('keeps exclusion notes with their member', () => {
    const g = { ...f, benefits: [...f.benefits!, { programCode: 'WORK_INJURY_CARE', status: 'ACTIVE', personId: 'a', monthlyAmountFen: 50000 }] };
    const care = evaluatePrograms(g, SEED_CATALOGUE, { programs: ['DISAB_CARE'] })[0];
    expect(care.members!.find((m) => m.personId === 'a')!.outcome).toBe('EXCLUDED');
    expect(memberTrace(care, 'a').at(-1)!.text).toMatch(/^因互斥排除：/);
    expect(memberTrace(care, 'b').some((l) => l.text.startsWith('因互斥排除'))).toBe(false);
  });

  it('a member not evaluated (household part failed) gets the household part; a HOUSEHOLD program its whole trace', () => {
    const rich = householdFacts({ members: [memberFacts({ personId: 'a', disabilityType: 'PHYSICAL', disabilityGrade: 2, incomes: [mayIncome(900000)] })] });
    const none = evaluatePrograms(rich, SEED_CATALOGUE, { programs: ['DISAB_LIVING', 'DIBAO'] });
    expect(none[0].members![0].traceSpan).toBeUndefined();
    expect(memberTrace(none[0], 'a').map((l) => l.text)).toEqual(none[0].trace.map((l) => l.text));
    expect(memberTrace(none[0], 'a')[0].text).toBe('本户为低保家庭：不满足');
    expect(memberTrace(none[1], 'a')).toBe(none[1].trace);
  });
});
