/**
 * Cell text as the validators see it: surrounding white space removed, including the ideographic
 * space (U+3000), NBSP, BOM and zero-width spaces that copy-paste from web pages and WPS leaves.
 */
const EDGES = /^[\s\u00A0\u3000\uFEFF\u200B-\u200D\u2060]+|[\s\u00A0\u3000\uFEFF\u200B-\u200D\u2060]+$/g;

export function trimCell(value: string): string {
  return value.replace(EDGES, '');
}

/** A row whose cells are all empty after trimming (skipped by the readers). */
export function isBlankRow(cells: string[]): boolean {
  return cells.every((c) => c === '');
}

/** 'YYYY-MM-DD' of a date by its UTC fields (exceljs builds dates of serial numbers in UTC). */
export function isoDateUtc(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A number as a person typed it: 15 significant digits at most (what Excel displays), so binary
 * artefacts such as 0.30000000000000004 disappear; integers below 1e21 without an exponent.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isSafeInteger(n)) return String(n);
  const text = n.toPrecision(15);
  const m = /^(-?)(\d)(?:\.(\d+))?e\+(\d+)$/.exec(text);
  if (m && Number(m[4]) < 21) {
    // 1.10101198001011e+17 → 110101198001011000, as Excel shows a long number typed as a number.
    const digits = m[2] + (m[3] ?? '');
    const exp = Number(m[4]);
    return m[1] + (digits.length > exp + 1 ? `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}` : digits.padEnd(exp + 1, '0'));
  }
  return String(Number(text));
}
