import { informantKindName } from '../user/informant-kinds';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { areaLevel, parsePersonName, PROGRAM_NAMES, type ProgramDef } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { assertInScope } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { departmentsByCode } from '../department/department.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { linkFiles, moveOwnedFiles } from '../files/files.service';
import { currentMembers } from '../household/household.query';
import { lockHousehold } from '../household/ledger-write';
import { catalogueInForce } from '../program/catalogue.service';
import { screenHousehold, type ScreeningView } from '../program/program.service';
import { checkDuplicates, describeExisting, findDuplicates } from './duplicates';
import { emitEvent } from './outbox';
import { Application } from './application.entity';
import { ApplicationMaterial } from './application-material.entity';
import { addHistory, insertReferral } from './referral.repo';
import { OUTCOMES, REPORT_PHOTO_MATERIAL, REPORT_PHOTO_MAX, statusName, type Outcome } from './states';

/**
 * 一门受理: a window registers an application once — household, the programs requested, the
 * materials checklist, the signed authorisation — gets a receipt number, and one referral per
 * program goes to its owning department in the same transaction. Pre-applications (portal,
 * informants) wait in the window's queue until confirmed.
 */

export interface RequestedProgram {
  programCode: string;
  /** MEMBER programs (特困, 两项补贴 …): the member it is for. */
  personId?: string | null;
  reason?: string | null;
  /** 重复申请说明: required when the household or member already receives or has pending the program. */
  duplicateReason?: string | null;
}

export interface MaterialInput {
  programCode?: string | null;
  name: string;
  provided: boolean;
  fileIds?: string[] | null;
  note?: string | null;
}

export interface ApplicationInput {
  householdId: string;
  applicantPersonId: string;
  programs: RequestedProgram[];
  materials?: MaterialInput[] | null;
  authorizationSigned: boolean;
  authorizationFileId?: string | null;
  urgent?: boolean | null;
  description?: string | null;
}

export interface PreApplicationInput {
  /** Known household (informants of the village), or only contact details. */
  householdId?: string | null;
  contactName: string;
  contactPhone?: string | null;
  address: string;
  areaCode: string;
  programs: RequestedProgram[];
  description: string;
  urgent?: boolean | null;
  /** 线索照片: images the informant uploaded (`/api/files`), at most REPORT_PHOTO_MAX. */
  photoFileIds?: string[] | null;
}

export interface RegisteredApplication {
  id: string;
  receiptNo: string;
  referralIds: string[];
}

function programOf(programs: readonly ProgramDef[], code: string): ProgramDef {
  const p = programs.find((x) => x.code === code);
  if (!p?.applicable) throw new AppError('BAD_USER_INPUT', `未知或不可申请的救助事项：${code}`, { field: 'programs' });
  return p;
}

function checkRequested(programs: readonly ProgramDef[], requested: RequestedProgram[]): void {
  if (!requested?.length) throw new AppError('BAD_USER_INPUT', '请至少选择一项申请事项', { field: 'programs' });
  if (requested.length > 20) throw new AppError('BAD_USER_INPUT', '一次申请的事项过多', { field: 'programs' });
  const seen = new Set<string>();
  for (const r of requested) {
    const p = programOf(programs, r.programCode);
    if (p.subject === 'MEMBER' && !r.personId) throw new AppError('BAD_USER_INPUT', `${p.name}须指明申请的家庭成员`, { field: 'programs' });
    if (p.subject === 'HOUSEHOLD' && r.personId) throw new AppError('BAD_USER_INPUT', `${p.name}按户申请，不需指明成员`, { field: 'programs' });
    const key = `${r.programCode}:${r.personId ?? ''}`;
    if (seen.has(key)) throw new AppError('BAD_USER_INPUT', `${p.name}重复申请`, { field: 'programs' });
    seen.add(key);
    if (r.reason && r.reason.length > 500) throw new AppError('BAD_USER_INPUT', '申请理由不超过 500 字', { field: 'programs' });
  }
}

async function nextReceiptNo(em: EntityManager, windowArea: string, today: string): Promise<string> {
  const [{ n }] = await sqlRows<{ n: string }>(em, `select nextval('application_receipt_seq')::text as n`);
  return `SJ${today.replace(/-/g, '')}${windowArea.slice(6, 9)}${String(Number(n) % 100000).padStart(5, '0')}`;
}

/** Creates the referrals of an accepted application: one per program, to its owner. */
async function createReferrals(
  ctx: RequestContext,
  em: EntityManager,
  app: { id: string; receiptNo: string; householdId: string; areaCode: string; applicantPersonId: string | null; urgent: boolean },
  requested: RequestedProgram[],
  today: string,
): Promise<string[]> {
  const { catalogue } = await catalogueInForce(ctx, today);
  const cal = await loadWorkCalendar(ctx);
  const depts = await departmentsByCode(ctx);
  // Members named on MEMBER programs must be living members of the household.
  const members = await currentMembers(ctx, app.householdId);
  const living = new Set(members.filter((m) => !m.dead).map((m) => m.personId));
  for (const req of requested) {
    if (req.personId && !living.has(req.personId))
      throw new AppError('BAD_USER_INPUT', `${programOf(catalogue.programs, req.programCode).name}的申请人须是本户在世成员`, { field: 'programs' });
  }
  // 重复救: already receiving or pending → refused unless the window says why (the department sees it).
  const duplicates = await findDuplicates(ctx, app.householdId, requested, catalogue.programs);
  const accepted = checkDuplicates(requested, duplicates);
  let screening: ScreeningView[] = [];
  try {
    screening = await screenHousehold(ctx, app.householdId, today);
  } catch {
    screening = []; // screening is advisory at intake; the department screens again
  }
  const ids: string[] = [];
  const programNames: string[] = [];
  let maxDays = 0;
  for (const req of requested) {
    const p = programOf(catalogue.programs, req.programCode);
    const dup = duplicates.find((d) => d.programCode === p.code && d.personId === (req.personId ?? null));
    const duplicate = dup ? { reason: accepted.get(dup)!, existing: dup.existing } : null;
    const dept = depts.get(p.owner);
    if (!dept) throw new AppError('BAD_USER_INPUT', `${p.name}的主管部门尚未建立，无法转办`, { field: 'programs' });
    const s = screening.find((x) => x.programCode === p.code);
    const snapshot = s
      ? { outcome: s.outcome, outcomeName: s.outcomeName, estimatedMonthlyFen: s.estimatedMonthlyFen, missingFacts: s.missingFacts, excludedBy: s.excludedBy }
      : null;
    const r = await insertReferral(ctx, em, cal, {
      receiptNo: app.receiptNo,
      applicationId: app.id,
      householdId: app.householdId,
      personId: req.personId ?? null,
      areaCode: app.areaCode,
      program: p,
      departmentId: dept.id,
      reason: req.reason ?? null,
      screening: snapshot,
      today,
      urgent: app.urgent,
      duplicate,
    });
    ids.push(r.id);
    programNames.push(p.name);
    maxDays = Math.max(maxDays, r.limitDays);
    const dupNote = duplicate ? `；重复申请（已有：${duplicate.existing.map(describeExisting).join('；')}），窗口说明：${duplicate.reason}` : '';
    await addHistory(ctx, em, {
      referralId: r.id,
      applicationId: app.id,
      areaCode: app.areaCode,
      kind: 'referral.created',
      toStatus: 'PENDING_SIGN',
      note: `转${dept.name}办理，${r.dueDate} 前办结${dupNote}`,
    });
    if (duplicate) {
      await recordAudit(ctx, {
        action: 'referral.duplicate_accepted',
        entityType: 'referral',
        entityId: r.id,
        detail: {
          receiptNo: app.receiptNo,
          programCode: p.code,
          personId: req.personId ?? null,
          reason: duplicate.reason,
          existing: duplicate.existing.map(describeExisting),
        },
      });
    }
    await emitEvent(ctx, em, {
      type: 'referral.created',
      aggregateType: 'referral',
      aggregateId: r.id,
      areaCode: app.areaCode,
      payload: {
        applicationId: app.id,
        receiptNo: app.receiptNo,
        householdId: app.householdId,
        applicantPersonId: app.applicantPersonId,
        personId: req.personId ?? null,
        programCode: p.code,
        departmentId: dept.id,
        dueDate: r.dueDate,
        limitDays: r.limitDays,
      },
      sms: { template: 'REFERRED', params: { program: p.name, receiptNo: app.receiptNo, department: dept.name } },
    });
  }
  await emitEvent(ctx, em, {
    type: 'application.accepted',
    aggregateType: 'application',
    aggregateId: app.id,
    areaCode: app.areaCode,
    payload: {
      receiptNo: app.receiptNo,
      householdId: app.householdId,
      applicantPersonId: app.applicantPersonId,
      referralIds: ids,
      programCodes: requested.map((r) => r.programCode),
      urgent: app.urgent,
    },
    sms: { template: 'ACCEPTED', params: { programs: programNames.join('、'), receiptNo: app.receiptNo, days: maxDays } },
  });
  return ids;
}

async function insertMaterials(
  ctx: RequestContext,
  em: EntityManager,
  appId: string,
  areaCode: string,
  materials: MaterialInput[] | null | undefined,
): Promise<void> {
  for (const m of materials ?? []) {
    if (!m.name?.trim() || m.name.length > 200) throw new AppError('BAD_USER_INPUT', '材料名称不能为空且不超过 200 字', { field: 'materials' });
    const fileIds = m.fileIds ?? [];
    if (fileIds.length) await linkFiles(ctx, em, fileIds, 'application', appId, areaCode);
    em.create(ApplicationMaterial, {
      applicationId: appId,
      areaCode,
      programCode: m.programCode ?? null,
      name: m.name.trim(),
      required: true,
      provided: m.provided || fileIds.length > 0,
      fileIds,
      note: m.note ?? null,
    });
  }
  await em.flush();
}

function checkAuthorization(input: { authorizationSigned: boolean }): void {
  if (!input.authorizationSigned) {
    throw new AppError('BAD_USER_INPUT', '须由申请家庭成员签署授权书（同意核对家庭经济状况）后方可受理', { field: 'authorizationSigned' });
  }
}

async function applicantOf(em: EntityManager, householdId: string, personId: string): Promise<void> {
  const rows = await sqlRows(
    em,
    `select 1 from membership m join person p on p.id = m.person_id where m.household_id = ? and m.person_id = ? and m.to_date is null and p.death_date is null`,
    [householdId, personId],
  );
  if (!rows.length) throw new AppError('BAD_USER_INPUT', '申请人须是本户在世成员', { field: 'applicantPersonId' });
}

/** 一表登记 at a town or village window: accepted at once, referrals sent. */
export async function registerApplication(ctx: RequestContext, input: ApplicationInput): Promise<RegisteredApplication> {
  ctx.require('application.write', '受理申请');
  checkAuthorization(input);
  if (input.description && input.description.length > 1000) throw new AppError('BAD_USER_INPUT', '情况说明不超过 1000 字', { field: 'description' });
  const { catalogue } = await catalogueInForce(ctx);
  checkRequested(catalogue.programs, input.programs);
  const today = todayOf(ctx);
  return ctx.tx(async (em) => {
    const h = await lockHousehold(ctx, em, input.householdId);
    await applicantOf(em, h.id, input.applicantPersonId);
    const receiptNo = await nextReceiptNo(em, ctx.actor.areaCode ?? h.areaCode, today);
    const { id } = em.create(Application, {
      receiptNo,
      householdId: h.id,
      applicantPersonId: input.applicantPersonId,
      areaCode: h.areaCode,
      windowAreaCode: ctx.actor.areaCode ?? null,
      channel: 'WINDOW',
      status: 'ACCEPTED',
      urgent: !!input.urgent,
      authorizationSigned: true,
      authorizationFileId: input.authorizationFileId ?? null,
      description: input.description ?? null,
      requested: plain(input.programs),
      acceptedAt: nowOf(ctx),
      acceptedByName: ctx.actor.name,
      createdAt: nowOf(ctx),
      createdByName: ctx.actor.name,
    });
    await em.flush();
    await insertMaterials(ctx, em, id, h.areaCode, [
      ...(input.materials ?? []),
      ...(input.authorizationFileId ? [{ name: '授权书（家庭经济状况核对授权）', provided: true, fileIds: [input.authorizationFileId] }] : []),
    ]);
    const app = { id, receiptNo, householdId: h.id, areaCode: h.areaCode, applicantPersonId: input.applicantPersonId, urgent: !!input.urgent };
    const referralIds = await createReferrals(ctx, em, app, input.programs, today);
    await addHistory(ctx, em, {
      referralId: null,
      applicationId: id,
      areaCode: h.areaCode,
      kind: 'application.accepted',
      note: `受理号 ${receiptNo}，${input.programs.length} 项事项已分办`,
    });
    await recordAudit(ctx, {
      action: 'application.registered',
      entityType: 'application',
      entityId: id,
      after: { receiptNo, householdId: h.id, programs: input.programs.map((p) => p.programCode).join(','), urgent: !!input.urgent },
    });
    return { id, receiptNo, referralIds };
  });
}

/** 预申请 from an informant of the village (信息员): waits in the window's queue. */
export async function submitPreApplication(ctx: RequestContext, input: PreApplicationInput): Promise<string> {
  ctx.require('application.preSubmit', '报送预申请');
  return createPreApplication(ctx, input, { channel: ctx.actor.roles.includes('INFORMANT') ? 'INFORMANT' : 'PORTAL' });
}

export interface PreApplicationOrigin {
  /** PUBLIC: a person in hardship reported by someone else on the portal (modules/citizen `report.service.ts`). */
  channel: 'INFORMANT' | 'PORTAL' | 'PUBLIC';
  /** 查询号 of a portal pre-application (modules/citizen). */
  queryNo?: string;
  /** More of the contact (portal: the sealed and masked ID number, household size, consent time). */
  contact?: Record<string, string | null>;
}

/**
 * Checks and stores a 预申请 (status PENDING_CONFIRM) in the queue of its village's window — the one core of the
 * informant's report (`submitPreApplication`) and the portal's online pre-application (modules/citizen, run as the
 * system after the phone was verified). The permission is the caller's; the village must be in its scope.
 */
export async function createPreApplication(ctx: RequestContext, input: PreApplicationInput, origin: PreApplicationOrigin): Promise<string> {
  const { catalogue } = await catalogueInForce(ctx);
  // Someone reporting a neighbour need not know the programs: the window chooses them when it confirms.
  if (!input.programs?.length && origin.channel !== 'PUBLIC') throw new AppError('BAD_USER_INPUT', '请至少选择一项申请事项', { field: 'programs' });
  for (const p of input.programs) programOf(catalogue.programs, p.programCode); // members are named when the window confirms
  if (!input.contactName?.trim()) throw new AppError('BAD_USER_INPUT', '请填写困难群众姓名', { field: 'contactName' });
  const name = parsePersonName(input.contactName);
  if (!name.ok) throw new AppError('BAD_USER_INPUT', name.message, { field: 'contactName' });
  if (!input.address?.trim()) throw new AppError('BAD_USER_INPUT', '请填写住址', { field: 'address' });
  if (!input.description?.trim()) throw new AppError('BAD_USER_INPUT', '请说明困难情况', { field: 'description' });
  if (areaLevel(input.areaCode ?? '') !== 3) throw new AppError('BAD_USER_INPUT', '所在村社应为 12 位村（社区）区划代码', { field: 'areaCode' });
  assertInScope(ctx, input.areaCode, '所在村社');
  const photoIds = [...new Set(input.photoFileIds ?? [])];
  if (photoIds.length > REPORT_PHOTO_MAX) throw new AppError('BAD_USER_INPUT', `每条线索最多上传 ${REPORT_PHOTO_MAX} 张照片`, { field: 'photoFileIds' });
  const contact: Record<string, string | null> = { name: name.value, address: input.address.trim().slice(0, 200), phoneMasked: null, phoneEnc: null };
  if (input.contactPhone) {
    const digits = input.contactPhone.replace(/\D/g, '');
    if (!/^1\d{10}$/.test(digits)) throw new AppError('BAD_USER_INPUT', '手机号码格式不正确', { field: 'contactPhone' });
    contact.phoneMasked = `${digits.slice(0, 3)}****${digits.slice(7)}`;
    contact.phoneEnc = ctx.runtime.fieldCrypto.encrypt(digits);
  }
  Object.assign(contact, origin.contact);
  return ctx.tx(async (em) => {
    const area = await sqlRows(em, `select 1 from area where code = ?`, [input.areaCode]);
    if (!area.length) throw new AppError('NOT_FOUND', '所在村社不存在或不在您的管辖范围内');
    if (input.householdId) {
      const h = await sqlRows<{ areaCode: string }>(em, `select area_code as "areaCode" from household where id = ?`, [input.householdId]);
      if (!h.length) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
    }
    // An informant's report says which kind of informant made it (三级信息员): 「网格员李四」.
    const [kind] =
      origin.channel === 'INFORMANT' && ctx.actor.id
        ? await sqlRows<{ kind: string | null }>(em, `select informant_kind as kind from app_user where id = ?`, [ctx.actor.id])
        : [];
    const { id } = em.create(Application, {
      householdId: input.householdId ?? null,
      queryNo: origin.queryNo ?? null,
      contact,
      areaCode: input.areaCode,
      channel: origin.channel,
      status: 'PENDING_CONFIRM',
      urgent: !!input.urgent,
      description: input.description.trim().slice(0, 1000),
      requested: input.programs.map((p) => ({ programCode: p.programCode, reason: p.reason ?? null })),
      createdBy: ctx.actor.id ?? null,
      createdByName: kind?.kind ? `${informantKindName(kind.kind)}${ctx.actor.name}`.slice(0, 64) : ctx.actor.name,
      createdAt: nowOf(ctx),
    });
    await em.flush();
    if (photoIds.length) {
      // Images uploaded by this informant only (linkFiles refuses anything else: the whole report rolls back).
      await linkFiles(ctx, em, photoIds, 'application', id, input.areaCode);
      em.create(ApplicationMaterial, {
        applicationId: id,
        areaCode: input.areaCode,
        programCode: null,
        name: REPORT_PHOTO_MATERIAL,
        required: false,
        provided: true,
        fileIds: photoIds,
        note: `${origin.channel === 'INFORMANT' ? '信息员' : '报送人'}报送时上传，共 ${photoIds.length} 张`,
      });
      await em.flush();
    }
    const notes = [input.urgent ? '急难情形，请优先处理（绿色通道）' : null, photoIds.length ? `附照片 ${photoIds.length} 张` : null].filter(Boolean);
    await addHistory(ctx, em, {
      referralId: null,
      applicationId: id,
      areaCode: input.areaCode,
      kind: 'application.pre_submitted',
      note: notes.length ? notes.join('；') : null,
    });
    await emitEvent(ctx, em, {
      type: 'application.pre_submitted',
      aggregateType: 'application',
      aggregateId: id,
      areaCode: input.areaCode,
      payload: { urgent: !!input.urgent, programCodes: input.programs.map((p) => p.programCode), channel: origin.channel },
    });
    await recordAudit(ctx, {
      action: 'application.pre_submitted',
      entityType: 'application',
      entityId: id,
      after: {
        areaCode: input.areaCode,
        urgent: !!input.urgent,
        channel: origin.channel,
        ...(origin.queryNo ? { queryNo: origin.queryNo } : {}),
        ...(photoIds.length ? { photoFileIds: photoIds.join(',') } : {}),
      },
    });
    return id;
  });
}

/** The window confirms a pre-application: it becomes an accepted application with referrals. */
export async function confirmPreApplication(ctx: RequestContext, id: string, input: ApplicationInput): Promise<RegisteredApplication> {
  ctx.require('application.write', '受理申请');
  checkAuthorization(input);
  const { catalogue } = await catalogueInForce(ctx);
  checkRequested(catalogue.programs, input.programs);
  const today = todayOf(ctx);
  return ctx.tx(async (em) => {
    const app = await pendingPreApplication(em, id);
    const h = await lockHousehold(ctx, em, input.householdId);
    await applicantOf(em, h.id, input.applicantPersonId);
    const receiptNo = await nextReceiptNo(em, ctx.actor.areaCode ?? h.areaCode, today);
    const reportedArea = app.areaCode;
    Object.assign(app, {
      receiptNo,
      householdId: h.id,
      applicantPersonId: input.applicantPersonId,
      areaCode: h.areaCode,
      windowAreaCode: ctx.actor.areaCode ?? null,
      status: 'ACCEPTED',
      urgent: app.urgent || !!input.urgent,
      authorizationSigned: true,
      authorizationFileId: input.authorizationFileId ?? null,
      requested: plain(input.programs),
      acceptedAt: nowOf(ctx),
      acceptedByName: ctx.actor.name,
    } satisfies Partial<Application>);
    await em.flush();
    // What came with the report (the informant's photos) stays with the application as its materials — in the
    // household's village when the window confirmed it for a household of another village.
    let moved = 0;
    if (reportedArea !== h.areaCode) {
      const carried = await em.find(ApplicationMaterial, { applicationId: id });
      for (const m of carried) m.areaCode = h.areaCode;
      await em.flush();
      moved = await moveOwnedFiles(ctx, em, 'application', id, h.areaCode);
    }
    await insertMaterials(ctx, em, id, h.areaCode, input.materials);
    const urgent = app.urgent;
    const referralIds = await createReferrals(
      ctx,
      em,
      { id, receiptNo, householdId: h.id, areaCode: h.areaCode, applicantPersonId: input.applicantPersonId, urgent },
      input.programs,
      today,
    );
    await addHistory(ctx, em, {
      referralId: null,
      applicationId: id,
      areaCode: h.areaCode,
      kind: 'application.accepted',
      note: `预申请已确认受理，受理号 ${receiptNo}`,
    });
    await recordAudit(ctx, {
      action: 'application.confirmed',
      entityType: 'application',
      entityId: id,
      after: { receiptNo, householdId: h.id, ...(moved ? { areaCode: h.areaCode, filesMoved: moved } : {}) },
      ...(reportedArea !== h.areaCode ? { before: { areaCode: reportedArea } } : {}),
    });
    return { id, receiptNo, referralIds };
  });
}

export async function rejectPreApplication(ctx: RequestContext, id: string, reason: string): Promise<void> {
  ctx.require('application.write', '处理预申请');
  if (!reason?.trim()) throw new AppError('BAD_USER_INPUT', '请说明不予受理的理由', { field: 'reason' });
  await ctx.tx(async (em) => {
    const app = await pendingPreApplication(em, id);
    Object.assign(app, { status: 'REJECTED', rejectReason: reason.trim().slice(0, 500), closedAt: nowOf(ctx) } satisfies Partial<Application>);
    await em.flush();
    await addHistory(ctx, em, { referralId: null, applicationId: id, areaCode: app.areaCode, kind: 'application.rejected', note: reason.trim() });
    await emitEvent(ctx, em, {
      type: 'application.rejected',
      aggregateType: 'application',
      aggregateId: id,
      areaCode: app.areaCode,
      payload: { reason: reason.trim() },
    });
    await recordAudit(ctx, { action: 'application.rejected', entityType: 'application', entityId: id, after: { reason: reason.trim() } });
  });
}

/** A pre-application still waiting for the window, locked for this transaction. */
async function pendingPreApplication(em: EntityManager, id: string): Promise<Application> {
  const app = await em.findOne(Application, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!app) throw new AppError('NOT_FOUND', '预申请不存在或不在您的管辖范围内');
  if (app.status !== 'PENDING_CONFIRM') throw new AppError('CONFLICT', '该预申请已处理，请刷新');
  return app;
}

/** GraphQL input objects as plain JSON (what the `requested` column stores). */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Closes the application when every referral is final (办结汇总). Called after each transition. */
export async function closeApplicationIfDone(ctx: RequestContext, em: EntityManager, applicationId: string): Promise<boolean> {
  const rows = await sqlRows<{ open: number; status: string; areaCode: string; receiptNo: string }>(
    em,
    `select (select count(*)::int from referral r where r.application_id = a.id and r.status not in ('DONE', 'TRANSFERRED', 'WITHDRAWN')) as open,
            a.status, a.area_code as "areaCode", a.receipt_no as "receiptNo" from application a where a.id = ?`,
    [applicationId],
  );
  if (!rows.length || rows[0].status !== 'ACCEPTED' || rows[0].open > 0) return false;
  const app = await em.findOneOrFail(Application, { id: applicationId });
  Object.assign(app, { status: 'CLOSED', closedAt: nowOf(ctx) } satisfies Partial<Application>);
  await em.flush();
  const outcomes = await sqlRows<{ programCode: string; outcome: string | null; status: string }>(
    em,
    `select program_code as "programCode", outcome, status from referral where application_id = ? order by created_at`,
    [applicationId],
  );
  await addHistory(ctx, em, {
    referralId: null,
    applicationId,
    areaCode: rows[0].areaCode,
    kind: 'application.completed',
    note: outcomes
      .map((o) => `${PROGRAM_NAMES[o.programCode] ?? o.programCode}：${o.outcome ? OUTCOMES[o.outcome as Outcome] : statusName(o.status)}`)
      .join('；'),
  });
  await emitEvent(ctx, em, {
    type: 'application.completed',
    aggregateType: 'application',
    aggregateId: applicationId,
    areaCode: rows[0].areaCode,
    payload: { receiptNo: rows[0].receiptNo, referrals: outcomes },
  });
  return true;
}
