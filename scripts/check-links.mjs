#!/usr/bin/env node
// Docs that cannot drift (no dependencies; run by .ci/run):
//  1. every relative link in the tracked *.md files points to a file or folder in the repository,
//     and every #anchor to a heading of the target (GitHub's slugs) or an explicit <a id>/<a name>;
//  2. no tracked file cites documents outside the repository (`../shared`, shared/docs, shared/mission, shared/data,
//     or the names of the team's private notes): a user's clone has none of them.
// Usage: node scripts/check-links.mjs        exit code 1 and one line per problem when something is wrong.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && fs.existsSync(path.join(root, f)));
const problems = [];

// ---- 1. relative links and anchors in markdown ----

/** GitHub's heading slug (github-slugger): lower case, punctuation removed (letters of any script kept), each space → '-'. */
export function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map();
function anchorsOf(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const set = new Set();
  const seen = new Map();
  let fence = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      // Link text in a heading counts, its target does not.
      const text = h[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      const base = slug(text);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      set.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) set.add(m[1]);
  }
  anchorCache.set(file, set);
  return set;
}

/** Link targets of a markdown text outside code fences and inline code. */
function linksOf(text) {
  const out = [];
  let fence = false;
  text.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      return;
    }
    if (fence) return;
    const plain = line.replace(/`[^`]*`/g, '');
    for (const m of plain.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push({ target: m[1], line: i + 1 });
    for (const m of plain.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/g)) out.push({ target: m[1], line: i + 1 });
    for (const m of plain.matchAll(/<a\s+href="([^"]+)"/g)) out.push({ target: m[1], line: i + 1 });
  });
  return out;
}

for (const rel of tracked.filter((f) => f.endsWith('.md'))) {
  const file = path.join(root, rel);
  for (const { target, line } of linksOf(fs.readFileSync(file, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto: …
    const [rawPath, anchor] = target.split('#');
    let p;
    try {
      p = decodeURIComponent(rawPath);
    } catch {
      p = rawPath;
    }
    const dest = p === '' ? file : path.resolve(path.dirname(file), p);
    const where = `${rel}:${line}`;
    if (!dest.startsWith(root + path.sep) && dest !== root) {
      problems.push(`${where}: link leaves the repository: ${target}`);
      continue;
    }
    if (!fs.existsSync(dest)) {
      problems.push(`${where}: broken link: ${target}`);
      continue;
    }
    if (anchor !== undefined && anchor !== '' && dest.endsWith('.md') && fs.statSync(dest).isFile()) {
      let a = anchor;
      try {
        a = decodeURIComponent(anchor);
      } catch {
        /* keep as written */
      }
      if (!anchorsOf(dest).has(a)) problems.push(`${where}: no heading for anchor #${anchor} in ${path.relative(root, dest)}`);
    }
  }
}

// ---- 2. nothing cites documents outside the repository ----

const TEXT = /\.(m?[jt]sx?|cjs|json|md|ya?ml|sh|sql|graphql|html|css|txt)$|(^|\/)(run|Dockerfile)$/;
const SKIP = new Set(['pnpm-lock.yaml', 'scripts/check-links.mjs']);
// Names of the team's private notes, which are not in the repository (unless a file of that name is);
// `#quality-bars` is an anchor of docs/benchmarks.md, not the note.
const PRIVATE = ['quality-bars', 'stack-notes', 'seed.zh', 'style.md'].filter((n) => !tracked.some((f) => path.basename(f).startsWith(n)));
for (const rel of tracked) {
  if (SKIP.has(rel) || !TEXT.test(rel)) continue;
  const file = path.join(root, rel);
  if (fs.statSync(file).size > 2_000_000) continue;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, i) => {
    const where = `${rel}:${i + 1}`;
    if (/shared\/(docs|mission|data|hooks)\b/.test(text)) problems.push(`${where}: cites a document outside the repository: ${text.trim()}`);
    // `../shared` is fine where it resolves to a folder of the repository (server code importing src/shared/…).
    for (const m of text.matchAll(/((?:\.\.\/)+)shared\b/g)) {
      const dest = path.resolve(path.dirname(file), m[1], 'shared');
      if (!dest.startsWith(root + path.sep) || !fs.existsSync(dest)) problems.push(`${where}: refers to ${m[0]} outside the repository: ${text.trim()}`);
    }
    for (const n of PRIVATE)
      if (new RegExp(`(?<![#\\w-])${n.replace('.', '\\.')}`).test(text))
        problems.push(`${where}: cites "${n}", which is not in the repository: ${text.trim()}`);
  });
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(
    `\n${problems.length} problem(s): fix the links, or point to the repository's own docs (docs/domain.md, docs/glossary.md, docs/benchmarks.md …).`,
  );
  process.exit(1);
}
console.log('links and anchors in *.md resolve; no references outside the repository');
