import http from 'node:http';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * HTTP load generator, run in a process of its own (`runLoadInProcess` in run.ts forks this file), so it
 * shares neither the server's event loop nor its heap: `connections` keep-alive connections each send one
 * request at a time, until the time or the request budget runs out. Loopback only.
 */
export interface LoadJob {
  url: string;
  /** Session cookie sent with every request; '' sends none (anonymous). */
  cookie: string;
  /**
   * JSON bodies, sent round-robin, labelled with their kind of request (and the role sending it: latencies
   * are kept per `kind · role`); a body's own `cookie` replaces the job's.
   */
  bodies: Array<{ kind: string; role?: string; cookie?: string; body: string }>;
  connections: number;
  seconds: number;
  maxRequests: number;
  /** Sent with every request, e.g. the browser's `accept-encoding`; a compressed answer is decompressed to check it. */
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  errorSamples: string[];
  latenciesMs: Float64Array;
  /** Latencies by request label: the kind, or `kind · role` when the body names its role (`labelOf`). */
  byKind: Record<string, Float64Array>;
  elapsedMs: number;
}

/** The label latencies are kept under: `kind · role`, or the kind alone. */
export const labelOf = (b: { kind: string; role?: string }) => (b.role ? `${b.kind} · ${b.role}` : b.kind);

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const u = new URL(job.url);
  if (!LOOPBACK.has(u.hostname)) throw new Error(`load generator targets loopback only, not ${u.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections, maxFreeSockets: job.connections });
  const bodies = job.bodies.map((b) => ({ kind: labelOf(b), cookie: b.cookie ?? job.cookie, buf: Buffer.from(b.body, 'utf8') }));
  const latencies = new Float64Array(job.maxRequests);
  const kinds = new Uint16Array(job.maxRequests);
  const kindNames = [...new Set(bodies.map((b) => b.kind))];
  const kindIndex = new Map(kindNames.map((k, i) => [k, i]));
  let issued = 0;
  let done = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const fail = (msg: string) => {
    errors++;
    if (errorSamples.length < 5) errorSamples.push(msg.slice(0, 300));
  };
  const send = (body: Buffer, cookie: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: u.hostname.replace(/^\[|\]$/g, ''),
          port: u.port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length, ...job.headers, ...(cookie ? { cookie } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            const encoding = res.headers['content-encoding'];
            const plain = encoding === 'br' ? zlib.brotliDecompressSync(raw) : encoding === 'gzip' ? zlib.gunzipSync(raw) : raw;
            resolve({ status: res.statusCode ?? 0, text: plain.toString('utf8') });
          });
          res.on('error', reject);
        },
      );
      req.setTimeout(15_000, () => req.destroy(new Error('client timeout 15 s')));
      req.on('error', reject);
      req.end(body);
    });
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  const loop = async () => {
    while (issued < job.maxRequests && performance.now() < deadline) {
      const body = bodies[issued++ % bodies.length];
      const t0 = performance.now();
      try {
        const r = await send(body.buf, body.cookie);
        kinds[done] = kindIndex.get(body.kind)!;
        latencies[done++] = performance.now() - t0;
        if (r.status !== 200 || r.text.includes('"errors"')) fail(`HTTP ${r.status}: ${r.text}`);
      } catch (e) {
        kinds[done] = kindIndex.get(body.kind)!;
        latencies[done++] = performance.now() - t0;
        fail(String(e instanceof Error ? e.message : e));
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  const byKind: Record<string, Float64Array> = {};
  kindNames.forEach((k, i) => {
    const xs: number[] = [];
    for (let j = 0; j < done; j++) if (kinds[j] === i) xs.push(latencies[j]);
    byKind[k] = Float64Array.from(xs);
  });
  return { requests: done, errors, errorSamples, latenciesMs: latencies.slice(0, done), byKind, elapsedMs };
}

if (process.send && process.env.XJ_LOAD_CHILD === '1') {
  // Forked by run.ts: one job per process, over IPC (advanced serialization keeps the typed arrays).
  process.once('message', (job: LoadJob) => {
    runLoad(job).then(
      (r) => process.send!({ ok: true, result: r }, () => process.exit(0)),
      (e) => process.send!({ ok: false, error: String(e instanceof Error ? e.stack : e) }, () => process.exit(1)),
    );
  });
} else if (parentPort && workerData) {
  runLoad(workerData as LoadJob).then(
    (r) => parentPort!.postMessage({ ok: true, result: r }),
    (e) => parentPort!.postMessage({ ok: false, error: String(e instanceof Error ? e.stack : e) }),
  );
}
