/**
 * The dimensions an image declares in its header — what a viewer will allocate memory for before
 * decoding a single pixel. A 50,000 × 50,000 PNG is 2.4 MB on disk and 10 GB in memory: the
 * header decides, not the file size. Null when the header is missing or malformed.
 */
export interface ImageSize {
  width: number;
  height: number;
}

/** PNG: the first chunk must be IHDR (width, height: big-endian 32-bit). */
export function pngSize(bytes: Buffer): ImageSize | null {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR' || bytes.readUInt32BE(8) !== 13) return null;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic …): C0–CF except C4 (DHT), C8 (JPG), CC (DAC). */
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/**
 * JPEG: walks the marker segments from SOI to the first start-of-frame (SOFn: precision, height,
 * width), skipping APPn/COM/DQT/DHT… by their lengths. The largest frame found before the scan
 * data counts. A frame with height 0 (declared later by DNL) or no frame before SOS: null.
 */
export function jpegSize(bytes: Buffer): ImageSize | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let i = 2;
  let found: ImageSize | null = null;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null;
    let marker = bytes[i + 1];
    while (marker === 0xff && i + 2 < bytes.length) marker = bytes[++i + 1]; // fill bytes
    i += 2;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0xd9 || marker === 0xda) return found; // end of image / start of scan
    if (i + 2 > bytes.length) return null;
    const length = bytes.readUInt16BE(i);
    if (length < 2 || i + length > bytes.length) return null;
    if (isSof(marker)) {
      if (length < 7) return null;
      const height = bytes.readUInt16BE(i + 3);
      const width = bytes.readUInt16BE(i + 5);
      if (!height || !width) return null;
      if (!found || width * height > found.width * found.height) found = { width, height };
    }
    i += length;
  }
  return null;
}
