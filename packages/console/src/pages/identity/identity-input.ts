/**
 * 身份比对 input handling, all in the browser: the pasted list, a .csv/.txt file, the parts sent to the
 * server and the CSV export of the result.
 */

/** The server's list limit (MAX_LIST_ITEMS): longer lists are sent in parts of this size. */
export const MATCH_PART_SIZE = 200;

/** ID numbers from pasted text: one per line, or separated by commas, semicolons, 、 or spaces; repeats dropped. */
export function splitIdNumbers(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\s,，;；、]+/)) {
    const v = raw.replace(/^["'“”]+|["'“”]+$/g, '').trim();
    if (!v || seen.has(v.toUpperCase())) continue;
    seen.add(v.toUpperCase());
    out.push(v);
  }
  return out;
}

/** One CSV line into cells (RFC 4180 quotes; a tab-separated line also works). */
export function csvCells(line: string): string[] {
  const sep = !line.includes(',') && !line.includes('，') && line.includes('\t') ? '\t' : ',';
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === sep || (sep === ',' && c === '，')) {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells.map((s) => s.trim());
}

const ID_HEADERS = ['身份证号', '身份证号码', '公民身份号码', '证件号码'];

/** The ID numbers of a .csv/.txt file's text: the 身份证号 column when the first row names one, else the first column. */
export function idNumbersFromFile(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  if (lines.length === 0) return [];
  const header = csvCells(lines[0]);
  const col = header.findIndex((h) => ID_HEADERS.includes(h.replace(/\s/g, '')));
  const body = col >= 0 ? lines.slice(1) : lines;
  return splitIdNumbers(body.map((l) => csvCells(l)[Math.max(col, 0)] ?? '').join('\n'));
}

/** A file's text: UTF-8 (with or without BOM), or GB18030 as Excel saves 中文 CSV. */
export async function readTextFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** `list` in parts of at most `size`. */
export function parts<T>(list: readonly T[], size = MATCH_PART_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** One CSV cell: quoted when needed; a leading = + - @ is neutralised (no formulas in Excel); long digit runs kept as text. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  // Excel shows a long number in scientific notation and drops digits: a leading tab keeps it text.
  if (/^\d{12,}[\dXx]?$/.test(s)) s = `\t${s}`;
  return /[",\r\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file's text (UTF-8 with BOM, CRLF, as Excel opens it) from a header and rows. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
