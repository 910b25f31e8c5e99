import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentByCode } from '../src/modules/department/department.service';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, makeId, member } from './ledger-fixture';

/** 身份比对 (modules/identity): statuses only, across areas, logged, for departments only. */
let t: TestApp;
let officer: string;
let village: string;
const dibaoHead = member('比对户主', '19600101', 'HEAD');
const dibaoWife = member('比对配偶', '19620202', 'SPOUSE', 'F');
const plain = member('普通居民', '19900303', 'HEAD');
const youfuOnly = makeId('19500505', 'M');

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  officer = await t.cookieFor('officer');
  village = await t.cookieFor('village1a');
  const hh = await household(t, AREAS.village2a, [dibaoHead, dibaoWife]);
  await household(t, AREAS.village1a, [plain]);
  const minzheng = (await departmentByCode(t.system(), 'MINZHENG'))!;
  await ownerQuery(
    `insert into benefit (id, household_id, area_code, program_code, status, monthly_amount_fen, start_date, source, department_id, created_at, updated_at)
     values (gen_random_uuid(), $1, $2, 'DIBAO', 'ACTIVE', 60000, '2026-01-01', 'DECISION', $3, now(), now())`,
    [hh, AREAS.village2a, minzheng.id],
  );
  await ownerQuery(`update household set tier = 'T2' where id = $1`, [hh]);
  // A 优抚 status roster row about a person who is in no household of the ledger.
  await ownerQuery(
    `insert into ref_status (id, batch_id, line, id_bidx, id_enc, name, status_kind, from_date) values (gen_random_uuid(), gen_random_uuid(), 2, $1, 'x', '优抚老兵', 'YOUFU', '2020-01-01')`,
    [t.runtime.fieldCrypto.blindIndex(`id:${youfuOnly}`)],
  );
});
afterAll(async () => t?.close());

const MATCH = `mutation($ids: [String!]!) { matchIdentities(idNumbers: $ids) {
  input valid message idMasked found nameMasked areaName tier tierName assistanceObject programs statuses } }`;

describe('matchIdentities', () => {
  it('tells a department which of its people are 民政 objects or 优抚 — statuses only, across areas', async () => {
    const res = await t.gql(MATCH, { ids: [dibaoWife.idNumber, plain.idNumber, youfuOnly, '110101199001011230', '  '] }, { cookie: officer });
    expect(res.errors).toBeUndefined();
    const [wife, p, youfu, bad] = res.data!.matchIdentities;
    expect(wife).toMatchObject({
      valid: true,
      found: true,
      nameMasked: '比**偶',
      areaName: '二镇甲村',
      tier: 'T2',
      assistanceObject: true,
      programs: ['最低生活保障'],
    });
    expect(p).toMatchObject({ valid: true, found: true, assistanceObject: false, programs: [], tier: null });
    expect(youfu).toMatchObject({ valid: true, found: false, statuses: ['优抚对象'], assistanceObject: false });
    expect(bad).toMatchObject({ valid: false, found: false, message: expect.stringMatching(/校验/) });
    expect(res.data!.matchIdentities).toHaveLength(4);
    const [log] = await ownerQuery(`select diff from audit_log where action = 'identity.matched' order by pos desc limit 1`);
    expect(log.diff.detail).toEqual({ asked: 4, valid: 3, found: 2 });
    expect(JSON.stringify(log.diff)).not.toContain(dibaoWife.idNumber);
  });

  it('is for departments: a village window is refused; empty and oversized lists are refused', async () => {
    const v = await t.gql(MATCH, { ids: [plain.idNumber] }, { cookie: village });
    expect(v.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const empty = await t.gql(MATCH, { ids: [] }, { cookie: officer });
    expect(empty.errors?.[0]).toMatchObject({ message: '请至少输入一个身份证号', extensions: { code: 'BAD_USER_INPUT' } });
    const many = await t.gql(MATCH, { ids: Array.from({ length: 201 }, () => plain.idNumber) }, { cookie: officer });
    expect(many.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
