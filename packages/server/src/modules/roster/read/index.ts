import fs from 'node:fs/promises';
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
  /** xlsx watchdog (tests): see xlsx.ts. */
  stallMs?: number;
}

const SNIFF_BYTES = 64 * 1024;

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

  const source = kind.format === 'xlsx' ? xlsxRows(filePath, { stallMs: options.stallMs }) : csvRows(filePath, kind.encoding, null);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await source.return(undefined);
  };
  try {
    const first = await source.next();
    if (first.done) throw fileError('EMPTY_FILE', '文件是空的：没有表头');
    const headerRow = first.value;
    const header = [...headerRow.cells];
    while (header.length > 0 && header[header.length - 1] === '') header.pop();
    const firstData = await source.next();
    if (firstData.done) throw fileError('EMPTY_FILE', '文件中没有数据行（只有表头）');
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
          next = await source.next();
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
