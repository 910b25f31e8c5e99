import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import { rosterXlsxThread as xlsxThread } from '../thread';
import type { RowBatch } from '../xlsx-thread';
import { type RawRow, csvRows, detectEncoding, type TextEncoding } from './csv';
import { badFile, fileError } from './errors';
import { xlsxRows } from './xlsx';
import { looksLikeXlsxZip } from './zip-check';

export type { RawRow } from './csv';
export { fileError, type FileErrorReason, BAD_FILE_MESSAGE } from './errors';

/**
 * The table of an imported file (xlsx or CSV), streamed: `header` is the first non-blank row
 * (trimmed cells), `rows()` the non-blank rows after it, each with the row number the user sees in
 * Excel (the header is normally line 1). The file is never held in memory as a whole.
 */
export interface TableReader {
  format: 'xlsx' | 'csv';
  /** Encoding of a CSV; null for xlsx. */
  encoding: TextEncoding | null;
  header: string[];
  /** Line of the header row (1 unless the file starts with blank rows). */
  headerLine: number;
  /** The data rows; can be iterated once. Throws TOO_MANY_ROWS past `maxRows`, BAD_FILE on corrupt input. */
  rows(): AsyncIterable<RawRow>;
  /** Releases the file when rows() is not read to the end (idempotent). */
  close(): Promise<void>;
}

export interface OpenTableOptions {
  /** Largest accepted file, in bytes (FILE_TOO_LARGE above). */
  maxBytes: number;
  /** Most data rows accepted (TOO_MANY_ROWS above). */
  maxRows?: number;
  /**
   * Recognises the header row among the first 10 non-blank rows (rows above it, e.g. a title, are
   * dropped); without it, or when no row matches, the first non-blank row is the header. See
   * `headerMatcher` in validate.ts.
   */
  isHeader?: (cells: string[]) => boolean;
  /** xlsx watchdog (tests): see xlsx.ts. */
  stallMs?: number;
  /** Parse xlsx on the reader thread (default true; false parses on the calling thread). */
  xlsxThread?: boolean;
}

const BATCH = 1000;

/**
 * xlsx rows parsed on the reader thread, pulled in batches of 1,000 with the next batch requested
 * while the consumer works on the current one (two batches in memory at most). A thread that dies
 * (an uncaught error inside exceljs) fails the read as BAD_FILE; the next read starts a new thread.
 */
async function* xlsxRowsOnThread(filePath: string, stallMs: number | undefined): AsyncGenerator<RawRow> {
  const id = randomUUID();
  let finished = false;
  const fetch = () =>
    xlsxThread
      .call<RowBatch>('nextRows', id, BATCH)
      .catch((): RowBatch => ({ rows: [], done: true, error: { message: '', extensions: { reason: 'BAD_FILE' } } }));
  try {
    await xlsxThread.call('openXlsx', id, filePath, stallMs);
    let pending = fetch();
    while (true) {
      const batch = await pending;
      if (batch.error) {
        finished = true;
        const { message, extensions } = batch.error;
        if (extensions.code) throw new AppError(extensions.code as 'BAD_USER_INPUT', message, extensions);
        throw badFile();
      }
      if (batch.done) finished = true;
      else pending = fetch();
      yield* batch.rows;
      if (batch.done) return;
    }
  } finally {
    if (!finished) await xlsxThread.call('closeXlsx', id).catch(() => undefined);
  }
}

const SNIFF_BYTES = 64 * 1024;
const HEADER_SEARCH_ROWS = 10;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

/** What the first bytes say the file is: xlsx (zip), text (CSV in some encoding), or unreadable. */
function sniff(head: Buffer): { format: 'xlsx' } | { format: 'csv'; encoding: TextEncoding } {
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return { format: 'xlsx' };
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw fileError('BAD_FILE', '文件无法读取：不支持旧版 xls 格式，请在 Excel 中另存为 xlsx 或 CSV 后再导入');
  }
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    throw fileError('BAD_FILE', '文件无法读取：不支持 UTF-16 文本，请另存为“CSV UTF-8（逗号分隔）”或 xlsx 后再导入');
  }
  // Text has no NUL bytes and few control characters (tab, CR, LF, FF allowed).
  let control = 0;
  for (const b of head) {
    if (b === 0) throw badFile();
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > head.length / 100) throw badFile();
  const utf8Bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return { format: 'csv', encoding: utf8Bom ? 'utf-8' : detectEncoding(head) };
}

/**
 * Opens an uploaded file as a table. Errors are BAD_USER_INPUT with `extensions.reason`:
 * FILE_TOO_LARGE, BAD_FILE (neither xlsx nor text, corrupt xlsx), EMPTY_FILE (no header or no data
 * row). The header and the first data row are read here, so a file that opens has data.
 */
export async function openTable(filePath: string, options: OpenTableOptions): Promise<TableReader> {
  const { size } = await fs.stat(filePath);
  if (size > options.maxBytes) {
    throw fileError('FILE_TOO_LARGE', `文件超过 ${megabytes(options.maxBytes)} MB 上限，请拆分后分批导入`, { maxBytes: options.maxBytes, size });
  }
  if (size === 0) throw fileError('EMPTY_FILE', '文件是空的');
  const fh = await fs.open(filePath, 'r');
  const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
  try {
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  const kind = sniff(head);
  if (kind.format === 'xlsx' && !(await looksLikeXlsxZip(filePath, size))) throw badFile();

  const source =
    kind.format === 'csv'
      ? csvRows(filePath, kind.encoding, null)
      : options.xlsxThread === false
        ? xlsxRows(filePath, { stallMs: options.stallMs })
        : xlsxRowsOnThread(filePath, options.stallMs);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await source.return(undefined);
  };
  try {
    // The header: the first non-blank row, or with `isHeader` the first of the leading rows it
    // accepts (a title row such as “某某村低保名册” above the header is skipped).
    const leading: RawRow[] = [];
    for (let i = 0; i < (options.isHeader ? HEADER_SEARCH_ROWS : 1); i++) {
      const r = await source.next();
      if (r.done) break;
      leading.push(r.value);
      if (options.isHeader?.(r.value.cells)) break;
    }
    if (leading.length === 0) throw fileError('EMPTY_FILE', '文件是空的：没有表头');
    let at = options.isHeader ? leading.findIndex((r) => options.isHeader?.(r.cells)) : 0;
    if (at < 0) at = 0;
    const headerRow = leading[at];
    const replay = leading.slice(at + 1);
    const header = [...headerRow.cells];
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    const firstData: IteratorResult<RawRow> = replay.length > 0 ? { done: false, value: replay[0] } : await source.next();
    if (firstData.done) throw fileError('EMPTY_FILE', '文件中没有数据行（只有表头）');
    const rest = replay.slice(1);
    const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
    let started = false;
    async function* rows(): AsyncGenerator<RawRow> {
      if (started) throw new Error('TableReader.rows() can be iterated once');
      started = true;
      let count = 0;
      try {
        let next: IteratorResult<RawRow> = firstData;
        while (!next.done) {
          count++;
          if (count > maxRows) {
            throw fileError('TOO_MANY_ROWS', `文件超过 ${maxRows} 行数据的上限，请拆分后分批导入`, { maxRows, line: next.value.line });
          }
          yield next.value;
          next = rest.length > 0 ? { done: false, value: rest.shift() as RawRow } : await source.next();
        }
      } finally {
        await close();
      }
    }
    return {
      format: kind.format,
      encoding: kind.format === 'csv' ? kind.encoding : null,
      header,
      headerLine: headerRow.line,
      rows,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
