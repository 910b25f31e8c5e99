import { fork } from 'node:child_process';
import path from 'node:path';
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
