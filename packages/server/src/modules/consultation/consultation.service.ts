import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { arrayOf, decodeRows, int, isoDate, jsonObject, nullable, row, text, timestamp } from '../../db/rows';
import { isIsoDate, nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { checkPage, type PageArgs } from '../../shared/paging';
import { areaSql, isInScope, ownDepartmentSql } from '../../shared/scope';
import { scopedReadBatch, sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { departmentById } from '../department/department.service';
import { CLOCK_LEVEL_NAMES, type ClockLevel, computeClock, storedDates } from '../workflow/clock';
import { emitEvent } from '../workflow/outbox';
import {
  CASE_MAX_TASKS,
  CONSULTATION_CASE_STATUSES,
  CONSULTATION_LEVELS,
  CONSULTATION_TASK_STATUSES,
  type ConsultationLevel,
  MEETING_MAX_CASES,
  MEETING_MAX_MEMBERS,
  TASK_MAX_WORKING_DAYS,
} from './codes';

/**
 * 个案会商 (README.md, ADR 0030): a window or a department escalates a case (`raiseConsultation`) to the town or the
 * district joint meeting; the joint-meeting office records the meeting with a decision per case and follow-up tasks
 * for departments (`recordJointMeeting`); the department completes its tasks (`completeConsultationTask`). Task
 * deadlines run on the working-day calendar with the referral clock (`workflow/clock.ts`); overdue tasks appear on
 * the 督办看板 (`overdueConsultationTasks`).
 */

export const bad = (message: string, field: string) => new AppError('BAD_USER_INPUT', message, { field });

export function requireText(value: string | null | undefined, label: string, field: string, max: number): string {
  const v = value?.trim() ?? '';
  if (!v) throw bad(`请填写${label}`, field);
  if ([...v].length > max) throw bad(`${label}不能超过 ${max} 个字`, field);
  return v;
}

export function optionalText(value: string | null | undefined, label: string, field: string, max: number): string | null {
  const v = value?.trim() ?? '';
  if (!v) return null;
  if ([...v].length > max) throw bad(`${label}不能超过 ${max} 个字`, field);
  return v;
}

function checkLevel(level: string): ConsultationLevel {
  if (!(level in CONSULTATION_LEVELS)) throw bad('会商层级应为镇街或区县联席会议', 'level');
  return level as ConsultationLevel;
}

/** The town (…101000) or district (…000000) area whose joint meeting handles a village's case at `level`. */
export function meetingAreaOf(areaCode: string, level: ConsultationLevel): string {
  return level === 'TOWN' ? `${areaCode.slice(0, 9)}000` : `${areaCode.slice(0, 6)}000000`;
}

/** Task scope: the reader's area, and a department's users (and department tokens) only their department's tasks. */
export function taskScope(ctx: RequestContext, alias = 't'): { sql: string; params: string[] } {
  const area = areaSql(ctx, `${alias}.area_code`);
  if (ctx.departmentId) return { sql: `${area.sql} and ${alias}.department_id = ?`, params: [...area.params, ctx.departmentId] };
  const own = ownDepartmentSql(ctx, `${alias}.department_id`);
  return { sql: `${area.sql} and ${own.sql}`, params: [...area.params, ...own.params] };
}

// ---- Views ---------------------------------------------------------------------------------------

export interface ConsultationTaskView {
  id: string;
  caseId: string;
  meetingId: string;
  meetingDate: string;
  meetingLevel: string;
  departmentId: string;
  departmentName: string;
  householdId: string;
  headName: string | null;
  areaCode: string;
  areaName: string | null;
  content: string;
  clockStart: string;
  limitDays: number;
  /** Working days added by approved extensions (task-clock.ts). */
  extensionDays: number;
  /** The department's extension request awaiting the supervisor, if any. */
  pendingExtension: { id: string; days: number; reason: string; requestedByName: string; requestedAt: Date } | null;
  dueDate: string;
  clockLevel: ClockLevel;
  clockLevelName: string;
  overdueDays: number;
  remainingDays: number;
  status: string;
  statusName: string;
  doneNote: string | null;
  doneByName: string | null;
  doneAt: Date | null;
  createdAt: Date;
  version: number;
}

type TaskRow = Omit<ConsultationTaskView, 'clockLevel' | 'clockLevelName' | 'overdueDays' | 'remainingDays' | 'statusName' | 'dueDate' | 'pendingExtension'> & {
  closedOn: string | null;
  pendingExtension: Record<string, unknown> | null;
};
const pendingExtensionRow = row<NonNullable<ConsultationTaskView['pendingExtension']>>({
  id: text,
  days: int,
  reason: text,
  requestedByName: text,
  requestedAt: (v, at) => timestamp(typeof v === 'string' ? new Date(v) : v, at),
});
export const taskRow = row<TaskRow>({
  id: text,
  caseId: text,
  meetingId: text,
  meetingDate: isoDate,
  meetingLevel: text,
  departmentId: text,
  departmentName: text,
  householdId: text,
  headName: nullable(text),
  areaCode: text,
  areaName: nullable(text),
  content: text,
  clockStart: isoDate,
  limitDays: int,
  extensionDays: int,
  pendingExtension: nullable(jsonObject),
  status: text,
  doneNote: nullable(text),
  doneByName: nullable(text),
  doneAt: nullable(timestamp),
  createdAt: timestamp,
  version: int,
  closedOn: nullable(isoDate),
});

export const TASK_COLUMNS = `t.id, t.case_id as "caseId", t.meeting_id as "meetingId", mc.meeting_date::text as "meetingDate", c.level as "meetingLevel",
  t.department_id as "departmentId", d.name as "departmentName", c.household_id as "householdId",
  (select p.name from household h join person p on p.id = h.head_person_id where h.id = c.household_id) as "headName",
  t.area_code as "areaCode", a.name as "areaName", t.content, t.clock_start::text as "clockStart", t.limit_days as "limitDays", t.extension_days as "extensionDays",
  (select json_build_object('id', x.id, 'days', x.days, 'reason', x.reason, 'requestedByName', x.requested_by_name, 'requestedAt', x.requested_at)
     from consultation_task_extension x where x.task_id = t.id and x.status = 'PENDING') as "pendingExtension", t.status,
  t.done_note as "doneNote", t.done_by_name as "doneByName", t.done_at as "doneAt", t.created_at as "createdAt", t.version, t.closed_on::text as "closedOn"`;
export const TASK_FROM = `consultation_task t join consultation_case c on c.id = t.case_id join department d on d.id = t.department_id
  join joint_meeting_case mc on mc.meeting_id = t.meeting_id and mc.case_id = t.case_id left join area a on a.code = t.area_code`;

export function taskView(cal: Awaited<ReturnType<typeof loadWorkCalendar>>, today: string, r: TaskRow): ConsultationTaskView {
  const { closedOn, pendingExtension, ...rest } = r;
  const clock = computeClock(
    cal,
    { clockStart: r.clockStart, limitDays: r.limitDays, extensionDays: r.extensionDays, pausedWd: 0, pausedSince: null, closedOn },
    today,
  );
  return {
    ...rest,
    pendingExtension: pendingExtension ? pendingExtensionRow(pendingExtension, 'consultation_task.pendingExtension') : null,
    dueDate: clock.dueDate,
    clockLevel: clock.level,
    clockLevelName: CLOCK_LEVEL_NAMES[clock.level],
    overdueDays: clock.overdueDays,
    remainingDays: clock.remainingDays,
    statusName: CONSULTATION_TASK_STATUSES[r.status as keyof typeof CONSULTATION_TASK_STATUSES] ?? r.status,
  };
}

export interface ConsultationDecisionView {
  meetingId: string;
  meetingDate: string;
  decision: string;
}

export interface ConsultationCaseView {
  id: string;
  householdId: string;
  headName: string | null;
  areaCode: string;
  areaName: string | null;
  applicationId: string | null;
  receiptNo: string | null;
  referralId: string | null;
  level: string;
  levelName: string;
  reason: string;
  status: string;
  statusName: string;
  raisedByName: string;
  raisedByDepartmentName: string | null;
  raisedAt: Date;
  closedAt: Date | null;
  totalTasks: number;
  openTasks: number;
  version: number;
}

type CaseRow = Omit<ConsultationCaseView, 'levelName' | 'statusName'>;
const caseRow = row<CaseRow>({
  id: text,
  householdId: text,
  headName: nullable(text),
  areaCode: text,
  areaName: nullable(text),
  applicationId: nullable(text),
  receiptNo: nullable(text),
  referralId: nullable(text),
  level: text,
  reason: text,
  status: text,
  raisedByName: text,
  raisedByDepartmentName: nullable(text),
  raisedAt: timestamp,
  closedAt: nullable(timestamp),
  totalTasks: int,
  openTasks: int,
  version: int,
});

const CASE_COLUMNS = `c.id, c.household_id as "householdId",
  (select p.name from household h join person p on p.id = h.head_person_id where h.id = c.household_id) as "headName",
  c.area_code as "areaCode", a.name as "areaName", c.application_id as "applicationId",
  (select ap.receipt_no from application ap where ap.id = c.application_id) as "receiptNo", c.referral_id as "referralId",
  c.level, c.reason, c.status, c.raised_by_name as "raisedByName",
  (select d.name from department d where d.id = c.raised_by_department_id) as "raisedByDepartmentName", c.raised_at as "raisedAt", c.closed_at as "closedAt",
  (select count(*)::int from consultation_task t where t.case_id = c.id) as "totalTasks",
  (select count(*)::int from consultation_task t where t.case_id = c.id and t.status = 'OPEN') as "openTasks", c.version`;

function caseView(r: CaseRow): ConsultationCaseView {
  return {
    ...r,
    levelName: CONSULTATION_LEVELS[r.level as ConsultationLevel] ?? r.level,
    statusName: CONSULTATION_CASE_STATUSES[r.status as keyof typeof CONSULTATION_CASE_STATUSES] ?? r.status,
  };
}

export interface ConsultationCaseDetail extends ConsultationCaseView {
  decisions: ConsultationDecisionView[];
  tasks: ConsultationTaskView[];
}

// ---- Escalation ----------------------------------------------------------------------------------

export interface RaiseConsultationInput {
  householdId: string;
  applicationId?: string | null;
  referralId?: string | null;
  level: string;
  reason: string;
}

/**
 * 提请会商: a window (village or town) or a department officer escalates a case of a household in their area to the
 * town or the district joint meeting, with the difficulty no single department can settle. The application or
 * referral, when named, must be the household's. Logged `consultation.raised`.
 */
export async function raiseConsultation(ctx: RequestContext, input: RaiseConsultationInput): Promise<ConsultationCaseDetail> {
  ctx.require('consultation.raise', '提请个案会商');
  const level = checkLevel(input.level);
  const reason = requireText(input.reason, '提请会商的事由和困难', 'reason', 1000);
  if ([...reason].length < 10) throw bad('请说明需要会商的具体困难（不少于 10 个字）', 'reason');
  const id = randomUUID();
  await ctx.tx(async (em) => {
    // Row-level security and the area check: a household outside the area does not exist for the caller.
    const [h] = await sqlRows<{ areaCode: string }>(em, `select area_code as "areaCode" from household where id = ?`, [input.householdId]);
    if (!h || !isInScope(ctx, h.areaCode)) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
    if (input.applicationId) {
      const [a] = await sqlRows(em, `select 1 from application where id = ? and household_id = ?`, [input.applicationId, input.householdId]);
      if (!a) throw bad('该申请不属于这户家庭', 'applicationId');
    }
    if (input.referralId) {
      const [r] = await sqlRows<{ applicationId: string }>(em, `select application_id as "applicationId" from referral where id = ? and household_id = ?`, [
        input.referralId,
        input.householdId,
      ]);
      if (!r) throw bad('该转办单不属于这户家庭', 'referralId');
      if (input.applicationId && r.applicationId !== input.applicationId) throw bad('转办单与申请不一致', 'referralId');
      input.applicationId ??= r.applicationId;
    }
    const [open] = await sqlRows(em, `select 1 from consultation_case where household_id = ? and status = 'PENDING' and level = ?`, [input.householdId, level]);
    if (open) throw new AppError('INVALID_STATE', `这户家庭已提请${CONSULTATION_LEVELS[level]}会商，正在等待会商`);
    await sqlRows(
      em,
      `insert into consultation_case (id, household_id, application_id, referral_id, level, area_code, reason, raised_by, raised_by_name, raised_by_department_id, raised_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
      [
        id,
        input.householdId,
        input.applicationId ?? null,
        input.referralId ?? null,
        level,
        h.areaCode,
        reason,
        ctx.userId,
        ctx.actor.name,
        ctx.departmentId,
        nowOf(ctx),
      ],
    );
    await recordAudit(ctx, {
      action: 'consultation.raised',
      entityType: 'consultation_case',
      entityId: id,
      after: { householdId: input.householdId, applicationId: input.applicationId ?? null, referralId: input.referralId ?? null, level, reason },
    });
  });
  return getConsultationCase(ctx, id);
}

// ---- Reads -----------------------------------------------------------------------------------------

export interface ConsultationCaseFilter {
  status?: string | null;
  level?: string | null;
  householdId?: string | null;
}

/** 会商个案 of the reader's area: 待会商 first (oldest first), then the others newest first. */
export async function listConsultationCases(
  ctx: RequestContext,
  filter: ConsultationCaseFilter,
  pageArgs: Partial<PageArgs>,
): Promise<{ items: ConsultationCaseView[]; total: number }> {
  ctx.require('application.read', '查看会商个案');
  const { page, pageSize } = checkPage(pageArgs);
  const scope = areaSql(ctx, 'c.area_code');
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  if (filter.status) {
    if (!(filter.status in CONSULTATION_CASE_STATUSES)) throw bad('状态应为待会商、已会商或已办结', 'status');
    where.push('c.status = ?');
    params.push(filter.status);
  }
  if (filter.level) {
    where.push('c.level = ?');
    params.push(checkLevel(filter.level));
  }
  if (filter.householdId) {
    where.push('c.household_id = ?');
    params.push(filter.householdId);
  }
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select ${CASE_COLUMNS}, count(*) over () as "totalCount" from consultation_case c left join area a on a.code = c.area_code
             where ${where.join(' and ')}
             order by (c.status = 'PENDING') desc, case when c.status = 'PENDING' then c.raised_at end asc, c.raised_at desc, c.id
             limit ? offset ?`,
      params: [...params, pageSize, (page - 1) * pageSize],
    },
  ]);
  const total = rows.length ? Number(rows[0].totalCount) : 0;
  return {
    items: decodeRows(
      rows.map(({ totalCount: _t, ...r }) => r),
      caseRow,
      'consultation_case',
    ).map(caseView),
    total,
  };
}

/** One case with the meetings' decisions on it and its tasks (a department's users: their department's tasks). */
export async function getConsultationCase(ctx: RequestContext, id: string): Promise<ConsultationCaseDetail> {
  ctx.require('application.read', '查看会商个案');
  const scope = areaSql(ctx, 'c.area_code');
  const tasks = taskScope(ctx);
  const [cases, decisions, taskRows] = await scopedReadBatch(ctx, [
    {
      sql: `select ${CASE_COLUMNS} from consultation_case c left join area a on a.code = c.area_code where c.id = ? and ${scope.sql}`,
      params: [id, ...scope.params],
    },
    {
      sql: `select mc.meeting_id as "meetingId", mc.meeting_date::text as "meetingDate", mc.decision from joint_meeting_case mc
             where mc.case_id = ? order by mc.meeting_date, mc.id`,
      params: [id],
    },
    { sql: `select ${TASK_COLUMNS} from ${TASK_FROM} where t.case_id = ? and ${tasks.sql} order by t.created_at, t.id`, params: [id, ...tasks.params] },
  ]);
  if (!cases.length) throw new AppError('NOT_FOUND', '会商个案不存在或不在您的管辖范围内');
  const cal = await loadWorkCalendar(ctx);
  const today = todayOf(ctx);
  return {
    ...caseView(decodeRows(cases, caseRow, 'consultation_case')[0]),
    decisions: decodeRows(decisions, row<ConsultationDecisionView>({ meetingId: text, meetingDate: isoDate, decision: text }), 'joint_meeting_case'),
    tasks: decodeRows(taskRows, taskRow, 'consultation_task').map((r) => taskView(cal, today, r)),
  };
}

export interface ConsultationTaskFilter {
  status?: string | null;
  overdue?: boolean | null;
}

/**
 * 会商任务: a department's users see their department's tasks (我的会商任务), others every task of their area. Open
 * tasks by deadline first, then the done ones newest first.
 */
export async function listConsultationTasks(
  ctx: RequestContext,
  filter: ConsultationTaskFilter,
  pageArgs: Partial<PageArgs>,
): Promise<{ items: ConsultationTaskView[]; total: number }> {
  ctx.require('application.read', '查看会商任务');
  const { page, pageSize } = checkPage(pageArgs);
  const scope = taskScope(ctx);
  const today = todayOf(ctx);
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  if (filter.status) {
    if (!(filter.status in CONSULTATION_TASK_STATUSES)) throw bad('状态应为办理中或已完成', 'status');
    where.push('t.status = ?');
    params.push(filter.status);
  }
  if (filter.overdue) {
    where.push(`t.status = 'OPEN' and t.due_date < ?::date`);
    params.push(today);
  }
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select ${TASK_COLUMNS}, count(*) over () as "totalCount" from ${TASK_FROM} where ${where.join(' and ')}
             order by (t.status = 'OPEN') desc, case when t.status = 'OPEN' then t.due_date end, t.done_at desc, t.created_at, t.id
             limit ? offset ?`,
      params: [...params, pageSize, (page - 1) * pageSize],
    },
  ]);
  const total = rows.length ? Number(rows[0].totalCount) : 0;
  const cal = await loadWorkCalendar(ctx);
  return {
    items: decodeRows(
      rows.map(({ totalCount: _t, ...r }) => r),
      taskRow,
      'consultation_task',
    ).map((r) => taskView(cal, today, r)),
    total,
  };
}

/** 督办看板: open tasks past their deadline in the reader's scope (count and the first 100 by deadline). */
export async function overdueConsultationTasks(ctx: RequestContext): Promise<{ count: number; items: ConsultationTaskView[] }> {
  const r = await listConsultationTasks(ctx, { overdue: true }, { page: 1, pageSize: 100 });
  return { count: r.total, items: r.items };
}

export interface MeetingMember {
  name: string;
  department: string | null;
}

export interface JointMeetingView {
  id: string;
  level: string;
  levelName: string;
  areaCode: string;
  areaName: string | null;
  meetingDate: string;
  place: string;
  members: MeetingMember[];
  recorder: string;
  summary: string | null;
  recordedByName: string;
  recordedAt: Date;
  cases: Array<{ caseId: string; headName: string | null; areaName: string | null; decision: string }>;
  taskCount: number;
}

const memberRow = row<MeetingMember>({ name: text, department: nullable(text) });
const meetingCaseRow = row<JointMeetingView['cases'][number]>({ caseId: text, headName: nullable(text), areaName: nullable(text), decision: text });
const meetingRow = row<Omit<JointMeetingView, 'levelName' | 'members' | 'cases'> & { members: unknown; cases: unknown }>({
  id: text,
  level: text,
  areaCode: text,
  areaName: nullable(text),
  meetingDate: isoDate,
  place: text,
  members: arrayOf(jsonObject),
  recorder: text,
  summary: nullable(text),
  recordedByName: text,
  recordedAt: timestamp,
  cases: arrayOf(jsonObject),
  taskCount: int,
});

const MEETING_COLUMNS = `m.id, m.level, m.area_code as "areaCode", a.name as "areaName", m.meeting_date::text as "meetingDate", m.place, m.members, m.recorder,
  m.summary, m.recorded_by_name as "recordedByName", m.recorded_at as "recordedAt",
  coalesce((select json_agg(json_build_object('caseId', mc.case_id, 'decision', mc.decision, 'areaName', ca.name,
      'headName', (select p.name from consultation_case c join household h on h.id = c.household_id join person p on p.id = h.head_person_id where c.id = mc.case_id))
      order by mc.id) from joint_meeting_case mc left join area ca on ca.code = mc.area_code where mc.meeting_id = m.id), '[]'::json) as cases,
  (select count(*)::int from consultation_task t where t.meeting_id = m.id) as "taskCount"`;

function meetingView(r: ReturnType<typeof meetingRow>): JointMeetingView {
  return {
    ...r,
    levelName: CONSULTATION_LEVELS[r.level as ConsultationLevel] ?? r.level,
    members: decodeRows(r.members as unknown[], memberRow, 'joint_meeting.members'),
    cases: decodeRows(r.cases as unknown[], meetingCaseRow, 'joint_meeting cases'),
  };
}

/** 联席会议 records of the reader's area (a town's meetings for the town, the district's and every town's for the district), newest first. */
export async function listJointMeetings(ctx: RequestContext, pageArgs: Partial<PageArgs>): Promise<{ items: JointMeetingView[]; total: number }> {
  ctx.require('application.read', '查看联席会议记录');
  const { page, pageSize } = checkPage(pageArgs);
  const scope = areaSql(ctx, 'm.area_code');
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select ${MEETING_COLUMNS}, count(*) over () as "totalCount" from joint_meeting m left join area a on a.code = m.area_code
             where ${scope.sql} order by m.meeting_date desc, m.recorded_at desc, m.id limit ? offset ?`,
      params: [...scope.params, pageSize, (page - 1) * pageSize],
    },
  ]);
  const total = rows.length ? Number(rows[0].totalCount) : 0;
  return {
    items: decodeRows(
      rows.map(({ totalCount: _t, ...r }) => r),
      meetingRow,
      'joint_meeting',
    ).map(meetingView),
    total,
  };
}

export async function getJointMeeting(ctx: RequestContext, id: string): Promise<JointMeetingView> {
  ctx.require('application.read', '查看联席会议记录');
  const scope = areaSql(ctx, 'm.area_code');
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select ${MEETING_COLUMNS} from joint_meeting m left join area a on a.code = m.area_code where m.id = ? and ${scope.sql}`,
      params: [id, ...scope.params],
    },
  ]);
  if (!rows.length) throw new AppError('NOT_FOUND', '会议记录不存在或不在您的管辖范围内');
  return meetingView(decodeRows(rows, meetingRow, 'joint_meeting')[0]);
}

// ---- The meeting ---------------------------------------------------------------------------------

export interface MeetingTaskInput {
  departmentId: string;
  content: string;
  /** Working days from the meeting date … */
  limitDays?: number | null;
  /** … or a deadline date (converted to working days on the calendar). */
  dueDate?: string | null;
}

export interface MeetingCaseInput {
  caseId: string;
  version: number;
  decision: string;
  tasks?: MeetingTaskInput[] | null;
}

export interface JointMeetingInput {
  level: string;
  areaCode: string;
  meetingDate: string;
  place: string;
  members: Array<{ name: string; department?: string | null }>;
  recorder: string;
  summary?: string | null;
  cases: MeetingCaseInput[];
}

/**
 * 记录联席会议: the meeting of a town (its town code; the town's joint meeting — town leaders, or the district office)
 * or of the district (the district code; district members only) with the cases it discussed — each 待会商, of this
 * level and of the meeting's area, at the version read — the decision on each, and follow-up tasks for departments
 * with a deadline counted in working days from the meeting date. A case with tasks becomes 已会商, one without 已办结.
 * Logged `consultation.meeting_recorded` and one `consultation.task_assigned` per task.
 */
export async function recordJointMeeting(ctx: RequestContext, input: JointMeetingInput): Promise<JointMeetingView> {
  ctx.require('consultation.meet', '记录联席会议');
  const level = checkLevel(input.level);
  const areaCode = input.areaCode?.trim() ?? '';
  const shapeOk = /^\d{12}$/.test(areaCode) && (level === 'TOWN' ? areaCode.endsWith('000') && !areaCode.endsWith('000000') : areaCode.endsWith('000000'));
  if (!shapeOk) throw bad(level === 'TOWN' ? '镇街联席会议请选择镇街' : '区县联席会议请选择区县', 'areaCode');
  if (!isInScope(ctx, areaCode)) throw new AppError('FORBIDDEN', '只能记录本辖区的联席会议');
  const today = todayOf(ctx);
  if (!isIsoDate(input.meetingDate)) throw bad('会议日期格式应为 YYYY-MM-DD', 'meetingDate');
  if (input.meetingDate > today) throw bad('会议日期不能晚于今天', 'meetingDate');
  const place = requireText(input.place, '会议地点', 'place', 100);
  const recorder = requireText(input.recorder, '记录人', 'recorder', 50);
  const summary = optionalText(input.summary, '会议纪要', 'summary', 2000);
  const members = (input.members ?? [])
    .map((m) => ({ name: m.name?.trim() ?? '', department: m.department?.trim() || null }))
    .filter((m) => m.name || m.department);
  if (!members.length) throw bad('请填写参会人员', 'members');
  if (members.length > MEETING_MAX_MEMBERS) throw bad(`参会人员不超过 ${MEETING_MAX_MEMBERS} 人`, 'members');
  for (const m of members) {
    if (!m.name) throw bad('请填写参会人员姓名', 'members');
    if ([...m.name].length > 50 || (m.department && [...m.department].length > 50)) throw bad('参会人员姓名、单位均不超过 50 个字', 'members');
  }
  if (!input.cases?.length) throw bad('请至少选择一个会商个案', 'cases');
  if (input.cases.length > MEETING_MAX_CASES) throw bad(`一次会议记录不超过 ${MEETING_MAX_CASES} 个个案`, 'cases');
  if (new Set(input.cases.map((c) => c.caseId)).size !== input.cases.length) throw bad('同一个案不能重复列出', 'cases');
  const cal = await loadWorkCalendar(ctx);
  const cases = await Promise.all(
    input.cases.map(async (c, i) => {
      const decision = requireText(c.decision, '会商意见', `cases.${i}.decision`, 2000);
      const tasks = c.tasks ?? [];
      if (tasks.length > CASE_MAX_TASKS) throw bad(`每个个案的会商任务不超过 ${CASE_MAX_TASKS} 项`, `cases.${i}.tasks`);
      const checked = [];
      for (const [j, task] of tasks.entries()) {
        const field = `cases.${i}.tasks.${j}`;
        const content = requireText(task.content, '任务内容', `${field}.content`, 500);
        const dept = await departmentById(ctx, task.departmentId);
        if (!dept) throw bad('承办部门不存在', `${field}.departmentId`);
        let limitDays: number;
        if (task.limitDays != null && task.dueDate) throw bad('办理时限请填写工作日数或截止日期之一', `${field}.limitDays`);
        if (task.limitDays != null) {
          if (!Number.isInteger(task.limitDays) || task.limitDays < 1 || task.limitDays > TASK_MAX_WORKING_DAYS)
            throw bad(`办理时限应为 1 至 ${TASK_MAX_WORKING_DAYS} 个工作日`, `${field}.limitDays`);
          limitDays = task.limitDays;
        } else if (task.dueDate) {
          if (!isIsoDate(task.dueDate)) throw bad('截止日期格式应为 YYYY-MM-DD', `${field}.dueDate`);
          limitDays = cal.workingDaysBetween(input.meetingDate, task.dueDate);
          if (limitDays < 1) throw bad('截止日期应晚于会议日期，且至少相隔一个工作日', `${field}.dueDate`);
          if (limitDays > TASK_MAX_WORKING_DAYS) throw bad(`办理时限不超过 ${TASK_MAX_WORKING_DAYS} 个工作日`, `${field}.dueDate`);
        } else throw bad('请填写办理时限（工作日数或截止日期）', `${field}.limitDays`);
        const dates = storedDates(cal, { clockStart: input.meetingDate, limitDays, extensionDays: 0, pausedWd: 0, pausedSince: null, closedOn: null });
        checked.push({
          id: randomUUID(),
          departmentId: dept.id,
          departmentName: dept.name,
          content,
          limitDays,
          dueDate: dates.dueDate!,
          warnDate: dates.warnDate!,
        });
      }
      return { ...c, decision, tasks: checked };
    }),
  );
  const meetingId = randomUUID();
  const now = nowOf(ctx);
  const prefix = level === 'TOWN' ? areaCode.slice(0, 9) : areaCode.slice(0, 6);
  await ctx.tx(async (em) => {
    for (const [i, c] of cases.entries()) {
      const [found] = await sqlRows<{ level: string; areaCode: string; status: string; version: number }>(
        em,
        `select level, area_code as "areaCode", status, version from consultation_case where id = ? for update`,
        [c.caseId],
      );
      if (!found || !isInScope(ctx, found.areaCode)) throw new AppError('NOT_FOUND', '会商个案不存在或不在您的管辖范围内', { field: `cases.${i}.caseId` });
      if (found.level !== level || !found.areaCode.startsWith(prefix))
        throw bad(`该个案提请的是${CONSULTATION_LEVELS[found.level as ConsultationLevel] ?? found.level}，不属于本次会议`, `cases.${i}.caseId`);
      if (found.status !== 'PENDING') throw new AppError('INVALID_STATE', '该个案已会商，不能再次列入');
      if (found.version !== c.version) throw new AppError('CONFLICT', '会商个案已被他人修改，请刷新后重试');
      (c as typeof c & { areaCode: string }).areaCode = found.areaCode;
    }
    await sqlRows(
      em,
      `insert into joint_meeting (id, level, area_code, meeting_date, place, members, recorder, summary, recorded_by, recorded_by_name, recorded_at)
       values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning id`,
      [meetingId, level, areaCode, input.meetingDate, place, JSON.stringify(members), recorder, summary, ctx.userId, ctx.actor.name, now],
    );
    for (const c of cases as Array<(typeof cases)[number] & { areaCode: string }>) {
      await sqlRows(em, `insert into joint_meeting_case (id, meeting_id, case_id, area_code, meeting_date, decision) values (?, ?, ?, ?, ?, ?) returning id`, [
        randomUUID(),
        meetingId,
        c.caseId,
        c.areaCode,
        input.meetingDate,
        c.decision,
      ]);
      for (const task of c.tasks) {
        await sqlRows(
          em,
          `insert into consultation_task (id, case_id, meeting_id, department_id, area_code, content, clock_start, limit_days, due_date, warn_date, created_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
          [task.id, c.caseId, meetingId, task.departmentId, c.areaCode, task.content, input.meetingDate, task.limitDays, task.dueDate, task.warnDate, now],
        );
        // → the department's inbox (modules/inbox), when the outbox is consumed.
        await emitEvent(ctx, em, {
          type: 'consultation.task_assigned',
          aggregateType: 'consultation_task',
          aggregateId: task.id,
          areaCode: c.areaCode,
          payload: { caseId: c.caseId, meetingId, departmentId: task.departmentId },
        });
        await recordAudit(ctx, {
          action: 'consultation.task_assigned',
          entityType: 'consultation_task',
          entityId: task.id,
          after: { caseId: c.caseId, meetingId, department: task.departmentName, content: task.content, limitDays: task.limitDays, dueDate: task.dueDate },
        });
      }
      await sqlRows(em, `update consultation_case set status = ?, closed_at = ?, version = version + 1 where id = ? returning id`, [
        c.tasks.length ? 'DISCUSSED' : 'CLOSED',
        c.tasks.length ? null : now,
        c.caseId,
      ]);
    }
    await recordAudit(ctx, {
      action: 'consultation.meeting_recorded',
      entityType: 'joint_meeting',
      entityId: meetingId,
      after: {
        level,
        areaCode,
        meetingDate: input.meetingDate,
        place,
        members: members.map((m) => (m.department ? `${m.name}（${m.department}）` : m.name)).join('、'),
        recorder,
        cases: cases.map((c) => ({ caseId: c.caseId, decision: c.decision, tasks: c.tasks.length })),
      },
    });
  });
  return getJointMeeting(ctx, meetingId);
}

// ---- The department --------------------------------------------------------------------------------

/**
 * 完成会商任务: a user of the assigned department records what was done. Another department's task does not exist
 * for the caller (NOT_FOUND); only an open task (INVALID_STATE) at the version read (CONFLICT). When the case's last
 * open task is done, the case becomes 已办结. Logged `consultation.task_done`.
 */
export async function completeConsultationTask(ctx: RequestContext, id: string, note: string, version: number): Promise<ConsultationTaskView> {
  ctx.require('consultation.task.handle', '办理会商任务');
  const doneNote = requireText(note, '办理情况', 'note', 1000);
  if (!ctx.departmentId) throw new AppError('FORBIDDEN', '只有部门经办人员可以办理会商任务');
  const today = todayOf(ctx);
  const now = nowOf(ctx);
  await ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'area_code');
    const [task] = await sqlRows<{ caseId: string; departmentId: string; status: string; version: number }>(
      em,
      `select case_id as "caseId", department_id as "departmentId", status, version from consultation_task where id = ? and ${scope.sql} for update`,
      [id, ...scope.params],
    );
    if (!task || task.departmentId !== ctx.departmentId) throw new AppError('NOT_FOUND', '会商任务不存在或不属于本部门');
    if (task.status !== 'OPEN') throw new AppError('INVALID_STATE', '该会商任务已完成');
    if (task.version !== version) throw new AppError('CONFLICT', '会商任务已被他人修改，请刷新后重试');
    await sqlRows(
      em,
      `update consultation_task set status = 'DONE', done_note = ?, done_by = ?, done_by_name = ?, done_at = ?, closed_on = ?, version = version + 1 where id = ? returning id`,
      [doneNote, ctx.userId, ctx.actor.name, now, today, id],
    );
    const closed = await sqlRows(
      em,
      `update consultation_case c set status = 'CLOSED', closed_at = ?, version = version + 1
        where c.id = ? and c.status = 'DISCUSSED' and not exists (select 1 from consultation_task t where t.case_id = c.id and t.status = 'OPEN') returning c.id`,
      [now, task.caseId],
    );
    await recordAudit(ctx, {
      action: 'consultation.task_done',
      entityType: 'consultation_task',
      entityId: id,
      after: { note: doneNote, caseClosed: closed.length > 0 },
    });
  });
  const tasks = taskScope(ctx);
  const [rows] = await scopedReadBatch(ctx, [
    { sql: `select ${TASK_COLUMNS} from ${TASK_FROM} where t.id = ? and ${tasks.sql}`, params: [id, ...tasks.params] },
  ]);
  const cal = await loadWorkCalendar(ctx);
  return taskView(cal, today, decodeRows(rows, taskRow, 'consultation_task')[0]);
}
