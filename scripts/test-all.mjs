#!/usr/bin/env node
// The whole test suite: unit and integration tests of every package (vitest, real PostgreSQL:
// embedded by default, DATABASE_URL when set) and the Playwright e2e tests of the built apps.
// The e2e tests run alongside the vitest suites (they start their own server on their own embedded
// database, and wait on pages much of the time): their output goes to .tmp/test-results/e2e.log and is
// printed when they end. Prints one closing line "Tests: N passed, N failed" over everything.
//   node scripts/test-all.mjs            everything
//   node scripts/test-all.mjs --serial   the e2e tests after the vitest suites, output as it comes
//   node scripts/test-all.mjs --no-e2e   skip the browser tests
//   node scripts/test-all.mjs --only server
//   node scripts/test-all.mjs --only server -- workflow scoping   (vitest file filters after --)
import { spawn } from 'node:child_process';
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
const serial = args.includes('--serial');
// After `--`: vitest file filters (e.g. `--only server -- test/workflow test/scoping`).
const filters = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];

const suites = ['rules', 'server', 'console', 'portal'].filter((p) => !only || only === p);
const started = Date.now();
const seconds = () => Math.round((Date.now() - started) / 1000);

/** Runs a command; output to the terminal, or to `logFile` when given. Resolves with the exit code. */
function run(cmd, cmdArgs, cwd, { env = process.env, logFile } = {}) {
  return new Promise((resolve) => {
    const log = logFile ? fs.openSync(logFile, 'w') : null;
    const child = spawn(cmd, cmdArgs, { cwd, env, stdio: log === null ? 'inherit' : ['ignore', log, log] });
    child.on('error', () => resolve(1));
    child.on('close', (code) => {
      if (log !== null) fs.closeSync(log);
      resolve(code ?? 1);
    });
  });
}

/** One suite's outcome from its JSON report: passed, failed, skipped, and whether it failed to run at all. */
const tally = { passed: 0, failed: 0, skipped: 0, broken: false };
function count(code, r) {
  if (!r) {
    if (code !== 0) tally.broken = true;
    return;
  }
  tally.passed += r.passed;
  tally.failed += r.failed;
  tally.skipped += r.skipped;
  if (code !== 0 && r.failed === 0) tally.broken = true; // e.g. a file that failed to load
}

async function vitestSuites() {
  for (const pkg of suites) {
    const cwd = path.join(root, 'packages', pkg);
    const file = path.join(out, `${pkg}.json`);
    fs.rmSync(file, { force: true });
    console.log(`\n=== ${pkg}: vitest ===`);
    const code = await run(
      path.join(cwd, 'node_modules', '.bin', 'vitest'),
      ['run', ...filters, '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile=${file}`],
      cwd,
    );
    const r = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
    count(code, r && { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) });
  }
}

/** Runs the e2e tests; in parallel mode their output goes to a log file, printed by `printE2e` afterwards. */
async function e2e() {
  const file = path.join(out, 'e2e.json');
  const logFile = serial ? undefined : path.join(out, 'e2e.log');
  fs.rmSync(file, { force: true });
  if (serial) console.log('\n=== e2e: playwright ===');
  const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: file };
  const code = await run(
    'pnpm',
    ['--filter', '@xiejiu/e2e', 'exec', 'bash', '-c', 'bash ../scripts/ensure-chromium.sh && playwright test --reporter=list,json'],
    root,
    { env, logFile },
  );
  return { code, file, logFile, endedAt: seconds() };
}

function printE2e({ code, file, logFile, endedAt }) {
  if (logFile) {
    console.log(`\n=== e2e: playwright (ran alongside the vitest suites; ended after ${endedAt} s, exit ${code}) ===`);
    if (fs.existsSync(logFile)) process.stdout.write(fs.readFileSync(logFile, 'utf8'));
  }
  const s = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).stats : null;
  count(code, s && { passed: s.expected + (s.flaky ?? 0), failed: s.unexpected, skipped: s.skipped });
}

if (!withE2e) await vitestSuites();
else if (serial) {
  await vitestSuites();
  printE2e(await e2e());
} else {
  console.log(
    `\n=== e2e: playwright, started alongside the vitest suites (output: ${path.relative(root, path.join(out, 'e2e.log'))}, printed when both end) ===`,
  );
  const e2eRun = e2e();
  await vitestSuites();
  printE2e(await e2eRun);
}

const db = process.env.DATABASE_URL ? 'external PostgreSQL (DATABASE_URL)' : 'embedded PostgreSQL';
console.log(`\n[${db}]${tally.broken ? ' — a suite failed to run' : ''} (${seconds()} s)`);
console.log(`Tests: ${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed > 0 || tally.broken || tally.passed === 0 ? 1 : 0);
