#!/usr/bin/env node
// Build-time precompression of the built front-ends (docs/adr/0020-precompressed-assets.md): writes `<file>.br`
// (brotli, quality 11) and `<file>.gz` (gzip, level 9) next to every compressible file of a Vite build output, so
// the server sends bytes compressed once at build time instead of compressing per request.
//   import { precompress } from '../../scripts/precompress.mjs'; plugins: [precompress()]   (vite.config.ts)
//   node scripts/precompress.mjs <dir> [<dir> …]                                              (by hand)
// Source maps are left alone (the builds emit none, and the server would not advertise them). A variant is
// written only when it is smaller than the file; files under MIN_BYTES are sent as they are.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/** What is worth compressing: text formats and wasm. Images, fonts (woff2) and archives are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|wasm|txt|xml|ico)$/i;
/** Below this, a compressed response saves less than its headers cost. */
export const MIN_BYTES = 1024;

/** Every file under `dir`, recursively, except dotfiles and dot folders (Vite's `.vite/manifest.json` is build metadata). */
function filesOf(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .filter(
      (f) =>
        !path
          .relative(dir, f)
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    );
}

/**
 * Writes the .br and .gz variants of every compressible file under `dir` (stale variants of a file that is no
 * longer compressible are removed). Returns one entry per source file handled, with the byte counts.
 */
export function precompressDir(dir) {
  const out = [];
  for (const file of filesOf(dir)) {
    if (file.endsWith('.br') || file.endsWith('.gz') || !COMPRESSIBLE.test(file)) continue;
    const raw = fs.readFileSync(file);
    const entry = { file: path.relative(dir, file), bytes: raw.length, br: null, gz: null };
    if (raw.length >= MIN_BYTES) {
      const br = zlib.brotliCompressSync(raw, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
      const gz = zlib.gzipSync(raw, { level: zlib.constants.Z_BEST_COMPRESSION });
      if (br.length < raw.length) {
        fs.writeFileSync(`${file}.br`, br);
        entry.br = br.length;
      }
      if (gz.length < raw.length) {
        fs.writeFileSync(`${file}.gz`, gz);
        entry.gz = gz.length;
      }
    }
    if (entry.br === null) fs.rmSync(`${file}.br`, { force: true });
    if (entry.gz === null) fs.rmSync(`${file}.gz`, { force: true });
    out.push(entry);
  }
  return out;
}

/** Vite plugin: precompresses the output directory once the build has written it (`vite build` only). */
export function precompress() {
  let outDir = 'dist';
  return {
    name: 'xiejiu-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const started = Date.now();
      const files = precompressDir(outDir);
      const n = files.filter((f) => f.br !== null || f.gz !== null).length;
      console.log(`precompress: .br and .gz for ${n} of ${files.length} files in ${path.relative(process.cwd(), outDir) || '.'} (${Date.now() - started} ms)`);
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node scripts/precompress.mjs <dir> [<dir> …]');
    process.exit(2);
  }
  for (const dir of dirs) {
    const files = precompressDir(dir);
    console.log(`${dir}: ${files.filter((f) => f.br !== null || f.gz !== null).length} of ${files.length} files precompressed`);
  }
}
