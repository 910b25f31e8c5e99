import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/** Shared pieces of the tests that send files or read PDFs. */

/** A real 1×1 PNG (type detection reads the leading bytes only). */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A multipart/form-data body with one `file` part. */
export function multipart(filename: string, bytes: Buffer, contentType = 'application/octet-stream') {
  return multipartFiles([{ filename, bytes, contentType }]);
}

/** A multipart/form-data body with one `file` part per file. */
export function multipartFiles(files: Array<{ filename: string; bytes: Buffer; contentType?: string }>) {
  const boundary = `----xiejiu${randomBytes(8).toString('hex')}`;
  const parts = files.flatMap(({ filename, bytes, contentType = 'application/octet-stream' }) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`, 'utf8'),
    bytes,
    Buffer.from('\r\n'),
  ]);
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A PNG declaring `width × height` (1-bit grey), with a real IHDR and a tiny IDAT: what the
 * header declares is all the dimension check reads (the attack of the issue: 50,000 × 50,000).
 */
export function pngOf(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(1, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  return Buffer.concat([PNG.subarray(0, 8), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
}

/** A JPEG header (SOI, APP0 JFIF, SOF0 of `width × height`, SOS …, EOI) — what the dimension check reads. */
export function jpegOf(width: number, height: number): Buffer {
  const seg = (marker: number, body: Buffer) => {
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };
  const sof = Buffer.from([8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    seg(0xdb, Buffer.alloc(65)),
    seg(0xc0, sof),
    seg(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
    randomBytes(64).map((b) => (b === 0xff ? 0 : b)),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** Text of every page, through pdfjs (an independent reader, via the fonts' ToUnicode maps). */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += `${content.items.map((it) => ('str' in it ? it.str : '')).join('')}\n`;
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}
