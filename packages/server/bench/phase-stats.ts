import os from 'node:os';
import type { LoadResult } from './load-worker';

/** The machine's load averages (1, 5, 15 min) as reported next to a phase's figures. */
export const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** The summary of one load phase (its rounds): counts, rps per round and their median, latency percentiles. */
export interface PhaseStats {
  requests: number;
  errors: number;
  errorSamples: string[];
  rpsPerRound: number[];
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Percentile `p` of an ascending array. */
export const pct = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One phase from the load generator's results of its rounds. */
export function summarise(results: LoadResult[]): PhaseStats {
  const all = new Float64Array(results.reduce((s, r) => s + r.latenciesMs.length, 0));
  let o = 0;
  for (const r of results) {
    all.set(r.latenciesMs, o);
    o += r.latenciesMs.length;
  }
  all.sort();
  const rpsPerRound = results.map((r) => r.requests / (r.elapsedMs / 1000));
  return {
    requests: results.reduce((s, r) => s + r.requests, 0),
    errors: results.reduce((s, r) => s + r.errors, 0),
    errorSamples: results.flatMap((r) => r.errorSamples).slice(0, 5),
    rpsPerRound,
    rps: median(rpsPerRound),
    p50: pct(all, 50),
    p95: pct(all, 95),
    p99: pct(all, 99),
  };
}
