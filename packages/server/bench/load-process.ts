import { fork } from 'node:child_process';
import path from 'node:path';
import { pgTicks } from './cpu';
import type { LoadJob, LoadResult } from './load-worker';

/**
 * Runs one load phase in a child process of its own (bench/load-worker.ts): the load generator shares
 * neither the server's event loop nor its heap, only the machine's CPUs.
 */
export function runLoadInProcess(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-worker.ts'), [], {
      execArgv: ['-r', path.join(__dirname, '..', 'src', 'register.js')],
      env: { ...process.env, XJ_LOAD_CHILD: '1' },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    child.once('message', (m: { ok: boolean; result?: LoadResult; error?: string }) => {
      settled = true;
      if (m.ok) resolve(m.result!);
      else reject(new Error(m.error));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load generator exited with code ${code} before reporting`));
    });
    child.send(job);
  });
}

/** One phase's results with the CPU time spent meanwhile by this process (the server) and, given its data dir, the embedded PostgreSQL. */
export interface TimedPhase {
  result: LoadResult;
  cpuUs: number;
  /** CPU ticks (1/100 s) of PostgreSQL; null without a data dir (an external server). */
  pgTicks: number | null;
}

export async function runTimedPhase(job: LoadJob, dataDir?: string): Promise<TimedPhase> {
  const c0 = process.cpuUsage();
  const g0 = dataDir ? pgTicks(dataDir) : null;
  const result = await runLoadInProcess(job);
  const c = process.cpuUsage(c0);
  const g1 = dataDir ? pgTicks(dataDir) : null;
  return { result, cpuUs: c.user + c.system, pgTicks: g0 === null || g1 === null ? null : g1 - g0 };
}
