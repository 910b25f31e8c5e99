import type { ProgramDef, WorkCalendar } from '@xiejiu/rules';

/**
 * Statutory clocks of referrals, in working days on the holiday calendar (节假日与调休).
 * Working days are counted in (start, day]: the day a referral arrives is day 0, so a limit of
 * 3 working days on a Friday referral ends the next Wednesday. Pauses (补正, 公示) are counted the
 * same way: paused on P and resumed on R leaves the working days in (P, R] out of the clock.
 */

export type ClockLevel = 'NORMAL' | 'AMBER' | 'RED' | 'PAUSED' | 'DONE';

export const CLOCK_LEVEL_NAMES: Record<ClockLevel, string> = {
  NORMAL: '正常',
  AMBER: '预警',
  RED: '超期',
  PAUSED: '暂停计时',
  DONE: '已办结',
};

/** Share of the limit after which a referral turns amber (docs/domain.md, "Time limits, working days and the holiday calendar"). */
export const WARN_SHARE = 0.75;
/** Working days a department has to sign for (签收) a referral: route ≤ 1 working day. */
export const SIGN_LIMIT_WD = 1;
/** Working days a department has to answer a 督办 note. */
export const SUPERVISION_ANSWER_WD = 2;
/** Overdue this many working days → escalates from the town (level 1) to the district (level 2). */
export const DISTRICT_ESCALATION_WD = 5;
/** Programs whose steps set no limit of their own get this one (演示值). */
export const DEFAULT_LIMIT_WD = 20;

export interface ReferralLimit {
  days: number;
  /** Longest total with extensions (e.g. 低保 30 → 45), null = no statutory maximum. */
  extendableTo: number | null;
  /** How the limit was derived, shown on the referral. */
  basis: string;
}

/** Total working-day limit of a program's referral: its total limit, else the sum of its running steps. */
export function referralLimit(p: ProgramDef): ReferralLimit {
  if (p.totalLimit) {
    const days = p.totalLimit.kind === 'WORKING' ? p.totalLimit.days : Math.ceil((p.totalLimit.days * 5) / 7);
    return {
      days,
      extendableTo: p.totalLimit.extendableTo ?? null,
      basis: `办结时限 ${p.totalLimit.days}${p.totalLimit.kind === 'WORKING' ? ' 个工作日' : ' 日'}`,
    };
  }
  let days = 0;
  for (const s of p.steps) {
    if (!s.limit || s.clockPaused) continue;
    days += s.limit.kind === 'WORKING' ? s.limit.days : Math.ceil((s.limit.days * 5) / 7);
  }
  if (days === 0) return { days: DEFAULT_LIMIT_WD, extendableTo: null, basis: `各环节未设时限，按默认 ${DEFAULT_LIMIT_WD} 个工作日（演示值）` };
  return { days, extendableTo: null, basis: `各环节时限合计 ${days} 个工作日（不含公示等暂停计时环节）` };
}

export interface ClockState {
  clockStart: string;
  limitDays: number;
  extensionDays: number;
  pausedWd: number;
  pausedSince: string | null;
  /** Date the referral reached a final state, null while open. */
  closedOn: string | null;
}

export interface ClockView {
  startDate: string;
  /** Limit including approved extensions. */
  limitDays: number;
  elapsedDays: number;
  remainingDays: number;
  /** Deadline; while paused, the deadline if the clock resumed today. */
  dueDate: string;
  warnDate: string;
  level: ClockLevel;
  paused: boolean;
  /** Working days overdue (0 unless RED). */
  overdueDays: number;
}

/** Deadline and amber date as stored on the referral for sorting and the supervisor's filters (null while paused). */
export function storedDates(cal: WorkCalendar, s: ClockState): { dueDate: string | null; warnDate: string | null } {
  if (s.pausedSince || s.closedOn) return { dueDate: null, warnDate: null };
  const total = s.limitDays + s.extensionDays;
  return {
    dueDate: cal.addWorkingDays(s.clockStart, total + s.pausedWd),
    warnDate: cal.addWorkingDays(s.clockStart, Math.ceil(total * WARN_SHARE) + s.pausedWd),
  };
}

export function computeClock(cal: WorkCalendar, s: ClockState, today: string): ClockView {
  const end = s.closedOn ?? today;
  const total = s.limitDays + s.extensionDays;
  const pausedNow = s.pausedSince ? cal.workingDaysBetween(s.pausedSince, end) : 0;
  const paused = s.pausedWd + pausedNow;
  const elapsed = Math.max(0, cal.workingDaysBetween(s.clockStart, end) - paused);
  const dueDate = cal.addWorkingDays(s.clockStart, total + paused);
  const warnDate = cal.addWorkingDays(s.clockStart, Math.ceil(total * WARN_SHARE) + paused);
  let level: ClockLevel;
  if (s.closedOn) level = 'DONE';
  else if (s.pausedSince) level = 'PAUSED';
  else if (today > dueDate) level = 'RED';
  else if (today >= warnDate) level = 'AMBER';
  else level = 'NORMAL';
  const overdueDays = level === 'RED' ? cal.workingDaysBetween(dueDate, today) : 0;
  return {
    startDate: s.clockStart,
    limitDays: total,
    elapsedDays: elapsed,
    remainingDays: Math.max(0, total - elapsed),
    dueDate,
    warnDate,
    level,
    paused: !!s.pausedSince,
    overdueDays,
  };
}

/** Working days to add to `pausedWd` when a pause that began on `since` ends on `today`. */
export function pauseLength(cal: WorkCalendar, since: string, today: string): number {
  return cal.workingDaysBetween(since, today);
}

/** Whether the referral closed within its limit (for 按时办结率). */
export function closedOnTime(cal: WorkCalendar, s: ClockState, closedOn: string): boolean {
  return computeClock(cal, { ...s, closedOn: null, pausedSince: s.pausedSince }, closedOn).level !== 'RED';
}
