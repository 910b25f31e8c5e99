import { AppError } from './errors';

// Creating an Intl formatter is costly (it dominated a list page's CPU profile): make it once.
const CN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

const CN_DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** 'YYYY-MM-DD HH:mm' in China's time (messages shown to users). */
export function formatCnDateTime(d: Date): string {
  return CN_DATE_TIME.format(d);
}

/** Calendar dates are civil dates in China (Asia/Shanghai), as 'YYYY-MM-DD'. */
export function todayCn(now: Date = new Date()): string {
  return CN_DATE.format(now);
}

/** The time a service acts at: the runtime's clock when one is set (the demo seed), else now. */
export function nowOf(ctx: { runtime: { clock?: () => Date } }): Date {
  return ctx.runtime.clock?.() ?? new Date();
}

/** Today (China) as the service sees it: `todayCn(nowOf(ctx))`. */
export function todayOf(ctx: { runtime: { clock?: () => Date } }): string {
  return todayCn(nowOf(ctx));
}

/** A real calendar date 'YYYY-MM-DD' of the years 1000–9999 (what PostgreSQL and the domain accept). */
export function isIsoDate(s: string): boolean {
  if (typeof s !== 'string' || !/^[1-9]\d{3}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A month 'YYYY-MM' (or its first day 'YYYY-MM-01') of the years 1000–9999. */
export function isMonth(s: string): boolean {
  return typeof s === 'string' && /^[1-9]\d{3}-(0[1-9]|1[0-2])(-01)?$/.test(s);
}

/** A date argument ('YYYY-MM-DD'), today (China) when absent; BAD_USER_INPUT otherwise. */
export function requireDate(value: string | null | undefined, field = 'asOf'): string {
  const date = value ?? todayCn();
  if (!isIsoDate(date)) throw new AppError('BAD_USER_INPUT', '日期格式应为 YYYY-MM-DD', { field });
  return date;
}

/** Whole years between a birth date and a date (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** First day of the month of a 'YYYY-MM' or 'YYYY-MM-DD' string. */
export function monthStart(s: string): string {
  return `${s.slice(0, 7)}-01`;
}
