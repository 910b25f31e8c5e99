import { addDays, areaLevel, dayNumber, isCalendarDate, type WorkCalendar } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { decodeRows, nullable, row, text, timestamp } from '../../db/rows';
import { nowOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { areaSql, prefixSql, requirePrefix } from '../../shared/scope';
import { scopedReadBatch } from '../../shared/sql';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { settingValue } from '../setting/setting.service';
import { ownApplicationSql } from './workflow.query';

/**
 * 线索响应 (督办看板): how fast the windows handle informants' reports (channel INFORMANT) — from the report's
 * creation to the window's first handling (confirmed into an application: `accepted_at`; 不予受理: `closed_at`),
 * counted in working time on the working-day calendar (modules/calendar): only the hours of working days count
 * (a working day = 24 working hours, Beijing time; weekends and holidays count nothing, 调休 Saturdays count).
 * Per town (or per village of one town), scoped to the viewer; every town (village) in scope is a row, with zeros.
 */

/** Default response limit in working days while the setting `INFORMANT_RESPONSE_DAYS` is unset. */
export const DEFAULT_INFORMANT_RESPONSE_DAYS = 1;
/** Longest period one board covers. */
export const RESPONSE_PERIOD_MAX_DAYS = 366;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CN_OFFSET = 8 * HOUR;

/** The civil date in China of an instant. */
const cnDate = (ms: number) => new Date(ms + CN_OFFSET).toISOString().slice(0, 10);
/** 00:00 in China of a civil date, as an instant. */
const cnMidnight = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

/**
 * Working time between two instants in milliseconds: the parts of [from, to) that fall on working days
 * (China time). O(log holidays): the whole days in between through `workingDaysBetween`.
 */
export function workingMillis(cal: WorkCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  const da = cnDate(a);
  const db = cnDate(b);
  if (da === db) return cal.isWorkingDay(da) ? b - a : 0;
  let ms = 0;
  if (cal.isWorkingDay(da)) ms += cnMidnight(addDays(da, 1)) - a;
  if (cal.isWorkingDay(db)) ms += b - cnMidnight(db);
  const lastWhole = addDays(db, -1);
  if (lastWhole > da) ms += cal.workingDaysBetween(da, lastWhole) * DAY;
  return ms;
}

export async function informantResponseDays(ctx: RequestContext): Promise<number> {
  const v = Number(await settingValue(ctx, 'INFORMANT_RESPONSE_DAYS'));
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_INFORMANT_RESPONSE_DAYS;
}

export interface InformantResponseRow {
  areaCode: string;
  areaName: string;
  /** Reports created in the period. */
  received: number;
  /** … handled by the window (confirmed or refused), at any time up to now. */
  handled: number;
  confirmed: number;
  rejected: number;
  /** … still waiting for the window. */
  pending: number;
  /** … waiting longer than the limit (working time up to now). */
  pendingOverdue: number;
  /** … handled, but later than the limit. */
  handledLate: number;
  /** Working hours from report to handling: average and longest of the handled ones (null: none handled). */
  avgResponseHours: number | null;
  maxResponseHours: number | null;
  /** Working hours the oldest pending report has waited (null: none pending). */
  oldestPendingHours: number | null;
}

export interface InformantResponseBoard {
  from: string;
  to: string;
  asOf: Date;
  limitDays: number;
  /** The town drilled into (rows are its villages), or null (rows are towns; a village's viewer: its village). */
  townCode: string | null;
  townName: string | null;
  rows: InformantResponseRow[];
  total: InformantResponseRow;
}

const reportRow = row<{ areaCode: string; status: string; createdAt: Date; handledAt: Date | null }>({
  areaCode: text,
  status: text,
  createdAt: timestamp,
  handledAt: nullable(timestamp),
});
const areaRow = row<{ code: string; name: string }>({ code: text, name: text });

const hours = (ms: number) => Math.round((ms / HOUR) * 10) / 10;

class Tally {
  received = 0;
  confirmed = 0;
  rejected = 0;
  pending = 0;
  pendingOverdue = 0;
  handledLate = 0;
  sumMs = 0;
  maxMs: number | null = null;
  oldestMs: number | null = null;

  add(r: { status: string; createdAt: Date; handledAt: Date | null }, cal: WorkCalendar, now: Date, limitMs: number): void {
    this.received++;
    if (r.status === 'PENDING_CONFIRM' || !r.handledAt) {
      this.pending++;
      const waited = workingMillis(cal, r.createdAt, now);
      if (waited > limitMs) this.pendingOverdue++;
      this.oldestMs = Math.max(this.oldestMs ?? 0, waited);
      return;
    }
    if (r.status === 'REJECTED') this.rejected++;
    else this.confirmed++;
    const took = workingMillis(cal, r.createdAt, r.handledAt);
    if (took > limitMs) this.handledLate++;
    this.sumMs += took;
    this.maxMs = Math.max(this.maxMs ?? 0, took);
  }

  merge(o: Tally): void {
    this.received += o.received;
    this.confirmed += o.confirmed;
    this.rejected += o.rejected;
    this.pending += o.pending;
    this.pendingOverdue += o.pendingOverdue;
    this.handledLate += o.handledLate;
    this.sumMs += o.sumMs;
    if (o.maxMs !== null) this.maxMs = Math.max(this.maxMs ?? 0, o.maxMs);
    if (o.oldestMs !== null) this.oldestMs = Math.max(this.oldestMs ?? 0, o.oldestMs);
  }

  view(areaCode: string, areaName: string): InformantResponseRow {
    const handled = this.confirmed + this.rejected;
    return {
      areaCode,
      areaName,
      received: this.received,
      handled,
      confirmed: this.confirmed,
      rejected: this.rejected,
      pending: this.pending,
      pendingOverdue: this.pendingOverdue,
      handledLate: this.handledLate,
      avgResponseHours: handled ? hours(this.sumMs / handled) : null,
      maxResponseHours: this.maxMs === null ? null : hours(this.maxMs),
      oldestPendingHours: this.oldestMs === null ? null : hours(this.oldestMs),
    };
  }
}

function checkPeriod(from: string, to: string): void {
  if (!isCalendarDate(from)) throw new AppError('BAD_USER_INPUT', '开始日期应为 YYYY-MM-DD 格式的有效日期', { field: 'from' });
  if (!isCalendarDate(to)) throw new AppError('BAD_USER_INPUT', '结束日期应为 YYYY-MM-DD 格式的有效日期', { field: 'to' });
  if (to < from) throw new AppError('BAD_USER_INPUT', '结束日期不能早于开始日期', { field: 'to' });
  if (dayNumber(to) - dayNumber(from) + 1 > RESPONSE_PERIOD_MAX_DAYS)
    throw new AppError('BAD_USER_INPUT', `统计期间不能超过 ${RESPONSE_PERIOD_MAX_DAYS} 天`, { field: 'to' });
}

/** 线索响应: informants' reports of the period per town (or per village of `townCode`), in the viewer's scope. */
export async function informantResponse(ctx: RequestContext, args: { from: string; to: string; townCode?: string | null }): Promise<InformantResponseBoard> {
  ctx.require('application.read', '查看线索响应统计');
  checkPeriod(args.from, args.to);
  const prefix = requirePrefix(ctx);
  const townCode = args.townCode || null;
  if (townCode) {
    const town9 = townCode.slice(0, 9);
    const ok = areaLevel(townCode) === 2 && (prefix === '*' || townCode.startsWith(prefix) || prefix.startsWith(town9));
    if (!ok) throw new AppError('NOT_FOUND', '镇街不存在或不在您的管辖范围内', { field: 'townCode' });
  }
  // Rows: towns; one town's villages; a village's viewer sees its own village only.
  const villageViewer = prefix !== '*' && prefix.length >= 12;
  const level = townCode || villageViewer ? 3 : 2;
  const groupOf = (areaCode: string) => (level === 2 ? `${areaCode.slice(0, 9)}000` : areaCode);

  const scopeAreas = areaSql(ctx, 'a.code');
  const underTown = townCode ? prefixSql('a.code', townCode.slice(0, 9)) : { sql: 'true', params: [] };
  const scope = areaSql(ctx, 'x.area_code');
  const townReports = townCode ? prefixSql('x.area_code', townCode.slice(0, 9)) : { sql: 'true', params: [] };
  const own = ownApplicationSql(ctx, 'x');
  const periodStart = new Date(cnMidnight(args.from));
  const periodEnd = new Date(cnMidnight(addDays(args.to, 1)));
  const [areas, reports, towns] = await scopedReadBatch(ctx, [
    {
      sql: `select a.code, a.name from area a where a.level = ? and ${scopeAreas.sql} and ${underTown.sql} order by a.code`,
      params: [level, ...scopeAreas.params, ...underTown.params],
    },
    {
      sql: `select x.area_code as "areaCode", x.status, x.created_at as "createdAt",
                   case when x.status = 'REJECTED' then x.closed_at when x.status <> 'PENDING_CONFIRM' then x.accepted_at end as "handledAt"
              from application x
             where x.channel = 'INFORMANT' and x.created_at >= ? and x.created_at < ? and ${scope.sql} and ${townReports.sql} and ${own.sql}`,
      params: [periodStart, periodEnd, ...scope.params, ...townReports.params, ...own.params],
    },
    { sql: `select a.code, a.name from area a where a.code = ?`, params: [townCode ?? ''] },
  ]);
  const [cal, limitDays] = await Promise.all([loadWorkCalendar(ctx), informantResponseDays(ctx)]);
  const now = nowOf(ctx);
  const limitMs = limitDays * DAY;
  const tallies = new Map<string, Tally>();
  const names = new Map<string, string>();
  for (const a of decodeRows(areas, areaRow, 'area')) {
    tallies.set(a.code, new Tally());
    names.set(a.code, a.name);
  }
  for (const r of decodeRows(reports, reportRow, 'application')) {
    const key = groupOf(r.areaCode);
    let t = tallies.get(key);
    if (!t) {
      // A report of an area the tree does not list at this level (should not happen): its own row.
      t = new Tally();
      tallies.set(key, t);
    }
    t.add(r, cal, now, limitMs);
  }
  const total = new Tally();
  const rows: InformantResponseRow[] = [];
  for (const [code, t] of [...tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    total.merge(t);
    rows.push(t.view(code, names.get(code) ?? code));
  }
  const town = decodeRows(towns, areaRow, 'area')[0] ?? null;
  return {
    from: args.from,
    to: args.to,
    asOf: now,
    limitDays,
    townCode,
    townName: town?.name ?? null,
    rows,
    total: total.view(townCode ?? (prefix === '*' ? '' : prefix.padEnd(12, '0')), '合计'),
  };
}
