import { AppError } from '../../shared/errors';
import { jpegSize, pngSize } from './image-size';
import { inspectPdfInWorker } from './pdf-inspector';

/** Accepted material types, recognised by their leading bytes only (never by name or header). */
export type AllowedMime = 'image/jpeg' | 'image/png' | 'application/pdf';

export const ALLOWED_TYPES: Record<AllowedMime, { ext: string; label: string }> = {
  'image/jpeg': { ext: 'jpg', label: 'JPG' },
  'image/png': { ext: 'png', label: 'PNG' },
  'application/pdf': { ext: 'pdf', label: 'PDF' },
};

/** Why an upload was refused: `extensions.reason` next to the stable code BAD_USER_INPUT. */
export type FileRejection =
  | 'FILE_MISSING'
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_TOO_MANY'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'FILE_ACTIVE_CONTENT'
  | 'FILE_UNREADABLE'
  | 'FILE_IMAGE_TOO_LARGE';

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

export interface ContentLimits {
  maxBytes: number;
  /** Largest image by its declared dimensions: pixels in all, and pixels on either side. */
  imageMaxPixels: number;
  imageMaxSide: number;
}

export const limitsOf = (config: { fileMaxBytes: number; imageMaxPixels: number; imageMaxSide: number }): ContentLimits => ({
  maxBytes: config.fileMaxBytes,
  imageMaxPixels: config.imageMaxPixels,
  imageMaxSide: config.imageMaxSide,
});

/** 40,000,000 → “4000 万”. */
const wan = (n: number) => `${+(n / 10_000).toFixed(1)} 万`;

/** Images: the dimensions the header declares must exist and stay within the limits. */
function checkImage(bytes: Buffer, mime: 'image/png' | 'image/jpeg', limits: ContentLimits): void {
  const size = mime === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  const label = ALLOWED_TYPES[mime].label;
  if (!size) throw fileRejected('FILE_UNREADABLE', `${label} 图片已损坏或文件头不完整，无法确定图片尺寸，请重新拍照或扫描后上传`);
  const { width, height } = size;
  if (width > limits.imageMaxSide || height > limits.imageMaxSide || width * height > limits.imageMaxPixels) {
    throw fileRejected(
      'FILE_IMAGE_TOO_LARGE',
      `图片尺寸过大（${width} × ${height} 像素）；每边不超过 ${limits.imageMaxSide} 像素、总计不超过 ${wan(limits.imageMaxPixels)}像素，请缩小后重新上传`,
    );
  }
}

/** PDFs: parsed in the inspection worker; anything that runs, launches or carries files is refused. */
async function checkPdf(bytes: Buffer): Promise<void> {
  const finding = await inspectPdfInWorker(bytes);
  if (!finding) return;
  if (finding.kind === 'ACTIVE') {
    throw fileRejected('FILE_ACTIVE_CONTENT', `PDF 文件含有脚本、启动程序、嵌入文件等不安全内容（${finding.what}），请打印为普通 PDF 或扫描后重新上传`);
  }
  throw fileRejected('FILE_UNREADABLE', `PDF 文件无法完整检查（${finding.what}），请打印为普通 PDF 或扫描后重新上传`);
}

/**
 * The content rules of an upload: not empty, not over the size limit, a JPEG, PNG or PDF by its
 * leading bytes; an image whose header declares dimensions within the limits; a PDF that parses
 * completely and has no action that runs or launches anything, no embedded file and no XFA.
 */
export async function checkContent(bytes: Buffer, limits: ContentLimits): Promise<AllowedMime> {
  if (bytes.length === 0) throw fileRejected('FILE_EMPTY', '文件为空，请重新选择');
  if (bytes.length > limits.maxBytes) throw tooLarge(limits.maxBytes);
  const mime = sniffMime(bytes);
  if (!mime) throw fileRejected('FILE_TYPE_NOT_ALLOWED', '仅支持 JPG、PNG 图片和 PDF 文件（按文件内容识别，修改扩展名无效）');
  if (mime === 'application/pdf') await checkPdf(bytes);
  else checkImage(bytes, mime, limits);
  return mime;
}

/**
 * The name kept for display and download: the last path segment only, without control or
 * reserved characters, at most 80 characters, and always ending in the extension of the type
 * that was detected (a PNG called `x.html` is kept as `x.png`).
 */
export function sanitiseFileName(name: string | null | undefined, mime: AllowedMime): string {
  const ext = ALLOWED_TYPES[mime].ext;
  let base =
    String(name ?? '')
      .split(/[\\/]/)
      .pop() ?? '';
  base = base
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are stripped from file names
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
