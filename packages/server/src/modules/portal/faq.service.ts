import type { EntityManager } from '@mikro-orm/postgresql';
import { areaLevel } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { requirePrefix } from '../../shared/scope';
import { recordAudit } from '../audit/audit.service';
import { listPrograms } from '../program/program.service';
import { PortalFaq } from './portal-content.entity';

/**
 * 常见问题 (门户「常见问题」, console 门户内容 › 常见问题): questions and answers the district publishes, each optionally tied
 * to a program of the catalogue in force (then also shown on that program's 政策查询 page). Kept by the district — the
 * system administrator or another `portal.manage` holder whose area is the district; a town window may not (one set of
 * answers for the whole district). The public surface shows published entries only, never who wrote them.
 */

export interface FaqView {
  id: string;
  question: string;
  answer: string;
  programCode: string | null;
  /** The program's name in the catalogue in force; null for a general question or a program no longer offered. */
  programName: string | null;
  sortOrder: number;
  published: boolean;
  updatedByName: string;
  updatedAt: Date;
  version: number;
}

export interface FaqInput {
  question?: string | null;
  answer?: string | null;
  programCode?: string | null;
  sortOrder?: number | null;
  published?: boolean | null;
}

type FaqFields = { question: string; answer: string; programCode: string | null; sortOrder: number; published: boolean };

/** The programs of the catalogue in force by code (read as the system: the catalogue is public). */
async function programNames(ctx: RequestContext): Promise<Map<string, string>> {
  const date = todayOf(ctx);
  const programs = await ctx.asSystem('门户常见问题', (_em, sys) => listPrograms(sys, date));
  return new Map(programs.map((p) => [p.code, p.name]));
}

async function readFaqs(ctx: RequestContext, where: { id?: string; published?: boolean; programCode?: string }): Promise<FaqView[]> {
  const names = await programNames(ctx);
  const rows = await ctx.asSystem('门户常见问题', (em) =>
    em.find(PortalFaq, where, { orderBy: { sortOrder: 'asc', createdAt: 'asc', id: 'asc' }, limit: 500 }),
  );
  return rows.map((f) => ({
    id: f.id,
    question: f.question,
    answer: f.answer,
    programCode: f.programCode ?? null,
    programName: f.programCode ? (names.get(f.programCode) ?? null) : null,
    sortOrder: f.sortOrder,
    published: f.published,
    updatedByName: f.updatedByName,
    updatedAt: f.updatedAt,
    version: f.version,
  }));
}

/** 常见问题 for everyone (no login): published entries in their order; with `programCode`, those of one program. */
export async function portalFaqs(ctx: RequestContext, programCode?: string | null): Promise<FaqView[]> {
  return readFaqs(ctx, programCode ? { published: true, programCode } : { published: true });
}

/**
 * Only the district keeps district-wide portal content (常见问题, 通知公告): `portal.manage` and an area at district level
 * (fails closed without an area). `what` names the content in the action and the message (「<what>由区县统一维护…」).
 */
export function requireDistrictEditor(ctx: RequestContext, what: string): void {
  ctx.require('portal.manage', `维护门户${what}`);
  requirePrefix(ctx);
  const area = ctx.actor.areaCode;
  if (area && areaLevel(area) !== 1) throw new AppError('FORBIDDEN', `${what}由区县统一维护，镇街和村社不能修改`);
}

/** 门户内容 › 常见问题 (console): every entry, drafts included, with who changed it last. */
export async function listFaqs(ctx: RequestContext): Promise<FaqView[]> {
  requireDistrictEditor(ctx, '常见问题');
  return readFaqs(ctx, {});
}

const chars = (s: string) => [...s].length;

/** Trimmed and checked, each error naming its field. */
async function checkFaqInput(ctx: RequestContext, input: FaqInput | null | undefined): Promise<FaqFields> {
  const question = (input?.question ?? '').trim();
  if (!question) throw new AppError('BAD_USER_INPUT', '请填写问题', { field: 'question' });
  if (chars(question) > 200) throw new AppError('BAD_USER_INPUT', '问题不能超过 200 个字', { field: 'question' });
  if (/[\r\n]/.test(question)) throw new AppError('BAD_USER_INPUT', '问题不能换行', { field: 'question' });
  const answer = (input?.answer ?? '').trim();
  if (!answer) throw new AppError('BAD_USER_INPUT', '请填写回答', { field: 'answer' });
  if (chars(answer) > 2000) throw new AppError('BAD_USER_INPUT', '回答不能超过 2000 个字', { field: 'answer' });
  const programCode = input?.programCode?.trim() || null;
  if (programCode && !(await programNames(ctx)).has(programCode)) throw new AppError('BAD_USER_INPUT', '关联的救助事项不存在', { field: 'programCode' });
  const sortOrder = input?.sortOrder ?? 0;
  if (!Number.isInteger(sortOrder) || sortOrder < 0 || sortOrder > 9999)
    throw new AppError('BAD_USER_INPUT', '排序应为 0 到 9999 的整数（小的在前）', { field: 'sortOrder' });
  return { question, answer, programCode, sortOrder, published: input?.published ?? true };
}

const fieldsOf = (f: PortalFaq): FaqFields => ({
  question: f.question,
  answer: f.answer,
  programCode: f.programCode ?? null,
  sortOrder: f.sortOrder,
  published: f.published,
});

const snapshot = (f: FaqFields) => ({ question: f.question, answer: f.answer, programCode: f.programCode, sortOrder: f.sortOrder, published: f.published });

/** The entry as read at `version` (NOT_FOUND for an unknown or malformed id, CONFLICT for another version). */
async function lockedFaq(em: EntityManager, id: string, version: number): Promise<PortalFaq> {
  const f = isUuid(id) ? await em.findOne(PortalFaq, { id }) : null;
  if (!f) throw new AppError('NOT_FOUND', '该问题不存在或已删除');
  if (f.version !== version) throw new AppError('CONFLICT', '该问题已被他人修改，请刷新后重试');
  return f;
}

/**
 * Adds a question (`id` null, `version` 0) or changes one (`version` as read, else CONFLICT and nothing written).
 * Logged `portal.faq_created` / `portal.faq_updated` with before and after.
 */
export async function saveFaq(ctx: RequestContext, id: string | null, input: FaqInput, version: number): Promise<FaqView> {
  requireDistrictEditor(ctx, '常见问题');
  const fields = await checkFaqInput(ctx, input);
  if (!Number.isInteger(version) || version < 0) throw new AppError('BAD_USER_INPUT', '版本号不正确', { field: 'version' });
  const by = { updatedBy: ctx.userId, updatedByName: ctx.actor.name.slice(0, 64) };
  const savedId = await ctx.tx(async (em) => {
    if (!id) {
      if (version !== 0) throw new AppError('BAD_USER_INPUT', '新增问题的版本号应为 0', { field: 'version' });
      const f = em.create(PortalFaq, { ...fields, ...by });
      await em.flush();
      await recordAudit(ctx, { action: 'portal.faq_created', entityType: 'portal_faq', entityId: f.id, after: snapshot(fields) });
      return f.id;
    }
    const f = await lockedFaq(em, id, version);
    const before = snapshot(fieldsOf(f));
    Object.assign(f, fields, by);
    await em.flush();
    await recordAudit(ctx, { action: 'portal.faq_updated', entityType: 'portal_faq', entityId: f.id, before, after: snapshot(fields) });
    return f.id;
  });
  const [saved] = await readFaqs(ctx, { id: savedId });
  if (!saved) throw new AppError('NOT_FOUND', '该问题不存在或已删除');
  return saved;
}

/** Deletes a question (`version` as read, else CONFLICT). Logged `portal.faq_deleted` with what it said. */
export async function deleteFaq(ctx: RequestContext, id: string, version: number): Promise<boolean> {
  requireDistrictEditor(ctx, '常见问题');
  await ctx.tx(async (em) => {
    const f = await lockedFaq(em, id, version);
    const before = snapshot(fieldsOf(f));
    em.remove(f);
    await em.flush();
    await recordAudit(ctx, { action: 'portal.faq_deleted', entityType: 'portal_faq', entityId: id, before });
  });
  return true;
}
