import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * CPU-heavy work on its own thread (quality bar P8 in docs/benchmarks.md: nothing holds the event loop more than ~50 ms):
 * a persistent worker thread that loads one module (TypeScript, through SWC as the server does) and runs
 * its exported functions on request. Arguments and results are structured-cloned (Buffers arrive as
 * Uint8Array). Calls queue in the thread in order; state kept by the module (parsed fonts, open
 * workbooks) lives as long as the thread. An idle thread does not keep the process alive (a call in flight
 * does); if it dies, the
 * calls in flight fail and the next call starts a new one.
 */
export class ModuleWorker {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(private readonly modulePath: string) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(path.join(__dirname, 'module-worker.entry.js'), { workerData: { module: this.modulePath } });
    w.on('message', (m: { id: number; result?: unknown; error?: { name?: string; message?: string; code?: string } }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) w.unref();
      if (m.error) p.reject(Object.assign(new Error(m.error.message ?? 'worker error'), { name: m.error.name ?? 'Error', code: m.error.code }));
      else p.resolve(m.result);
    });
    const fail = (e: Error) => {
      this.worker = null;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`worker thread exited (${code})`)));
    // After the listeners: adding a 'message' listener refs the worker again.
    w.unref();
    this.worker = w;
    return w;
  }

  call<T>(fn: string, ...args: unknown[]): Promise<T> {
    const w = this.start();
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      // A call in flight keeps the process alive; an idle thread does not.
      if (this.pending.size === 0) w.ref();
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ id, fn, args });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
