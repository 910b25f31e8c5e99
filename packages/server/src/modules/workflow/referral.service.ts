import type { EntityManager } from '@mikro-orm/postgresql';
import { ageOn, isIsoDate, nowOf, todayOf } from '../../shared/dates';
import { PROGRAM_NAMES, type ProgramDef, type WorkCalendar } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { AppError, requiredText } from '../../shared/errors';
import { assertInScope } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { departmentByCode } from '../department/department.service';
import { personBirthDate } from '../household/household.query';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { linkFiles } from '../files/files.service';
import { assertMonthlyAmountCap, recordBenefit, settleApplyingBenefit } from '../household/benefit.service';
import { catalogueInForce } from '../program/catalogue.service';
import { createPublicityEntry, markPublicityEntry, publicityObjected } from '../publicity/publicity.entry';
import { closeApplicationIfDone } from './application.service';
import { closedOnTime, pauseLength, storedDates } from './clock';
import { emitEvent, type DomainEvent } from './outbox';
import { ApplicationMaterial } from './application-material.entity';
import type { ReferralChanges } from './referral.entity';
import { addHistory, changeReferral, insertReferral, loadReferral, setReferralFields, type ReferralRow } from './referral.repo';
import { DEFAULT_LEGAL_REMEDY, isFinal, OPEN_STATUSES, statusName, type ReferralStatus } from './states';

/**
 * Referral transitions (转办单). Every one: permission and ownership checked ("两不变": only the
 * owning department decides; the window routes, follows up and feeds back), optimistic version
 * check, clock bookkeeping (pauses, deadline), a history row, a domain event into the outbox and
 * an operation-log entry — all in one transaction.
 */

export interface ReferralRef {
  id: string;
  version: number;
}

type Actor = 'DEPARTMENT' | 'WINDOW';

interface Env {
  em: EntityManager;
  cal: WorkCalendar;
  today: string;
  program: ProgramDef;
}

interface Plan {
  to: ReferralStatus;
  /** Event, history kind and audit action when not the spec's own (e.g. approval → 公示 first). */
  event?: string;
  patch?: ReferralChanges;
  note?: string | null;
  payload?: Record<string, unknown>;
  sms?: DomainEvent['sms'];
  /** Runs after the row is updated (benefit, successor referral); may return more columns to set. */
  after?: (r: ReferralRow) => Promise<ReferralChanges | void>;
}

interface Spec {
  action: string;
  verb: string;
  actor: Actor;
  from: readonly ReferralStatus[];
  plan: (r: ReferralRow, env: Env) => Promise<Plan> | Plan;
}

const NOT_GRANTED: Record<string, string> = { DONE: '不予批准', TRANSFERRED: '已转其他部门办理', WITHDRAWN: '已撤回' };

/** RETURNED waits for the window: its clock does not run either. */
const CLOCK_STOPPED: readonly string[] = ['SUPPLEMENT', 'PUBLICITY', 'RETURNED'];

function checkActor(ctx: RequestContext, r: ReferralRow, actor: Actor, verb: string): void {
  if (actor === 'DEPARTMENT') {
    ctx.require('referral.handle', verb);
    if (ctx.actor.kind !== 'system' && ctx.departmentId !== r.departmentId) {
      throw new AppError('FORBIDDEN', `该转办单由${r.departmentName}办理，其他部门不能${verb}（两不变）`);
    }
  } else {
    ctx.require('application.write', verb);
    assertInScope(ctx, r.areaCode, '转办单');
  }
}

async function transition(ctx: RequestContext, ref: ReferralRef, spec: Spec): Promise<ReferralRow> {
  if (!ref?.id || !Number.isInteger(ref.version)) throw new AppError('BAD_USER_INPUT', '缺少转办单或版本号', { field: 'version' });
  const today = todayOf(ctx);
  return ctx.tx(async (em) => {
    const r = await loadReferral(em, ref.id);
    checkActor(ctx, r, spec.actor, spec.verb);
    if (r.version !== ref.version) throw new AppError('CONFLICT', `该转办单已被他人处理（当前状态：${statusName(r.status)}），请刷新后重试`);
    if (!spec.from.includes(r.status)) throw new AppError('INVALID_STATE', `转办单当前状态为“${statusName(r.status)}”，不能${spec.verb}`);
    const { catalogue } = await catalogueInForce(ctx, today);
    const program = catalogue.programs.find((p) => p.code === r.programCode);
    if (!program) throw new AppError('BAD_USER_INPUT', `未知救助事项：${r.programCode}`);
    const cal = await loadWorkCalendar(ctx);
    const plan = await spec.plan(r, { em, cal, today, program });
    const changes: ReferralChanges = { status: plan.to, ...plan.patch };
    // Clock bookkeeping: close a running pause, open a new one, stop on final states.
    let pausedWd = changes.pausedWd ?? r.pausedWd;
    let pausedSince = changes.pausedSince !== undefined ? changes.pausedSince : r.pausedSince;
    const clockStart = changes.clockStart ?? r.clockStart;
    if (pausedSince && !CLOCK_STOPPED.includes(plan.to) && changes.pausedSince === undefined) {
      pausedWd += pauseLength(cal, pausedSince, today);
      pausedSince = null;
    }
    if (!pausedSince && CLOCK_STOPPED.includes(plan.to)) pausedSince = today;
    changes.pausedWd = pausedWd;
    changes.pausedSince = pausedSince;
    const state = { clockStart, limitDays: r.limitDays, extensionDays: r.extensionDays, pausedWd, pausedSince, closedOn: null };
    if (isFinal(plan.to)) {
      changes.closedAt = nowOf(ctx);
      changes.closedOnTime = closedOnTime(cal, { ...state, pausedSince: null }, today);
      changes.dueDate = null;
      changes.warnDate = null;
    } else {
      const dates = storedDates(cal, state);
      changes.dueDate = dates.dueDate;
      changes.warnDate = dates.warnDate;
    }
    await changeReferral(em, r, ref.version, changes);
    const action = plan.event ?? spec.action;
    const extra = plan.after ? await plan.after(r) : undefined;
    if (extra) await setReferralFields(em, r.id, extra);
    await addHistory(ctx, em, {
      referralId: r.id,
      applicationId: r.applicationId,
      areaCode: r.areaCode,
      kind: action,
      fromStatus: r.status,
      toStatus: plan.to,
      note: plan.note ?? null,
      actorDepartment: spec.actor === 'DEPARTMENT' ? r.departmentName : null,
    });
    await emitEvent(ctx, em, {
      type: action,
      aggregateType: 'referral',
      aggregateId: r.id,
      areaCode: r.areaCode,
      payload: {
        applicationId: r.applicationId,
        receiptNo: r.receiptNo,
        householdId: r.householdId,
        applicantPersonId: r.applicantPersonId,
        personId: r.personId,
        programCode: r.programCode,
        departmentId: r.departmentId,
        fromStatus: r.status,
        toStatus: plan.to,
        note: plan.note ?? null,
        ...plan.payload,
      },
      sms: plan.sms,
    });
    await recordAudit(ctx, {
      action,
      entityType: 'referral',
      entityId: r.id,
      before: { status: r.status },
      after: { status: plan.to, ...(plan.payload ?? {}) },
      detail: { receiptNo: r.receiptNo, programCode: r.programCode },
    });
    if (isFinal(plan.to)) {
      // The 申请中 link of the benefits chain: approvals turned it into 享受中 above; anything else removes it.
      const approved = extra?.outcome === 'APPROVED' || changes.outcome === 'APPROVED';
      if (!approved && r.benefitId) await settleApplyingBenefit(ctx, em, r.benefitId, { approved: false, reason: NOT_GRANTED[plan.to] ?? '已办结' });
      await closeApplicationIfDone(ctx, em, r.applicationId);
    }
    return loadReferral(em, r.id);
  });
}

const programName = (code: string) => PROGRAM_NAMES[code] ?? code;

// ---- department actions -------------------------------------------------------------------

export function signReferral(ctx: RequestContext, ref: ReferralRef): Promise<ReferralRow> {
  return transition(ctx, ref, {
    action: 'referral.signed',
    verb: '签收',
    actor: 'DEPARTMENT',
    from: ['PENDING_SIGN'],
    plan: () => ({ to: 'PROCESSING', patch: { signedAt: nowOf(ctx) } }),
  });
}

export interface BatchResult {
  id: string;
  ok: boolean;
  message: string | null;
}

/** 批量签收: each referral in its own transaction; one conflict does not undo the others. */
export async function signReferrals(ctx: RequestContext, refs: ReferralRef[]): Promise<BatchResult[]> {
  ctx.require('referral.handle', '签收');
  if (!refs?.length) throw new AppError('BAD_USER_INPUT', '请选择要签收的转办单');
  if (refs.length > 200) throw new AppError('BAD_USER_INPUT', '一次最多签收 200 件');
  const out: BatchResult[] = [];
  for (const ref of refs) {
    try {
      await signReferral(ctx, ref);
      out.push({ id: ref.id, ok: true, message: null });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      out.push({ id: ref.id, ok: false, message: e.message });
    }
  }
  return out;
}

export function requestSupplement(ctx: RequestContext, ref: ReferralRef, note: string, dueDate?: string | null): Promise<ReferralRow> {
  const what = requiredText(note, 'note', '需补正的材料或情况');
  if (dueDate && !isIsoDate(dueDate)) throw new AppError('BAD_USER_INPUT', '日期格式应为 YYYY-MM-DD', { field: 'dueDate' });
  return transition(ctx, ref, {
    action: 'referral.supplement_requested',
    verb: '要求补正',
    actor: 'DEPARTMENT',
    from: ['PROCESSING', 'VERIFYING'],
    plan: (r, { cal, today }) => {
      const due = dueDate ?? cal.addWorkingDays(today, 5);
      if (due <= today) throw new AppError('BAD_USER_INPUT', '补正期限须晚于今天', { field: 'dueDate' });
      return {
        to: 'SUPPLEMENT',
        patch: { supplementNote: what, supplementDue: due },
        note: `${what}（${due} 前补正，补正期间暂停计时）`,
        payload: { supplementDue: due },
        sms: { template: 'SUPPLEMENT', params: { program: programName(r.programCode), receiptNo: r.receiptNo, note: what, dueDate: due } },
      };
    },
  });
}

export function startVerification(ctx: RequestContext, ref: ReferralRef, note?: string | null): Promise<ReferralRow> {
  return transition(ctx, ref, {
    action: 'referral.verification_started',
    verb: '发起核查',
    actor: 'DEPARTMENT',
    from: ['PROCESSING'],
    plan: () => ({ to: 'VERIFYING', note: note?.trim() || '发起家庭经济状况核查' }),
  });
}

export interface DecisionInput {
  approve: boolean;
  monthlyAmountFen?: number | null;
  /** 'YYYY-MM': first month paid. */
  startMonth?: string | null;
  reason?: string | null;
  legalRemedy?: string | null;
  /** The verification report the decision relied on (unified verification issue). */
  verificationReportId?: string | null;
}

/** Publicity is skipped for programs without 公示 and for minors where the program never publishes them (特困). */
async function needsPublicity(ctx: RequestContext, r: ReferralRow, program: ProgramDef, today: string): Promise<boolean> {
  if (!program.publicity.required) return false;
  if (program.publicity.minors === 'NEVER' && r.personId) {
    const birthDate = await personBirthDate(ctx, r.personId);
    if (birthDate && ageOn(birthDate, today) < 18) return false;
  }
  return true;
}

async function approveIntoLedger(ctx: RequestContext, r: ReferralRow, amountFen: number, startMonth: string): Promise<ReferralChanges> {
  if (r.benefitId) {
    await ctx.tx((em) => settleApplyingBenefit(ctx, em, r.benefitId!, { approved: true, monthlyAmountFen: amountFen, startDate: `${startMonth}-01` }));
    return { outcome: 'APPROVED' };
  }
  const benefitId = await recordBenefit(ctx, {
    householdId: r.householdId,
    personId: r.personId,
    programCode: r.programCode,
    status: 'ACTIVE',
    monthlyAmountFen: amountFen,
    startDate: `${startMonth}-01`,
    source: 'DECISION',
    sourceRef: r.receiptNo,
  });
  return { benefitId, outcome: 'APPROVED' };
}

function approvedSms(r: ReferralRow, startMonth: string): DomainEvent['sms'] {
  const [y, m] = startMonth.split('-');
  return { template: 'APPROVED', params: { program: programName(r.programCode), receiptNo: r.receiptNo, startMonth: `${y}年${Number(m)}月` } };
}

export function decideReferral(ctx: RequestContext, ref: ReferralRef, input: DecisionInput): Promise<ReferralRow> {
  if (input.approve) {
    const amount = input.monthlyAmountFen;
    if (amount == null || !Number.isInteger(amount) || amount < 0 || amount > 100_000_000)
      throw new AppError('BAD_USER_INPUT', '请填写核定的月救助金额（分，非负整数）', { field: 'monthlyAmountFen' });
    if (!input.startMonth || !/^\d{4}-(0[1-9]|1[0-2])$/.test(input.startMonth))
      throw new AppError('BAD_USER_INPUT', '请填写发放起始月份（YYYY-MM）', { field: 'startMonth' });
  } else {
    requiredText(input.reason, 'reason', '不予批准的理由', 1000);
  }
  const startMonth = input.startMonth ?? null;
  return transition(ctx, ref, {
    action: input.approve ? 'referral.approved' : 'referral.refused',
    verb: '作出决定',
    actor: 'DEPARTMENT',
    from: ['PROCESSING', 'VERIFYING'],
    plan: async (r, { em, today, program, cal }) => {
      const decision: ReferralChanges = {
        decisionAmountFen: input.approve ? input.monthlyAmountFen! : null,
        decisionStartMonth: startMonth,
        decisionReason: input.reason?.trim() || null,
        verificationReportId: input.verificationReportId ?? null,
        decidedAt: nowOf(ctx),
        decidedByName: ctx.actor.name,
      };
      if (!input.approve) {
        const remedy = input.legalRemedy?.trim() || DEFAULT_LEGAL_REMEDY;
        return {
          to: 'DONE',
          patch: { ...decision, outcome: 'REFUSED', legalRemedy: remedy },
          note: `不予批准：${input.reason!.trim()}`,
          payload: { outcome: 'REFUSED', reason: input.reason!.trim(), legalRemedy: remedy },
          sms: { template: 'REFUSED', params: { program: programName(r.programCode), receiptNo: r.receiptNo } },
        };
      }
      if (startMonth! < today.slice(0, 7)) throw new AppError('BAD_USER_INPUT', '发放起始月份不能早于本月', { field: 'startMonth' });
      await assertMonthlyAmountCap(ctx, r.programCode, input.monthlyAmountFen!, `${startMonth}-01`);
      if (await needsPublicity(ctx, r, program, today)) {
        const days = program.publicity.days ?? 7;
        const until = program.publicity.kind === 'WORKING' ? cal.addWorkingDays(today, days) : cal.addCalendarDays(today, days);
        return {
          to: 'PUBLICITY',
          event: 'referral.publicity_started',
          patch: { ...decision, publicityStart: today, publicityUntil: until },
          note: `拟批准，月 ${(input.monthlyAmountFen! / 100).toFixed(2)} 元，自 ${startMonth} 起；公示至 ${until}（公示期间暂停计时）`,
          payload: { proposedAmountFen: input.monthlyAmountFen, startMonth, publicityEnd: until },
          sms: { template: 'PUBLICITY', params: { program: programName(r.programCode), receiptNo: r.receiptNo, until } },
          // The published notice (modules/publicity), in this transaction: masked name, persons, amount, period.
          after: async (row) => {
            const entry = { referralId: row.id, applicationId: row.applicationId, householdId: row.householdId, personId: row.personId };
            const source = { ...entry, applicantPersonId: row.applicantPersonId, areaCode: row.areaCode, programCode: row.programCode };
            await createPublicityEntry(ctx, em, { referral: source, program, startsOn: today, endsOn: until, amountFen: input.monthlyAmountFen! });
          },
        };
      }
      return {
        to: 'DONE',
        patch: decision,
        note: `批准，月 ${(input.monthlyAmountFen! / 100).toFixed(2)} 元，自 ${startMonth} 起发放`,
        payload: { outcome: 'APPROVED', monthlyAmountFen: input.monthlyAmountFen, startMonth },
        sms: approvedSms(r, startMonth!),
        after: (row) => approveIntoLedger(ctx, row, input.monthlyAmountFen!, startMonth!),
      };
    },
  });
}

/** Where an objection came from: the department itself, a window recording it (console), the public (portal, run as the system). */
export interface ObjectionOrigin {
  source: 'DEPARTMENT' | 'WINDOW' | 'PUBLIC';
  /** The `publicity_objection` row already stored by modules/publicity. */
  objectionId?: string | null;
}

const OBJECTION_NOTE: Record<ObjectionOrigin['source'], string> = {
  DEPARTMENT: '公示有异议，重新调查',
  WINDOW: '窗口登记公示异议，重新调查',
  PUBLIC: '群众对网上公示提出异议，重新调查',
};

/**
 * End of 公示: no objection → approved into the ledger (the published entry is taken down, ENDED); an objection →
 * back to investigation (entry OBJECTED). A window's objection (`origin.source` WINDOW) is a window action in its area;
 * the public's comes through modules/publicity as the system.
 */
export function completePublicity(
  ctx: RequestContext,
  ref: ReferralRef,
  objection?: string | null,
  origin: ObjectionOrigin = { source: 'DEPARTMENT' },
): Promise<ReferralRow> {
  const obj = objection?.trim() || null;
  if (!obj && origin.source !== 'DEPARTMENT') throw new AppError('BAD_USER_INPUT', '请填写异议内容', { field: 'content' });
  return transition(ctx, ref, {
    action: obj ? 'referral.publicity_objected' : 'referral.approved',
    verb: obj && origin.source === 'WINDOW' ? '登记公示异议' : '结束公示',
    actor: origin.source === 'WINDOW' ? 'WINDOW' : 'DEPARTMENT',
    from: ['PUBLICITY'],
    plan: (r, { em, today }) => {
      if (obj)
        return {
          to: 'PROCESSING',
          patch: { publicityStart: null, publicityUntil: null },
          note: `${OBJECTION_NOTE[origin.source]}：${obj}`,
          payload: { objection: obj, objectionSource: origin.source, objectionId: origin.objectionId ?? null },
          after: (row) => publicityObjected(ctx, em, row, obj, origin.objectionId ?? null),
        };
      if (r.publicityEnd && today <= r.publicityEnd) throw new AppError('INVALID_STATE', `公示期至 ${r.publicityEnd}，期满后方可确认批准`);
      return {
        to: 'DONE',
        note: `公示期满无异议，批准，自 ${r.decisionStartMonth} 起发放`,
        payload: { outcome: 'APPROVED', monthlyAmountFen: r.decisionAmountFen, startMonth: r.decisionStartMonth },
        sms: approvedSms(r, r.decisionStartMonth!),
        after: async (row) => {
          await markPublicityEntry(ctx, em, row.id, 'ENDED');
          return approveIntoLedger(ctx, row, row.decisionAmountFen ?? 0, row.decisionStartMonth!);
        },
      };
    },
  });
}

/** 转办: the department passes the case to the department that owns `targetProgramCode`. */
export function transferReferral(ctx: RequestContext, ref: ReferralRef, targetProgramCode: string, reason: string): Promise<ReferralRow> {
  const why = requiredText(reason, 'reason', '转办理由');
  return transition(ctx, ref, {
    action: 'referral.transferred',
    verb: '转办',
    actor: 'DEPARTMENT',
    from: ['PENDING_SIGN', 'PROCESSING'],
    plan: async (r, { em, cal, today }) => {
      const { catalogue } = await catalogueInForce(ctx, today);
      const target = catalogue.programs.find((p) => p.code === targetProgramCode && p.applicable);
      if (!target) throw new AppError('BAD_USER_INPUT', `未知救助事项：${targetProgramCode}`, { field: 'targetProgramCode' });
      const owner = await departmentByCode(ctx, target.owner);
      if (!owner) throw new AppError('BAD_USER_INPUT', `${target.name}的主管部门尚未建立`, { field: 'targetProgramCode' });
      if (owner.id === r.departmentId) throw new AppError('BAD_USER_INPUT', '转办须转至其他部门；本部门事项请直接办理', { field: 'targetProgramCode' });
      if (target.subject === 'MEMBER' && !r.personId)
        throw new AppError('BAD_USER_INPUT', `${target.name}须指明家庭成员，请退回窗口重新登记`, { field: 'targetProgramCode' });
      return {
        to: 'TRANSFERRED',
        note: `转${owner.name}办理（${target.name}）：${why}`,
        payload: { reason: why, targetProgramCode, targetDepartmentId: owner.id },
        after: async (row) => {
          const urgent = (await sqlRows<{ urgent: boolean }>(em, `select urgent from application where id = ?`, [row.applicationId]))[0]?.urgent ?? false;
          const next = await insertReferral(ctx, em, cal, {
            receiptNo: row.receiptNo,
            applicationId: row.applicationId,
            householdId: row.householdId,
            personId: target.subject === 'MEMBER' ? row.personId : null,
            areaCode: row.areaCode,
            program: target,
            departmentId: owner.id,
            reason: `由${row.departmentName}转来：${why}`,
            screening: null,
            today,
            urgent,
            transferredFromId: row.id,
          });
          await addHistory(ctx, em, {
            referralId: next.id,
            applicationId: row.applicationId,
            areaCode: row.areaCode,
            kind: 'referral.created',
            toStatus: 'PENDING_SIGN',
            note: `由${row.departmentName}转来，${next.dueDate} 前办结`,
          });
          await emitEvent(ctx, em, {
            type: 'referral.created',
            aggregateType: 'referral',
            aggregateId: next.id,
            areaCode: row.areaCode,
            payload: {
              applicationId: row.applicationId,
              receiptNo: row.receiptNo,
              householdId: row.householdId,
              applicantPersonId: row.applicantPersonId,
              programCode: target.code,
              departmentId: owner.id,
              dueDate: next.dueDate,
              limitDays: next.limitDays,
              transferredFromId: row.id,
            },
            sms: { template: 'REFERRED', params: { program: target.name, receiptNo: row.receiptNo, department: owner.name } },
          });
          return { transferredToId: next.id };
        },
      };
    },
  });
}

/** 退回: the department sends the referral back to the window (wrong program, missing basics …). */
export function returnReferral(ctx: RequestContext, ref: ReferralRef, reason: string): Promise<ReferralRow> {
  const why = requiredText(reason, 'reason', '退回理由');
  return transition(ctx, ref, {
    action: 'referral.returned',
    verb: '退回',
    actor: 'DEPARTMENT',
    from: ['PENDING_SIGN', 'PROCESSING', 'VERIFYING'],
    plan: () => ({ to: 'RETURNED', note: `退回窗口：${why}`, payload: { reason: why } }),
  });
}

// ---- window actions -----------------------------------------------------------------------

/** The window hands in what the department asked for; the clock runs again. */
export function provideSupplement(ctx: RequestContext, ref: ReferralRef, note: string, fileIds?: string[] | null): Promise<ReferralRow> {
  const what = requiredText(note, 'note', '补正情况说明');
  return transition(ctx, ref, {
    action: 'referral.supplement_provided',
    verb: '提交补正材料',
    actor: 'WINDOW',
    from: ['SUPPLEMENT'],
    plan: (r, { em }) => ({
      to: 'PROCESSING',
      patch: { supplementDue: null },
      note: what,
      payload: { fileCount: fileIds?.length ?? 0 },
      after: async () => {
        if (!fileIds?.length) return;
        await linkFiles(ctx, em, fileIds, 'application', r.applicationId, r.areaCode);
        em.create(ApplicationMaterial, {
          applicationId: r.applicationId,
          areaCode: r.areaCode,
          programCode: r.programCode,
          name: `补正材料：${(r.supplementNote ?? '').slice(0, 180)}`,
          required: true,
          provided: true,
          fileIds,
          note: what,
        });
        await em.flush();
      },
    }),
  });
}

/** A returned referral sent again after the window fixed it: a new clock starts. */
export function resubmitReferral(ctx: RequestContext, ref: ReferralRef, note: string): Promise<ReferralRow> {
  const what = requiredText(note, 'note', '处理情况说明');
  return transition(ctx, ref, {
    action: 'referral.resubmitted',
    verb: '重新派发',
    actor: 'WINDOW',
    from: ['RETURNED'],
    plan: (_r, { cal, today }) => ({
      to: 'PENDING_SIGN',
      patch: { clockStart: today, pausedWd: 0, pausedSince: null, signDue: cal.addWorkingDays(today, 1), escalationLevel: 0 },
      note: what,
    }),
  });
}

export function withdrawReferral(ctx: RequestContext, ref: ReferralRef, reason: string): Promise<ReferralRow> {
  const why = requiredText(reason, 'reason', '撤回原因');
  return transition(ctx, ref, {
    action: 'referral.withdrawn',
    verb: '撤回',
    actor: 'WINDOW',
    from: [...OPEN_STATUSES, 'RETURNED'],
    plan: () => ({ to: 'WITHDRAWN', note: `申请人撤回：${why}`, payload: { reason: why } }),
  });
}

/** 跟踪反馈: a window note on a referral (called the department, told the applicant …). No state change. */
export async function followUp(ctx: RequestContext, referralId: string, note: string): Promise<void> {
  const what = requiredText(note, 'note', '跟踪反馈内容');
  ctx.require('application.write', '跟踪反馈');
  await ctx.tx(async (em) => {
    const r = await loadReferral(em, referralId);
    assertInScope(ctx, r.areaCode, '转办单');
    await addHistory(ctx, em, { referralId: r.id, applicationId: r.applicationId, areaCode: r.areaCode, kind: 'referral.followed_up', note: what });
    await emitEvent(ctx, em, {
      type: 'referral.followed_up',
      aggregateType: 'referral',
      aggregateId: r.id,
      areaCode: r.areaCode,
      payload: { applicationId: r.applicationId, receiptNo: r.receiptNo, note: what },
    });
    await recordAudit(ctx, { action: 'referral.followed_up', entityType: 'referral', entityId: r.id, detail: { note: what } });
  });
}
