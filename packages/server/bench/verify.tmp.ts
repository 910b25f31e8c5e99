import 'reflect-metadata';
import { Client } from 'pg';
import { startServer } from '../src/bootstrap';
import { loadConfig, type AppConfig } from '../src/config';
import { Session } from '../src/modules/auth/session.entity';
import { newToken, SESSION_COOKIE, tokenHash } from '../src/modules/auth/session-token';
import { User } from '../src/modules/auth/user.entity';
import { prefixUpperBound } from '../src/shared/scope';
(async () => {
  const base = loadConfig({ NODE_ENV: 'development', PATH: process.env.PATH });
  const config: AppConfig = { ...base, dataDir: '/tmp/xjbench', databaseUrl: process.env.PROBE_DATABASE_URL, appDatabaseUrl: undefined, replicaUrls: [], port: 0, host: '127.0.0.1', seedDemo: false, logLevel: 'fatal' };
  const s = await startServer(config, () => {});
  const em = s.orm.em.fork();
  const user = await em.findOneOrFail(User, { username: 'minzheng01' });
  const token = newToken();
  em.create(Session, { id: tokenHash(token), user, expiresAt: new Date(Date.now() + 3600_000), mfaPending: false });
  await em.flush();
  const cookie = `${SESSION_COOKIE}=${token}`;
  const oc = new Client({ connectionString: s.db.ownerUrl }); await oc.connect();
  await oc.query(`select set_config('app.area_prefix', '*', false)`);
  const q = `query($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) { households(filter: $filter, page: $page, pageSize: $pageSize) { total totalCapped items { id memberCount members { name } } } }`;
  let bad = 0;
  for (const [kw, area, page, pageSize] of [['王', null, 1, 20], ['王', null, 26, 20], ['李丽燕', null, 1, 20], ['李丽燕', null, 2, 100], ['王秀', null, 1, 50], ['张', '500199101000', 1, 20], ['欧阳', null, 1, 20], ['王', '500199101001', 3, 20], ['李', null, 1, 100], ['李', null, 300, 100], ['赵', null, 40, 20]] as Array<[string, string | null, number, number]>) {
    const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: q, variables: { filter: { keyword: kw, areaCode: area }, page, pageSize } }) });
    const body: any = await res.json();
    if (body.errors) { console.log(kw, body.errors); bad++; continue; }
    const got = body.data.households;
    const ap = area ? area.replace(/(000)+$/, '') : '500199';
    const bf = await oc.query(`select h.id, count(*) over ()::int as n, (select count(*)::int from membership m where m.household_id = h.id and m.to_date is null) as mc from (select p.household_id, min(p.name) nm, min(p.area_code) ac from person p where p.name >= $1 and p.name < $2 and p.area_code >= $3 and p.area_code < $4 group by p.household_id) f join household h on h.id = f.household_id where h.status = 'ACTIVE' order by f.nm, f.ac, h.id`, [kw, prefixUpperBound(kw), ap, prefixUpperBound(ap)]);
    const all = bf.rows;
    const n = all.length;
    const want = all.slice((page - 1) * pageSize, page * pageSize);
    const ok = JSON.stringify(want.map((r: any) => r.id)) === JSON.stringify(got.items.map((r: any) => r.id))
      && got.total === Math.min(n, 500) && got.totalCapped === n > 500
      && want.every((r: any, i: number) => r.mc === got.items[i].memberCount);
    if (!ok) bad++;
    console.log(ok ? 'ok ' : 'BAD', kw, area, page, pageSize, 'total', got.total, got.totalCapped, 'true', n, 'items', got.items.length);
  }
  console.log(bad ? `${bad} BAD` : 'all ok');
  await oc.end();
  await s.close();
})();
