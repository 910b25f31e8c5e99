import negotiate from '@fastify/accept-negotiator';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The built console (`/`) and portal (`/portal/`): precompressed files, long-lived caching of hashed assets, the
 * SPA fallback for client-side routes (src/web/README.md, docs/adr/0020-precompressed-assets.md).
 */

/** Hashed build output (Vite's `assets/<name>-<hash>.<ext>`): its URL changes with its content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (`index.html`, the SPA fallback, unhashed public files): revalidate on every use. */
export const REVALIDATE = 'no-cache';

/** A file of Vite's `assets/` folder with a content hash in its name (optionally a .br/.gz variant of it). */
const HASHED_ASSET = /^assets\/(?:[^/]+\/)*[^/]+-[\w-]{8}\.[a-z0-9]+(?:\.br|\.gz)?$/i;

export function isHashedAsset(relativePath: string): boolean {
  return HASHED_ASSET.test(relativePath.split(path.sep).join('/'));
}

/** The variants the build writes (scripts/precompress.mjs), in the server's order of preference. */
const ENCODINGS = ['br', 'gzip'] as const;
const EXTENSION = { br: '.br', gzip: '.gz' } as const;

/** `Accept-Encoding` against the variants present; `*` counts as gzip, as in @fastify/static. */
function pickEncoding(acceptEncoding: string | undefined, available: Array<(typeof ENCODINGS)[number]>): (typeof ENCODINGS)[number] | null {
  if (!acceptEncoding || available.length === 0) return null;
  return negotiate(acceptEncoding.toLowerCase().replace(/\*/g, 'gzip'), available);
}

export interface StaticAppsOptions {
  consoleDist: string;
  portalDist: string;
}

/** Registers both front-ends and the not-found handler (SPA fallback or JSON 404). */
export function registerStaticApps(app: FastifyInstance, { consoleDist, portalDist }: StaticAppsOptions): void {
  registerSpa(app, consoleDist, '/', 'console');
  registerSpa(app, portalDist, '/portal/', 'portal');
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0];
    const portal = url === '/portal' || url.startsWith('/portal/');
    const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    // Client-side routes get the app's index.html; API paths, build output (/assets/) and anything with a file
    // extension get a 404, so a missing script is never answered with a page.
    const buildOutput = /^\/(?:portal\/)?assets\//.test(url);
    if (wantsHtml && !url.startsWith('/graphql') && !url.startsWith('/api/') && !buildOutput && !/\.[a-z0-9]+$/i.test(url)) {
      return sendIndex(req, reply, portal ? portalDist : consoleDist);
    }
    return reply.code(404).send({ error: 'NOT_FOUND', message: '资源不存在' });
  });
}

function registerSpa(app: FastifyInstance, dist: string, prefix: string, name: string): void {
  if (!fs.existsSync(dist)) {
    app.log.warn(`${name} 未构建（${dist}）；运行 pnpm build`);
    return;
  }
  app.register(fastifyStatic, {
    root: dist,
    prefix,
    decorateReply: false,
    index: ['index.html'],
    wildcard: true,
    // dist/.vite/manifest.json (build metadata) and any other dotfile: 404.
    dotfiles: 'ignore',
    // `<file>.br` / `<file>.gz` when Accept-Encoding allows (Content-Encoding, Vary: Accept-Encoding, the
    // variant's Content-Length, the original's Content-Type), else the file itself.
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      reply.header('Cache-Control', isHashedAsset(path.relative(dist, filePath)) ? IMMUTABLE : REVALIDATE);
    },
  });
}

/** The SPA's index.html for a client-side route: precompressed when accepted, never cached without revalidation. */
function sendIndex(req: FastifyRequest, reply: FastifyReply, dist: string) {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) {
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send('<h1>界面尚未构建</h1><p>请先运行 <code>pnpm build</code>。</p>');
  }
  const available = ENCODINGS.filter((e) => fs.existsSync(index + EXTENSION[e]));
  const encoding = pickEncoding(req.headers['accept-encoding'], available);
  reply.type('text/html; charset=utf-8').header('Cache-Control', REVALIDATE).header('Vary', 'Accept-Encoding');
  if (encoding) reply.header('Content-Encoding', encoding);
  return reply.send(fs.readFileSync(encoding ? index + EXTENSION[encoding] : index));
}
