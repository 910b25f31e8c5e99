import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { maskPersonName, parsePersonName } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { checkPage, type PageArgs } from '../../shared/paging';
import { areaSql, requirePrefix } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { loadWorkCalendar } from '../calendar/calendar.service';
import { consumeCode, countFailedUse, maskMobile, normaliseMobile, verifyCode } from '../citizen/code.service';
import { PORTAL_PHONE_DOMAIN } from '../household/identity';
import {
  MESSAGE_CATEGORIES,
  MESSAGE_CONTENT_MAX,
  MESSAGE_CONTENT_MIN,
  MESSAGE_HIDE_REASON_MAX,
  MESSAGE_REPLY_MAX,
  MESSAGE_REPLY_WORKING_DAYS,
  MESSAGE_STATUSES,
  MESSAGE_TITLE_MAX,
  MESSAGES_PER_ADDRESS_PER_HOUR,
  MESSAGES_PER_PHONE_PER_DAY,
  type MessageCategory,
  type MessageStatus,
} from './message-codes';
import { PortalMessage } from './message.entity';

/**
 * 留言 (README.md): a citizen writes to a town after proving the phone by an SMS code (purpose MESSAGE, modules/citizen)
 * and gets a 留言编号; staff of the town (or the district) with `portal.message.reply` reply — published on the board
 * with the message when the writer allowed it — or block it with a reason. Nothing a citizen writes is public before a
 * reply is published; published text has ID numbers and mobile numbers masked, the writer's name masked, never the phone.
 * The writer looks the reply up with the number, the phone and a code: an unknown number and a wrong phone answer alike.
 */

// ---- masking --------------------------------------------------------------------------------------------

/** 15 or more digits in a row (an ID number, 15 or 18 digits with X, or a bank card), spaces and hyphens inside allowed. */
const LONG_NUMBER = /(?<![\dXx])\d(?:[\s-]?\d){13,}(?:[\s-]?[\dXx])(?![\dXx])/g;
/** A mainland mobile number: 11 digits from 13–19, optionally written 3-4-4 with spaces or hyphens, +86 in front. */
const MOBILE_LIKE = /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;

/** Masks ID numbers (and any other run of ≥ 15 digits) and mobile numbers in text that will be shown to the public. */
export function maskPersonalNumbers(text: string): string {
  return text
    .replace(LONG_NUMBER, (s) => {
      const d = s.replace(/[\s-]/g, '');
      return `${d.slice(0, 3)}${'*'.repeat(Math.max(0, d.length - 7))}${d.slice(-4)}`;
    })
    .replace(MOBILE_LIKE, (s) => {
      const d = s.replace(/[\s-]/g, '');
      return `${d.slice(0, 3)}****${d.slice(-4)}`;
    });
}

// ---- views ----------------------------------------------------------------------------------------------

const categoryName = (c: string) => MESSAGE_CATEGORIES[c as MessageCategory] ?? c;
const statusName = (s: string) => MESSAGE_STATUSES[s as MessageStatus] ?? s;

/** What the board shows: masked, and never the phone, the number or who in the office replied. */
export interface PublicMessageView {
  id: string;
  category: string;
  categoryName: string;
  areaName: string;
  title: string;
  content: string;
  writerName: string;
  createdAt: Date;
  reply: string;
  replyUnit: string | null;
  repliedAt: Date;
}

export interface StaffMessageView {
  id: string;
  messageNo: string;
  category: string;
  categoryName: string;
  areaCode: string;
  areaName: string;
  title: string;
  content: string;
  writerName: string;
  phoneMasked: string;
  publicWanted: boolean;
  status: string;
  statusName: string;
  published: boolean;
  reply: string | null;
  replyUnit: string | null;
  repliedByName: string | null;
  repliedAt: Date | null;
  hiddenReason: string | null;
  hiddenByName: string | null;
  hiddenAt: Date | null;
  dueDate: string;
  overdue: boolean;
  createdAt: Date;
  version: number;
}

/** What the writer sees with the number, the phone and a code. */
export interface OwnMessageView {
  messageNo: string;
  categoryName: string;
  areaName: string;
  title: string;
  content: string;
  writerName: string;
  publicWanted: boolean;
  status: string;
  statusName: string;
  published: boolean;
  reply: string | null;
  replyUnit: string | null;
  repliedAt: Date | null;
  hiddenReason: string | null;
  dueDate: string;
  createdAt: Date;
}

type Row = Omit<StaffMessageView, 'categoryName' | 'statusName' | 'overdue'>;

const COLUMNS = `m.id, m.message_no as "messageNo", m.category, m.area_code as "areaCode", coalesce(a.name, m.area_code) as "areaName", m.title,
  m.content, m.writer_name as "writerName", m.phone_masked as "phoneMasked", m.public_wanted as "publicWanted", m.status, m.published,
  m.reply, m.reply_unit as "replyUnit", m.replied_by_name as "repliedByName", m.replied_at as "repliedAt", m.hidden_reason as "hiddenReason",
  m.hidden_by_name as "hiddenByName", m.hidden_at as "hiddenAt", m.due_date::text as "dueDate", m.created_at as "createdAt", m.version`;

const staffView = (r: Row, today: string): StaffMessageView => ({
  ...r,
  categoryName: categoryName(r.category),
  statusName: statusName(r.status),
  overdue: r.status === 'PENDING' && r.dueDate < today,
});

// ---- public: the board ----------------------------------------------------------------------------------

/** The board (no login): published messages with their replies, newest first; optionally one category. */
export async function portalMessageBoard(
  ctx: RequestContext,
  category: string | null | undefined,
  pageArgs: Partial<PageArgs>,
): Promise<{ items: PublicMessageView[]; total: number }> {
  const { page, pageSize } = checkPage(pageArgs);
  if (category && !(category in MESSAGE_CATEGORIES)) throw new AppError('BAD_USER_INPUT', '留言类别不正确', { field: 'category' });
  const rows = await ctx.asSystem('门户留言', (em) =>
    sqlRows<Row & { total: string }>(
      em,
      `select ${COLUMNS}, count(*) over () as total from portal_message m left join area a on a.code = m.area_code
        where m.published and m.status = 'REPLIED' ${category ? 'and m.category = ?' : ''}
        order by m.created_at desc, m.id limit ? offset ?`,
      [...(category ? [category] : []), pageSize, (page - 1) * pageSize],
    ),
  );
  return {
    total: rows.length ? Number(rows[0].total) : 0,
    items: rows.map((r) => ({
      id: r.id,
      category: r.category,
      categoryName: categoryName(r.category),
      areaName: r.areaName,
      title: maskPersonalNumbers(r.title),
      content: maskPersonalNumbers(r.content),
      writerName: maskPersonName(r.writerName),
      createdAt: r.createdAt,
      reply: maskPersonalNumbers(r.reply ?? ''),
      replyUnit: r.replyUnit,
      repliedAt: r.repliedAt ?? r.createdAt,
    })),
  };
}

// ---- public: writing -----------------------------------------------------------------------------------

export interface PortalMessageInput {
  phone: string;
  code: string;
  name: string;
  category: string;
  /** The town (镇街), 12 digits. */
  areaCode: string;
  title: string;
  content: string;
  /** 是否公开: the writer allows the message and its reply on the board. */
  isPublic: boolean;
}

export interface PortalMessageReceipt {
  messageNo: string;
  phoneMasked: string;
  areaName: string;
  dueDate: string;
  submittedAt: Date;
}

const bad = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
const chars = (s: string) => [...s].length;
const hour = 3_600_000;

function throttled(message: string, retryAfter: number, reason: string): AppError {
  return new AppError('RATE_LIMITED', message, { retryAfter: Math.max(1, Math.ceil(retryAfter)), reason });
}

/**
 * A citizen writes a message. Every field is checked before the code (a typo does not cost a try); then the code
 * (MESSAGE) is verified and, in one transaction serialised per phone, the limits are counted (3 per phone per 24 h;
 * 10 per address per hour when rate limits are on), the code spent and the message stored as PENDING with its due
 * date (5 working days). Logged `portal.message_submitted` (actor 系统(网上留言), the phone masked).
 */
export async function submitPortalMessage(ctx: RequestContext, input: PortalMessageInput): Promise<PortalMessageReceipt> {
  const phone = normaliseMobile(input.phone);
  const rawName = (input.name ?? '').trim();
  if (!rawName) throw bad('name', '请填写您的姓名');
  const parsed = parsePersonName(rawName);
  if (!parsed.ok) throw bad('name', parsed.message);
  const category = input.category;
  if (!(category in MESSAGE_CATEGORIES)) throw bad('category', '请选择留言类别');
  const title = (input.title ?? '').trim();
  if (!title) throw bad('title', '请填写留言标题');
  if (chars(title) > MESSAGE_TITLE_MAX) throw bad('title', `留言标题不能超过 ${MESSAGE_TITLE_MAX} 个字`);
  if (/[\r\n]/.test(title)) throw bad('title', '标题不能换行');
  const content = (input.content ?? '').trim();
  if (!content) throw bad('content', '请填写留言内容');
  if (chars(content) < MESSAGE_CONTENT_MIN) throw bad('content', `留言内容至少 ${MESSAGE_CONTENT_MIN} 个字，请把问题说清楚`);
  if (chars(content) > MESSAGE_CONTENT_MAX) throw bad('content', `留言内容不能超过 ${MESSAGE_CONTENT_MAX} 个字`);
  if (typeof input.isPublic !== 'boolean') throw bad('isPublic', '请选择是否公开');
  if (!/^\d{12}$/.test(input.areaCode ?? '')) throw bad('areaCode', '请选择留言涉及的镇（街道）');
  const [town] = await ctx.asSystem('网上留言', (em) => sqlRows<{ name: string }>(em, `select name from area where code = ? and level = 2`, [input.areaCode]));
  if (!town) throw bad('areaCode', '请选择留言涉及的镇（街道）');

  const verified = await verifyCode(ctx, phone, 'MESSAGE', input.code);
  const now = nowOf(ctx);
  const today = todayOf(ctx);
  const due = (await loadWorkCalendar(ctx)).addWorkingDays(today, MESSAGE_REPLY_WORKING_DAYS);
  const fc = ctx.runtime.fieldCrypto;
  const ip = ctx.ip ?? 'unknown';
  const bidx = fc.blindIndex(`${PORTAL_PHONE_DOMAIN}${phone}`);
  return ctx.asSystem('网上留言', async (em, sys) => {
    await sqlRows(em, `select pg_advisory_xact_lock(hashtext(?))`, [`portal-message:${bidx}`]);
    const [{ n }] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from portal_message where phone_bidx = any(?::varchar[]) and created_at > ?`, [
      `{${fc.blindIndexes(`${PORTAL_PHONE_DOMAIN}${phone}`).join(',')}}`,
      new Date(now.getTime() - 24 * hour),
    ]);
    if (n >= MESSAGES_PER_PHONE_PER_DAY)
      throw throttled(`同一手机号码每天最多留言 ${MESSAGES_PER_PHONE_PER_DAY} 条，请明天再试，或拨打救助热线`, 24 * 3600, 'MESSAGE_DAILY_LIMIT');
    if (ctx.runtime.config.rateLimit.enabled) {
      const [{ n: fromIp }] = await sqlRows<{ n: number }>(em, `select count(*)::int as n from portal_message where ip = ? and created_at > ?`, [
        ip,
        new Date(now.getTime() - hour),
      ]);
      if (fromIp >= MESSAGES_PER_ADDRESS_PER_HOUR) throw throttled('留言过于频繁，请稍后再试，或拨打救助热线', hour / 1000, 'MESSAGE_ADDRESS_LIMIT');
    }
    await consumeCode(sys, em, verified);
    const messageNo = await newMessageNo(em, today);
    const m = em.create(PortalMessage, {
      messageNo,
      category,
      areaCode: input.areaCode,
      title,
      content,
      writerName: rawName,
      phoneEnc: fc.encrypt(phone),
      phoneBidx: bidx,
      phoneMasked: maskMobile(phone),
      publicWanted: input.isPublic,
      dueDate: due,
      ip,
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    await recordAudit(sys, {
      action: 'portal.message_submitted',
      entityType: 'portal_message',
      entityId: m.id,
      after: { messageNo, category, areaCode: input.areaCode, title, phone: maskMobile(phone), isPublic: input.isPublic },
    });
    return { messageNo, phoneMasked: maskMobile(phone), areaName: town.name, dueDate: due, submittedAt: now };
  });
}

/** 留言编号 LY + date + 6 random digits (not a sequence: numbers say nothing about how many people wrote). */
async function newMessageNo(em: EntityManager, today: string): Promise<string> {
  for (;;) {
    const no = `LY${today.replace(/-/g, '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    const taken = await sqlRows(em, `select 1 from portal_message where message_no = ?`, [no]);
    if (!taken.length) return no;
  }
}

// ---- public: the writer looks the reply up --------------------------------------------------------------

const NO_MATCH = '没有找到与该手机号码对应的留言，请核对留言编号和手机号码';

export function normaliseMessageNo(raw: string | null | undefined): string {
  const n = (raw ?? '').replace(/\s/g, '').toUpperCase();
  if (!/^LY\d{14}$/.test(n)) throw new AppError('BAD_USER_INPUT', '请输入留言编号（LY 开头，共 16 位）', { field: 'number' });
  return n;
}

/**
 * 留言编号 + the phone that wrote it + a MESSAGE code of that phone → the message and its reply (or why it was blocked).
 * An unknown number and a phone that does not match give the same NOT_FOUND (`reason` NO_MATCH) and count as a wrong
 * try of the code. Logged `portal.message_looked_up`.
 */
export async function lookupPortalMessage(ctx: RequestContext, input: { number: string; phone: string; code: string }): Promise<OwnMessageView> {
  const number = normaliseMessageNo(input.number);
  const phone = normaliseMobile(input.phone);
  const verified = await verifyCode(ctx, phone, 'MESSAGE', input.code);
  const fc = ctx.runtime.fieldCrypto;
  const found = await ctx.asSystem('网上留言查询', async (em, sys) => {
    const [r] = await sqlRows<Row & { phoneEnc: string }>(
      em,
      `select ${COLUMNS}, m.phone_enc as "phoneEnc" from portal_message m left join area a on a.code = m.area_code where m.message_no = ?`,
      [number],
    );
    if (!r || fc.decrypt(r.phoneEnc) !== phone) return null;
    await recordAudit(sys, { action: 'portal.message_looked_up', entityType: 'portal_message', entityId: r.id, after: { number, phone: maskMobile(phone) } });
    return r;
  });
  if (!found) {
    await countFailedUse(ctx, verified);
    throw new AppError('NOT_FOUND', NO_MATCH, { reason: 'NO_MATCH' });
  }
  return {
    messageNo: found.messageNo,
    categoryName: categoryName(found.category),
    areaName: found.areaName,
    title: maskPersonalNumbers(found.title),
    content: maskPersonalNumbers(found.content),
    writerName: maskPersonName(found.writerName),
    publicWanted: found.publicWanted,
    status: found.status,
    statusName: statusName(found.status),
    published: found.published,
    reply: found.reply ? maskPersonalNumbers(found.reply) : null,
    replyUnit: found.replyUnit,
    repliedAt: found.repliedAt,
    hiddenReason: found.status === 'HIDDEN' ? found.hiddenReason : null,
    dueDate: found.dueDate,
    createdAt: found.createdAt,
  };
}

// ---- staff (console 门户内容 › 留言) -----------------------------------------------------------------------

export interface MessageFilter {
  status?: string | null;
  category?: string | null;
  areaCode?: string | null;
}

/** Messages of the reader's area (a town: its own; the district: all): pending ones by due date first, then newest. */
export async function listPortalMessages(
  ctx: RequestContext,
  filter: MessageFilter,
  pageArgs: Partial<PageArgs>,
): Promise<{ items: StaffMessageView[]; total: number }> {
  ctx.require('portal.message.reply', '查看群众留言');
  const { page, pageSize } = checkPage(pageArgs);
  if (filter.status && !(filter.status in MESSAGE_STATUSES)) throw new AppError('BAD_USER_INPUT', '留言状态不正确', { field: 'status' });
  if (filter.category && !(filter.category in MESSAGE_CATEGORIES)) throw new AppError('BAD_USER_INPUT', '留言类别不正确', { field: 'category' });
  if (filter.areaCode && !/^\d{12}$/.test(filter.areaCode)) throw new AppError('BAD_USER_INPUT', '请选择镇（街道）', { field: 'areaCode' });
  const scope = areaSql(ctx, 'm.area_code');
  const where = [scope.sql];
  const params: unknown[] = [...scope.params];
  for (const [column, value] of [
    ['m.status', filter.status],
    ['m.category', filter.category],
    ['m.area_code', filter.areaCode],
  ] as const) {
    if (value) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  }
  const today = todayOf(ctx);
  const rows = await ctx.tx((em) =>
    sqlRows<Row & { total: string }>(
      em,
      `select ${COLUMNS}, count(*) over () as total from portal_message m left join area a on a.code = m.area_code
        where ${where.join(' and ')}
        order by (m.status = 'PENDING') desc, case when m.status = 'PENDING' then m.due_date end, m.created_at desc, m.id
        limit ? offset ?`,
      [...params, pageSize, (page - 1) * pageSize],
    ),
  );
  return { items: rows.map((r) => staffView(r, today)), total: rows.length ? Number(rows[0].total) : 0 };
}

/** The message as read at `version`, inside the actor's scope (else NOT_FOUND — not FORBIDDEN: do not confirm it exists). */
async function lockedMessage(ctx: RequestContext, em: EntityManager, id: string, version: number): Promise<PortalMessage> {
  requirePrefix(ctx);
  const m = isUuid(id) ? await em.findOne(PortalMessage, { id }) : null;
  const scope = ctx.areaPrefix;
  if (!m || (scope !== '*' && !m.areaCode.startsWith(scope ?? '\u0000'))) throw new AppError('NOT_FOUND', '该留言不存在或不在您的管辖范围内');
  if (!Number.isInteger(version) || m.version !== version) throw new AppError('CONFLICT', '该留言已被他人处理，请刷新后重试');
  return m;
}

async function readOne(ctx: RequestContext, em: EntityManager, id: string): Promise<StaffMessageView> {
  const [r] = await sqlRows<Row>(em, `select ${COLUMNS} from portal_message m left join area a on a.code = m.area_code where m.id = ?`, [id]);
  return staffView(r, todayOf(ctx));
}

/** The unit the reply is signed with: the officer's department, else the staff member's town or district. */
async function replyUnitOf(ctx: RequestContext, em: EntityManager): Promise<string | null> {
  if (ctx.departmentId) {
    const [d] = await sqlRows<{ name: string }>(em, `select name from department where id = ?`, [ctx.departmentId]);
    if (d) return d.name;
  }
  if (!ctx.actor.areaCode) return null;
  const [a] = await sqlRows<{ name: string }>(em, `select name from area where code = ?`, [ctx.actor.areaCode]);
  return a ? a.name : null;
}

/**
 * Replies to a message, or changes the reply (PENDING or REPLIED; a blocked one is INVALID_STATE). `publish` puts the
 * message and the reply on the board — only when the writer allowed it (else BAD_USER_INPUT on `publish`). `version`
 * as read, else CONFLICT and nothing written. Logged `portal.message_replied` with before/after.
 */
export async function replyPortalMessage(ctx: RequestContext, id: string, reply: string, publish: boolean, version: number): Promise<StaffMessageView> {
  ctx.require('portal.message.reply', '回复群众留言');
  const text = (reply ?? '').trim();
  if (!text) throw bad('reply', '请填写答复内容');
  if (chars(text) > MESSAGE_REPLY_MAX) throw bad('reply', `答复不能超过 ${MESSAGE_REPLY_MAX} 个字`);
  return ctx.tx(async (em) => {
    const m = await lockedMessage(ctx, em, id, version);
    if (m.status === 'HIDDEN') throw new AppError('INVALID_STATE', '已屏蔽的留言不能回复');
    if (publish && !m.publicWanted) throw bad('publish', '留言人选择了不公开，答复只能由留言人凭留言编号查看');
    const before = { status: m.status, reply: m.reply ?? null, published: m.published };
    const now = nowOf(ctx);
    Object.assign(m, {
      status: 'REPLIED',
      reply: text,
      published: publish,
      replyUnit: await replyUnitOf(ctx, em),
      repliedBy: ctx.userId ?? null,
      repliedByName: ctx.actor.name.slice(0, 64),
      repliedAt: now,
    });
    await em.flush();
    await recordAudit(ctx, {
      action: 'portal.message_replied',
      entityType: 'portal_message',
      entityId: m.id,
      before,
      after: { messageNo: m.messageNo, status: 'REPLIED', reply: text, published: publish },
    });
    return readOne(ctx, em, m.id);
  });
}

/**
 * Blocks a message (PENDING or REPLIED — a published one leaves the board) with a reason the writer sees when looking it
 * up. Already blocked: INVALID_STATE. `version` as read, else CONFLICT. Logged `portal.message_hidden`.
 */
export async function hidePortalMessage(ctx: RequestContext, id: string, reason: string, version: number): Promise<StaffMessageView> {
  ctx.require('portal.message.reply', '屏蔽群众留言');
  const text = (reason ?? '').trim();
  if (!text) throw bad('reason', '请填写屏蔽理由');
  if (chars(text) > MESSAGE_HIDE_REASON_MAX) throw bad('reason', `屏蔽理由不能超过 ${MESSAGE_HIDE_REASON_MAX} 个字`);
  return ctx.tx(async (em) => {
    const m = await lockedMessage(ctx, em, id, version);
    if (m.status === 'HIDDEN') throw new AppError('INVALID_STATE', '该留言已屏蔽');
    const before = { status: m.status, published: m.published };
    Object.assign(m, {
      status: 'HIDDEN',
      published: false,
      hiddenReason: text,
      hiddenBy: ctx.userId ?? null,
      hiddenByName: ctx.actor.name.slice(0, 64),
      hiddenAt: nowOf(ctx),
    });
    await em.flush();
    await recordAudit(ctx, {
      action: 'portal.message_hidden',
      entityType: 'portal_message',
      entityId: m.id,
      before,
      after: { messageNo: m.messageNo, status: 'HIDDEN', reason: text },
    });
    return readOne(ctx, em, m.id);
  });
}
