import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../graphql/request-context';
import { decodeRows, int, isoDate, nullable, row, text, timestamp } from '../../db/rows';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { areaSql, isInScope } from '../../shared/scope';
import { scopedReadBatch, sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { storedDates } from '../workflow/clock';
import { emitEvent } from '../workflow/outbox';
import { CONSULTATION_LEVELS, type ConsultationLevel, TASK_EXTENSION_MAX_DAYS, TASK_EXTENSION_STATUSES, TASK_MAX_WORKING_DAYS } from './codes';
import { bad, type ConsultationTaskView, optionalText, requireText, TASK_COLUMNS, TASK_FROM, taskRow, taskScope, taskView } from './consultation.service';

/**
 * 会商任务的时限 (README.md "Tasks' clock", ADR 0030 amendment): the clock sweep's 预警 / 超期 announcements for open
 * tasks (`runConsultationTaskSweep`, called by the `clock-sweep` job of modules/jobs), and extensions — the task's
 * department asks (`requestConsultationTaskExtension`), the joint meeting's supervisor decides
 * (`decideConsultationTaskExtension`); an approval moves the deadline on the working-day calendar (workflow/clock.ts).
 */

export interface TaskSweepResult {
  /** Open tasks past their warn date and not yet due, announced once per deadline (`consultation.task_warning`). */
  warned: number;
  /** Open tasks past their deadline, announced once per deadline (`consultation.task_overdue`). */
  overdue: number;
}

interface SweepRow {
  id: string;
  areaCode: string;
  warnDate: string;
  dueDate: string;
  departmentId: string;
  meetingLevel: string;
  meetingAreaCode: string;
}

const SWEEP_COLUMNS = `t.id, t.area_code as "areaCode", t.warn_date::text as "warnDate", t.due_date::text as "dueDate", t.department_id as "departmentId",
  m.level as "meetingLevel", m.area_code as "meetingAreaCode"`;

/**
 * The tasks' part of the clock sweep (system context): an open task past its deadline gets one
 * `consultation.task_overdue`, one past its warn date (75 % of the limit) and not yet due one
 * `consultation.task_warning` — once per deadline: `overdue_due` / `warned_due` keep the deadline announced, so after an
 * approved extension the new deadline is announced again. Logged `consultation.task_sweep` when anything was announced.
 */
export async function runConsultationTaskSweep(ctx: RequestContext, today: string = todayOf(ctx)): Promise<TaskSweepResult> {
  return ctx.tx(async (em) => {
    const out: TaskSweepResult = { warned: 0, overdue: 0 };
    const overdue = await sqlRows<SweepRow>(
      em,
      `select ${SWEEP_COLUMNS} from consultation_task t join joint_meeting m on m.id = t.meeting_id
        where t.status = 'OPEN' and t.due_date < ? and t.overdue_due is distinct from t.due_date
        order by t.due_date limit 5000 for update of t skip locked`,
      [today],
    );
    const cal = overdue.length ? await loadWorkCalendar(ctx) : null;
    for (const t of overdue) {
      out.overdue++;
      await sqlRows(em, `update consultation_task set overdue_due = due_date where id = ? returning id`, [t.id]);
      await emitEvent(ctx, em, {
        type: 'consultation.task_overdue',
        aggregateType: 'consultation_task',
        aggregateId: t.id,
        areaCode: t.areaCode,
        payload: {
          dueDate: t.dueDate,
          overdueDays: cal!.workingDaysBetween(t.dueDate, today),
          departmentId: t.departmentId,
          meetingLevel: t.meetingLevel,
          meetingAreaCode: t.meetingAreaCode,
        },
      });
    }
    const warn = await sqlRows<SweepRow>(
      em,
      `select ${SWEEP_COLUMNS} from consultation_task t join joint_meeting m on m.id = t.meeting_id
        where t.status = 'OPEN' and t.warn_date <= ? and t.due_date >= ? and t.warned_due is distinct from t.due_date
        order by t.due_date limit 5000 for update of t skip locked`,
      [today, today],
    );
    for (const t of warn) {
      out.warned++;
      await sqlRows(em, `update consultation_task set warned_due = due_date where id = ? returning id`, [t.id]);
      await emitEvent(ctx, em, {
        type: 'consultation.task_warning',
        aggregateType: 'consultation_task',
        aggregateId: t.id,
        areaCode: t.areaCode,
        payload: { warnDate: t.warnDate, dueDate: t.dueDate, departmentId: t.departmentId, meetingLevel: t.meetingLevel, meetingAreaCode: t.meetingAreaCode },
      });
    }
    if (out.warned + out.overdue > 0) await recordAudit(ctx, { action: 'consultation.task_sweep', entityType: 'consultation_task', detail: { today, ...out } });
    return out;
  });
}

// ---- Extensions ----------------------------------------------------------------------------------

async function readTask(ctx: RequestContext, id: string): Promise<ConsultationTaskView> {
  const scope = taskScope(ctx);
  const [rows] = await scopedReadBatch(ctx, [
    { sql: `select ${TASK_COLUMNS} from ${TASK_FROM} where t.id = ? and ${scope.sql}`, params: [id, ...scope.params] },
  ]);
  if (!rows.length) throw new AppError('NOT_FOUND', '会商任务不存在或不在您的管辖范围内');
  const cal = await loadWorkCalendar(ctx);
  return taskView(cal, todayOf(ctx), decodeRows(rows, taskRow, 'consultation_task')[0]);
}

/**
 * 申请延期: a user of the task's department asks for 1–30 more working days with a reason, on an open task; one
 * pending request per task (CONFLICT); the limit with every extension stays ≤ 60 working days. Another department's
 * task does not exist for the caller (NOT_FOUND). Logged `consultation.task_extension_requested`; the outbox event
 * tells the meeting's supervisors (modules/inbox).
 */
export async function requestConsultationTaskExtension(ctx: RequestContext, taskId: string, days: number, reason: string): Promise<ConsultationTaskView> {
  ctx.require('consultation.task.handle', '申请会商任务延期');
  if (!Number.isInteger(days) || days < 1 || days > TASK_EXTENSION_MAX_DAYS) throw bad(`延期天数应为 1 至 ${TASK_EXTENSION_MAX_DAYS} 个工作日`, 'days');
  const why = requireText(reason, '延期理由', 'reason', 500);
  if (!ctx.departmentId) throw new AppError('FORBIDDEN', '只有部门经办人员可以申请会商任务延期');
  await ctx.tx(async (em) => {
    const scope = areaSql(ctx, 't.area_code');
    const [task] = await sqlRows<{
      areaCode: string;
      departmentId: string;
      status: string;
      limitDays: number;
      extensionDays: number;
      meetingAreaCode: string;
      level: string;
    }>(
      em,
      `select t.area_code as "areaCode", t.department_id as "departmentId", t.status, t.limit_days as "limitDays", t.extension_days as "extensionDays",
              c.level, (select m.area_code from joint_meeting m where m.id = t.meeting_id) as "meetingAreaCode"
         from consultation_task t join consultation_case c on c.id = t.case_id where t.id = ? and ${scope.sql} for update of t`,
      [taskId, ...scope.params],
    );
    if (!task || task.departmentId !== ctx.departmentId) throw new AppError('NOT_FOUND', '会商任务不存在或不属于本部门');
    if (task.status !== 'OPEN') throw new AppError('INVALID_STATE', '该会商任务已完成，无需延期');
    const [pending] = await sqlRows(em, `select 1 from consultation_task_extension where task_id = ? and status = 'PENDING'`, [taskId]);
    if (pending) throw new AppError('CONFLICT', '该会商任务已有待审批的延期申请');
    const used = task.limitDays + task.extensionDays;
    if (used + days > TASK_MAX_WORKING_DAYS)
      throw bad(
        `延期后办理时限不得超过 ${TASK_MAX_WORKING_DAYS} 个工作日（现为 ${used} 个工作日，最多还可延期 ${Math.max(0, TASK_MAX_WORKING_DAYS - used)} 个）`,
        'days',
      );
    const id = randomUUID();
    await sqlRows(
      em,
      `insert into consultation_task_extension (id, task_id, area_code, days, reason, requested_by, requested_by_name, requested_at)
       values (?, ?, ?, ?, ?, ?, ?, ?) returning id`,
      [id, taskId, task.areaCode, days, why, ctx.userId, ctx.actor.name, nowOf(ctx)],
    );
    // → the meeting's supervisors (modules/inbox: 延期申请).
    await emitEvent(ctx, em, {
      type: 'consultation.task_extension_requested',
      aggregateType: 'consultation_task',
      aggregateId: taskId,
      areaCode: task.areaCode,
      payload: { extensionId: id, days, departmentId: task.departmentId, meetingLevel: task.level, meetingAreaCode: task.meetingAreaCode },
    });
    await recordAudit(ctx, {
      action: 'consultation.task_extension_requested',
      entityType: 'consultation_task',
      entityId: taskId,
      after: { extensionId: id, days, reason: why },
    });
  });
  return readTask(ctx, taskId);
}

/**
 * 审批延期: the supervisor who may record the task's meeting (`consultation.meet` with the meeting's town or district
 * in scope — a town leader for the town's meetings, the joint-meeting office for the district's and a town's) approves
 * or rejects a pending request, with an optional note (≤ 500). An approval adds the days to `extension_days` and moves
 * `due_date` / `warn_date` (`storedDates`) while the task is open. Logged `consultation.task_extension_decided`; the
 * outbox event tells the department.
 */
export async function decideConsultationTaskExtension(
  ctx: RequestContext,
  id: string,
  approve: boolean,
  note?: string | null,
): Promise<ConsultationTaskExtensionView> {
  ctx.require('consultation.meet', '审批会商任务延期');
  const decisionNote = optionalText(note, '审批意见', 'note', 500);
  await ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'x.area_code');
    const [x] = await sqlRows<{
      taskId: string;
      status: string;
      days: number;
      areaCode: string;
      taskStatus: string;
      clockStart: string;
      limitDays: number;
      extensionDays: number;
      departmentId: string;
      meetingAreaCode: string | null;
      dueDate: string;
    }>(
      em,
      `select x.task_id as "taskId", x.status, x.days, x.area_code as "areaCode", t.status as "taskStatus", t.clock_start::text as "clockStart",
              t.limit_days as "limitDays", t.extension_days as "extensionDays", t.department_id as "departmentId", m.area_code as "meetingAreaCode",
              t.due_date::text as "dueDate"
         from consultation_task_extension x join consultation_task t on t.id = x.task_id left join joint_meeting m on m.id = t.meeting_id
        where x.id = ? and ${scope.sql} for update of x, t`,
      [id, ...scope.params],
    );
    if (!x) throw new AppError('NOT_FOUND', '延期申请不存在或不在您的管辖范围内');
    // The meeting's own supervisors: a district meeting's task is not for a town leader.
    if (!x.meetingAreaCode || !isInScope(ctx, x.meetingAreaCode)) throw new AppError('FORBIDDEN', '区县联席会议分派的会商任务，由区县联席会议成员审批延期');
    if (x.status !== 'PENDING') throw new AppError('CONFLICT', '该延期申请已审批');
    const now = nowOf(ctx);
    await sqlRows(
      em,
      `update consultation_task_extension set status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?, decision_note = ? where id = ? returning id`,
      [approve ? 'APPROVED' : 'REJECTED', ctx.userId, ctx.actor.name, now, decisionNote, id],
    );
    let dueDate = x.dueDate;
    if (approve && x.taskStatus === 'OPEN') {
      const extensionDays = x.extensionDays + x.days;
      if (x.limitDays + extensionDays > TASK_MAX_WORKING_DAYS) throw bad(`延期后办理时限不得超过 ${TASK_MAX_WORKING_DAYS} 个工作日`, 'id');
      const cal = await loadWorkCalendar(ctx);
      const dates = storedDates(cal, { clockStart: x.clockStart, limitDays: x.limitDays, extensionDays, pausedWd: 0, pausedSince: null, closedOn: null });
      dueDate = dates.dueDate!;
      await sqlRows(em, `update consultation_task set extension_days = ?, due_date = ?, warn_date = ?, version = version + 1 where id = ? returning id`, [
        extensionDays,
        dates.dueDate,
        dates.warnDate,
        x.taskId,
      ]);
    }
    // → the department (modules/inbox: the decision and, when approved, the new deadline).
    await emitEvent(ctx, em, {
      type: 'consultation.task_extension_decided',
      aggregateType: 'consultation_task',
      aggregateId: x.taskId,
      areaCode: x.areaCode,
      payload: { extensionId: id, approved: approve, days: x.days, dueDate, departmentId: x.departmentId },
    });
    await recordAudit(ctx, {
      action: 'consultation.task_extension_decided',
      entityType: 'consultation_task',
      entityId: x.taskId,
      after: { extensionId: id, approved: approve, days: x.days, note: decisionNote, dueDate },
    });
  });
  const [found] = await listExtensions(ctx, { id });
  if (!found) throw new AppError('NOT_FOUND', '延期申请不存在或不在您的管辖范围内');
  return found;
}

export interface ConsultationTaskExtensionView {
  id: string;
  taskId: string;
  days: number;
  reason: string;
  status: string;
  statusName: string;
  requestedByName: string;
  requestedAt: Date;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  taskContent: string;
  departmentName: string;
  headName: string | null;
  areaName: string | null;
  meetingLevel: string;
  meetingLevelName: string;
  meetingDate: string;
  limitDays: number;
  extensionDays: number;
  dueDate: string;
  taskStatus: string;
}

type ExtensionRow = Omit<ConsultationTaskExtensionView, 'statusName' | 'meetingLevelName'>;
const extensionRow = row<ExtensionRow>({
  id: text,
  taskId: text,
  days: int,
  reason: text,
  status: text,
  requestedByName: text,
  requestedAt: timestamp,
  decidedByName: nullable(text),
  decidedAt: nullable(timestamp),
  decisionNote: nullable(text),
  taskContent: text,
  departmentName: text,
  headName: nullable(text),
  areaName: nullable(text),
  meetingLevel: text,
  meetingDate: isoDate,
  limitDays: int,
  extensionDays: int,
  dueDate: isoDate,
  taskStatus: text,
});

async function listExtensions(ctx: RequestContext, filter: { id?: string; status?: string | null }): Promise<ConsultationTaskExtensionView[]> {
  const area = areaSql(ctx, 'x.area_code');
  const meeting = areaSql(ctx, 'm.area_code');
  const where = [area.sql, meeting.sql];
  const params: unknown[] = [...area.params, ...meeting.params];
  if (filter.id) {
    where.push('x.id = ?');
    params.push(filter.id);
  }
  if (filter.status) {
    if (!(filter.status in TASK_EXTENSION_STATUSES)) throw bad('状态应为待审批、已批准或未批准', 'status');
    where.push('x.status = ?');
    params.push(filter.status);
  }
  const [rows] = await scopedReadBatch(ctx, [
    {
      sql: `select x.id, x.task_id as "taskId", x.days, x.reason, x.status, x.requested_by_name as "requestedByName", x.requested_at as "requestedAt",
                   x.decided_by_name as "decidedByName", x.decided_at as "decidedAt", x.decision_note as "decisionNote",
                   t.content as "taskContent", d.name as "departmentName",
                   (select p.name from consultation_case c join household h on h.id = c.household_id join person p on p.id = h.head_person_id where c.id = t.case_id) as "headName",
                   a.name as "areaName", m.level as "meetingLevel", m.meeting_date::text as "meetingDate", t.limit_days as "limitDays",
                   t.extension_days as "extensionDays", t.due_date::text as "dueDate", t.status as "taskStatus"
              from consultation_task_extension x join consultation_task t on t.id = x.task_id join joint_meeting m on m.id = t.meeting_id
              join department d on d.id = t.department_id left join area a on a.code = x.area_code
             where ${where.join(' and ')}
             order by (x.status = 'PENDING') desc, case when x.status = 'PENDING' then x.requested_at end asc, x.decided_at desc, x.id
             limit 200`,
      params,
    },
  ]);
  return decodeRows(rows, extensionRow, 'consultation_task_extension').map((r) => ({
    ...r,
    statusName: TASK_EXTENSION_STATUSES[r.status as keyof typeof TASK_EXTENSION_STATUSES] ?? r.status,
    meetingLevelName: CONSULTATION_LEVELS[r.meetingLevel as ConsultationLevel] ?? r.meetingLevel,
  }));
}

/**
 * 会商任务延期申请 for the supervisors (`consultation.meet`): requests on tasks of their area whose meeting they may
 * record (a town leader: the town's meetings; the district office: all) — pending first (oldest first), then decided
 * ones newest first; at most 200.
 */
export async function listConsultationTaskExtensions(ctx: RequestContext, status?: string | null): Promise<ConsultationTaskExtensionView[]> {
  ctx.require('consultation.meet', '查看会商任务延期申请');
  return listExtensions(ctx, { status });
}
