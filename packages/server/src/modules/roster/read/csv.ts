import fs from 'node:fs';
import { isBlankRow, trimCell } from './cells';
import { fileError } from './errors';

/** One non-blank row of a table: the row number the user sees (header = 1) and the trimmed cells. */
export interface RawRow {
  line: number;
  cells: string[];
}

export type TextEncoding = 'utf-8' | 'gb18030';

/** Longest cell accepted; a longer one is almost always an unclosed quote swallowing the file. */
const MAX_FIELD_CHARS = 100_000;
const MAX_CELLS = 1_000;

/**
 * Encoding of a text file from its first bytes: UTF-8 when they decode as UTF-8 (a multibyte
 * character cut at the end of the sample is fine: the decoder runs in stream mode), else GB18030
 * (the superset of GBK and GB2312 that Excel and WPS write for “CSV” on Chinese Windows).
 */
export function detectEncoding(sample: Buffer): TextEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Separator of a CSV from its first line: comma, else tab, else semicolon (Excel's “Unicode text”, European CSV). */
export function detectSeparator(firstLine: string): string {
  const count = (c: string) => firstLine.split(c).length - 1;
  if (count(',') > 0) return ',';
  if (count('\t') > 0) return '\t';
  if (count(';') > 0) return ';';
  return ',';
}

/**
 * RFC 4180 parser fed with decoded text chunks: quoted fields with "" escapes and embedded
 * line breaks, CRLF, LF or CR line ends. Lenient where Excel is: a quote inside an unquoted field
 * is kept as text, text after a closing quote is appended. Rows are numbered as Excel shows the
 * file (a quoted line break does not start a new row).
 */
export class CsvParser {
  private field = '';
  private cells: string[] = [];
  private inQuotes = false;
  /** A quote seen inside a quoted field: closes it unless the next character is a quote too. */
  private quoteSeen = false;
  /** At the start of a field (a quote here opens a quoted field). */
  private fieldStart = true;
  private skipLf = false;
  private record = 0;
  private out: RawRow[] = [];

  constructor(private readonly sep: string) {}

  push(text: string): RawRow[] {
    const sep = this.sep;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.skipLf) {
        this.skipLf = false;
        if (c === '\n') continue;
      }
      if (this.inQuotes) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (c === '"') {
            this.field += '"';
            continue;
          }
          this.inQuotes = false;
          // fall through: c is handled as outside quotes
        } else if (c === '"') {
          this.quoteSeen = true;
          continue;
        } else {
          // Copy a run of ordinary characters at once.
          let j = i;
          while (j < text.length && text[j] !== '"') j++;
          this.field += text.slice(i, j);
          this.checkField();
          i = j - 1;
          continue;
        }
      }
      if (c === sep) {
        this.endField();
      } else if (c === '\n' || c === '\r') {
        this.endRecord();
        if (c === '\r') this.skipLf = true;
      } else if (c === '"' && this.fieldStart) {
        this.inQuotes = true;
        this.fieldStart = false;
      } else {
        let j = i;
        while (j < text.length && text[j] !== sep && text[j] !== '\n' && text[j] !== '\r') j++;
        this.field += text.slice(i, j);
        this.fieldStart = false;
        this.checkField();
        i = j - 1;
      }
    }
    const out = this.out;
    this.out = [];
    return out;
  }

  /** End of input: the last row, if the file does not end with a line break. */
  end(): RawRow[] {
    if (this.inQuotes && !this.quoteSeen) {
      throw fileError('BAD_FILE', `文件无法读取：第 ${this.record + 1} 行的引号没有配对（CSV 格式错误）`, { line: this.record + 1 });
    }
    this.inQuotes = false;
    this.quoteSeen = false;
    if (this.field !== '' || this.cells.length > 0 || !this.fieldStart) this.endRecord();
    const out = this.out;
    this.out = [];
    return out;
  }

  private checkField() {
    if (this.field.length > MAX_FIELD_CHARS) {
      throw fileError('BAD_FILE', `文件无法读取：第 ${this.record + 1} 行有超长的内容（可能是引号没有配对）`, { line: this.record + 1 });
    }
  }

  private endField() {
    // ="0012" is how spreadsheets export text that must not become a number (ID numbers).
    const f = trimCell(this.field);
    this.cells.push(f.length > 3 && f.startsWith('="') && f.endsWith('"') ? trimCell(f.slice(2, -1)) : f);
    this.field = '';
    this.fieldStart = true;
    if (this.cells.length > MAX_CELLS) {
      throw fileError('BAD_FILE', `文件无法读取：第 ${this.record + 1} 行超过 ${MAX_CELLS} 列`, { line: this.record + 1 });
    }
  }

  private endRecord() {
    this.endField();
    this.record++;
    const cells = this.cells;
    this.cells = [];
    if (!isBlankRow(cells)) this.out.push({ line: this.record, cells });
  }
}

/**
 * Non-blank rows of a CSV file, streamed: the file is read in 64 KB chunks as the consumer pulls
 * rows (backpressure by the async iteration), decoded with a streaming TextDecoder.
 */
export async function* csvRows(filePath: string, encoding: TextEncoding, sep: string | null): AsyncGenerator<RawRow> {
  // UTF-8: the decoder drops a leading BOM (ignoreBOM false).
  const decoder = new TextDecoder(encoding, { fatal: false });
  const stream = fs.createReadStream(filePath, { highWaterMark: 64 * 1024 });
  let parser: CsvParser | null = sep ? new CsvParser(sep) : null;
  let pending = '';
  try {
    for await (const chunk of stream) {
      const text = decoder.decode(chunk as Buffer, { stream: true });
      if (!parser) {
        // The separator is chosen on the first line, so hold text until one is complete.
        pending += text;
        const nl = pending.search(/[\r\n]/);
        if (nl < 0 && pending.length < 1_000_000) continue;
        parser = new CsvParser(detectSeparator(nl < 0 ? pending : pending.slice(0, nl)));
        yield* parser.push(pending);
        pending = '';
        continue;
      }
      yield* parser.push(text);
    }
    const tail = decoder.decode();
    if (!parser) parser = new CsvParser(detectSeparator(pending.split(/[\r\n]/)[0]));
    yield* parser.push(pending + tail);
    yield* parser.end();
  } finally {
    stream.destroy();
  }
}
