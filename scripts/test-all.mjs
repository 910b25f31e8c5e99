#!/usr/bin/env node
// The whole test suite: unit and integration tests of every package (vitest, real PostgreSQL:
// embedded by default, DATABASE_URL when set), then the Playwright e2e tests of the built apps.
// Prints one closing line "Tests: N passed, N failed" over everything.
//   node scripts/test-all.mjs            everything
//   node scripts/test-all.mjs --no-e2e   skip the browser tests
//   node scripts/test-all.mjs --only server
//   node scripts/test-all.mjs --only server -- workflow scoping   (vitest file filters after --)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// TEST_RESULTS_DIR: where the JSON reports go (CI's second run on the machine's PostgreSQL runs alongside this one).
const out = process.env.TEST_RESULTS_DIR ? path.resolve(process.env.TEST_RESULTS_DIR) : path.join(root, '.tmp', 'test-results');
fs.mkdirSync(out, { recursive: true });
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const withE2e = !args.includes('--no-e2e') && (!only || only === 'e2e');
// After `--`: vitest file filters (e.g. `--only server -- test/workflow test/scoping`).
const filters = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];

const suites = ['rules', 'server', 'console', 'portal'].filter((p) => !only || only === p);
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

function run(cmd, cmdArgs, cwd, env = process.env) {
  const r = spawnSync(cmd, cmdArgs, { cwd, stdio: 'inherit', env });
  return r.status ?? 1;
}

for (const pkg of suites) {
  const cwd = path.join(root, 'packages', pkg);
  const file = path.join(out, `${pkg}.json`);
  fs.rmSync(file, { force: true });
  console.log(`\n=== ${pkg}: vitest ===`);
  const code = run(
    path.join(cwd, 'node_modules', '.bin', 'vitest'),
    ['run', ...filters, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile=${file}`],
    cwd,
  );
  if (fs.existsSync(file)) {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    if (code !== 0 && r.numFailedTests === 0) broken = true; // e.g. a file that failed to load
  } else if (code !== 0) {
    broken = true;
  }
}

if (withE2e) {
  console.log('\n=== e2e: playwright ===');
  const file = path.join(out, 'e2e.json');
  fs.rmSync(file, { force: true });
  const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: file };
  const code = run(
    'pnpm',
    ['--filter', '@xiejiu/e2e', 'exec', 'bash', '-c', 'bash ../scripts/ensure-chromium.sh && playwright test --reporter=list,json'],
    root,
    env,
  );
  if (fs.existsSync(file)) {
    const s = JSON.parse(fs.readFileSync(file, 'utf8')).stats;
    passed += s.expected + (s.flaky ?? 0);
    failed += s.unexpected;
    skipped += s.skipped;
    if (code !== 0 && s.unexpected === 0) broken = true;
  } else if (code !== 0) {
    broken = true;
  }
}

const db = process.env.DATABASE_URL ? 'external PostgreSQL (DATABASE_URL)' : 'embedded PostgreSQL';
console.log(`\n[${db}]${broken ? ' — a suite failed to run' : ''}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
