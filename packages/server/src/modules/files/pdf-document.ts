import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * What every printable document of the platform shares (the 受理回执, the 核查报告): an A4 pdfkit document
 * with the embedded Simplified Chinese fonts registered as `R` (regular) and `B` (bold), buffered pages, its
 * bytes collected; page breaks that keep a block whole; the footer stamped on every page at the end. The
 * font is Noto Sans Hans from the npm package `@embedpdf/fonts-sc` (SIL OFL 1.1), subsetted by pdfkit (only
 * the glyphs used are embedded).
 */

// ---- fonts ----------------------------------------------------------------------------------

/** A parsed fontkit font; pdfkit accepts one in place of a file (`typeof src.layout === 'function'`). */
type ParsedFont = { layout: (...args: unknown[]) => unknown };

let fontCache: [regular: ParsedFont, bold: ParsedFont] | undefined;

/** Folder of the OTF files inside the npm package (resolved from its main entry; no network). */
function fontDir(): string {
  return path.join(path.dirname(createRequire(__filename).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

/**
 * The two weights [regular, bold], parsed once per process: fontkit parses glyph tables lazily and caches
 * them in the font object, so sharing it makes every document after the first fast (~0.1 s).
 */
export function pdfFonts(): [regular: ParsedFont, bold: ParsedFont] {
  if (!fontCache) {
    const fontkit = createRequire(__filename)('fontkit') as { create(buf: Buffer): ParsedFont };
    const dir = fontDir();
    fontCache = [
      fontkit.create(fs.readFileSync(path.join(dir, 'NotoSansHans-Regular.otf'))),
      fontkit.create(fs.readFileSync(path.join(dir, 'NotoSansHans-Bold.otf'))),
    ];
  }
  return fontCache;
}

/**
 * A character neither bundled weight can draw (most of CJK extension B, e.g. 𠮷 U+20BB7: the
 * font covers extension A and the GB 18030 name characters, not all of extension B) would print
 * as an empty box or nothing. It is printed visibly as its code point instead — 〔U+20BB7〕 — so a
 * clerk sees that a rare character stands there and can write it in by hand.
 */
export function printableText(text: string, ...faces: ParsedFont[]): string {
  let out = '';
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    const drawable = cp < 0x20 || faces.every((face) => (face as unknown as { hasGlyphForCodePoint(cp: number): boolean }).hasGlyphForCodePoint(cp));
    out += drawable ? c : `〔U+${cp.toString(16).toUpperCase().padStart(4, '0')}〕`;
  }
  return out;
}

/** Every string of a document's data through `printableText` (dates and numbers unchanged). */
export function printableStrings<T>(value: T, ...faces: ParsedFont[]): T {
  if (typeof value === 'string') return printableText(value, ...faces) as T;
  if (Array.isArray(value)) return value.map((v) => printableStrings(v, ...faces)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableStrings(v, ...faces)])) as T;
  }
  return value;
}

// ---- document -------------------------------------------------------------------------------

export const A4 = { width: 595.28, height: 841.89 };

export type Doc = PDFKit.PDFDocument;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ChineseDocument {
  doc: Doc;
  /** The bytes, once `doc.end()` has been called. */
  done: Promise<Buffer>;
}

export function openChineseDocument(opts: { margins: Margins; title: string; subject: string }): ChineseDocument {
  const [regular, bold] = pdfFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: opts.margins,
    bufferPages: true,
    info: { Title: opts.title, Subject: opts.subject, Creator: '协救 社会救助协同平台', Producer: '协救' },
    lang: 'zh-CN',
  });
  doc.registerFont('R', regular as unknown as Buffer);
  doc.registerFont('B', bold as unknown as Buffer);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** A new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: Doc, margins: Margins, height: number): void {
  if (doc.y + height > A4.height - margins.bottom) {
    doc.addPage();
    doc.y = margins.top;
  }
}

/** The footer line of every page (`text(page, pages)`), `fromBottom` points above the page's edge; then ends the document. */
/** How `drawTable` draws: the printable-text mapper, the page margins, font size and minimum row height. */
export interface TableStyle {
  /** Maps text to what the embedded fonts can print (`printableText` bound to the document's faces). */
  p: (s: string) => string;
  margins: Margins;
  fontSize: number;
  minRowHeight: number;
  /** The one row shown when `body` is empty. */
  emptyRow: string[];
}

const TABLE_LINE = '#333333';
const TABLE_SHADE = '#f2f2f2';
const TABLE_PAD = 5;

/**
 * A ruled table (shaded header row, cells wrapped to their column width) from the current position; a row that does
 * not fit starts a new page. Fonts `R` and `B` as `openChineseDocument` registers them.
 */
export function drawTable(doc: Doc, cols: Array<[title: string, width: number]>, body: string[][], style: TableStyle): void {
  const { p } = style;
  doc.fontSize(style.fontSize);
  const draw = (cells: string[], header: boolean) => {
    doc.font(header ? 'B' : 'R');
    const h = Math.max(
      style.minRowHeight,
      ...cells.map((v, i) => doc.heightOfString(p(v) || ' ', { width: cols[i][1] - 2 * TABLE_PAD, lineGap: 1 }) + 2 * TABLE_PAD),
    );
    ensureSpace(doc, style.margins, h);
    const y = doc.y;
    let x = style.margins.left;
    cells.forEach((v, i) => {
      const w = cols[i][1];
      if (header) doc.rect(x, y, w, h).fillAndStroke(TABLE_SHADE, TABLE_LINE);
      else doc.rect(x, y, w, h).lineWidth(0.6).stroke(TABLE_LINE);
      doc.fillColor('#000').text(p(v) || ' ', x + TABLE_PAD, y + TABLE_PAD, { width: w - 2 * TABLE_PAD, lineGap: 1 });
      x += w;
    });
    doc.y = y + h;
  };
  draw(
    cols.map(([h]) => h),
    true,
  );
  for (const r of body.length ? body : [style.emptyRow]) draw(r, false);
  doc.x = style.margins.left;
}

export function finishWithFooters(
  { doc, done }: ChineseDocument,
  margins: Margins,
  opts: { fontSize: number; fromBottom: number; text: (page: number, pages: number) => string },
): Promise<Buffer> {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not add a page
    doc
      .font('R')
      .fontSize(opts.fontSize)
      .fillColor('#666')
      .text(opts.text(i + 1, range.count), margins.left, A4.height - opts.fromBottom, {
        width: A4.width - margins.left - margins.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
    doc.fillColor('#000');
  }
  doc.end();
  return done;
}
