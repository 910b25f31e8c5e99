import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../src/bootstrap';
import { loadConfig, type AppConfig } from '../src/config';
import { Session } from '../src/modules/auth/session.entity';
import { newToken, SESSION_COOKIE, tokenHash } from '../src/modules/auth/session-token';
import { User } from '../src/modules/auth/user.entity';
import { searchQuery, TRIVIAL_QUERY } from './queries';
import { installStatementCounter, statements } from './statements';
const texts: string[] = [];
void statements;
for (const f of installStatementCounter()) {
  const proto = require(f).Client.prototype; if (proto.__w) continue; proto.__w = 1;
  const orig = proto.query;
  proto.query = function (c: any, ...r: any[]) { texts.push(typeof c === 'string' ? c : c?.text); return orig.call(this, c, ...r); };
}
(async () => {
  const base = loadConfig({ NODE_ENV: 'development', PATH: process.env.PATH });
  const config: AppConfig = { ...base, dataDir: '/tmp/xjbench', databaseUrl: process.env.PROBE_DATABASE_URL || undefined, appDatabaseUrl: undefined, replicaUrls: [], port: 0, host: '127.0.0.1', seedDemo: false, logLevel: 'fatal' };
  const s = await startServer(config, () => {});
  fs.writeFileSync('/tmp/xj/appurl', s.db.appUrl);
  const em = s.orm.em.fork();
  const user = await em.findOneOrFail(User, { username: 'minzheng01' });
  const token = newToken();
  em.create(Session, { id: tokenHash(token), user, expiresAt: new Date(Date.now() + 3600_000), mfaPending: false });
  await em.flush();
  const cookie = `${SESSION_COOKIE}=${token}`;
  const q = searchQuery('HouseholdFilterInput');
  const { Client } = require('pg');
  const oc = new Client({ connectionString: s.db.ownerUrl }); await oc.connect();
  await oc.query(`select set_config('app.area_prefix', '*', false)`);
  const idEnc = (await oc.query(`select id_enc, name from person where area_code like '500199%' offset 5000 limit 1`)).rows[0];
  await oc.end();
  const filters: Record<string, unknown> = { 'full name': { keyword: idEnc.name }, 'surname prefix': { keyword: '王' }, 'exact ID': { idNumber: s.runtime.fieldCrypto.decrypt(idEnc.id_enc) }, 'area + tier': { areaCode: '500199101000', tier: 'T2' } };
  const kinds: Array<[string, unknown, string]> = [['trivial', null, TRIVIAL_QUERY], ...Object.entries(filters).map(([k, f]) => [k, f, q] as [string, unknown, string])];
  for (const [k, f, query] of kinds) {
    texts.length = 0;
    const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables: { filter: f, page: 1, pageSize: 20 } }) });
    const body = await res.text();
    fs.writeFileSync(`/tmp/xj/cap-${k}.sql`, texts.join(';;\n'));
    console.log(k, texts.length, body.slice(0, 200));
  }
  await s.close();
})();
