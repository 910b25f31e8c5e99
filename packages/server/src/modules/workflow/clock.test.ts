import { SEED_CATALOGUE, WorkCalendar } from '@xiejiu/rules';
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_CN_2026 } from '../../seed/holidays-cn-2026';
import { closedOnTime, computeClock, pauseLength, referralLimit, storedDates, type ClockState } from './clock';

const cal = new WorkCalendar(HOLIDAYS_CN_2026.days);
const base: ClockState = { clockStart: '2026-09-21', limitDays: 10, extensionDays: 0, pausedWd: 0, pausedSince: null, closedOn: null };

describe('referral clocks on the 2026 holiday calendar', () => {
  it('counts working days across a weekend: Friday + 3 working days is Wednesday', () => {
    const v = computeClock(cal, { ...base, clockStart: '2026-11-27', limitDays: 3 }, '2026-11-27');
    expect(v.dueDate).toBe('2026-12-02');
    expect(v.elapsedDays).toBe(0);
    expect(v.level).toBe('NORMAL');
  });

  it('skips 中秋 and 国庆 holidays and counts the 调休 Saturday 2026-10-10', () => {
    // From Mon 2026-09-21: 22, 23, 24 (25–27 中秋), 28, 29, 30 (10-01..07 国庆), 10-08, 10-09, 10-10 (调休 Sat) → 10th working day 10-12? count:
    // 1:09-22 2:09-23 3:09-24 4:09-28 5:09-29 6:09-30 7:10-08 8:10-09 9:10-10 10:10-12
    const v = computeClock(cal, base, '2026-09-21');
    expect(v.dueDate).toBe('2026-10-12');
    expect(cal.isWorkingDay('2026-09-20')).toBe(true); // 调休 Sunday before
    expect(computeClock(cal, base, '2026-10-09').elapsedDays).toBe(8);
  });

  it('turns amber at 75% elapsed and red after the deadline, with overdue days', () => {
    // 75% of 10 → the 8th working day (10-09) is amber.
    expect(computeClock(cal, base, '2026-10-08').level).toBe('NORMAL');
    expect(computeClock(cal, base, '2026-10-09').level).toBe('AMBER');
    expect(computeClock(cal, base, '2026-10-12')).toMatchObject({ level: 'AMBER', remainingDays: 0 });
    const red = computeClock(cal, base, '2026-10-14');
    expect(red).toMatchObject({ level: 'RED', overdueDays: 2, remainingDays: 0 });
  });

  it('a holiday right after the deadline is already overdue (the deadline passed)', () => {
    const s = { ...base, clockStart: '2026-09-24', limitDays: 4 }; // 28, 29, 30, 10-08
    expect(computeClock(cal, s, '2026-09-24').dueDate).toBe('2026-10-08');
    expect(computeClock(cal, { ...s, limitDays: 3 }, '2026-10-02').level).toBe('RED');
  });

  it('pauses: 补正 from Tuesday to next Tuesday moves the deadline by 5 working days', () => {
    const start = { ...base, clockStart: '2026-11-02', limitDays: 10 };
    expect(computeClock(cal, start, '2026-11-02').dueDate).toBe('2026-11-16');
    const paused = { ...start, pausedSince: '2026-11-03' };
    const during = computeClock(cal, paused, '2026-11-06');
    expect(during).toMatchObject({ level: 'PAUSED', paused: true, elapsedDays: 1 });
    const gap = pauseLength(cal, '2026-11-03', '2026-11-10');
    expect(gap).toBe(5);
    const resumed = { ...start, pausedWd: gap };
    expect(computeClock(cal, resumed, '2026-11-10')).toMatchObject({ dueDate: '2026-11-23', elapsedDays: 1, level: 'NORMAL' });
    expect(storedDates(cal, resumed)).toEqual({ dueDate: '2026-11-23', warnDate: '2026-11-19' });
    expect(storedDates(cal, paused)).toEqual({ dueDate: null, warnDate: null });
  });

  it('extensions lengthen the limit; closed referrals report on-time or late', () => {
    const s = { ...base, clockStart: '2026-11-02', limitDays: 10, extensionDays: 5 };
    expect(computeClock(cal, s, '2026-11-02').dueDate).toBe('2026-11-23');
    expect(closedOnTime(cal, s, '2026-11-23')).toBe(true);
    expect(closedOnTime(cal, s, '2026-11-24')).toBe(false);
    expect(computeClock(cal, { ...s, closedOn: '2026-11-20' }, '2026-12-30').level).toBe('DONE');
  });

  it('derives each program limit from its total limit or its running steps', () => {
    const dibao = SEED_CATALOGUE.programs.find((p) => p.code === 'DIBAO')!;
    expect(referralLimit(dibao)).toMatchObject({ days: 30, extendableTo: 45 });
    const tekun = SEED_CATALOGUE.programs.find((p) => p.code === 'TEKUN')!;
    const l = referralLimit(tekun);
    expect(l.days).toBeGreaterThan(15);
    expect(l.basis).toMatch(/合计/);
    for (const p of SEED_CATALOGUE.programs.filter((x) => x.applicable)) expect(referralLimit(p).days).toBeGreaterThan(0);
  });
});
