import { describe, expect, it } from 'vitest';
import { addDays, dateOfDayNumber, dayNumber, isCalendarDate, isoWeekday, WorkCalendar, type DayOverride } from './calendar';

const H = (date: string, name: string): DayOverride => ({ date, kind: 'HOLIDAY', name });
const W = (date: string, name: string): DayOverride => ({ date, kind: 'WORKDAY', name });
const range = (from: string, to: string, name: string) => {
  const out: DayOverride[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(H(d, name));
  return out;
};

/** The State Council's 2026 arrangement (国务院办公厅通知, 2025-11-04), as seeded by the server. */
const CN_2026: DayOverride[] = [
  ...range('2026-01-01', '2026-01-03', '元旦'),
  W('2026-01-04', '元旦调休上班'),
  W('2026-02-14', '春节调休上班'),
  ...range('2026-02-15', '2026-02-23', '春节'),
  W('2026-02-28', '春节调休上班'),
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  W('2026-05-09', '劳动节调休上班'),
  ...range('2026-06-19', '2026-06-21', '端午节'),
  W('2026-09-20', '国庆节调休上班'),
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  W('2026-10-10', '国庆节调休上班'),
];

const cal = new WorkCalendar(CN_2026);
const plain = new WorkCalendar([]);

/** Reference implementation: one day at a time. */
function slowBetween(c: WorkCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (c.isWorkingDay(d)) n++;
  return n;
}
function slowAdd(c: WorkCalendar, start: string, n: number): string {
  let d = start;
  let left = Math.abs(n);
  const step = n > 0 ? 1 : -1;
  while (left > 0) {
    d = addDays(d, step);
    if (c.isWorkingDay(d)) left--;
  }
  return d;
}

describe('date arithmetic', () => {
  it('adds calendar days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-01', 365)).toBe('2027-03-01');
    expect(addDays('2000-02-29', 0)).toBe('2000-02-29');
    expect(cal.addCalendarDays('2026-09-30', 15)).toBe('2026-10-15');
  });

  it('round-trips day numbers and knows weekdays', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-01-01')).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
    for (let n = -719_000; n < 2_900_000; n += 997) expect(dayNumber(dateOfDayNumber(n))).toBe(n);
    expect(isoWeekday('2026-01-01')).toBe(4); // 周四
    expect(isoWeekday('2026-02-14')).toBe(6);
    expect(isoWeekday('2026-09-20')).toBe(7);
  });

  it('rejects dates that do not exist or are malformed', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-1', '20260101', '', '2026-02-30']) {
      expect(isCalendarDate(bad)).toBe(false);
      expect(() => addDays(bad, 1)).toThrow(RangeError);
    }
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => new WorkCalendar([{ date: '2026-02-30', kind: 'HOLIDAY', name: 'x' }])).toThrow(RangeError);
    expect(() => new WorkCalendar([{ date: '2026-02-03', kind: 'OFF' as never, name: 'x' }])).toThrow(RangeError);
  });
});

describe('WorkCalendar', () => {
  it('without overrides, Monday–Friday are working days', () => {
    expect(plain.isWorkingDay('2026-11-27')).toBe(true); // Fri
    expect(plain.isWorkingDay('2026-11-28')).toBe(false); // Sat
    expect(plain.isWorkingDay('2026-11-29')).toBe(false); // Sun
    expect(plain.addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(plain.addWorkingDays('2026-11-28', 1)).toBe('2026-11-30'); // from a Saturday
    expect(plain.addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
    expect(plain.addWorkingDays('2026-11-23', 10)).toBe('2026-12-07');
    expect(plain.workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1);
    expect(plain.workingDaysBetween('2026-11-28', '2026-11-29')).toBe(0);
    expect(plain.workingDaysBetween('2026-11-22', '2026-11-29')).toBe(5);
  });

  it('n = 0 returns the start even on a holiday; from == to counts nothing', () => {
    expect(cal.addWorkingDays('2026-02-17', 0)).toBe('2026-02-17');
    expect(cal.addWorkingDays('2026-11-28', 0)).toBe('2026-11-28');
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-05', '2026-03-02')).toBe(0);
  });

  it('2026 春节: nine days off 02-15..02-23, make-up workdays on Saturdays 02-14 and 02-28', () => {
    for (let d = '2026-02-15'; d <= '2026-02-23'; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-16', 1)).toBe('2026-02-24'); // from inside the holiday
    expect(cal.addWorkingDays('2026-02-27', 1)).toBe('2026-02-28');
    expect(cal.addWorkingDays('2026-02-27', 2)).toBe('2026-03-02');
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    // February 2026: 20 weekdays − 6 weekday holidays (16–20, 23) + 2 Saturdays = 16.
    expect(cal.workingDaysBetween('2026-01-31', '2026-02-28')).toBe(16);
    expect(cal.overrideOn('2026-02-17')).toEqual({ date: '2026-02-17', kind: 'HOLIDAY', name: '春节' });
    expect(cal.overrideOn('2026-03-02')).toBeUndefined();
  });

  it('中秋 and 国庆 with 调休 on Sunday 09-20 and Saturday 10-10', () => {
    expect(cal.isWorkingDay('2026-09-19')).toBe(false); // Sat
    expect(cal.isWorkingDay('2026-09-20')).toBe(true); // Sun, 调休
    expect(cal.addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
    expect(cal.addWorkingDays('2026-09-24', 1)).toBe('2026-09-28'); // Fri 25 is 中秋
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-10-09', 1)).toBe('2026-10-10');
    expect(cal.addWorkingDays('2026-10-10', 1)).toBe('2026-10-12');
    // 5 working days from 09-30 (the 协查函 limit) lands in the week after the holiday.
    expect(cal.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(plain.addWorkingDays('2026-09-30', 5)).toBe('2026-10-07');
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4); // 8, 9, 10, 12
  });

  it('crosses the year boundary (元旦 2026 with a Sunday make-up day)', () => {
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(cal.workingDaysBetween('2025-12-30', '2026-01-05')).toBe(3);
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-01'); // 2027 not entered: plain Friday
    expect(cal.hasYear(2026)).toBe(true);
    expect(cal.hasYear(2027)).toBe(false);
    expect(cal.hasYear(2025)).toBe(false);
  });

  it('counts back with negative n', () => {
    expect(cal.addWorkingDays('2026-02-24', -1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-03-02', -1)).toBe('2026-02-28');
    expect(cal.addWorkingDays('2026-02-22', -1)).toBe('2026-02-14'); // from inside the holiday
    expect(cal.addWorkingDays('2026-01-05', -1)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2026-01-05', -2)).toBe('2025-12-31');
  });

  it('later entries for the same date win; weekend holidays and weekday workdays change nothing', () => {
    const c = new WorkCalendar([H('2027-02-10', '春节'), W('2027-02-10', '改为上班'), H('2027-02-13', '周六放假'), W('2027-02-12', '周五上班')]);
    expect(c.isWorkingDay('2027-02-10')).toBe(true);
    expect(c.overrides.map((o) => o.date)).toEqual(['2027-02-10', '2027-02-12', '2027-02-13']);
    expect(c.workingDaysBetween('2027-02-07', '2027-02-14')).toBe(5);
    expect(c.hasYear(2027)).toBe(true);
  });

  it('agrees with a day-by-day count everywhere (2025–2027, long spans, both directions)', () => {
    const start = dayNumber('2025-11-01');
    for (let i = 0; i < 400; i += 3) {
      const from = dateOfDayNumber(start + i);
      for (const span of [0, 1, 2, 6, 7, 13, 31, 200]) {
        expect(cal.workingDaysBetween(from, addDays(from, span))).toBe(slowBetween(cal, from, addDays(from, span)));
      }
      for (const n of [1, 2, 3, 5, 10, 20, 45, -1, -3, -10]) expect(cal.addWorkingDays(from, n)).toBe(slowAdd(cal, from, n));
    }
    expect(cal.workingDaysBetween('2016-01-01', '2036-01-01')).toBe(slowBetween(cal, '2016-01-01', '2036-01-01'));
    expect(cal.addWorkingDays('2020-06-01', 2500)).toBe(slowAdd(cal, '2020-06-01', 2500));
  });

  it('is fast: 200,000 clock computations well under a second', () => {
    const t0 = Date.now();
    let x = 0;
    for (let i = 0; i < 100_000; i++) {
      const d = dateOfDayNumber(20_000 + (i % 800));
      x += cal.workingDaysBetween(d, '2027-06-30');
      x += cal.addWorkingDays(d, 30).length;
    }
    expect(x).toBeGreaterThan(0);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
