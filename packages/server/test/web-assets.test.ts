import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/modules/files/files.http';
import { COMPRESS_THRESHOLD } from '../src/web/compression';
import { IMMUTABLE, isHashedAsset } from '../src/web/static-apps';
import { multipart } from './file-helpers';
import { resetDatabase, seedFixture, TestApp } from './harness';

/**
 * What the browser downloads (P7, docs/adr/0020-precompressed-assets.md): the built front-ends precompressed at build
 * time (scripts/precompress.mjs) and served by encoding, hashed assets immutable, index.html revalidated, API
 * responses above 1 KiB compressed on request, downloads and uploads untouched.
 */

const REPO = path.resolve(__dirname, '..', '..', '..');
const PRECOMPRESS = path.join(REPO, 'scripts', 'precompress.mjs');

/** A small Vite-like build output: index.html, hashed assets, an unhashed public file; then the build's precompression. */
function fakeBuild(dir: string, base: string): { script: string; css: string; tiny: string; bytes: Buffer } {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  // Repetitive enough to compress, random enough that brotli and gzip differ from each other and from the raw bytes.
  const bytes = Buffer.from(
    Array.from({ length: 400 }, (_, i) => `export const v${i} = ${JSON.stringify(randomBytes(6).toString('hex'))}; // 协救 ${i}\n`).join(''),
    'utf8',
  );
  const script = 'assets/index-Ab3_x-9Z.js';
  const css = 'assets/index-Q1w2E3r4.css';
  const tiny = 'assets/tiny-T1n2y3Z4.js';
  fs.writeFileSync(path.join(dir, script), bytes);
  fs.writeFileSync(path.join(dir, css), `body { margin: 0 }\n${'.c { color: #1677ff }\n'.repeat(200)}`);
  fs.writeFileSync(path.join(dir, tiny), 'export const x = 1;\n');
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><title>协救</title>${'<meta name="x" content="padding so the page is worth compressing" />'.repeat(30)}<script type="module" src="${base}${script}"></script></head><body><div id="root"></div></body></html>`,
  );
  fs.writeFileSync(path.join(dir, 'favicon.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g></g>'.repeat(300)}</svg>`);
  fs.mkdirSync(path.join(dir, '.vite'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify({ 'index.html': { file: script, isEntry: true } }));
  execFileSync(process.execPath, [PRECOMPRESS, dir]);
  return { script, css, tiny, bytes };
}

describe('build-time precompression (scripts/precompress.mjs)', () => {
  it('writes .br and .gz next to compressible files that decode to the same bytes, and leaves tiny files alone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-precompress-'));
    try {
      const { script, tiny, bytes } = fakeBuild(dir, '/');
      fs.writeFileSync(path.join(dir, 'assets', 'logo-Zz9Yy8Xx.png'), randomBytes(4096));
      execFileSync(process.execPath, [PRECOMPRESS, dir]);
      const br = fs.readFileSync(path.join(dir, `${script}.br`));
      const gz = fs.readFileSync(path.join(dir, `${script}.gz`));
      expect(zlib.brotliDecompressSync(br).equals(bytes)).toBe(true);
      expect(zlib.gunzipSync(gz).equals(bytes)).toBe(true);
      expect(br.length).toBeLessThan(gz.length);
      expect(gz.length).toBeLessThan(bytes.length);
      for (const f of ['index.html', 'favicon.svg', 'assets/index-Q1w2E3r4.css']) {
        expect(fs.existsSync(path.join(dir, `${f}.br`)), f).toBe(true);
        expect(fs.existsSync(path.join(dir, `${f}.gz`)), f).toBe(true);
      }
      expect(fs.existsSync(path.join(dir, `${tiny}.br`))).toBe(false);
      expect(fs.existsSync(path.join(dir, 'assets', 'logo-Zz9Yy8Xx.png.br'))).toBe(false);
      expect(fs.readdirSync(path.join(dir, '.vite'))).toEqual(['manifest.json']);
      // Run twice: no variant of a variant.
      expect(fs.readdirSync(path.join(dir, 'assets')).filter((f) => /\.(br|gz)\.(br|gz)$/.test(f))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const consoleDist = path.join(REPO, 'packages', 'console', 'dist');
  it.skipIf(!fs.existsSync(path.join(consoleDist, 'index.html')))('the console build (vite plugin) carries .br and .gz for every script over 1 KiB', () => {
    const scripts = fs.readdirSync(path.join(consoleDist, 'assets')).filter((f) => f.endsWith('.js'));
    const missing = scripts.filter(
      (f) =>
        fs.statSync(path.join(consoleDist, 'assets', f)).size >= 1024 &&
        !(fs.existsSync(path.join(consoleDist, 'assets', `${f}.br`)) && fs.existsSync(path.join(consoleDist, 'assets', `${f}.gz`))),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('tells hashed build output from other files', () => {
    expect(isHashedAsset('assets/index-DPvp4WzT.js')).toBe(true);
    expect(isHashedAsset('assets/input-number-i8UQ_zFh.js.br')).toBe(true);
    expect(isHashedAsset('index.html')).toBe(false);
    expect(isHashedAsset('favicon.svg')).toBe(false);
    expect(isHashedAsset('assets/logo.svg')).toBe(false);
  });
});

describe('static front-ends and compressed responses (P7)', () => {
  let t: TestApp;
  let root: string;
  let consoleBuild: ReturnType<typeof fakeBuild>;
  let portalBuild: ReturnType<typeof fakeBuild>;
  let consoleDir: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-web-'));
    consoleDir = path.join(root, 'console');
    const portalDir = path.join(root, 'portal');
    consoleBuild = fakeBuild(consoleDir, '/');
    portalBuild = fakeBuild(portalDir, '/portal/');
    t = await TestApp.open({ consoleDist: consoleDir, portalDist: portalDir });
    await resetDatabase();
    await seedFixture(t);
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('sends a hashed asset brotli-compressed and immutable when br is accepted', async () => {
    const res = await get(`/${consoleBuild.script}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.length).toBeLessThan(consoleBuild.bytes.length);
    expect(zlib.brotliDecompressSync(res.rawPayload).equals(consoleBuild.bytes)).toBe(true);
  });

  it('sends gzip when only gzip is accepted, and the file itself when no encoding is', async () => {
    const gz = await get(`/${consoleBuild.script}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe(IMMUTABLE);
    expect(Number(gz.headers['content-length'])).toBe(gz.rawPayload.length);
    expect(zlib.gunzipSync(gz.rawPayload).equals(consoleBuild.bytes)).toBe(true);

    for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }] as Array<Record<string, string>>) {
      const plain = await get(`/${consoleBuild.script}`, headers);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(plain.headers['cache-control']).toBe(IMMUTABLE);
      expect(String(plain.headers.vary).toLowerCase()).toContain('accept-encoding');
      expect(Number(plain.headers['content-length'])).toBe(consoleBuild.bytes.length);
      expect(plain.rawPayload.equals(consoleBuild.bytes)).toBe(true);
    }
  });

  it('sends CSS with its own type, and a file without variants as it is', async () => {
    const css = await get(`/${consoleBuild.css}`, { 'accept-encoding': 'br' });
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.headers['content-encoding']).toBe('br');
    const tiny = await get(`/${consoleBuild.tiny}`, { 'accept-encoding': 'br, gzip' });
    expect(tiny.statusCode).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body).toBe('export const x = 1;\n');
    expect(tiny.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('serves index.html and unhashed files with no-cache, precompressed too', async () => {
    const home = await get('/', { accept: 'text/html', 'accept-encoding': 'gzip, br' });
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.headers['content-encoding']).toBe('br');
    expect(home.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(home.rawPayload).toString()).toContain(consoleBuild.script);
    const favicon = await get('/favicon.svg', { 'accept-encoding': 'gzip' });
    expect(favicon.headers['content-encoding']).toBe('gzip');
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('answers client-side routes with the SPA index.html, no-cache, by encoding', async () => {
    for (const [encoding, decode] of [
      ['br', zlib.brotliDecompressSync],
      ['gzip', zlib.gunzipSync],
      [undefined, (b: Buffer) => b],
    ] as const) {
      const res = await get('/ledger/123', { accept: 'text/html,application/xhtml+xml', ...(encoding ? { 'accept-encoding': encoding } : {}) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
      expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
      expect(decode(res.rawPayload).toString()).toContain(`src="/${consoleBuild.script}"`);
    }
  });

  it('serves the portal the same way under /portal/', async () => {
    const asset = await get(`/portal/${portalBuild.script}`, { 'accept-encoding': 'br' });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);
    expect(zlib.brotliDecompressSync(asset.rawPayload).equals(portalBuild.bytes)).toBe(true);
    const page = await get('/portal/', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(zlib.gunzipSync(page.rawPayload).toString()).toContain(`/portal/${portalBuild.script}`);
    const route = await get('/portal/apply/status', { accept: 'text/html' });
    expect(route.statusCode).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.body).toContain(`/portal/${portalBuild.script}`);
  });

  it('answers a missing build file with a 404, never with the SPA page', async () => {
    for (const url of ['/assets/index-00000000.js', '/assets/chunk', '/portal/assets/gone-12345678.css', '/api/nothing-here', '/.vite/manifest.json']) {
      const res = await get(url, { accept: 'text/html,*/*', 'accept-encoding': 'br, gzip' });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/^application\/json/);
      expect(res.json(), url).toEqual({ error: 'NOT_FOUND', message: '资源不存在' });
    }
  });

  /** A GraphQL response well over the threshold: the names of every type of the schema. */
  const BIG = '{ __schema { types { name description } } }';
  const post = (query: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify({ query }) });

  it('compresses a large GraphQL response when the client accepts br or gzip, and not otherwise', async () => {
    const plain = await post(BIG);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(10 * COMPRESS_THRESHOLD);
    const types = plain.json().data.__schema.types as unknown[];
    expect(types.length).toBeGreaterThan(50);

    const br = await post(BIG, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(zlib.brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());

    const gz = await post(BIG, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());

    const deflateOnly = await post(BIG, { 'accept-encoding': 'deflate' });
    expect(deflateOnly.headers['content-encoding']).toBeUndefined();
    expect(deflateOnly.json()).toEqual(plain.json());
  });

  it('leaves small GraphQL responses alone', async () => {
    const res = await post('{ __typename }', { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not compress file downloads, and uploads still work', async () => {
    const cookie = await t.cookieFor('town1');
    const xlsx = await t.app.inject({ method: 'GET', url: '/files/households.xlsx', headers: { cookie, 'accept-encoding': 'br, gzip' } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    );
    const village = await t.cookieFor('village1a');
    const body = multipart('证明.pdf', pdf);
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie: village, 'content-type': body.contentType, [CSRF_HEADER]: '1', 'accept-encoding': 'br, gzip' },
      payload: body.payload,
    });
    expect(up.statusCode, up.body).toBe(201);
    const down = await t.app.inject({ method: 'GET', url: `/api/files/${up.json().id}`, headers: { cookie: village, 'accept-encoding': 'br, gzip' } });
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-encoding']).toBeUndefined();
    expect(down.rawPayload.equals(pdf)).toBe(true);
  });
});
