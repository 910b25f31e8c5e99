// Entry of a ModuleWorker thread (shared/module-worker.ts): loads TypeScript through SWC like the
// server itself, then runs the exported functions of one module on request, one message at a time.
require('../register.js');
const { parentPort, workerData } = require('node:worker_threads');

const mod = require(workerData.module);
parentPort.on('message', async ({ id, fn, args }) => {
  try {
    if (typeof mod[fn] !== 'function') throw new Error(`${workerData.module} has no function ${fn}`);
    const result = await mod[fn](...args);
    parentPort.postMessage({ id, result });
  } catch (e) {
    parentPort.postMessage({ id, error: { name: e && e.name, message: e && e.message, code: e && e.extensions && e.extensions.code } });
  }
});
