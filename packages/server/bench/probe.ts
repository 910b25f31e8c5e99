import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { pgTicks, threadTicks } from './cpu';
import { pct } from './phase-stats';
import type { LoadJob, LoadResult } from './load-worker';
import { benchUsers, searchBodies, SEARCH_KINDS, type MixBody } from './mix';
import { BASELINE_QUERY, searchQuery } from './queries';
import { startOnDataDir } from './bench-env';

/**
 * Development probe (not part of `pnpm bench`): load phases per kind of search request against
 * an existing bench data dir, to see which kind dominates the tail and to A/B a change quickly.
 *
 *   BENCH_DATA_DIR=/tmp/xjbench node -r ./src/register.js bench/probe.ts
 *   PROBE_PHASES="bare,mix,full name,bare surname,exact ID,area + tier"  PROBE_SECONDS=10  PROBE_REPEAT=1
 *   PROBE_ACCEPT_ENCODING="gzip, deflate, br, zstd" (as a browser sends it)  PROBE_ROLES=district,town,village  BENCH_CONNECTIONS=50  BENCH_USER=minzheng01 (the district user)  DB_POOL_MAX=20
 *   PROBE_DATABASE_URL    owner URL of an already running server holding the bench data (else the data dir's
 *                         embedded PostgreSQL is started, like `pnpm bench` does)
 * Prints rps, p50/p95/p99, errors and CPU ms per request: the server's main thread, this process's other
 * threads (load generator, GC helpers) and this data dir's PostgreSQL processes — steadier than rps when
 * other work shares the machine.
 * Same requests as bench/run.ts (bench/mix.ts): `bare` is an anonymous `{ __typename }`.
 */
const env = process.env;
const SECONDS = Number(env.PROBE_SECONDS ?? 10);
const REPEAT = Number(env.PROBE_REPEAT ?? 1);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50);
const PHASES = (env.PROBE_PHASES ?? ['bare', 'mix', ...SEARCH_KINDS].join(',')).split(',').map((s) => s.trim());
const ROLES = (env.PROBE_ROLES ?? 'district,town,village').split(',').map((s) => s.trim());

function runLoadInWorker(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(path.join(__dirname, 'load-worker.ts'), { workerData: job });
    w.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => (m.ok ? resolve(m.result!) : reject(new Error(m.error))));
    w.once('error', reject);
  });
}

/** CPU ticks (1/100 s) of: this process's main thread, its other threads, and the data dir's PostgreSQL. */
function cpuTicks(): { main: number; other: number; pg: number } {
  return { ...threadTicks(), pg: pgTicks(path.resolve(env.BENCH_DATA_DIR!)) ?? 0 };
}

/** Percentile of an unsorted array. */
const pctOf = (xs: Float64Array, p: number) => pct(Float64Array.from(xs).sort(), p);

async function main(): Promise<void> {
  if (!env.BENCH_DATA_DIR) throw new Error('BENCH_DATA_DIR (an existing bench data dir) is required');
  const { started, owner, url } = await startOnDataDir(env.BENCH_DATA_DIR, {
    env: env.GRAPHQL_JIT ? { GRAPHQL_JIT: env.GRAPHQL_JIT } : {},
    overrides: { databaseUrl: env.PROBE_DATABASE_URL || undefined, ...(env.DB_POOL_MAX ? { dbPoolMax: Number(env.DB_POOL_MAX) } : {}) },
  });
  try {
    const users = (await benchUsers(started, owner)).filter((u) => ROLES.includes(u.role));
    const query = searchQuery();
    const mix = await searchBodies(owner, started.runtime.fieldCrypto, query, users);
    const bare = [{ kind: 'bare', body: JSON.stringify({ query: BASELINE_QUERY }) }];
    const bodiesOf = (phase: string) => (phase === 'bare' ? bare : phase === 'mix' ? mix : mix.filter((b) => b.kind === phase));
    const headers = env.PROBE_ACCEPT_ENCODING ? { 'accept-encoding': env.PROBE_ACCEPT_ENCODING } : undefined;
    const job = (bodies: MixBody[], seconds: number): LoadJob => ({
      url,
      cookie: '',
      bodies,
      connections: CONNECTIONS,
      seconds,
      maxRequests: 500_000,
      headers,
    });
    await runLoadInWorker(job(bare, 2));
    await runLoadInWorker(job(mix, 3));
    for (let r = 0; r < REPEAT; r++) {
      for (const phase of PHASES) {
        const c0 = cpuTicks();
        const u0 = process.cpuUsage();
        const res = await runLoadInWorker(job(bodiesOf(phase), SECONDS));
        const u = process.cpuUsage(u0);
        const c1 = cpuTicks();
        const per = (k: 'main' | 'other' | 'pg') => (((c1[k] - c0[k]) * 10) / res.requests).toFixed(2);
        const rps = res.requests / (res.elapsedMs / 1000);
        const line = [
          `${phase.padEnd(15)} rps ${rps.toFixed(0).padStart(4)}`,
          `p50 ${pctOf(res.latenciesMs, 50).toFixed(0)}`,
          `p95 ${pctOf(res.latenciesMs, 95).toFixed(0)}`,
          `p99 ${pctOf(res.latenciesMs, 99).toFixed(0)}`,
          `err ${res.errors}`,
          `cpu ms/req: node ${per('main')} other ${per('other')} pg ${per('pg')}`,
          `(process user ${(u.user / 1000 / res.requests).toFixed(2)} sys ${(u.system / 1000 / res.requests).toFixed(2)})`,
          `load ${os.loadavg()[0].toFixed(1)}`,
        ];
        if (phase !== 'bare') {
          for (const [k, xs] of Object.entries(res.byKind))
            line.push(`\n    ${k.padEnd(24)} n ${xs.length} p50 ${pctOf(xs, 50).toFixed(0)} p99 ${pctOf(xs, 99).toFixed(0)}`);
        }
        if (res.errorSamples.length) line.push(`\n    ${res.errorSamples[0]}`);
        console.log(line.join('  '));
      }
    }
  } finally {
    await owner.end();
    await started.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
