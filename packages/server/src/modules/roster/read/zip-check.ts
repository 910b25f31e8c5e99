import fs from 'node:fs/promises';

/**
 * A cheap structural check of a zip file before it is streamed: the end-of-central-directory record
 * must be there and point inside the file, and the directory must name a workbook and a worksheet.
 * A truncated download or random bytes after “PK” fail here instead of reaching the streaming
 * unzipper (which can wait forever on such input). Returns false when the file is not a usable xlsx.
 */
export async function looksLikeXlsxZip(filePath: string, size: number): Promise<boolean> {
  const fh = await fs.open(filePath, 'r');
  try {
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return false;
    const entries = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    // ZIP64: the real values are elsewhere; let the unzipper judge.
    if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return true;
    const eocdPos = size - tailLen + eocd;
    if (entries === 0 || cdOffset + cdSize > eocdPos || cdSize > 16 * 1024 * 1024) return false;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    let p = 0;
    let workbook = false;
    let sheet = false;
    for (let n = 0; n < entries; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) return false;
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const localOffset = cd.readUInt32LE(p + 42);
      if (localOffset >= cdOffset && localOffset !== 0xffffffff) return false;
      const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
      if (name === 'xl/workbook.xml') workbook = true;
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) sheet = true;
      p += 46 + nameLen + extraLen + commentLen;
    }
    return workbook && sheet;
  } finally {
    await fh.close();
  }
}
