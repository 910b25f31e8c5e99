import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { checkPage, offsetOf, type PageArgs } from '../../shared/paging';
import { recordAudit } from '../audit/audit.service';
import { ID_LIKE, PHONE_LIKE } from '../sms/templates';
import { requireDistrictEditor } from './faq.service';
import { NOTICE_BODY_MAX, NOTICE_CATEGORIES, NOTICE_TITLE_MAX, type NoticeCategory } from './notice-codes';
import { PortalNotice } from './notice.entity';

/**
 * 通知公告 (门户首页「通知公告」, `/gonggao`; console 门户内容 › 通知公告): notices the district publishes — 通知, 政策解读,
 * 工作动态 —, pinned ones first, then the newest. Kept by the district only, exactly like 常见问题 (`requireDistrictEditor`
 * of faq.service.ts). The public surface shows published notices only, never who wrote them or the version. A notice
 * is public text: a title or body with an ID number or a mobile number is refused (the SMS templates' patterns).
 */

export interface NoticeView {
  id: string;
  title: string;
  body: string;
  category: NoticeCategory;
  categoryName: string;
  pinned: boolean;
  published: boolean;
  /** When it was first published (the date the portal shows); null for a draft never published. */
  publishedAt: Date | null;
  createdAt: Date;
  updatedByName: string;
  updatedAt: Date;
  version: number;
}

export interface NoticeInput {
  title?: string | null;
  body?: string | null;
  category?: string | null;
  pinned?: boolean | null;
  published?: boolean | null;
}

type NoticeFields = { title: string; body: string; category: NoticeCategory; pinned: boolean; published: boolean };

const view = (n: PortalNotice): NoticeView => ({
  id: n.id,
  title: n.title,
  body: n.body,
  category: n.category as NoticeCategory,
  categoryName: NOTICE_CATEGORIES[n.category as NoticeCategory] ?? n.category,
  pinned: n.pinned,
  published: n.published,
  publishedAt: n.publishedAt ?? null,
  createdAt: n.createdAt,
  updatedByName: n.updatedByName,
  updatedAt: n.updatedAt,
  version: n.version,
});

const isCategory = (c: string): c is NoticeCategory => Object.hasOwn(NOTICE_CATEGORIES, c);

/** 通知公告 for everyone (no login): published notices, pinned first, then the newest; by category; with the total. */
export async function portalNotices(
  ctx: RequestContext,
  category: string | null | undefined,
  pageArgs: Partial<PageArgs>,
): Promise<{ items: NoticeView[]; total: number }> {
  const page = checkPage(pageArgs);
  if (category && !isCategory(category)) throw new AppError('BAD_USER_INPUT', '公告类别不正确', { field: 'category' });
  const where = category ? { published: true, category } : { published: true };
  const [rows, total] = await ctx.asSystem('门户通知公告', (em) =>
    em.findAndCount(PortalNotice, where, {
      orderBy: [{ pinned: 'desc' }, { publishedAt: 'desc' }, { id: 'asc' }],
      limit: page.pageSize,
      offset: offsetOf(page),
    }),
  );
  return { items: rows.map(view), total };
}

/** One published notice (no login); null for an unknown or malformed id and for a draft. */
export async function portalNotice(ctx: RequestContext, id: string): Promise<NoticeView | null> {
  if (!isUuid(id)) return null;
  const n = await ctx.asSystem('门户通知公告', (em) => em.findOne(PortalNotice, { id, published: true }));
  return n ? view(n) : null;
}

/** 门户内容 › 通知公告 (console): every notice, drafts first, then as the portal orders them. */
export async function listNotices(ctx: RequestContext): Promise<NoticeView[]> {
  requireDistrictEditor(ctx, '通知公告');
  const rows = await ctx.asSystem('门户通知公告', (em) =>
    em.find(
      PortalNotice,
      {},
      { orderBy: [{ published: 'asc' }, { pinned: 'desc' }, { publishedAt: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }], limit: 1000 },
    ),
  );
  return rows.map(view);
}

const chars = (s: string) => [...s].length;
/** An ID number or a mobile number in public text (the SMS templates' patterns; `match` resets the global regexes). */
const personalNumberIn = (s: string): string | null => (s.match(ID_LIKE) ? '身份证号' : s.match(PHONE_LIKE) ? '手机号码' : null);

/** Trimmed and checked, each error naming its field. */
function checkNoticeInput(input: NoticeInput | null | undefined): NoticeFields {
  const title = (input?.title ?? '').trim();
  if (!title) throw new AppError('BAD_USER_INPUT', '请填写标题', { field: 'title' });
  if (chars(title) > NOTICE_TITLE_MAX) throw new AppError('BAD_USER_INPUT', `标题不能超过 ${NOTICE_TITLE_MAX} 个字`, { field: 'title' });
  if (/[\r\n]/.test(title)) throw new AppError('BAD_USER_INPUT', '标题不能换行', { field: 'title' });
  const body = (input?.body ?? '').replace(/\r\n?/g, '\n').trim();
  if (!body) throw new AppError('BAD_USER_INPUT', '请填写正文', { field: 'body' });
  if (chars(body) > NOTICE_BODY_MAX) throw new AppError('BAD_USER_INPUT', `正文不能超过 ${NOTICE_BODY_MAX} 个字`, { field: 'body' });
  const category = input?.category ?? '';
  if (!isCategory(category)) throw new AppError('BAD_USER_INPUT', '请选择公告类别（通知、政策解读或工作动态）', { field: 'category' });
  for (const [field, label, text] of [
    ['title', '标题', title],
    ['body', '正文', body],
  ] as const) {
    const found = personalNumberIn(text);
    if (found) throw new AppError('BAD_USER_INPUT', `${label}含有${found}：公告向社会公开，不得含有个人信息`, { field });
  }
  return { title, body, category, pinned: input?.pinned ?? false, published: input?.published ?? false };
}

const fieldsOf = (n: PortalNotice): NoticeFields => ({
  title: n.title,
  body: n.body,
  category: n.category as NoticeCategory,
  pinned: n.pinned,
  published: n.published,
});

const snapshot = (f: NoticeFields) => ({ title: f.title, body: f.body, category: f.category, pinned: f.pinned, published: f.published });

/** The notice as read at `version` (NOT_FOUND for an unknown or malformed id, CONFLICT for another version). */
async function lockedNotice(em: EntityManager, id: string, version: number): Promise<PortalNotice> {
  const n = isUuid(id) ? await em.findOne(PortalNotice, { id }) : null;
  if (!n) throw new AppError('NOT_FOUND', '该公告不存在或已删除');
  if (n.version !== version) throw new AppError('CONFLICT', '该公告已被他人修改，请刷新后重试');
  return n;
}

/**
 * Adds a notice (`id` null, `version` 0) or changes one (`version` as read, else CONFLICT and nothing written).
 * `publishedAt` is set the first time it is published and kept after (taking it back to a draft keeps the date).
 * Logged `portal.notice_created` / `portal.notice_updated` with before and after.
 */
export async function saveNotice(ctx: RequestContext, id: string | null, input: NoticeInput, version: number): Promise<NoticeView> {
  requireDistrictEditor(ctx, '通知公告');
  const fields = checkNoticeInput(input);
  if (!Number.isInteger(version) || version < 0) throw new AppError('BAD_USER_INPUT', '版本号不正确', { field: 'version' });
  const by = { updatedBy: ctx.userId, updatedByName: ctx.actor.name.slice(0, 64) };
  const now = nowOf(ctx);
  const savedId = await ctx.tx(async (em) => {
    if (!id) {
      if (version !== 0) throw new AppError('BAD_USER_INPUT', '新增公告的版本号应为 0', { field: 'version' });
      const n = em.create(PortalNotice, { ...fields, ...by, publishedAt: fields.published ? now : null });
      await em.flush();
      await recordAudit(ctx, { action: 'portal.notice_created', entityType: 'portal_notice', entityId: n.id, after: snapshot(fields) });
      return n.id;
    }
    const n = await lockedNotice(em, id, version);
    const before = snapshot(fieldsOf(n));
    Object.assign(n, fields, by);
    if (fields.published && !n.publishedAt) n.publishedAt = now;
    await em.flush();
    await recordAudit(ctx, { action: 'portal.notice_updated', entityType: 'portal_notice', entityId: n.id, before, after: snapshot(fields) });
    return n.id;
  });
  const saved = await ctx.asSystem('门户通知公告', (em) => em.findOne(PortalNotice, { id: savedId }));
  if (!saved) throw new AppError('NOT_FOUND', '该公告不存在或已删除');
  return view(saved);
}

/** Deletes a notice (`version` as read, else CONFLICT). Logged `portal.notice_deleted` with what it said. */
export async function deleteNotice(ctx: RequestContext, id: string, version: number): Promise<boolean> {
  requireDistrictEditor(ctx, '通知公告');
  await ctx.tx(async (em) => {
    const n = await lockedNotice(em, id, version);
    const before = snapshot(fieldsOf(n));
    em.remove(n);
    await em.flush();
    await recordAudit(ctx, { action: 'portal.notice_deleted', entityType: 'portal_notice', entityId: id, before });
  });
  return true;
}
