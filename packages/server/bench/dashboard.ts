import { print } from 'graphql';
import { StatsDashboardDocument } from '../../console/src/gql/graphql';
import { median, pct } from './phase-stats';
import { searchQuery } from './queries';

/**
 * The 统计看板 at the bench ledger's size (`pnpm bench dashboard`, docs/benchmarks.md "Dashboards at 1M persons"):
 * the console's own dashboard query (its generated document) as the joint-meeting member of the district, drilled
 * to a town and a village, as a town leader and as a village window — each alone, sequentially — and then
 * several readers at once: the district's members together (identical reads are shared) and every town at once. The reference, interleaved in the same run, is the first page
 * of the ledger (家庭台账) for the same reader: what the users compare the dashboard with is the other pages.
 */

export const DASHBOARD_QUERY = print(StatsDashboardDocument);

export interface DashboardCase {
  label: string;
  cookie: string;
  areaCode?: string;
}

export interface Timing {
  runs: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

export interface DashboardCaseResult {
  label: string;
  dashboard: Timing;
  ledger: Timing;
  sections: number;
  rows: number;
}

export interface ConcurrentResult {
  label: string;
  users: number;
  rounds: number;
  latency: Timing;
  roundWall: Timing;
  errors: number;
}

export interface DashboardResult {
  cases: DashboardCaseResult[];
  concurrent: ConcurrentResult[];
}

async function timed(url: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<{ ms: number; data: any }> {
  const t = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: Array<{ message: string }> };
  const ms = performance.now() - t;
  if (!res.ok || body.errors?.length) throw new Error(`GraphQL ${res.status}: ${body.errors?.map((e) => e.message).join('; ')}`);
  return { ms, data: body.data };
}

export function timing(ms: number[]): Timing {
  const sorted = Float64Array.from(ms).sort();
  return { runs: ms.length, min: sorted[0], median: median(ms), p95: pct(sorted, 95), max: sorted[sorted.length - 1] };
}

export async function measureDashboard(o: {
  url: string;
  cases: DashboardCase[];
  runs: number;
  /** Sets of requests sent at the same moment, `rounds` times each. */
  concurrent: Array<{ label: string; cases: DashboardCase[] }>;
  rounds: number;
  log: (m: string) => void;
}): Promise<DashboardResult> {
  const ledgerVars = { filter: {}, page: 1, pageSize: 20 };
  const cases: DashboardCaseResult[] = [];
  for (const c of o.cases) {
    const vars = { areaCode: c.areaCode ?? null };
    // Warm: plans, the calendar, the session cache.
    for (let i = 0; i < 2; i++) {
      await timed(o.url, c.cookie, DASHBOARD_QUERY, vars);
      await timed(o.url, c.cookie, searchQuery(), ledgerVars);
    }
    const dash: number[] = [];
    const ledger: number[] = [];
    let sections = 0;
    let rows = 0;
    for (let i = 0; i < o.runs; i++) {
      // Interleaved, the order alternating, so drift on the machine touches both alike.
      const first = i % 2 === 0;
      if (!first) ledger.push((await timed(o.url, c.cookie, searchQuery(), ledgerVars)).ms);
      const d = await timed(o.url, c.cookie, DASHBOARD_QUERY, vars);
      dash.push(d.ms);
      if (first) ledger.push((await timed(o.url, c.cookie, searchQuery(), ledgerVars)).ms);
      const s = d.data.dashboard.sections as Array<{ rows: unknown[] }>;
      sections = s.length;
      rows = s.reduce((n, x) => n + x.rows.length, 0);
    }
    const r = { label: c.label, dashboard: timing(dash), ledger: timing(ledger), sections, rows };
    o.log(
      `dashboard ${c.label}: median ${r.dashboard.median.toFixed(0)} ms, max ${r.dashboard.max.toFixed(0)} ms (ledger page ${r.ledger.median.toFixed(0)} ms)`,
    );
    cases.push(r);
  }
  // Many readers at once: the meeting opening the district's dashboard together (one shared read), and each town's
  // dashboard opened at the same moment (different areas: no sharing, the database does all the work at once).
  const concurrent: ConcurrentResult[] = [];
  for (const set of o.concurrent) {
    const latencies: number[] = [];
    const walls: number[] = [];
    let errors = 0;
    for (let round = 0; round < o.rounds; round++) {
      const t = performance.now();
      const results = await Promise.allSettled(set.cases.map((c) => timed(o.url, c.cookie, DASHBOARD_QUERY, { areaCode: c.areaCode ?? null })));
      walls.push(performance.now() - t);
      for (const r of results) {
        if (r.status === 'fulfilled') latencies.push(r.value.ms);
        else errors++;
      }
    }
    const c = { label: set.label, users: set.cases.length, rounds: o.rounds, latency: timing(latencies), roundWall: timing(walls), errors };
    o.log(`dashboard ${set.label}: median ${c.latency.median.toFixed(0)} ms, max ${c.latency.max.toFixed(0)} ms, errors ${errors}`);
    concurrent.push(c);
  }
  return { cases, concurrent };
}

const ms = (v: number) => `${Math.round(v).toLocaleString('en')}`;

export function renderDashboard(r: DashboardResult, meta: { command: string; machine: string; data: string; runs: number; elapsed: number }): string {
  const p8 = Math.max(...r.concurrent.map((c) => c.latency.max), ...r.cases.map((c) => c.dashboard.max));
  return [
    `### Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${meta.command}\` (${meta.runs} requests per case after 2 warm-ups, interleaved with the reference; then the sets at once, ${r.concurrent[0]?.rounds ?? 0} rounds each)`,
    `- Machine: ${meta.machine}`,
    `- Data: ${meta.data}`,
    `- P8 (every request within 10 s): ${p8 < 10_000 ? '**pass**' : '**FAIL**'} — slowest dashboard request ${ms(p8)} ms`,
    '',
    '| reader → area viewed | sections / rows | dashboard median (ms) | p95 | max | reference: ledger first page median (ms) | dashboard ÷ ledger page |',
    '|---|---|---|---|---|---|---|',
    ...r.cases.map(
      (c) =>
        `| ${c.label} | ${c.sections} / ${c.rows} | ${ms(c.dashboard.median)} | ${ms(c.dashboard.p95)} | ${ms(c.dashboard.max)} | ${ms(c.ledger.median)} | ${(c.dashboard.median / c.ledger.median).toFixed(1)}× |`,
    ),
    '',
    '| at the same moment | requests per round | each request: median (ms) | max | whole round: median (ms) | errors |',
    '|---|---|---|---|---|---|',
    ...r.concurrent.map((c) => `| ${c.label} | ${c.users} | ${ms(c.latency.median)} | ${ms(c.latency.max)} | ${ms(c.roundWall.median)} | ${c.errors} |`),
    '',
    `Bench wall time ${Math.round(meta.elapsed)} s.`,
  ].join('\n');
}
