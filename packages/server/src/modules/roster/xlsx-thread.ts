import { XlsxReportFile } from './error-report';
import type { RawRow } from './read/csv';
import { xlsxRows } from './read/xlsx';

/**
 * Runs on the roster xlsx thread (`thread.ts`). Reading (see `xlsxRowsOnThread` in read/index.ts): exceljs
 * parses a sheet at a few hundred rows per turn, which would hold the server's event loop for tens
 * to hundreds of milliseconds at a time (quality bar P8). Open reads are kept by id; rows are pulled
 * in batches, so backpressure stays with the consumer. Errors travel as data (reason and message),
 * since a thread boundary keeps only an error's message.
 */
const open = new Map<string, AsyncGenerator<RawRow>>();

export interface RowBatch {
  rows: RawRow[];
  done: boolean;
  error?: { message: string; extensions: Record<string, unknown> };
}

export async function openXlsx(id: string, filePath: string, stallMs?: number): Promise<void> {
  open.set(id, xlsxRows(filePath, { stallMs }));
}

export async function nextRows(id: string, max: number): Promise<RowBatch> {
  const source = open.get(id);
  if (!source) throw new Error(`xlsx read ${id} is not open`);
  const rows: RawRow[] = [];
  try {
    while (rows.length < max) {
      const r = await source.next();
      if (r.done) {
        open.delete(id);
        return { rows, done: true };
      }
      rows.push(r.value);
    }
    return { rows, done: false };
  } catch (e) {
    open.delete(id);
    const err = e as { message?: string; extensions?: Record<string, unknown> };
    return { rows, done: true, error: { message: err.message ?? String(e), extensions: err.extensions ?? {} } };
  }
}

export async function closeXlsx(id: string): Promise<void> {
  const source = open.get(id);
  open.delete(id);
  await source?.return(undefined);
}

/** Error reports being written (see ErrorReportWriter in error-report.ts). */
const reports = new Map<string, XlsxReportFile>();

export async function openReport(id: string, filePath: string, header: string[]): Promise<void> {
  reports.set(id, new XlsxReportFile(filePath, header));
}

export async function appendReport(id: string, rows: Array<[number, string[], string]>): Promise<void> {
  const report = reports.get(id);
  if (!report) throw new Error(`error report ${id} is not open`);
  for (const [line, cells, message] of rows) report.add(line, cells, message);
  // Let the zip stream flush what these rows produced before the next batch comes.
  await new Promise((resolve) => setImmediate(resolve));
}

export async function finishReport(id: string): Promise<number> {
  const report = reports.get(id);
  if (!report) throw new Error(`error report ${id} is not open`);
  reports.delete(id);
  return report.finish();
}

export async function abortReport(id: string): Promise<void> {
  const report = reports.get(id);
  reports.delete(id);
  report?.abort();
}
