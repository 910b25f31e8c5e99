import fs from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { seedDemo } from '../src/seed/demo';
import { seedDemoHouseholds } from '../src/seed/households/demo';
import { seedDemoWorkflow } from '../src/seed/workflow-demo';
import { EXPORT_DIRECT_MAX } from '../src/modules/exports/lists';
import { ownerQuery, resetDatabase, TestApp } from './harness';

/**
 * Quality bar P8: no request holds the event loop more than ~50 ms — `/health` answers in < 200 ms while
 * the heaviest request of each kind runs. The real server listens on a port and is driven over HTTP;
 * the background jobs run in the same process (the default, embedded single-process mode), so their CPU
 * work shares the event loop with `/health` exactly as in production. Ledger: 2,000 demo households.
 *
 * Two measurements per kind:
 * - **CPU held by the event-loop thread between two turns of the loop** (read from Linux's per-thread CPU
 *   counters, 10 ms resolution): must stay under 100 ms — the bar's ~50 ms plus the counters' resolution; the
 *   garbage collector's pauses inside the gap (PerformanceObserver 'gc') are subtracted and printed. This does
 *   not depend on how busy the machine is.
 * - **`/health` latency over HTTP**: 95% of the samples under 200 ms and none over 1 s. The machine is shared
 *   (2 cores, loads of 10–20 during test runs) and the scheduler alone then delays an *idle* server by up to
 *   ~300 ms now and then — a reference sampled for a second with nothing running is printed beside each
 *   result — so the single worst sample is not a measure of our code; the CPU measure above is.
 * Work that holds the loop — the old synchronous simulation (14 s), pdfkit (≈ 0.1–0.5 s per receipt) or
 * exceljs (0.3–0.6 s per chunk) on the main thread — fails both.
 */
/** Households in the district: EXPORT_DIRECT_MAX, the largest filter still downloaded directly. */
const HOUSEHOLDS = EXPORT_DIRECT_MAX;
const LIMIT_MS = 200;
const HELD_CPU_LIMIT_MS = 100;
let t: TestApp;
let base: string;
const cookies: Record<string, string> = {};

async function gql(user: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies[user] },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function get(user: string, url: string): Promise<{ status: number; bytes: number; type: string | null }> {
  const res = await fetch(`${base}${url}`, { headers: { cookie: cookies[user] } });
  const bytes = (await res.arrayBuffer()).byteLength;
  return { status: res.status, bytes, type: res.headers.get('content-type') };
}

/**
 * Runs `work` while sampling `/health` every 20 ms; returns the sample latencies. `repeat`: a short read runs again
 * until there are P95_SAMPLES (at most 50 times) — with a dozen samples the p95 would be the one worst sample, the
 * machine's noise (a CI run once failed on 238 ms of 12 samples while the loop was held ≤ 40 ms CPU).
 */
async function sampleHealthDuring(work: () => Promise<unknown>, repeat = false): Promise<number[]> {
  let done = false;
  const samples: number[] = [];
  const sampler = (async () => {
    while (!done) {
      const s = performance.now();
      const res = await fetch(`${base}/health`);
      await res.text();
      samples.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    await work();
    for (let i = 1; repeat && samples.length < P95_SAMPLES && i < 50; i++) await work();
  } finally {
    done = true;
    await sampler;
  }
  return samples;
}

/** CPU time (ms) used so far by the calling thread (Linux; null elsewhere). */
function threadCpuMs(): number | null {
  try {
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, in ticks of 10 ms (USER_HZ 100)
  } catch {
    return null;
  }
}

/** `/health` samples a measurement needs to say anything. */
const MIN_SAMPLES = 3;
/** Samples a repeated read gathers, so that its p95 is not simply its single worst sample (floor(40 × 0.95) = 38). */
const P95_SAMPLES = 40;

/**
 * Watches the event loop: the most CPU its thread used between two consecutive turns, less the garbage
 * collector's pauses inside that gap. A major GC of the long-lived test process (hundreds of MB of heap after the
 * suites before) can take 50–100 ms on this machine whatever the request does; it is the runtime's, not a request
 * holding the loop (a CI run once measured 110 ms here, 30 ms alone). Returns the raw and the GC-less maximum.
 */
function watchLoopCpu(): () => { held: number; raw: number; gcMs: number } | null {
  let last = threadCpuMs();
  if (last === null) return () => null;
  let lastAt = performance.now();
  const gaps: { from: number; to: number; cpu: number }[] = [];
  const gcs: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const timer = setInterval(() => {
    const now = threadCpuMs()!;
    const at = performance.now();
    // Gaps under two ticks cannot approach the limit; keep only the rest.
    if (now - last! >= 20) gaps.push({ from: lastAt, to: at, cpu: now - last! });
    last = now;
    lastAt = at;
  }, 2);
  return () => {
    clearInterval(timer);
    for (const e of observer.takeRecords()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
    observer.disconnect();
    let held = 0;
    let raw = 0;
    let gcMs = 0;
    for (const g of gaps) {
      const inGap = gcs.reduce((sum, c) => sum + Math.max(0, Math.min(c.end, g.to) - Math.max(c.start, g.from)), 0);
      raw = Math.max(raw, g.cpu);
      if (g.cpu - inGap > held) {
        held = Math.max(0, g.cpu - inGap);
        gcMs = inGap;
      }
    }
    return { held, raw, gcMs };
  };
}

/** Worst `/health` latency of an idle second, just before a measurement (the machine's own noise). */
async function idleReference(): Promise<number> {
  return Math.max(...(await sampleHealthDuring(() => new Promise((r) => setTimeout(r, 1000)))));
}

async function expectResponsive(kind: string, work: () => Promise<unknown>, opts: { repeat?: boolean } = {}) {
  const reference = await idleReference();
  const stopWatch = watchLoopCpu();
  const samples = await sampleHealthDuring(work, opts.repeat);
  const loop = stopWatch();
  const heldCpu = loop ? loop.held : null;
  const max = Math.max(...samples);
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)];
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
  console.log(
    `[P8] ${kind}: event loop held ≤ ${heldCpu === null ? '?' : Math.round(heldCpu)} ms CPU besides GC (raw ${loop?.raw ?? '?'} ms, GC in that gap ${Math.round(loop?.gcMs ?? 0)} ms); ${samples.length} /health samples: median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms; idle reference max ${reference.toFixed(1)} ms`,
  );
  expect(samples.length).toBeGreaterThanOrEqual(MIN_SAMPLES);
  if (heldCpu !== null) expect(heldCpu).toBeLessThan(HELD_CPU_LIMIT_MS);
  expect(p95).toBeLessThan(LIMIT_MS);
  expect(max).toBeLessThan(1000);
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedDemo(t.orm, t.runtime);
  // The demo cases register their own households; top up to exactly HOUSEHOLDS, the largest direct download.
  await seedDemoWorkflow(t.orm, t.runtime);
  const [{ n }] = await ownerQuery<{ n: number }>(`select count(*)::int as n from household`);
  await seedDemoHouseholds(inject('ownerUrl'), t.orm, t.runtime, { households: HOUSEHOLDS - n, allowExisting: true });
  await ownerQuery(`update app_user set must_change_password = false`);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = t.app.server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
  for (const u of ['minzheng01', 'zhen01', 'lianxi01']) cookies[u] = await t.cookieFor(u);
  // The job runner starts once with the server in production; here each runJobs() starts graphile-worker's
  // runOnce, so load it once before measuring.
  await t.runJobs();
}, 300_000);
afterAll(async () => t?.close());

describe('/health stays responsive while the heaviest request of each kind runs (P8)', () => {
  it('模拟测算: a simulation of the whole district (request + job in this process)', async () => {
    await expectResponsive('simulation', async () => {
      await gql(
        'lianxi01',
        `mutation { startSimulation(changes: [{ parameterCode: "DIBAO.standard.RURAL", value: { number: 90000 } }, { parameterCode: "DIBAO.standard.URBAN", value: { number: 110000 } }]) { id } }`,
      );
      await t.runJobs();
    });
    const [job] = await ownerQuery(`select status, processed from job where kind = 'simulation'`);
    expect(job).toEqual({ status: 'DONE', processed: HOUSEHOLDS });
  });

  it('复核任务: a district reassessment', async () => {
    await expectResponsive('reassessment', async () => {
      await gql('minzheng01', `mutation { startReassessment(programCode: "DIBAO") { id } }`);
      await t.runJobs();
    });
    const [job] = await ownerQuery(`select status, processed from job where kind = 'reassessment'`);
    expect(job).toEqual({ status: 'DONE', processed: HOUSEHOLDS });
  });

  it('救助筛查 over a batch: the parameter preview (households receiving or of a tier, evaluated twice)', async () => {
    await expectResponsive(
      'screening batch',
      async () => {
        const d = await gql(
          'minzheng01',
          `{ previewParameterVersion(programCode: "DIBAO", parameterCode: "DIBAO.standard.RURAL", effectiveFrom: "2099-01-01", value: { number: 90000 }, sampleSize: 100) { poolSize } }`,
        );
        expect(d.previewParameterVersion.poolSize).toBeGreaterThan(50);
      },
      { repeat: true },
    );
  });

  it('受理回执 PDF (pdfkit + fontkit), the first one parsing the fonts', async () => {
    const [app] = await ownerQuery(`select id from application where receipt_no is not null order by accepted_at limit 1`);
    expect(app).toBeDefined();
    await expectResponsive('receipt pdf', async () => {
      for (let i = 0; i < 3; i++) {
        const r = await get('zhen01', `/api/applications/${app.id}/receipt.pdf`);
        expect(r).toMatchObject({ status: 200, type: 'application/pdf' });
      }
    });
  });

  it('台账导出 xlsx: the direct download of the largest allowed filter, and the export job', async () => {
    await expectResponsive('xlsx export', async () => {
      const r = await get('minzheng01', `/files/households.xlsx`);
      expect(r.status).toBe(200);
      expect(r.bytes).toBeGreaterThan(100_000);
      await gql('minzheng01', `mutation { startHouseholdExport { id } }`);
      await t.runJobs();
    });
    const [job] = await ownerQuery(`select status, processed from job where kind = 'ledger-export'`);
    expect(job).toEqual({ status: 'DONE', processed: HOUSEHOLDS });
  });
});
