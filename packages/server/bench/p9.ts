import { runLoadInProcess, runTimedPhase, type TimedPhase } from './load-process';
import { loadavg, summarise, type PhaseStats } from './phase-stats';
import { BASELINE_QUERY, TRIVIAL_QUERY } from './queries';
import type { SessionCache } from '../src/modules/auth/session-cache';

/**
 * P9 — request overhead: an authenticated `{ me { id } }` against a bare, anonymous `{ __typename }`,
 * same server, same run, alternating phases, the load generator in its own process
 * (docs/benchmarks.md, "P9"). The ledger's size does not matter to either request.
 */
export interface P9Options {
  url: string;
  cookie: string;
  connections: number;
  seconds: number;
  rounds: number;
  maxRequests: number;
  log: (m: string) => void;
  /** The server's session cache, to report whether it stayed listening through the run. */
  cache: SessionCache | null;
}

export interface P9Phase extends PhaseStats {
  /** CPU time of this (the server's) process per request, µs: robust against other work on the machine. */
  cpuUsPerRequest: number;
}

export interface P9Result {
  bare: P9Phase;
  me: P9Phase;
  ratio: number;
  pass: boolean;
  loadBefore: string;
  loadAfter: string;
  /** 'off', or whether the cache listened at the end and how often its channel was lost during the run. */
  cache: string;
}

export const P9_BAR = 0.5;

function phase(runs: TimedPhase[]): P9Phase {
  const stats = summarise(runs.map((r) => r.result));
  return { ...stats, cpuUsPerRequest: runs.reduce((s, r) => s + r.cpuUs, 0) / stats.requests };
}

export async function measureP9(o: P9Options): Promise<P9Result> {
  const loadBefore = loadavg();
  const lostBefore = o.cache?.stats().lost ?? 0;
  const bareBody = [{ kind: 'bare', body: JSON.stringify({ query: BASELINE_QUERY }) }];
  const meBody = [{ kind: 'me', body: JSON.stringify({ query: TRIVIAL_QUERY }) }];
  const job = (cookie: string, bodies: typeof bareBody, seconds: number) => ({
    url: o.url,
    cookie,
    bodies,
    connections: o.connections,
    seconds,
    maxRequests: o.maxRequests,
  });
  o.log('P9 warm-up …');
  await runLoadInProcess(job('', bareBody, 3));
  await runLoadInProcess(job(o.cookie, meBody, 3));
  const bare: TimedPhase[] = [];
  const me: TimedPhase[] = [];
  const rps = (r: TimedPhase) => (r.result.requests / (r.result.elapsedMs / 1000)).toFixed(0);
  // Order alternates per round (bare first, then `me` first, …) so that neither request always runs after the other.
  for (let round = 1; round <= o.rounds; round++) {
    if (round % 2) {
      bare.push(await runTimedPhase(job('', bareBody, o.seconds)));
      me.push(await runTimedPhase(job(o.cookie, meBody, o.seconds)));
    } else {
      me.push(await runTimedPhase(job(o.cookie, meBody, o.seconds)));
      bare.push(await runTimedPhase(job('', bareBody, o.seconds)));
    }
    o.log(`P9 round ${round}: bare ${rps(bare.at(-1)!)} rps, me ${rps(me.at(-1)!)} rps`);
  }
  const b = phase(bare);
  const m = phase(me);
  const ratio = m.rps / b.rps;
  for (const s of [...b.errorSamples, ...m.errorSamples]) o.log(`P9 error sample: ${s}`);
  const st = o.cache?.stats();
  const cache = st
    ? `on (${st.listening ? 'listening' : 'NOT listening'} at the end; channel lost ${st.lost - lostBefore} times during the run)`
    : 'off (SESSION_CACHE=off)';
  return { bare: b, me: m, ratio, pass: ratio >= P9_BAR && b.errors === 0 && m.errors === 0, loadBefore, loadAfter: loadavg(), cache };
}

export function renderP9(
  r: P9Result,
  o: { command: string; connections: number; seconds: number; rounds: number; user: string; machine: string; data: string; rateLimited: boolean },
): string {
  const ms = (x: number) => x.toFixed(1);
  const row = (name: string, s: P9Phase) =>
    `| ${name} | ${s.requests} | ${s.errors} | ${s.rps.toFixed(0)} (${s.rpsPerRound.map((x) => x.toFixed(0)).join(' / ')}) | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.cpuUsPerRequest.toFixed(0)} |`;
  return [
    `### P9 run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${o.command}\` (${o.connections} connections, ${o.rounds} rounds × ${o.seconds} s per request, alternating, which goes first switching every round, after 3 s of warm-up each; load generator in its own process)`,
    `- Machine: ${o.machine}; load average ${r.loadBefore} before, ${r.loadAfter} after`,
    `- Session cache: ${r.cache}`,
    `- Data: ${o.data}; \`me\` as \`${o.user}\` with a session cookie; \`__typename\` without one (anonymous${o.rateLimited ? ', through the per-address rate limit as deployed' : '; request limits off'})`,
    '',
    `**P9** — authenticated \`{ me { id } }\` ≥ ${P9_BAR * 100}% of bare \`{ __typename }\` rps, 0 errors: ${r.pass ? '**pass**' : '**FAIL**'} — **${(100 * r.ratio).toFixed(1)}%**`,
    '',
    '| request | requests | errors | rps median (per round) | p50 ms | p95 ms | p99 ms | server CPU µs per request |',
    '|---|---|---|---|---|---|---|---|',
    row('bare `{ __typename }` (anonymous)', r.bare),
    row('authenticated `{ me { id } }`', r.me),
    '',
    `Per round, \`me\` / bare rps: ${r.me.rpsPerRound.map((m, i) => `${((100 * m) / r.bare.rpsPerRound[i]).toFixed(0)}%`).join(' · ')}. ` +
      `Server CPU per request (this process only, PostgreSQL not included), bare / \`me\`: **${((100 * r.bare.cpuUsPerRequest) / r.me.cpuUsPerRequest).toFixed(0)}%** — ` +
      'the share of bare throughput `me` would reach if the server process alone were the bottleneck; it moves far less with other work on the machine than rps do.',
  ].join('\n');
}
