import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHousehold, type MemberInput } from '../src/modules/household/household.service';
import { ObjectionLimiter } from '../src/modules/publicity/objection-limit';
import { maskPublicName, publicPlace } from '../src/modules/publicity/publicity.entry';
import { runPublicityTakedown } from '../src/modules/publicity/publicity.service';
import { todayCn } from '../src/shared/dates';
import { pdfText } from './file-helpers';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { member } from './ledger-fixture';

/**
 * 公示 (modules/publicity, ADR 0024): a decision to approve a publishing program writes the masked entry in the
 * transition; anonymous visitors read current notices and object; an objection sends the referral back to 办理中;
 * notices come down at the end of the period; the printable notice with full names is for publicity.print only.
 */

let t: TestApp;
const people: Record<string, { id: string; idNumber: string }> = {};
let hhA: string;
let hhB: string;
let hhC: string;

const REGISTER = `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id receiptNo referralIds } }`;
const REF = `query($id: ID!) { referral(id: $id) { referral { id version status publicityEnd } history { kind toStatus note } } }`;
const SIGN = `mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { id ok message } }`;
const DECIDE = `mutation($ref: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $ref, input: $i) { id version status publicityEnd } }`;
const PUBLIC = `query($areaCode: String) { publicNotices(areaCode: $areaCode) { total items { id programName nameMasked areaName householdSize amount startsOn endsOn } } }`;
const OBJECT = `mutation($id: ID!, $c: String!, $n: String, $p: String) {
  submitPublicityObjection(entryId: $id, content: $c, contactName: $n, contactPhone: $p) { id receivedAt message } }`;
const ENTRIES = `query($s: PublicityStatus) { publicityEntries(status: $s) { total items { id referralId nameMasked areaName householdSize amount status statusName objectionCount isPublic } } }`;

const cookie = async (u: string) => ({ cookie: await t.cookieFor(u) });

async function newHousehold(areaCode: string, members: MemberInput[], groupNo: string | null = null): Promise<string> {
  const ctx = t.system('publicity-test', AREAS.district);
  const id = await createHousehold(ctx, { areaCode, address: '测试详细地址18号', residenceType: 'RURAL', members, groupNo });
  const rows = await ownerQuery<{ id: string; name: string }>(
    `select p.id, p.name from person p join membership m on m.person_id = p.id where m.household_id = $1`,
    [id],
  );
  for (const r of rows) people[r.name] = { id: r.id, idNumber: members.find((m) => m.name === r.name)!.idNumber };
  return id;
}

/** Registers one program at the town window, signs it and decides to approve it (94.00 元 for 低保). */
async function approve(householdId: string, applicant: string, programCode: string, personId?: string) {
  const reg = await t.gql(
    REGISTER,
    {
      i: {
        householdId,
        applicantPersonId: people[applicant].id,
        programs: [{ programCode, ...(personId ? { personId } : {}) }],
        authorizationSigned: true,
        materials: [{ name: '居民身份证', provided: true }],
      },
    },
    await cookie('town1'),
  );
  expect(reg.errors).toBeUndefined();
  const id = reg.data!.registerApplication.referralIds[0] as string;
  const r1 = (await t.gql(REF, { id }, await cookie('town1'))).data!.referral.referral;
  const signed = await t.gql(SIGN, { refs: [{ id, version: r1.version }] }, await cookie('officer'));
  expect(signed.data!.signReferrals[0]).toMatchObject({ ok: true });
  const r2 = (await t.gql(REF, { id }, await cookie('town1'))).data!.referral.referral;
  const res = await t.gql(
    DECIDE,
    { ref: { id, version: r2.version }, i: { approve: true, monthlyAmountFen: 94000, startMonth: todayCn().slice(0, 7) } },
    await cookie('officer'),
  );
  expect(res.errors).toBeUndefined();
  return { id, appId: reg.data!.registerApplication.id as string, ...res.data!.decideReferral };
}

const entryOf = async (referralId: string) =>
  await ownerQuery(`select e.*, e.starts_on::text as starts, e.ends_on::text as ends from publicity_entry e where referral_id = $1 order by created_at`, [
    referralId,
  ]);

/** Noon in China on a date: the service clock of the tests. */
const setToday = (date: string | null) => {
  t.runtime.clock = date ? () => new Date(`${date}T04:00:00Z`) : undefined;
};
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  await ownerQuery(`update app_user set must_change_password = false`);
  hhA = await newHousehold(
    AREAS.village1a,
    [member('李建国', '19700101', 'HEAD'), member('王秀英', '19720101', 'SPOUSE', 'F'), member('李小宝', '20150601', 'SON')],
    '3',
  );
  hhB = await newHousehold(AREAS.village1a, [member('赵大海', '19800101', 'HEAD'), member('赵小明', '20120301', 'SON')]);
  hhC = await newHousehold(AREAS.village1a, [member('欧阳春花', '19600101', 'HEAD', 'F')]);
});
afterEach(() => setToday(null));
afterAll(async () => t?.close());

describe('masking', () => {
  it('names: 李* for two characters, 张*明 for three, first + * + last for longer; the place to village and 组 only', () => {
    expect(maskPublicName('李四')).toBe('李*');
    expect(maskPublicName('张三明')).toBe('张*明');
    expect(maskPublicName('欧阳春花')).toBe('欧*花');
    expect(publicPlace('一镇', '一镇甲村', '3')).toBe('一镇甲村3组');
    expect(publicPlace('一镇', '甲村', '3组')).toBe('一镇甲村3组');
    expect(publicPlace('一镇', '甲村', null)).toBe('一镇甲村');
  });
});

describe('objection limit per address', () => {
  it('five submissions an hour per address, then RATE_LIMITED with retryAfter; other addresses and the next hour are free', () => {
    const l = new ObjectionLimiter(5, 3_600_000);
    for (let i = 0; i < 5; i++) l.take('1.2.3.4', 1000 + i);
    let err: unknown;
    try {
      l.take('1.2.3.4', 2000);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ extensions: { code: 'RATE_LIMITED', reason: 'OBJECTION_RATE_LIMITED', retryAfter: 3599 } });
    expect(() => l.take('5.6.7.8', 2000)).not.toThrow();
    expect(() => l.take('1.2.3.4', 1000 + 3_600_000)).not.toThrow();
  });
});

describe('公示', () => {
  let main: { id: string; appId: string; version: number; publicityEnd: string };
  let entryId: string;

  it('a decision to approve 低保 writes the masked entry in the same transition: name, persons, amount, period — no full name, ID or address', async () => {
    main = await approve(hhA, '李建国', 'DIBAO');
    expect(main).toMatchObject({ status: 'PUBLICITY' });
    const [e] = await entryOf(main.id);
    entryId = e.id;
    expect(e).toMatchObject({
      application_id: main.appId,
      area_code: AREAS.village1a,
      program_code: 'DIBAO',
      name_masked: '李*国',
      household_size: 3,
      status: 'ACTIVE',
      taken_down_at: null,
      starts: todayCn(),
      ends: main.publicityEnd,
    });
    expect(Number(e.amount_fen)).toBe(94000);
    expect(e.area_name).toMatch(/村3组$/);
    const stored = JSON.stringify(e);
    for (const secret of ['李建国', people.李建国.idNumber, '测试详细地址']) expect(stored).not.toContain(secret);
  });

  it('anyone reads the current notices without logging in: masked only, filtered by village or town', async () => {
    const res = await t.gql(PUBLIC, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.publicNotices.items).toEqual([
      {
        id: entryId,
        programName: '最低生活保障',
        nameMasked: '李*国',
        areaName: expect.stringMatching(/3组$/),
        householdSize: 3,
        amount: 940,
        startsOn: todayCn(),
        endsOn: main.publicityEnd,
      },
    ]);
    const body = JSON.stringify(res.data);
    for (const secret of ['李建国', '王秀英', '李小宝', people.李建国.idNumber, '测试详细地址', main.appId, main.id]) expect(body).not.toContain(secret);
    expect((await t.gql(PUBLIC, { areaCode: AREAS.town1 })).data!.publicNotices.total).toBe(1);
    expect((await t.gql(PUBLIC, { areaCode: AREAS.village1b })).data!.publicNotices.total).toBe(0);
    expect((await t.gql(PUBLIC, { areaCode: '12345' })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const areas = await t.gql(`{ publicNoticeAreas { code name count } }`);
    expect(areas.data!.publicNoticeAreas).toEqual([{ code: AREAS.village1a, name: expect.not.stringMatching(/组$/), count: 1 }]);
  });

  it('staff see the entry as published, with status and objections, in their area only', async () => {
    for (const who of ['town1', 'village1a', 'officer', 'joint']) {
      const res = await t.gql(ENTRIES, {}, await cookie(who));
      expect(res.errors, who).toBeUndefined();
      expect(res.data!.publicityEntries.items, who).toEqual([
        expect.objectContaining({
          id: entryId,
          nameMasked: '李*国',
          householdSize: 3,
          amount: 940,
          status: 'ACTIVE',
          statusName: '公示中',
          objectionCount: 0,
          isPublic: true,
        }),
      ]);
    }
    const other = await t.gql(ENTRIES, {}, await cookie('village1b'));
    expect(other.errors).toBeUndefined();
    expect(other.data!.publicityEntries.total).toBe(0);
    const none = await t.gql(ENTRIES, {}, await cookie('sysadmin'));
    expect(none.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anon = await t.gql(ENTRIES, {});
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('the printable notice has the full names, for publicity.print in scope only, and is logged as an unmasking export', async () => {
    const url = `/api/publicity/notice.pdf?areaCode=${AREAS.village1a}`;
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url, headers: await cookie('joint') })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url, headers: await cookie('village1b') })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: `/api/publicity/notice.pdf?areaCode=x`, headers: await cookie('town1') });
    expect(bad.statusCode).toBe(400);
    const res = await t.app.inject({ method: 'GET', url, headers: await cookie('town1') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(res.rawPayload);
    expect(text).toContain('社会救助对象公示');
    expect(text).toContain('李建国');
    expect(text).toContain('940.00');
    expect(text).not.toContain(people.李建国.idNumber);
    const officer = await t.app.inject({ method: 'GET', url: `/api/publicity/notice.pdf?areaCode=${AREAS.town1}`, headers: await cookie('officer') });
    expect(officer.statusCode).toBe(200);
    const log = await ownerQuery(`select actor_name, diff from audit_log where action = 'publicity.notice_printed' order by pos`);
    expect(log).toHaveLength(2);
    expect(log[0].diff.detail).toMatchObject({ areaCode: AREAS.village1a, entries: 1, unmasked: ['name'] });
  });

  it('minors are never published: 特困 for a child skips 公示; any applicant under 18 gets no entry', async () => {
    const tekun = await approve(hhB, '赵大海', 'TEKUN', people.赵小明.id);
    expect(tekun.status).toBe('DONE');
    expect(await entryOf(tekun.id)).toEqual([]);
    const dibao = await approve(hhB, '赵小明', 'DIBAO');
    expect(dibao.status).toBe('PUBLICITY');
    expect(await entryOf(dibao.id)).toEqual([]);
    const list = await t.gql(PUBLIC, {});
    expect(list.data!.publicNotices.items.map((i: { id: string }) => i.id)).toEqual([entryId]);
    expect(JSON.stringify(list.data)).not.toMatch(/赵/);
  });

  it('objections from the public: typed errors for empty, too long, unknown; a bad phone is refused', async () => {
    const empty = await t.gql(OBJECT, { id: entryId, c: '   ' });
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OBJECTION_EMPTY' });
    expect(empty.errors![0].message).toBe('请填写异议内容');
    const long = await t.gql(OBJECT, { id: entryId, c: '异'.repeat(1001) });
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OBJECTION_TOO_LONG' });
    const unknown = await t.gql(OBJECT, { id: '00000000-0000-4000-8000-000000000000', c: '有车' });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOTICE_NOT_FOUND' });
    const phone = await t.gql(OBJECT, { id: entryId, c: '有车', p: '12345' });
    expect(phone.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PHONE_INVALID' });
    expect((await entryOf(main.id))[0].status).toBe('ACTIVE');
  });

  it('an objection from the public sends the referral back to 办理中 (history + event), the entry OBJECTED and off the list', async () => {
    const res = await t.gql(OBJECT, { id: entryId, c: '该户家中有小轿车一辆，经营农家乐', n: '匿名群众', p: '138 1234 5678' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitPublicityObjection.message).toMatch(/已收到/);
    const ref = (await t.gql(REF, { id: main.id }, await cookie('town1'))).data!.referral;
    expect(ref.referral).toMatchObject({ status: 'PROCESSING', publicityEnd: null });
    expect(ref.history.at(-1)).toMatchObject({ kind: 'referral.publicity_objected', toStatus: 'PROCESSING' });
    expect(ref.history.at(-1).note).toMatch(/群众对网上公示提出异议.*小轿车/);
    const [event] = await ownerQuery(`select payload from outbox_event where type = 'referral.publicity_objected' and aggregate_id = $1`, [main.id]);
    expect(event.payload).toMatchObject({ objectionSource: 'PUBLIC', objectionId: res.data!.submitPublicityObjection.id, toStatus: 'PROCESSING' });
    const [e] = await entryOf(main.id);
    expect(e.status).toBe('OBJECTED');
    expect(e.taken_down_at).toBeTruthy();
    const [o] = await ownerQuery(`select * from publicity_objection where entry_id = $1`, [entryId]);
    expect(o).toMatchObject({ source: 'PUBLIC', contact_name: '匿名群众', contact_phone_masked: '138****5678' });
    expect(o.contact_phone_enc).not.toContain('13812345678');
    expect(t.runtime.fieldCrypto.decrypt(o.contact_phone_enc)).toBe('13812345678');
    expect((await t.gql(PUBLIC, {})).data!.publicNotices.total).toBe(0);
    const again = await t.gql(OBJECT, { id: entryId, c: '再次异议' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'INVALID_STATE', reason: 'NOTICE_NOT_PUBLIC' });
    const staff = await t.gql(ENTRIES, { s: 'OBJECTED' }, await cookie('town1'));
    expect(staff.data!.publicityEntries.items[0]).toMatchObject({ id: entryId, status: 'OBJECTED', objectionCount: 1, isPublic: false });
    const OBJECTIONS = `query($id: ID!) { publicityObjections(entryId: $id) { source sourceName content contactName contactPhoneMasked recordedByName } }`;
    const seen = await t.gql(OBJECTIONS, { id: entryId }, await cookie('town1'));
    expect(seen.data!.publicityObjections).toEqual([
      {
        source: 'PUBLIC',
        sourceName: '网上公示（群众）',
        content: '该户家中有小轿车一辆，经营农家乐',
        contactName: '匿名群众',
        contactPhoneMasked: '138****5678',
        recordedByName: '网上公示（群众）',
      },
    ]);
    // The objector stays confidential beyond those who handle the case.
    const joint = await t.gql(OBJECTIONS, { id: entryId }, await cookie('joint'));
    expect(joint.data!.publicityObjections[0]).toMatchObject({ contactName: null, contactPhoneMasked: null });
    expect((await t.gql(OBJECTIONS, { id: entryId }, await cookie('village1b'))).data!.publicityObjections).toEqual([]);
  });

  it('a second decision after the re-investigation publishes again (a new entry)', async () => {
    const r = (await t.gql(REF, { id: main.id }, await cookie('town1'))).data!.referral.referral;
    const res = await t.gql(
      DECIDE,
      { ref: { id: main.id, version: r.version }, i: { approve: true, monthlyAmountFen: 50000, startMonth: todayCn().slice(0, 7) } },
      await cookie('officer'),
    );
    expect(res.data!.decideReferral.status).toBe('PUBLICITY');
    const entries = await entryOf(main.id);
    expect(entries.map((e) => e.status)).toEqual(['OBJECTED', 'ACTIVE']);
    main = { ...main, ...res.data!.decideReferral };
  });

  it('a window records an objection for its own area; another village cannot', async () => {
    const [, active] = await entryOf(main.id);
    const RECORD = `mutation($id: ID!, $c: String!) { recordPublicityObjection(entryId: $id, content: $c, contactName: "村民") { id status objectionCount } }`;
    const outside = await t.gql(RECORD, { id: active.id, c: '邻居反映' }, await cookie('village1b'));
    expect(outside.errors![0].extensions!.code).toBe('NOT_FOUND');
    const officer = await t.gql(RECORD, { id: active.id, c: '邻居反映' }, await cookie('officer'));
    expect(officer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const ok = await t.gql(RECORD, { id: active.id, c: '邻居当面反映该户有稳定务工收入' }, await cookie('village1a'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.recordPublicityObjection).toMatchObject({ id: active.id, status: 'OBJECTED', objectionCount: 1 });
    const ref = (await t.gql(REF, { id: main.id }, await cookie('town1'))).data!.referral;
    expect(ref.referral.status).toBe('PROCESSING');
    expect(ref.history.at(-1).note).toMatch(/窗口登记公示异议/);
  });

  it('the department ending 公示 with an objection marks the entry OBJECTED; approving after the period marks it ENDED', async () => {
    const a = await approve(hhC, '欧阳春花', 'DIBAO');
    const [e] = await entryOf(a.id);
    expect(e.name_masked).toBe('欧*花');
    expect(e.household_size).toBe(1);
    const COMPLETE = `mutation($ref: ReferralRefInput!, $o: String) { completePublicity(ref: $ref, objection: $o) { status version } }`;
    const obj = await t.gql(COMPLETE, { ref: { id: a.id, version: a.version }, o: '村民代表反映情况不实' }, await cookie('officer'));
    expect(obj.data!.completePublicity.status).toBe('PROCESSING');
    expect((await entryOf(a.id))[0].status).toBe('OBJECTED');
    const [o] = await ownerQuery(`select source, content from publicity_objection where entry_id = $1`, [e.id]);
    expect(o).toEqual({ source: 'DEPARTMENT', content: '村民代表反映情况不实' });
    // decide again, then approve after the period
    const again = await t.gql(
      DECIDE,
      { ref: { id: a.id, version: obj.data!.completePublicity.version }, i: { approve: true, monthlyAmountFen: 60000, startMonth: todayCn().slice(0, 7) } },
      await cookie('officer'),
    );
    const until = again.data!.decideReferral.publicityEnd as string;
    setToday(addDays(until, 1));
    const done = await t.gql(COMPLETE, { ref: { id: a.id, version: again.data!.decideReferral.version } }, await cookie('officer'));
    expect(done.errors).toBeUndefined();
    expect(done.data!.completePublicity.status).toBe('DONE');
    expect((await entryOf(a.id)).map((x) => x.status)).toEqual(['OBJECTED', 'ENDED']);
  });
});

describe('take-down at the end of the period', () => {
  it('shown on the last day, gone the day after; the hourly job marks it ENDED and logs it', async () => {
    const hh = await newHousehold(AREAS.village1a, [member('孙立新', '19650101', 'HEAD')]);
    const a = await approve(hh, '孙立新', 'DIBAO');
    const [e] = await entryOf(a.id);
    setToday(e.ends);
    expect((await t.gql(PUBLIC, {})).data!.publicNotices.items.map((i: { id: string }) => i.id)).toEqual([e.id]);
    expect(await runPublicityTakedown(t.system('publicity-test'))).toEqual({ ended: 0, withdrawn: 0 });
    setToday(addDays(e.ends, 1));
    expect((await t.gql(PUBLIC, {})).data!.publicNotices.total).toBe(0);
    expect((await entryOf(a.id))[0].status).toBe('ACTIVE');
    await ownerQuery(`select graphile_worker.add_job('publicity-takedown')`);
    await t.runJobs();
    const [job] = await ownerQuery(`select status, processed from job where kind = 'publicity-takedown'`);
    expect(job).toEqual({ status: 'DONE', processed: 1 });
    const [after] = await entryOf(a.id);
    expect(after.status).toBe('ENDED');
    expect(after.taken_down_at).toBeTruthy();
    const [log] = await ownerQuery(`select diff from audit_log where action = 'publicity.taken_down' order by pos desc limit 1`);
    expect(log.diff.detail).toMatchObject({ ended: 1 });
    // Staff still see it (archived), no longer public.
    const staff = await t.gql(ENTRIES, { s: 'ENDED' }, await cookie('town1'));
    expect(staff.data!.publicityEntries.items.find((x: { id: string }) => x.id === e.id)).toMatchObject({ statusName: '已期满撤下', isPublic: false });
    // A referral withdrawn while in 公示 leaves the public list at once; the job marks its entry WITHDRAWN.
    setToday(null);
    const hh2 = await newHousehold(AREAS.village1a, [member('周文华', '19660101', 'HEAD')]);
    const w = await approve(hh2, '周文华', 'DIBAO');
    const [we] = await entryOf(w.id);
    expect((await t.gql(PUBLIC, {})).data!.publicNotices.items.map((i: { id: string }) => i.id)).toEqual([we.id]);
    const wd = await t.gql(
      `mutation($ref: ReferralRefInput!) { withdrawReferral(ref: $ref, reason: "申请人主动撤回") { status } }`,
      { ref: { id: w.id, version: w.version } },
      await cookie('town1'),
    );
    expect(wd.data!.withdrawReferral.status).toBe('WITHDRAWN');
    expect((await t.gql(PUBLIC, {})).data!.publicNotices.total).toBe(0);
    expect(await runPublicityTakedown(t.system('publicity-test'))).toEqual({ ended: 0, withdrawn: 1 });
    expect((await entryOf(w.id))[0].status).toBe('WITHDRAWN');
    // An objection after the period is refused online.
    const late = await t.gql(OBJECT, { id: e.id, c: '迟到的异议' });
    expect(late.errors![0].extensions).toMatchObject({ code: 'INVALID_STATE', reason: 'NOTICE_NOT_PUBLIC' });
  });
});
