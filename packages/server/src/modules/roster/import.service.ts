import type { EntityManager } from '@mikro-orm/postgresql';
import { PROGRAM_OWNERS } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { bool, decodeRows, int, jsonObject, nullable, row, text, timestamp } from '../../db/rows';
import { sqlRows } from '../../shared/sql';
import { AppError, notFound } from '../../shared/errors';
import { areaSql } from '../../shared/scope';
import { recordAudit } from '../audit/audit.service';
import { departmentById, departmentsByCode } from '../department/department.service';
import { cancelJob, enqueueJob } from '../jobs/jobs.service';
import { datasetDef } from './datasets';
import { ImportBatch } from './import-batch.entity';
import { adoptUpload, type SavedUpload } from './import-files';
import { importJob } from './import.job';
import { DATASETS, type Dataset } from './records';

/** Who may import: staff with roster.import (部门经办), integrator tokens with reference.push, the system. */
export function canImport(ctx: RequestContext): boolean {
  return ctx.can('roster.import') || ctx.can('reference.push');
}

export function requireImport(ctx: RequestContext): void {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!canImport(ctx)) throw new AppError('FORBIDDEN', '您没有权限导入名册和比对数据');
}

export function parseDataset(value: string): Dataset {
  const d = DATASETS.find((x) => x === value);
  if (!d) throw new AppError('BAD_USER_INPUT', `未知的数据集：${value.slice(0, 40)}（可选：${DATASETS.join('、')}）`, { reason: 'UNKNOWN_DATASET' });
  return d;
}

export interface StartImportInput {
  dataset: Dataset;
  fileName: string;
  upload: SavedUpload;
}

/**
 * Starts an import: the batch (QUEUED) and its job in one transaction, the upload moved to the batch's
 * folder. A 救助对象名册 needs a department (the importer's; only its programs are accepted), except
 * for the system (CLI), which imports for each program's owning department.
 */
export async function startImport(ctx: RequestContext, input: StartImportInput): Promise<ImportBatch> {
  requireImport(ctx);
  const { dataset } = input;
  if (dataset === 'roster' && ctx.actor.kind !== 'system' && !ctx.departmentId) {
    throw new AppError('FORBIDDEN', '导入救助对象名册须以部门身份进行（账号或令牌须属于某个部门）');
  }
  const areaCode = ctx.actor.areaCode;
  if (!areaCode && ctx.actor.kind !== 'system') throw new AppError('SCOPE_MISSING', '没有可用的管辖区域，不能导入');
  const def = datasetDef(dataset);
  // Path separators and control characters out of the shown name (it is never used as a path).
  const fileName =
    [...input.fileName]
      .map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 ? '_' : c))
      .join('')
      .slice(0, 200) || def.name;
  const batch = await ctx.tx(async (em) => {
    const id = await enqueueJob(ctx, em, importJob, {
      payload: { batchId: '' },
      areaCode: areaCode ?? null,
      title: `数据导入：${def.name}（${fileName}）`.slice(0, 200),
    });
    // The job's payload names the batch, which shares the job's id.
    await em.execute(`update job set payload = jsonb_build_object('batchId', id::text) where id = ?`, [id]);
    const b = em.create(ImportBatch, {
      id,
      dataset,
      fileName,
      fileHash: input.upload.sha256,
      departmentId: ctx.departmentId,
      areaCode: areaCode ?? '000000000000',
      requestedBy: ctx.actor.kind === 'user' ? (ctx.actor.id ?? null) : null,
      requestedByName: ctx.actor.name.slice(0, 64),
    });
    await em.flush();
    await adoptUpload(ctx.runtime, input.upload, id);
    await recordAudit(ctx, {
      action: 'import.started',
      entityType: 'import_batch',
      entityId: id,
      detail: { dataset, fileName, sha256: input.upload.sha256, bytes: input.upload.size },
    });
    return b;
  });
  return batch;
}

/** What validate.ts needs to know about programs, areas and the importer (preloaded once per batch). */
export async function validationContextFor(ctx: RequestContext, batch: Pick<ImportBatch, 'departmentId' | 'areaCode'>) {
  const departments = await departmentsByCode(ctx);
  const importer = batch.departmentId ? await departmentById(ctx, batch.departmentId) : null;
  // Programs whose owning department is set up; an importer department may bring only its own.
  const programs = new Map<string, string>();
  const programDepartments = new Map<string, string>();
  for (const [program, owner] of Object.entries(PROGRAM_OWNERS)) {
    const d = departments.get(owner);
    if (!d) continue;
    programs.set(program, owner);
    programDepartments.set(program, d.id);
  }
  const villages = await ctx.asSystem('import-areas', async (em) => {
    const rows = await em.execute(`select code from area where level = 3`);
    return new Set((rows as Array<{ code: string }>).map((r) => r.code));
  });
  const prefix = batch.areaCode === '000000000000' ? '' : areaPrefixOf(batch.areaCode);
  return {
    programs,
    programDepartments,
    departmentCode: importer?.code ?? null,
    areaExists: (code: string) => villages.has(code),
    inScope: (code: string) => code.startsWith(prefix),
    agricultureDepartmentId: departments.get('NONGYE')?.id ?? null,
  };
}

/** 6/9/12-digit prefix of an area code (district, town, village). */
function areaPrefixOf(code: string): string {
  if (code.endsWith('000000')) return code.slice(0, 6);
  if (code.endsWith('000')) return code.slice(0, 9);
  return code;
}

export interface ImportBatchFilter {
  dataset?: Dataset | null;
  status?: string | null;
  departmentId?: string | null;
}

const BATCH_COLUMNS = `b.id, b.dataset, b.status, b.file_name as "fileName", b.file_hash as "fileHash", b.format, b.encoding, b.department_id as "departmentId",
  d.name as "departmentName", b.area_code as "areaCode", b.rows, b.valid, b.imported, b.unchanged, b.duplicates, b.conflicts, b.errors,
  b.error_counts as "errorCounts", b.has_error_report as "hasErrorReport", b.message, b.requested_by_name as "requestedByName",
  b.created_at as "createdAt", b.finished_at as "finishedAt", j.total as "progressTotal", j.processed as "progressDone", j.cancel_requested as "cancelRequested"`;

export interface ImportBatchRow {
  id: string;
  dataset: string;
  status: string;
  fileName: string;
  fileHash: string;
  format: string | null;
  encoding: string | null;
  departmentId: string | null;
  departmentName: string | null;
  areaCode: string;
  rows: number;
  valid: number;
  imported: number;
  unchanged: number;
  duplicates: number;
  conflicts: number;
  errors: number;
  errorCounts: Record<string, number>;
  hasErrorReport: boolean;
  message: string | null;
  requestedByName: string;
  createdAt: Date;
  finishedAt: Date | null;
  progressTotal: number | null;
  progressDone: number | null;
  cancelRequested: boolean | null;
}

/** Department staff see their department's batches; others with the permission (tokens, system) their area's. */
function ownBatches(ctx: RequestContext): { sql: string; params: unknown[] } {
  const area = areaSql(ctx, 'b.area_code');
  if (ctx.actor.kind === 'system' || !ctx.departmentId) return area;
  return { sql: `${area.sql} and b.department_id = ?`, params: [...area.params, ctx.departmentId] };
}

export async function listImportBatches(
  ctx: RequestContext,
  f: ImportBatchFilter,
  page: number,
  pageSize: number,
): Promise<{ items: ImportBatchRow[]; total: number }> {
  requireImport(ctx);
  const own = ownBatches(ctx);
  const where = [own.sql];
  const params: unknown[] = [...own.params];
  if (f.dataset) {
    where.push('b.dataset = ?');
    params.push(f.dataset);
  }
  if (f.status) {
    where.push('b.status = ?');
    params.push(f.status);
  }
  return ctx.tx(async (em) => {
    const items = await batchRows(
      em,
      `select ${BATCH_COLUMNS} from import_batch b left join department d on d.id = b.department_id left join job j on j.id = b.id
        where ${where.join(' and ')} order by b.created_at desc, b.id limit ? offset ?`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    const [{ n }] = (await em.execute(`select count(*)::int as n from import_batch b where ${where.join(' and ')}`, params)) as Array<{ n: number }>;
    return { items, total: n };
  });
}

export async function getImportBatch(ctx: RequestContext, id: string): Promise<ImportBatchRow> {
  requireImport(ctx);
  const own = ownBatches(ctx);
  const rows = await ctx.tx((em) =>
    batchRows(
      em,
      `select ${BATCH_COLUMNS} from import_batch b left join department d on d.id = b.department_id left join job j on j.id = b.id
        where b.id = ? and ${own.sql}`,
      [id, ...own.params],
    ),
  );
  if (!rows.length) throw notFound('导入批次');
  return rows[0];
}

const batchRow = row<ImportBatchRow>({
  id: text,
  dataset: text,
  status: text,
  fileName: text,
  fileHash: text,
  format: nullable(text),
  encoding: nullable(text),
  departmentId: nullable(text),
  departmentName: nullable(text),
  areaCode: text,
  rows: int,
  valid: int,
  imported: int,
  unchanged: int,
  duplicates: int,
  conflicts: int,
  errors: int,
  errorCounts: jsonObject as (v: unknown, at: string) => Record<string, number>,
  hasErrorReport: bool,
  message: nullable(text),
  requestedByName: text,
  createdAt: timestamp,
  finishedAt: nullable(timestamp),
  progressTotal: nullable(int),
  progressDone: nullable(int),
  cancelRequested: nullable(bool),
});

async function batchRows(em: EntityManager, sql: string, params: unknown[]): Promise<ImportBatchRow[]> {
  return decodeRows(await sqlRows(em, sql, params), batchRow, 'import_batch');
}

/**
 * 取消导入: the job's cancel (requester only; jobs.service). A queued batch ends at once as CANCELLED; a
 * running one stops at its next progress report and rolls back (import.run.ts marks it CANCELLED).
 */
export async function cancelImport(ctx: RequestContext, id: string): Promise<ImportBatchRow> {
  await getImportBatch(ctx, id);
  const job = await cancelJob(ctx, id);
  if (job.status === 'CANCELLED') {
    await ctx.tx(async (em) => {
      const b = await em.findOne(ImportBatch, { id });
      if (b && (b.status === 'QUEUED' || b.status === 'RUNNING')) {
        b.status = 'CANCELLED';
        b.message = '已取消：本批次未导入任何数据';
        b.finishedAt = new Date();
        await em.flush();
      }
    });
  }
  return getImportBatch(ctx, id);
}
