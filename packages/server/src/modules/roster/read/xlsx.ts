import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { Transform, pipeline } from 'node:stream';
import { isBlankRow, isoDateUtc, numberText, trimCell } from './cells';
import type { RawRow } from './csv';
import { badFile } from './errors';

/**
 * Streaming xlsx rows with exceljs' WorkbookReader (first worksheet in tab order only), with two
 * repairs of exceljs 4.4.0:
 *  - its SAX feed decodes every inflated chunk separately (TextDecoder without `stream`), so a
 *    Chinese character cut at a 16 KB chunk boundary becomes U+FFFD — about one row in a thousand
 *    of a Chinese sheet. Chunks are decoded here, in stream mode, before exceljs sees them (it takes
 *    strings as they are);
 *  - on corrupt zip data the unzipper can stop without an error or an end, leaving the iteration
 *    pending forever: a watchdog fails the read (BAD_FILE) when no input was read and no row came
 *    for `stallMs` while a row was awaited.
 */

type Chunks = AsyncIterable<Buffer | string>;

async function* utf8Strings(source: Chunks): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source) {
    const s = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (s) yield s;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

function utf8Transform(): Transform {
  const decoder = new TextDecoder('utf-8');
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, cb) {
      const s = decoder.decode(chunk, { stream: true });
      cb(null, s || undefined);
    },
    flush(cb) {
      const tail = decoder.decode();
      cb(null, tail || undefined);
    },
  });
}

interface SheetModel {
  id: number;
  name: string;
  rId: string;
  state?: string;
}

interface WorksheetReaderLike extends AsyncIterable<ExcelJS.Row> {
  id: number | string;
  name?: string;
}

/** A fresh copy of a string (not a slice of a larger one). */
function flat(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

interface WorkbookReaderInternals {
  sharedStrings?: unknown[];
  workbookRels?: Array<{ Id: string; Target: string }>;
  model?: { sheets?: SheetModel[] };
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: Chunks, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
  parse(): AsyncGenerator<{ eventType: string; value: unknown }>;
}

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (input: unknown, options: object) => WorkbookReaderInternals;

/** WorkbookReader with UTF-8-safe decoding that hands out only the first worksheet. */
class FirstSheetReader extends Base {
  chosen = false;

  async *_parseSharedStrings(entry: NodeJS.ReadableStream) {
    const decoded = utf8Transform();
    pipeline(entry, decoded, () => undefined);
    yield* super._parseSharedStrings(decoded);
    // The SAX parser's texts are slices of the decoded chunks: V8 keeps a whole chunk alive for an
    // 18-digit ID number sliced out of it. Flat copies keep only the strings (about half the memory).
    const cache = this.sharedStrings;
    if (!cache) return;
    for (let i = 0; i < cache.length; i++) {
      if (typeof cache[i] === 'string') cache[i] = flat(cache[i] as string);
      if (i % 20_000 === 19_999) await new Promise((resolve) => setImmediate(resolve)); // P8: short turns
    }
  }

  *_parseWorksheet(iterator: Chunks, sheetNo: string) {
    if (this.chosen || !this.isFirstSheet(sheetNo)) {
      // Not the sheet we read: release a deferred sheet's temporary file stream, skip the entry.
      (iterator as unknown as { destroy?: () => void }).destroy?.();
      return;
    }
    this.chosen = true;
    yield* super._parseWorksheet(utf8Strings(iterator), sheetNo);
  }

  private isFirstSheet(sheetNo: string): boolean {
    const sheets = this.model?.sheets;
    const rels = this.workbookRels;
    if (!sheets?.length || !rels) return true; // unknown order: the first one met
    const first = sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0];
    const rel = rels.find((r) => r.Id === first.rId);
    if (!rel) return true;
    return rel.Target.replace(/^\/?(xl\/)?/, '') === `worksheets/sheet${sheetNo}.xml`;
  }
}

interface CellLike {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(f) && !/^general$/i.test(f);
}

/** A cell's value as the text a person sees (dates as YYYY-MM-DD, formulas by their result). */
export function cellText(cell: CellLike): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return isDateFormat(cell.numFmt) ? serialDate(v) : numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoDateUtc(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) {
      const r = o.result;
      if (r === undefined || r === null) return '';
      if (typeof r === 'number' && Number.isNaN(r)) return '#VALUE!';
      return cellText({ value: r as ExcelJS.CellValue, numFmt: cell.numFmt });
    }
    if (typeof o.error === 'string') return o.error;
    if (typeof o.text === 'string') return o.text;
    if (o.text && typeof o.text === 'object') return cellText({ value: o.text as ExcelJS.CellValue });
  }
  return '';
}

/** Excel serial day number (1900 system) as YYYY-MM-DD. */
function serialDate(n: number): string {
  if (!Number.isFinite(n)) return '';
  return isoDateUtc(new Date(Math.round((Math.floor(n) - 25569) * 86400000)));
}

export interface XlsxOptions {
  /** No input read and no row for this long while a row is awaited → BAD_FILE (default 30 s). */
  stallMs?: number;
}

/** Non-blank rows of the first worksheet of an xlsx file, streamed. */
export async function* xlsxRows(filePath: string, options: XlsxOptions = {}): AsyncGenerator<RawRow> {
  const stallMs = options.stallMs ?? 30_000;
  const input = fs.createReadStream(filePath, { highWaterMark: 64 * 1024 });
  let lastProgress = Date.now();
  input.on('data', () => {
    lastProgress = Date.now();
  });
  let inputError: Error | null = null;
  input.on('error', (e) => {
    inputError = e;
  });
  const reader = new FirstSheetReader(input, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'emit',
  });

  /** `p`, or BAD_FILE once the read stalls (see above). */
  const guarded = <T>(p: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      // Time the consumer spent elsewhere (backpressure) is not a stall.
      lastProgress = Date.now();
      const timer = setInterval(
        () => {
          if (inputError || Date.now() - lastProgress > stallMs) {
            clearInterval(timer);
            reject(badFile());
          }
        },
        Math.max(50, Math.floor(stallMs / 4)),
      );
      p.then(
        (v) => {
          clearInterval(timer);
          lastProgress = Date.now();
          resolve(v);
        },
        (e) => {
          clearInterval(timer);
          reject(e);
        },
      );
    });

  const events = reader.parse();
  let sheets = 0;
  try {
    while (true) {
      const ev = await guarded(events.next());
      if (ev.done) break;
      if (ev.value.eventType !== 'worksheet') continue;
      sheets++;
      const rows = (ev.value.value as WorksheetReaderLike)[Symbol.asyncIterator]();
      while (true) {
        const r = await guarded(rows.next());
        if (r.done) break;
        const row = r.value;
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          while (cells.length < col - 1) cells.push('');
          cells[col - 1] = trimCell(cellText(cell as unknown as CellLike));
        });
        if (cells.length === 0 || isBlankRow(cells)) continue;
        yield { line: row.number, cells };
      }
    }
  } catch (e) {
    if (e instanceof Error && 'extensions' in e) throw e;
    throw badFile();
  } finally {
    input.destroy();
  }
  if (sheets === 0) throw badFile('没有工作表');
}
