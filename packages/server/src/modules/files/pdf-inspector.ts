import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PdfFinding } from './pdf-structure';

/**
 * Runs `inspectPdf` (pdf-structure.ts) in a worker thread, never in the server's own thread: the
 * parser costs ~1.5 s to load once, keeps every name it has seen, and a hostile file may be slow or
 * large to parse. One worker is started on the first PDF and kept for the next ones; it is replaced
 * after `RECYCLE_AFTER` files, after a crash (memory limit) and after a timeout. Either of those
 * answers `UNREADABLE` for the file that caused it — the file is refused, never trusted.
 */

const HEAP_MB = 256;
const RECYCLE_AFTER = 200;
/** Budget for one file; the first file also pays for starting the worker. */
const TIMEOUT_MS = 6000;
const START_MS = 30_000;

const REGISTER = path.join(__dirname, '..', '..', 'register.js');
const MODULE = path.join(__dirname, 'pdf-structure.ts');

// The worker loads TypeScript through SWC like the server (src/register.js), then answers requests.
const SOURCE = `
require(${JSON.stringify(REGISTER)});
const { parentPort } = require('node:worker_threads');
const { inspectPdf } = require(${JSON.stringify(MODULE)});
let queue = Promise.resolve();
parentPort.on('message', ({ id, bytes }) => {
  queue = queue.then(() => inspectPdf(bytes)).then(
    (finding) => parentPort.postMessage({ id, finding }),
    (e) => parentPort.postMessage({ id, finding: { kind: 'UNREADABLE', what: String((e && e.message) || e) } }),
  );
});
parentPort.postMessage({ ready: true });
`;

interface Pending {
  resolve: (f: PdfFinding | null) => void;
  timer: NodeJS.Timeout;
}

class Inspector {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private served = 0;

  private start(): Promise<void> {
    const worker = new Worker(SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 } });
    worker.unref();
    this.worker = worker;
    this.served = 0;
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('PDF 检查程序启动超时')), START_MS);
      worker.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    worker.on('message', (m: { id?: number; finding?: PdfFinding | null }) => {
      if (m.id === undefined) return;
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      p.resolve(m.finding ?? null);
    });
    // A crash (e.g. the heap limit) fails every file in flight: they are refused, not trusted.
    const fail = (what: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.ready = null;
      for (const [id, p] of this.pending) {
        clearTimeout(p.timer);
        p.resolve({ kind: 'UNREADABLE', what });
        this.pending.delete(id);
      }
    };
    worker.on('error', () => fail('文件过大或过于复杂，检查中止'));
    worker.on('exit', () => fail('检查程序已退出'));
    return this.ready;
  }

  private retire(): void {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    void w?.terminate();
  }

  async inspect(bytes: Buffer): Promise<PdfFinding | null> {
    if (!this.worker || this.served >= RECYCLE_AFTER) {
      if (this.worker && !this.pending.size) this.retire();
      if (!this.worker) await this.start().catch(() => this.retire());
    }
    if (!this.worker) return { kind: 'UNREADABLE', what: 'PDF 检查程序无法启动' };
    await this.ready;
    const worker = this.worker;
    if (!worker) return { kind: 'UNREADABLE', what: '检查程序已退出' };
    this.served++;
    const id = this.nextId++;
    return new Promise<PdfFinding | null>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ kind: 'UNREADABLE', what: '检查超时' });
        // A worker stuck on one file cannot be trusted with the next.
        if (this.worker === worker) this.retire();
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, timer });
      // A copy: the caller keeps its buffer (it is stored after the check).
      worker.postMessage({ id, bytes: new Uint8Array(bytes) });
    });
  }

  /** Starts the worker ahead of the first upload (it takes a few seconds). */
  async warm(): Promise<void> {
    if (!this.worker) await this.start().catch(() => this.retire());
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    await w?.terminate();
  }
}

const inspector = new Inspector();

/** Parses an uploaded PDF in the inspection worker: the first active or unreadable feature, or null. */
export function inspectPdfInWorker(bytes: Buffer): Promise<PdfFinding | null> {
  return inspector.inspect(bytes);
}

/** Starts the inspection worker now, so the first PDF upload does not wait for it (server start). */
export function warmPdfInspector(): Promise<void> {
  return inspector.warm();
}

/** Stops the inspection worker (server shutdown, tests). */
export function stopPdfInspector(): Promise<void> {
  return inspector.close();
}
