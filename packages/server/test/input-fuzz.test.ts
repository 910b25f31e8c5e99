import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ASSET_KINDS,
  BENEFIT_STATUSES,
  DISABILITY_TYPES,
  EMPLOYMENT_STATUSES,
  INCOME_CATEGORIES,
  LABOUR_CAPACITIES,
  PROGRAM_NAMES,
  RELATIONS,
  SCHOOL_STATUSES,
  SPECIAL_STATUSES,
} from '@xiejiu/rules';
import { createUser } from '../src/modules/user/user.service';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, makeId, member } from './ledger-fixture';
import { multipart, PNG } from './file-helpers';
import { CSRF_HEADER } from '../src/modules/files/files.http';

/**
 * R4, property-based: for every mutation of `schema.graphql` (and every query with arguments),
 * fast-check generates arguments from the input types — plausible values (real ids of the fixture,
 * valid codes, dates, ID numbers) mixed with hostile ones (huge, emoji, control characters, NUL,
 * lone surrogates, full-width digits, out-of-range numbers, malformed dates, ids, area codes,
 * UUIDs, nulls) — and sends them as a user who holds the operation's permission and as one who
 * does not. Asserted: no INTERNAL_SERVER_ERROR, no HTTP 5xx, every error typed with a Chinese
 * message, and when a mutation is refused nothing was written (operation-log head, row counts and
 * row versions unchanged). Deterministic seed; a few hundred runs.
 */

/** Fixed for CI; `FUZZ_SEED=… FUZZ_RUNS=…` explores further locally. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const RUNS_AS_HOLDER = Number(process.env.FUZZ_RUNS ?? 6);
const RUNS_AS_OTHER = 2;
const RUNS_PER_QUERY = 2;

/** Mutations that log a refusal by design (failed logins and second-factor attempts are audited). */
const LOGS_REFUSALS = new Set(['login', 'verifyMfa', 'confirmMfaSetup', 'changePassword']);

const schema: GraphQLSchema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));
const declared = new Map(
  fs
    .readFileSync(path.join(__dirname, '__snapshots__', 'permission-declarations.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(': ') as [string, string]),
);

/** A fixture user holding each permission. */
const HOLDER: Record<string, string> = {
  'household.write': 'town1',
  'household.read': 'town1',
  'household.unmask': 'town1',
  'application.write': 'town1',
  'application.read': 'town1',
  'benefit.manage': 'officer',
  'referral.handle': 'officer',
  'program.manage': 'officer',
  'program.simulate': 'officer',
  'referral.supervise': 'fuzzleader',
  'application.preSubmit': 'fuzzinformant',
  'area.manage': 'sysadmin',
  'department.manage': 'sysadmin',
  'user.manage': 'sysadmin',
  'user.read': 'sysadmin',
  'calendar.manage': 'sysadmin',
  'setting.manage': 'sysadmin',
  'user.security': 'secadmin',
  'apiToken.manage': 'secadmin',
  'audit.read': 'auditadmin',
  public: 'town1',
  authenticated: 'town1',
  'password.change': 'town1',
  'mfa.pending': 'town1',
};

let t: TestApp;
let owner: Client;
/** Real ids of the fixture by kind, so generated arguments reach past "not found" into the services. */
const pool: Record<string, string[]> = {};
const POOL_OF: Array<[RegExp, string]> = [
  [/ReferralRefInput\.id|referralId|Mutation\.followUpReferral\.id/, 'referral'],
  [/person|Person|applicant/, 'person'],
  [/household|Household|sourceId|targetId/, 'household'],
  [/deleteAsset/, 'person_asset'],
  [/deleteIncome/, 'person_income'],
  [/changeBenefitStatus/, 'benefit'],
  [/answerSupervision/, 'supervision_note'],
  [/decideExtension/, 'extension_request'],
  [/PreApplication/, 'application'],
  [/User|unlockUser|setUserRoles/, 'app_user'],
  [/revokeApiToken/, 'api_token'],
  [/revokeSession/, 'user_session'],
  [/department|Department/, 'department'],
  [/fileIds|authorizationFileId/, 'stored_file'],
];

// ------------------------------------------------------------------ value generators

const HOSTILE = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007',
  'line\nbreak',
  '\t',
  '😀',
  '👨‍👩‍👧',
  '\u202Eevil',
  '\uD800',
  '\uDC00x',
  '１２３４５',
  '𠮷',
  '䶮',
  "'; drop table person; --",
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '{"a":1}',
  'null',
  'undefined',
  '-1',
  '9'.repeat(40),
  'x'.repeat(10_000),
  '𠮷'.repeat(60),
  '张'.repeat(1001),
  '\u{10FFFF}',
  'ÿ',
  '\uFEFF',
];
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const DATES = () => [todayCn(), days(1), days(2), days(-30), days(400), '2026-01-01', '2025-12-31'];
const BAD_DATES = ['2026-13-01', '2026-02-30', '0000-01-01', '99999-01-01', '2026-1-1', '26-01-01', '2026/01/01', 'yesterday', '1899-12-31', '9999-12-31'];
const MONTHS = () => [todayCn().slice(0, 7), days(40).slice(0, 7), '2026-01', '2025-12'];
const BAD_MONTHS = ['2026-13', '2026-00', '0000-01', '2026-1', '202611', '2026-02-30', '99999-01'];
const PROGRAMS = Object.keys(PROGRAM_NAMES);

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
/** Plausible values only in a clean run; mixed with hostile strings in a wild one. */
const mixed = (good: fc.Arbitrary<string>, wild: boolean) => (wild ? fc.oneof({ weight: 3, arbitrary: good }, { weight: 2, arbitrary: hostile }) : good);

/** A plausible String for a field, by its name, mixed with hostile strings. */
function stringFor(key: string, wild: boolean): fc.Arbitrary<string> {
  const name = key.split('.').pop()!;
  const area = pick([...Object.values(AREAS), '500199101202XYZ', '5001991012', '999999999999', '500199101299', '000000000000']);
  if (/areaCode|parentCode|townCode/.test(name) || key.startsWith('AreaInput.code') || /(area|Area)\.code$|deleteArea\.code|updateArea\.code/.test(key))
    return mixed(area, wild);
  if (/programCode|^code$/.test(name) && /Program|program|Parameter|parameter|Step/.test(key)) {
    return mixed(pick([...PROGRAMS, 'NO_SUCH', 'DIBAO.standard.URBAN', 'DIBAO.max_monthly_amount', 'TEMP.max_months', 'ACCEPT', 'APPROVE', 'dibao']), wild);
  }
  if (/parameterCode/.test(name)) return mixed(pick(['DIBAO.standard.URBAN', 'DIBAO.max_monthly_amount', 'TEMP.max_months', 'NO.such']), wild);
  if (/month|Month/.test(name)) return mixed(pick([...MONTHS(), ...BAD_MONTHS]), wild);
  if (/date|Date|asOf|effectiveFrom|^from$|^to$/.test(name)) return mixed(pick([...DATES(), ...BAD_DATES]), wild);
  if (/idNumber/.test(name)) {
    return mixed(
      pick([
        ...(pool.idNumbers ?? []),
        makeId('19900101'),
        makeId('19850505', 'F').replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
        '110105194912310021',
        '11010519491231002',
        'x'.repeat(18),
      ]),
      wild,
    );
  }
  if (/phone|Phone/.test(name)) return mixed(pick(['13800001111', '+86 138 0000 1111', '023-12345678', '12345', '１３８００００１１１１']), wild);
  if (/relation|Relation/.test(name)) return mixed(pick(Object.keys(RELATIONS)), wild);
  if (/residenceType/.test(name)) return mixed(pick(['URBAN', 'RURAL', 'CITY']), wild);
  if (/^(status|benefitStatus)$/.test(name)) return mixed(pick([...Object.keys(BENEFIT_STATUSES), 'OPEN']), wild);
  if (/statuses/.test(name)) return mixed(pick([...Object.keys(SPECIAL_STATUSES), 'SUBMITTED', 'DONE', 'PENDING']), wild);
  if (/category/.test(name)) return mixed(pick(Object.keys(INCOME_CATEGORIES)), wild);
  if (/labourCapacity/.test(name)) return mixed(pick(Object.keys(LABOUR_CAPACITIES)), wild);
  if (/disabilityType/.test(name)) return mixed(pick(Object.keys(DISABILITY_TYPES)), wild);
  if (/schoolStatus/.test(name)) return mixed(pick(Object.keys(SCHOOL_STATUSES)), wild);
  if (/employmentStatus/.test(name)) return mixed(pick(Object.keys(EMPLOYMENT_STATUSES)), wild);
  if (/kind/.test(name)) return mixed(pick([...Object.keys(ASSET_KINDS), 'WORKING', 'CALENDAR', 'MISSED', 'REVIEW']), wild);
  if (/roles|role/.test(name)) return mixed(pick(['VILLAGE_WINDOW', 'TOWN_WINDOW', 'DEPT_OFFICER', 'SYS_ADMIN', 'SEC_ADMIN', 'NOBODY']), wild);
  if (/permissions/.test(name)) return mixed(pick(['household.read', 'household.write', 'audit.read', 'nothing']), wild);
  if (/level/.test(name)) return mixed(pick(['NORMAL', 'AMBER', 'RED', 'PAUSED']), wild);
  if (/source$/.test(name)) return mixed(pick(['DECISION', 'ROSTER']), wild);
  if (/tier/.test(name)) return mixed(pick(['T1', 'T2', 'T3', 'T4', 'NONE']), wild);
  if (/name|Name/.test(name)) return mixed(pick(['张三', '𠮷野家', '刘䶮', '买买提·艾力', 'John Smith', '张三😀', '测试名称']), wild);
  if (/password|Password/.test(name)) return mixed(pick(['Wrong@2026pw', 'short', 'Another@Pass2027']), wild);
  if (/code/.test(name)) return mixed(pick(['123456', '000000', 'ABCDEF']), wild);
  return mixed(pick(['测试说明文字', '家中突发变故，需要帮助', '依据文件', '正常的备注内容']), wild);
}

function idArb(key: string, wild: boolean): fc.Arbitrary<string> {
  const kind = POOL_OF.find(([re]) => re.test(key))?.[1];
  const real = (kind && pool[kind]?.length ? pool[kind] : pool.all) ?? [];
  if (!wild) return pick(real);
  return fc.oneof(
    { weight: 4, arbitrary: pick(real) },
    { weight: 1, arbitrary: pick(pool.all) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: pick(['not-a-uuid', '', '00000000-0000-0000-0000-000000000000', 'x'.repeat(100), '../../etc/passwd', '1', '😀', 'a\u0000b', '500199101201']),
    },
  );
}

const INTS = [0, 1, -1, 2, 3, 5, 10, 30, 100, 366, 100_000, 2_147_483_647, -2_147_483_648, 99_999_999];

function scalarArb(typeName: string, key: string, wild: boolean): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'String':
      return stringFor(key, wild);
    case 'ID':
      return idArb(key, wild);
    case 'Int':
      return wild
        ? fc.oneof(pick(INTS), fc.integer({ min: -5, max: 40 }), fc.integer())
        : fc.oneof(fc.integer({ min: 0, max: 3 }), pick([80000, 150000, 7, 30]));
    case 'Float':
      return wild
        ? fc.oneof(pick([0, 1, -1, 0.5, 1e13, 1e20, 1e308, -1e308, 12345.67]), fc.double({ noNaN: true, noDefaultInfinity: true }))
        : pick([0, 100000, 2500000]);
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      if (!wild) return pick([new Date(Date.now() + 30 * 86_400_000).toISOString()]);
      return fc.oneof(
        pick([new Date(Date.now() + 30 * 86_400_000).toISOString(), new Date(Date.now() + 400 * 86_400_000).toISOString(), '2020-01-01T00:00:00Z']),
        pick(['not-a-date', '2026-13-45T00:00:00Z', '']),
      );
    case 'JSON':
      if (!wild) return pick([85000, 1.2, ['EXCLUDED'], 24]);
      return fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        pick([80000, -1, 1.5, 'x', ['EXCLUDED'], ['NOPE'], { members: [] }, { a: '\u0000' }, 'x'.repeat(5000), null]),
      );
    default:
      return fc.constant(null);
  }
}

/** Values of one input type; nullable positions are sometimes null or absent. */
function inputArb(type: GraphQLInputType, key: string, wild: boolean, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    if (!wild) return baseArb(type.ofType, key, wild, depth);
    // Rarely break the contract itself (GraphQL must answer 400 for it).
    return fc.oneof({ weight: 30, arbitrary: inputArb(type.ofType, key, wild, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const inner = baseArb(type, key, wild, depth);
  return fc.oneof({ weight: wild ? 5 : 3, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
}

function baseArb(type: GraphQLInputType, key: string, wild: boolean, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return baseArb(type.ofType, key, wild, depth);
  if (isListType(type)) {
    if (!wild) return fc.array(inputArb(type.ofType, key, wild, depth + 1), { minLength: 1, maxLength: 3 });
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(inputArb(type.ofType, key, wild, depth + 1), { maxLength: 3 }) },
      { weight: 1, arbitrary: fc.array(inputArb(type.ofType, key, wild, depth + 1), { minLength: 31, maxLength: 35 }) },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) shape[f.name] = depth > 3 ? fc.constant(null) : inputArb(f.type, `${type.name}.${f.name}`, wild, depth + 1);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(shape, { requiredKeys: required });
  }
  if (isEnumType(type) && !wild) return pick(type.getValues().map((v) => v.value as string));
  if (isEnumType(type))
    return fc.oneof({ weight: 8, arbitrary: pick(type.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') });
  if (isScalarType(type)) return scalarArb(type.name, key, wild);
  return fc.constant(null);
}

/** Arguments of one operation: clean runs (plausible values only) and wild runs (hostile values mixed in). */
function argsArb(parent: string, field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const build = (wild: boolean) => {
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const a of field.args) shape[a.name] = inputArb(a.type, `${parent}.${field.name}.${a.name}`, wild);
    return fc.record(shape, { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) });
  };
  const clean = build(false);
  const hostileArgs = build(true);
  return fc.oneof(clean, hostileArgs);
}

function typeRef(t: GraphQLArgument['type']): string {
  return t.toString();
}

function document(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${typeRef(a.type)}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

// ------------------------------------------------------------------ database fingerprint

/**
 * Every table of the application, from the catalogue (a new table is counted without editing this
 * test), except the ones a request legitimately writes before it is refused or that the harness
 * writes: sessions (cookies are minted per request), migrations, the key canary, and the log itself
 * (its head position is compared instead).
 */
const NOT_COUNTED = new Set(['user_session', 'mikro_orm_migrations', 'field_key', 'audit_log', 'audit_head']);
let counted: string[] = [];

async function countedTables(): Promise<string[]> {
  const { rows } = await owner.query(
    `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return (rows as Array<{ t: string }>).map((r) => r.t).filter((t) => !NOT_COUNTED.has(t));
}

async function fingerprint(): Promise<string> {
  if (!counted.length) counted = await countedTables();
  const { rows } = await owner.query(
    `select (select pos from audit_head where id = 1) as audit,
            ${counted.map((tbl) => `(select count(*) from ${tbl}) as "${tbl}"`).join(', ')},
            (select coalesce(sum(version), 0) from household) as hv, (select coalesce(sum(version), 0) from person) as pv,
            (select coalesce(sum(version), 0) from referral) as rv, (select coalesce(sum(version), 0) from benefit) as bv`,
  );
  return JSON.stringify(rows[0]);
}

// ------------------------------------------------------------------ the property

interface Outcome {
  status: number;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function send(query: string, variables: Record<string, unknown>, user: string): Promise<Outcome> {
  const cookie = await t.cookieFor(user);
  const res = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', cookie },
    payload: JSON.stringify({ query, variables }),
  });
  const body = res.headers['content-type']?.toString().includes('json') ? res.json() : {};
  return { status: res.statusCode, errors: body.errors };
}

function assertClientOutcome(where: string, variables: unknown, out: Outcome): void {
  const show = () => `${where} ${JSON.stringify(variables).slice(0, 600)} → ${out.status} ${JSON.stringify(out.errors)?.slice(0, 400)}`;
  expect(out.status, show()).toBeLessThan(500);
  for (const e of out.errors ?? []) {
    const each = () => `${show()}\n  offending error: ${JSON.stringify(e)}`;
    expect(e.extensions?.code, each()).toBeTruthy();
    expect(e.extensions?.code, each()).not.toBe('INTERNAL_SERVER_ERROR');
    expect(e.message, each()).toMatch(/\p{Script=Han}/u);
  }
}

function nonHolder(permission: string): string | null {
  if (['public', 'authenticated', 'password.change', 'mfa.pending'].includes(permission)) return null;
  return permission === 'referral.supervise' || permission === 'program.simulate' ? 'village1a' : 'joint';
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  owner = new Client({ connectionString: inject('ownerUrl') });
  await owner.connect();
  await owner.query(`select set_config('app.area_prefix', '*', false)`);
  const sys = t.system('fuzz-fixture', AREAS.district);
  // Acting users never appear in the id pool (a generated setUserRoles must not lock the test out); spare ones do.
  for (const [username, role, area] of [
    ['fuzzleader', 'TOWN_LEADER', AREAS.town1],
    ['fuzzinformant', 'INFORMANT', AREAS.village1a],
    ['spare1', 'VILLAGE_WINDOW', AREAS.village1a],
    ['spare2', 'TOWN_WINDOW', AREAS.town1],
  ] as const) {
    await createUser(sys, {
      username,
      displayName: `测试${username}`,
      areaCode: area,
      roles: [role],
      informantKind: role === 'INFORMANT' ? 'GRID_WORKER' : null,
      password: PASSWORD,
    });
  }
  await ownerQuery(`update app_user set must_change_password = false`);
  const hh1 = await household(t, AREAS.village1a, [
    member('周一', '19700101', 'HEAD'),
    member('周二', '19720101', 'SPOUSE', 'F'),
    member('周三', '20150101', 'SON'),
  ]);
  const hh2 = await household(t, AREAS.village1a, [member('吴一', '19500101', 'HEAD')]);
  await household(t, AREAS.village1b, [member('郑一', '19600101', 'HEAD')]);
  const town1 = { cookie: await t.cookieFor('town1') };
  const persons = await ownerQuery<{ person_id: string }>(`select person_id from membership where to_date is null and household_id = $1`, [hh1]);
  await t.gql(
    `mutation($i: IncomeInput!) { setIncome(input: $i) }`,
    { i: { personId: persons[0].person_id, category: 'WAGE', month: MONTHS()[0], amountFen: 150000 } },
    town1,
  );
  await t.gql(`mutation($i: AssetInput!) { addAsset(input: $i) }`, { i: { householdId: hh1, kind: 'DEPOSIT', valueFen: 500000 } }, town1);
  const reg = await t.gql(
    `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id referralIds } }`,
    {
      i: {
        householdId: hh2,
        applicantPersonId: (await ownerQuery(`select head_person_id from household where id = $1`, [hh2]))[0].head_person_id,
        programs: [{ programCode: 'DIBAO' }, { programCode: 'TEMP' }],
        authorizationSigned: true,
        materials: [{ name: '居民身份证', provided: true }],
      },
    },
    town1,
  );
  expect(reg.errors).toBeUndefined();
  const refs = await ownerQuery<{ id: string; version: number }>(`select id, version from referral`);
  await t.gql(
    `mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { ok } }`,
    { refs: [{ id: refs[0].id, version: refs[0].version }] },
    { cookie: await t.cookieFor('officer') },
  );
  await t.gql(
    `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`,
    {
      i: { contactName: '赵小花', address: '一镇甲村 5 组', areaCode: AREAS.village1a, programs: [{ programCode: 'TEMP' }], description: '突发重病，急需救助' },
    },
    { cookie: await t.cookieFor('fuzzinformant') },
  );
  const leader = { cookie: await t.cookieFor('fuzzleader') };
  const officer = { cookie: await t.cookieFor('officer') };
  await t.gql(`mutation($id: ID!) { superviseReferral(referralId: $id, message: "请加快办理") }`, { id: refs[0].id }, leader);
  await t.gql(`mutation($id: ID!) { requestExtension(referralId: $id, days: 5, reason: "需补充核查异地财产") }`, { id: refs[0].id }, officer);
  await t.gql(
    `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token } }`,
    {
      i: { name: '对接测试', areaCode: AREAS.town1, permissions: ['household.read'], expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    },
    { cookie: await t.cookieFor('secadmin') },
  );
  await t.cookieFor('spare1'); // a session of a spare user, for revokeSession
  for (let i = 0; i < 2; i++) {
    const { payload, contentType } = multipart(`scan${i}.png`, PNG);
    await t.app.inject({ method: 'POST', url: '/api/files', headers: { 'content-type': contentType, cookie: town1.cookie, [CSRF_HEADER]: '1' }, payload });
  }
  await t.gql(
    `mutation($i: BenefitInput!) { recordBenefit(input: $i) }`,
    {
      i: { householdId: hh1, programCode: 'ELDER', status: 'ACTIVE', monthlyAmountFen: 5000, personId: persons[0].person_id, source: 'DECISION' },
    },
    officer,
  );
  for (const table of [
    'household',
    'person',
    'application',
    'referral',
    'benefit',
    'person_income',
    'person_asset',
    'supervision_note',
    'extension_request',
    'api_token',
    'department',
    'stored_file',
  ]) {
    pool[table] = (await ownerQuery<{ id: string }>(`select id::text from ${table}`)).map((r) => r.id);
  }
  pool.app_user = (await ownerQuery<{ id: string }>(`select id::text from app_user where username like 'spare%'`)).map((r) => r.id);
  pool.user_session = (
    await ownerQuery<{ id: string }>(`select s.id from user_session s join app_user u on u.id = s.user_id where u.username like 'spare%'`)
  ).map((r) => r.id);
  pool.all = Object.values(pool).flat();
  pool.idNumbers = [makeId('19910203'), makeId('19880808', 'F')];
}, 120_000);

afterAll(async () => {
  await owner?.end();
  await t?.close();
});

describe('fuzzed GraphQL inputs give typed errors, never 500s (R4)', () => {
  const mutations = Object.values(schema.getMutationType()!.getFields());
  const queries = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);

  it('covers every mutation of schema.graphql', () => {
    expect(mutations.length).toBeGreaterThan(60);
    for (const m of mutations) expect(declared.get(`Mutation.${m.name}`), m.name).toBeTruthy();
  });

  it.each(mutations.map((m) => [m.name, m] as const))('mutation %s', async (_name, field) => {
    const permission = declared.get(`Mutation.${field.name}`)!;
    const query = document('mutation', field);
    const args = argsArb('Mutation', field);
    const runAs = (user: string, numRuns: number) =>
      fc.assert(
        fc.asyncProperty(args, async (variables) => {
          const before = await fingerprint();
          const out = await send(query, variables, user);
          assertClientOutcome(`${field.name} as ${user}`, variables, out);
          if (process.env.FUZZ_STATS)
            console.log(
              `STAT ${field.name} ${user} ${out.status} ${out.errors?.map((e) => `${e.extensions?.code}:${e.message.slice(0, 160)}`).join('|') ?? 'OK'}`,
            );
          if (out.errors?.length && !LOGS_REFUSALS.has(field.name)) {
            expect(
              await fingerprint(),
              `${field.name} as ${user} was refused but wrote: ${JSON.stringify(variables).slice(0, 400)} → ${JSON.stringify(out.errors)}`,
            ).toBe(before);
          }
        }),
        { seed: SEED, numRuns, endOnFailure: true },
      );
    await runAs(HOLDER[permission] ?? 'town1', RUNS_AS_HOLDER);
    const other = nonHolder(permission);
    if (other) await runAs(other, RUNS_AS_OTHER);
  });

  it.each(queries.map((q) => [q.name, q] as const))('query %s', async (_name, field) => {
    const permission = declared.get(`Query.${field.name}`) ?? 'authenticated';
    const user = HOLDER[permission] ?? 'town1';
    const query = document('query', field);
    await fc.assert(
      fc.asyncProperty(argsArb('Query', field), async (variables) => {
        assertClientOutcome(`${field.name} as ${user}`, variables, await send(query, variables, user));
      }),
      { seed: SEED, numRuns: RUNS_PER_QUERY, endOnFailure: true },
    );
  });
});
