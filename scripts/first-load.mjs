#!/usr/bin/env node
// First-load bytes of the built front-ends (bar P7, docs/benchmarks.md): for each page, the JavaScript (and CSS) a
// browser fetches on a first visit with an empty cache — the entry chunk of index.html with every chunk it imports
// statically (its modulepreloads), plus the lazily loaded chunks its first render waits for (the console shell, the
// route's page), each with its static imports — read from Vite's manifest (dist/.vite/manifest.json). Sizes: raw,
// gzip and brotli as the server sends them (the .gz/.br files of scripts/precompress.mjs; computed the same way for a
// file without variants).
//   pnpm build && node scripts/first-load.mjs            prints the table
//   node scripts/first-load.mjs --write                  also writes it into docs/benchmarks.md (P7 section)
//   node scripts/first-load.mjs --check                  exit code 1 when a page is over its budget
// Dynamic imports that wait for a click (dialogs, drawers) are not part of a first load and are not counted.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The pages of the P7 bar and their budgets (gzip bytes of JavaScript; 1 MB = 1,000,000 bytes). */
/** `chunks`: the dynamic imports the page's first render waits for (the console shell, then the route's page). */
export const PAGES = [
  { app: 'console', page: 'login page (`/login`)', chunks: ['src/pages/login/LoginPage.tsx'], budget: 1_000_000 },
  { app: 'console', page: 'ledger (`/ledger`)', chunks: ['src/layout/ConsoleShell.tsx', 'src/pages/ledger/LedgerListPage.tsx'], budget: 1_000_000 },
  { app: 'portal', page: 'portal home (`/portal/`)', chunks: [], budget: 300_000 },
  { app: 'portal', page: 'online application (`/portal/shenqing`)', chunks: ['src/pages/apply/ApplyPage.tsx'], budget: 300_000 },
  { app: 'portal', page: 'progress lookup (`/portal/chaxun`)', chunks: ['src/pages/progress/ProgressPage.tsx'], budget: 300_000 },
];

function sizes(dist, file) {
  const full = path.join(dist, file);
  const raw = fs.readFileSync(full);
  const variant = (ext, make) => (fs.existsSync(full + ext) ? fs.statSync(full + ext).size : make(raw).length);
  return {
    raw: raw.length,
    gz: variant('.gz', (b) => zlib.gzipSync(b, { level: 9 })),
    br: variant('.br', (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

/** The files a manifest entry brings with it: itself and its static imports, recursively (JS and CSS apart). */
function closure(manifest, key, seen = new Set(), out = { js: new Set(), css: new Set() }) {
  if (seen.has(key)) return out;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the manifest`);
  if (chunk.file.endsWith('.js')) out.js.add(chunk.file);
  for (const c of chunk.css ?? []) out.css.add(c);
  for (const i of chunk.imports ?? []) closure(manifest, i, seen, out);
  return out;
}

export function measure(app, chunks) {
  const dist = path.join(root, 'packages', app, 'dist');
  const manifestFile = path.join(dist, '.vite', 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`pnpm build\` first`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const files = closure(manifest, entry);
  for (const chunk of chunks) closure(manifest, chunk, new Set([entry]), files);
  const sum = (list) =>
    [...list].reduce(
      (a, f) => {
        const s = sizes(dist, f);
        return { raw: a.raw + s.raw, gz: a.gz + s.gz, br: a.br + s.br };
      },
      { raw: 0, gz: 0, br: 0 },
    );
  const largest = [...files.js]
    .map((f) => ({ file: path.basename(f), ...sizes(dist, f) }))
    .sort((a, b) => b.gz - a.gz)
    .slice(0, 3);
  return { chunks: files.js.size, js: sum(files.js), css: sum(files.css), largest };
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

export function report() {
  const rows = PAGES.map((p) => ({ ...p, ...measure(p.app, p.chunks) }));
  const lines = [
    '| page | JS chunks | JS raw | JS gzip | JS brotli | CSS gzip | budget (JS gzip) | verdict | largest chunks (gzip) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.chunks} | ${kb(r.js.raw)} | **${kb(r.js.gz)}** | ${kb(r.js.br)} | ${kb(r.css.gz)} | ≤ ${kb(r.budget)} | ${r.js.gz <= r.budget ? 'pass' : '**FAIL**'} | ${r.largest.map((l) => `${l.file.replace(/-[\w-]{8}\.js$/, '')} ${kb(l.gz)}`).join(', ')} |`,
    ),
  ];
  return { rows, table: lines.join('\n') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { rows, table } = report();
  console.log(table);
  if (process.argv.includes('--write')) {
    const doc = path.join(root, 'docs', 'benchmarks.md');
    const text = fs.readFileSync(doc, 'utf8');
    const start = '<!-- first-load:start -->';
    const end = '<!-- first-load:end -->';
    const i = text.indexOf(start);
    const j = text.indexOf(end);
    if (i < 0 || j < i) throw new Error(`docs/benchmarks.md has no ${start} … ${end} block`);
    const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with \`pnpm build && node scripts/first-load.mjs --write\` (bytes as sent: the build's .gz/.br files).`;
    fs.writeFileSync(doc, `${text.slice(0, i + start.length)}\n${stamp}\n\n${table}\n${text.slice(j)}`);
    console.log('written to docs/benchmarks.md');
  }
  if (process.argv.includes('--check') && rows.some((r) => r.js.gz > r.budget)) process.exit(1);
}
