import { performance } from 'node:perf_hooks';
import { labelOf, type LoadJob, type LoadResult } from './load-worker';
import { runLoadInProcess, runTimedPhase, type TimedPhase } from './load-process';
import { SEARCH_KINDS, type MixBody } from './mix';
import { loadavg, median, pct, summarise, type PhaseStats } from './phase-stats';
import { BASELINE_QUERY } from './queries';

/**
 * P3 — household search as users feel it (docs/benchmarks.md, "P3"): every kind of search (full name,
 * bare surname, exact ID, area + tier) as a district, a town and a village user, against a bare,
 * anonymous `{ __typename }` on the same server in the same run; the load generator in its own process.
 * Phases, alternating within each round (the order reversed every other round): bare, the mix (every
 * kind × role, interleaved) and each kind alone (every role). Passes when every kind × role has p99 under
 * the bar both in the mix and in its kind's own phase, no request failed, and the mix reaches its share
 * of bare throughput.
 */
export const P3_P99_MS = 300;
/** Headers every P3 request carries as the console's do in Chromium: answers ≥ 1 KiB come back compressed. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br, zstd' };
export const P3_SHARE = 0.1;

export interface P3Options {
  url: string;
  /** Search bodies of every kind × role (bench/mix.ts `searchBodies`), each with its role's cookie. */
  bodies: MixBody[];
  connections: number;
  seconds: number;
  rounds: number;
  maxRequests: number;
  /** Data dir of the embedded PostgreSQL, to read its CPU time; undefined for an external server. */
  dataDir?: string;
  log: (m: string) => void;
  /** Send each request through the server first, unloaded (used for the "alone" column). */
  sendOnce: (b: MixBody) => Promise<void>;
}

export interface CellStats {
  kind: string;
  role: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface P3Phase extends PhaseStats {
  name: string;
  /** CPU per request, ms: the server process (load generator excluded) and PostgreSQL (null: external). */
  serverCpuMs: number;
  pgCpuMs: number | null;
  cells: CellStats[];
}

export interface P3Result {
  bare: P3Phase;
  mix: P3Phase;
  kinds: P3Phase[];
  /** Unloaded latency per kind × role, ms (one request at a time, median of 5). */
  alone: Map<string, number>;
  ratio: number;
  /** Kind × role cells with p99 at or over the bar (in the mix or in their kind's phase). */
  slow: string[];
  pass: boolean;
  loadBefore: string;
  loadAfter: string;
}

function cellsOf(results: LoadResult[], bodies: MixBody[]): CellStats[] {
  const cells = new Map(bodies.map((b) => [labelOf(b), { kind: b.kind, role: b.role ?? '' }]));
  return [...cells].map(([label, c]) => {
    const all = Float64Array.from(results.flatMap((r) => Array.from(r.byKind[label] ?? [])));
    all.sort();
    return { ...c, n: all.length, p50: pct(all, 50), p95: pct(all, 95), p99: pct(all, 99) };
  });
}

export async function measureP3(o: P3Options): Promise<P3Result> {
  const loadBefore = loadavg();
  const bare: MixBody[] = [{ kind: 'bare', body: JSON.stringify({ query: BASELINE_QUERY }) }];
  const phases: Array<{ name: string; bodies: MixBody[] }> = [
    { name: 'bare', bodies: bare },
    { name: 'mix', bodies: o.bodies },
    ...SEARCH_KINDS.map((k) => ({ name: k, bodies: o.bodies.filter((b) => b.kind === k) })),
  ];
  const job = (bodies: MixBody[], seconds: number): LoadJob => ({
    url: o.url,
    cookie: '',
    bodies,
    connections: o.connections,
    seconds,
    maxRequests: o.maxRequests,
    headers: BROWSER_HEADERS,
  });
  // Unloaded, each kind × role: also warms every prepared statement on some pooled connections.
  const alone = new Map<string, number>();
  for (const label of new Set(o.bodies.map(labelOf))) {
    const times: number[] = [];
    for (const b of o.bodies.filter((x) => labelOf(x) === label).slice(0, 5)) {
      const t = performance.now();
      await o.sendOnce(b);
      times.push(performance.now() - t);
    }
    alone.set(label, median(times));
  }
  o.log('P3 warm-up …');
  await runLoadInProcess(job(bare, 3));
  await runLoadInProcess(job(o.bodies, 5));
  const runs = new Map<string, TimedPhase[]>(phases.map((p) => [p.name, []]));
  const timed = (bodies: MixBody[]) => runTimedPhase(job(bodies, o.seconds), o.dataDir);
  for (let round = 1; round <= o.rounds; round++) {
    const order = round % 2 ? phases : [...phases].reverse();
    const line: string[] = [];
    for (const p of order) {
      const t = await timed(p.bodies);
      runs.get(p.name)!.push(t);
      line.push(`${p.name} ${(t.result.requests / (t.result.elapsedMs / 1000)).toFixed(0)}`);
    }
    o.log(`P3 round ${round} (rps): ${line.join(', ')}`);
  }
  const phase = (p: { name: string; bodies: MixBody[] }): P3Phase => {
    const ts = runs.get(p.name)!;
    const stats = summarise(ts.map((t) => t.result));
    const pg = ts.every((t) => t.pgTicks !== null) ? (ts.reduce((s, t) => s + t.pgTicks!, 0) * 10) / stats.requests : null;
    return {
      ...stats,
      name: p.name,
      serverCpuMs: ts.reduce((s, t) => s + t.cpuUs, 0) / 1000 / stats.requests,
      pgCpuMs: pg,
      cells:
        p.name === 'bare'
          ? []
          : cellsOf(
              ts.map((t) => t.result),
              p.bodies,
            ),
    };
  };
  const [b, m, ...kinds] = phases.map(phase);
  const ratio = m.rps / b.rps;
  const slow = [
    ...m.cells.filter((c) => !(c.p99 < P3_P99_MS)).map((c) => `${c.kind} · ${c.role} (mix)`),
    ...kinds.flatMap((k) => k.cells.filter((c) => !(c.p99 < P3_P99_MS)).map((c) => `${c.kind} · ${c.role} (alone)`)),
  ];
  const errors = [b, m, ...kinds].reduce((s, p) => s + p.errors, 0);
  for (const s of [...new Set([b, m, ...kinds].flatMap((p) => p.errorSamples))].slice(0, 5)) o.log(`P3 error sample: ${s}`);
  return {
    bare: b,
    mix: m,
    kinds,
    alone,
    ratio,
    slow,
    pass: slow.length === 0 && errors === 0 && ratio >= P3_SHARE,
    loadBefore,
    loadAfter: loadavg(),
  };
}

export function renderP3(r: P3Result, o: { connections: number; seconds: number; rounds: number; roles: string }): string {
  const ms = (x: number) => x.toFixed(1);
  const ok = (b: boolean) => (b ? '**pass**' : '**FAIL**');
  const cpu = (p: P3Phase) => `${p.serverCpuMs.toFixed(2)} / ${p.pgCpuMs === null ? '—' : p.pgCpuMs.toFixed(2)}`;
  const row = (name: string, p: P3Phase) =>
    `| ${name} | ${p.requests} | ${p.errors} | ${p.rps.toFixed(0)} (${p.rpsPerRound.map((x) => x.toFixed(0)).join(' / ')}) | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${cpu(p)} |`;
  const bar = (x: number) => (x < P3_P99_MS ? ms(x) : `**${ms(x)}**`);
  const cellRows = (phaseOf: (c: CellStats) => P3Phase) =>
    r.mix.cells
      .slice()
      .sort((a, b) => SEARCH_KINDS.indexOf(a.kind) - SEARCH_KINDS.indexOf(b.kind) || a.role.localeCompare(b.role))
      .map((c) => {
        const own = phaseOf(c).cells.find((x) => x.kind === c.kind && x.role === c.role)!;
        return `| ${c.kind} | ${c.role} | ${ms(r.alone.get(`${c.kind} · ${c.role}`) ?? NaN)} | ${c.n} | ${ms(c.p50)} | ${ms(c.p95)} | ${bar(c.p99)} | ${own.n} | ${ms(own.p50)} | ${bar(own.p99)} |`;
      });
  return [
    `**P3** — every kind × role p99 < ${P3_P99_MS} ms at ${o.connections} connections (in the mix and in its kind's own phase), 0 errors, mix ≥ ${P3_SHARE * 100}% of bare rps: ${ok(r.pass)} — mix **${(100 * r.ratio).toFixed(1)}%** of bare` +
      (r.slow.length ? `; over the bar: ${r.slow.join(', ')}` : ''),
    '',
    `Roles: ${o.roles}. Every request carries the browser's \`accept-encoding: ${BROWSER_HEADERS['accept-encoding']}\` (answers of 1 KiB or more come back compressed, as the console receives them). Load average ${r.loadBefore} before, ${r.loadAfter} after.`,
    '',
    '| phase | requests | errors | rps median (per round) | p50 ms | p95 ms | p99 ms | CPU ms per request: server / PostgreSQL |',
    '|---|---|---|---|---|---|---|---|',
    row('bare `{ __typename }` (anonymous)', r.bare),
    row('search mix (every kind × role, equal shares)', r.mix),
    ...r.kinds.map((k) => row(`${k.name} alone (every role)`, k)),
    '',
    'Per kind × role (ms; "alone" = one request at a time, median of 5, before the load):',
    '',
    '| kind | role | alone | mix: requests | p50 | p95 | p99 | own phase: requests | p50 | p99 |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...cellRows((c) => r.kinds.find((k) => k.name === c.kind)!),
  ].join('\n');
}
