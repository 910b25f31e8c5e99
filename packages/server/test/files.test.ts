import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestContext } from '../src/graphql/request-context';
import { resolveActor } from '../src/modules/auth/actor-resolver';
import { sanitiseFileName } from '../src/modules/files/content-check';
import { CSRF_HEADER } from '../src/modules/files/files.http';
import { getStoredFile, linkFiles } from '../src/modules/files/files.service';
import { LocalFileStorage, newStorageKey } from '../src/modules/files/storage';
import { jpegOf, multipart, PNG } from './file-helpers';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp, type UserKey } from './harness';

const MAX = 64 * 1024;

// A JFIF JPEG header of a 800 × 600 photo (type and dimensions are read from the header).
const JPEG = jpegOf(800, 600);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

function pdfWith(body: string): Buffer {
  return Buffer.from(`%PDF-1.7\n${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** A PDF whose catalog hides in a compressed object stream (PDF 1.5+), out of reach of a plain scan. */
function pdfWithObjectStream(inner: string): Buffer {
  const data = deflateSync(Buffer.from(inner, 'latin1'));
  return Buffer.concat([
    Buffer.from(`%PDF-1.7\n5 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]);
}

describe('uploaded materials (/api/files)', () => {
  let t: TestApp;
  let storageDir: string;
  const cookies = new Map<UserKey, string>();

  beforeAll(async () => {
    storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-files-'));
    t = await TestApp.open({ fileStorageDir: storageDir, fileMaxBytes: MAX });
    await resetDatabase();
    await seedFixture(t);
    for (const u of ['village1a', 'village1b', 'town1', 'joint', 'norights', 'officer'] as UserKey[]) cookies.set(u, await t.cookieFor(u));
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  async function upload(user: UserKey | null, filename: string, bytes: Buffer, opts: { csrf?: boolean; contentType?: string } = {}) {
    const body = multipart(filename, bytes, opts.contentType);
    const headers: Record<string, string> = { 'content-type': body.contentType };
    if (user) headers.cookie = cookies.get(user)!;
    if (opts.csrf !== false) headers[CSRF_HEADER] = '1';
    return t.app.inject({ method: 'POST', url: '/api/files', headers, payload: body.payload });
  }

  const download = (user: UserKey | null, id: string) =>
    t.app.inject({ method: 'GET', url: `/api/files/${id}`, headers: user ? { cookie: cookies.get(user)! } : {} });

  /** A RequestContext of a fixture user, resolved from its session like a real request. */
  async function ctxOf(user: UserKey): Promise<RequestContext> {
    const em = t.orm.em.fork();
    const actor = await resolveActor(em, t.runtime.config, { sessionToken: cookies.get(user)!.split('=')[1] });
    return new RequestContext({ em, actor, requestId: `test-${randomBytes(4).toString('hex')}`, runtime: t.runtime });
  }

  it('accepts PNG, JPEG and PDF by content; stores the bytes on disk, not in the database', async () => {
    for (const [name, bytes, mime] of [
      ['照片.png', PNG, 'image/png'],
      ['身份证 正面.JPG', JPEG, 'image/jpeg'],
      ['../../etc/诊断证明.pdf', PDF, 'application/pdf'],
    ] as const) {
      const res = await upload('village1a', name, bytes);
      expect(res.statusCode, res.body).toBe(201);
      const info = res.json();
      expect(info).toMatchObject({ mime, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      expect(Object.keys(info).sort()).toEqual(['id', 'mime', 'name', 'sha256', 'size']);
      const [row] = await ownerQuery(`select * from stored_file where id = $1`, [info.id]);
      expect(row.area_code).toBe(AREAS.village1a);
      expect(row.original_name).toBe(info.name);
      expect(row.owner_id).toBeNull();
      // The bytes live under the storage folder, under a random key, not in any column.
      const onDisk = fs.readFileSync(path.join(storageDir, ...row.storage_key.split('/')));
      expect(onDisk.equals(bytes)).toBe(true);
      expect(row.storage_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}$/);
      for (const v of Object.values(row)) expect(Buffer.isBuffer(v)).toBe(false);
    }
    const names = (await ownerQuery(`select original_name from stored_file order by uploaded_at`)).map((r) => r.original_name);
    expect(names).toEqual(['照片.png', '身份证 正面.jpg', '诊断证明.pdf']);
    const types = await ownerQuery(`select data_type from information_schema.columns where table_name = 'stored_file' and data_type = 'bytea'`);
    expect(types).toEqual([]);
  });

  it('recognises the type by content only and fixes a misleading extension', async () => {
    const res = await upload('village1a', 'scan.html', PNG, { contentType: 'text/html' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mime: 'image/png', name: 'scan.png' });
    expect(sanitiseFileName('a\u202Egnp.exe', 'image/png')).toBe('agnp.png');
    expect(sanitiseFileName('C:\\Users\\x\\材料.jpeg', 'image/jpeg')).toBe('材料.jpeg');
    expect(sanitiseFileName('...', 'application/pdf')).toBe('材料.pdf');
  });

  it.each([
    ['an .exe renamed to .png', 'photo.png', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(100)]), 'FILE_TYPE_NOT_ALLOWED'],
    ['HTML', 'page.png', Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), 'FILE_TYPE_NOT_ALLOWED'],
    ['SVG', 'image.svg', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'), 'FILE_TYPE_NOT_ALLOWED'],
    ['a zip archive', 'docs.pdf', Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), 'FILE_TYPE_NOT_ALLOWED'],
    ['text with a PDF header later on', 'x.pdf', Buffer.from('hello\n%PDF-1.4\n'), 'FILE_TYPE_NOT_ALLOWED'],
    ['an empty file', 'empty.png', Buffer.alloc(0), 'FILE_EMPTY'],
    [
      'a PDF with JavaScript',
      'form.pdf',
      pdfWith('1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj'),
      'FILE_ACTIVE_CONTENT',
    ],
    ['a PDF with an escaped JavaScript name', 'form.pdf', pdfWith('1 0 obj << /OpenAction << /S /J#61vaScript /JS (x) >> >> endobj'), 'FILE_ACTIVE_CONTENT'],
    ['a PDF with a launch action', 'a.pdf', pdfWith('1 0 obj << /OpenAction << /S /Launch /F (cmd.exe) >> >> endobj'), 'FILE_ACTIVE_CONTENT'],
    ['a PDF with an embedded file', 'a.pdf', pdfWith('1 0 obj << /Type /Catalog /Names << /EmbeddedFiles 3 0 R >> >> endobj'), 'FILE_ACTIVE_CONTENT'],
    [
      'a PDF hiding JavaScript in an object stream',
      'a.pdf',
      pdfWithObjectStream('1 0 << /Type /Catalog /OpenAction << /S /JavaScript /JS (x) >> >>'),
      'FILE_ACTIVE_CONTENT',
    ],
  ])('rejects %s', async (_what, name, bytes, reason) => {
    const before = Number((await ownerQuery(`select count(*) as n from stored_file`))[0].n);
    const res = await upload('village1a', name, bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'BAD_USER_INPUT', reason });
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect(Number((await ownerQuery(`select count(*) as n from stored_file`))[0].n)).toBe(before);
  });

  it('rejects an oversize file with 413 and leaves nothing behind', async () => {
    const filesBefore = fs.readdirSync(storageDir, { recursive: true }).length;
    const res = await upload('village1a', 'big.png', Buffer.concat([PNG, randomBytes(MAX)]));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    expect(res.json().message).toContain('64 KB');
    expect(fs.readdirSync(storageDir, { recursive: true }).length).toBe(filesBefore);
  });

  it('requires a session, the CSRF header and the permission', async () => {
    expect((await upload(null, 'a.png', PNG)).statusCode).toBe(401);
    const noCsrf = await upload('village1a', 'a.png', PNG, { csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error).toBe('CSRF_REJECTED');
    for (const u of ['norights', 'joint', 'officer'] as UserKey[]) {
      const res = await upload(u, 'a.png', PNG);
      expect(res.statusCode, u).toBe(403);
      expect(res.json().error).toBe('FORBIDDEN');
    }
    const notMultipart = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie: cookies.get('village1a')!, [CSRF_HEADER]: '1', 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(notMultipart.statusCode).toBe(400);
    expect(notMultipart.json().reason).toBe('FILE_MISSING');
  });

  it('downloads only within the area, as an attachment, and logs uploads and downloads', async () => {
    const up = (await upload('village1a', '低保申请书.pdf', PDF)).json();
    const res = await download('village1a', up.id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="material-${up.id.slice(0, 8)}.pdf"; filename*=UTF-8''${encodeURIComponent('低保申请书.pdf')}`,
    );
    expect(res.headers['cache-control']).toBe('private, no-store');

    // The town above sees it; the neighbouring village and the other town do not (404, not 403).
    expect((await download('town1', up.id)).statusCode).toBe(200);
    for (const u of ['village1b'] as UserKey[]) {
      const other = await download(u, up.id);
      expect(other.statusCode, u).toBe(404);
      expect(other.json().error).toBe('NOT_FOUND');
    }
    expect((await download('joint', up.id)).statusCode).toBe(403);
    expect((await download(null, up.id)).statusCode).toBe(401);
    expect((await download('village1a', 'not-a-uuid')).statusCode).toBe(404);
    expect((await download('village1a', '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);

    const log = await ownerQuery(`select action, actor_name, area_code, entity_type, diff from audit_log where entity_id = $1 order by pos`, [up.id]);
    expect(log.map((r) => r.action)).toEqual(['file.uploaded', 'file.downloaded', 'file.downloaded']);
    expect(log[0]).toMatchObject({ actor_name: '测试village1a', area_code: AREAS.village1a, entity_type: 'stored_file' });
    expect(log[0].diff.detail).toMatchObject({ name: '低保申请书.pdf', mime: 'application/pdf', size: PDF.length });
    expect(log[2].actor_name).toBe('测试town1');
  });

  it('row-level security hides other areas even without the service filter', async () => {
    const up = (await upload('village1a', 'a.png', PNG)).json();
    const ctx = await ctxOf('village1b');
    const rows = await ctx.tx((em) => em.execute(`select id from stored_file where id = ?`, [up.id]));
    expect(rows).toEqual([]);
    await expect(getStoredFile(ctx, up.id)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const own = await ctxOf('village1a');
    expect(await getStoredFile(own, up.id)).toMatchObject({ id: up.id, areaCode: AREAS.village1a, ownerId: null });
  });

  it('the application role cannot delete stored files', async () => {
    const up = (await upload('village1a', 'a.png', PNG)).json();
    const ctx = await ctxOf('village1a');
    await expect(ctx.tx((em) => em.execute(`delete from stored_file where id = ?`, [up.id]))).rejects.toThrow(/permission denied/);
  });

  it('a stored file whose bytes were changed on disk is not served', async () => {
    const up = (await upload('village1a', 'a.png', PNG)).json();
    const [row] = await ownerQuery(`select storage_key from stored_file where id = $1`, [up.id]);
    fs.writeFileSync(path.join(storageDir, ...row.storage_key.split('/')), Buffer.concat([PNG, Buffer.from('x')]));
    const res = await download('village1a', up.id);
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'INTERNAL_SERVER_ERROR', message: '系统内部错误，请稍后重试' });
  });

  describe('linkFiles', () => {
    const owner = () => randomUUID();

    it('links own-area files once, idempotently, and logs it', async () => {
      const a = (await upload('village1a', 'a.png', PNG)).json();
      const b = (await upload('village1a', 'b.pdf', PDF)).json();
      const ctx = await ctxOf('village1a');
      const app = owner();
      await ctx.tx((em) => linkFiles(ctx, em, [a.id, b.id, a.id], 'application_material', app));
      await ctx.tx((em) => linkFiles(ctx, em, [a.id], 'application_material', app));
      const rows = await ownerQuery(`select owner_type, owner_id, linked_at from stored_file where id = any($1) order by id`, [[a.id, b.id]]);
      expect(rows.map((r) => [r.owner_type, r.owner_id])).toEqual([
        ['application_material', app],
        ['application_material', app],
      ]);
      const log = await ownerQuery(`select diff from audit_log where action = 'file.linked' and entity_id = $1`, [app]);
      expect(log).toHaveLength(1);
      expect([...log[0].diff.detail.fileIds].sort()).toEqual([a.id, b.id].sort());

      // Already linked to another application → CONFLICT, and nothing of the call is kept.
      const c = (await upload('village1a', 'c.png', PNG)).json();
      await expect(ctx.tx((em) => linkFiles(ctx, em, [c.id, a.id], 'application_material', owner()))).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
      });
      expect((await ownerQuery(`select owner_id from stored_file where id = $1`, [c.id]))[0].owner_id).toBeNull();
    });

    it('refuses files of another area', async () => {
      const theirs = (await upload('village1b', 'b.png', PNG)).json();
      const village = await ctxOf('village1a');
      await expect(village.tx((em) => linkFiles(village, em, [theirs.id], 'application_material', owner()))).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
      });
      // The town sees the village's file but did not upload it from its own window.
      const town = await ctxOf('town1');
      await expect(town.tx((em) => linkFiles(town, em, [theirs.id], 'application_material', owner()))).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      expect((await ownerQuery(`select owner_id from stored_file where id = $1`, [theirs.id]))[0].owner_id).toBeNull();
    });
  });
});

describe('LocalFileStorage', () => {
  it('round-trips, never overwrites, and refuses keys that are not its own', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-store-'));
    try {
      const s = new LocalFileStorage(dir);
      const key = newStorageKey();
      await s.put(key, Buffer.from('abc'));
      expect((await s.get(key)).toString()).toBe('abc');
      await expect(s.put(key, Buffer.from('x'))).rejects.toThrow();
      expect(fs.statSync(path.join(dir, ...key.split('/'))).mode & 0o777).toBe(0o600);
      for (const bad of ['../x', '../../etc/passwd', 'ab/../../x', '/etc/passwd', `AB/${'a'.repeat(32)}`, `${key}/x`, '']) {
        await expect(s.get(bad)).rejects.toThrow(/invalid storage key/);
        await expect(s.put(bad, Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
      }
      await s.delete(key);
      await s.delete(key);
      await expect(s.get(key)).rejects.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
