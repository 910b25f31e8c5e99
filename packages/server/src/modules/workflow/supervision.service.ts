import { LockMode } from '@mikro-orm/core';
import { areaLevel } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError, requiredText } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { DISTRICT_ESCALATION_WD, storedDates, SUPERVISION_ANSWER_WD } from './clock';
import { emitEvent } from './outbox';
import { addHistory, loadReferral, raiseEscalation, setReferralFields } from './referral.repo';
import { ExtensionRequest, SupervisionNote } from './supervision.entity';
import { ESCALATION_LEVELS, isFinal } from './states';

/**
 * 督办 and extensions. Town leaders (镇街分管负责人) supervise referrals of their town (level 1),
 * district supervisors (联席会议成员) any referral of the district (level 2). The department
 * answers each note. A department asks for an extension; a supervisor approves or rejects it.
 * The clock sweep escalates overdue referrals on its own: overdue → level 1, overdue by
 * DISTRICT_ESCALATION_WD working days → level 2.
 */

function supervisorLevel(ctx: RequestContext): number {
  const code = ctx.actor.areaCode ?? '';
  return (areaLevel(code) ?? 1) <= 1 ? 2 : 1;
}

export async function superviseReferral(ctx: RequestContext, referralId: string, message: string): Promise<string> {
  ctx.require('referral.supervise', '督办');
  const msg = requiredText(message, 'message', '督办意见', 1000);
  const today = todayOf(ctx);
  return ctx.tx(async (em) => {
    const r = await loadReferral(em, referralId);
    if (isFinal(r.status)) throw new AppError('INVALID_STATE', '该转办单已办结，无需督办');
    const cal = await loadWorkCalendar(ctx);
    const level = supervisorLevel(ctx);
    const answerDue = cal.addWorkingDays(today, SUPERVISION_ANSWER_WD);
    const { id } = em.create(SupervisionNote, {
      referralId: r.id,
      areaCode: r.areaCode,
      level,
      message: msg,
      issuedByName: ctx.actor.name,
      issuerAreaCode: ctx.actor.areaCode ?? '',
      answerDue,
      issuedAt: nowOf(ctx),
    });
    await em.flush();
    await raiseEscalation(em, r.id, level);
    await addHistory(ctx, em, {
      referralId: r.id,
      applicationId: r.applicationId,
      areaCode: r.areaCode,
      kind: 'referral.supervised',
      note: `${ESCALATION_LEVELS[level]}：${msg}（${answerDue} 前答复）`,
    });
    await emitEvent(ctx, em, {
      type: 'referral.supervised',
      aggregateType: 'referral',
      aggregateId: r.id,
      areaCode: r.areaCode,
      payload: { supervisionId: id, level, departmentId: r.departmentId, receiptNo: r.receiptNo, programCode: r.programCode, answerDue },
    });
    await recordAudit(ctx, { action: 'referral.supervised', entityType: 'referral', entityId: r.id, after: { level, message: msg } });
    return id;
  });
}

export async function answerSupervision(ctx: RequestContext, noteId: string, response: string): Promise<void> {
  ctx.require('referral.handle', '答复督办');
  const text = requiredText(response, 'response', '答复内容', 1000);
  await ctx.tx(async (em) => {
    const note = await em.findOne(SupervisionNote, { id: noteId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!note) throw new AppError('NOT_FOUND', '督办单不存在或不在您的管辖范围内');
    const r = await loadReferral(em, note.referralId);
    if (ctx.departmentId !== r.departmentId) throw new AppError('FORBIDDEN', `该督办由${r.departmentName}答复`);
    if (note.respondedAt) throw new AppError('CONFLICT', '该督办已答复');
    Object.assign(note, { response: text, respondedByName: ctx.actor.name, respondedAt: nowOf(ctx) } satisfies Partial<SupervisionNote>);
    await em.flush();
    await addHistory(ctx, em, {
      referralId: r.id,
      applicationId: r.applicationId,
      areaCode: r.areaCode,
      kind: 'referral.supervision_answered',
      note: text,
      actorDepartment: r.departmentName,
    });
    await emitEvent(ctx, em, {
      type: 'referral.supervision_answered',
      aggregateType: 'referral',
      aggregateId: r.id,
      areaCode: r.areaCode,
      payload: { supervisionId: noteId, receiptNo: r.receiptNo },
    });
    await recordAudit(ctx, { action: 'referral.supervision_answered', entityType: 'referral', entityId: r.id, after: { response: text } });
  });
}

export async function requestExtension(ctx: RequestContext, referralId: string, days: number, reason: string): Promise<string> {
  ctx.require('referral.handle', '申请延期');
  const why = requiredText(reason, 'reason', '延期理由', 500);
  if (!Number.isInteger(days) || days < 1 || days > 60) throw new AppError('BAD_USER_INPUT', '延期天数须为 1–60 个工作日', { field: 'days' });
  return ctx.tx(async (em) => {
    const r = await loadReferral(em, referralId, true);
    if (ctx.departmentId !== r.departmentId) throw new AppError('FORBIDDEN', `该转办单由${r.departmentName}办理，其他部门不能申请延期`);
    if (isFinal(r.status)) throw new AppError('INVALID_STATE', '该转办单已办结');
    const max = r.extendableTo ?? r.limitDays * 2;
    if (r.limitDays + r.extensionDays + days > max) {
      throw new AppError('BAD_USER_INPUT', `延期后总时限不得超过 ${max} 个工作日（已用时限 ${r.limitDays + r.extensionDays} 个工作日）`, { field: 'days' });
    }
    const pending = await sqlRows(em, `select 1 from extension_request where referral_id = ? and status = 'PENDING'`, [r.id]);
    if (pending.length) throw new AppError('CONFLICT', '已有待审批的延期申请');
    const { id } = em.create(ExtensionRequest, {
      referralId: r.id,
      areaCode: r.areaCode,
      days,
      reason: why,
      status: 'PENDING',
      requestedByName: ctx.actor.name,
      requestedAt: nowOf(ctx),
    });
    await em.flush();
    await addHistory(ctx, em, {
      referralId: r.id,
      applicationId: r.applicationId,
      areaCode: r.areaCode,
      kind: 'referral.extension_requested',
      note: `申请延期 ${days} 个工作日：${why}`,
      actorDepartment: r.departmentName,
    });
    await emitEvent(ctx, em, {
      type: 'referral.extension_requested',
      aggregateType: 'referral',
      aggregateId: r.id,
      areaCode: r.areaCode,
      payload: { extensionId: id, days, reason: why, receiptNo: r.receiptNo },
    });
    await recordAudit(ctx, { action: 'referral.extension_requested', entityType: 'referral', entityId: r.id, after: { days, reason: why } });
    return id;
  });
}

export async function decideExtension(ctx: RequestContext, requestId: string, approve: boolean, note?: string | null): Promise<void> {
  ctx.require('referral.supervise', '审批延期');
  await ctx.tx(async (em) => {
    const ext = await em.findOne(ExtensionRequest, { id: requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!ext) throw new AppError('NOT_FOUND', '延期申请不存在或不在您的管辖范围内');
    if (ext.status !== 'PENDING') throw new AppError('CONFLICT', '该延期申请已审批');
    const r = await loadReferral(em, ext.referralId, true);
    Object.assign(ext, {
      status: approve ? 'APPROVED' : 'REJECTED',
      decidedByName: ctx.actor.name,
      decidedAt: nowOf(ctx),
      decisionNote: note?.trim() || null,
    } satisfies Partial<ExtensionRequest>);
    await em.flush();
    const rows = [ext];
    if (approve && !isFinal(r.status)) {
      const cal = await loadWorkCalendar(ctx);
      const extensionDays = r.extensionDays + rows[0].days;
      const dates = storedDates(cal, {
        clockStart: r.clockStart,
        limitDays: r.limitDays,
        extensionDays,
        pausedWd: r.pausedWd,
        pausedSince: r.pausedSince,
        closedOn: null,
      });
      await setReferralFields(em, r.id, { extensionDays, dueDate: dates.dueDate, warnDate: dates.warnDate, updatedAt: nowOf(ctx) });
    }
    const verdict = approve ? `同意延期 ${rows[0].days} 个工作日` : '不同意延期';
    await addHistory(ctx, em, {
      referralId: r.id,
      applicationId: r.applicationId,
      areaCode: r.areaCode,
      kind: 'referral.extension_decided',
      note: `${verdict}${note?.trim() ? `：${note.trim()}` : ''}`,
    });
    await emitEvent(ctx, em, {
      type: 'referral.extension_decided',
      aggregateType: 'referral',
      aggregateId: r.id,
      areaCode: r.areaCode,
      payload: { extensionId: requestId, approved: approve, days: rows[0].days, receiptNo: r.receiptNo },
    });
    await recordAudit(ctx, { action: 'referral.extension_decided', entityType: 'referral', entityId: r.id, after: { approved: approve, days: rows[0].days } });
  });
}

export interface SweepResult {
  overdue: number;
  escalated: number;
  /** Referrals past their amber warn date (超时预警), announced once each (`referral.warning`). */
  warned: number;
}

/**
 * The clock sweep (system context, e.g. hourly): referrals past their deadline are marked
 * 镇街督办 (level 1) and, DISTRICT_ESCALATION_WD working days later, 区县督办 (level 2), each once,
 * with an outbox event for the notifications worker.
 */
export async function runClockSweep(ctx: RequestContext, today: string = todayOf(ctx)): Promise<SweepResult> {
  return ctx.tx(async (em) => {
    const cal = await loadWorkCalendar(ctx);
    const rows = await sqlRows<{
      id: string;
      applicationId: string;
      areaCode: string;
      dueDate: string;
      level: number;
      departmentId: string;
      receiptNo: string;
      programCode: string;
    }>(
      em,
      `select r.id, r.application_id as "applicationId", r.area_code as "areaCode", r.due_date::text as "dueDate", r.escalation_level as level,
              r.department_id as "departmentId", a.receipt_no as "receiptNo", r.program_code as "programCode"
         from referral r join application a on a.id = r.application_id
        where r.closed_at is null and r.paused_since is null and r.due_date < ? and r.escalation_level < 2
        order by r.due_date limit 5000 for update of r skip locked`,
      [today],
    );
    const out: SweepResult = { overdue: 0, escalated: 0, warned: 0 };
    for (const r of rows) {
      const overdueWd = cal.workingDaysBetween(r.dueDate, today);
      const level = overdueWd >= DISTRICT_ESCALATION_WD ? 2 : 1;
      if (level <= r.level) continue;
      await raiseEscalation(em, r.id, level);
      const type = r.level === 0 && level === 1 ? 'referral.overdue' : 'referral.escalated';
      if (type === 'referral.overdue') out.overdue++;
      else out.escalated++;
      await addHistory(ctx, em, {
        referralId: r.id,
        applicationId: r.applicationId,
        areaCode: r.areaCode,
        kind: type,
        note: `已超期 ${overdueWd} 个工作日（期限 ${r.dueDate}），自动升级为${ESCALATION_LEVELS[level]}`,
      });
      await emitEvent(ctx, em, {
        type,
        aggregateType: 'referral',
        aggregateId: r.id,
        areaCode: r.areaCode,
        payload: { level, overdueDays: overdueWd, dueDate: r.dueDate, departmentId: r.departmentId, receiptNo: r.receiptNo, programCode: r.programCode },
      });
    }
    // 超时预警: a running referral past its amber warn date (75 % of the limit, clock.ts) and not yet due gets one
    // `referral.warning` for the staff inbox — once per referral (an earlier warning event is looked up by aggregate).
    const warn = await sqlRows<{
      id: string;
      areaCode: string;
      warnDate: string;
      dueDate: string;
      departmentId: string;
      receiptNo: string;
      programCode: string;
    }>(
      em,
      `select r.id, r.area_code as "areaCode", r.warn_date::text as "warnDate", r.due_date::text as "dueDate", r.department_id as "departmentId",
              a.receipt_no as "receiptNo", r.program_code as "programCode"
         from referral r join application a on a.id = r.application_id
        where r.closed_at is null and r.paused_since is null and r.warn_date <= ? and r.due_date >= ? and r.escalation_level = 0
          and not exists (select 1 from outbox_event e where e.aggregate_id = r.id and e.type = 'referral.warning')
        order by r.due_date limit 5000 for update of r skip locked`,
      [today, today],
    );
    for (const r of warn) {
      out.warned++;
      await emitEvent(ctx, em, {
        type: 'referral.warning',
        aggregateType: 'referral',
        aggregateId: r.id,
        areaCode: r.areaCode,
        payload: { warnDate: r.warnDate, dueDate: r.dueDate, departmentId: r.departmentId, receiptNo: r.receiptNo, programCode: r.programCode },
      });
    }
    if (out.overdue + out.escalated + out.warned > 0)
      await recordAudit(ctx, { action: 'referral.clock_sweep', entityType: 'referral', detail: { today, ...out } });
    return out;
  });
}
