import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { assertInScope } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { linkFiles } from '../files/files.service';
import { catalogueInForce } from '../program/catalogue.service';
import { settingValue } from '../setting/setting.service';
import { householdAddress } from '../workflow/receipt.service';
import { emitEvent } from '../workflow/outbox';
import { loadReferral, setReferralFields } from '../workflow/referral.repo';
import { startVerification, type ReferralRef } from '../workflow/referral.service';
import { AUTHORISATION_SCOPE_NAMES, validAuthorisationOf, type ValidAuthorisation } from './authorisation';
import { computeFor, incomeAndAssets, loadLedger, type HouseholdLedger, type VerificationComputation } from './computation';
import { matchReferenceData, type DataMatchPayload } from './data-match';
import { recordSummary, validatePayload, type PayloadInput } from './payload';
import type { VerificationReportContent } from './report-content';
import {
  DEFAULT_REPORT_VALID_MONTHS,
  VERIFICATION_CONCLUSIONS,
  VERIFICATION_DUE_WORKING_DAYS,
  VERIFICATION_METHODS,
  VERIFICATION_STATUSES,
  type VerificationConclusion,
  type VerificationMethod,
} from './verification.codes';
import { Verification, VerificationRecord, VerificationReport } from './verification.entity';

/**
 * 统一核查 (README.md, ADR 0023): start (window, or the department handling a referral; a valid
 * authorisation required), method records (信息比对 automatic, the others typed forms), computation by the
 * rules engine, maker-checker (drafter ≠ approver), the report issued on approval (numbered, versioned per
 * household, superseding the previous one, valid for the months of the system setting), cancel, and
 * re-verification asked by a department. Every write is logged; every mutation takes the version it read.
 */

const NOT_FOUND = '核查不存在或不在您的管辖范围内';

function refuse(message: string, code: 'FORBIDDEN' | 'INVALID_STATE' = 'INVALID_STATE'): never {
  throw new AppError(code, message);
}

/** Per request: does the actor's department own 低保 (the catalogue in force)? Asked by every check of the request once. */
const ownsDibao = new WeakMap<RequestContext, Promise<boolean>>();

function departmentOwnsDibao(ctx: RequestContext): Promise<boolean> {
  let answer = ownsDibao.get(ctx);
  if (!answer) {
    answer = (async () => {
      const { catalogue } = await catalogueInForce(ctx);
      const owner = catalogue.programs.find((p) => p.code === 'DIBAO')?.owner;
      const [d] = await ctx.tx((em) => sqlRows<{ code: string }>(em, `select code from department where id = ?`, [ctx.departmentId]));
      return !!d && d.code === owner;
    })();
    ownsDibao.set(ctx, answer);
  }
  return answer;
}

/**
 * Who conducts verifications: windows (no department) and officers of the department owning 低保 (民政), with
 * `permission`. The one check behind every mutation and the `viewerCan…` fields the console reads.
 */
export async function mayConductVerification(ctx: RequestContext, permission: 'verification.manage' | 'verification.approve'): Promise<boolean> {
  if (!ctx.can(permission)) return false;
  if (ctx.actor.kind === 'system' || !ctx.departmentId) return true;
  return departmentOwnsDibao(ctx);
}

async function checkManager(
  ctx: RequestContext,
  permission: 'verification.manage' | 'verification.approve' = 'verification.manage',
  what = '办理家庭经济状况核查',
): Promise<void> {
  ctx.require(permission, what);
  if (!(await mayConductVerification(ctx, permission))) {
    throw new AppError('FORBIDDEN', '家庭经济状况核查由民政部门和镇街、村社窗口办理；其他部门可在转办单上申请重新核查');
  }
}

async function loadVerification(ctx: RequestContext, em: EntityManager, id: string, lock = false): Promise<Verification> {
  const v = await em.findOne(Verification, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!v) throw new AppError('NOT_FOUND', NOT_FOUND);
  assertInScope(ctx, v.areaCode, '核查');
  return v;
}

function checkVersion(v: Verification, version: number | undefined | null): void {
  if (!Number.isInteger(version)) throw new AppError('BAD_USER_INPUT', '缺少核查的版本号', { field: 'version' });
  if (v.version !== version) throw new AppError('CONFLICT', `该核查已被他人修改（当前状态：${VERIFICATION_STATUSES[v.status]}），请刷新后重试`);
}

function requireStatus(v: Verification, allowed: Verification['status'][], verb: string): void {
  if (!allowed.includes(v.status)) refuse(`核查当前状态为“${VERIFICATION_STATUSES[v.status]}”，不能${verb}`);
}

function cleanText(value: string | null | undefined, field: string, what: string, min: number, max: number, required: boolean): string | null {
  const r = value?.trim() ?? '';
  if (!r) {
    if (required) throw new AppError('BAD_USER_INPUT', `请填写${what}`, { field });
    return null;
  }
  if ([...r].length < min) throw new AppError('BAD_USER_INPUT', `${what}至少 ${min} 个字`, { field });
  if ([...r].length > max) throw new AppError('BAD_USER_INPUT', `${what}不能超过 ${max} 个字`, { field });
  return r;
}

async function nextNo(em: EntityManager, seq: string, prefix: string, areaCode: string, today: string): Promise<string> {
  const [{ n }] = await sqlRows<{ n: string }>(em, `select nextval('${seq}')::text as n`);
  return `${prefix}${today.slice(0, 4)}${areaCode.slice(6, 9)}${String(Number(n) % 100000).padStart(5, '0')}`;
}

/** 'YYYY-MM-DD' + months (the last day of a shorter month when the day does not exist). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export async function reportValidMonths(ctx: RequestContext): Promise<number> {
  const v = Number(await settingValue(ctx, 'VERIFICATION_REPORT_VALID_MONTHS'));
  return Number.isInteger(v) && v >= 1 && v <= 36 ? v : DEFAULT_REPORT_VALID_MONTHS;
}

async function requireAuthorisation(ctx: RequestContext, em: EntityManager, householdId: string): Promise<ValidAuthorisation> {
  const a = await validAuthorisationOf(ctx, em, householdId);
  if (!a) {
    throw new AppError(
      'AUTHORISATION_REQUIRED',
      '该户没有有效的家庭经济状况核对授权书（未签署、已过期或已撤销），请先登记共同生活家庭成员签字的授权书后再发起核查',
    );
  }
  return a;
}

interface StartInput {
  householdId: string;
  referralRef?: ReferralRef | null;
  reason?: string | null;
}

/** Creates an OPEN verification in the caller's transaction (start and re-verification share it). */
async function createVerification(ctx: RequestContext, em: EntityManager, input: StartInput, referralId: string | null, action: string): Promise<Verification> {
  const [h] = await sqlRows<{ id: string; areaCode: string; visible: boolean }>(
    em,
    `select id, area_code as "areaCode", (coalesce(current_setting('app.detail_scope', true), '') = 'area' or app_detail_visible(id)) as visible
       from household where id = ?`,
    [input.householdId],
  );
  if (!h) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
  assertInScope(ctx, h.areaCode, '家庭');
  if (!h.visible) throw new AppError('FORBIDDEN', '只有辖区窗口或办理该户事项的部门可以对该户发起核查');
  const auth = await requireAuthorisation(ctx, em, h.id);
  const [open] = await sqlRows<{ no: string }>(em, `select no from verification where household_id = ? and status in ('OPEN', 'DRAFTED')`, [h.id]);
  if (open) throw new AppError('CONFLICT', `该户已有进行中的核查（编号 ${open.no}），请在该核查中继续办理`);
  const today = todayOf(ctx);
  const cal = await loadWorkCalendar(ctx);
  const v = em.create(Verification, {
    no: await nextNo(em, 'verification_no_seq', 'HC', h.areaCode, today),
    householdId: h.id,
    areaCode: h.areaCode,
    referralId,
    authorisationId: auth.id,
    dueDate: cal.addWorkingDays(today, VERIFICATION_DUE_WORKING_DAYS),
    reason: input.reason ?? null,
    startedBy: ctx.actor.id ?? null,
    startedByName: ctx.actor.name.slice(0, 64),
    startedDepartmentId: ctx.departmentId,
    createdAt: nowOf(ctx),
  });
  await em.flush();
  await recordAudit(ctx, {
    action,
    entityType: 'verification',
    entityId: v.id,
    after: { status: 'OPEN', no: v.no, dueDate: v.dueDate },
    detail: { householdId: h.id, referralId, authorisationId: auth.id, reason: input.reason ?? null },
  });
  return v;
}

/**
 * 发起核查: a window of the household's area, or a 民政 officer; with `referralRef`, the verification is
 * linked to the referral and — when the actor is the referral's department and it is 办理中 — the referral
 * moves to 核查中 through the workflow's own `startVerification`.
 */
export async function startHouseholdVerification(ctx: RequestContext, input: StartInput): Promise<string> {
  await checkManager(ctx);
  const reason = cleanText(input.reason, 'reason', '核查事由', 1, 500, false);
  return ctx.tx(async (em) => {
    let referralId: string | null = null;
    if (input.referralRef) {
      const r = await loadReferral(em, input.referralRef.id);
      if (r.householdId !== input.householdId) throw new AppError('BAD_USER_INPUT', '转办单不属于该家庭', { field: 'referralRef' });
      if (r.version !== input.referralRef.version) throw new AppError('CONFLICT', '该转办单已被他人处理，请刷新后重试');
      referralId = r.id;
      const v = await createVerification(ctx, em, { ...input, reason }, referralId, 'verification.started');
      if (r.status === 'PROCESSING' && ctx.departmentId && ctx.departmentId === r.departmentId && ctx.can('referral.handle')) {
        await startVerification(ctx, input.referralRef, `发起家庭经济状况核查（${v.no}）`);
      }
      return v.id;
    }
    return (await createVerification(ctx, em, { ...input, reason }, null, 'verification.started')).id;
  });
}

/**
 * 申请（重新）核查: the department handling a referral asks for a new verification of the household (linked to
 * the referral; a 办理中 referral moves to 核查中); the old report stays valid until the new one is approved.
 */
export async function requestReverification(ctx: RequestContext, ref: ReferralRef, reason: string): Promise<string> {
  ctx.require('referral.handle', '申请重新核查');
  const text = cleanText(reason, 'reason', '重新核查的理由', 4, 500, true)!;
  return ctx.tx(async (em) => {
    const r = await loadReferral(em, ref.id);
    if (ctx.actor.kind !== 'system' && ctx.departmentId !== r.departmentId) {
      throw new AppError('FORBIDDEN', `该转办单由${r.departmentName}办理，其他部门不能申请重新核查`);
    }
    if (r.version !== ref.version) throw new AppError('CONFLICT', '该转办单已被他人处理，请刷新后重试');
    if (!r.householdId) throw new AppError('INVALID_STATE', '该转办单没有关联家庭');
    const v = await createVerification(ctx, em, { householdId: r.householdId, reason: text }, r.id, 'verification.reverification_requested');
    // The department now waits for the verification: the referral shows 核查中 (it may still decide from there).
    if (r.status === 'PROCESSING') await startVerification(ctx, ref, `申请家庭经济状况核查（${v.no}）`);
    return v.id;
  });
}

/** The members to match: living and dead members of the household (blind index + masked name). */
function matchMembers(ledger: HouseholdLedger) {
  return ledger.persons.map((p) => ({ personId: p.personId, idBidx: p.idBidx, nameMasked: p.nameMasked }));
}

/** A new record of `method` on the verification (the caller flushes and logs). */
function newRecord(
  ctx: RequestContext,
  em: EntityManager,
  v: Verification,
  method: VerificationMethod,
  payload: Record<string, unknown>,
  fileIds: string[] = [],
) {
  return em.create(VerificationRecord, {
    verificationId: v.id,
    householdId: v.householdId,
    areaCode: v.areaCode,
    method,
    payload,
    fileIds,
    recordedBy: ctx.actor.id ?? null,
    recordedByName: ctx.actor.name.slice(0, 64),
    recordedAt: nowOf(ctx),
  });
}

const datasetsWith = (p: DataMatchPayload, status: string) =>
  p.sources
    .filter((s) => s.status === status)
    .map((s) => s.dataset)
    .join(',');

/** 信息比对: every reference dataset for every member; a new DATA_MATCH record (the latest one counts). */
export async function runDataMatch(ctx: RequestContext, id: string, opts: { failing?: string[] } = {}): Promise<string> {
  await checkManager(ctx);
  const { v, ledger } = await ctx.tx(async (em) => {
    const v = await loadVerification(ctx, em, id);
    requireStatus(v, ['OPEN'], '进行信息比对');
    const ledger = await loadLedger(em, v.householdId);
    if (!ledger) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
    return { v, ledger };
  });
  const payload = await matchReferenceData(ctx, matchMembers(ledger), opts);
  return ctx.tx(async (em) => {
    const cur = await loadVerification(ctx, em, id, true);
    requireStatus(cur, ['OPEN'], '进行信息比对');
    const rec = newRecord(ctx, em, v, 'DATA_MATCH', payload as unknown as Record<string, unknown>);
    await em.flush();
    await recordAudit(ctx, {
      action: 'verification.data_matched',
      entityType: 'verification',
      entityId: v.id,
      detail: {
        recordId: rec.id,
        found: datasetsWith(payload, 'FOUND'),
        failed: datasetsWith(payload, 'ERROR'),
      },
    });
    return rec.id;
  });
}

/** 入户调查 / 邻里访问 / 信函索证 / 民主评议: a typed record with its files (photos, letters, minutes). */
export async function addVerificationRecord(
  ctx: RequestContext,
  id: string,
  method: VerificationMethod,
  payload: PayloadInput | null | undefined,
  fileIds: string[] | null | undefined,
): Promise<string> {
  await checkManager(ctx);
  if (!(method in VERIFICATION_METHODS)) throw new AppError('BAD_USER_INPUT', '核查方式不正确', { field: 'method' });
  const clean = validatePayload(method, payload, todayOf(ctx));
  const files = [...new Set(fileIds ?? [])];
  if (files.length > 20) throw new AppError('BAD_USER_INPUT', '每条记录最多 20 个附件', { field: 'fileIds' });
  return ctx.tx(async (em) => {
    const v = await loadVerification(ctx, em, id, true);
    requireStatus(v, ['OPEN'], '录入核查记录');
    const rec = newRecord(ctx, em, v, method, clean, files);
    await em.flush();
    if (files.length) await linkFiles(ctx, em, files, 'verification', v.id, v.areaCode);
    await recordAudit(ctx, {
      action: 'verification.record_added',
      entityType: 'verification',
      entityId: v.id,
      after: { method, ...clean },
      detail: { recordId: rec.id, files: files.length },
    });
    return rec.id;
  });
}

async function latestMatch(em: EntityManager, verificationId: string): Promise<DataMatchPayload | null> {
  const [r] = await sqlRows<{ payload: DataMatchPayload }>(
    em,
    `select payload from verification_record where verification_id = ? and method = 'DATA_MATCH' order by recorded_at desc, id desc limit 1`,
    [verificationId],
  );
  return r?.payload ?? null;
}

async function compute(ctx: RequestContext, em: EntityManager, v: Verification): Promise<VerificationComputation> {
  const ledger = await loadLedger(em, v.householdId);
  if (!ledger) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
  const match = await latestMatch(em, v.id);
  const failed = match ? match.sources.filter((s) => s.status === 'ERROR').length : 0;
  return computeFor(ctx, em, ledger, match?.evidence ?? null, failed, todayOf(ctx));
}

/** 核算: evaluates the household (ledger + data match evidence) and stores the result on the verification. */
export async function computeVerification(ctx: RequestContext, id: string): Promise<VerificationComputation> {
  await checkManager(ctx);
  return ctx.tx(async (em) => {
    const v = await loadVerification(ctx, em, id, true);
    requireStatus(v, ['OPEN'], '核算');
    const c = await compute(ctx, em, v);
    v.computation = c as unknown as Record<string, unknown>;
    v.computedAt = nowOf(ctx);
    await em.flush();
    await recordAudit(ctx, {
      action: 'verification.computed',
      entityType: 'verification',
      entityId: v.id,
      detail: {
        perCapitaIncomeFen: c.figures.perCapitaIncomeFen,
        proposed: c.proposedConclusion,
        outcomes: c.programs.map((p) => `${p.code}:${p.outcome}`).join(','),
      },
    });
    return c;
  });
}

/** 起草核查结论 (OPEN → DRAFTED): recomputes, records the drafter. */
export async function draftVerification(ctx: RequestContext, id: string, conclusion: VerificationConclusion, note: string | null | undefined, version: number) {
  await checkManager(ctx);
  if (!(conclusion in VERIFICATION_CONCLUSIONS)) throw new AppError('BAD_USER_INPUT', '核查结论不正确', { field: 'conclusion' });
  const text = cleanText(note, 'note', '核查结论说明', 1, 1000, conclusion !== 'ELIGIBLE_RANGE');
  return ctx.tx(async (em) => {
    const v = await loadVerification(ctx, em, id, true);
    checkVersion(v, version);
    requireStatus(v, ['OPEN'], '起草核查结论');
    const match = await latestMatch(em, v.id);
    if (!match) refuse('请先进行信息比对，再起草核查结论');
    const c = await compute(ctx, em, v);
    v.computation = c as unknown as Record<string, unknown>;
    v.computedAt = nowOf(ctx);
    v.status = 'DRAFTED';
    v.conclusion = conclusion;
    v.conclusionNote = text;
    v.draftedBy = ctx.actor.id ?? null;
    v.draftedByName = ctx.actor.name.slice(0, 64);
    v.draftedAt = nowOf(ctx);
    v.returnedReason = null;
    await em.flush();
    await recordAudit(ctx, {
      action: 'verification.drafted',
      entityType: 'verification',
      entityId: v.id,
      before: { status: 'OPEN' },
      after: { status: 'DRAFTED', conclusion, conclusionNote: text },
      detail: { proposed: c.proposedConclusion },
    });
    // 待复核: the staff inbox tells who may approve it (modules/inbox); the drafter is excluded there (maker-checker).
    await emitEvent(ctx, em, {
      type: 'verification.drafted',
      aggregateType: 'verification',
      aggregateId: v.id,
      areaCode: v.areaCode,
      payload: { verificationNo: v.no, householdId: v.householdId, conclusion, draftedBy: v.draftedBy },
    });
    return v.id;
  });
}

/** 退回修改 (DRAFTED → OPEN) by the checker, with a reason. */
export async function returnVerification(ctx: RequestContext, id: string, reason: string, version: number): Promise<string> {
  await checkManager(ctx, 'verification.approve', '复核核查结论');
  const text = cleanText(reason, 'reason', '退回理由', 4, 500, true)!;
  return ctx.tx(async (em) => {
    const v = await loadVerification(ctx, em, id, true);
    checkVersion(v, version);
    requireStatus(v, ['DRAFTED'], '退回');
    v.status = 'OPEN';
    v.returnedReason = text;
    await em.flush();
    await recordAudit(ctx, {
      action: 'verification.returned',
      entityType: 'verification',
      entityId: v.id,
      before: { status: 'DRAFTED' },
      after: { status: 'OPEN', returnedReason: text },
    });
    return v.id;
  });
}

/** 撤销核查 (OPEN or DRAFTED → CANCELLED), with a reason. */
export async function cancelVerification(ctx: RequestContext, id: string, reason: string): Promise<string> {
  await checkManager(ctx);
  const text = cleanText(reason, 'reason', '撤销理由', 4, 500, true)!;
  return ctx.tx(async (em) => {
    const v = await loadVerification(ctx, em, id, true);
    requireStatus(v, ['OPEN', 'DRAFTED'], '撤销');
    const before = v.status;
    v.status = 'CANCELLED';
    v.cancelledReason = text;
    await em.flush();
    await recordAudit(ctx, {
      action: 'verification.cancelled',
      entityType: 'verification',
      entityId: v.id,
      before: { status: before },
      after: { status: 'CANCELLED', cancelledReason: text },
    });
    return v.id;
  });
}

/**
 * 复核通过 (DRAFTED → APPROVED) by another user than the drafter (`MAKER_CHECKER`), issuing the report:
 * number, next version of the household, validity, the frozen content; the previous report is superseded.
 */
export async function approveVerification(ctx: RequestContext, id: string, version: number): Promise<string> {
  await checkManager(ctx, 'verification.approve', '复核核查结论');
  const months = await reportValidMonths(ctx);
  return ctx.tx(async (em) => {
    const v = await loadVerification(ctx, em, id, true);
    checkVersion(v, version);
    requireStatus(v, ['DRAFTED'], '复核通过');
    if (ctx.actor.kind !== 'system' && (!ctx.actor.id || ctx.actor.id === v.draftedBy)) {
      throw new AppError('MAKER_CHECKER', '起草人不能复核本人起草的核查结论，请由另一名工作人员复核');
    }
    const now = nowOf(ctx);
    const today = todayOf(ctx);
    const [{ n }] = await sqlRows<{ n: number }>(em, `select coalesce(max(version), 0)::int + 1 as n from verification_report where household_id = ?`, [
      v.householdId,
    ]);
    const previous = await em.find(VerificationReport, { householdId: v.householdId, supersededBy: null });
    const report = em.create(VerificationReport, {
      no: await nextNo(em, 'verification_report_no_seq', 'HB', v.areaCode, today),
      version: n,
      householdId: v.householdId,
      areaCode: v.areaCode,
      verificationId: v.id,
      issuedAt: now,
      validUntil: addMonths(today, months),
      draftedBy: v.draftedBy ?? null,
      draftedByName: v.draftedByName ?? '',
      approvedBy: ctx.actor.id ?? null,
      approvedByName: ctx.actor.name.slice(0, 64),
      conclusion: v.conclusion!,
      content: {},
      createdAt: now,
    });
    report.content = (await buildContent(ctx, em, v, report)) as unknown as Record<string, unknown>;
    for (const p of previous) {
      p.supersededBy = report.id;
      p.supersededAt = now;
    }
    v.status = 'APPROVED';
    v.approvedBy = ctx.actor.id ?? null;
    v.approvedByName = ctx.actor.name.slice(0, 64);
    v.approvedAt = now;
    v.reportId = report.id;
    await em.flush();
    if (v.referralId) await setReferralFields(em, v.referralId, { verificationReportId: report.id });
    await recordAudit(ctx, {
      action: 'verification.approved',
      entityType: 'verification',
      entityId: v.id,
      before: { status: 'DRAFTED' },
      after: { status: 'APPROVED', reportNo: report.no, reportVersion: report.version, validUntil: report.validUntil },
      detail: { reportId: report.id, superseded: previous.map((p) => p.no).join(','), conclusion: v.conclusion },
    });
    return v.id;
  });
}

/** The frozen content of the report being issued (computed now from the ledger and the records). */
async function buildContent(ctx: RequestContext, em: EntityManager, v: Verification, r: VerificationReport): Promise<VerificationReportContent> {
  const c = await compute(ctx, em, v);
  const ledger = (await loadLedger(em, v.householdId))!;
  const match = await latestMatch(em, v.id);
  // (sqlRows parses columns named *Until as timestamps: the date is read as validEnd.)
  const [authRow] = await sqlRows<{ signedOn: string; validEnd: string; scope: string[] }>(
    em,
    `select signed_on::text as "signedOn", valid_until::text as "validEnd", scope from household_authorisation where id = ?`,
    [v.authorisationId],
  );
  const auth = authRow ? { signedOn: authRow.signedOn, validUntil: authRow.validEnd, scope: authRow.scope } : null;
  const records = await sqlRows<{ method: VerificationMethod; payload: Record<string, unknown>; recordedAt: Date; recordedByName: string }>(
    em,
    `select method, payload, recorded_at as "recordedAt", recorded_by_name as "recordedByName" from verification_record where verification_id = ? order by recorded_at, id`,
    [v.id],
  );
  const place = await ctx.asSystem('verification-report', (sem) =>
    sqlRows<{ district: string | null; town: string | null; village: string | null }>(
      sem,
      `select d.name as district, t.name as town, v.name as village from area v
         left join area t on t.code = left(v.code, 9) || '000' and t.code <> v.code
         left join area d on d.code = left(v.code, 6) || '000000' and d.code <> v.code where v.code = ?`,
      [v.areaCode],
    ),
  );
  const areas = place[0] ?? { district: null, town: null, village: null };
  const head = ledger.persons.find((p) => p.relation === 'HEAD') ?? ledger.persons[0];
  const { income, assets } = incomeAndAssets(c);
  return {
    header: {
      title: '家庭经济状况核查报告',
      office: `${areas.district ?? ''}${areas.town ?? ''}社会救助家庭经济状况核查`,
      reportNo: r.no,
      version: r.version,
      verificationNo: v.no,
      issuedAt: r.issuedAt.toISOString(),
      validUntil: r.validUntil,
      queriedAt: match?.queriedAt ?? null,
      authorisation: auth ? { ...auth, scopeNames: auth.scope.map((s) => AUTHORISATION_SCOPE_NAMES[s] ?? s) } : null,
    },
    household: {
      headNameMasked: head?.nameMasked ?? '',
      address: householdAddress(areas, ledger.household.address),
      areaName: [areas.town, areas.village].filter(Boolean).join(''),
      residenceType: ledger.household.residenceType,
      residenceTypeName: ledger.household.residenceType === 'URBAN' ? '城市' : '农村',
      memberCount: ledger.persons.length,
    },
    members: c.members,
    income,
    assets,
    findings: c.findings,
    sources: (match?.sources ?? []).map((s) => ({ ...s, queriedAt: match!.queriedAt })),
    methods: records.map((x) => ({
      method: x.method,
      name: VERIFICATION_METHODS[x.method],
      recordedAt: new Date(x.recordedAt).toISOString(),
      recordedByName: x.recordedByName,
      summary: recordSummary(x.method, x.payload),
    })),
    programs: c.programs,
    conclusion: {
      code: v.conclusion!,
      name: VERIFICATION_CONCLUSIONS[v.conclusion!],
      note: v.conclusionNote ?? null,
      proposed: c.proposedConclusion,
      proposedReason: c.proposedReason,
    },
    draftedByName: v.draftedByName ?? '',
    approvedByName: ctx.actor.name,
  };
}
