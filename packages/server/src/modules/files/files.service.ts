import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomUUID } from 'node:crypto';
import type { RequestContext, Runtime } from '../../graphql/request-context';
import { AppError, type ErrorCode } from '../../shared/errors';
import { isUuid } from '../../shared/ids';
import { areaSql, assertInScope, requirePrefix } from '../../shared/scope';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { StoredFile } from './stored-file.entity';
import { checkContent, fileRejected, limitsOf, sanitiseFileName, sniffMime, type AllowedMime } from './content-check';
import { localFileStorage, newStorageKey, type FileStorage } from './storage';

/** What the uploader gets back (and what the upload endpoint answers). */
export interface StoredFileInfo {
  id: string;
  mime: AllowedMime;
  size: number;
  /** Sanitised original name, extension matching the detected type. */
  name: string;
  sha256: string;
}

/** One row of `stored_file` as the service returns it (never the storage key). */
export interface StoredFileRecord extends StoredFileInfo {
  areaCode: string;
  uploadedBy: string | null;
  uploadedByName: string;
  uploadedAt: Date;
  ownerType: string | null;
  ownerId: string | null;
}

/** Who may upload materials and read them back (windows that accept applications). */
export const FILE_PERMISSION = 'application.write';
/**
 * 信息员 (without FILE_PERMISSION) upload photos of their reports: JPEG and PNG only, through the same
 * checks, and read back only the files they uploaded themselves (modules/workflow links them to the report).
 */
export const PHOTO_PERMISSION = 'application.preSubmit';

/** The refusal of a non-image for an informant's photo. */
const notAPhoto = () => fileRejected('FILE_TYPE_NOT_ALLOWED', '线索照片仅支持 JPG、PNG 图片（按文件内容识别，修改扩展名无效）');

/** Photos only: the actor may upload (PHOTO_PERMISSION) but is not a window. */
function photosOnly(ctx: RequestContext): boolean {
  return !ctx.can(FILE_PERMISSION) && ctx.can(PHOTO_PERMISSION);
}

const OWNER_TYPE = /^[a-z][a-z0-9_]{0,39}$/;

export function fileStorageOf(runtime: Runtime): FileStorage {
  return runtime.fileStorage ?? localFileStorage(runtime.config.fileStorageDir);
}

const COLUMNS = `id, mime, size, original_name as name, sha256, area_code as "areaCode", uploaded_by as "uploadedBy",
  uploaded_by_name as "uploadedByName", uploaded_at as "uploadedAt", owner_type as "ownerType", owner_id as "ownerId"`;

export interface UploadInput {
  bytes: Buffer;
  name?: string | null;
}

/** A refusal of one file of several, naming it: 第 2 个文件（x.pdf）：…. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are stripped from the name shown in the error
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function ofFile(e: unknown, index: number, name: string | null | undefined): unknown {
  if (!(e instanceof AppError)) return e;
  const label =
    String(name ?? '')
      .split(/[\\/]/)
      .pop()
      ?.replace(UNPRINTABLE, '')
      .slice(0, 80) || '未命名';
  return new AppError(e.extensions.code as ErrorCode, `第 ${index + 1} 个文件（${label}）：${e.message}`, { ...e.extensions, fileIndex: index });
}

/**
 * Checks uploaded files (type by content, size, image dimensions, PDF structure), writes their
 * bytes to the file storage under new random keys and records them in `stored_file` with the
 * uploader's area, in one transaction with their operation-log rows. All or nothing: every file is
 * checked before any byte is written, and one refusal refuses the request (naming the file); if a
 * write or the transaction fails, every object this request wrote is removed again. The files are
 * not yet linked to anything (see `linkFiles`).
 */
export async function saveUploads(ctx: RequestContext, files: UploadInput[]): Promise<StoredFileInfo[]> {
  const photos = photosOnly(ctx);
  if (!photos) ctx.require(FILE_PERMISSION, '上传申请材料');
  requirePrefix(ctx);
  const areaCode = ctx.actor.areaCode;
  if (!areaCode) throw new AppError('SCOPE_MISSING', '当前账号未设置管辖区域，无法上传材料');
  const { config } = ctx.runtime;
  if (!files.length) throw fileRejected('FILE_MISSING', '请求中没有文件');
  if (files.length > config.fileMaxCount) throw fileRejected('FILE_TOO_MANY', `每次最多上传 ${config.fileMaxCount} 个文件`);
  const limits = limitsOf(config);
  const infos: StoredFileInfo[] = [];
  for (const [i, f] of files.entries()) {
    let mime: AllowedMime;
    try {
      // An informant's photo: refused by its leading bytes before anything else reads it (no PDF parsing).
      if (photos && f.bytes.length && !['image/jpeg', 'image/png'].includes(sniffMime(f.bytes) ?? '')) throw notAPhoto();
      mime = await checkContent(f.bytes, limits);
    } catch (e) {
      throw files.length > 1 ? ofFile(e, i, f.name) : e;
    }
    infos.push({
      id: randomUUID(),
      mime,
      size: f.bytes.length,
      name: sanitiseFileName(f.name, mime),
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
    });
  }
  const storage = fileStorageOf(ctx.runtime);
  const written: string[] = [];
  try {
    const keys: string[] = [];
    for (const f of files) {
      const key = newStorageKey();
      await storage.put(key, f.bytes);
      written.push(key);
      keys.push(key);
    }
    await ctx.tx(async (em) => {
      for (const [i, info] of infos.entries()) {
        em.create(StoredFile, {
          id: info.id,
          storageKey: keys[i],
          sha256: info.sha256,
          mime: info.mime,
          size: info.size,
          originalName: info.name,
          areaCode,
          uploadedBy: ctx.actor.id ?? null,
          uploadedByName: ctx.actor.name.slice(0, 64),
        });
        await em.flush();
        await recordAudit(ctx, {
          action: 'file.uploaded',
          entityType: 'stored_file',
          entityId: info.id,
          detail: { name: info.name, mime: info.mime, size: info.size, sha256: info.sha256 },
        });
      }
    });
  } catch (e) {
    await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)));
    throw e;
  }
  return infos;
}

/** One file: `saveUploads` with a single file. */
export async function saveUpload(ctx: RequestContext, input: UploadInput): Promise<StoredFileInfo> {
  return (await saveUploads(ctx, [input]))[0];
}

async function findVisible(ctx: RequestContext, em: EntityManager, id: string, extra = ''): Promise<(StoredFileRecord & { storageKey: string }) | null> {
  if (!isUuid(id)) return null;
  const scope = areaSql(ctx, 'area_code');
  const rows = await sqlRows<StoredFileRecord & { storageKey: string }>(
    em,
    `select ${COLUMNS}, storage_key as "storageKey" from stored_file where id = ? and ${scope.sql} ${extra}`,
    [id, ...scope.params],
  );
  return rows[0] ?? null;
}

const notFoundFile = () => new AppError('NOT_FOUND', '材料不存在或不在您的管辖范围内');

/**
 * Who may read a file: the windows of its area (FILE_PERMISSION), and department officers for
 * materials of an application in which their department holds a referral. Fails closed.
 */
async function requireReadable(
  ctx: RequestContext,
  em: EntityManager,
  row: { ownerType: string | null; ownerId: string | null; uploadedBy: string | null },
): Promise<void> {
  if (ctx.can(FILE_PERMISSION)) return;
  // An informant reads the photos they uploaded (their own reports'), nothing else.
  if (ctx.can(PHOTO_PERMISSION) && ctx.actor.id && row.uploadedBy === ctx.actor.id) return;
  if (ctx.can('referral.handle') && ctx.departmentId && row.ownerType === 'application' && row.ownerId) {
    const ok = await sqlRows(em, `select 1 from referral where application_id = ? and department_id = ? limit 1`, [row.ownerId, ctx.departmentId]);
    if (ok.length) return;
  }
  throw notFoundFile();
}

/** Metadata of one file the actor may see (area scope, row-level security); NOT_FOUND otherwise. */
export async function getStoredFile(ctx: RequestContext, id: string): Promise<StoredFileRecord> {
  if (!ctx.can(FILE_PERMISSION) && !ctx.can(PHOTO_PERMISSION)) ctx.require('referral.handle', '查看申请材料');
  return ctx.tx(async (em) => {
    const row = await findVisible(ctx, em, id);
    if (!row) throw notFoundFile();
    await requireReadable(ctx, em, row);
    const { storageKey: _key, ...rest } = row;
    return { ...rest, size: Number(rest.size) };
  });
}

/**
 * The bytes of one visible file, checked against their recorded SHA-256, for download. The read
 * is logged (`file.downloaded`) in the same transaction.
 */
export async function readStoredFile(ctx: RequestContext, id: string): Promise<{ file: StoredFileRecord; bytes: Buffer }> {
  if (!ctx.can(FILE_PERMISSION) && !ctx.can(PHOTO_PERMISSION)) ctx.require('referral.handle', '下载申请材料');
  return ctx.tx(async (em) => {
    const row = await findVisible(ctx, em, id);
    if (!row) throw notFoundFile();
    await requireReadable(ctx, em, row);
    const { storageKey, ...file } = row;
    file.size = Number(file.size);
    const bytes = await fileStorageOf(ctx.runtime).get(storageKey);
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
      throw new Error(`stored file ${file.id} does not match its checksum`);
    }
    await recordAudit(ctx, {
      action: 'file.downloaded',
      entityType: 'stored_file',
      entityId: file.id,
      detail: { name: file.name, ownerType: file.ownerType, ownerId: file.ownerId },
    });
    return { file, bytes };
  });
}

/**
 * Links uploaded files to the record that uses them (e.g. an application's material), inside
 * the caller's open transaction `em`. Refuses (nothing is linked then) a file that is not
 * visible to the actor, was uploaded from another area than the actor's own, or is already
 * linked to another owner; linking again to the same owner is a no-op. Logged as `file.linked`.
 * With `ownerArea` (the case's area, e.g. the household's village) the linked files take that
 * area: a material belongs to its case, so the windows of the case's village read it and it
 * follows the household when it moves (the uploader stays in `uploaded_by` and the log).
 * An informant (PHOTO_PERMISSION, no FILE_PERMISSION) links only images they uploaded themselves.
 */
export async function linkFiles(
  ctx: RequestContext,
  em: EntityManager,
  fileIds: string[],
  ownerType: string,
  ownerId: string,
  ownerArea?: string,
): Promise<void> {
  const photos = photosOnly(ctx);
  if (!photos) ctx.require(FILE_PERMISSION, '关联申请材料');
  if (!OWNER_TYPE.test(ownerType)) throw new Error(`invalid owner type: ${ownerType}`);
  if (!isUuid(ownerId)) throw new Error('owner id must be a UUID');
  if (ownerArea !== undefined) assertInScope(ctx, ownerArea, '申请');
  const ids = [...new Set(fileIds)];
  if (!ids.length) return;
  if (ids.some((id) => !isUuid(id))) throw notFoundFile();
  const scope = areaSql(ctx, 'area_code');
  const rows = await sqlRows<{ id: string; areaCode: string; ownerType: string | null; ownerId: string | null; uploadedBy: string | null; mime: string }>(
    em,
    `select id, area_code as "areaCode", owner_type as "ownerType", owner_id as "ownerId", uploaded_by as "uploadedBy", mime
       from stored_file where id in (${ids.map(() => '?').join(', ')}) and ${scope.sql} order by id for update`,
    [...ids, ...scope.params],
  );
  if (rows.length !== ids.length) throw notFoundFile();
  const ownArea = ctx.actor.kind === 'system' && !ctx.actor.areaCode ? null : ctx.actor.areaCode;
  for (const r of rows) {
    if (ownArea !== null && r.areaCode !== ownArea) throw new AppError('FORBIDDEN', '只能使用本窗口上传的材料');
    if (photos && r.uploadedBy !== ctx.actor.id) throw new AppError('FORBIDDEN', '只能使用本人上传的照片');
    if (photos && !r.mime.startsWith('image/')) throw notAPhoto();
    if (r.ownerId && (r.ownerType !== ownerType || r.ownerId !== ownerId)) throw new AppError('CONFLICT', '材料已用于其他申请，请重新上传');
  }
  const pending = rows.filter((r) => !r.ownerId).map((r) => r.id);
  if (!pending.length) return;
  // The rows are locked above (in scope, in id order); the link goes through the entities.
  for (const f of await em.find(StoredFile, { id: { $in: pending } })) {
    Object.assign(f, { ownerType, ownerId, linkedAt: new Date(), areaCode: ownerArea ?? f.areaCode } satisfies Partial<StoredFile>);
  }
  await em.flush();
  await recordAudit(ctx, { action: 'file.linked', entityType: ownerType, entityId: ownerId, detail: { fileIds: pending } });
}

/**
 * The files linked to `ownerType`/`ownerId` take `areaCode` (in the caller's scope), inside the caller's open
 * transaction — e.g. an informant's photos when the window confirms the report for a household of another village:
 * the case's materials follow the case (`db/area-columns.ts`). Logged by the caller's action.
 */
export async function moveOwnedFiles(ctx: RequestContext, em: EntityManager, ownerType: string, ownerId: string, areaCode: string): Promise<number> {
  if (!OWNER_TYPE.test(ownerType)) throw new Error(`invalid owner type: ${ownerType}`);
  assertInScope(ctx, areaCode, '申请');
  const files = await em.find(StoredFile, { ownerType, ownerId, areaCode: { $ne: areaCode } });
  for (const f of files) f.areaCode = areaCode;
  await em.flush();
  return files.length;
}
