import ExcelJS from 'exceljs';
import fs from 'node:fs';

/**
 * Streaming xlsx writing, meant to run on its own thread (`xlsxThread` in export.service.ts): exceljs
 * spends hundreds of milliseconds of CPU at a time (row serialisation, the final zip), which must not
 * hold the server's event loop (P8). Workbooks are open by id between calls; rows arrive in chunks.
 */
interface Open {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  ws: ExcelJS.Worksheet;
  out: fs.WriteStream;
}

const open = new Map<string, Open>();

export interface XlsxColumn {
  header: string;
  key: string;
  width: number;
}

export async function openWorkbook(id: string, filePath: string, sheetName: string, columns: XlsxColumn[]): Promise<void> {
  const out = fs.createWriteStream(filePath, { mode: 0o600 });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  open.set(id, { wb, ws, out });
}

/**
 * Formula injection (docs/security.md): a spreadsheet program treats text starting with = + - @ (or a
 * tab or carriage return before one) as a formula — `=HYPERLINK("http://…")` in an address would become
 * a live link in the district's copy. Such text is written with a leading single quote, so it stays
 * text everywhere. Every cell of every export passes here; numbers and dates are not text and stay.
 */
export function neutralise(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export async function appendRows(id: string, rows: Array<Record<string, unknown>>): Promise<void> {
  const o = open.get(id);
  if (!o) throw new Error(`workbook ${id} is not open`);
  for (const r of rows) {
    const safe: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) safe[k] = neutralise(v);
    o.ws.addRow(safe).commit();
  }
}

/** Finishes the file (flushed and closed); returns its size in bytes. */
export async function closeWorkbook(id: string): Promise<number> {
  const o = open.get(id);
  if (!o) throw new Error(`workbook ${id} is not open`);
  open.delete(id);
  const closed = new Promise<void>((resolve, reject) => {
    o.out.on('close', resolve);
    o.out.on('error', reject);
  });
  o.ws.commit();
  await o.wb.commit();
  await closed;
  return fs.statSync(o.out.path as string).size;
}

export async function abortWorkbook(id: string): Promise<void> {
  const o = open.get(id);
  open.delete(id);
  if (!o) return;
  o.out.destroy();
  fs.rmSync(o.out.path as string, { force: true });
}
