import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { areaLevel, areaPrefix, PROGRAM_NAMES } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { checkPage, offsetOf, type PageResult } from '../../shared/paging';
import { areaSql, assertInScope, prefixSql } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { settingValue } from '../setting/setting.service';
import { completePublicity } from '../workflow/referral.service';
import type { NoticePdfData } from './notice-pdf';
import { objectionLimiter } from './objection-limit';
import { PUBLICITY_STATUS_NAMES, PUBLICITY_STATUSES, type PublicityStatus } from './publicity.entry';

/**
 * 公示: the public list and objections (anonymous, portal), the staff list and the window's objection (console),
 * the hourly take-down. The public surface reads only masked columns of `publicity_entry`, through a narrow system
 * step (the anonymous visitor has no area scope).
 */

export const OBJECTION_MAX = 1000;
export const PUBLIC_PAGE_MAX = 50;

export const programName = (code: string) => PROGRAM_NAMES[code] ?? code;

export interface PublicNotice {
  id: string;
  programCode: string;
  nameMasked: string;
  areaName: string;
  householdSize: number;
  amountFen: number | null;
  startsOn: string;
  endsOn: string;
}

const NOTICE_COLUMNS = `e.id, e.program_code as "programCode", e.name_masked as "nameMasked", e.area_name as "areaName",
  e.household_size as "householdSize", e.amount_fen::int as "amountFen", e.starts_on::text as "startsOn", e.ends_on::text as "endsOn"`;

/** Up on the public surface: ACTIVE, in its period, and the referral still in 公示中 (a withdrawn case is never shown). */
const PUBLIC_WHERE = `e.status = 'ACTIVE' and e.starts_on <= ? and e.ends_on >= ?
  and exists (select 1 from referral r where r.id = e.referral_id and r.status = 'PUBLICITY')`;

function areaFilter(areaCode: string | null | undefined, column: string): { sql: string; params: string[] } {
  if (!areaCode) return { sql: 'true', params: [] };
  if (!/^\d{12}$/.test(areaCode) || areaLevel(areaCode) === null)
    throw new AppError('BAD_USER_INPUT', '区划代码格式不正确（12 位数字）', { field: 'areaCode', reason: 'AREA_INVALID' });
  return prefixSql(column, areaPrefix(areaCode));
}

/** 公示信息 for everyone (no login): current notices, newest first; only the masked columns. */
export async function listPublicNotices(
  ctx: RequestContext,
  args: { areaCode?: string | null; page?: number; pageSize?: number },
): Promise<PageResult<PublicNotice>> {
  const { page, pageSize } = checkPage({ page: args.page, pageSize: args.pageSize ?? 20 });
  if (pageSize > PUBLIC_PAGE_MAX) throw new AppError('BAD_USER_INPUT', `每页最多 ${PUBLIC_PAGE_MAX} 条`, { field: 'pageSize' });
  const area = areaFilter(args.areaCode, 'e.area_code');
  const today = todayOf(ctx);
  return ctx.asSystem('公示查询', async (em) => {
    const where = `${PUBLIC_WHERE} and ${area.sql}`;
    const params = [today, today, ...area.params];
    const items = await sqlRows<PublicNotice>(
      em,
      `select ${NOTICE_COLUMNS} from publicity_entry e where ${where} order by e.starts_on desc, e.area_code, e.id limit ? offset ?`,
      [...params, pageSize, offsetOf({ page, pageSize })],
    );
    const [{ total }] = await sqlRows<{ total: number }>(em, `select count(*)::int as total from publicity_entry e where ${where}`, params);
    return { items, total, page, pageSize };
  });
}

export interface NoticeArea {
  code: string;
  name: string;
  count: number;
}

/** The villages that have notices up now (the portal's area filter): nothing beyond the public list itself. */
export async function publicNoticeAreas(ctx: RequestContext): Promise<NoticeArea[]> {
  const today = todayOf(ctx);
  return ctx.asSystem('公示查询', (em) =>
    sqlRows<NoticeArea>(
      em,
      `select e.area_code as code,
              case when t.name is null or left(v.name, length(t.name)) = t.name then v.name else t.name || v.name end as name,
              count(*)::int as count
         from publicity_entry e join area v on v.code = e.area_code
         left join area t on t.code = left(e.area_code, 9) || '000' and t.code <> v.code
        where ${PUBLIC_WHERE}
        group by e.area_code, v.name, t.name order by e.area_code limit 500`,
      [today, today],
    ),
  );
}

// ---- objections -------------------------------------------------------------------------------

export interface ObjectionInput {
  entryId: string;
  content: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

function checkContent(content: string | null | undefined): string {
  const v = content?.trim() ?? '';
  if (!v) throw new AppError('BAD_USER_INPUT', '请填写异议内容', { field: 'content', reason: 'OBJECTION_EMPTY' });
  if ([...v].length > OBJECTION_MAX)
    throw new AppError('BAD_USER_INPUT', `异议内容不能超过 ${OBJECTION_MAX} 字`, { field: 'content', reason: 'OBJECTION_TOO_LONG' });
  return v;
}

function checkContactName(name: string | null | undefined): string | null {
  const v = name?.trim() || null;
  if (v && [...v].length > 50) throw new AppError('BAD_USER_INPUT', '联系人姓名不能超过 50 字', { field: 'contactName', reason: 'CONTACT_TOO_LONG' });
  return v;
}

function sealPhone(ctx: RequestContext, phone: string | null | undefined): { enc: string | null; masked: string | null } {
  if (!phone?.trim()) return { enc: null, masked: null };
  const digits = phone.replace(/\D/g, '');
  if (!/^1\d{10}$/.test(digits)) throw new AppError('BAD_USER_INPUT', '手机号码格式不正确', { field: 'contactPhone', reason: 'PHONE_INVALID' });
  return { enc: ctx.runtime.fieldCrypto.encrypt(digits), masked: `${digits.slice(0, 3)}****${digits.slice(7)}` };
}

const notFoundNotice = () => new AppError('NOT_FOUND', '该公示不存在', { reason: 'NOTICE_NOT_FOUND' });
const notPublic = () =>
  new AppError('INVALID_STATE', '该公示已结束或已撤下，不再受理网上异议；如有情况请向当地社会救助服务窗口反映', { reason: 'NOTICE_NOT_PUBLIC' });

interface LockedEntry {
  id: string;
  referralId: string;
  areaCode: string;
  status: PublicityStatus;
  startsOn: string;
  endsOn: string;
  referralStatus: string;
  referralVersion: number;
}

async function lockEntry(em: EntityManager, entryId: string): Promise<LockedEntry | undefined> {
  const [e] = await sqlRows<LockedEntry>(
    em,
    `select e.id, e.referral_id as "referralId", e.area_code as "areaCode", e.status, e.starts_on::text as "startsOn", e.ends_on::text as "endsOn",
            r.status as "referralStatus", r.version as "referralVersion"
       from publicity_entry e join referral r on r.id = e.referral_id where e.id = ? for update of e`,
    [entryId],
  );
  return e;
}

async function insertObjection(
  ctx: RequestContext,
  em: EntityManager,
  e: LockedEntry,
  o: { source: 'PUBLIC' | 'WINDOW'; content: string; contactName: string | null; phone: { enc: string | null; masked: string | null } },
): Promise<string> {
  const id = randomUUID();
  await em.execute(
    `insert into publicity_objection (id, entry_id, referral_id, area_code, source, content, contact_name, contact_phone_enc, contact_phone_masked,
       recorded_by, recorded_by_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      e.id,
      e.referralId,
      e.areaCode,
      o.source,
      o.content,
      o.contactName,
      o.phone.enc,
      o.phone.masked,
      o.source === 'WINDOW' ? (ctx.actor.id ?? null) : null,
      o.source === 'WINDOW' ? ctx.actor.name.slice(0, 64) : '网上公示（群众）',
      nowOf(ctx),
    ],
  );
  return id;
}

export interface ObjectionReceipt {
  id: string;
  receivedAt: Date;
}

/**
 * 提出异议 from the portal (no login): while the notice is up. Stored, then the referral goes back to 办理中 through
 * the workflow's `completePublicity` (history + `referral.publicity_objected`; the inbox module tells the department),
 * the entry becomes OBJECTED — all in one transaction, as the system (logged 系统(公示异议)).
 */
export async function submitPublicObjection(ctx: RequestContext, input: ObjectionInput): Promise<ObjectionReceipt> {
  if (ctx.runtime.config.rateLimit.enabled) objectionLimiter.take(ctx.ip ?? 'unknown');
  const content = checkContent(input.content);
  const contactName = checkContactName(input.contactName);
  const phone = sealPhone(ctx, input.contactPhone);
  if (!isUuid(input.entryId)) throw notFoundNotice();
  const today = todayOf(ctx);
  return ctx.asSystem('公示异议', async (em, sys) => {
    const e = await lockEntry(em, input.entryId);
    if (!e) throw notFoundNotice();
    if (e.status !== 'ACTIVE' || e.startsOn > today || e.endsOn < today || e.referralStatus !== 'PUBLICITY') throw notPublic();
    const objectionId = await insertObjection(sys, em, e, { source: 'PUBLIC', content, contactName, phone });
    await recordAudit(sys, {
      action: 'publicity.objection_submitted',
      entityType: 'publicity_entry',
      entityId: e.id,
      detail: { objectionId, source: 'PUBLIC', referralId: e.referralId },
    });
    await completePublicity(sys, { id: e.referralId, version: e.referralVersion }, content, { source: 'PUBLIC', objectionId });
    return { id: objectionId, receivedAt: nowOf(ctx) };
  });
}

/**
 * 登记异议 at a window (console): an objection received in person or by phone, for an entry of the window's area
 * while its referral is still in 公示中 (also after the online notice came down at the end of its period).
 */
export async function recordWindowObjection(ctx: RequestContext, input: ObjectionInput): Promise<string> {
  ctx.require('application.write', '登记公示异议');
  const content = checkContent(input.content);
  const contactName = checkContactName(input.contactName);
  const phone = sealPhone(ctx, input.contactPhone);
  if (!isUuid(input.entryId)) throw notFoundNotice();
  return ctx.tx(async (em) => {
    const e = await lockEntry(em, input.entryId);
    if (!e) throw notFoundNotice();
    assertInScope(ctx, e.areaCode, '公示');
    if (!['ACTIVE', 'ENDED'].includes(e.status) || e.referralStatus !== 'PUBLICITY')
      throw new AppError('INVALID_STATE', `该公示${PUBLICITY_STATUS_NAMES[e.status]}，转办单已不在公示中，不能登记异议`, { reason: 'NOTICE_NOT_PUBLIC' });
    const objectionId = await insertObjection(ctx, em, e, { source: 'WINDOW', content, contactName, phone });
    await recordAudit(ctx, {
      action: 'publicity.objection_recorded',
      entityType: 'publicity_entry',
      entityId: e.id,
      detail: { objectionId, source: 'WINDOW', referralId: e.referralId },
    });
    await completePublicity(ctx, { id: e.referralId, version: e.referralVersion }, content, { source: 'WINDOW', objectionId });
    return e.id;
  });
}

// ---- staff list --------------------------------------------------------------------------------

export interface PublicityEntryRow extends PublicNotice {
  referralId: string;
  applicationId: string;
  receiptNo: string | null;
  areaCode: string;
  status: PublicityStatus;
  takenDownAt: Date | null;
  objectionCount: number;
  createdAt: Date;
}

/** 公示管理 (console): the entries as published, with status and the number of objections, in the reader's area. */
export async function listPublicityEntries(
  ctx: RequestContext,
  args: { status?: string | null; areaCode?: string | null; page?: number; pageSize?: number; id?: string },
): Promise<PageResult<PublicityEntryRow>> {
  ctx.require('publicity.read', '查看公示');
  const { page, pageSize } = checkPage({ page: args.page, pageSize: args.pageSize });
  if (args.status && !(PUBLICITY_STATUSES as readonly string[]).includes(args.status))
    throw new AppError('BAD_USER_INPUT', '未知的公示状态', { field: 'status' });
  const scope = areaSql(ctx, 'e.area_code');
  const area = areaFilter(args.areaCode, 'e.area_code');
  const where = [scope.sql, area.sql, args.status ? 'e.status = ?' : 'true', args.id ? 'e.id = ?' : 'true'].join(' and ');
  const params = [...scope.params, ...area.params, ...(args.status ? [args.status] : []), ...(args.id ? [args.id] : [])];
  return ctx.tx(async (em) => {
    const items = await sqlRows<PublicityEntryRow>(
      em,
      `select ${NOTICE_COLUMNS}, e.referral_id as "referralId", e.application_id as "applicationId", a.receipt_no as "receiptNo",
              e.area_code as "areaCode", e.status, e.taken_down_at as "takenDownAt", e.created_at as "createdAt",
              (select count(*)::int from publicity_objection o where o.entry_id = e.id) as "objectionCount"
         from publicity_entry e left join application a on a.id = e.application_id
        where ${where} order by e.created_at desc, e.id limit ? offset ?`,
      [...params, pageSize, offsetOf({ page, pageSize })],
    );
    const [{ total }] = await sqlRows<{ total: number }>(em, `select count(*)::int as total from publicity_entry e where ${where}`, params);
    return { items, total, page, pageSize };
  });
}

// ---- take-down --------------------------------------------------------------------------------

/**
 * Hourly (`publicity-takedown`): notices past their period come down (ENDED); a notice whose referral left 公示中
 * another way (withdrawn by the applicant) comes down as WITHDRAWN. Logged when anything changed.
 */
export async function runPublicityTakedown(ctx: RequestContext): Promise<{ ended: number; withdrawn: number }> {
  const today = todayOf(ctx);
  const now = nowOf(ctx);
  return ctx.tx(async (em) => {
    const ended = await sqlRows<{ id: string }>(
      em,
      `update publicity_entry set status = 'ENDED', taken_down_at = ? where status = 'ACTIVE' and ends_on < ? returning id`,
      [now, today],
    );
    const withdrawn = await sqlRows<{ id: string }>(
      em,
      `update publicity_entry e set status = 'WITHDRAWN', taken_down_at = ? where e.status = 'ACTIVE'
          and not exists (select 1 from referral r where r.id = e.referral_id and r.status = 'PUBLICITY') returning e.id`,
      [now],
    );
    if (ended.length || withdrawn.length) {
      await recordAudit(ctx, {
        action: 'publicity.taken_down',
        entityType: 'publicity_entry',
        detail: { today, ended: ended.length, withdrawn: withdrawn.length, ids: [...ended, ...withdrawn].slice(0, 100).map((r) => r.id) },
      });
    }
    return { ended: ended.length, withdrawn: withdrawn.length };
  });
}

// ---- printable notice ---------------------------------------------------------------------------

/**
 * The data of the printable notice for the village board (`GET /api/publicity/notice.pdf?areaCode=`): the notices up
 * now in the village or town, with the **full names** read from the ledger now (the entry stores only the masked
 * one), for holders of `publicity.print` in their area. Logged as an unmasking export (`publicity.notice_printed`).
 */
export async function printableNotice(ctx: RequestContext, areaCode: string): Promise<NoticePdfData> {
  ctx.require('publicity.print', '打印公示');
  if (!areaCode) throw new AppError('BAD_USER_INPUT', '请选择村社或镇街', { field: 'areaCode' });
  const area = areaFilter(areaCode, 'e.area_code');
  if (areaLevel(areaCode) === 1) throw new AppError('BAD_USER_INPUT', '公示按村社或镇街打印，请选择村社或镇街', { field: 'areaCode' });
  assertInScope(ctx, areaCode, '区划');
  const today = todayOf(ctx);
  const scope = areaSql(ctx, 'e.area_code');
  const hotline = await settingValue(ctx, 'ASSISTANCE_HOTLINE');
  return ctx.tx(async (em) => {
    const [place] = await sqlRows<{ name: string; town: string | null }>(
      em,
      `select a.name, t.name as town from area a left join area t on t.code = left(a.code, 9) || '000' and t.code <> a.code where a.code = ?`,
      [areaCode],
    );
    if (!place) throw new AppError('NOT_FOUND', '区划不存在', { field: 'areaCode' });
    const rows = await sqlRows<PublicNotice & { fullName: string | null }>(
      em,
      `select ${NOTICE_COLUMNS}, p.name as "fullName"
         from publicity_entry e join referral r on r.id = e.referral_id join application a on a.id = e.application_id
         left join person p on p.id = coalesce(r.person_id, a.applicant_person_id)
        where ${PUBLIC_WHERE} and ${scope.sql} and ${area.sql}
        order by e.area_code, e.starts_on, e.id limit 500`,
      [today, today, ...scope.params, ...area.params],
    );
    await recordAudit(ctx, {
      action: 'publicity.notice_printed',
      entityType: 'area',
      entityId: areaCode,
      detail: { areaCode, entries: rows.length, unmasked: ['name'], entryIds: rows.slice(0, 100).map((r) => r.id) },
    });
    const areaName = place.town && !place.name.startsWith(place.town) ? `${place.town}${place.name}` : place.name;
    return {
      areaName,
      printedOn: today,
      rows: rows.map((r) => ({
        name: r.fullName ?? r.nameMasked,
        programName: programName(r.programCode),
        householdSize: r.householdSize,
        amountText: r.amountFen === null ? '—' : `${(r.amountFen / 100).toFixed(2)} 元`,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        place: r.areaName,
      })),
      contactLines: [
        '对公示对象有异议的，请在公示期内以书面、电话或当面方式向本村（居）民委员会或镇街社会救助“一门受理”窗口反映，也可在“协救·便民服务”网上公示页面提出异议。',
        `社会救助服务热线：${hotline || '请向当地窗口咨询'}　政务服务便民热线：12345`,
        '反映情况应实事求是；我们对反映人的信息保密。',
      ],
    };
  });
}

export interface ObjectionRow {
  id: string;
  source: 'PUBLIC' | 'WINDOW' | 'DEPARTMENT';
  content: string;
  contactName: string | null;
  contactPhoneMasked: string | null;
  recordedByName: string;
  createdAt: Date;
}

/**
 * The objections to one entry (staff, `publicity.read`, in area). Who objected stays confidential: the contact
 * (name, masked phone) only for those who handle the case — windows and department officers.
 */
export async function listObjections(ctx: RequestContext, entryId: string): Promise<ObjectionRow[]> {
  ctx.require('publicity.read', '查看公示异议');
  if (!isUuid(entryId)) throw notFoundNotice();
  const scope = areaSql(ctx, 'o.area_code');
  const contact = ctx.can('application.write') || ctx.can('referral.handle');
  return ctx.tx(async (em) => {
    const rows = await sqlRows<ObjectionRow>(
      em,
      `select o.id, o.source, o.content, o.contact_name as "contactName", o.contact_phone_masked as "contactPhoneMasked",
              o.recorded_by_name as "recordedByName", o.created_at as "createdAt"
         from publicity_objection o where o.entry_id = ? and ${scope.sql} order by o.created_at, o.id`,
      [entryId, ...scope.params],
    );
    return contact ? rows : rows.map((r) => ({ ...r, contactName: null, contactPhoneMasked: null }));
  });
}
