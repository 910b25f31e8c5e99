import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asClientError } from '../src/shared/errors';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * Issue item 5: client mistakes answered 500. Every one of them now gets a 4xx (or, for a GraphQL
 * field error, a typed error in a 200 answer) with a stable code and a Chinese message, in
 * development and in production, and nothing is written.
 */

let dev: TestApp;
let prod: TestApp;
let head: string;

const SET_INCOME = `mutation($i: IncomeInput!) { setIncome(input: $i) }`;
const SUBMIT = `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`;

async function auditPos(): Promise<number> {
  return (await ownerQuery<{ pos: number }>(`select pos::int from audit_head where id = 1`))[0].pos;
}

beforeAll(async () => {
  await resetDatabase();
  dev = await TestApp.open();
  prod = await TestApp.open({ env: 'production' });
  await seedFixture(dev);
  // A town-level informant: the malformed area code below starts with the town's prefix.
  await createUser(dev.system('client-errors', AREAS.district), {
    username: 'informant_town',
    displayName: '镇信息员',
    areaCode: AREAS.town1,
    roles: ['INFORMANT'],
    informantKind: 'GRID_WORKER',
    password: PASSWORD,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
  const hh = await household(dev, AREAS.village1a, [member('冯一', '19700101', 'HEAD')]);
  head = (await ownerQuery<{ person_id: string }>(`select person_id from membership where household_id = $1`, [hh]))[0].person_id;
});
afterAll(async () => {
  await dev?.close();
  await prod?.close();
});

describe.each([
  ['development', () => dev],
  ['production', () => prod],
] as const)('client mistakes in %s', (_env, app) => {
  it('setIncome with month 2026-13 is BAD_USER_INPUT on the month field; nothing is written', async () => {
    const before = await auditPos();
    const res = await app().gql(
      SET_INCOME,
      { i: { personId: head, category: 'WAGE', month: '2026-13', amountFen: 100 } },
      { cookie: await app().cookieFor('village1a') },
    );
    expect(res.status).toBe(200);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    expect(res.errors![0].message).toMatch(/月份/);
    expect(await auditPos()).toBe(before);
    expect(await ownerQuery(`select 1 from person_income`)).toHaveLength(0);
  });

  it('submitPreApplication with area 500199101202XYZ is BAD_USER_INPUT on areaCode; nothing is written', async () => {
    const before = await auditPos();
    const res = await app().gql(
      SUBMIT,
      {
        i: { contactName: '赵小花', address: '乙村 3 组', areaCode: '500199101202XYZ', programs: [{ programCode: 'TEMP' }], description: '突发重病' },
      },
      { cookie: await app().cookieFor('informant_town') },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaCode' });
    expect(res.errors![0].message).toMatch(/\p{Script=Han}/u);
    expect(await ownerQuery(`select 1 from application`)).toHaveLength(0);
    expect(await auditPos()).toBe(before);
  });

  it('GET /api/applications/not-a-uuid/receipt.pdf is a 404 with a typed Chinese body', async () => {
    const res = await app().app.inject({ method: 'GET', url: '/api/applications/not-a-uuid/receipt.pdf', headers: { cookie: await app().cookieFor('town1') } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'NOT_FOUND', message: expect.stringMatching(/申请不存在/) });
  });

  it('a GraphQL syntax error is a 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await app().gql(`{ me { id `, {}, { cookie: await app().cookieFor('town1') });
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toMatch(/语法错误/);
  });

  it('a query over the token limit is a 400 GRAPHQL_PARSE_FAILED, before execution', async () => {
    const res = await app().gql(`{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toMatch(/超出长度限制/);
  });

  it('a body that is not JSON, or no query at all, is a 400 with a GraphQL-shaped Chinese error', async () => {
    const bad = await app().app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: '{"query": "{ me { id } }"',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: '请求内容不是有效的 JSON' });
    const none = await app().app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(none.json().errors[0].message).toMatch(/请求格式不正确/);
  });

  it('a variable of the wrong type is a 400 BAD_USER_INPUT naming the field; more than 50 such errors too', async () => {
    const cookie = await app().cookieFor('village1a');
    const res = await app().gql(SET_INCOME, { i: { personId: head, category: 'WAGE', month: '2026-11', amountFen: 'many' } }, { cookie });
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'i.amountFen' });
    expect(res.errors![0].message).toMatch(/不符合接口定义/);
    const members = Array.from({ length: 60 }, () => ({ name: 1, idNumber: 2, relation: 3 }));
    const many = await app().gql(
      `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`,
      { i: { areaCode: AREAS.village1a, address: 'x', residenceType: 'RURAL', members } },
      { cookie },
    );
    expect(many.status).toBe(400);
    for (const e of many.errors!) {
      expect(e.extensions!.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/\p{Script=Han}/u);
    }
  });

  it('the export refuses a malformed filter with 400, not 500', async () => {
    const cookie = await app().cookieFor('town1');
    for (const filter of ['"just a string"', '[1,2]', '{"keyword": 42}', `{"keyword": "${'x'.repeat(500)}"}`, '{"areaCode": "a\\u0000b"}', '{not json']) {
      const res = await app().app.inject({ method: 'GET', url: `/files/households.xlsx?filter=${encodeURIComponent(filter)}`, headers: { cookie } });
      expect(res.statusCode, filter).toBe(400);
      expect(res.json(), filter).toMatchObject({ error: 'BAD_USER_INPUT', message: expect.stringMatching(/\p{Script=Han}/u) });
    }
  });

  it('a name search ending in U+10FFFF or a lone surrogate is answered, not a 500', async () => {
    const cookie = await app().cookieFor('town1');
    const q = `query($f: HouseholdFilterInput) { households(filter: $f) { total } }`;
    const last = await app().gql(q, { f: { keyword: '冯\u{10FFFF}' } }, { cookie });
    expect(last.errors).toBeUndefined();
    const lone = await app().gql(q, { f: { keyword: '冯\uD800' } }, { cookie });
    expect(lone.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keyword' });
  });
});

describe('database errors caused by input are typed client errors (safety net)', () => {
  it('maps SQLSTATEs of bad data to BAD_USER_INPUT / CONFLICT / TIMEOUT, anything else to null', () => {
    const pg = (code: string) => Object.assign(new Error('db'), { code });
    expect(asClientError(pg('22008'))?.extensions.code).toBe('BAD_USER_INPUT');
    expect(asClientError(pg('22001'))?.extensions.code).toBe('BAD_USER_INPUT');
    expect(asClientError(pg('22003'))?.extensions.code).toBe('BAD_USER_INPUT');
    expect(asClientError(pg('22P02'))?.extensions.code).toBe('BAD_USER_INPUT');
    expect(asClientError(pg('23514'))?.extensions.code).toBe('BAD_USER_INPUT');
    expect(asClientError(pg('23502'))?.extensions.code).toBe('BAD_USER_INPUT');
    expect(asClientError(pg('23503'))?.extensions.code).toBe('BAD_USER_INPUT');
    expect(asClientError(pg('23505'))?.extensions.code).toBe('CONFLICT');
    expect(asClientError(pg('57014'))?.extensions.code).toBe('TIMEOUT');
    expect(asClientError(pg('22008'))?.message).toMatch(/\p{Script=Han}/u);
    expect(asClientError(pg('XX000'))).toBeNull();
    expect(asClientError(new TypeError('boom'))).toBeNull();
  });

  it('a raw database refusal reaching GraphQL is typed (a UUID argument that is not one)', async () => {
    const res = await dev.gql(`query($id: ID!) { household(id: $id) { id } }`, { id: 'not-a-uuid' }, { cookie: await dev.cookieFor('town1') });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
