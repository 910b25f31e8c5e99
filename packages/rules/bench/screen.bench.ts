/**
 * P5 (docs/benchmarks.md, "Quality bars"): evaluate every program, with explanations, for 100,000 households on one core
 * in ≤ 5 s. Run: `pnpm --filter @xiejiu/rules bench` (BENCH_HOUSEHOLDS, BENCH_ROUNDS to change).
 *
 * Households (bench/households.ts, seeded PRNG) are generated before timing. Each round screens all of
 * them with every applicable program of the seed catalogue, building the full trace of every program
 * (every condition node, derivation lines, amounts, exclusions). Trace text is rendered when read, so a
 * second measure renders every line of 10,000 households to show what displaying them costs.
 * The worker runs with V8's --single-threaded (no GC/compiler helper threads); CPU time is reported
 * next to wall time because the benchmark machines are shared.
 */
import { bench, describe } from 'vitest';
import { SEED_COMPILED } from '../src/catalogue';
import { evaluatePrograms, type Outcome, type ProgramResult } from '../src/engine';
import { generateHouseholds } from './households';

declare const process: {
  env: Record<string, string | undefined>;
  execArgv: string[];
  version: string;
  cpuUsage(prev?: { user: number; system: number }): { user: number; system: number };
};
declare const console: { log(...a: unknown[]): void };
declare const performance: { now(): number };

const N = Number(process.env.BENCH_HOUSEHOLDS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RENDER_SAMPLE = Math.min(N, 10_000);
const households = generateHouseholds(N);
const programs = SEED_COMPILED.order.length;
const wall: number[] = [];
const cpu: number[] = [];
let lines = 0;
const outcomes: Record<Outcome, number> = { ELIGIBLE: 0, INELIGIBLE: 0, INSUFFICIENT: 0, EXCLUDED: 0 };

function round(): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  for (let i = 0; i < households.length; i++) {
    const rs = evaluatePrograms(households[i], SEED_COMPILED);
    for (let j = 0; j < rs.length; j++) n += rs[j].trace.length;
    if (!wall.length) for (const r of rs) outcomes[r.outcome]++;
  }
  wall.push((performance.now() - t0) / 1000);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1e6);
  lines = n;
}

/** Evaluates and renders every trace line's text for the first RENDER_SAMPLE households. */
function renderSample(): { evalOnly: number; withText: number; chars: number } {
  const sample = households.slice(0, RENDER_SAMPLE);
  let c0 = process.cpuUsage();
  for (const h of sample) evaluatePrograms(h, SEED_COMPILED);
  let c = process.cpuUsage(c0);
  const evalOnly = (c.user + c.system) / 1e6;
  let chars = 0;
  c0 = process.cpuUsage();
  for (const h of sample) {
    const rs: ProgramResult[] = evaluatePrograms(h, SEED_COMPILED);
    for (const r of rs) for (const t of r.trace) chars += t.text.length;
  }
  c = process.cpuUsage(c0);
  return { evalOnly, withText: (c.user + c.system) / 1e6, chars };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const us = (s: number, n: number) => ((s / n) * 1e6).toFixed(1);

describe('P5 screening', () => {
  bench(`screen ${N.toLocaleString('en')} households × ${programs} programs (traces on)`, round, {
    iterations: ROUNDS,
    time: 0,
    warmupIterations: 1,
    warmupTime: 0,
    teardown: () => {
      if (wall.length < ROUNDS) return;
      const r = renderSample();
      const w = median(wall);
      const c = median(cpu);
      console.log(
        [
          '',
          `P5 screening — ${N} households × ${programs} programs, full traces, 1 thread (node ${process.version} ${process.execArgv.filter((a) => a.startsWith('--single')).join(' ') || '(multi-threaded GC!)'})`,
          `  wall s per round: ${wall.map((s) => s.toFixed(2)).join(' ')}  → median ${w.toFixed(2)} s`,
          `  CPU  s per round: ${cpu.map((s) => s.toFixed(2)).join(' ')}  → median ${c.toFixed(2)} s (${us(c, N)} µs per household)`,
          `  P5 bar ≤ 5 s per 100,000 households: ${c * (100_000 / N) <= 5 ? 'PASS' : 'FAIL'} (CPU ${(c * (100_000 / N)).toFixed(2)} s per 100,000)`,
          `  trace lines per round: ${lines} (${(lines / N).toFixed(0)} per household); outcomes: ${JSON.stringify(outcomes)}`,
          `  rendering all trace text, ${RENDER_SAMPLE} households: ${us(r.withText, RENDER_SAMPLE)} µs per household vs ${us(r.evalOnly, RENDER_SAMPLE)} µs unrendered (${(r.chars / RENDER_SAMPLE).toFixed(0)} characters per household)`,
        ].join('\n'),
      );
    },
  });
});
