import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { ROW_ERROR_CODES, type RowError, type RowErrorCode } from './records';

/**
 * The error report of an import, streamed to an xlsx file (rows are written as they come, never
 * held): the file's own header followed by 行号 and 错误说明 (every error of the row, joined by
 * '；'), so a clerk corrects the rows and imports the report itself again (the two extra columns
 * are ignored on import). Cells are written as text, so ID numbers keep their digits.
 */
export const LINE_HEADER = '行号';
export const ERRORS_HEADER = '错误说明';

export interface ErrorReportSummary {
  /** rows written */
  rows: number;
  /** errors by code (a row with two errors counts twice) */
  countsByCode: Record<RowErrorCode, number>;
  bytes: number;
}

export class ErrorReportWriter {
  private readonly out: fs.WriteStream;
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly ws: ExcelJS.Worksheet;
  private readonly width: number;
  private rows = 0;
  private finished = false;
  readonly countsByCode = Object.fromEntries(ROW_ERROR_CODES.map((c) => [c, 0])) as Record<RowErrorCode, number>;

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

  /** One refused row: its line in the file, its cells as read, all its errors. */
  add(line: number, cells: string[], errors: RowError[]): void {
    if (this.finished) throw new Error('error report already finished');
    const values: Array<string | number> = [];
    for (let i = 0; i < this.width; i++) values.push(cells[i] ?? '');
    values.push(line, errors.map((e) => e.message).join('；'));
    this.ws.addRow(values).commit();
    this.rows++;
    for (const e of errors) this.countsByCode[e.code]++;
  }

  get rowCount(): number {
    return this.rows;
  }

  /** Completes the file (flushed and closed). */
  async finish(): Promise<ErrorReportSummary> {
    this.finished = true;
    const closed = new Promise<void>((resolve, reject) => {
      this.out.on('close', resolve);
      this.out.on('error', reject);
    });
    this.ws.commit();
    await this.wb.commit();
    await closed;
    return { rows: this.rows, countsByCode: { ...this.countsByCode }, bytes: fs.statSync(this.filePath).size };
  }

  /** Drops the file (import cancelled or failed). */
  abort(): void {
    this.finished = true;
    this.out.destroy();
    fs.rmSync(this.filePath, { force: true });
  }
}
