import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_COSTS } from '../src/graphql/field-cost';
import { ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';

let dev: TestApp;
let prod: TestApp;

beforeAll(async () => {
  await resetDatabase();
  dev = await TestApp.open();
  await seedFixture(dev);
  prod = await TestApp.open({ env: 'production' });
});
afterAll(async () => {
  await dev?.close();
  await prod?.close();
});

describe('GraphQL limits (S3)', () => {
  it('rejects a depth-20 query before running it', async () => {
    const cookie = await dev.cookieFor('officer');
    // 20 levels: areas { items { items { … name } } } — rejected by the depth limit before validation of fields.
    let q = 'name';
    for (let i = 0; i < 19; i++) q = `items { ${q} }`;
    const res = await dev.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', cookie },
      payload: JSON.stringify({ query: `{ areas { ${q} } }` }),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors.some((e: { message: string }) => /depth/i.test(e.message))).toBe(true);
    expect(body.errors[0].message).toMatch(/超出限制/);
  });

  it('rejects too many aliases', async () => {
    const cookie = await dev.cookieFor('officer');
    const q = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const res = await dev.gql(q, {}, { cookie });
    expect(res.status).toBe(400);
    expect(res.errors!.some((e) => /alias/i.test(e.message))).toBe(true);
  });

  it('rejects a text/plain POST (CSRF prevention)', async () => {
    const res = await dev.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'text/plain' }, payload: '{"query":"{ me { id } }"}' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toMatch(/CSRF|请求/);
  });

  it('rejects batched requests', async () => {
    const res = await dev.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.statusCode).toBe(400);
  });

  it('GET is not accepted for operations', async () => {
    const res = await dev.app.inject({ method: 'GET', url: '/graphql?query=%7Bme%7Bid%7D%7D', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(404);
  });

  it('introspection is on in development and off in production', async () => {
    const q = `{ __schema { queryType { name } } }`;
    expect((await dev.gql(q)).data!.__schema.queryType.name).toBe('Query');
    const res = await prod.gql(q);
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('production hides field suggestions', async () => {
    const res = await prod.gql(`{ mee { id } }`);
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
    const devRes = await dev.gql(`{ mee { id } }`);
    expect(devRes.errors![0].message).toMatch(/Did you mean/);
  });

  it('errors carry a stable code and a Chinese message', async () => {
    const cookie = await dev.cookieFor('sysadmin');
    const res = await dev.gql(`mutation { createArea(input: { code: "123", name: "x", parentCode: null }) { code } }`, {}, { cookie });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/12 位数字/);
    const page = await dev.gql(`{ areas(pageSize: 1000) { total } }`, {}, { cookie });
    expect(page.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(page.errors![0].message).toMatch(/每页条数/);
  });

  it('refuses 15 aliases of an expensive field by its cost weight, before anything runs (typed error, Chinese message)', async () => {
    const cookie = await dev.cookieFor('officer');
    const preview = (i: number) =>
      `p${i}: previewParameterVersion(programCode: "DIBAO", parameterCode: "DIBAO.standard.RURAL", effectiveFrom: "2099-01-01", value: { number: 70000 }) { changedCount }`;
    const res = await dev.gql(`{ ${Array.from({ length: 15 }, (_, i) => preview(i)).join(' ')} }`, {}, { cookie });
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', cost: 4500, maxCost: 1000 });
    expect(res.errors![0].message).toMatch(/查询代价过高（4500，上限 1000）：previewParameterVersion/);
    // Nothing ran: no preview was logged.
    expect(await ownerQuery(`select count(*)::int as n from audit_log where action = 'parameter.previewed'`)).toEqual([{ n: 0 }]);
    // Fragments count every time they are spread; a few previews in one request are fine.
    const frag = await dev.gql(`query { ...F ...F ...F ...F } fragment F on Query { auditVerify { ok } }`, {}, { cookie });
    expect(frag.errors![0].extensions!.code).toBe('QUERY_TOO_EXPENSIVE');
    const two = await dev.gql(`{ ${preview(0)} ${preview(1)} }`, {}, { cookie });
    expect(two.errors?.[0]?.extensions?.code).not.toBe('QUERY_TOO_EXPENSIVE');
    const many = await dev.gql(`{ ${Array.from({ length: 15 }, (_, i) => `m${i}: me { id }`).join(' ')} }`, {}, { cookie });
    expect(many.errors).toBeUndefined();
  });

  it('every weighted field exists in the schema', async () => {
    const res = await dev.gql(
      `{ q: __type(name: "Query") { fields(includeDeprecated: true) { name } } m: __type(name: "Mutation") { fields(includeDeprecated: true) { name } } }`,
    );
    const names = new Set([
      ...res.data!.q.fields.map((f: { name: string }) => `Query.${f.name}`),
      ...res.data!.m.fields.map((f: { name: string }) => `Mutation.${f.name}`),
    ]);
    expect(Object.keys(FIELD_COSTS).filter((k) => !names.has(k))).toEqual([]);
  });

  it('health and readiness answer', async () => {
    expect((await dev.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    expect((await dev.app.inject({ method: 'GET', url: '/ready' })).json()).toEqual({ status: 'ready' });
  });
});
