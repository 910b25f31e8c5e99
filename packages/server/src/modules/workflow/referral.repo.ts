import { randomUUID } from 'node:crypto';
import { OptimisticLockError, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProgramDef, WorkCalendar } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { openApplyingBenefit } from '../household/benefit.service';
import { AppError } from '../../shared/errors';
import { nowOf } from '../../shared/dates';
import { sqlRows } from '../../shared/sql';
import { referralLimit, SIGN_LIMIT_WD, storedDates } from './clock';
import { clip } from '../../shared/text';
import { Referral, type ReferralChanges } from './referral.entity';
import { arrayOf, decodeRows, int, isoDate, json, nullable, oneOf, row, text, type Fields } from '../../db/rows';
import { REFERRAL_STATUSES, statusName, type ReferralStatus } from './states';

/** Referral access: the read row (column list with joined names), changes through the entity, history rows. */

export interface ReferralRow {
  id: string;
  applicationId: string;
  receiptNo: string;
  applicantPersonId: string | null;
  householdId: string;
  personId: string | null;
  areaCode: string;
  programCode: string;
  departmentId: string;
  departmentName: string;
  status: ReferralStatus;
  outcome: string | null;
  reason: string | null;
  clockStart: string;
  limitDays: number;
  extendableTo: number | null;
  extensionDays: number;
  signDue: string;
  pausedWd: number;
  pausedSince: string | null;
  dueDate: string | null;
  warnDate: string | null;
  escalationLevel: number;
  supplementNote: string | null;
  supplementDue: string | null;
  publicityStart: string | null;
  publicityEnd: string | null;
  decisionAmountFen: number | null;
  decisionStartMonth: string | null;
  decisionReason: string | null;
  legalRemedy: string | null;
  verificationReportId: string | null;
  benefitId: string | null;
  transferredFromId: string | null;
  transferredToId: string | null;
  closedOn: string | null;
  /** 重复申请说明 of the window, and the existing records it was shown (重复救). */
  duplicateReason: string | null;
  duplicateOf: unknown[] | null;
  version: number;
}

export const REFERRAL_COLUMNS = `r.id, r.application_id as "applicationId", a.receipt_no as "receiptNo", a.applicant_person_id as "applicantPersonId",
  r.household_id as "householdId", r.person_id as "personId", r.area_code as "areaCode", r.program_code as "programCode",
  r.department_id as "departmentId", d.name as "departmentName", r.status, r.outcome, r.reason,
  r.clock_start::text as "clockStart", r.limit_days as "limitDays", r.extendable_to as "extendableTo", r.extension_days as "extensionDays",
  r.sign_due::text as "signDue", r.paused_wd as "pausedWd", r.paused_since::text as "pausedSince", r.due_date::text as "dueDate",
  r.warn_date::text as "warnDate", r.escalation_level as "escalationLevel", r.supplement_note as "supplementNote",
  r.supplement_due::text as "supplementDue", r.publicity_start::text as "publicityStart", r.publicity_until::text as "publicityEnd",
  r.decision_amount_fen::int as "decisionAmountFen", r.decision_start_month as "decisionStartMonth", r.decision_reason as "decisionReason",
  r.legal_remedy as "legalRemedy", r.verification_report_id as "verificationReportId", r.benefit_id as "benefitId",
  r.transferred_from_id as "transferredFromId", r.transferred_to_id as "transferredToId",
  (r.closed_at at time zone 'Asia/Shanghai')::date::text as "closedOn", r.duplicate_reason as "duplicateReason", r.duplicate_of as "duplicateOf", r.version`;

/** The decoder of REFERRAL_COLUMNS (db/rows.ts): the compiler checks it names every field of ReferralRow. */
export const REFERRAL_FIELDS: Fields<ReferralRow> = {
  id: text,
  applicationId: text,
  receiptNo: text,
  applicantPersonId: nullable(text),
  householdId: text,
  personId: nullable(text),
  areaCode: text,
  programCode: text,
  departmentId: text,
  departmentName: text,
  status: oneOf(Object.keys(REFERRAL_STATUSES) as ReferralStatus[]),
  outcome: nullable(text),
  reason: nullable(text),
  clockStart: isoDate,
  limitDays: int,
  extendableTo: nullable(int),
  extensionDays: int,
  signDue: isoDate,
  pausedWd: int,
  pausedSince: nullable(isoDate),
  dueDate: nullable(isoDate),
  warnDate: nullable(isoDate),
  escalationLevel: int,
  supplementNote: nullable(text),
  supplementDue: nullable(isoDate),
  publicityStart: nullable(isoDate),
  publicityEnd: nullable(isoDate),
  decisionAmountFen: nullable(int),
  decisionStartMonth: nullable(text),
  decisionReason: nullable(text),
  legalRemedy: nullable(text),
  verificationReportId: nullable(text),
  benefitId: nullable(text),
  transferredFromId: nullable(text),
  transferredToId: nullable(text),
  closedOn: nullable(isoDate),
  duplicateReason: nullable(text),
  duplicateOf: nullable(arrayOf(json)),
  version: int,
};
const referralRow = row(REFERRAL_FIELDS);

export const REFERRAL_FROM = `referral r join application a on a.id = r.application_id join department d on d.id = r.department_id`;

export async function loadReferral(em: EntityManager, id: string, lock = false): Promise<ReferralRow> {
  const rows = decodeRows(
    await sqlRows(em, `select ${REFERRAL_COLUMNS} from ${REFERRAL_FROM} where r.id = ?${lock ? ' for update of r' : ''}`, [id]),
    referralRow,
    'referral',
  );
  if (!rows.length) throw new AppError('NOT_FOUND', '转办单不存在或不在您的管辖范围内');
  return rows[0];
}

/**
 * Applies a transition's changes through the entity. Optimistic locking: `expectedVersion` is the
 * version the actor saw; a concurrent transition that committed first bumped it, so the entity's
 * versioned UPDATE (MikroORM `version: true`) matches no row → CONFLICT.
 */
export async function changeReferral(em: EntityManager, r: ReferralRow, expectedVersion: number, changes: ReferralChanges): Promise<Referral> {
  const entity = await em.findOne(Referral, { id: r.id }, { refresh: true });
  if (!entity || entity.version !== expectedVersion) throw conflict(r);
  Object.assign(entity, changes);
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof OptimisticLockError) throw conflict(r);
    throw e;
  }
  return entity;
}

/**
 * Bookkeeping that is not a competing decision — links set right after a transition (benefit,
 * successor referral), escalation by supervisors and the clock, an approved extension: typed
 * columns, one UPDATE, no version bump (an officer's open form stays valid).
 */
export async function setReferralFields(em: EntityManager, id: string, fields: ReferralChanges & { updatedAt?: Date }): Promise<void> {
  if (Object.keys(fields).length) await em.nativeUpdate(Referral, { id }, { ...fields, ...sameVersion() });
}

/** MikroORM bumps the version in every UPDATE of a versioned entity unless the data names it. */
const sameVersion = () => ({ version: raw('version') });

/** Raises the escalation level to `level` unless it is already there or higher (one atomic UPDATE). */
export async function raiseEscalation(em: EntityManager, id: string, level: number): Promise<void> {
  await em.nativeUpdate(Referral, { id, escalationLevel: { $lt: level } }, { escalationLevel: level, ...sameVersion() });
}

export function conflict(r: Pick<ReferralRow, 'status'>): AppError {
  return new AppError('CONFLICT', `该转办单已被他人处理（原状态：${statusName(r.status)}），请刷新后重试`);
}

export interface HistoryEntry {
  referralId: string | null;
  applicationId: string;
  areaCode: string;
  kind: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  actorDepartment?: string | null;
}

export async function addHistory(ctx: RequestContext, em: EntityManager, h: HistoryEntry): Promise<void> {
  await em.execute(
    `insert into referral_event (id, referral_id, application_id, area_code, kind, from_status, to_status, note, actor_name, actor_department, at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      h.referralId,
      h.applicationId,
      h.areaCode,
      h.kind,
      h.fromStatus ?? null,
      h.toStatus ?? null,
      h.note == null ? null : clip(h.note, 1000),
      clip(ctx.actor.name, 64),
      h.actorDepartment ?? null,
      nowOf(ctx),
    ],
  );
}

export interface NewReferral {
  applicationId: string;
  householdId: string;
  personId: string | null;
  areaCode: string;
  program: ProgramDef;
  departmentId: string;
  reason: string | null;
  screening: Record<string, unknown> | null;
  today: string;
  urgent: boolean;
  /** Receipt number: the 申请中 link of the benefits chain refers to it. */
  receiptNo: string;
  transferredFromId?: string | null;
  /** 重复救 accepted at intake: the window's reason and the existing records it was shown. */
  duplicate?: { reason: string; existing: unknown[] } | null;
}

/**
 * Inserts a referral in 待签收 with its clock started today, and its 申请中 link in the household's
 * benefits chain. Returns id and the limit used.
 */
export async function insertReferral(
  ctx: RequestContext,
  em: EntityManager,
  cal: WorkCalendar,
  n: NewReferral,
): Promise<{ id: string; limitDays: number; dueDate: string }> {
  const limit = n.urgent && n.program.code === 'TEMP' ? { days: 1, extendableTo: null } : referralLimit(n.program);
  const dates = storedDates(cal, { clockStart: n.today, limitDays: limit.days, extensionDays: 0, pausedWd: 0, pausedSince: null, closedOn: null });
  const benefitId = await openApplyingBenefit(ctx, em, {
    householdId: n.householdId,
    personId: n.personId,
    programCode: n.program.code,
    departmentId: n.departmentId,
    sourceRef: n.receiptNo,
  });
  const { id } = em.create(Referral, {
    applicationId: n.applicationId,
    householdId: n.householdId,
    personId: n.personId,
    areaCode: n.areaCode,
    programCode: n.program.code,
    departmentId: n.departmentId,
    status: 'PENDING_SIGN',
    reason: n.reason,
    screening: n.screening,
    clockStart: n.today,
    limitDays: limit.days,
    extendableTo: limit.extendableTo,
    signDue: cal.addWorkingDays(n.today, SIGN_LIMIT_WD),
    dueDate: dates.dueDate,
    warnDate: dates.warnDate,
    transferredFromId: n.transferredFromId ?? null,
    benefitId,
    duplicateReason: n.duplicate?.reason ?? null,
    duplicateOf: n.duplicate?.existing ?? null,
    createdAt: nowOf(ctx),
    updatedAt: nowOf(ctx),
  });
  await em.flush();
  return { id, limitDays: limit.days, dueDate: dates.dueDate! };
}
