import { Worker, isMainThread, parentPort } from 'node:worker_threads';
const x: number = 1;
if (isMainThread) { const w = new Worker(__filename); w.on('message', (m) => { console.log('got', m); w.terminate(); }); w.on('error', (e) => console.log('err', e.message)); }
else parentPort!.postMessage('hi from ts worker ' + x);
