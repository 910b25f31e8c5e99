import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { installStatementCounter, statements } from './statements';
import { measureP3, renderP3 } from './p3';
import { measureP9, renderP9, type P9Options } from './p9';
import { BASELINE_QUERY, searchQuery, TRIVIAL_QUERY, type SearchFilter } from './queries';
import { startServer, type Started } from '../src/bootstrap';
import { loadConfig, type AppConfig } from '../src/config';
import { BENCH_ENV, ownerClient } from './bench-env';
import { loadavg } from './phase-stats';
import { runImportBench } from './import';
import { measureDashboard, renderDashboard } from './dashboard';
import { systemContext } from '../src/graphql/request-context';
import { runCrosscheckRules } from '../src/modules/crosscheck/crosscheck.engine';
import { createDatabaseIfMissing, withCredentials } from '../src/db/database';
import { COMMON_SURNAMES } from '../src/seed/households';
import { ensurePersons } from './persons';
import { benchUsers, searchBodies, sessionCookie } from './mix';
import { SESSION_COOKIE } from '../src/modules/auth/session-token';
import { measureLighthouse, renderLighthouse } from './lighthouse';

/**
 * `pnpm bench` — P3 (household search under load) and P4 (SQL statements per list query)
 * against the real server (bootstrap.startServer) and 1,000,000 synthetic persons; then P1/P6 (the
 * 大数据库 import and cross-check, bench/import.ts). `pnpm bench search` / `pnpm bench import` (or
 * BENCH_ONLY=search|import) runs one of the two. P9 (request overhead, bench/p9.ts) runs with the search
 * bench; `pnpm bench p9` (BENCH_ONLY=p9) runs it alone on the base demo data (no 1M top-up): it does not
 * depend on the ledger's size. `pnpm bench lighthouse` (BENCH_ONLY=lighthouse; part of the full run) measures P7 in the
 * browser: Lighthouse performance of the login page, /ledger and the portal (bench/lighthouse.ts; needs `pnpm build`).
 * `pnpm bench dashboard` (BENCH_ONLY=dashboard; not part of the full run) measures the 统计看板 over the same 1M ledger
 * (bench/dashboard.ts; BENCH_DASHBOARD_RUNS requests per case, default 10; BENCH_DASHBOARD_USERS at once, default 10).
 *
 *   BENCH_DATA_DIR      reuse/keep this data dir (embedded PostgreSQL + keys); default: a temp dir, removed after
 *   BENCH_DATABASE_URL  use this PostgreSQL server instead (database xiejiu_bench is created on it)
 *   BENCH_PERSONS       persons to have in the ledger (default 1000000)
 *   BENCH_SECONDS       seconds per measured phase (default 20); BENCH_ROUNDS rounds (default 2)
 *   BENCH_CONNECTIONS   concurrent keep-alive connections (default 50)
 *   BENCH_USER          the district account (default minzheng01); the town and village ones are zhen01 and cun01
 *   BENCH_NO_WRITE=1    do not update docs/benchmarks.md
 *   BENCH_LIGHTHOUSE_RUNS  Lighthouse runs per page (default 3); CHROME_PATH the browser (default /usr/bin/chromium)
 *   SESSION_CACHE=off, RATE_LIMIT_ENABLED=false   comparison runs of the server without its session cache / request limits
 */
const env = process.env;
const TARGET_PERSONS = Number(env.BENCH_PERSONS ?? 1_000_000);
const SECONDS = Number(env.BENCH_SECONDS ?? 20);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50);
const MAX_REQUESTS = Number(env.BENCH_MAX_REQUESTS ?? 500_000);
const BENCH_USER = env.BENCH_USER ?? 'minzheng01';
const PAGE_SIZES = [10, 20, 50, 100];
const DOC = path.resolve(__dirname, '..', '..', '..', 'docs', 'benchmarks.md');

const log = (m: string) => console.log(`[bench] ${m}`);

class BenchSetupError extends Error {}

async function benchConfig(): Promise<{ config: AppConfig; dataDir: string; temporary: boolean }> {
  const temporary = !env.BENCH_DATA_DIR;
  const dataDir = env.BENCH_DATA_DIR ? path.resolve(env.BENCH_DATA_DIR) : fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-bench-'));
  fs.mkdirSync(dataDir, { recursive: true });
  let databaseUrl: string | undefined;
  if (env.BENCH_DATABASE_URL) {
    await createDatabaseIfMissing(env.BENCH_DATABASE_URL, 'xiejiu_bench');
    const u = new URL(env.BENCH_DATABASE_URL);
    databaseUrl = withCredentials(env.BENCH_DATABASE_URL, decodeURIComponent(u.username), decodeURIComponent(u.password), 'xiejiu_bench');
  }
  const base = loadConfig({ ...BENCH_ENV, PATH: env.PATH, ...comparisonEnv() });
  const config: AppConfig = {
    ...base,
    dataDir,
    databaseUrl,
    appDatabaseUrl: undefined,
    replicaUrls: [],
    // Request errors are counted by the load generator; the server's own log would flood the output.
    port: 0,
    host: '127.0.0.1',
    seedDemo: true,
    logLevel: env.BENCH_LOG_LEVEL ?? 'fatal',
  };
  return { config, dataDir, temporary };
}

/**
 * Server settings a comparison run may change (named in the report's command): SESSION_CACHE=off (every
 * request resolved from the database, ADR 0019), RATE_LIMIT_ENABLED=false (no request limits at all).
 */
function comparisonEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['SESSION_CACHE', 'RATE_LIMIT_ENABLED']) if (env[k]) out[k] = env[k]!;
  return out;
}

/** The command line as run: the comparison settings and the bench knobs that were set. */
const commandOf = (cmd: string) =>
  [
    ...Object.entries(comparisonEnv()).map(([k, v]) => `${k}=${v}`),
    ...['BENCH_DATA_DIR', 'BENCH_ROUNDS', 'BENCH_SECONDS', 'BENCH_CONNECTIONS', 'BENCH_USER'].filter((k) => env[k]).map((k) => `${k}=${env[k]}`),
    cmd,
  ].join(' ');

async function gql(url: string, cookie: string, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

/** The P9 measurement with this runner's knobs (the full bench and `pnpm bench p9`). */
function p9Options(url: string, cookie: string, started: Started): P9Options {
  return { url, cookie, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, maxRequests: MAX_REQUESTS, log, cache: started.sessionCache };
}

interface P4Row {
  pageSize: number;
  items: number;
  min: number;
  max: number;
}

async function main(): Promise<number> {
  const t0 = Date.now();
  const wrapped = installStatementCounter();
  const { config, dataDir, temporary } = await benchConfig();
  const machine = {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
    load: loadavg(),
  };
  log(`data dir ${dataDir}${temporary ? ' (temporary)' : ''}; machine ${machine.nproc} cpu, ${machine.memGiB} GiB; load ${machine.load}`);
  // PostgreSQL's error lines (e.g. statement timeouts under load): show the first few, count the rest.
  let pgErrors = 0;
  const serverLog = (m: string) => {
    if (!/ERROR|FATAL|PANIC/.test(m)) return log(m);
    if (++pgErrors <= 3) log(`postgres: ${m.split('\n')[0].slice(0, 200)}`);
  };
  const started = await startServer(config, serverLog);
  let owner: Client | undefined;
  try {
    owner = await ownerClient(started.db.ownerUrl);
    const pgVersion = (await owner.query(`show server_version`)).rows[0].server_version as string;

    // 1. Data: 1M persons (reused when the data dir already has them).
    const seeding = await ensurePersons(started, owner, TARGET_PERSONS, log);
    const counts = (
      await owner.query(
        `select (select count(*) from person)::int as persons, (select count(*) from household)::int as households,
                (select count(*) from household where tier is not null)::int as tiered, (select count(*) from benefit)::int as benefits`,
      )
    ).rows[0] as { persons: number; households: number; tiered: number; benefits: number };

    // 2. The query under test: the console's ledger list, as a district, a town and a village user.
    const users = await benchUsers(started, owner);
    const cookie = users[0].cookie;
    const url = started.url.replace('localhost', '127.0.0.1');
    const listQuery = searchQuery();
    const bodies = await searchBodies(owner, started.runtime.fieldCrypto, listQuery, users);
    const p4Vars = (pageSize: number) => ({ filter: { keyword: COMMON_SURNAMES[0] } satisfies SearchFilter, page: 1, pageSize });
    // Fail fast (and clearly) if a request errors.
    const sendOnce = async (b: (typeof bodies)[number]) => void (await gql(url, b.cookie!, listQuery, JSON.parse(b.body).variables));
    for (const label of new Set(bodies.map((b) => `${b.kind}|${b.role}`))) await sendOnce(bodies.find((b) => `${b.kind}|${b.role}` === label)!);

    // 3. P4: statements per list request, sequential, nothing else running.
    const countStatements = async (query: string, variables?: Record<string, unknown>, record = false) => {
      statements.texts = record ? [] : null;
      const before = statements.count;
      const data = await gql(url, cookie, query, variables);
      const n = statements.count - before;
      const texts = statements.texts;
      statements.texts = null;
      return { n, data, texts };
    };
    await countStatements(TRIVIAL_QUERY);
    const baseline: number[] = [];
    for (let i = 0; i < 5; i++) baseline.push((await countStatements(BASELINE_QUERY)).n);
    const p4: P4Row[] = [];
    let sampleTexts: string[] = [];
    for (const pageSize of PAGE_SIZES) {
      const ns: number[] = [];
      let items = 0;
      await countStatements(listQuery, p4Vars(pageSize)); // warm
      for (let i = 0; i < 5; i++) {
        const r = await countStatements(listQuery, p4Vars(pageSize), pageSize === 20 && i === 0);
        ns.push(r.n);
        const page = Object.values(r.data as Record<string, { items: unknown[] }>)[0];
        items = page.items.length;
        if (r.texts) sampleTexts = r.texts;
      }
      p4.push({ pageSize, items, min: Math.min(...ns), max: Math.max(...ns) });
      log(`P4 pageSize ${pageSize}: ${items} items, ${Math.min(...ns)}–${Math.max(...ns)} statements`);
    }
    const baseMin = Math.min(...baseline);
    const p4Pass = p4.every((r) => r.min === p4[0].min) && p4.every((r) => r.items > 0);

    // 4. P9: authenticated { me { id } } vs bare { __typename }, load generator in its own process.
    const p9 = await measureP9(p9Options(url, cookie, started));
    const p9Report = renderP9(p9, {
      command: commandOf('pnpm bench'),
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      user: BENCH_USER,
      rateLimited: config.rateLimit.enabled,
      machine: machineLine(machine, pgVersion),
      data: `${counts.persons.toLocaleString('en')} persons`,
    });
    console.log(`\n${p9Report}`);

    // 5. P3: every kind × role against bare, same server, same run.
    const p3 = await measureP3({
      url,
      bodies,
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      maxRequests: MAX_REQUESTS,
      dataDir: config.databaseUrl ? undefined : dataDir,
      log,
      sendOnce,
    });
    const p3Report = renderP3(p3, {
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      roles: users.map((u) => `${u.role} \`${u.username}\` (${u.prefix})`).join(', '),
    });
    const report = renderReport({
      p3Report,
      pgErrors,
      machine,
      pgVersion,
      counts,
      seeding,
      p4,
      baseMin,
      p4Pass,
      sampleTexts,
      wrapped: wrapped.length,
      elapsed: (Date.now() - t0) / 1000,
    });
    console.log(`\n${report}`);
    if (env.BENCH_NO_WRITE !== '1') {
      writeDoc(report);
      writeDoc(p9Report, P9_MARKERS);
      log(`results written to ${path.relative(process.cwd(), DOC)}`);
    }
    return p3.pass && p4Pass && p9.pass ? 0 : 1;
  } finally {
    await owner?.end().catch(() => {});
    await started.close();
    if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function machineLine(m: { nproc: number; memGiB: string; cpu: string; node: string }, pgVersion: string): string {
  return `${m.nproc} CPUs (${m.cpu}), ${m.memGiB} GiB RAM; Node ${m.node}; PostgreSQL ${pgVersion} (server, load generator and database on the same machine)`;
}

/** `pnpm bench p9`: P9 alone on the base demo data (no 1M top-up); written to the P9 section of docs/benchmarks.md. */
async function p9Main(): Promise<number> {
  const { config, dataDir, temporary } = await benchConfig();
  const machine = {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
  };
  log(`P9 only; data dir ${dataDir}${temporary ? ' (temporary)' : ''}`);
  const started = await startServer(config, (m) => (/ERROR|FATAL|PANIC/.test(m) ? undefined : log(m)));
  let owner: Client | undefined;
  try {
    owner = await ownerClient(started.db.ownerUrl);
    const pgVersion = (await owner.query(`show server_version`)).rows[0].server_version as string;
    const persons = Number((await owner.query(`select count(*) as n from person`)).rows[0].n);
    const cookie = await sessionCookie(started, BENCH_USER);
    const url = started.url.replace('localhost', '127.0.0.1');
    await gql(url, cookie, TRIVIAL_QUERY);
    const p9 = await measureP9(p9Options(url, cookie, started));
    const report = renderP9(p9, {
      command: commandOf('pnpm bench p9'),
      connections: CONNECTIONS,
      seconds: SECONDS,
      rounds: ROUNDS,
      user: BENCH_USER,
      rateLimited: config.rateLimit.enabled,
      machine: machineLine(machine, pgVersion),
      data: `${persons.toLocaleString('en')} persons (base demo data; P9 does not read the ledger)`,
    });
    console.log(`\n${report}`);
    if (env.BENCH_NO_WRITE !== '1') {
      writeDoc(report, P9_MARKERS);
      log(`P9 written to ${path.relative(process.cwd(), DOC)}`);
    }
    return p9.pass ? 0 : 1;
  } finally {
    await owner?.end().catch(() => {});
    await started.close();
    if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Logs in through the real `login` mutation (as the console does) and returns the session cookie. */
async function loginCookie(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-xiejiu-csrf': '1' },
    body: JSON.stringify({
      query: 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await res.json()) as { errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`login ${username}: ${body.errors.map((e) => e.message).join('; ')}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  return cookie.split(';')[0];
}

/** `pnpm bench lighthouse`: P7 in the browser on the demo data; written to the P7 section of docs/benchmarks.md. */
async function lighthouseMain(): Promise<number> {
  const { config, dataDir, temporary } = await benchConfig();
  log(`Lighthouse; data dir ${dataDir}${temporary ? ' (temporary)' : ''}; load ${loadavg()}`);
  const started = await startServer(config, (m) => (/ERROR|FATAL|PANIC/.test(m) ? undefined : log(m)));
  try {
    const url = started.url.replace('localhost', '127.0.0.1');
    const runs = Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3);
    const load = loadavg();
    const result = await measureLighthouse({
      url,
      runs,
      login: (u) => loginCookie(url, u, config.demoPassword),
      log,
      consoleDist: config.consoleDist,
      portalDist: config.portalDist,
    });
    const cpus = os.availableParallelism?.() ?? os.cpus().length;
    const report = renderLighthouse(result, {
      command: commandOf(env.BENCH_ONLY === 'lighthouse' || process.argv[2] === 'lighthouse' ? 'pnpm bench lighthouse' : 'pnpm bench'),
      machine: `${cpus} CPUs (${os.cpus()[0]?.model ?? 'unknown'}); Node ${process.version}; server on the same machine, demo data; load average at start ${load}`,
      runs,
    });
    console.log(`\n${report}`);
    if (env.BENCH_NO_WRITE !== '1') {
      writeDoc(report, LIGHTHOUSE_MARKERS);
      log(`Lighthouse written to ${path.relative(process.cwd(), DOC)}`);
    }
    return result.pass ? 0 : 1;
  } finally {
    await started.close();
    if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * `pnpm bench dashboard`: the 统计看板 over the bench ledger (BENCH_PERSONS, 1M by default; bench/dashboard.ts), with
 * the cross-check run once first when the ledger has no 疑点 yet (so the 疑点 sections read real volumes). Written to
 * the "Dashboards at 1M persons" section of docs/benchmarks.md.
 */
async function dashboardMain(): Promise<number> {
  const t0 = Date.now();
  const { config, dataDir, temporary } = await benchConfig();
  log(`dashboard; data dir ${dataDir}${temporary ? ' (temporary)' : ''}; load ${loadavg()}`);
  const started = await startServer(config, (m) => (/ERROR|FATAL|PANIC/.test(m) ? undefined : log(m)));
  let owner: Client | undefined;
  try {
    owner = await ownerClient(started.db.ownerUrl);
    const pgVersion = (await owner.query(`show server_version`)).rows[0].server_version as string;
    await ensurePersons(started, owner, TARGET_PERSONS, log);
    const findings = Number((await owner.query(`select count(*) as n from finding`)).rows[0].n);
    if (findings < 100) {
      log('running the cross-check once (the 疑点 sections) …');
      const r = await runCrosscheckRules(systemContext(started.orm.em.fork(), started.runtime, 'bench-dashboard'));
      log(`cross-check ${(r.ms / 1000).toFixed(1)} s`);
    }
    const counts = (
      await owner.query(
        `select (select count(*) from person)::int as persons, (select count(*) from household)::int as households,
                (select count(*) from benefit)::int as benefits, (select count(*) from referral)::int as referrals,
                (select count(*) from finding)::int as findings`,
      )
    ).rows[0] as Record<string, number>;
    const areaOf = async (username: string) =>
      (await owner!.query<{ area_code: string }>(`select area_code from app_user where username = $1`, [username])).rows[0].area_code;
    const district = await sessionCookie(started, 'lianxi01');
    const town = await areaOf('zhenzhang01');
    const village = await areaOf('cun01');
    const cases = [
      { label: '联席会议成员 → 区县', cookie: district },
      { label: '联席会议成员 → 镇街', cookie: district, areaCode: town },
      { label: '联席会议成员 → 村（社区）', cookie: district, areaCode: village },
      { label: '镇街分管负责人 → 本镇街', cookie: await sessionCookie(started, 'zhenzhang01') },
      { label: '村（社区）窗口 → 本村', cookie: await sessionCookie(started, 'cun01') },
    ];
    const url = started.url.replace('localhost', '127.0.0.1');
    const runs = Number(env.BENCH_DASHBOARD_RUNS ?? 10);
    const towns = (await owner.query<{ code: string }>(`select code from area where parent_code = $1 order by code`, [`${town.slice(0, 6)}000000`])).rows;
    const users = Number(env.BENCH_DASHBOARD_USERS ?? 10);
    const concurrent = [
      { label: `${users} 联席会议成员 → 区县 (the same area)`, cases: Array.from({ length: users }, () => cases[0]) },
      { label: `联席会议成员 → each of the ${towns.length} 镇街`, cases: towns.map((t) => ({ label: t.code, cookie: district, areaCode: t.code })) },
    ];
    const result = await measureDashboard({ url, cases, runs, concurrent, rounds: 3, log });
    const cpus = os.availableParallelism?.() ?? os.cpus().length;
    const report = renderDashboard(result, {
      command: commandOf('pnpm bench dashboard'),
      machine: `${cpus} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; PostgreSQL ${pgVersion} on the same machine; load average at start ${loadavg()}`,
      data: `${counts.persons.toLocaleString('en')} persons, ${counts.households.toLocaleString('en')} households, ${counts.benefits.toLocaleString('en')} benefits, ${counts.referrals.toLocaleString('en')} referrals, ${counts.findings.toLocaleString('en')} 疑点`,
      runs,
      elapsed: (Date.now() - t0) / 1000,
    });
    console.log(`\n${report}`);
    if (env.BENCH_NO_WRITE !== '1') {
      writeDoc(report, DASHBOARD_MARKERS);
      log(`dashboard written to ${path.relative(process.cwd(), DOC)}`);
    }
    return 0;
  } finally {
    await owner?.end().catch(() => {});
    await started.close();
    if (temporary) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

interface ReportInput {
  p3Report: string;
  pgErrors: number;
  machine: { nproc: number; memGiB: string; cpu: string; node: string; load: string };
  pgVersion: string;
  counts: { persons: number; households: number; tiered: number; benefits: number };
  seeding: { persons: number; seconds: number; rssMiB: number } | null;
  p4: P4Row[];
  baseMin: number;
  p4Pass: boolean;
  sampleTexts: string[];
  wrapped: number;
  elapsed: number;
}

function renderReport(r: ReportInput): string {
  const ok = (b: boolean) => (b ? '**pass**' : '**FAIL**');
  return [
    `### Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${commandOf('pnpm bench')}\` (${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s per phase, alternating, the order reversed every other round; load generator in its own process)`,
    `- Machine: ${r.machine.nproc} CPUs (${r.machine.cpu}), ${r.machine.memGiB} GiB RAM, load average at start ${r.machine.load}; Node ${r.machine.node}; PostgreSQL ${r.pgVersion} (server, load generator and database on the same machine)`,
    `- Data: ${r.counts.persons.toLocaleString('en')} persons, ${r.counts.households.toLocaleString('en')} households (${r.counts.tiered.toLocaleString('en')} with a tier), ${r.counts.benefits.toLocaleString('en')} benefits` +
      (r.seeding
        ? `; generated in this run: ${r.seeding.persons.toLocaleString('en')} persons in ${r.seeding.seconds.toFixed(0)} s`
        : '; reused from BENCH_DATA_DIR'),
    `- Query under test: the console's 家庭台账 list (\`Households\`, page of 20 with members and benefits), as sent by the console`,
    '',
    r.p3Report,
    '',
    ...(r.pgErrors ? [`PostgreSQL logged ${r.pgErrors} errors during the run (e.g. statement timeouts).`, ''] : []),
    `**P4** — SQL statements per list request constant in page size: ${ok(r.p4Pass)}`,
    '',
    '| page size | items returned | statements per request (min–max of 5) | above the auth-only baseline |',
    '|---|---|---|---|',
    ...r.p4.map((p) => `| ${p.pageSize} | ${p.items} | ${p.min}${p.max !== p.min ? `–${p.max}` : ''} | ${p.min - r.baseMin} |`),
    '',
    `Baseline \`{ __typename }\` (session lookup and request setup only): ${r.baseMin} statements. Counted by wrapping ` +
      `\`pg.Client.prototype.query\` (${r.wrapped} copies of node-postgres), so ORM, QueryBuilder, raw SQL, \`begin\`/\`commit\` and \`set_config\` all count.`,
    '',
    '<details><summary>Statements of one page-size-20 request</summary>',
    '',
    '```',
    ...r.sampleTexts,
    '```',
    '</details>',
    '',
    `Total bench time ${r.elapsed.toFixed(0)} s.`,
  ].join('\n');
}

const RESULTS_MARKERS = { start: '<!-- bench:results:start -->', end: '<!-- bench:results:end -->' };
const P9_MARKERS = { start: '<!-- bench:p9:start -->', end: '<!-- bench:p9:end -->' };
const LIGHTHOUSE_MARKERS = { start: '<!-- bench:lighthouse:start -->', end: '<!-- bench:lighthouse:end -->' };
const DASHBOARD_MARKERS = { start: '<!-- bench:dashboard:start -->', end: '<!-- bench:dashboard:end -->' };

/** Replaces the text between the markers in docs/benchmarks.md (appended when missing). */
function writeDoc(section: string, markers = RESULTS_MARKERS): void {
  const { start: START, end: END } = markers;
  let doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  if (!doc.includes(START)) doc += `\n${START}\n${END}\n`;
  const [head, rest] = doc.split(START);
  const tail = rest.split(END)[1] ?? '';
  fs.writeFileSync(DOC, `${head}${START}\n${section}\n${END}${tail}`);
}

/**
 * `pnpm bench` runs Lighthouse (P7), the search bench (P3/P4/P9) and then the import bench (P1/P6, bench/import.ts),
 * each on its own fresh data; `pnpm bench lighthouse|search|import|p9` or BENCH_ONLY=… runs one of them.
 */
async function entry(): Promise<number> {
  const only = process.argv[2] ?? env.BENCH_ONLY ?? 'all';
  if (!['all', 'search', 'import', 'p9', 'lighthouse', 'dashboard'].includes(only)) {
    throw new BenchSetupError(`unknown bench '${only}' (search, import, p9, lighthouse, dashboard, or nothing for all)`);
  }
  if (only === 'p9') return p9Main();
  if (only === 'dashboard') return dashboardMain();
  if (only === 'lighthouse') return lighthouseMain();
  let code = 0;
  if (only === 'all') code = Math.max(code, await lighthouseMain());
  if (only !== 'import') code = Math.max(code, await main());
  if (only !== 'search') code = Math.max(code, await runImportBench());
  return code;
}

entry().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[bench] ${e instanceof BenchSetupError ? e.message : e instanceof Error ? e.stack : String(e)}`);
    process.exit(2);
  },
);
