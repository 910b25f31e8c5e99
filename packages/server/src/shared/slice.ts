import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/**
 * CPU work in slices (quality bar P8 in docs/benchmarks.md: nothing holds the event loop more than ~50 ms): runs `fn` over
 * `items` and yields to the event loop whenever the current slice has run `budgetMs`, so `/health`
 * and other requests are answered in between. For the rules engine over many households (screening
 * samples, reassessment, simulation), where one item takes well under a millisecond.
 */
export const SLICE_BUDGET_MS = 10;

export async function mapSliced<T, R>(items: readonly T[], fn: (item: T, index: number) => R, budgetMs = SLICE_BUDGET_MS): Promise<R[]> {
  const out = new Array<R>(items.length);
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i], i);
    if (performance.now() - start > budgetMs) {
      await yieldToLoop();
      start = performance.now();
    }
  }
  return out;
}

export async function forEachSliced<T>(items: readonly T[], fn: (item: T, index: number) => void, budgetMs = SLICE_BUDGET_MS): Promise<void> {
  await mapSliced(items, fn, budgetMs);
}
