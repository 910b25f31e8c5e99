import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Client } from 'pg';
import type { ReplicaPool } from '../src/db/replicas';
import { RequestContext } from '../src/graphql/request-context';
import { permissionsOf } from '../src/modules/auth/roles';
import { scopedReadBatch } from '../src/shared/sql';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp, type UserKey } from './harness';
import { household, member } from './ledger-fixture';
import { exportHelpers } from './support/export-helpers';
import { startStreamingReplica, type StreamingReplica } from './support/streaming-replica';

/**
 * Read replicas (ADR 0033, db/replicas.ts): a real streaming standby of the test database's primary, started
 * here; the household search as district, town and village users answers the same rows from it as from the
 * primary (row-level security applies there the same way), a write on the primary shows up on it, and a stopped
 * or lagging replica hands the reads back to the primary without an error.
 *
 * On the embedded database (README command 2) the replica is always made; under DATABASE_URL (CI's second run)
 * only when that server allows it (same machine, superuser, replication) — otherwise the file is skipped.
 */
const SEARCH = `query($f: HouseholdFilterInput) { households(filter: $f, pageSize: 50) { total totalCapped items { id access address headName members { name idMasked } } } }`;
const ROLES: UserKey[] = ['joint', 'town1', 'village1a'];
const MAX_LAG_MS = 800;

let replica: StreamingReplica | null = null;
let skipReason = '';
let primaryApp: TestApp;
let replicaApp: TestApp;
const cookies = new Map<string, { primary: string; replica: string }>();
const warnings: string[] = [];

function pool(): ReplicaPool {
  const p = replicaApp.runtime.replicas;
  if (!p) throw new Error('the replica app has no replica pool');
  return p;
}
const served = () => pool().replicas[0].reads;

async function search(app: 'primary' | 'replica', user: UserKey, filter: Record<string, unknown> = {}) {
  const c = cookies.get(user)!;
  const res = await (app === 'primary'
    ? primaryApp.gql(SEARCH, { f: filter }, { cookie: c.primary })
    : replicaApp.gql(SEARCH, { f: filter }, { cookie: c.replica }));
  expect(res.errors).toBeUndefined();
  return res.data!.households as { total: number; items: Array<{ id: string; members: Array<{ name: string }> }> };
}

beforeAll(async () => {
  await resetDatabase();
  primaryApp = await TestApp.open();
  await seedFixture(primaryApp);
  await household(primaryApp, AREAS.village1a, [member('钱一', '19600101', 'HEAD'), member('钱二', '19900202', 'SON')]);
  await household(primaryApp, AREAS.village1a, [member('孙三', '19700303', 'HEAD')]);
  await household(primaryApp, AREAS.village1b, [member('钱四', '19800404', 'HEAD')]);
  await household(primaryApp, AREAS.village2a, [member('钱五', '19500505', 'HEAD', 'F'), member('周六', '19520606', 'SPOUSE')]);
  const made = await startStreamingReplica(inject('ownerUrl'));
  if (typeof made === 'string') {
    if (inject('embedded')) throw new Error(`no streaming replica of the embedded primary: ${made}`);
    skipReason = made;
    return;
  }
  replica = made;
  await replica.catchUp();
  replicaApp = await TestApp.open({ replicaUrls: [replica.urlFor(inject('appUrl'))], replicaMaxLagMs: MAX_LAG_MS, replicaRetrySeconds: 2 });
  // The app's warnings (replica down, lag over the bound) are logged through fastify; collect them here.
  const p = pool();
  const log = p.opts.log;
  (p.opts as { log?: typeof log }).log = (level, msg) => {
    warnings.push(msg);
    log?.(level, msg);
  };
  await p.checkAll();
  for (const u of ROLES) cookies.set(u, { primary: await primaryApp.cookieFor(u), replica: await replicaApp.cookieFor(u) });
  await replica.catchUp(); // the sessions just made
}, 60_000);

afterAll(async () => {
  await replicaApp?.close();
  await primaryApp?.close();
  await replica?.destroy();
});

describe('read replicas', () => {
  it('is a streaming standby of the test primary', async (t) => {
    if (!replica) return t.skip(skipReason);
    const [r] = await replica.query<{ standby: boolean; streaming: number }>(
      `select pg_is_in_recovery() as standby, (select count(*)::int from pg_stat_wal_receiver where status = 'streaming') as streaming`,
    );
    expect(r).toEqual({ standby: true, streaming: 1 });
    expect(pool().status()[0]).toMatchObject({ lagMs: 0, downUntil: 0 });
  });

  it('answers the household search with the same rows as the primary, as a district, a town and a village user', async (t) => {
    if (!replica) return t.skip(skipReason);
    const totals: number[] = [];
    for (const user of ROLES) {
      for (const filter of [{}, { keyword: '钱' }, { areaCode: AREAS.village1a }]) {
        const before = served();
        const fromReplica = await search('replica', user, filter);
        expect(served(), `${user} ${JSON.stringify(filter)} read the replica`).toBeGreaterThan(before);
        const fromPrimary = await search('primary', user, filter);
        expect(fromReplica).toEqual(fromPrimary);
        if (!Object.keys(filter).length) totals.push(fromReplica.total);
      }
    }
    // Row-level security on the replica: district 4, town 3, village 2 households.
    expect(totals).toEqual([4, 3, 2]);
  });

  it('applies row-level security on the replica: the application role without the scope settings sees no rows', async (t) => {
    if (!replica) return t.skip(skipReason);
    const c = new Client({ connectionString: replica.urlFor(inject('appUrl')) });
    await c.connect();
    try {
      expect((await c.query(`select count(*)::int as n from household`)).rows[0].n).toBe(0);
      // A standby refuses writes whatever the role.
      await expect(c.query(`update household set address = address`)).rejects.toThrow(/read-only/);
    } finally {
      await c.end();
    }
  });

  it('shows a write on the primary on the replica', async (t) => {
    if (!replica) return t.skip(skipReason);
    const id = await household(primaryApp, AREAS.village1b, [member('钱七', '19910707', 'HEAD')]);
    await replica.catchUp();
    const before = served();
    const hit = await search('replica', 'town1', { keyword: '钱七' });
    expect(served()).toBeGreaterThan(before);
    expect(hit.items.map((h) => h.id)).toEqual([id]);
    expect(await search('replica', 'village1a', { keyword: '钱七' })).toMatchObject({ total: 0, items: [] });
  });

  it('answers the dashboard from the replica with the same figures as the primary, as a district, a town and a village user', async (t) => {
    if (!replica) return t.skip(skipReason);
    await replica.catchUp();
    await pool().checkAll();
    const { dashboard } = await import('../src/modules/dashboard/dashboard.query');
    const viewer = (app: TestApp, role: string, areaCode: string) =>
      new RequestContext({
        em: app.orm.em.fork(),
        runtime: app.runtime,
        requestId: 'replica-test',
        actor: { kind: 'user', name: role, roles: [role], permissions: permissionsOf([role]), areaCode },
      });
    for (const [role, area] of [
      ['JOINT_MEMBER', AREAS.district],
      ['TOWN_WINDOW', AREAS.town1],
      ['VILLAGE_WINDOW', AREAS.village1a],
    ] as const) {
      const before = served();
      const fromReplica = await dashboard(viewer(replicaApp, role, area), {});
      expect(served(), `${role} read the replica`).toBeGreaterThan(before);
      expect(fromReplica).toEqual(await dashboard(viewer(primaryApp, role, area), {}));
    }
  });

  it('answers a direct export (事项目录: its list reads the primary in the request otherwise) from the replica, the same rows as the primary', async (t) => {
    if (!replica) return t.skip(skipReason);
    await replica.catchUp();
    await pool().checkAll();
    const get = (app: TestApp, where: 'primary' | 'replica') =>
      app.app.inject({ method: 'GET', url: '/files/exports/programs.xlsx?filter=%7B%7D', headers: { cookie: cookies.get('town1')![where] } });
    const before = served();
    const fromReplica = await get(replicaApp, 'replica');
    expect(fromReplica.statusCode).toBe(200);
    expect(served()).toBeGreaterThan(before);
    const fromPrimary = await get(primaryApp, 'primary');
    expect(fromPrimary.statusCode).toBe(200);
    // The same rows, read back with the import's own xlsx reader.
    const { sheet, cleanup } = exportHelpers(() => replicaApp, {}, 'replica-test');
    try {
      const rows = await sheet(fromReplica.rawPayload);
      expect(rows.length).toBeGreaterThan(10);
      expect(rows).toEqual(await sheet(fromPrimary.rawPayload));
    } finally {
      cleanup();
    }
  });

  it('runs an export job on the replica', async (t) => {
    if (!replica) return t.skip(skipReason);
    const started = await replicaApp.gql(`mutation { startListExport(list: HOUSEHOLDS) { id status } }`, {}, { cookie: cookies.get('town1')!.replica });
    expect(started.errors).toBeUndefined();
    const id = started.data!.startListExport.id as string;
    await replica.catchUp();
    await pool().checkAll();
    const before = served();
    await replicaApp.runJobs();
    const [job] = await ownerQuery<{ status: string; processed: number }>(`select status, processed from job where id = $1`, [id]);
    expect(job).toEqual({ status: 'DONE', processed: (await search('primary', 'town1')).total });
    expect(served()).toBeGreaterThan(before);
  });

  it('reads the primary while the replica lags more than the bound', async (t) => {
    if (!replica) return t.skip(skipReason);
    await replica.query(`select pg_wal_replay_pause()`);
    try {
      const id = await household(primaryApp, AREAS.village1a, [member('钱八', '19920808', 'HEAD')]);
      // The replica receives the write but does not replay it; its lag grows past the bound.
      await new Promise((r) => setTimeout(r, MAX_LAG_MS + 300));
      await pool().checkAll();
      expect(pool().status()[0].lagMs).toBeGreaterThan(MAX_LAG_MS);
      const [{ n }] = await replica.query<{ n: number }>(`select count(*)::int as n from household where id = $1`, [id]);
      expect(n).toBe(0);
      const before = served();
      const hit = await search('replica', 'village1a', { keyword: '钱八' });
      expect(hit.items.map((h) => h.id)).toEqual([id]);
      expect(served()).toBe(before);
      expect(warnings.some((w) => w.includes('回放延迟'))).toBe(true);
    } finally {
      await replica.query(`select pg_wal_replay_resume()`);
    }
    await replica.catchUp();
    await pool().checkAll();
    const before = served();
    expect((await search('replica', 'village1a', { keyword: '钱八' })).total).toBe(1);
    expect(served()).toBeGreaterThan(before);
  });

  it('falls back to the primary without errors when the replica stops', async (t) => {
    if (!replica) return t.skip(skipReason);
    const expected = await search('primary', 'joint');
    await replica.stop();
    const ready = async () => (await replicaApp.app.inject({ method: 'GET', url: '/ready' })).json();
    pool().replicas[0].checkedAt = 0;
    // Still ready (the primary answers the replica's reads), and says the replica is not usable.
    expect(await ready()).toEqual({ status: 'ready', replicas: { configured: 1, usable: 0 } });
    // However the replica is found gone — a pooled connection breaking, the read itself failing, or the
    // periodic measurement — every search answers from the primary.
    for (let i = 0; i < 3; i++) {
      const r = pool().replicas[0];
      // As if it had not been noticed yet: the next read is sent to it and fails there.
      r.downUntil = 0;
      r.lagMs = 0;
      r.checkedAt = Date.now();
      expect(await search('replica', 'joint')).toEqual(expected);
      expect(r.downUntil).toBeGreaterThan(Date.now());
    }
    expect(await search('replica', 'village1a')).toMatchObject({ total: 3 });
    expect(warnings.some((w) => w.includes('不可用'))).toBe(true);
    // Back after the retry time.
    await replica.start();
    await replica.catchUp();
    pool().replicas[0].downUntil = Date.now() - 1;
    await pool().checkAll();
    expect(await ready()).toEqual({ status: 'ready', replicas: { configured: 1, usable: 1 } });
    const before = served();
    expect(await search('replica', 'joint')).toEqual(await search('primary', 'joint'));
    expect(served()).toBeGreaterThan(before);
  });

  it('sends every batch of a context made for replica reads there (the export reader), scoped like the actor', async (t) => {
    if (!replica) return t.skip(skipReason);
    const townCtx = (replicaReads: boolean) =>
      new RequestContext({
        em: replicaApp.orm.em.fork(),
        runtime: replicaApp.runtime,
        requestId: 'replica-test',
        actor: { kind: 'user', name: '镇街窗口', roles: ['TOWN_WINDOW'], permissions: permissionsOf(['TOWN_WINDOW']), areaCode: AREAS.town1 },
        replicaReads,
      });
    const count = { sql: `select count(*)::int as n from household`, params: [] };
    let before = served();
    const [[onReplica]] = await scopedReadBatch(townCtx(true), [count]);
    expect(served()).toBe(before + 1);
    before = served();
    const [[onPrimary]] = await scopedReadBatch(townCtx(false), [count]);
    expect(served()).toBe(before);
    expect(onReplica).toEqual(onPrimary);
    expect(onReplica.n).toBeGreaterThanOrEqual(3);
    // `replica: false` keeps a batch of such a context on the primary.
    await scopedReadBatch(townCtx(true), [count], { replica: false });
    expect(served()).toBe(before);
    // A replica read is read-only even where a write would be allowed.
    await expect(scopedReadBatch(townCtx(true), [{ sql: `update household set address = address`, params: [] }])).rejects.toThrow(/read-only/);
  });

  it('never reads the replica inside a transaction', async (t) => {
    if (!replica) return t.skip(skipReason);
    const { searchHouseholds } = await import('../src/modules/household/household.query');
    const ctx = replicaApp.system('replica-test', AREAS.district);
    const id = await household(replicaApp, AREAS.village2a, [member('钱九', '19930909', 'HEAD')]);
    const before = served();
    // Inside a transaction the search sees the transaction's own rows: only the primary can.
    await ctx.tx(async (em) => {
      await em.execute(`update household set address = '事务内地址' where id = ?`, [id]);
      const { items } = await searchHouseholds(ctx, { keyword: '钱九' }, {});
      expect(items.map((h) => [h.id, h.address])).toEqual([[id, '事务内地址']]);
    });
    expect(served()).toBe(before);
  });
});
