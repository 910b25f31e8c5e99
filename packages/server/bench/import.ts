import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadConfig, type AppConfig } from '../src/config';
import { prepareDatabase, type PreparedDatabase, withCredentials } from '../src/db/database';
import { openOrm } from '../src/db/orm';
import { type RequestContext, type Runtime, systemContext } from '../src/graphql/request-context';
import { runCrosscheckRules } from '../src/modules/crosscheck/crosscheck.engine';
import { checkFieldKeys } from '../src/modules/field-keys/key-check';
import { idIndex } from '../src/modules/household/identity';
import { importLocalFile } from '../src/modules/roster/import.cli';
import type { ImportOutcome } from '../src/modules/roster/import.run';
import { seedDemo } from '../src/seed/demo';
import { todayCn } from '../src/shared/dates';
import { loadFieldCrypto } from '../src/shared/field-crypto';
import { BENCH_ENV } from './bench-env';
import { type FloorResult, measureLedgerFloor } from './import-floor';
import { DEFAULT_GEN_SEED, type Manifest, REFERENCE_DATASETS } from './roster/generate';
import { onExplainedPlan, recordStatementTimes, type StatementTime } from './statement-times';

/**
 * `BENCH_ONLY=import pnpm bench` (or `pnpm bench import`) — P1 and P6 of issue 12 (docs/benchmarks.md), in
 * one run against one fresh database (embedded PostgreSQL in a temp dir, or a fresh database on
 * BENCH_DATABASE_URL):
 *
 * 0. the files: roster.csv (BENCH_ROWS rows, default 1,000,000) and the reference files, written by the
 *    generator (bench/roster/generate.ts) in a CHILD process before anything is measured, so the
 *    generator's memory never counts; reused from BENCH_FILES_DIR when its manifest matches;
 * 1. reference: a bare COPY of roster.csv (csv, header) into an unindexed table of text columns;
 * 2. P1: `importLocalFile` of roster.csv (read, validate, seal, stage, merge into the ledger) and the
 *    cross-check that follows it, timed separately and together; ratio = total / bare COPY (bar ≤ 4×);
 *    the process's RSS sampled every 100 ms during both (bar ≤ 512 MB);
 * 3. every reference dataset imported (timed, not a bar), then P6: the full cross-check over all rules
 *    (bar ≤ 60 s), per rule as the engine reports it;
 * 4. recall per rule on the planted cases (manifest.json), persons flagged but not planted, near misses flagged;
 * 5. the section "P1 / P6 — 大数据库 import and cross-check (issue 12)" of docs/benchmarks.md is replaced.
 *
 *   BENCH_ROWS=50000        roster rows (default 1000000)
 *   BENCH_FILES_DIR=dir     keep/reuse the generated files there
 *   BENCH_SEED=n            generator seed
 *   BENCH_DATABASE_URL      an existing PostgreSQL server (database xiejiu_bench_import is dropped and created)
 *   BENCH_NO_WRITE=1        do not update docs/benchmarks.md
 *   BENCH_ANALYZE=1         ANALYZE (as the owner) after the roster import (counted in P1) and before P6
 *   BENCH_P6=0              skip P6 and the recall (the reference datasets are still imported)
 *   BENCH_NOTE=text         a line added to the report (e.g. which branches were merged for the run)
 *   BENCH_EXPLAIN_MS=n      log the plans of statements slower than n ms (auto_explain; diagnosis, embedded only)
 */
const env = process.env;
const DOC = path.resolve(__dirname, '..', '..', '..', 'docs', 'benchmarks.md');
const SERVER_DIR = path.resolve(__dirname, '..');
const P1_RATIO_BAR = 4;
const P1_RSS_BAR_MB = 512;
const P6_SECONDS_BAR = 60;
/** BENCH_ANALYZE=1: ANALYZE as the owner after the roster import (counted in P1) and before P6 (not counted). */
const ANALYZE = env.BENCH_ANALYZE === '1';
/** BENCH_P6=0: stop after the reference imports (no full cross-check, no recall). */
const RUN_P6 = env.BENCH_P6 !== '0';
/** The floor under P1 (bench/import-floor.ts): PostgreSQL alone writing the file's ledger rows. BENCH_FLOOR=0 skips it; BENCH_FLOOR_ONLY=1 stops after it. */
const RUN_FLOOR = env.BENCH_FLOOR !== '0';
const log = (m: string) => console.log(`[bench:import] ${m}`);

// ------------------------------------------------------------------ the cross-check engine

export interface CrosscheckRuleRun {
  no: number;
  code: string;
  found: number;
  ms: number;
}
export interface CrosscheckRun {
  rules: CrosscheckRuleRun[];
  ms: number;
}

/** The cross-check over every rule in force, as the job and the CLI run it (modules/crosscheck). */
export async function runCrosscheck(ctx: RequestContext): Promise<CrosscheckRun> {
  return runCrosscheckRules(ctx);
}

// ------------------------------------------------------------------ setup

interface Db {
  prepared: PreparedDatabase;
  orm: MikroORM;
  runtime: Runtime;
  owner: Client;
  cleanup(): Promise<void>;
}

async function freshDatabase(): Promise<Db> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-bench-import-'));
  let databaseUrl: string | undefined;
  if (env.BENCH_DATABASE_URL) {
    const c = new Client({ connectionString: env.BENCH_DATABASE_URL });
    await c.connect();
    await c.query('drop database if exists xiejiu_bench_import with (force)');
    await c.query(`create database xiejiu_bench_import encoding 'UTF8' template template0`);
    await c.end();
    const u = new URL(env.BENCH_DATABASE_URL);
    databaseUrl = withCredentials(env.BENCH_DATABASE_URL, decodeURIComponent(u.username), decodeURIComponent(u.password), 'xiejiu_bench_import');
  }
  const base = loadConfig({ ...BENCH_ENV, PATH: env.PATH, IMPORT_MAX_BYTES: String(2 * 1024 ** 3) });
  const config: AppConfig = { ...base, dataDir, databaseUrl, appDatabaseUrl: undefined, replicaUrls: [], seedDemo: false, logLevel: 'fatal' };
  const explainMs = env.BENCH_EXPLAIN_MS ? Number(env.BENCH_EXPLAIN_MS) : null;
  const prepared = await prepareDatabase(config, (m) => {
    if (/ERROR|FATAL|PANIC/.test(m)) log(`postgres: ${m.split('\n')[0].slice(0, 200)}`);
  });
  if (explainMs !== null) {
    // Diagnosis only (embedded PostgreSQL): plans of statements slower than BENCH_EXPLAIN_MS, in every new session.
    const c = new Client({ connectionString: prepared.ownerUrl });
    await c.connect();
    await c.query(`alter system set session_preload_libraries = 'auto_explain'`);
    await c.query(`alter system set auto_explain.log_min_duration = '${Math.max(0, Math.floor(explainMs))}'`);
    await c.query(`alter system set auto_explain.log_nested_statements = on`);
    await c.query(`alter system set auto_explain.log_level = 'notice'`);
    await c.query('select pg_reload_conf()');
    await c.end();
    onExplainedPlan((plan) => log(`plan of a slow statement:\n${plan}`));
  }
  const runtime: Runtime = { config, fieldCrypto: loadFieldCrypto(dataDir, env) };
  const orm = await openOrm({ url: prepared.appUrl, poolMax: config.dbPoolMax });
  await checkFieldKeys(systemContext(orm.em, runtime, 'field-key-check'));
  // The demo district: areas (the villages the files use), departments (PROGRAM_OWNERS), accounts — no households.
  await seedDemo(orm, runtime);
  const owner = new Client({ connectionString: prepared.ownerUrl });
  await owner.connect();
  return {
    prepared,
    orm,
    runtime,
    owner,
    async cleanup() {
      await owner.end().catch(() => {});
      await orm.close(true);
      await prepared.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Generates the files in a child process (its memory is not this process's), unless BENCH_FILES_DIR has them. */
async function benchFiles(
  rows: number,
  seed: number,
  today: string,
): Promise<{ dir: string; manifest: Manifest; generatedSeconds: number | null; temporary: boolean }> {
  const temporary = !env.BENCH_FILES_DIR;
  const dir = env.BENCH_FILES_DIR ? path.resolve(env.BENCH_FILES_DIR) : fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-bench-files-'));
  const manifestFile = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    if (m.roster.rows === rows && m.seed === seed && m.today === today) {
      log(`reusing the files in ${dir}`);
      return { dir, manifest: m, generatedSeconds: null, temporary };
    }
  }
  log(`generating ${rows} roster rows and the reference files in ${dir} (child process) …`);
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        path.join(SERVER_DIR, 'src', 'register.js'),
        path.join(__dirname, 'roster', 'cli.ts'),
        '--rows',
        String(rows),
        '--out',
        dir,
        '--seed',
        String(seed),
        '--today',
        today,
      ],
      { cwd: SERVER_DIR, stdio: 'inherit' },
    );
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generator exited with ${code}`))));
  });
  return { dir, manifest: JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest, generatedSeconds: (performance.now() - t) / 1000, temporary };
}

/** The header line of a CSV file, without reading the whole file into memory (it would count in P1's RSS). */
function firstLine(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').split(/\r?\n/)[0];
  } finally {
    fs.closeSync(fd);
  }
}

/** Peak RSS of this process, sampled every 100 ms while `fn` runs. */
async function sampledRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakMb: number; samples: number }> {
  let peak = process.memoryUsage.rss();
  let samples = 1;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
    samples++;
  }, 100);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakMb: peak / 2 ** 20, samples };
  } finally {
    clearInterval(timer);
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t) / 1000 };
}

// ------------------------------------------------------------------ the run

interface RecallRow {
  no: number;
  code: string;
  planted: number;
  found: number;
  extra: number;
  nearMiss: number;
  nearMissFlagged: number;
  note?: string;
}

export async function runImportBench(): Promise<number> {
  const t0 = performance.now();
  const rows = Number(env.BENCH_ROWS ?? 1_000_000);
  const seed = Number(env.BENCH_SEED ?? DEFAULT_GEN_SEED);
  const today = todayCn();
  const machine = {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
  log(`machine ${machine.nproc} cpu, ${machine.memGiB} GiB; load ${machine.load}; ${rows} roster rows; today ${today}`);
  const files = await benchFiles(rows, seed, today);
  const rosterFile = path.join(files.dir, 'roster.csv');
  const db = await freshDatabase();
  try {
    const pgVersion = (await db.owner.query('show server_version')).rows[0].server_version as string;
    const ctx = systemContext(db.orm.em, db.runtime, 'bench');

    // 1. Reference: bare COPY of the same file (read once before, so both find it in the page cache).
    for await (const _ of createReadStream(rosterFile, { highWaterMark: 1 << 20 })) void _;
    const headers = firstLine(rosterFile).split(',');
    await db.owner.query(`create table bench_copy_ref (${headers.map((_, i) => `c${i} text`).join(', ')})`);
    const copy = await timed(async () => {
      await pipeline(
        createReadStream(rosterFile, { highWaterMark: 1 << 20 }),
        db.owner.query(copyFrom(`copy bench_copy_ref from stdin with (format csv, header true)`)),
      );
    });
    const copiedRows = Number((await db.owner.query('select count(*)::int as n from bench_copy_ref')).rows[0].n);
    log(`bare COPY: ${copiedRows} rows in ${copy.seconds.toFixed(1)} s`);
    // 1b. The floor: the same rows written into tables shaped like the ledger's by SQL alone (a scratch schema, dropped).
    const floor = RUN_FLOOR ? await measureLedgerFloor(db.owner, 'bench_copy_ref') : null;
    if (floor)
      log(
        `floor (SQL alone, ledger-shaped tables): ${floor.seconds.toFixed(1)} s = ${(floor.seconds / copy.seconds).toFixed(1)}× bare COPY; ${JSON.stringify(floor.rows)}`,
      );
    await db.owner.query('drop table bench_copy_ref');
    if (env.BENCH_FLOOR_ONLY === '1') return 0; // the reference and the floor only (no import, nothing written)
    await db.owner.query('checkpoint');

    // 2. P1: the import and the cross-check after it, RSS sampled.
    const rssBefore = process.memoryUsage.rss() / 2 ** 20;
    let lastLog = Date.now();
    const p1 = await sampledRss(async () => {
      const recorded = await recordStatementTimes(() =>
        timed(() =>
          importLocalFile(ctx, 'roster', rosterFile, {
            progress: (p) => {
              if (Date.now() - lastLog > Number(env.BENCH_LOG_MS ?? 15_000)) {
                lastLog = Date.now();
                const m = process.memoryUsage();
                const mb = (n: number) => Math.round(n / 2 ** 20);
                log(
                  `  … import ${(p / 10).toFixed(0)}%, rss ${mb(m.rss)} MiB (heap ${mb(m.heapUsed)}/${mb(m.heapTotal)}, external ${mb(m.external)}, buffers ${mb(m.arrayBuffers)})`,
                );
              }
            },
          }),
        ),
      );
      const imp = recorded.value;
      log(`roster import: ${imp.value.status} in ${imp.seconds.toFixed(1)} s (${JSON.stringify(imp.value)})`);
      for (const st of recorded.statements.slice(0, 8)) log(`  ${(st.ms / 1000).toFixed(1)} s ×${st.count}  ${st.text}`);
      // The import commits every row in one transaction and the application role may not ANALYZE: the
      // cross-check right after it plans on the statistics of the tables before the import. BENCH_ANALYZE=1
      // refreshes them as the owner (counted in P1) to compare.
      const analyze = ANALYZE ? await timed(() => db.owner.query('analyze')) : null;
      if (analyze) log(`analyze after the import: ${analyze.seconds.toFixed(1)} s`);
      const check = await timed(() => runCrosscheck(ctx));
      log(check.value ? `cross-check after the roster: ${check.seconds.toFixed(1)} s` : 'cross-check: module not present (modules/crosscheck not merged)');
      return { imp, analyze: analyze?.seconds ?? null, check, statements: recorded.statements };
    });
    const p1Total = p1.value.imp.seconds + (p1.value.analyze ?? 0) + (p1.value.check.value ? p1.value.check.seconds : 0);
    const ratio = p1Total / copy.seconds;

    // 3. Reference datasets, then P6.
    const refs: Array<{ dataset: string; rows: number; seconds: number; outcome: ImportOutcome }> = [];
    for (const dataset of REFERENCE_DATASETS) {
      const r = await timed(() => importLocalFile(ctx, dataset, path.join(files.dir, `${dataset}.csv`), {}));
      refs.push({ dataset, rows: files.manifest.files[`${dataset}.csv`].rows, seconds: r.seconds, outcome: r.value });
      log(`${dataset}: ${r.value.status} ${r.value.imported} imported, errors ${JSON.stringify(r.value.errors)} in ${r.seconds.toFixed(1)} s`);
    }
    const analyzeRefs = ANALYZE && RUN_P6 ? await timed(() => db.owner.query('analyze')) : null;
    const p6 = RUN_P6 ? await timed(() => runCrosscheck(ctx)) : { value: null, seconds: 0 };
    if (p6.value) log(`P6 cross-check: ${p6.seconds.toFixed(1)} s`);

    // 4. Recall on the planted cases.
    const recall = p6.value ? await measureRecall(db, files.manifest) : null;
    const counts = (
      await db.owner.query(
        `select (select count(*) from person)::int as persons, (select count(*) from household)::int as households,
                (select count(*) from benefit)::int as benefits, (select count(*) from roster_conflict)::int as conflicts`,
      )
    ).rows[0] as { persons: number; households: number; benefits: number; conflicts: number };

    const report = renderReport({
      rows,
      today,
      machine,
      pgVersion,
      manifest: files.manifest,
      generatedSeconds: files.generatedSeconds,
      copySeconds: copy.seconds,
      copiedRows,
      floor,
      importSeconds: p1.value.imp.seconds,
      importOutcome: p1.value.imp.value,
      importStatements: p1.value.statements,
      checkAfterImport: p1.value.check.value ? p1.value.check.seconds : null,
      checkAfterImportRules: p1.value.check.value?.rules ?? [],
      analyzeAfterImport: p1.value.analyze,
      analyzeBeforeP6: analyzeRefs?.seconds ?? null,
      p1Total,
      ratio,
      rssBefore,
      rssPeak: p1.peakMb,
      rssSamples: p1.samples,
      refs,
      p6: p6.value ? { seconds: p6.seconds, run: p6.value } : null,
      recall,
      counts,
      elapsed: (performance.now() - t0) / 1000,
    });
    console.log(`\n${report.text}`);
    if (env.BENCH_NO_WRITE !== '1') {
      writeDoc(report.text);
      log(`results written to ${path.relative(process.cwd(), DOC)}`);
    }
    return report.pass ? 0 : 1;
  } finally {
    await db.cleanup();
    if (files.temporary) fs.rmSync(files.dir, { recursive: true, force: true });
  }
}

async function measureRecall(db: Db, manifest: Manifest): Promise<RecallRow[]> {
  const fc = db.runtime.fieldCrypto;
  const flagged = new Map<number, Set<string>>();
  const res = await db.owner.query(
    `select distinct f.rule_no as no, p.id_bidx as bidx from finding f join person p on p.id = f.person_id where f.is_current and f.status <> 'RESOLVED'`,
  );
  for (const r of res.rows as Array<{ no: number; bidx: string }>) {
    if (!flagged.has(r.no)) flagged.set(r.no, new Set());
    flagged.get(r.no)!.add(r.bidx);
  }
  return Object.entries(manifest.rules).map(([no, rule]) => {
    const f = flagged.get(Number(no)) ?? new Set<string>();
    const planted = new Set(rule.planted.map((id) => idIndex(fc, id)));
    const near = rule.nearMiss.map((id) => idIndex(fc, id));
    return {
      no: Number(no),
      code: rule.code,
      planted: planted.size,
      found: [...planted].filter((b) => f.has(b)).length,
      extra: [...f].filter((b) => !planted.has(b)).length,
      nearMiss: near.length,
      nearMissFlagged: near.filter((b) => f.has(b)).length,
      note: rule.note,
    };
  });
}

// ------------------------------------------------------------------ report

interface ReportInput {
  rows: number;
  today: string;
  machine: { nproc: number; memGiB: string; cpu: string; node: string; load: string };
  pgVersion: string;
  manifest: Manifest;
  generatedSeconds: number | null;
  copySeconds: number;
  copiedRows: number;
  floor: FloorResult | null;
  importSeconds: number;
  importOutcome: ImportOutcome;
  importStatements: StatementTime[];
  checkAfterImport: number | null;
  checkAfterImportRules: CrosscheckRuleRun[];
  analyzeAfterImport: number | null;
  analyzeBeforeP6: number | null;
  p1Total: number;
  ratio: number;
  rssBefore: number;
  rssPeak: number;
  rssSamples: number;
  refs: Array<{ dataset: string; rows: number; seconds: number; outcome: ImportOutcome }>;
  p6: { seconds: number; run: CrosscheckRun } | null;
  recall: RecallRow[] | null;
  counts: { persons: number; households: number; benefits: number; conflicts: number };
  elapsed: number;
}

function renderReport(r: ReportInput): { text: string; pass: boolean } {
  const s = (x: number) => x.toFixed(1);
  const ok = (b: boolean | null) => (b === null ? '**not measured**' : b ? '**pass**' : '**FAIL**');
  const n = (x: number) => x.toLocaleString('en');
  const o = r.importOutcome;
  const m = r.manifest.roster;
  const crosscheckPresent = r.checkAfterImport !== null;
  const p1RatioPass = crosscheckPresent ? r.ratio <= P1_RATIO_BAR : null;
  const p1RssPass = r.rssPeak <= P1_RSS_BAR_MB;
  const p6Pass = r.p6 ? r.p6.seconds <= P6_SECONDS_BAR : null;
  const nearMissFlagged = r.recall ? r.recall.reduce((a, x) => a + x.nearMissFlagged, 0) : null;
  const recallComplete = r.recall ? r.recall.every((x) => x.found === x.planted) : null;
  const full = r.rows >= 1_000_000;
  const expectedErrors = Object.entries(m.errorRows)
    .map(([c, k]) => `${c} ${k}/${o.errors[c] ?? 0}`)
    .join(', ');
  const unexpected = Object.entries(o.errors).filter(([c]) => !(c in m.errorRows));
  const p6Rules = r.p6 ? new Map(r.p6.run.rules.map((x) => [x.no, x])) : new Map<number, CrosscheckRuleRun>();
  const lines = [
    `### Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${r.rows === 1_000_000 ? '' : `BENCH_ROWS=${r.rows} `}BENCH_ONLY=import pnpm bench\`${full ? '' : ` — **${n(r.rows)} rows, not the 1,000,000 of the bar**`}`,
    ...(env.BENCH_NOTE ? [`- Note: ${env.BENCH_NOTE}`] : []),
    `- Machine: ${r.machine.nproc} CPUs (${r.machine.cpu}), ${r.machine.memGiB} GiB RAM, load average at start ${r.machine.load}; Node ${r.machine.node}; PostgreSQL ${r.pgVersion} (${env.BENCH_DATABASE_URL ? 'external, BENCH_DATABASE_URL' : 'embedded'}, same machine); one fresh database, demo district (areas, departments) and no households before the import`,
    `- Files (bench/roster/generate.ts, seed ${r.manifest.seed}, today ${r.today}${r.generatedSeconds !== null ? `, generated in a child process in ${s(r.generatedSeconds)} s` : ', reused'}): roster.csv ${n(m.rows)} rows (${(r.manifest.files['roster.csv'].bytes / 2 ** 20).toFixed(1)} MiB), ${n(m.households)} households, ${n(m.persons)} persons; ${REFERENCE_DATASETS.map((d) => `${d} ${n(r.manifest.files[`${d}.csv`].rows)}`).join(', ')}`,
    '',
    `**P1** — roster import + cross-check ≤ ${P1_RATIO_BAR}× bare COPY: ${ok(p1RatioPass)} (ratio **${r.ratio.toFixed(2)}×**${crosscheckPresent ? '' : ', import only: the cross-check module is not merged'}); RSS ≤ ${P1_RSS_BAR_MB} MB: ${ok(p1RssPass)} (peak **${r.rssPeak.toFixed(0)} MiB**)`,
    '',
    '| step | seconds | rows/s |',
    '|---|---|---|',
    `| bare \`COPY\` of roster.csv into an unindexed table of text columns (reference) | ${s(r.copySeconds)} | ${n(Math.round(r.copiedRows / r.copySeconds))} |`,
    `| \`importLocalFile\` roster (read, validate, seal, stage, merge, one transaction) | ${s(r.importSeconds)} | ${n(Math.round(m.rows / r.importSeconds))} |`,
    ...(r.analyzeAfterImport === null ? [] : [`| \`ANALYZE\` as the owner (BENCH_ANALYZE=1; not done by the pipeline) | ${s(r.analyzeAfterImport)} | |`]),
    `| cross-check after the import (all rules) | ${r.checkAfterImport === null ? 'n/a' : s(r.checkAfterImport)} | |`,
    `| **P1 total** | **${s(r.p1Total)}** | ratio **${r.ratio.toFixed(2)}×** |`,
    '',
    ...(r.floor
      ? [
          `**The floor under P1** (bench/import-floor.ts): PostgreSQL alone writing this file's ledger rows (${n(r.floor.rows.persons)} persons, ${n(r.floor.rows.households)} households, ${n(r.floor.rows.memberships)} memberships, ${n(r.floor.rows.benefits)} benefits) from the bare COPY's table into tables shaped exactly like the ledger's (columns, indexes, checks, deferrable foreign keys), one transaction, as the owner — no validation, sealing, row-level security, conflicts, events, tiers or cross-check: **${s(r.floor.seconds)} s = ${(r.floor.seconds / r.copySeconds).toFixed(1)}× the bare COPY**. No importer of this schema can go below that ratio on this machine${r.floor.seconds / r.copySeconds > P1_RATIO_BAR ? `, so the ${P1_RATIO_BAR}× bar cannot be met as it is written` : ''}; the import's own cost above the floor is ${s(r.importSeconds - r.floor.seconds)} s (${(r.importSeconds / r.floor.seconds).toFixed(1)}× the floor).`,
          '',
          `Floor steps: ${r.floor.steps.map((x) => `${x.step} ${s(x.seconds)} s`).join('; ')}.`,
          '',
        ]
      : []),
    `Peak RSS of the bench process during the import and the cross-check: ${r.rssPeak.toFixed(0)} MiB (${r.rssSamples} samples every 100 ms; ${r.rssBefore.toFixed(0)} MiB before; PostgreSQL's own processes not included).`,
    '',
    r.analyzeAfterImport !== null
      ? 'Statistics: `ANALYZE` as the owner after the import (BENCH_ANALYZE=1), counted in P1 — the pipeline itself does not refresh them.'
      : 'Statistics: as the import leaves them (no `ANALYZE`; the application role may not run it): the cross-check right after the import plans on the statistics of the tables before it. The engine turns nested loops off per rule, which keeps that cheap (an earlier engine without it: 58.8 s instead of 3.9 s at 50,000 rows).',
    '',
    `Where the roster import's time goes — the slowest SQL statements (wall time as the process saw it; COPY overlaps reading, validating and sealing the file):`,
    '',
    '| seconds | times | statement |',
    '|---|---|---|',
    ...r.importStatements.slice(0, 8).map((st) => `| ${(st.ms / 1000).toFixed(1)} | ${st.count} | \`${st.text.replace(/\|/g, '\\|')}\` |`),
    '',
    `Import outcome: ${o.status}, ${n(o.rows)} rows, ${n(o.imported)} imported, ${n(o.unchanged)} unchanged, ${n(o.duplicates)} duplicates (planted ${n(m.duplicateRows)}), ${n(o.conflicts)} conflicts (planted ${n(m.conflictRows)}); ledger after all imports: ${n(r.counts.persons)} persons, ${n(r.counts.households)} households, ${n(r.counts.benefits)} benefits, ${n(r.counts.conflicts)} roster conflicts.`,
    `Row errors planted/reported: ${expectedErrors}${unexpected.length ? `; not planted: ${unexpected.map(([c, k]) => `${c} ${k}`).join(', ')}` : ''}.`,
    '',
    `Reference imports (not a bar): ${r.refs.map((x) => `${x.dataset} ${n(x.rows)} rows ${s(x.seconds)} s${x.outcome.status === 'DONE' ? '' : ` **${x.outcome.status}** ${x.outcome.message ?? ''}`}${Object.keys(x.outcome.errors ?? {}).length ? ` (errors ${JSON.stringify(x.outcome.errors)})` : ''}`).join('; ')}.`,
    '',
    `**P6** — the full cross-check over all rules ≤ ${P6_SECONDS_BAR} s: ${ok(p6Pass)}${r.p6 ? ` (**${s(r.p6.seconds)} s**${r.analyzeBeforeP6 !== null ? `, after an \`ANALYZE\` of ${s(r.analyzeBeforeP6)} s not counted` : ''})` : RUN_P6 ? ' (the cross-check module is not merged)' : ' (skipped: BENCH_P6=0)'}. Recall on the planted cases: ${recallComplete === null ? 'not measured' : recallComplete ? 'every planted case found' : '**incomplete**'}; near misses flagged: ${nearMissFlagged === null ? 'n/a' : nearMissFlagged === 0 ? '0' : `**${nearMissFlagged}**`}.`,
    '',
  ];
  if (r.recall) {
    const p1Rules = new Map(r.checkAfterImportRules.map((x) => [x.no, x]));
    lines.push(
      '| rule | ms in P1 (roster only) | ms in P6 | findings | planted | found | recall | flagged, not planted | near misses | near misses flagged |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const x of r.recall) {
      const run = p6Rules.get(x.no);
      const rec = x.planted ? `${((100 * x.found) / x.planted).toFixed(0)}%` : 'n/a';
      lines.push(
        `| ${x.no} ${x.code} | ${p1Rules.get(x.no)?.ms ?? '—'} | ${run ? run.ms : '—'} | ${run ? run.found : '—'} | ${x.planted} | ${x.found} | ${rec} | ${x.extra} | ${x.nearMiss} | ${x.nearMissFlagged ? `**${x.nearMissFlagged}**` : 0} |`,
      );
    }
    lines.push('');
    for (const x of r.recall) if (x.note) lines.push(`- Rule ${x.no}: ${x.note}`);
    lines.push('');
  }
  lines.push(`Total bench time ${s(r.elapsed)} s.`);
  const pass = p1RatioPass !== false && p1RssPass && p6Pass !== false && nearMissFlagged !== null && nearMissFlagged === 0 && recallComplete === true;
  return { text: lines.join('\n'), pass };
}

const SECTION = '## P1 / P6 — 大数据库 import and cross-check (issue 12)';
const START = '<!-- bench:import:start -->';
const END = '<!-- bench:import:end -->';

function writeDoc(section: string): void {
  let doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  if (!doc.includes(START)) {
    doc = `${doc.replace(/\n*$/, '\n')}\n${SECTION}\n\nWritten by \`BENCH_ONLY=import pnpm bench\` (packages/server/bench/import.ts); replaced on each run.\n\n${START}\n${END}\n`;
  }
  const [head, rest] = doc.split(START);
  const tail = rest.split(END)[1] ?? '\n';
  fs.writeFileSync(DOC, `${head}${START}\n${section}\n${END}${tail}`);
}
