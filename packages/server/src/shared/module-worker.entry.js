// Entry of a ModuleWorker thread (shared/module-worker.ts): loads TypeScript through SWC like the
// server itself, then runs the exported functions of one module on request, one message at a time.
require('../register.js');
const fs = require('node:fs');
const os = require('node:os');
const { parentPort, workerData } = require('node:worker_threads');

// Below the event loop's priority (Linux: a thread has its own id and nice value): on a busy machine the
// scheduler gives the main thread — requests, /health — the core first, and this thread the rest.
try {
  const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  if (tid > 0) os.setPriority(tid, 10);
} catch {
  // not Linux, or not allowed: run at normal priority
}

const mod = require(workerData.module);
parentPort.on('message', async ({ id, fn, args }) => {
  try {
    if (typeof mod[fn] !== 'function') throw new Error(`${workerData.module} has no function ${fn}`);
    const result = await mod[fn](...args);
    parentPort.postMessage({ id, result });
  } catch (e) {
    parentPort.postMessage({ id, error: { name: e?.name, message: e?.message, code: e?.extensions?.code } });
  }
});
