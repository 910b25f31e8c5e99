import fs from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { todayOf } from '../../shared/dates';
import { copyIn } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { enqueueCrosscheck } from '../crosscheck/crosscheck.job';
import { datasetDef } from './datasets';
import { cellsByHeader, headerMatcher, mapHeader } from './validate';
import { ErrorReportWriter } from './error-report';
import { ImportBatch } from './import-batch.entity';
import { errorReportPath, sourcePath } from './import-files';
import { validationContextFor } from './import.service';
import { mergeReference } from './merge-reference';
import { mergeRoster } from './merge-roster';
import { openTable } from './read';
import type { Dataset, RowError } from './records';
import { stageCopySql, stageLine, stageTableSql } from './stage';
import { rowKey, validateRow } from './validate';

/**
 * One import, start to end (the `roster-import` job and `pnpm cli import` both call this):
 *
 * 1. read the stored file as a stream (read/), validate each row (validate.ts); rows with errors go to
 *    the error report (xlsx), valid ones — sealed — into COPY;
 * 2. in ONE transaction, in the system scope: COPY into a temporary staging table, merge set-based
 *    (merge-roster.ts / merge-reference.ts), write the batch's counts and the operation log row —
 *    a crash at any point leaves the whole batch or none of it (R1);
 * 3. a file identical to one imported before (same dataset, same SHA-256) is not read again: the batch
 *    ends at once with nothing imported, pointing to the earlier batch.
 *
 * Progress: permille of the file read while staging (0–800), then the merge (800–1000).
 */
export interface ImportHooks {
  /** Reports progress (0–1000); returns false when the import should stop (cancelled). */
  progress(permille: number): Promise<boolean>;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

export interface ImportOutcome {
  batchId: string;
  status: 'DONE' | 'FAILED' | 'CANCELLED';
  rows: number;
  imported: number;
  unchanged: number;
  duplicates: number;
  conflicts: number;
  errors: Record<string, number>;
  message: string | null;
}

const PROGRESS_EVERY_ROWS = 5000;
const COPY_CHUNK_CHARS = 256 * 1024;
const XLSX_BYTES_PER_ROW = 40;

/** What a batch is before it runs: the job path loads it from `import_batch`, the CLI makes it up. */
export type BatchInit = Pick<ImportBatch, 'id' | 'dataset' | 'fileName' | 'fileHash' | 'departmentId' | 'areaCode' | 'requestedBy' | 'requestedByName'>;

/** The job's path: the batch row exists (QUEUED), the file is in the batch's folder. */
export async function executeStoredImport(ctx: RequestContext, batchId: string, hooks: ImportHooks): Promise<ImportOutcome> {
  const batch = await ctx.tx((em) => em.findOne(ImportBatch, { id: batchId }));
  if (!batch) throw new Error(`import batch ${batchId} not found`);
  if (batch.status === 'DONE' || batch.status === 'CANCELLED') return outcome(batch);
  await ctx.tx(async (em) => {
    const b = await em.findOneOrFail(ImportBatch, { id: batchId });
    b.status = 'RUNNING';
    await em.flush();
  });
  return executeImport(ctx, batch, sourcePath(ctx.runtime, batch.id), hooks);
}

/**
 * Imports `file` as batch `batch`. The batch row is written in the import's own transaction when it
 * does not exist yet (CLI): a run killed half-way leaves no trace at all.
 */
export async function executeImport(ctx: RequestContext, batch: BatchInit, file: string, hooks: ImportHooks): Promise<ImportOutcome> {
  const dataset = batch.dataset as Dataset;
  const def = datasetDef(dataset);

  const same = await ctx.asSystem('import-same-file', (em) =>
    em.findOne(ImportBatch, { dataset, fileHash: batch.fileHash, status: 'DONE', id: { $ne: batch.id } }, { orderBy: { createdAt: 'asc' } }),
  );
  if (same) {
    return finish(ctx, batch, (b) => {
      Object.assign(b, {
        status: 'DONE',
        rows: same.rows,
        valid: same.valid,
        unchanged: same.valid - same.duplicates,
        duplicates: same.duplicates,
        errors: same.errors,
        errorCounts: same.errorCounts,
        format: same.format,
        encoding: same.encoding,
        message: `与 ${same.createdAt.toISOString().slice(0, 10)} 导入的批次 ${same.id.slice(0, 8)} 文件完全相同，未重复导入`,
      });
    });
  }

  let reader: Awaited<ReturnType<typeof openTable>>;
  let headers: ReturnType<typeof mapHeader>;
  try {
    reader = await openTable(file, { maxBytes: ctx.runtime.config.importMaxBytes, isHeader: headerMatcher(dataset) });
    headers = mapHeader(dataset, reader.header);
  } catch (e) {
    if (e instanceof AppError) return fail(ctx, batch, e.message);
    throw e;
  }
  const vctx = await validationContextFor(ctx, batch);
  const today = todayOf(ctx);
  const fc = ctx.runtime.fieldCrypto;
  await fs.mkdir(path.dirname(errorReportPath(ctx.runtime, batch.id)), { recursive: true, mode: 0o700 });
  const reportTmp = `${errorReportPath(ctx.runtime, batch.id)}.tmp`;
  const report = new ErrorReportWriter(reportTmp, reader.header);
  const errorCounts: Record<string, number> = {};
  let rows = 0;
  let errorRows = 0;
  // Progress while staging: bytes of the rows read so far (CSV: as text; xlsx: an estimate per compressed row).
  let textBytes = 0;
  const size = (await fs.stat(file)).size || 1;

  async function* lines(): AsyncGenerator<string> {
    let chunk = '';
    for await (const { line, cells } of reader.rows()) {
      rows++;
      const res = validateRow(dataset, cellsByHeader(headers, cells), { ...vctx, today });
      textBytes += reader.format === 'csv' ? Buffer.byteLength(cells.join(',')) + 2 : XLSX_BYTES_PER_ROW;
      if (res.errors) {
        errorRows++;
        for (const err of res.errors) errorCounts[err.code] = (errorCounts[err.code] ?? 0) + 1;
        await report.add(line, cells, res.errors);
      } else {
        chunk += stageLine(fc, dataset, line, rowKey(dataset, res.record), res.record);
        if (chunk.length >= COPY_CHUNK_CHARS) {
          yield chunk;
          chunk = '';
        }
      }
      if (rows % PROGRESS_EVERY_ROWS === 0 && !(await hooks.progress(Math.min(790, Math.floor((textBytes / size) * 800))))) {
        throw new ImportCancelled();
      }
    }
    if (chunk) yield chunk;
  }

  try {
    const result = await ctx.asSystem('roster-import', async (em, sys) => {
      await em.execute(stageTableSql(dataset));
      await copyIn(em, stageCopySql(dataset), lines());
      await em.execute('analyze stage');
      if (!(await hooks.progress(800))) throw new ImportCancelled();
      const common = { batchId: batch.id, today, actorName: ctx.actor.name, datasetName: def.name };
      const merged =
        dataset === 'roster'
          ? await mergeRoster(em, { ...common, departments: vctx.programDepartments })
          : {
              ...(await mergeReference(em, dataset, {
                ...common,
                departmentId: batch.departmentId ?? null,
                agricultureDepartmentId: vctx.agricultureDepartmentId,
              })),
              conflicts: 0,
              headNotFound: [] as number[],
            };
      const headErrors = merged.headNotFound.length;
      if (headErrors) errorCounts.HEAD_NOT_FOUND = (errorCounts.HEAD_NOT_FOUND ?? 0) + headErrors;
      const b = await batchRow(em, batch);
      Object.assign(b, {
        status: 'DONE',
        format: reader.format,
        encoding: reader.encoding,
        rows,
        valid: merged.valid - headErrors,
        imported: merged.imported,
        unchanged: merged.unchanged,
        duplicates: merged.duplicates,
        conflicts: merged.conflicts,
        errors: errorRows + headErrors,
        errorCounts,
        hasErrorReport: errorRows + headErrors > 0,
        finishedAt: new Date(),
      } satisfies Partial<ImportBatch>);
      await em.flush();
      // The cross-check runs after every batch that changed something (one queued run serves a burst).
      if (merged.imported > 0) await enqueueCrosscheck(sys, em, { batchId: batch.id });
      await recordAudit(sys, {
        action: 'import.finished',
        entityType: 'import_batch',
        entityId: batch.id,
        detail: {
          dataset,
          rows,
          imported: merged.imported,
          unchanged: merged.unchanged,
          duplicates: merged.duplicates,
          conflicts: merged.conflicts,
          errors: errorCounts,
        },
      });
      return merged;
    });
    if (result.headNotFound.length) await reportHeadErrors(file, dataset, report, result.headNotFound);
    await report.finish();
    if (errorRows + result.headNotFound.length > 0) await fs.rename(reportTmp, errorReportPath(ctx.runtime, batch.id));
    else await fs.rm(reportTmp, { force: true });
    await hooks.progress(1000);
    return outcome(await ctx.asSystem('roster-import', (em) => em.findOneOrFail(ImportBatch, { id: batch.id })));
  } catch (e) {
    await report.abort().catch(() => undefined);
    await fs.rm(reportTmp, { force: true });
    if (e instanceof ImportCancelled) {
      return finish(ctx, batch, (b) => Object.assign(b, { status: 'CANCELLED', message: '已取消：本批次未导入任何数据' }));
    }
    if (e instanceof AppError) return fail(ctx, batch, e.message);
    throw e;
  }
}

/** Rows whose head was found nowhere: read again from the file for the error report. */
async function reportHeadErrors(file: string, dataset: Dataset, report: ErrorReportWriter, lines: number[]): Promise<void> {
  const wanted = new Set(lines);
  const reader = await openTable(file, { maxBytes: Number.MAX_SAFE_INTEGER, isHeader: headerMatcher(dataset) });
  const err: RowError = { code: 'HEAD_NOT_FOUND', column: '户主身份证号', message: '户主既不在本文件中，也未在台账中登记：请先登记户主或在文件中列出户主' };
  for await (const { line, cells } of reader.rows()) {
    if (!wanted.has(line)) continue;
    await report.add(line, cells, [err]);
    wanted.delete(line);
    if (!wanted.size) break;
  }
}

/** The batch's row in `em`'s transaction, created from `init` when it does not exist yet (CLI). */
async function batchRow(em: EntityManager, init: BatchInit): Promise<ImportBatch> {
  return (await em.findOne(ImportBatch, { id: init.id })) ?? em.create(ImportBatch, { ...init });
}

async function finish(ctx: RequestContext, init: BatchInit, change: (b: ImportBatch) => void): Promise<ImportOutcome> {
  const id = init.id;
  return ctx.asSystem('roster-import', async (em, sys) => {
    const b = await batchRow(em, init);
    change(b);
    b.finishedAt = new Date();
    await em.flush();
    await recordAudit(sys, {
      action: `import.${b.status.toLowerCase()}`,
      entityType: 'import_batch',
      entityId: id,
      detail: { dataset: b.dataset, message: b.message },
    });
    return outcome(b);
  });
}

function fail(ctx: RequestContext, init: BatchInit, message: string): Promise<ImportOutcome> {
  return finish(ctx, init, (b) => Object.assign(b, { status: 'FAILED', message: message.slice(0, 500) }));
}

function outcome(b: ImportBatch): ImportOutcome {
  return {
    batchId: b.id,
    status: b.status === 'DONE' || b.status === 'CANCELLED' ? b.status : 'FAILED',
    rows: b.rows,
    imported: b.imported,
    unchanged: b.unchanged,
    duplicates: b.duplicates,
    conflicts: b.conflicts,
    errors: b.errorCounts,
    message: b.message ?? null,
  };
}
