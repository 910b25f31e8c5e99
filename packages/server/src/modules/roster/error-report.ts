import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { ROW_ERROR_CODES, type RowError, type RowErrorCode } from './records';
import { rosterXlsxThread } from './thread';

/**
 * The error report of an import, streamed to an xlsx file (rows are written as they come, never
 * held): the file's own header followed by 行号 and 错误说明 (every error of the row, joined by
 * '；'), so a clerk corrects the rows and imports the report itself again (the two extra columns
 * are ignored on import). Cells are written as text, so ID numbers keep their digits.
 *
 * `ErrorReportWriter` (used by the import) batches rows to the roster xlsx thread (thread.ts, P8) and
 * waits for each batch to be written (backpressure); `XlsxReportFile` is the writer on that thread.
 */
export const LINE_HEADER = '行号';
export const ERRORS_HEADER = '错误说明';
export const ERROR_JOINER = '；';

const BATCH = 500;

export interface ErrorReportSummary {
  /** rows written */
  rows: number;
  /** errors by code (a row with two errors counts twice) */
  countsByCode: Record<RowErrorCode, number>;
  bytes: number;
}

export class ErrorReportWriter {
  private readonly id = randomUUID();
  private readonly opened: Promise<void>;
  private batch: Array<[number, string[], string]> = [];
  private rows = 0;
  private state: 'open' | 'finished' | 'aborted' = 'open';
  readonly countsByCode = Object.fromEntries(ROW_ERROR_CODES.map((c) => [c, 0])) as Record<RowErrorCode, number>;

  constructor(filePath: string, header: string[]) {
    this.opened = rosterXlsxThread.call('openReport', this.id, filePath, header);
    // Failure surfaces on the next add/finish; never as an unhandled rejection.
    this.opened.catch(() => undefined);
  }

  /** One refused row: its line in the file, its cells as read, all its errors. Resolves when buffered or written. */
  async add(line: number, cells: string[], errors: RowError[]): Promise<void> {
    if (this.state !== 'open') throw new Error(`error report already ${this.state}`);
    this.batch.push([line, cells, errors.map((e) => e.message).join(ERROR_JOINER)]);
    this.rows++;
    for (const e of errors) this.countsByCode[e.code]++;
    if (this.batch.length >= BATCH) await this.flush();
  }

  get rowCount(): number {
    return this.rows;
  }

  private async flush(): Promise<void> {
    await this.opened;
    if (this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    await rosterXlsxThread.call('appendReport', this.id, rows);
  }

  /** Completes the file (flushed and closed). */
  async finish(): Promise<ErrorReportSummary> {
    if (this.state !== 'open') throw new Error(`error report already ${this.state}`);
    await this.flush();
    this.state = 'finished';
    const bytes = await rosterXlsxThread.call<number>('finishReport', this.id);
    return { rows: this.rows, countsByCode: { ...this.countsByCode }, bytes };
  }

  /** Drops the file (import cancelled or failed). */
  async abort(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'aborted';
    this.batch = [];
    await this.opened.catch(() => undefined);
    await rosterXlsxThread.call('abortReport', this.id).catch(() => undefined);
  }
}

/** The xlsx file of a report, written with exceljs' streaming WorkbookWriter (on the xlsx thread). */
export class XlsxReportFile {
  private readonly out: fs.WriteStream;
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly ws: ExcelJS.Worksheet;
  private readonly width: number;

  constructor(
    private readonly filePath: string,
    header: string[],
    sheetName = '错误报告',
  ) {
    this.out = fs.createWriteStream(filePath, { mode: 0o600 });
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.out, useStyles: true, useSharedStrings: false });
    this.ws = this.wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.width = header.length;
    this.ws.columns = [
      ...header.map((h) => ({ header: h, width: Math.min(30, Math.max(10, [...h].length * 2 + 2)), style: { numFmt: '@' } })),
      { header: LINE_HEADER, width: 8 },
      { header: ERRORS_HEADER, width: 60, style: { font: { color: { argb: 'FFC00000' } }, alignment: { wrapText: true } } },
    ];
    const head = this.ws.getRow(1);
    head.font = { bold: true };
    head.commit();
  }

  add(line: number, cells: string[], message: string): void {
    const values: Array<string | number> = [];
    for (let i = 0; i < this.width; i++) values.push(cells[i] ?? '');
    values.push(line, message);
    this.ws.addRow(values).commit();
  }

  /** Completes the file; its size in bytes. */
  async finish(): Promise<number> {
    const closed = new Promise<void>((resolve, reject) => {
      this.out.on('close', resolve);
      this.out.on('error', reject);
    });
    this.ws.commit();
    await this.wb.commit();
    await closed;
    return fs.statSync(this.filePath).size;
  }

  abort(): void {
    this.out.destroy();
    fs.rmSync(this.filePath, { force: true });
  }
}
