import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { seedDemo } from '../src/seed/demo';
import { seedDemoHouseholds } from '../src/seed/households/demo';
import { seedDemoWorkflow } from '../src/seed/workflow-demo';
import { ownerQuery, resetDatabase, TestApp } from './harness';

/**
 * Quality bar P8: no request holds the event loop more than ~50 ms — `/health` answers in < 200 ms while
 * the heaviest request of each kind runs. The real server listens on a port and is driven over HTTP;
 * the background jobs run in the same process (the default, embedded single-process mode), so their CPU
 * work shares the event loop with `/health` exactly as in production. Ledger: 2,000 demo households.
 *
 * The machine is shared (2 cores, often a load of 10+): the scheduler alone can delay an idle server by
 * tens of milliseconds. So each kind is measured side by side with a reference taken just before it —
 * `/health` sampled for a second with nothing running — and the bound is 200 ms above that reference's
 * worst sample (on a quiet machine the reference is a few ms, so the bound is ~200 ms). Work that holds
 * the loop (a synchronous simulation, pdfkit or exceljs on the main thread: 0.3–14 s) fails either way.
 */
const HOUSEHOLDS = 2000;
const LIMIT_MS = 200;
let t: TestApp;
let base: string;
const cookies: Record<string, string> = {};

async function gql(user: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies[user] }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function get(user: string, url: string): Promise<{ status: number; bytes: number; type: string | null }> {
  const res = await fetch(`${base}${url}`, { headers: { cookie: cookies[user] } });
  const bytes = (await res.arrayBuffer()).byteLength;
  return { status: res.status, bytes, type: res.headers.get('content-type') };
}

/** Runs `work` while sampling `/health` every 20 ms; returns the sample latencies. */
async function sampleHealthDuring(work: () => Promise<unknown>): Promise<number[]> {
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
  } finally {
    done = true;
    await sampler;
  }
  return samples;
}

/** Worst `/health` latency of an idle second, just before a measurement (the machine's own noise). */
async function idleReference(): Promise<number> {
  return Math.max(...(await sampleHealthDuring(() => new Promise((r) => setTimeout(r, 1000)))));
}

async function expectResponsive(kind: string, work: () => Promise<unknown>) {
  const reference = await idleReference();
  const samples = await sampleHealthDuring(work);
  const max = Math.max(...samples);
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)];
  console.log(`[P8] ${kind}: ${samples.length} /health samples during the work: median ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms; idle reference max ${reference.toFixed(1)} ms`);
  expect(samples.length).toBeGreaterThanOrEqual(3);
  expect(max).toBeLessThan(LIMIT_MS + reference);
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedDemo(t.orm, t.runtime);
  await seedDemoHouseholds(inject('ownerUrl'), t.orm, t.runtime, { households: HOUSEHOLDS });
  await seedDemoWorkflow(t.orm, t.runtime);
  await ownerQuery(`update app_user set must_change_password = false`);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = t.app.server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
  for (const u of ['minzheng01', 'zhen01', 'lianxi01']) cookies[u] = await t.cookieFor(u);
}, 300_000);
afterAll(async () => t?.close());

describe('/health stays responsive while the heaviest request of each kind runs (P8)', () => {
  it('模拟测算: a simulation of the whole district (request + job in this process)', async () => {
    await expectResponsive('simulation', async () => {
      await gql('lianxi01', `mutation { startSimulation(changes: [{ parameterCode: "DIBAO.standard.RURAL", value: 90000 }, { parameterCode: "DIBAO.standard.URBAN", value: 110000 }]) { id } }`);
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
    await expectResponsive('screening batch', async () => {
      const d = await gql('minzheng01', `{ previewParameterVersion(programCode: "DIBAO", parameterCode: "DIBAO.standard.RURAL", effectiveFrom: "2099-01-01", value: 90000, sampleSize: 100) { poolSize } }`);
      expect(d.previewParameterVersion.poolSize).toBeGreaterThan(50);
    });
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
