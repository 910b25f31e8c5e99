import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { AREAS, resetDatabase, seedFixture, TestApp, type UserKey } from './harness';
import { areaSql } from '../src/shared/scope';
import { scopedReadBatch } from '../src/shared/sql';
import { RequestContext, ANONYMOUS } from '../src/graphql/request-context';
import { Area } from '../src/modules/area/area.entity';

let t: TestApp;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
});
afterAll(async () => t?.close());

const ALL_AREAS_Q = `query($p: Int!) { areas(page: $p, pageSize: 100) { total items { code } } }`;

async function visibleAreas(user: UserKey): Promise<string[]> {
  const cookie = await t.cookieFor(user);
  const res = await t.gql(ALL_AREAS_Q, { p: 1 }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.areas.items.map((a: { code: string }) => a.code);
}

describe('area scoping (first wall, data layer)', () => {
  it('village staff see only their own village subtree in every area query', async () => {
    expect(await visibleAreas('village1a')).toEqual([AREAS.village1a]);
    const cookie = await t.cookieFor('village1a');
    const roots = await t.gql(`{ areaChildren { code } }`, {}, { cookie });
    expect(roots.data!.areaChildren).toEqual([{ code: AREAS.village1a }]);
    const children = await t.gql(`query($c: String) { areaChildren(parentCode: $c) { code } }`, { c: AREAS.town1 }, { cookie });
    expect(children.data!.areaChildren).toEqual([{ code: AREAS.village1a }]);
    const other = await t.gql(`query($c: String!) { area(code: $c) { code } }`, { c: AREAS.village1b }, { cookie });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    const counted = await t.gql(`{ areas(keyword: "村") { total } }`, {}, { cookie });
    expect(counted.data!.areas.total).toBe(1);
  });

  it('village B and the other town do not see village A', async () => {
    expect(await visibleAreas('village1b')).toEqual([AREAS.village1b]);
    expect(await visibleAreas('village2a')).toEqual([AREAS.village2a]);
  });

  it('town staff see their town and its villages only', async () => {
    expect((await visibleAreas('town1')).sort()).toEqual([AREAS.town1, AREAS.village1a, AREAS.village1b].sort());
  });

  it('district staff see the whole district', async () => {
    expect(await visibleAreas('officer')).toHaveLength(6);
  });

  it('a request without a session gets no data', async () => {
    for (const q of [`{ areas { total } }`, `{ areaChildren { code } }`, `{ users { total } }`, `{ departments { total } }`, `{ auditLogs { total } }`]) {
      const res = await t.gql(q);
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    const me = await t.gql(`{ me { id } }`);
    expect(me.data!.me).toBeNull();
  });

  it('a user without rights is refused', async () => {
    const cookie = await t.cookieFor('norights');
    const res = await t.gql(`{ areas { total } }`, {}, { cookie });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('users are listed only within the administrator’s area', async () => {
    const res = await t.gql(`{ users(pageSize: 100) { total items { username areaCode } } }`, {}, { cookie: await t.cookieFor('sysadmin') });
    expect(res.data!.users.total).toBe(10);
    for (const u of res.data!.users.items) expect(u.areaCode.startsWith('500199')).toBe(true);
  });

  it('scope helpers fail closed without a context or an area', () => {
    const anon = new RequestContext({ em: t.orm.em.fork(), actor: ANONYMOUS, requestId: 'x', runtime: t.runtime });
    expect(() => areaSql(anon, 'a.code')).toThrow(/管辖区域/);
    expect(() => areaSql(undefined, 'code')).toThrow();
  });

  it('ORM finds through the scoped transaction see only the actor’s subtree', async () => {
    const ctx = new RequestContext({
      em: t.orm.em.fork(),
      runtime: t.runtime,
      requestId: 'orm',
      actor: { kind: 'user', name: 'v', roles: ['VILLAGE_WINDOW'], permissions: new Set(['area.read']), areaCode: AREAS.village1b },
    });
    // No filter at all: row-level security alone limits the result.
    const all = await ctx.tx((em) => em.find(Area, {}));
    expect(all.map((a) => a.code)).toEqual([AREAS.village1b]);
    const qb = await ctx.tx((em) => em.createQueryBuilder(Area, 'a').select('*').getResultList());
    expect(qb.map((a) => a.code)).toEqual([AREAS.village1b]);
  });
});

describe('row-level security (second wall)', () => {
  const withApp = async <T>(fn: (c: Client) => Promise<T>) => {
    const c = new Client({ connectionString: inject('appUrl') });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };

  it('the application role is neither superuser nor table owner', async () => {
    await withApp(async (c) => {
      const r = await c.query(
        `select rolsuper, (select count(*)::int from pg_tables where schemaname = 'public' and tableowner = current_user) as owned from pg_roles where rolname = current_user`,
      );
      expect(r.rows[0]).toEqual({ rolsuper: false, owned: 0 });
    });
  });

  it('raw SQL without the scope setting sees no rows; with a village prefix only that village', async () => {
    await withApp(async (c) => {
      expect((await c.query(`select count(*)::int as n from area`)).rows[0].n).toBe(0);
      await c.query('begin');
      await c.query(`select set_config('app.area_prefix', $1, true)`, [AREAS.village1a]);
      expect((await c.query(`select code from area`)).rows).toEqual([{ code: AREAS.village1a }]);
      await c.query('commit');
      // Transaction-local: nothing leaks to the next transaction on the same connection.
      expect((await c.query(`select count(*)::int as n from area`)).rows[0].n).toBe(0);
    });
  });

  it('a one-round-trip batch (multi-statement query) is scoped as one transaction and leaks nothing', async () => {
    await withApp(async (c) => {
      const res = (await c.query(
        `select set_config('app.area_prefix', '${AREAS.town1.slice(0, 9)}', true); select count(*)::int as n from area`,
      )) as unknown as Array<{ rows: Array<{ n: number }> }>;
      expect(res[1].rows[0].n).toBe(3);
      expect((await c.query(`select count(*)::int as n from area`)).rows[0].n).toBe(0);
      await expect(c.query(`select set_config('app.area_prefix', '500199', true); select 1/0`)).rejects.toThrow(/division by zero/);
      expect((await c.query(`select count(*)::int as n from area`)).rows[0].n).toBe(0);
    });
  });

  it('prepared batches take their scope only from the batch; nothing carries over on the pooled connection', async () => {
    const stmt = (from: string) => ({ sql: `select code from area where code >= ? order by code`, params: [from], prepared: true });
    const [village] = await scopedReadBatch(t.system('scope-test', AREAS.village1a), [stmt('0')]);
    expect(village.map((r) => r.code)).toEqual([AREAS.village1a]);
    // Same statement text → the same prepared statement, another scope.
    const [town] = await scopedReadBatch(t.system('scope-test', AREAS.town1), [stmt('0')]);
    expect(town.map((r) => r.code).sort()).toEqual([AREAS.town1, AREAS.village1a, AREAS.village1b].sort());
    // On the pooled connection afterwards, without a batch's settings: nothing, also through the prepared statement.
    const client = t.orm.em.getConnection().getKnex().client as {
      acquireConnection(): Promise<Client>;
      releaseConnection(c: Client): Promise<void>;
    };
    const conns: Client[] = [];
    try {
      for (let i = 0; i < 3; i++) conns.push(await client.acquireConnection());
      let checked = 0;
      for (const c of conns) {
        expect((await c.query(`select count(*)::int as n from area`)).rows[0].n).toBe(0);
        expect((await c.query(`select current_setting('app.area_prefix', true) as p`)).rows[0].p ?? '').toBe('');
        for (const { name } of (await c.query(`select name from pg_prepared_statements where name like 'xjb\\_%'`)).rows) {
          if ((await c.query(`select parameter_types::text as t from pg_prepared_statements where name = $1`, [name])).rows[0].t !== '{text}') continue;
          expect((await c.query(`execute ${name}('0')`)).rows).toEqual([]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    } finally {
      for (const c of conns) await client.releaseConnection(c);
    }
    // A failing batch leaves the connection usable: its prepared statements are reset and prepared again.
    const failing = { sql: `select code, 1 / (? - 1) as x from area`, params: [1], prepared: true };
    await expect(scopedReadBatch(t.system('scope-test', '500199000000'), [failing])).rejects.toThrow(/division by zero/);
    const [again] = await scopedReadBatch(t.system('scope-test', AREAS.village1a), [{ ...failing, params: [2] }, stmt('0')]);
    expect(again.map((r) => r.code)).toEqual([AREAS.village1a]);
  });

  it('a generic batch runs with the generic plan only inside its own transaction, and keeps its scope', async () => {
    const mode = { sql: `select current_setting('plan_cache_mode') as m`, params: [], prepared: true };
    const areas = { sql: `select code from area where code >= ? order by code`, params: ['0'], prepared: true };
    const [[generic], village] = await scopedReadBatch(t.system('scope-test', AREAS.village1a), [{ ...mode, generic: true }, areas]);
    expect(generic.m).toBe('force_generic_plan');
    expect(village.map((r) => r.code)).toEqual([AREAS.village1a]);
    // The next batch on the pool (any connection) plans as configured again.
    for (let i = 0; i < 4; i++) {
      const [[plain]] = await scopedReadBatch(t.system('scope-test', AREAS.town1), [mode]);
      expect(plain.m).toBe('auto');
    }
  });

  it('an empty prefix does not mean "everything"', async () => {
    await withApp(async (c) => {
      await c.query('begin');
      await c.query(`select set_config('app.area_prefix', '', true)`);
      expect((await c.query(`select count(*)::int as n from area`)).rows[0].n).toBe(0);
      await c.query('rollback');
    });
  });

  it('writes outside the prefix are rejected by the policy', async () => {
    await withApp(async (c) => {
      await c.query('begin');
      await c.query(`select set_config('app.area_prefix', $1, true)`, [AREAS.town1]);
      await expect(
        c.query(`insert into area (code, name, level, parent_code, created_at, updated_at) values ('500199102202', 'x', 3, '500199102000', now(), now())`),
      ).rejects.toThrow(/row-level security/);
      await c.query('rollback');
    });
  });

  it('the operation log cannot be updated or deleted by the application role', async () => {
    await withApp(async (c) => {
      await expect(c.query(`update audit_log set actor_name = 'x'`)).rejects.toThrow(/permission denied/);
      await expect(c.query(`delete from audit_log`)).rejects.toThrow(/permission denied/);
    });
  });
});
