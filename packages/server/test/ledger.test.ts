import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordBenefit, changeBenefitStatus } from '../src/modules/household/benefit.service';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp, type UserKey } from './harness';
import { household, makeId, member } from './ledger-fixture';
import { RequestContext } from '../src/graphql/request-context';
import { permissionsOf } from '../src/modules/auth/roles';

let t: TestApp;
let hhA: string; // village 1a, 民政 benefit (DIBAO)
let hhB: string; // village 1b, no benefit
let hh2: string; // village 2a, 人社 benefit
let idA: string;

const SEARCH = `query($f: HouseholdFilterInput, $ps: Int) { households(filter: $f, pageSize: $ps) { total items { id access address tier members { name idMasked phoneMasked disabilityType } benefits { programCode departmentName } } } }`;
const DETAIL = `query($id: ID!) { household(id: $id) { id access address tier tierName members { id name idMasked isHead disabilityType } incomes { amountFen } assets { kind } events { summary } tierHistory { toTier reason } } }`;

async function officerCtx(dept: 'MINZHENG' | 'RENSHE'): Promise<RequestContext> {
  const [{ id }] = await ownerQuery(`select id from department where code = $1`, [dept]);
  return new RequestContext({
    em: t.orm.em.fork(),
    runtime: t.runtime,
    requestId: 'test',
    actor: {
      kind: 'user',
      name: `${dept}经办`,
      roles: ['DEPT_OFFICER'],
      permissions: permissionsOf(['DEPT_OFFICER']),
      areaCode: AREAS.district,
      departmentId: id,
    },
  });
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  idA = makeId('19580312', 'M');
  hhA = await household(t, AREAS.village1a, [
    { name: '张建国', idNumber: idA, relation: 'HEAD', phone: '13812345678', disabilityType: 'PHYSICAL', disabilityGrade: 2 },
    member('王秀兰', '19600101', 'SPOUSE', 'F'),
  ]);
  hhB = await household(t, AREAS.village1b, [member('李明', '19900505', 'HEAD')]);
  hh2 = await household(t, AREAS.village2a, [member('赵强', '19851111', 'HEAD'), member('赵小红', '20150606', 'DAUGHTER', 'F')]);
  await recordBenefit(await officerCtx('MINZHENG'), {
    householdId: hhA,
    programCode: 'DIBAO',
    status: 'ACTIVE',
    monthlyAmountFen: 120000,
    source: 'DECISION',
    startDate: '2026-10-01',
  });
  await recordBenefit(await officerCtx('RENSHE'), { householdId: hh2, programCode: 'EMPLOY', status: 'ACTIVE', monthlyAmountFen: 0, source: 'DECISION' });
  const sys = t.system('ledger-fixture', AREAS.district);
  const { setIncome } = await import('../src/modules/household/household.service');
  const [{ id: pid }] = await ownerQuery(`select id from person where name = '张建国'`);
  await setIncome(sys, { personId: pid, category: 'PENSION_BASIC', month: '2026-10', amountFen: 15000 });
});
afterAll(async () => t?.close());

async function ids(user: UserKey, filter: Record<string, unknown> = {}): Promise<string[]> {
  const res = await t.gql(SEARCH, { f: filter, ps: 100 }, { cookie: await t.cookieFor(user) });
  expect(res.errors).toBeUndefined();
  return res.data!.households.items.map((h: { id: string }) => h.id).sort();
}

describe('ledger row security (each query × each kind of user)', () => {
  it('households: village A sees only village A, village B only B, the town both, the district all', async () => {
    expect(await ids('village1a')).toEqual([hhA]);
    expect(await ids('village1b')).toEqual([hhB]);
    expect(await ids('town1')).toEqual([hhA, hhB].sort());
    expect(await ids('village2a')).toEqual([hh2]);
    expect(await ids('officer')).toEqual([hhA, hhB, hh2].sort());
  });

  it('household: another village’s household is NOT_FOUND', async () => {
    const res = await t.gql(DETAIL, { id: hhA }, { cookie: await t.cookieFor('village1b') });
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(res.data).toBeNull();
  });

  it('a department sees the shared view everywhere and full detail only where it is involved', async () => {
    const cookie = await t.cookieFor('officer'); // 民政
    const res = await t.gql(SEARCH, { f: {}, ps: 100 }, { cookie });
    const byId = new Map(res.data!.households.items.map((h: { id: string }) => [h.id, h]));
    const a = byId.get(hhA) as any;
    const b = byId.get(hhB) as any;
    expect(a.access).toBe('FULL');
    expect(a.address).toBe('测试地址1号');
    expect(a.members[0].disabilityType).toBe('PHYSICAL');
    expect(b.access).toBe('SHARED');
    expect(b.address).toBeNull();
    expect(b.members[0]).toMatchObject({ name: '李明', phoneMasked: null, disabilityType: null });
    expect(b.members[0].idMasked).toMatch(/^500\*+\d{3}[\dX]$/);
    // Shared view still shows every department's benefits.
    expect((byId.get(hh2) as any).benefits).toEqual([{ programCode: 'EMPLOY', departmentName: '测试区人社局' }]);

    const shared = await t.gql(DETAIL, { id: hh2 }, { cookie });
    expect(shared.data!.household).toMatchObject({ access: 'SHARED', address: null, incomes: null, assets: null, events: null });
    const full = await t.gql(DETAIL, { id: hhA }, { cookie });
    expect(full.data!.household.access).toBe('FULL');
    expect(full.data!.household.incomes).toEqual([{ amountFen: 15000 }]);
  });

  it('row-level security hides incomes from an uninvolved department even in raw SQL', async () => {
    const ctx = await officerCtx('RENSHE');
    const rows = await ctx.tx((em) => em.execute(`select household_id from person_income`));
    expect(rows).toEqual([]);
    const mz = await officerCtx('MINZHENG');
    expect(await mz.tx((em) => em.execute(`select count(*)::int as n from person_income`))).toEqual([{ n: 1 }]);
  });

  it('a user without rights and a request without a session get nothing', async () => {
    const none = await t.gql(SEARCH, { f: {} }, { cookie: await t.cookieFor('norights') });
    expect(none.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anon = await t.gql(SEARCH, { f: {} });
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(anon.data).toBeNull();
  });

  it('search by exact ID number uses the blind index; names match by prefix; tier filters', async () => {
    expect(await ids('town1', { idNumber: idA })).toEqual([hhA]);
    expect(await ids('town1', { keyword: idA })).toEqual([hhA]);
    expect(await ids('town1', { keyword: '张' })).toEqual([hhA]);
    expect(await ids('town1', { keyword: '建国' })).toEqual([]);
    expect(await ids('officer', { tier: 'T2' })).toEqual([hhA]);
    expect(await ids('officer', { programCode: 'EMPLOY' })).toEqual([hh2]);
    expect(await ids('town1', { keyword: '13812345678' })).toEqual([hhA]);
    const bad = await t.gql(SEARCH, { f: { idNumber: '500199195803120001' } }, { cookie: await t.cookieFor('town1') });
    expect(bad.errors![0].message).toMatch(/校验位/);
  });
});

describe('identity at rest (S5)', () => {
  it('no plaintext ID or phone in any column', async () => {
    const rows = await ownerQuery(`select p::text as row from person p`);
    for (const r of rows) {
      expect(r.row).not.toContain(idA);
      expect(r.row).not.toContain('13812345678');
    }
    const hh = await ownerQuery(`select h::text as row from household h`);
    for (const r of hh) expect(r.row).not.toContain('13812345678');
  });

  it('unmasking needs a reason, is logged, and is refused to an uninvolved department', async () => {
    const [{ id: pid }] = await ownerQuery(`select id from person where name = '张建国'`);
    const UNMASK = `mutation($p: ID, $r: String!) { unmask(personId: $p, field: ID_NUMBER, reason: $r) }`;
    const town = await t.cookieFor('town1');
    const noReason = await t.gql(UNMASK, { p: pid, r: '' }, { cookie: town });
    expect(noReason.errors![0].message).toMatch(/理由/);
    const ok = await t.gql(UNMASK, { p: pid, r: '核对低保申请材料' }, { cookie: town });
    expect(ok.data!.unmask).toBe(idA);
    const [log] = await ownerQuery(`select actor_name, diff from audit_log where action = 'person.unmasked' order by pos desc limit 1`);
    expect(log.actor_name).toBe('测试town1');
    expect(log.diff.detail).toMatchObject({ field: 'ID_NUMBER', reason: '核对低保申请材料' });
    expect(JSON.stringify(log.diff)).not.toContain(idA);

    const [{ id: p2 }] = await ownerQuery(`select id from person where name = '赵强'`);
    const denied = await t.gql(UNMASK, { p: p2, r: '核对信息' }, { cookie: await t.cookieFor('officer') });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('registration (一表登记)', () => {
  const CREATE = `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id members { name idMasked isHead } } }`;

  it('creates a household with three members and masked IDs', async () => {
    const cookie = await t.cookieFor('village1a');
    const res = await t.gql(
      CREATE,
      {
        i: {
          areaCode: AREAS.village1a,
          groupNo: '3',
          address: '一镇甲村3组8号',
          residenceType: 'RURAL',
          members: [
            { name: '陈大山', idNumber: makeId('19700101'), relation: 'HEAD', phone: '13900001111' },
            { name: '刘梅', idNumber: makeId('19720202', 'F'), relation: 'SPOUSE' },
            { name: '陈小河', idNumber: makeId('20100303'), relation: 'SON', schoolStatus: 'JUNIOR' },
          ],
        },
      },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    const hh = res.data!.createHousehold;
    expect(hh.members).toHaveLength(3);
    expect(hh.members[0]).toMatchObject({ name: '陈大山', isHead: true });
    for (const m of hh.members) expect(m.idMasked).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
  });

  it('refuses an ID already registered elsewhere, naming the village, and writes nothing', async () => {
    const before = (await ownerQuery(`select count(*)::int as n from household`))[0].n;
    const res = await t.gql(
      CREATE,
      {
        i: { areaCode: AREAS.village1b, address: 'x', residenceType: 'RURAL', members: [{ name: '张建国', idNumber: idA, relation: 'HEAD' }] },
      },
      { cookie: await t.cookieFor('village1b') },
    );
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(res.errors![0].message).toMatch(/已登记在一镇甲村/);
    expect((await ownerQuery(`select count(*)::int as n from household`))[0].n).toBe(before);
    expect(res.errors![0].extensions).toMatchObject({ field: 'members.0.idNumber', householdId: null });
    const check = await t.gql(
      `query($n: String!) { checkIdNumber(idNumber: $n) { valid message existing { inScope householdId areaName } } }`,
      { n: idA },
      { cookie: await t.cookieFor('village1b') },
    );
    expect(check.data!.checkIdNumber).toMatchObject({ valid: true, existing: { inScope: false, householdId: null, areaName: '一镇甲村' } });
    const own = await t.gql(
      `query($n: String!) { checkIdNumber(idNumber: $n) { existing { inScope householdId } } }`,
      { n: idA },
      { cookie: await t.cookieFor('village1a') },
    );
    expect(own.data!.checkIdNumber.existing).toEqual({ inScope: true, householdId: hhA });
    const joint = await t.gql(`query($n: String!) { checkIdNumber(idNumber: $n) { valid } }`, { n: idA }, { cookie: await t.cookieFor('joint') });
    expect(joint.errors![0].extensions!.code).toBe('FORBIDDEN');
    // Both hits are in the operation log (who learned that the ID is registered, and where); a miss is not.
    const logged = await ownerQuery(`select actor_name, diff from audit_log where action = 'person.id_checked' order by pos`);
    expect(logged.map((l) => [l.actor_name, l.diff.detail.inScope])).toEqual([
      ['测试village1b', false],
      ['测试village1a', true],
    ]);
    await t.gql(`query($n: String!) { checkIdNumber(idNumber: $n) { valid } }`, { n: makeId('19800101') }, { cookie: await t.cookieFor('village1b') });
    expect((await ownerQuery(`select count(*)::int as n from audit_log where action = 'person.id_checked'`))[0].n).toBe(2);
  });

  it('validates input in Chinese: bad ID, no head, village level, bad phone', async () => {
    const cookie = await t.cookieFor('town1');
    const base = { areaCode: AREAS.village1a, address: 'x', residenceType: 'RURAL' };
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ ...base, members: [{ name: '甲', idNumber: '500199197001010011', relation: 'HEAD' }] }, /校验位/],
      [{ ...base, members: [{ name: '甲', idNumber: makeId('19700101'), relation: 'SON' }] }, /户主/],
      [{ ...base, areaCode: AREAS.town1, members: [{ name: '甲', idNumber: makeId('19700101'), relation: 'HEAD' }] }, /村（社区）/],
      [{ ...base, members: [{ name: '甲', idNumber: makeId('19700101'), relation: 'HEAD', phone: '12345' }] }, /联系电话/],
      [{ ...base, members: [{ name: '甲', idNumber: makeId('19700101'), relation: 'HEAD', disabilityGrade: 7, disabilityType: 'PHYSICAL' }] }, /1–4 级/],
    ];
    for (const [i, msg] of cases) {
      const res = await t.gql(CREATE, { i }, { cookie });
      expect(res.errors?.[0].message, JSON.stringify(i)).toMatch(msg);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  it('a village clerk cannot register in another village', async () => {
    const res = await t.gql(
      CREATE,
      { i: { areaCode: AREAS.village1b, address: 'x', residenceType: 'RURAL', members: [{ name: '甲', idNumber: makeId('19700101'), relation: 'HEAD' }] } },
      { cookie: await t.cookieFor('village1a') },
    );
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('tiers follow benefits and statuses', () => {
  it('derives, records history, and drops a deceased member’s benefit', async () => {
    const sys = t.system('tier-test', AREAS.district);
    const h = await household(t, AREAS.village2a, [member('周老汉', '19400101', 'HEAD'), member('周大', '19700101', 'SON')]);
    const [{ id: old }] = await ownerQuery(
      `select p.id from person p join membership m on m.person_id = p.id where m.household_id = $1 and m.relation = 'HEAD'`,
      [h],
    );
    const mz = await officerCtx('MINZHENG');
    await recordBenefit(mz, { householdId: h, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: 50000, source: 'DECISION' });
    await recordBenefit(mz, { householdId: h, personId: old, programCode: 'TEKUN', status: 'ACTIVE', monthlyAmountFen: 90000, source: 'DECISION' });
    const tier = async () => (await ownerQuery(`select tier from household where id = $1`, [h]))[0].tier;
    expect(await tier()).toBe('T1');
    const { markDeceased } = await import('../src/modules/household/household.service');
    const [{ id: son }] = await ownerQuery(`select p.id from person p where p.name = '周大'`);
    await markDeceased(sys, old, '2026-11-01', son);
    expect(await tier()).toBe('T2');
    const [b] = await ownerQuery(`select id, version from benefit where household_id = $1 and program_code = 'DIBAO'`, [h]);
    await changeBenefitStatus(mz, b.id, 'STOPPED', '2026-11-30', b.version);
    expect(await tier()).toBeNull();
    const history = await ownerQuery(`select from_tier, to_tier from tier_history where household_id = $1 order by at`, [h]);
    expect(history).toEqual([
      { from_tier: null, to_tier: 'T2' },
      { from_tier: 'T2', to_tier: 'T1' },
      { from_tier: 'T1', to_tier: 'T2' },
      { from_tier: 'T2', to_tier: null },
    ]);
    const head = await ownerQuery(`select p.name from household h join person p on p.id = h.head_person_id where h.id = $1`, [h]);
    expect(head).toEqual([{ name: '周大' }]);
  });

  it('only the owning department records a program’s benefits (两不变)', async () => {
    const rs = await officerCtx('RENSHE');
    await expect(recordBenefit(rs, { householdId: hhB, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: 1, source: 'DECISION' })).rejects.toThrow(
      /只有测试区民政局/,
    );
    const res = await t.gql(
      `mutation { recordBenefit(input: { householdId: "${hhB}", programCode: "DIBAO", status: "ACTIVE", monthlyAmountFen: 100 }) }`,
      {},
      { cookie: await t.cookieFor('town1') },
    );
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('a stale version is a conflict', async () => {
    const mz = await officerCtx('MINZHENG');
    const [b] = await ownerQuery(`select id, version from benefit where household_id = $1`, [hhA]);
    await changeBenefitStatus(mz, b.id, 'SUSPENDED', null, b.version);
    await expect(changeBenefitStatus(await officerCtx('MINZHENG'), b.id, 'STOPPED', null, b.version)).rejects.toThrow(/已被他人修改/);
    await changeBenefitStatus(mz, b.id, 'ACTIVE', null, b.version + 1);
  });
});

describe('membership changes keep history; one person, one household', () => {
  it('holds under concurrent moves of the same person', async () => {
    const src = await household(t, AREAS.village1a, [member('吴一', '19800101', 'HEAD'), member('吴二', '20000101', 'SON')]);
    const d1 = await household(t, AREAS.village1a, [member('郑甲', '19800101', 'HEAD')]);
    const d2 = await household(t, AREAS.village1b, [member('郑乙', '19800101', 'HEAD')]);
    const [{ id: pid }] = await ownerQuery(`select id from person where name = '吴二'`);
    const { moveMember } = await import('../src/modules/household/membership.service');
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => moveMember(t.system(`mover-${i}`, AREAS.town1), pid, i % 2 ? d1 : d2, 'SON')));
    // Movers that overlap the first one are refused; a mover that starts after a move has committed sees
    // the person in the new household and may legitimately move them on (a machine under load spreads
    // the starts). Whatever the timing: each success is exactly one closed membership, one stays active.
    const moved = results.filter((r) => r.status === 'fulfilled').length;
    expect(moved).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.status === 'rejected') expect(String(r.reason.message)).toMatch(/已不在原户|已被迁入|刷新|已在目标家庭/);
    const active = await ownerQuery(`select household_id from membership where person_id = $1 and to_date is null`, [pid]);
    expect(active).toHaveLength(1);
    const all = await ownerQuery(`select household_id, end_reason from membership where person_id = $1 order by created_at`, [pid]);
    expect(all[0]).toEqual({ household_id: src, end_reason: 'MOVED' });
    expect(all).toHaveLength(moved + 1);
    expect(all.slice(0, -1).every((m) => m.end_reason === 'MOVED')).toBe(true);
    const [{ household_id, area_code }] = await ownerQuery(`select household_id, area_code from person where id = $1`, [pid]);
    expect(household_id).toBe(active[0].household_id);
    expect(area_code).toBe(household_id === d1 ? AREAS.village1a : AREAS.village1b);
  });

  it('the database itself refuses a second active household', async () => {
    const [{ id: pid }] = await ownerQuery(`select id from person where name = '郑甲'`);
    await expect(
      ownerQuery(
        `insert into membership (id, household_id, person_id, area_code, relation, from_date, created_at) values (gen_random_uuid(), $1, $2, $3, 'OTHER', current_date, now())`,
        [hhA, pid, AREAS.village1a],
      ),
    ).rejects.toThrow(/membership_one_active_household/);
  });

  it('splits and merges households through the API', async () => {
    const cookie = await t.cookieFor('town1');
    const h = await household(t, AREAS.village1a, [
      member('孙父', '19550101', 'HEAD'),
      member('孙子', '19850101', 'SON'),
      member('孙媳', '19860101', 'CHILD_IN_LAW', 'F'),
    ]);
    const people = await ownerQuery(`select id, name from person where name like '孙%'`);
    const pid = (n: string) => people.find((p) => p.name === n).id;
    const split = await t.gql(
      `mutation($h: ID!, $i: SplitHouseholdInput!) { splitHousehold(householdId: $h, input: $i) }`,
      {
        h,
        i: {
          personIds: [pid('孙子'), pid('孙媳')],
          headPersonId: pid('孙子'),
          relations: [{ personId: pid('孙媳'), relation: 'SPOUSE' }],
          address: '一镇甲村新区2号',
        },
      },
      { cookie },
    );
    expect(split.errors).toBeUndefined();
    const newId = split.data!.splitHousehold;
    const detail = await t.gql(DETAIL, { id: newId }, { cookie });
    expect(detail.data!.household.members.map((m: { name: string }) => m.name).sort()).toEqual(['孙媳', '孙子']);
    expect(detail.data!.household.events[detail.data!.household.events.length - 1].summary).toMatch(/分户而来/);

    const merge = await t.gql(
      `mutation($s: ID!, $t: ID!, $r: [MemberRelationInput!]!) { mergeHouseholds(sourceId: $s, targetId: $t, relations: $r) }`,
      {
        s: newId,
        t: h,
        r: [
          { personId: pid('孙子'), relation: 'SON' },
          { personId: pid('孙媳'), relation: 'CHILD_IN_LAW' },
        ],
      },
      { cookie },
    );
    expect(merge.errors).toBeUndefined();
    const [{ status }] = await ownerQuery(`select status from household where id = $1`, [newId]);
    expect(status).toBe('CLOSED');
    const back = await t.gql(DETAIL, { id: h }, { cookie });
    expect(back.data!.household.members).toHaveLength(3);
    const history = await ownerQuery(`select count(*)::int as n from membership where person_id = $1`, [pid('孙子')]);
    expect(history[0].n).toBe(3);
  });
});

describe('xlsx export of the current filter', () => {
  it('streams masked rows of the caller’s area and logs the export', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const cookie = await t.cookieFor('town1');
    const res = await t.app.inject({
      method: 'GET',
      url: `/files/households.xlsx?filter=${encodeURIComponent(JSON.stringify({ keyword: '张' }))}`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('户籍台账')!;
    const rows = ws
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows[0]).toContain('身份证号（脱敏）');
    const names = rows.slice(1).map((r) => r[6]);
    expect(names.sort()).toEqual(['张建国', '王秀兰'].sort());
    expect(JSON.stringify(rows)).not.toContain(idA);
    const [log] = await ownerQuery(`select diff from audit_log where action = 'household.exported' order by pos desc limit 1`);
    expect(log.diff.detail.households).toBe(1);
  });

  it('is refused without the export permission or a session', async () => {
    const joint = await t.app.inject({ method: 'GET', url: '/files/households.xlsx', headers: { cookie: await t.cookieFor('joint') } });
    expect(joint.statusCode).toBe(403);
    expect(joint.json().message).toMatch(/没有权限/);
    expect((await t.app.inject({ method: 'GET', url: '/files/households.xlsx' })).statusCode).toBe(401);
  });
});

describe('name search from the person side', () => {
  it('lists households by their first matching member’s name, counts members and names the head; with a tier it still filters', async () => {
    // In list order (village) a comes first; by name 钱丙 (U+4E19) < 钱乙 (U+4E59) < 钱甲 (U+7532), so b does.
    const a = await household(t, AREAS.village1a, [member('钱甲', '19800101', 'HEAD'), member('钱乙', '20050101', 'SON')]);
    const b = await household(t, AREAS.village1b, [member('钱丙', '19700101', 'HEAD')]);
    const q = `query($f: HouseholdFilterInput, $p: Int) { households(filter: $f, page: $p, pageSize: 1) { total totalCapped items { id headName memberCount } } }`;
    const cookie = await t.cookieFor('town1');
    const page = async (f: Record<string, unknown>, p: number) => {
      const res = await t.gql(q, { f, p }, { cookie });
      expect(res.errors).toBeUndefined();
      return res.data!.households;
    };
    expect(await page({ keyword: '钱' }, 1)).toEqual({ total: 2, totalCapped: false, items: [{ id: b, headName: '钱丙', memberCount: 1 }] });
    expect(await page({ keyword: '钱' }, 2)).toEqual({ total: 2, totalCapped: false, items: [{ id: a, headName: '钱甲', memberCount: 2 }] });
    expect(await page({ keyword: '钱乙' }, 1)).toEqual({ total: 1, totalCapped: false, items: [{ id: a, headName: '钱甲', memberCount: 2 }] });
    expect(await page({ keyword: '钱', areaCode: AREAS.village1b }, 1)).toMatchObject({ total: 1, items: [{ id: b }] });
    expect(await page({ keyword: '钱', tier: 'T1' }, 1)).toEqual({ total: 0, totalCapped: false, items: [] });
    // Another town sees none of them.
    const other = await t.gql(q, { f: { keyword: '钱' }, p: 1 }, { cookie: await t.cookieFor('village2a') });
    expect(other.data?.households.total ?? 0).toBe(0);
  });
});
