import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { pdfText } from './file-helpers';
import { household, makeId, member } from './ledger-fixture';

/**
 * Issue item 6: names of every script a real person may have (生僻字 of the extension planes,
 * transliterated names with “·”) round-trip through storage, search, xlsx and the receipt PDF;
 * emoji and symbols are refused; ID numbers typed through a Chinese IME are normalised; the
 * household size, free-text lengths and benefit amounts have limits.
 */

let t: TestApp;

const CREATE = `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id members { id name idMasked } } }`;
const SEARCH = `query($f: HouseholdFilterInput) { households(filter: $f) { total items { id headName } } }`;
const RECORD = `mutation($i: BenefitInput!) { recordBenefit(input: $i) }`;

/** An ID as typed in a Chinese IME's full-width mode, with spaces between the groups. */
const fullWidth = (id: string) =>
  `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

async function auditPos(): Promise<number> {
  return (await ownerQuery<{ pos: number }>(`select pos::int from audit_head where id = 1`))[0].pos;
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open({ householdMaxMembers: 4 });
  await seedFixture(t);
  await createUser(t.system('names-test', AREAS.district), {
    username: 'informant1a',
    displayName: '测试信息员',
    areaCode: AREAS.village1a,
    roles: ['INFORMANT'],
    informantKind: 'SOCIAL_WORKER',
    password: PASSWORD,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
});
afterAll(async () => t?.close());

describe('names: CJK of every plane, ·, Latin letters — no emoji or symbols', () => {
  const yoshi = makeId('19800101');
  const yan = makeId('19820202', 'F');
  const memet = makeId('20100303');
  let householdId: string;

  it('一表登记 stores 𠮷野家, 䶮小明 and 买买提·艾力 exactly, with IDs typed full-width and spaced', async () => {
    const cookie = await t.cookieFor('village1a');
    const res = await t.gql(
      CREATE,
      {
        i: {
          areaCode: AREAS.village1a,
          address: '甲村 1 组',
          residenceType: 'RURAL',
          members: [
            { name: '𠮷野家', idNumber: fullWidth(yoshi), relation: 'HEAD' },
            { name: '䶮小明', idNumber: ` ${yan.toLowerCase()} `, relation: 'SPOUSE' },
            { name: '买买提・艾力', idNumber: memet.replace(/(\d{6})(\d{8})/, '$1-$2-'), relation: 'SON' },
          ],
        },
      },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    householdId = res.data!.createHousehold.id;
    const stored = await ownerQuery<{ name: string }>(`select name from person where household_id = $1 order by name`, [householdId]);
    expect(stored.map((p) => p.name).sort()).toEqual(['买买提·艾力', '䶮小明', '𠮷野家'].sort());
    // The IDs were normalised before sealing: the ASCII form finds the same person.
    const check = await t.gql(`query($n: String!) { checkIdNumber(idNumber: $n) { valid existing { householdId } } }`, { n: yoshi }, { cookie });
    expect(check.data!.checkIdNumber).toMatchObject({ valid: true, existing: { householdId } });
    const again = await t.gql(`query($n: String!) { checkIdNumber(idNumber: $n) { valid existing { householdId } } }`, { n: fullWidth(yoshi) }, { cookie });
    expect(again.data!.checkIdNumber).toMatchObject({ valid: true, existing: { householdId } });
  });

  it('search finds them by rare-character prefix, by the dot typed another way and by a full-width ID', async () => {
    const cookie = await t.cookieFor('village1a');
    for (const keyword of ['𠮷', '𠮷野家', '䶮', '买买提・艾', '买买提·艾力', fullWidth(yoshi), yoshi.toLowerCase()]) {
      const res = await t.gql(SEARCH, { f: { keyword } }, { cookie });
      expect(res.errors, keyword).toBeUndefined();
      expect(
        res.data!.households.items.map((h: { id: string }) => h.id),
        keyword,
      ).toEqual([householdId]);
    }
    expect((await t.gql(SEARCH, { f: { idNumber: fullWidth(yan) } }, { cookie })).data!.households.total).toBe(1);
  });

  it('the xlsx export carries the names unchanged', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const res = await t.app.inject({
      method: 'GET',
      url: `/files/households.xlsx?filter=${encodeURIComponent(JSON.stringify({ keyword: '𠮷' }))}`,
      headers: { cookie: await t.cookieFor('town1') },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = wb
      .getWorksheet('户籍台账')!
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(
      rows
        .slice(1)
        .map((r) => r[6])
        .sort(),
    ).toEqual(['买买提·艾力', '䶮小明', '𠮷野家'].sort());
  });

  it('the receipt PDF prints 䶮 with the bundled font and 𠮷 (not in it) visibly as its code point', async () => {
    const town = { cookie: await t.cookieFor('town1') };
    const people = await ownerQuery<{ id: string; name: string }>(`select id, name from person where household_id = $1`, [householdId]);
    const receiptOf = async (applicant: string, program: string) => {
      const reg = await t.gql(
        `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id } }`,
        {
          i: {
            householdId,
            applicantPersonId: people.find((p) => p.name === applicant)!.id,
            programs: [{ programCode: program }],
            authorizationSigned: true,
            materials: [{ name: '居民身份证', provided: true }],
          },
        },
        town,
      );
      expect(reg.errors).toBeUndefined();
      const pdf = await t.app.inject({ method: 'GET', url: `/api/applications/${reg.data!.registerApplication.id}/receipt.pdf`, headers: town });
      expect(pdf.statusCode).toBe(200);
      return (await pdfText(pdf.rawPayload)).text;
    };
    expect(await receiptOf('䶮小明', 'TEMP')).toContain('䶮*明');
    expect(await receiptOf('𠮷野家', 'DIBAO')).toContain('〔U+20BB7〕*家');
  });

  it.each([
    ['张三😀', /不允许的字符“😀”/],
    ['张三3', /“3”/],
    ['张★', /“★”/],
    ['张\u200b三', /U\+200B/],
    ['·艾力', /两部分之间/],
  ])('refuses %s with the field named and writes nothing', async (name, message) => {
    const before = await auditPos();
    const res = await t.gql(
      CREATE,
      {
        i: { areaCode: AREAS.village1a, address: '甲村 2 组', residenceType: 'RURAL', members: [{ name, idNumber: makeId('19700505'), relation: 'HEAD' }] },
      },
      { cookie: await t.cookieFor('village1a') },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members.0.name' });
    expect(res.errors![0].message).toMatch(message);
    expect(await auditPos()).toBe(before);
  });

  it('a pre-application’s contact name follows the same rule', async () => {
    const res = await t.gql(
      `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`,
      {
        i: { contactName: '赵小花🙂', address: '甲村', areaCode: AREAS.village1a, programs: [{ programCode: 'TEMP' }], description: '困难' },
      },
      { cookie: await t.cookieFor('informant1a') },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactName' });
  });
});

describe('limits', () => {
  it('every free-text input has a length; too long is refused before any work, naming the field', async () => {
    const before = await auditPos();
    const res = await t.gql(
      CREATE,
      {
        i: {
          areaCode: AREAS.village1a,
          address: '地'.repeat(201),
          residenceType: 'RURAL',
          members: [{ name: '周一', idNumber: makeId('19700101'), relation: 'HEAD' }],
        },
      },
      { cookie: await t.cookieFor('village1a') },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address' });
    expect(res.errors![0].message).toBe('详细地址不能超过 200 个字');
    const note = await t.gql(
      `mutation($id: ID!, $note: String!) { followUpReferral(id: $id, note: $note) }`,
      { id: '00000000-0000-4000-8000-000000000000', note: 'x'.repeat(501) },
      { cookie: await t.cookieFor('town1') },
    );
    expect(note.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await auditPos()).toBe(before);
  });

  it('long but valid inputs are stored; the event texts composed around them are clipped, not refused', async () => {
    const cookie = { cookie: await t.cookieFor('village1a') };
    const long = (c: string) => `${'Abcdefghij'.repeat(4)}${c.repeat(10)}`; // 50 characters
    const hh = await household(t, AREAS.village1a, [
      member('周甲', '19600101', 'HEAD'),
      member(long('Q'), '19900101', 'SON'),
      member(long('R'), '19920101', 'DAUGHTER', 'F'),
    ]);
    const kids = await ownerQuery<{ person_id: string }>(
      `select m.person_id from membership m join person p on p.id = m.person_id where m.household_id = $1 and p.name like 'Abc%' order by p.name`,
      [hh],
    );
    const res = await t.gql(
      `mutation($h: ID!, $i: SplitHouseholdInput!) { splitHousehold(householdId: $h, input: $i) }`,
      {
        h: hh,
        i: {
          personIds: kids.map((k) => k.person_id),
          headPersonId: kids[0].person_id,
          relations: [{ personId: kids[1].person_id, relation: 'SIBLING' }],
          address: '地'.repeat(200),
        },
      },
      cookie,
    );
    expect(res.errors).toBeUndefined();
    const events = await ownerQuery<{ summary: string }>(`select summary from household_event where household_id = $1 and kind = 'household.created'`, [
      res.data!.splitHousehold,
    ]);
    expect([...events[0].summary].length).toBeLessThanOrEqual(300);
  });

  it('a household of more than the configured size is refused on create, add, move and merge', async () => {
    expect(loadConfig({}).householdMaxMembers).toBe(30);
    const cookie = { cookie: await t.cookieFor('village1a') };
    const five = ['甲', '乙', '丙', '丁', '戊'].map((c, i) => ({ name: `孙${c}`, idNumber: makeId(`1980010${i + 1}`), relation: i === 0 ? 'HEAD' : 'OTHER' }));
    const create = await t.gql(CREATE, { i: { areaCode: AREAS.village1a, address: '甲村 9 组', residenceType: 'RURAL', members: five } }, cookie);
    expect(create.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members', max: 4 });
    expect(create.errors![0].message).toMatch(/一户家庭成员最多 4 人/);

    const full = await household(
      t,
      AREAS.village1a,
      five.slice(0, 4).map((m, i) => member(m.name, `1970020${i + 1}`, i === 0 ? 'HEAD' : 'OTHER')),
    );
    const add = await t.gql(
      `mutation($h: ID!, $m: MemberInput!) { addMember(householdId: $h, member: $m) { id } }`,
      { h: full, m: { name: '孙己', idNumber: makeId('19990909'), relation: 'OTHER' } },
      cookie,
    );
    expect(add.errors![0].message).toMatch(/本户现有 4 人/);

    const other = await household(t, AREAS.village1a, [member('钱甲', '19650101', 'HEAD'), member('钱乙', '19660101', 'SPOUSE', 'F')]);
    const spouse = (await ownerQuery<{ person_id: string }>(`select person_id from membership where household_id = $1 and relation = 'SPOUSE'`, [other]))[0]
      .person_id;
    const move = await t.gql(`mutation($p: ID!, $h: ID!) { moveMember(personId: $p, toHouseholdId: $h, relation: "OTHER") }`, { p: spouse, h: full }, cookie);
    expect(move.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toHouseholdId' });
    const ids = await ownerQuery<{ person_id: string }>(`select person_id from membership where household_id = $1`, [other]);
    const merge = await t.gql(
      `mutation($s: ID!, $t: ID!, $r: [MemberRelationInput!]!) { mergeHouseholds(sourceId: $s, targetId: $t, relations: $r) }`,
      {
        s: other,
        t: full,
        r: ids.map((m) => ({ personId: m.person_id, relation: 'OTHER' })),
      },
      cookie,
    );
    expect(merge.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetId' });
    expect(Number((await ownerQuery(`select count(*) as n from membership where household_id = $1 and to_date is null`, [full]))[0].n)).toBe(4);
  });
});

describe('monthly amount cap per program (a dated parameter)', () => {
  let hh: string;
  beforeAll(async () => {
    hh = await household(t, AREAS.village1a, [member('李一', '19500101', 'HEAD')]);
  });

  it('recordBenefit refuses 2,147,483,647 fen and anything above the cap in force; accepts the cap itself', async () => {
    const cookie = { cookie: await t.cookieFor('officer') };
    const before = await auditPos();
    const huge = await t.gql(RECORD, { i: { householdId: hh, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: 2_147_483_647 } }, cookie);
    expect(huge.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'monthlyAmountFen',
      maxFen: 2_000_000,
      parameterCode: 'DIBAO.max_monthly_amount',
    });
    expect(huge.errors![0].message).toMatch(/最低生活保障的月救助金额不能超过 20,000\.00 元/);
    expect(await auditPos()).toBe(before);
    const over = await t.gql(RECORD, { i: { householdId: hh, programCode: 'ELDER', status: 'ACTIVE', monthlyAmountFen: 100_001 } }, cookie);
    expect(over.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const atCap = await t.gql(RECORD, { i: { householdId: hh, programCode: 'ELDER', status: 'ACTIVE', monthlyAmountFen: 100_000 } }, cookie);
    expect(atCap.errors).toBeUndefined();
  });

  it('the owning department dates a new cap; a benefit is held to the cap in force on its start date', async () => {
    const cookie = { cookie: await t.cookieFor('officer') };
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const add = await t.gql(
      `mutation($i: ParameterVersionInput!) { addParameterVersion(input: $i) { code } }`,
      {
        i: {
          code: 'TEMP.max_monthly_amount',
          effectiveFrom: tomorrow,
          value: { number: 150_000 },
          legalRef: '区民政局通知（测试）',
          reason: '调低临时救助单月上限',
        },
      },
      cookie,
    );
    expect(add.errors).toBeUndefined();
    const now = await t.gql(RECORD, { i: { householdId: hh, programCode: 'TEMP', status: 'ACTIVE', monthlyAmountFen: 180_000 } }, cookie);
    expect(now.errors).toBeUndefined();
    const later = await t.gql(
      RECORD,
      { i: { householdId: hh, programCode: 'TEMP', status: 'ACTIVE', monthlyAmountFen: 180_000, startDate: tomorrow } },
      cookie,
    );
    expect(later.errors![0].message).toMatch(/1,500\.00 元/);
  });

  it('a referral cannot be approved above the cap', async () => {
    const applicant = (await ownerQuery<{ head_person_id: string }>(`select head_person_id from household where id = $1`, [hh]))[0].head_person_id;
    const reg = await t.gql(
      `mutation($i: ApplicationInput!) { registerApplication(input: $i) { referralIds } }`,
      {
        i: {
          householdId: hh,
          applicantPersonId: applicant,
          programs: [{ programCode: 'DIBAO' }],
          authorizationSigned: true,
          materials: [{ name: '居民身份证', provided: true }],
        },
      },
      { cookie: await t.cookieFor('town1') },
    );
    expect(reg.errors).toBeUndefined();
    const officer = { cookie: await t.cookieFor('officer') };
    const [id] = reg.data!.registerApplication.referralIds;
    const version = async () => (await ownerQuery<{ version: number }>(`select version from referral where id = $1`, [id]))[0].version;
    const signed = await t.gql(
      `mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { ok } }`,
      { refs: [{ id, version: await version() }] },
      officer,
    );
    expect(signed.data!.signReferrals[0].ok).toBe(true);
    const v = await version();
    const month = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 7);
    const res = await t.gql(
      `mutation($ref: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $ref, input: $i) { status } }`,
      {
        ref: { id, version: v },
        i: { approve: true, monthlyAmountFen: 2_000_001, startMonth: month },
      },
      officer,
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'monthlyAmountFen' });
    expect(await version()).toBe(v);
  });
});
