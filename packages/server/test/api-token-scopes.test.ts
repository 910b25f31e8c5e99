import { getMetadataStorage } from 'type-graphql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseIfMissing, withCredentials } from '../src/db/database';
import { migrationsList } from '../src/db/migrations';
import { openOrm } from '../src/db/orm';
import { authChecker } from '../src/graphql/auth-checker';
import { RequestContext } from '../src/graphql/request-context';
import { buildAppSchema } from '../src/graphql/schema';
import { createApiToken } from '../src/modules/auth/api-token.service';
import { Permission } from '../src/modules/auth/permissions';
import { permissionsOfScopes, TOKEN_SCOPES } from '../src/modules/auth/token-scopes';
import { verifyChainAt } from '../src/modules/audit/audit-verify';
import { createDepartment } from '../src/modules/department/department.service';
import { setIncome } from '../src/modules/household/household.service';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { multipart } from './file-helpers';
import { household, member } from './ledger-fixture';

/**
 * Item 4: API tokens carry a closed set of integrator scopes; configuration and administration
 * never reach a token. Each scope is proven by what a real token can and cannot do.
 */

let t: TestApp;
let involved: string; // household with an application: MINZHENG (DIBAO) and RENSHE (EMPLOY) hold referrals
let uninvolved: string; // household no department is involved with
let depts: Record<string, string>;

const CREATE = `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token apiToken { id scopes permissions departmentName } } }`;
const in30days = () => new Date(Date.now() + 30 * 86_400_000).toISOString();

async function token(scopes: string[], department: string | null = 'MINZHENG'): Promise<string> {
  const res = await t.gql(
    CREATE,
    { i: { name: `令牌${scopes.join('+')}`, areaCode: AREAS.district, departmentId: department ? depts[department] : null, scopes, expiresAt: in30days() } },
    { cookie: await t.cookieFor('secadmin') },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createApiToken.token;
}

const bearer = (token: string) => ({ bearer: token });
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  depts = Object.fromEntries((await ownerQuery<{ id: string; code: string }>(`select id, code from department`)).map((d) => [d.code, d.id]));
  involved = await household(t, AREAS.village1a, [member('赵一', '19700101', 'HEAD'), member('赵二', '19720101', 'SPOUSE', 'F')]);
  uninvolved = await household(t, AREAS.village1b, [member('周一', '19650101', 'HEAD')]);
  const [head] = await ownerQuery<{ id: string }>(
    `select p.id from person p join membership m on m.person_id = p.id where m.household_id = $1 and p.name = '赵一'`,
    [involved],
  );
  const reg = await t.gql(
    `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id } }`,
    {
      i: {
        householdId: involved,
        applicantPersonId: head.id,
        programs: [{ programCode: 'DIBAO' }, { programCode: 'EMPLOY', personId: head.id }],
        authorizationSigned: true,
        materials: [{ name: '居民身份证', provided: true }],
      },
    },
    { cookie: await t.cookieFor('town1') },
  );
  expect(reg.errors).toBeUndefined();
  const sys = t.system('test', AREAS.district);
  for (const p of await ownerQuery<{ id: string }>(`select person_id as id from membership where household_id in ($1, $2)`, [involved, uninvolved])) {
    await setIncome(sys, { personId: p.id, category: 'WAGE', month: '2026-10', amountFen: 150000 });
  }
});
afterAll(async () => t?.close());

describe('creating tokens', () => {
  it('refuses every permission that is not a scope, through GraphQL and in the service', async () => {
    const cookie = await t.cookieFor('secadmin');
    const sec = new RequestContext({
      em: t.orm.em.fork(),
      actor: { kind: 'user', id: 'x', name: '安全', roles: ['SEC_ADMIN'], permissions: new Set(['apiToken.manage']), areaCode: AREAS.district },
      requestId: 'test',
      runtime: t.runtime,
    });
    for (const p of Object.values(Permission)) {
      const res = await t.gql(CREATE, { i: { name: 'x', areaCode: AREAS.district, scopes: [p], expiresAt: in30days() } }, { cookie });
      expect(code(res), p).toBe('BAD_USER_INPUT');
      await expect(createApiToken(sec, { name: 'x', areaCode: AREAS.district, scopes: [p], expiresAt: new Date(in30days()) }), p).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'scopes' },
        message: expect.stringMatching(/不是接口令牌的权限范围/),
      });
    }
    // The old field is gone: a token cannot be given raw permissions any more.
    const old = await t.gql(
      CREATE,
      { i: { name: 'x', areaCode: AREAS.district, permissions: ['area.read'], scopes: ['LEDGER_SHARED_READ'], expiresAt: in30days() } },
      { cookie },
    );
    expect(code(old)).toBe('BAD_USER_INPUT');
    expect((await ownerQuery(`select count(*)::int as n from api_token`))[0].n).toBe(0);
  });

  it('department scopes need a department; scopes are listed with Chinese descriptions', async () => {
    const cookie = await t.cookieFor('secadmin');
    for (const s of TOKEN_SCOPES.filter((d) => d.needsDepartment)) {
      const res = await t.gql(CREATE, { i: { name: 'x', areaCode: AREAS.district, scopes: [s.scope], expiresAt: in30days() } }, { cookie });
      expect(res.errors![0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'departmentId' },
        message: expect.stringMatching(/须指定令牌所属部门/),
      });
    }
    const list = await t.gql(`{ apiTokenScopes { scope name description needsDepartment permissions { code name } } }`, {}, { cookie });
    expect(list.data!.apiTokenScopes.map((s: { scope: string }) => s.scope)).toEqual(TOKEN_SCOPES.map((s) => s.scope));
    for (const s of list.data!.apiTokenScopes) expect(s.description).toMatch(/[\u4e00-\u9fa5]/);
    const created = await t.gql(
      CREATE,
      {
        i: { name: '民政系统', areaCode: AREAS.district, departmentId: depts.MINZHENG, scopes: ['REFERRAL_HANDLE', 'REFERRAL_HANDLE'], expiresAt: in30days() },
      },
      { cookie },
    );
    expect(created.data!.createApiToken.apiToken).toMatchObject({
      scopes: ['REFERRAL_HANDLE'],
      permissions: ['APPLICATION_READ', 'AREA_READ', 'DEPARTMENT_READ', 'REFERRAL_HANDLE'],
      departmentName: '测试区民政局',
    });
    const log = await ownerQuery(`select diff from audit_log where action = 'api_token.created' order by pos desc limit 1`);
    expect(log[0].diff.changes.scopes.after).toBe('REFERRAL_HANDLE');
  });
});

describe('what each scope allows', () => {
  /** Configuration, administration, writes to the ledger and applications, unmasking, export. */
  const NEVER = [
    'user.read',
    'user.manage',
    'user.security',
    'apiToken.manage',
    'audit.read',
    'adminChange.review',
    'job.system',
    'area.manage',
    'department.manage',
    'calendar.manage',
    'setting.manage',
    'program.manage',
    'program.simulate',
    'household.write',
    'household.detail',
    'household.unmask',
    'household.export',
    'application.write',
    'application.preSubmit',
    'referral.supervise',
    'password.change',
    'roster.import',
    'finding.read',
    'finding.review',
    'crosscheck.run',
    'sms.read',
    'sms.manage',
    // 公示 lists and the notice with full names are for staff of the area, not for department systems
    'publicity.read',
    'publicity.print',
    // the portal's windows are edited by the system administrator and town windows, not by department systems
    'portal.manage',
    // 留言 are answered by people of the town or the district, never by a department system
    'portal.message.reply',
    // 先行救助 pays money on a person's judgement of an emergency: the town window, never a system
    'relief.advance',
    // 协助完善台账 is people reporting what they saw, decided by another person
    'household.propose',
    // 统一核查 is conducted and approved by people (maker-checker), never by a system token
    'verification.manage',
    'verification.approve',
    // 个案会商 is escalated, discussed and followed up by people of the area and the departments (modules/consultation)
    'consultation.raise',
    'consultation.meet',
    'consultation.task.handle',
    // 统计看板 is read by people of the area (the joint meeting, windows, departments), not by department systems
    'dashboard.read',
  ];

  it('no scope grants configuration, administration, ledger writes, unmasking or the export', () => {
    for (const s of TOKEN_SCOPES) for (const p of s.permissions) expect(NEVER, `${s.scope} → ${p}`).not.toContain(p);
    expect(new Set(Object.values(Permission))).toEqual(
      new Set([...NEVER, ...TOKEN_SCOPES.flatMap((s) => s.permissions), 'public', 'authenticated', 'mfa.pending']),
    );
  });

  it('walking every query and mutation, a token passes exactly the declarations its scopes cover', async () => {
    await buildAppSchema();
    const storage = getMetadataStorage();
    const ops = [...storage.queries.map((q) => ['Query', q] as const), ...storage.mutations.map((m) => ['Mutation', m] as const)].map(([kind, op]) => ({
      name: `${kind}.${op.schemaName}`,
      roles: storage.authorizedFields.find((a) => a.target === op.target && a.fieldName === op.methodName)?.roles ?? [],
    }));
    expect(ops.length).toBeGreaterThan(50);
    for (const s of TOKEN_SCOPES) {
      const granted = permissionsOfScopes([s.scope]);
      const ctx = new RequestContext({
        em: t.orm.em.fork(),
        actor: { kind: 'token', id: 't', name: 'token', roles: ['INTEGRATOR'], permissions: granted, areaCode: AREAS.district, departmentId: depts.MINZHENG },
        requestId: 'walk',
        runtime: t.runtime,
      });
      const allowed: string[] = [];
      for (const op of ops) {
        let ok: boolean;
        try {
          ok =
            (await (authChecker as unknown as (data: unknown, roles: string[]) => boolean | Promise<boolean>)(
              { context: { ctx }, root: {}, args: {}, info: {} },
              op.roles,
            )) === true;
        } catch {
          ok = false;
        }
        const expected = op.roles.includes('public') || op.roles.every((p) => p === 'authenticated' || p === 'password.change' || granted.has(p));
        expect(ok, `${s.scope} ${op.name} (${op.roles.join('+')})`).toBe(expected);
        if (ok && op.roles.some((p) => granted.has(p))) allowed.push(op.name);
        if (ok)
          for (const p of op.roles)
            expect(
              NEVER.filter((n) => n !== 'password.change'),
              `${s.scope} ${op.name}`,
            ).not.toContain(p);
      }
      // The promises of each scope, by operation.
      const promised: Record<string, string[]> = {
        LEDGER_SHARED_READ: ['Query.households', 'Query.household', 'Query.areas', 'Query.departments'],
        LEDGER_DETAIL_READ: ['Query.households', 'Query.household'],
        REFERRAL_HANDLE: ['Query.referrals', 'Query.referral', 'Mutation.signReferrals', 'Mutation.requestSupplement', 'Mutation.decideReferral'],
        BENEFIT_MANAGE: ['Mutation.recordBenefit', 'Mutation.changeBenefitStatus'],
        REFERENCE_DATA_PUSH: [],
        IDENTITY_MATCH: ['Mutation.matchIdentities'],
        // The change feed (modules/integration, test/integration-api.test.ts): what else the feed shows follows the other scopes.
        EVENTS_READ: ['Query.events'],
      };
      for (const op of promised[s.scope]) expect(allowed, s.scope).toContain(op);
      if (s.scope === 'REFERENCE_DATA_PUSH') expect(allowed).toEqual([]);
    }
  });

  it('LEDGER_SHARED_READ: finds households but sees only the shared view, even where its department is involved', async () => {
    const tok = await token(['LEDGER_SHARED_READ']);
    const list = await t.gql(`{ households(pageSize: 50) { total items { id access } } }`, {}, bearer(tok));
    expect(list.data!.households.total).toBe(2);
    expect(list.data!.households.items.map((h: { access: string }) => h.access)).toEqual(['SHARED', 'SHARED']);
    const one = await t.gql(
      `query($id: ID!) { household(id: $id) { access address incomes { amountFen } members { name idMasked } } }`,
      { id: involved },
      bearer(tok),
    );
    expect(one.data!.household).toMatchObject({ access: 'SHARED', address: null, incomes: null });
    const [p] = await ownerQuery<{ id: string }>(`select person_id as id from membership where household_id = $1 limit 1`, [involved]);
    expect(code(await t.gql(`mutation($p: ID!) { unmask(field: ID_NUMBER, reason: "核对身份信息", personId: $p) }`, { p: p.id }, bearer(tok)))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.gql(`{ referrals { total } }`, {}, bearer(tok)))).toBe('FORBIDDEN');
    expect(code(await t.gql(`{ users { total } }`, {}, bearer(tok)))).toBe('FORBIDDEN');
    const exp = await t.app.inject({ method: 'GET', url: '/files/households.xlsx', headers: { authorization: `Bearer ${tok}` } });
    expect(exp.statusCode).toBe(403);
  });

  it('LEDGER_DETAIL_READ: full detail of households its department is involved with, the shared view elsewhere', async () => {
    const tok = await token(['LEDGER_DETAIL_READ']);
    const q = `query($id: ID!) { household(id: $id) { access incomes { amountFen } } }`;
    const mine = await t.gql(q, { id: involved }, bearer(tok));
    expect(mine.data!.household.access).toBe('FULL');
    expect(mine.data!.household.incomes.length).toBeGreaterThan(0);
    const other = await t.gql(q, { id: uninvolved }, bearer(tok));
    expect(other.data!.household).toMatchObject({ access: 'SHARED', incomes: null });
    // The same scope for a department not involved anywhere: nothing beyond the shared view.
    const jiaoyu = await createDepartment(t.system('test', AREAS.district), { code: 'JIAOYU', name: '测试区教委', shortName: '教委' });
    depts.JIAOYU = jiaoyu.id;
    const none = await token(['LEDGER_DETAIL_READ'], 'JIAOYU');
    expect((await t.gql(q, { id: involved }, bearer(none))).data!.household.access).toBe('SHARED');
  });

  it('REFERRAL_HANDLE: signs, asks for 补正 and decides its department’s referrals, and sees no other department’s', async () => {
    const tok = await token(['REFERRAL_HANDLE']);
    const list = await t.gql(`{ referrals(pageSize: 50) { total items { id version programCode mine } } }`, {}, bearer(tok));
    expect(list.data!.referrals.items.map((r: { programCode: string }) => r.programCode)).toEqual(['DIBAO']);
    const [employ] = await ownerQuery<{ id: string; version: number }>(`select id, version from referral where program_code = 'EMPLOY'`);
    expect(code(await t.gql(`query($id: ID!) { referral(id: $id) { referral { id } } }`, { id: employ.id }, bearer(tok)))).toBe('NOT_FOUND');
    const apps = await t.gql(`{ applications { total items { id } } }`, {}, bearer(tok));
    expect(apps.data!.applications.total).toBe(1);
    const detail = await t.gql(
      `query($id: ID!) { application(id: $id) { referrals { programCode } history { kind } } }`,
      { id: apps.data!.applications.items[0].id },
      bearer(tok),
    );
    expect(detail.data!.application.referrals.map((r: { programCode: string }) => r.programCode)).toEqual(['DIBAO']);
    const wrongSign = await t.gql(
      `mutation($r: [ReferralRefInput!]!) { signReferrals(refs: $r) { ok } }`,
      { r: [{ id: employ.id, version: employ.version }] },
      bearer(tok),
    );
    expect(wrongSign.data!.signReferrals[0].ok).toBe(false);

    let dibao = list.data!.referrals.items[0];
    const sign = await t.gql(
      `mutation($r: [ReferralRefInput!]!) { signReferrals(refs: $r) { ok message } }`,
      { r: [{ id: dibao.id, version: dibao.version }] },
      bearer(tok),
    );
    expect(sign.data!.signReferrals[0].ok).toBe(true);
    dibao = (await t.gql(`query($id: ID!) { referral(id: $id) { referral { id version status } } }`, { id: dibao.id }, bearer(tok))).data!.referral.referral;
    expect(dibao.status).toBe('PROCESSING');
    const sup = await t.gql(
      `mutation($r: ReferralRefInput!) { requestSupplement(ref: $r, note: "请补充收入证明") { status version } }`,
      { r: { id: dibao.id, version: dibao.version } },
      bearer(tok),
    );
    expect(sup.data!.requestSupplement.status).toBe('SUPPLEMENT');
    // The window answers the 补正 (a token cannot: application.write is in no scope).
    expect(
      code(
        await t.gql(
          `mutation($r: ReferralRefInput!) { provideSupplement(ref: $r, note: "已补交") { status } }`,
          { r: { id: dibao.id, version: sup.data!.requestSupplement.version } },
          bearer(tok),
        ),
      ),
    ).toBe('FORBIDDEN');
    const back = await t.gql(
      `mutation($r: ReferralRefInput!) { provideSupplement(ref: $r, note: "已补交") { status version } }`,
      { r: { id: dibao.id, version: sup.data!.requestSupplement.version } },
      { cookie: await t.cookieFor('village1a') },
    );
    expect(back.data!.provideSupplement.status).toBe('PROCESSING');
    const decide = await t.gql(
      `mutation($r: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $r, input: $i) { status outcome } }`,
      { r: { id: dibao.id, version: back.data!.provideSupplement.version }, i: { approve: false, reason: '家庭人均收入高于低保标准' } },
      bearer(tok),
    );
    expect(decide.errors).toBeUndefined();
    expect(decide.data!.decideReferral).toMatchObject({ status: 'DONE', outcome: 'REFUSED' });
    const byToken = await ownerQuery(`select actor_name, role from audit_log where action = 'referral.refused'`);
    expect(byToken[0]).toMatchObject({ actor_name: expect.stringMatching(/^接口令牌:/), role: 'INTEGRATOR' });
    // Ledger reads are not part of this scope.
    expect(code(await t.gql(`{ households { total } }`, {}, bearer(tok)))).toBe('FORBIDDEN');
  });

  it('BENEFIT_MANAGE: records benefits of its department’s programs only', async () => {
    const tok = await token(['BENEFIT_MANAGE']);
    const rec = `mutation($i: BenefitInput!) { recordBenefit(input: $i) }`;
    const ok = await t.gql(
      rec,
      { i: { householdId: uninvolved, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: 60000, source: 'DECISION' } },
      bearer(tok),
    );
    expect(ok.errors).toBeUndefined();
    const other = await t.gql(
      rec,
      { i: { householdId: uninvolved, programCode: 'EMPLOY', status: 'ACTIVE', monthlyAmountFen: 0, source: 'DECISION' } },
      bearer(tok),
    );
    expect(other.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/两不变/) });
    expect(code(await t.gql(`{ households { total } }`, {}, bearer(tok)))).toBe('FORBIDDEN');
  });

  it('REFERENCE_DATA_PUSH: reads nothing; pushes reference data through POST /api/imports', async () => {
    const tok = await token(['REFERENCE_DATA_PUSH'], null);
    for (const q of [`{ households { total } }`, `{ areas { total } }`, `{ referrals { total } }`, `{ departments { total } }`]) {
      expect(code(await t.gql(q, {}, bearer(tok))), q).toBe('FORBIDDEN');
    }
    const body = multipart('deaths.csv', Buffer.from('姓名,身份证号,死亡日期,来源\r\n张三,110101198001011234,2026-01-01,公安\r\n'));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/deaths',
      headers: { authorization: `Bearer ${tok}`, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('IDENTITY_MATCH: the statuses of a list, nothing else', async () => {
    const tok = await token(['IDENTITY_MATCH']);
    const res = await t.gql(`mutation { matchIdentities(idNumbers: ["110101198001011234"]) { valid found } }`, {}, bearer(tok));
    expect(res.errors).toBeUndefined();
    expect(code(await t.gql(`{ households { total } }`, {}, bearer(tok)))).toBe('FORBIDDEN');
  });
});

describe('existing tokens', () => {
  it('are mapped to scopes without widening, or revoked, and each outcome is logged in the chain', async () => {
    // A separate database migrated up to the migration before this one, with tokens of the old kind.
    const owner = new URL(inject('ownerUrl'));
    const db = 'xiejiu_test_token_migration';
    const admin = new Client({
      connectionString: withCredentials(owner.toString(), decodeURIComponent(owner.username), decodeURIComponent(owner.password), 'postgres'),
    });
    await admin.connect();
    await admin.query(`drop database if exists "${db}"`);
    await admin.end();
    await createDatabaseIfMissing(owner.toString(), db);
    const url = withCredentials(owner.toString(), decodeURIComponent(owner.username), decodeURIComponent(owner.password), db);
    const mine = migrationsList.findIndex((m) => m.name === 'Migration20261205500000ApiTokenScopes');
    const orm = await openOrm({ url, poolMax: 2 });
    try {
      await orm.getMigrator().up({ to: migrationsList[mine - 1].name });
      const em = orm.em.fork();
      await em.execute(`insert into area (code, name, level, parent_code, created_at, updated_at) values ('500199000000', '测试区', 1, null, now(), now())`);
      const [d] = await em.execute(
        `insert into department (id, code, name, short_name, area_code, created_at, updated_at) values (gen_random_uuid(), 'MINZHENG', '民政局', '民政', '500199000000', now(), now()) returning id`,
      );
      const legacy = [
        ['shared', null, ['area.read', 'household.read', 'household.unmask']],
        ['detail', d.id, ['household.read', 'household.detail', 'household.export']],
        ['detail-without-dept', null, ['household.read', 'household.detail']],
        ['referrals', d.id, ['application.read', 'referral.handle', 'application.write']],
        ['directory-only', null, ['area.read', 'department.read']],
        ['calendar', d.id, ['calendar.manage']],
      ] as const;
      for (const [name, dept, perms] of legacy) {
        await em.execute(
          `insert into api_token (id, name, prefix, token_hash, department_id, area_code, permissions, expires_at, created_by, created_at)
          values (gen_random_uuid(), ?, 'xjt_x', md5(?), ?, '500199000000', string_to_array(?, ','), now() + interval '30 days', gen_random_uuid(), now())`,
          [name, name, dept, perms.join(',')],
        );
      }
      await orm.getMigrator().up();
      const rows = (await em.execute(`select name, scopes, revoked_at is not null as revoked from api_token order by name`)) as Array<{
        name: string;
        scopes: string[];
        revoked: boolean;
      }>;
      const by = Object.fromEntries(rows.map((r: { name: string; scopes: string[]; revoked: boolean }) => [r.name, { scopes: r.scopes, revoked: r.revoked }]));
      expect(by).toEqual({
        shared: { scopes: ['LEDGER_SHARED_READ'], revoked: false },
        detail: { scopes: ['LEDGER_SHARED_READ', 'LEDGER_DETAIL_READ'], revoked: false },
        'detail-without-dept': { scopes: ['LEDGER_SHARED_READ'], revoked: false },
        referrals: { scopes: ['REFERRAL_HANDLE'], revoked: false },
        'directory-only': { scopes: [], revoked: true },
        calendar: { scopes: [], revoked: true },
      });
      const cols = await em.execute(`select column_name from information_schema.columns where table_name = 'api_token' and column_name = 'permissions'`);
      expect(cols).toHaveLength(0);
      const log = (await em.execute(`select action, diff from audit_log where entity_type = 'api_token' order by pos`)) as Array<{
        action: string;
        diff: { detail: Record<string, string> };
      }>;
      expect(log.map((l: { action: string }) => l.action).sort()).toEqual(
        [...Array(4).fill('api_token.scopes_migrated'), 'api_token.revoked', 'api_token.revoked'].sort(),
      );
      const cal = log.find((l) => l.diff.detail.name === 'calendar')!;
      expect(cal.diff.detail).toMatchObject({ permissions: 'calendar.manage', scopes: '' });
      expect((await verifyChainAt(url)).ok).toBe(true);
    } finally {
      await orm.close(true);
      const cleanup = new Client({
        connectionString: withCredentials(owner.toString(), decodeURIComponent(owner.username), decodeURIComponent(owner.password), 'postgres'),
      });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${db}"`);
      await cleanup.end();
    }
  });
});
