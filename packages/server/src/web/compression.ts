import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import zlib from 'node:zlib';

/**
 * Compression of API responses (src/web/README.md, docs/adr/0020-precompressed-assets.md). Off by default: a route
 * opts in with `compress: API_COMPRESSION` (today only `POST /graphql`), so file downloads (xlsx, pdf: already
 * compressed), uploads and the precompressed static files are never touched. Requests are never decompressed.
 */

/** Bytes below which a response goes out as it is: compressing it saves less than it costs. */
export const COMPRESS_THRESHOLD = 1024;

/** The per-route options (a route's object replaces the plugin's, so every setting is here). */
export const API_COMPRESSION = {
  threshold: COMPRESS_THRESHOLD,
  encodings: ['br', 'gzip'] as Array<'br' | 'gzip'>,
  // JSON only (application/json, application/graphql-response+json).
  customTypes: /^application\/(?:[\w.-]+\+)?json(?:;|$)/,
  // Quality 4: per-request brotli at about gzip's speed, still smaller than gzip (11 is for build time).
  brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } },
  zlibOptions: { level: 6 },
};

export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { ...API_COMPRESSION, global: false, globalDecompression: false });
}
