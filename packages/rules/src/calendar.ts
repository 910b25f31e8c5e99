/**
 * Working-day calendar (节假日与调休) for the statutory clocks: Monday–Friday are working days
 * unless the State Council's arrangement makes one a holiday (法定节假日); a Saturday or Sunday is
 * a working day only when the arrangement makes it a make-up workday (调休上班).
 *
 * Dates are civil dates 'YYYY-MM-DD' with no time zone. Internally a date is a day number
 * (days since 1970-01-01, proleptic Gregorian) computed arithmetically, never through `Date`
 * in local time. Every query is O(1) or O(log overrides): working days are counted with a
 * closed formula for weekdays plus a prefix sum over the overrides that change a day's status,
 * so a clock over a span of years costs the same as one over a week.
 */

export type DayOverrideKind = 'HOLIDAY' | 'WORKDAY';

export interface DayOverride {
  /** 'YYYY-MM-DD' */
  date: string;
  kind: DayOverrideKind;
  name: string;
}

export const DAY_OVERRIDE_KIND_NAMES: Record<DayOverrideKind, string> = { HOLIDAY: '法定节假日', WORKDAY: '调休上班' };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True for an existing calendar date written 'YYYY-MM-DD'. */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Day number of a date; throws RangeError on anything that is not an existing 'YYYY-MM-DD'. */
export function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`日期格式应为 YYYY-MM-DD 且为有效日期：${String(date)}`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The date of a day number (inverse of `dayNumber`). */
export function dateOfDayNumber(n: number): string {
  const [y, m, d] = civilFromDays(n);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Plain calendar-day arithmetic on ISO dates (no time zone involved); `n` may be negative. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`天数应为整数：${n}`);
  return dateOfDayNumber(dayNumber(date) + n);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return weekdayIndex(dayNumber(date)) + 1;
}

// 1970-01-01 was a Thursday: with Monday = 0, day 0 has index 3.
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Monday–Friday days in the half-open range relative to an origin, as a cumulative function:
 * weekdaysThrough(b) - weekdaysThrough(a) = number of Mon–Fri days in (a, b].
 * The origin is the Monday 1969-12-29 (day -3); floor division keeps it right before it too.
 */
function weekdaysThrough(day: number): number {
  const x = day + 3 + 1; // days in [origin, day]
  const weeks = Math.floor(x / 7);
  return weeks * 5 + Math.min(x - weeks * 7, 5);
}

/** Index of the first element of the sorted `arr` greater than `x`. */
function upperBound(arr: Int32Array | number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class WorkCalendar {
  private readonly byDay = new Map<number, DayOverride>();
  private readonly years = new Set<number>();
  /** Days whose status differs from the Mon–Fri rule, sorted, and the running sum of the change. */
  private readonly changeDays: number[] = [];
  private readonly changeSums: number[] = [];

  /**
   * @param overrides the arrangement: holidays and make-up workdays. A date listed twice keeps its
   *   last entry (so stored edits can be layered over a seed). Throws RangeError on a bad date or kind.
   */
  constructor(overrides: readonly DayOverride[]) {
    for (const o of overrides) {
      if (o.kind !== 'HOLIDAY' && o.kind !== 'WORKDAY') throw new RangeError(`未知的日期类型：${String(o.kind)}`);
      const day = dayNumber(o.date);
      this.byDay.set(day, { date: o.date, kind: o.kind, name: o.name });
      this.years.add(Number(o.date.slice(0, 4)));
    }
    const days = [...this.byDay.keys()].sort((a, b) => a - b);
    let sum = 0;
    for (const day of days) {
      const weekday = weekdayIndex(day) < 5;
      const kind = this.byDay.get(day)!.kind;
      const delta = weekday && kind === 'HOLIDAY' ? -1 : !weekday && kind === 'WORKDAY' ? 1 : 0;
      if (!delta) continue; // a holiday on a weekend day (or a workday on a weekday) changes nothing
      sum += delta;
      this.changeDays.push(day);
      this.changeSums.push(sum);
    }
  }

  /** Every override, by date. */
  get overrides(): DayOverride[] {
    return [...this.byDay.entries()].sort((a, b) => a[0] - b[0]).map(([, o]) => ({ ...o }));
  }

  /** The override of one date (to show its name), if any. */
  overrideOn(date: string): DayOverride | undefined {
    const o = this.byDay.get(dayNumber(date));
    return o ? { ...o } : undefined;
  }

  isWorkingDay(date: string): boolean {
    return this.isWorking(dayNumber(date));
  }

  /**
   * The date that is `n` working days after `start` (start itself not counted; n = 0 → start,
   * even when start is not a working day). A negative `n` counts back: the working day `d`
   * before `start` such that [d, start) holds |n| working days.
   */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`工作日数应为整数：${n}`);
    const s = dayNumber(start);
    if (n === 0) return start;
    if (n > 0) return dateOfDayNumber(this.firstDayReaching(this.cumulative(s) + n, s));
    // Working days in [d, start) = cumulative(s - 1) - cumulative(d - 1) = |n| with d working.
    return dateOfDayNumber(this.firstDayReaching(this.cumulative(s - 1) + n + 1, s - 1, true));
  }

  /** Working days in (from, to] — from exclusive, to inclusive; 0 if to <= from. */
  workingDaysBetween(from: string, to: string): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    return b <= a ? 0 : this.cumulative(b) - this.cumulative(a);
  }

  addCalendarDays(start: string, n: number): string {
    return addDays(start, n);
  }

  /** Overrides known for a year: lets callers warn when a year's arrangement is missing. */
  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  private isWorking(day: number): boolean {
    const o = this.byDay.get(day);
    if (o) return o.kind === 'WORKDAY';
    return weekdayIndex(day) < 5;
  }

  /** Working days from the origin through `day` (a cumulative count; only differences matter). */
  private cumulative(day: number): number {
    const i = upperBound(this.changeDays, day);
    return weekdaysThrough(day) + (i ? this.changeSums[i - 1] : 0);
  }

  /**
   * The earliest day with cumulative(day) >= target, searching after `from` (or, `backwards`,
   * at or before `from`). The cumulative count rises by exactly one on each working day, so
   * that day is the working day where the count reaches `target`.
   */
  private firstDayReaching(target: number, from: number, backwards = false): number {
    let lo: number; // cumulative(lo) < target
    let hi: number; // cumulative(hi) >= target
    if (!backwards) {
      lo = from;
      let step = Math.ceil(((target - this.cumulative(from)) * 7) / 5) + 3;
      hi = from + step;
      while (this.cumulative(hi) < target) {
        lo = hi;
        step *= 2;
        hi = from + step;
      }
    } else {
      hi = from;
      let step = Math.ceil(((this.cumulative(from) - target + 1) * 7) / 5) + 3;
      lo = from - step;
      while (this.cumulative(lo) >= target) {
        hi = lo;
        step *= 2;
        lo = from - step;
      }
    }
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (this.cumulative(mid) >= target) hi = mid;
      else lo = mid;
    }
    return hi;
  }
}
