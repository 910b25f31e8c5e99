import { pgCopies } from './statements';

/**
 * Wall time per SQL statement sent by this process while `recording` (import bench, bench/import.ts):
 * every copy of node-postgres' `Client.prototype.query` is wrapped — callbacks, promises and COPY streams
 * (timed to their end). Statements are keyed by their first 90 characters, white space collapsed.
 */
export interface StatementTime {
  text: string;
  count: number;
  ms: number;
}

const times = new Map<string, StatementTime>();
let recording = false;
let installed = false;
let onPlan: ((plan: string) => void) | null = null;

/** Receives the plans auto_explain sends as notices (diagnosis, BENCH_EXPLAIN_MS). */
export function onExplainedPlan(fn: (plan: string) => void): void {
  onPlan = fn;
  installStatementTimer();
}

function add(text: string, ms: number): void {
  const t = times.get(text) ?? { text, count: 0, ms: 0 };
  t.count++;
  t.ms += ms;
  times.set(text, t);
}

export function installStatementTimer(): void {
  if (installed) return;
  installed = true;
  const seen = new Set<unknown>();
  for (const file of pgCopies()) {
    const pg = require(file);
    const proto = pg.Client.prototype;
    if (seen.has(proto)) continue;
    seen.add(proto);
    const original = proto.query;
    proto.query = function timedQuery(this: unknown, config: unknown, ...rest: unknown[]) {
      if (onPlan && !(this as { __planHooked?: boolean }).__planHooked) {
        // auto_explain at log_level notice (BENCH_EXPLAIN_MS): plans arrive as notices on the connection.
        (this as { __planHooked?: boolean }).__planHooked = true;
        (this as NodeJS.EventEmitter).on('notice', (m: { message?: string }) => {
          if (m.message?.startsWith('duration:')) onPlan?.(m.message);
        });
      }
      if (!recording) return original.call(this, config, ...rest);
      const raw = typeof config === 'string' ? config : ((config as { text?: string } | null)?.text ?? '(COPY stream)');
      const text = raw.replace(/\s+/g, ' ').trim().slice(0, 90);
      const started = performance.now();
      const done = () => add(text, performance.now() - started);
      const last = rest.length ? rest[rest.length - 1] : undefined;
      if (typeof last === 'function') {
        rest[rest.length - 1] = function (this: unknown, ...args: unknown[]) {
          done();
          return (last as (...a: unknown[]) => unknown).apply(this, args);
        };
        return original.call(this, config, ...rest);
      }
      const result = original.call(this, config, ...rest);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(done, done);
      } else if (result && typeof (result as { once?: unknown }).once === 'function') {
        const s = result as NodeJS.EventEmitter;
        let ended = false;
        const end = () => {
          if (!ended) {
            ended = true;
            done();
          }
        };
        s.once('finish', end);
        s.once('end', end);
        s.once('error', end);
      }
      return result;
    };
  }
}

/** Records statement times while `fn` runs; returns them, slowest first. */
export async function recordStatementTimes<T>(fn: () => Promise<T>): Promise<{ value: T; statements: StatementTime[] }> {
  installStatementTimer();
  times.clear();
  recording = true;
  try {
    const value = await fn();
    return { value, statements: [...times.values()].sort((a, b) => b.ms - a.ms) };
  } finally {
    recording = false;
  }
}
