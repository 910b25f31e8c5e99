import { startServer } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import http from 'node:http';
(async () => {
  const config = { ...loadConfig({ ...process.env, DATA_DIR: '/tmp/xjbench', PORT: '0', SEED_DEMO: '0', LOG_LEVEL: 'warn' }) };
  const s = await startServer(config, () => {});
  const port = (s.app.server.address() as any).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
  const post = (body: string, cookie = '') => new Promise<{ status: number; headers: any; body: string }>((res, rej) => {
    const r = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', cookie } }, (resp) => {
      let b = ''; resp.on('data', (c) => (b += c)); resp.on('end', () => res({ status: resp.statusCode!, headers: resp.headers, body: b }));
    });
    r.on('error', rej); r.end(body);
  });
  const login = await post(JSON.stringify({ query: 'mutation { login(username: "minzheng01", password: "Xiejiu@2026") { status } }' }));
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const q = JSON.stringify({ query: 'query($f: HouseholdFilterInput) { households(filter: $f, page: 1, pageSize: 20) { total items { id address tier members { name idMasked relation } } } }', variables: { f: { areaCode: '500199101000', tier: 'T2' } } });
  const t0 = Date.now();
  let n = 0;
  await Promise.all(Array.from({ length: 20 }, async () => { while (n < 1500) { n++; const r = await post(q, cookie); if (r.status !== 200) throw new Error(r.body); } }));
  console.log('rps', (1500 / ((Date.now() - t0) / 1000)).toFixed(0));
  await s.close();
  process.exit(0);
})();
