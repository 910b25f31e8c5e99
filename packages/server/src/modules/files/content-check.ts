import { inflateSync } from 'node:zlib';
import { AppError } from '../../shared/errors';

/** Accepted material types, recognised by their leading bytes only (never by name or header). */
export type AllowedMime = 'image/jpeg' | 'image/png' | 'application/pdf';

export const ALLOWED_TYPES: Record<AllowedMime, { ext: string; label: string }> = {
  'image/jpeg': { ext: 'jpg', label: 'JPG' },
  'image/png': { ext: 'png', label: 'PNG' },
  'application/pdf': { ext: 'pdf', label: 'PDF' },
};

/** Why an upload was refused: `extensions.reason` next to the stable code BAD_USER_INPUT. */
export type FileRejection = 'FILE_MISSING' | 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_ACTIVE_CONTENT';

export function fileRejected(reason: FileRejection, message: string): AppError {
  return new AppError('BAD_USER_INPUT', message, { field: 'file', reason });
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

export const tooLarge = (maxBytes: number) => fileRejected('FILE_TOO_LARGE', `文件超过 ${formatSize(maxBytes)} 的大小上限，请压缩或分页后重新上传`);

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The type named by the leading bytes, or null. `%PDF-` must be the very first bytes. */
export function sniffMime(bytes: Buffer): AllowedMime | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_MAGIC)) return 'image/png';
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/**
 * PDF name objects that make a reader run code, open other programs, carry other files or run
 * XFA forms (which carry their own scripts). A JavaScript action always names `/S /JavaScript`,
 * so the short key `/JS` is not needed (and would match random bytes of large images).
 */
export const PDF_FORBIDDEN_NAMES = ['JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA'] as const;

/** Bytes inflated from object streams of one PDF before giving up (then the file is refused). */
const OBJSTM_BUDGET = 32 * 1024 * 1024;

/**
 * A byte scan, not a PDF parser. Dictionaries (and so actions) live either in the file's body
 * or, since PDF 1.5, inside compressed object streams (`/Type /ObjStm`). The scan reads names
 * in the whole raw file, with `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`), then
 * inflates every object stream and reads the names in it. An object stream that cannot be
 * inflated (another filter, damaged, larger than the budget) cannot be checked: it is reported
 * as `ObjStm` and the file is refused. Returns the first forbidden name found, or null.
 */
export function findPdfActiveContent(bytes: Buffer): string | null {
  const text = bytes.toString('latin1');
  const hit = firstForbidden(text);
  if (hit) return hit;
  let budget = OBJSTM_BUDGET;
  // The `stream` keyword follows its dictionary's closing `>>`; "endstream" never does.
  const re = />>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    re.lastIndex = end + 9;
    const dict = text.slice(Math.max(text.lastIndexOf('obj', m.index), m.index - 4096, 0), m.index);
    if (!namesIn(dict).includes('ObjStm')) continue;
    let inflated: Buffer;
    try {
      inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: budget });
    } catch {
      return 'ObjStm';
    }
    budget -= inflated.length;
    const inner = firstForbidden(inflated.toString('latin1'));
    if (inner) return inner;
  }
  return null;
}

const FORBIDDEN = new Set<string>(PDF_FORBIDDEN_NAMES);

function firstForbidden(text: string): string | null {
  return namesIn(text).find((n) => FORBIDDEN.has(n)) ?? null;
}

/** PDF names: '/' followed by regular characters (white space and delimiters end a name). */
function namesIn(text: string): string[] {
  const out: string[] = [];
  const re = /\/([^\s/<>[\]()%{}]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const name = m[1];
    out.push(name.includes('#') ? name.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : name);
  }
  return out;
}

/**
 * The content rules of an upload: not empty, not over the size limit, a JPEG, PNG or PDF by its
 * leading bytes, and a PDF without scripts, launch actions or embedded files.
 */
export function checkContent(bytes: Buffer, maxBytes: number): AllowedMime {
  if (bytes.length === 0) throw fileRejected('FILE_EMPTY', '文件为空，请重新选择');
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  const mime = sniffMime(bytes);
  if (!mime) throw fileRejected('FILE_TYPE_NOT_ALLOWED', '仅支持 JPG、PNG 图片和 PDF 文件（按文件内容识别，修改扩展名无效）');
  if (mime === 'application/pdf' && findPdfActiveContent(bytes)) {
    throw fileRejected('FILE_ACTIVE_CONTENT', 'PDF 文件含有脚本、启动程序、嵌入文件等不安全或无法检查的内容，请打印为普通 PDF 或扫描后重新上传');
  }
  return mime;
}

/**
 * The name kept for display and download: the last path segment only, without control or
 * reserved characters, at most 80 characters, and always ending in the extension of the type
 * that was detected (a PNG called `x.html` is kept as `x.png`).
 */
export function sanitiseFileName(name: string | null | undefined, mime: AllowedMime): string {
  const ext = ALLOWED_TYPES[mime].ext;
  let base = String(name ?? '').split(/[\\/]/).pop() ?? '';
  base = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069<>:"|?*;]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const dot = base.lastIndexOf('.');
  const currentExt = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const sameType = currentExt === ext || (mime === 'image/jpeg' && currentExt === 'jpeg');
  if (dot > 0) base = base.slice(0, dot);
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base) base = '材料';
  base = [...base].slice(0, 80).join('');
  return `${base}.${sameType ? currentExt : ext}`;
}
