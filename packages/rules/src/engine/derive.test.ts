import { describe, expect, it } from 'vitest';
import { ageAt, previousMonth } from './derive';

describe('ageAt (周岁 at a date; the birthday counts)', () => {
  it('boundaries', () => {
    expect(ageAt('1966-06-15', '2026-06-15')).toBe(60);
    expect(ageAt('1966-06-16', '2026-06-15')).toBe(59);
    expect(ageAt('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageAt('2010-06-15', '2026-06-15')).toBe(16);
  });
  it('29 February births reach their age on 1 March in common years', () => {
    expect(ageAt('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageAt('2008-02-29', '2024-02-29')).toBe(16);
    expect(ageAt('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageAt('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageAt('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('previousMonth (the income month)', () => {
  it('wraps the year', () => {
    expect(previousMonth('2026-06-15')).toBe('2026-05');
    expect(previousMonth('2026-01-01')).toBe('2025-12');
    expect(previousMonth('2026-11-30')).toBe('2026-10');
  });
});
