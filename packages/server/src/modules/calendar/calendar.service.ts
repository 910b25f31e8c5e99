import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DAY_OVERRIDE_KIND_NAMES, dayNumber, isCalendarDate, isoWeekday, WorkCalendar, type DayOverride, type DayOverrideKind } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { scopedReadBatch, sqlRows } from '../../shared/sql';
import { decodeRows, isoDate, oneOf, row, text, timestamp } from '../../db/rows';
import { recordAudit } from '../audit/audit.service';
import { CalendarDay } from './calendar-day.entity';

/**
 * The working-day calendar (节假日与调休) behind the statutory clocks: national data in
 * `calendar_day` (no area scope), read by everyone, edited by system administrators.
 */

export interface CalendarDayRow extends DayOverride {
  source: string;
  updatedByName: string;
  updatedAt: Date;
}

const ADMIN_SOURCE = '系统管理员录入';

const dayOverride = { date: isoDate, kind: oneOf<DayOverrideKind>(['HOLIDAY', 'WORKDAY']), name: text };
const calendarDayRow = row<CalendarDayRow>({ ...dayOverride, source: text, updatedByName: text, updatedAt: timestamp });
/** Edits in another server process reach this one within this time (this process: at once). */
const CACHE_TTL_MS = 60_000;

let version = 0;
let cache: { version: number; loadedAt: number; calendar: WorkCalendar } | null = null;
let pending: { version: number; promise: Promise<WorkCalendar> } | null = null;

/** Drops the cached calendar (called after every edit; tests call it after writing rows directly). */
export function invalidateWorkCalendar(): void {
  version++;
  cache = null;
  pending = null;
}

/**
 * The calendar in force, cached in-process: one small query per minute at most, none per
 * referral. Read in the caller's transaction when one is open (`ctx.tx`), else in its own.
 */
export async function loadWorkCalendar(ctx: RequestContext): Promise<WorkCalendar> {
  if (cache && cache.version === version && Date.now() - cache.loadedAt < CACHE_TTL_MS) return cache.calendar;
  if (pending && pending.version === version) return pending.promise;
  const v = version;
  const promise = ctx
    .tx((em) => sqlRows(em, `select "date"::text as "date", kind, name from calendar_day order by "date"`))
    .then((raw) => {
      const rows = decodeRows(raw, row<DayOverride>(dayOverride), 'calendar_day');
      const calendar = new WorkCalendar(rows);
      // An edit committed while this query ran bumped the version: do not cache what may be stale.
      if (v === version) cache = { version: v, loadedAt: Date.now(), calendar };
      return calendar;
    });
  pending = { version: v, promise };
  try {
    return await promise;
  } finally {
    if (pending?.promise === promise) pending = null;
  }
}

function requireAuthenticated(ctx: RequestContext): void {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
}

export interface CalendarYearView {
  year: number;
  hasYear: boolean;
  days: CalendarDayRow[];
  /** This year and next (China time) when no arrangement is recorded for them: the console warns. */
  missingYears: number[];
}

const MIN_YEAR = 2000;

function checkYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > 2100) throw new AppError('BAD_USER_INPUT', `年份应在 ${MIN_YEAR}–2100 之间`, { field });
}

/** Years among this year and next that have no holiday arrangement recorded. */
function missingYears(calendar: WorkCalendar): number[] {
  const thisYear = Number(todayCn().slice(0, 4));
  return [thisYear, thisYear + 1].filter((y) => !calendar.hasYear(y));
}

export async function calendarYear(ctx: RequestContext, year: number): Promise<CalendarYearView> {
  requireAuthenticated(ctx);
  checkYear(year);
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select "date"::text as "date", kind, name, source, updated_by_name as "updatedByName", updated_at as "updatedAt"
       from calendar_day where "date" >= ? and "date" < ? order by "date"`,
      params: [`${year}-01-01`, `${year + 1}-01-01`],
    },
  ]);
  const days = decodeRows(rows, calendarDayRow, 'calendar_day');
  const calendar = await loadWorkCalendar(ctx);
  return { year, hasYear: days.length > 0, days, missingYears: missingYears(calendar) };
}

export interface WorkingDayInfo {
  from: string;
  to: string;
  workingDays: number;
  calendarDays: number;
  toIsWorkingDay: boolean;
  toDayName: string | null;
  missingYears: number[];
}

/** Working days in (from, to], for checking a clock by hand. */
export async function workingDayInfo(ctx: RequestContext, from: string, to: string): Promise<WorkingDayInfo> {
  requireAuthenticated(ctx);
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isCalendarDate(value)) throw new AppError('BAD_USER_INPUT', '日期格式应为 YYYY-MM-DD 且为有效日期', { field });
  }
  const calendar = await loadWorkCalendar(ctx);
  const o = calendar.overrideOn(to);
  return {
    from,
    to,
    workingDays: calendar.workingDaysBetween(from, to),
    calendarDays: Math.max(0, dayNumber(to) - dayNumber(from)),
    toIsWorkingDay: calendar.isWorkingDay(to),
    toDayName: o ? o.name : null,
    missingYears: missingYears(calendar),
  };
}

export interface SetCalendarDayInput {
  date: string;
  kind: DayOverrideKind;
  name: string;
}

function validateDate(date: string): void {
  if (!isCalendarDate(date)) throw new AppError('BAD_USER_INPUT', '日期格式应为 YYYY-MM-DD 且为有效日期', { field: 'date' });
  const year = Number(date.slice(0, 4));
  const latest = Number(todayCn().slice(0, 4)) + 2;
  if (year < MIN_YEAR || year > latest) throw new AppError('BAD_USER_INPUT', `只能维护 ${MIN_YEAR}–${latest} 年的节假日安排`, { field: 'date' });
}

/** The date's entry, locked for this transaction. */
async function currentDay(em: EntityManager, date: string): Promise<CalendarDay | null> {
  return em.findOne(CalendarDay, { date }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

const rowOf = (d: CalendarDay): CalendarDayRow => ({
  date: d.date,
  kind: d.kind,
  name: d.name,
  source: d.source,
  updatedByName: d.updatedByName,
  updatedAt: d.updatedAt,
});

/** Marks a date as a statutory holiday or a make-up workday (creates or replaces), logged. */
export async function setCalendarDay(ctx: RequestContext, input: SetCalendarDayInput): Promise<CalendarDayRow> {
  ctx.require('calendar.manage', '维护节假日日历');
  const date = (input.date ?? '').trim();
  const name = (input.name ?? '').trim();
  validateDate(date);
  if (input.kind !== 'HOLIDAY' && input.kind !== 'WORKDAY') throw new AppError('BAD_USER_INPUT', '类型应为法定节假日或调休上班', { field: 'kind' });
  if (!name || name.length > 20) throw new AppError('BAD_USER_INPUT', '请填写名称（1–20 字），如“春节”“春节调休上班”', { field: 'name' });
  if (input.kind === 'WORKDAY' && isoWeekday(date) < 6) {
    throw new AppError('BAD_USER_INPUT', '周一至周五本来就是工作日，只有周六、周日才需要设为调休上班', { field: 'kind' });
  }
  const row = await ctx.tx(async (em) => {
    const day = await currentDay(em, date);
    const before = day ? { kind: day.kind, name: day.name } : null;
    const fields = {
      kind: input.kind,
      name,
      source: ADMIN_SOURCE,
      updatedBy: ctx.actor.kind === 'user' ? (ctx.actor.id ?? null) : null,
      updatedByName: ctx.actor.name,
      updatedAt: new Date(),
    } satisfies Partial<CalendarDay>;
    const entity = day ? Object.assign(day, fields) : em.create(CalendarDay, { date, ...fields });
    await em.flush();
    const saved = rowOf(entity);
    await recordAudit(ctx, {
      action: 'calendar.day_set',
      entityType: 'calendar_day',
      entityId: date,
      before,
      after: { kind: saved.kind, name: saved.name },
      detail: { kindName: DAY_OVERRIDE_KIND_NAMES[saved.kind] },
    });
    return saved;
  });
  invalidateWorkCalendar();
  return row;
}

/** Removes a date's entry: the day follows the Monday–Friday rule again. Logged. */
export async function removeCalendarDay(ctx: RequestContext, date: string): Promise<boolean> {
  ctx.require('calendar.manage', '维护节假日日历');
  const d = (date ?? '').trim();
  if (!isCalendarDate(d)) throw new AppError('BAD_USER_INPUT', '日期格式应为 YYYY-MM-DD 且为有效日期', { field: 'date' });
  await ctx.tx(async (em) => {
    const before = await currentDay(em, d);
    if (!before) throw new AppError('NOT_FOUND', `${d} 没有节假日或调休安排`);
    em.remove(before);
    await em.flush();
    await recordAudit(ctx, {
      action: 'calendar.day_removed',
      entityType: 'calendar_day',
      entityId: d,
      before: { kind: before.kind, name: before.name },
      after: null,
    });
  });
  invalidateWorkCalendar();
  return true;
}
