import type { MikroORM } from '@mikro-orm/postgresql';
import { systemContext, type Runtime } from '../../graphql/request-context';
import { runClockSweep } from './supervision.service';

/** Runs the clock sweep (overdue → 督办 levels) at start and then every `intervalMs` (default hourly). */
export function startClockSweep(orm: MikroORM, runtime: Runtime, onError: (msg: string, e: unknown) => void, intervalMs = 3_600_000): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runClockSweep(systemContext(orm.em, runtime, 'clock-sweep'))
      .catch((e) => onError('clock sweep failed', e))
      .finally(() => { running = null; });
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
