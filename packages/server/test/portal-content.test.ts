import { SEED_CATALOGUE } from '@xiejiu/rules';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/user/user.service';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';

/**
 * 门户内容 (modules/portal, issue #15): the portal's 受理窗口 from the area tree and what staff entered, the hotline from
 * the settings, and 政策查询 — every program in plain words from the catalogue in force, with the owner department's
 * own texts. Anonymous reads; edits by the system administrator / the town's own window / the owner department,
 * validated, versioned and logged; nothing personal on the public surface.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });

const WINDOWS = `{ portalWindows { areaCode areaName isDistrict name address hours phone mapText note } }`;
const INFO = `{ portalInfo { hotline } }`;
const STAFF_WINDOWS = `{ serviceWindows { areaCode name nameIsDefault configured version editable updatedByName address } }`;
const UPDATE_WINDOW = `mutation($a: String!, $i: ServiceWindowInput!, $v: Int!) {
  updateServiceWindow(areaCode: $a, input: $i, version: $v) { areaCode name nameIsDefault address hours phone mapText note version editable updatedByName } }`;
const PROGRAMS = `{ portalPrograms { code name ownerName summary whoQualifies whatHelp materials timeLimit howToApply legalBasis updatedAt } }`;
const PROGRAM = `query($c: String!) { portalProgram(code: $c) { code name summary whoQualifies whatHelp materials timeLimit howToApply } }`;
const PLAIN = `{ programPlainTexts { code ownerCode mayEdit version updatedByName shown { summary whoQualifies } generated { summary whoQualifies } edited { summary whoQualifies } } }`;
const UPDATE_TEXT = `mutation($c: String!, $i: ProgramPlainTextInput!, $v: Int!) {
  updateProgramPlainText(code: $c, input: $i, version: $v) { code version mayEdit shown { summary whoQualifies whatHelp howToApply } edited { summary whoQualifies whatHelp howToApply } } }`;

const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;
const windowRow = async (area: string) => (await ownerQuery(`select * from service_window where area_code = $1`, [area]))[0];
const auditCount = async (action: string) => Number((await ownerQuery(`select count(*) as n from audit_log where action = $1`, [action]))[0].n);
/** Noon in China on a date: the service clock. */
const setToday = (date: string | null) => {
  t.runtime.clock = date ? () => new Date(`${date}T04:00:00Z`) : undefined;
};

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const district = t.system('portal-test', AREAS.district);
  const [renshe] = await ownerQuery<{ id: string }>(`select id from department where code = 'RENSHE'`);
  await createUser(district, {
    username: 'portalinformant',
    displayName: '测试信息员',
    areaCode: AREAS.village1a,
    roles: ['INFORMANT'],
    informantKind: 'VOLUNTEER',
    password: PASSWORD,
  });
  await createUser(district, {
    username: 'rensheofficer',
    displayName: '测试人社经办',
    areaCode: AREAS.district,
    roles: ['DEPT_OFFICER'],
    password: PASSWORD,
    departmentId: renshe.id,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
});
afterEach(() => setToday(null));
afterAll(async () => t?.close());

describe('受理窗口 and hotline for everyone (no login)', () => {
  it('lists the district and every town of the area tree, configured or not, by area code; unconfigured ones by default', async () => {
    const res = await t.gql(WINDOWS);
    expect(res.errors).toBeUndefined();
    const list = res.data!.portalWindows as Array<Record<string, unknown>>;
    const places = await ownerQuery<{ code: string }>(`select code from area where level in (1, 2) order by code`);
    expect(places.length).toBeGreaterThanOrEqual(3);
    expect(list.map((w) => w.areaCode)).toEqual(places.map((p) => p.code));
    expect(list[0]).toMatchObject({ areaCode: AREAS.district, isDistrict: true, name: '测试区便民服务中心 社会救助窗口' });
    expect(list.find((w) => w.areaCode === AREAS.town1)).toEqual({
      areaCode: AREAS.town1,
      areaName: '一镇',
      isDistrict: false,
      name: '一镇便民服务中心 社会救助窗口',
      address: null,
      hours: null,
      phone: null,
      mapText: null,
      note: null,
    });
    // villages have no window of their own
    expect(list.some((w) => w.areaCode === AREAS.village1a)).toBe(false);
  });

  it('the hotline follows the ASSISTANCE_HOTLINE setting', async () => {
    expect((await t.gql(INFO)).data!.portalInfo).toEqual({ hotline: null });
    const set = await t.gql(`mutation { updateSetting(key: ASSISTANCE_HOTLINE, value: "12349", version: 0) { version } }`, {}, await as('sysadmin'));
    expect(set.errors).toBeUndefined();
    expect((await t.gql(INFO)).data!.portalInfo).toEqual({ hotline: '12349' });
  });
});

describe('editing windows (portal.manage)', () => {
  const input = {
    address: ' 一镇人民路 18 号 便民服务中心一楼 ',
    hours: '工作日 9:00–12:00，14:00–17:30',
    phone: '023-6100 0111',
    mapText: '汽车站往北\n步行 200 米',
  };

  it('a town window edits its own town; the portal shows it at once; logged with before and after', async () => {
    const res = await t.gql(UPDATE_WINDOW, { a: AREAS.town1, i: input, v: 0 }, await as('town1'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateServiceWindow).toMatchObject({
      areaCode: AREAS.town1,
      name: '一镇便民服务中心 社会救助窗口',
      nameIsDefault: true,
      address: '一镇人民路 18 号 便民服务中心一楼',
      phone: '023-61000111',
      mapText: '汽车站往北\n步行 200 米',
      version: 1,
      editable: true,
      updatedByName: '测试town1',
    });
    const pub = (await t.gql(WINDOWS)).data!.portalWindows.find((w: { areaCode: string }) => w.areaCode === AREAS.town1);
    expect(pub).toMatchObject({ address: '一镇人民路 18 号 便民服务中心一楼', hours: input.hours, phone: '023-61000111' });

    const second = await t.gql(UPDATE_WINDOW, { a: AREAS.town1, i: { ...input, name: '一镇社会救助服务站', phone: '12349' }, v: 1 }, await as('town1'));
    expect(second.data!.updateServiceWindow).toMatchObject({ name: '一镇社会救助服务站', nameIsDefault: false, phone: '12349', version: 2 });
    const log = await ownerQuery(`select actor_name, entity_type, entity_id, diff from audit_log where action = 'portal.window_updated' order by pos`);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ actor_name: '测试town1', entity_type: 'service_window', entity_id: AREAS.town1 });
    expect(log[0].diff.changes.windowAddress).toEqual({ after: '一镇人民路 18 号 便民服务中心一楼' }); // no before: the first entry
    // The office's public number is logged in clear (not a person's phone).
    expect(log[1].diff.changes.contactNumber).toEqual({ before: '023-61000111', after: '12349' });
    expect(log[1].diff.changes.windowName).toEqual({ before: null, after: '一镇社会救助服务站' });
  });

  it('a town window gets FORBIDDEN for another town and for the district; village windows and informants have no right at all', async () => {
    for (const [user, area] of [
      ['town1', AREAS.town2],
      ['town1', AREAS.district],
      ['village1a', AREAS.town1],
      ['portalinformant', AREAS.town1],
      ['officer', AREAS.town1],
      ['joint', AREAS.town1],
    ] as const) {
      const res = await t.gql(UPDATE_WINDOW, { a: area, i: input, v: 0 }, await as(user));
      expect(code(res), `${user} → ${area}`).toBe('FORBIDDEN');
    }
    expect(code(await t.gql(UPDATE_WINDOW, { a: AREAS.town2, i: input, v: 0 }))).toBe('UNAUTHENTICATED');
    expect(await windowRow(AREAS.town2)).toBeUndefined();
    expect(await windowRow(AREAS.district)).toBeUndefined();
    expect(code(await t.gql(STAFF_WINDOWS, {}, await as('village1a')))).toBe('FORBIDDEN');
  });

  it('the system administrator edits any window of the district; staff see which rows they may edit', async () => {
    for (const area of [AREAS.district, AREAS.town2]) {
      const res = await t.gql(UPDATE_WINDOW, { a: area, i: { address: '测试地址 1 号', hours: '工作日' }, v: 0 }, await as('sysadmin'));
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateServiceWindow).toMatchObject({ version: 1, editable: true });
    }
    const town = (await t.gql(STAFF_WINDOWS, {}, await as('town1'))).data!.serviceWindows as Array<{ areaCode: string; editable: boolean }>;
    expect(town.filter((w) => w.editable).map((w) => w.areaCode)).toEqual([AREAS.town1]);
    const admin = (await t.gql(STAFF_WINDOWS, {}, await as('sysadmin'))).data!.serviceWindows as Array<{ editable: boolean }>;
    expect(admin.every((w) => w.editable)).toBe(true);
  });

  it('refuses bad input with the field named, and a stale version with CONFLICT — nothing written', async () => {
    const row = await windowRow(AREAS.town1);
    const logs = await auditCount('portal.window_updated');
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      [AREAS.town1, { phone: '请拨打 12349' }, 'phone', /咨询电话格式不正确/],
      [AREAS.town1, { address: '地'.repeat(201) }, 'address', /地址不能超过 200 个字/],
      [AREAS.town1, { hours: '上午\n下午' }, 'hours', /办公时间/],
      [AREAS.town1, { name: '名'.repeat(61) }, 'name', /窗口名称不能超过 60 个字/],
      [AREAS.village1a, { address: '村委会' }, 'areaCode', /村社不单独设置/],
      ['5001', { address: '某地' }, 'areaCode', /区划代码/],
    ];
    for (const [area, i, field, message] of cases) {
      const res = await t.gql(UPDATE_WINDOW, { a: area, i, v: 2 }, await as('town1'));
      expect(res.errors?.[0], JSON.stringify(i)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field }, message: expect.stringMatching(message) });
    }
    const stale = await t.gql(UPDATE_WINDOW, { a: AREAS.town1, i: { address: '别处' }, v: 1 }, await as('town1'));
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/已被他人修改/);
    expect(await windowRow(AREAS.town1)).toEqual(row);
    expect(await auditCount('portal.window_updated')).toBe(logs);
  });
});

describe('政策查询 for everyone (no login)', () => {
  const applicable = SEED_CATALOGUE.programs.filter((p) => p.applicable);

  it('every program the platform accepts, with conditions and amounts in force, materials and time limit from the catalogue', async () => {
    const res = await t.gql(PROGRAMS);
    expect(res.errors).toBeUndefined();
    const list = res.data!.portalPrograms as Array<Record<string, any>>;
    expect(list.map((p) => p.code)).toEqual(applicable.map((p) => p.code));
    const dibao = list.find((p) => p.code === 'DIBAO')!;
    const def = applicable.find((p) => p.code === 'DIBAO')!;
    expect(dibao).toMatchObject({ name: def.name, ownerName: '测试区民政局', updatedAt: null });
    expect(dibao.summary).toBe(def.description);
    // the rural standard in force, rendered as on the console's 事项目录
    expect(dibao.whoQualifies).toContain('650.00 元');
    expect(dibao.whatHelp).toContain('现行标准和计算公式');
    expect(dibao.materials).toEqual(expect.arrayContaining([expect.stringContaining('户口簿'), '残疾人证（有残疾成员时）']));
    expect(dibao.materials).toHaveLength(def.materials.length);
    expect(dibao.timeLimit).toBe('一般 30 个工作日内办结，情况特殊的可延长至 45 个工作日。');
    expect(dibao.howToApply).toContain(def.applyAt);
    expect(dibao.legalBasis).toEqual(def.legalBasis);
    // a program without a total limit names the limits of its steps
    expect(list.find((p) => p.code === 'TEKUN')!.timeLimit).toMatch(/^没有统一的办结时限，各环节的时限：受理 1 个工作日/);
    const one = await t.gql(PROGRAM, { c: 'ELDER' });
    expect(one.data!.portalProgram).toMatchObject({ code: 'ELDER', name: applicable.find((p) => p.code === 'ELDER')!.name });
    expect((await t.gql(PROGRAM, { c: 'NO_SUCH' })).data!.portalProgram).toBeNull();
    // not applied for on this platform (statuses decided elsewhere)
    expect((await t.gql(PROGRAM, { c: 'TUOPIN' })).data!.portalProgram).toBeNull();
  });

  it('a generated text follows a parameter change from the day it takes effect', async () => {
    const tomorrow = todayCn(new Date(Date.now() + 86_400_000));
    const add = await t.gql(
      `mutation($i: ParameterVersionInput!) { addParameterVersion(input: $i) { code } }`,
      {
        i: { code: 'DIBAO.standard.RURAL', effectiveFrom: tomorrow, value: { number: 70321 }, legalRef: '测试文件（演示）', reason: '按上年人均消费支出调整' },
      },
      await as('officer'),
    );
    expect(add.errors).toBeUndefined();
    const dibao = async () => (await t.gql(PROGRAM, { c: 'DIBAO' })).data!.portalProgram;
    expect((await dibao()).whoQualifies).toContain('650.00 元');
    setToday(tomorrow);
    const after = await dibao();
    expect(after.whoQualifies).toContain('703.21 元');
    expect(after.whoQualifies).not.toContain('650.00 元');
    expect(after.whatHelp).toContain('703.21 元');
  });
});

describe('政策说明 edited by the owner department (program.manage + owner)', () => {
  it('the owner department writes its texts; the portal shows them; an empty field goes back to the generated text; logged', async () => {
    const list = (await t.gql(PLAIN, {}, await as('officer'))).data!.programPlainTexts as Array<Record<string, any>>;
    expect(list.find((p) => p.code === 'DIBAO')).toMatchObject({ ownerCode: 'MINZHENG', mayEdit: true, version: 0, edited: { summary: null } });
    expect(list.find((p) => p.code === 'EMPLOY')).toMatchObject({ ownerCode: 'RENSHE', mayEdit: false });
    const generated = list.find((p) => p.code === 'DIBAO')!.generated;

    const res = await t.gql(
      UPDATE_TEXT,
      {
        c: 'DIBAO',
        i: { summary: ' 家里人均收入低于低保标准的，可以申请每月的低保金。 ', whoQualifies: '一家人每人每月收入低于低保标准，\r\n存款、房子、车子符合规定。' },
        v: 0,
      },
      await as('officer'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateProgramPlainText).toMatchObject({
      version: 1,
      mayEdit: true,
      edited: {
        summary: '家里人均收入低于低保标准的，可以申请每月的低保金。',
        whoQualifies: '一家人每人每月收入低于低保标准，\n存款、房子、车子符合规定。',
        whatHelp: null,
      },
    });
    const pub = (await t.gql(PROGRAM, { c: 'DIBAO' })).data!.portalProgram;
    expect(pub.summary).toBe('家里人均收入低于低保标准的，可以申请每月的低保金。');
    expect(pub.whatHelp).toContain('现行标准和计算公式');

    const cleared = await t.gql(UPDATE_TEXT, { c: 'DIBAO', i: { summary: '', whoQualifies: '一家人每人每月收入低于低保标准。' }, v: 1 }, await as('officer'));
    expect(cleared.data!.updateProgramPlainText).toMatchObject({ version: 2, edited: { summary: null }, shown: { summary: generated.summary } });
    expect((await t.gql(PROGRAMS)).data!.portalPrograms.find((p: { code: string }) => p.code === 'DIBAO').updatedAt).not.toBeNull();

    const log = await ownerQuery(`select actor_name, entity_type, entity_id, diff from audit_log where action = 'program.plain_text_updated' order by pos`);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ actor_name: '测试officer', entity_type: 'program', entity_id: 'DIBAO' });
    expect(log[1].diff.changes.summary).toEqual({ before: '家里人均收入低于低保标准的，可以申请每月的低保金。', after: null });
  });

  it('another department, a window and the public are refused; bad input names the field; a stale version is CONFLICT — nothing written', async () => {
    const row = (await ownerQuery(`select * from program_plain_text where program_code = 'DIBAO'`))[0];
    const logs = await auditCount('program.plain_text_updated');
    const forbidden = await t.gql(UPDATE_TEXT, { c: 'DIBAO', i: { summary: '人社改民政的说明' }, v: 2 }, await as('rensheofficer'));
    expect(code(forbidden)).toBe('FORBIDDEN');
    expect(forbidden.errors![0].message).toMatch(/只有测试区民政局可以/);
    expect(code(await t.gql(UPDATE_TEXT, { c: 'DIBAO', i: { summary: '窗口改' }, v: 2 }, await as('town1')))).toBe('FORBIDDEN');
    expect(code(await t.gql(UPDATE_TEXT, { c: 'DIBAO', i: { summary: '匿名改' }, v: 2 }))).toBe('UNAUTHENTICATED');
    const long = await t.gql(UPDATE_TEXT, { c: 'DIBAO', i: { summary: '长'.repeat(201) }, v: 2 }, await as('officer'));
    expect(long.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'summary' },
      message: expect.stringMatching(/一句话说明不能超过 200 个字/),
    });
    expect(code(await t.gql(UPDATE_TEXT, { c: 'NO_SUCH', i: { summary: '无' }, v: 0 }, await as('officer')))).toBe('NOT_FOUND');
    const stale = await t.gql(UPDATE_TEXT, { c: 'DIBAO', i: { summary: '旧版本上的修改' }, v: 1 }, await as('officer'));
    expect(code(stale)).toBe('CONFLICT');
    expect((await ownerQuery(`select * from program_plain_text where program_code = 'DIBAO'`))[0]).toEqual(row);
    expect(await auditCount('program.plain_text_updated')).toBe(logs);
    // The other department edits its own program.
    const own = await t.gql(UPDATE_TEXT, { c: 'EMPLOY', i: { howToApply: '到镇街便民服务中心人社窗口申请。' }, v: 0 }, await as('rensheofficer'));
    expect(own.errors).toBeUndefined();
  });
});

const FAQS = `query($p: String) { portalFaqs(programCode: $p) { id question answer programCode programName } }`;
const STAFF_FAQS = `{ faqs { id question published sortOrder version updatedByName programName } }`;
const SAVE_FAQ = `mutation($id: ID, $i: FaqInput!, $v: Int!) { saveFaq(id: $id, input: $i, version: $v) { id question answer programCode programName sortOrder published version updatedByName } }`;
const DELETE_FAQ = `mutation($id: ID!, $v: Int!) { deleteFaq(id: $id, version: $v) }`;
const faqRows = async () =>
  ownerQuery<{ id: string; question: string; version: number }>(`select id, question, version from portal_faq order by sort_order, created_at`);

describe('常见问题: kept by the district, published to everyone', () => {
  it('the system administrator adds, orders, drafts, ties to a program, changes and deletes; the portal shows only what is published; logged', async () => {
    const admin = await as('sysadmin');
    const general = await t.gql(
      SAVE_FAQ,
      { id: null, i: { question: '  申请要去哪里办？ ', answer: '到镇街便民服务中心社会救助窗口。\n行动不便的可请村（社区）代办。', sortOrder: 20 }, v: 0 },
      admin,
    );
    expect(general.errors).toBeUndefined();
    expect(general.data!.saveFaq).toMatchObject({
      question: '申请要去哪里办？',
      programCode: null,
      published: true,
      sortOrder: 20,
      version: 1,
      updatedByName: '测试sysadmin',
    });
    const dibao = await t.gql(
      SAVE_FAQ,
      { id: null, i: { question: '低保多久能办好？', answer: '见政策查询的“多久办结”。', programCode: 'DIBAO', sortOrder: 10 }, v: 0 },
      admin,
    );
    expect(dibao.data!.saveFaq).toMatchObject({ programCode: 'DIBAO', programName: '最低生活保障' });
    const draft = await t.gql(SAVE_FAQ, { id: null, i: { question: '草稿问题', answer: '还在写', published: false }, v: 0 }, admin);
    expect(draft.errors).toBeUndefined();

    // anonymous: published only, by sort order; per program
    const pub = await t.gql(FAQS);
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.portalFaqs.map((f: { question: string }) => f.question)).toEqual(['低保多久能办好？', '申请要去哪里办？']);
    expect(pub.data!.portalFaqs[1].answer).toContain('\n');
    expect((await t.gql(FAQS, { p: 'DIBAO' })).data!.portalFaqs.map((f: { question: string }) => f.question)).toEqual(['低保多久能办好？']);
    expect((await t.gql(FAQS, { p: 'TEMP' })).data!.portalFaqs).toEqual([]);
    // staff: drafts too
    const staff = await t.gql(STAFF_FAQS, undefined, admin);
    expect(staff.data!.faqs.map((f: { question: string }) => f.question)).toEqual(['草稿问题', '低保多久能办好？', '申请要去哪里办？']);

    // publish the draft with a change; then delete the general one
    const d = draft.data!.saveFaq;
    const published = await t.gql(
      SAVE_FAQ,
      { id: d.id, i: { question: '家里情况变了告诉谁？', answer: '告诉村（社区）或镇街窗口。', sortOrder: 30, published: true }, v: d.version },
      admin,
    );
    expect(published.data!.saveFaq).toMatchObject({ published: true, version: 2 });
    const g = general.data!.saveFaq;
    expect((await t.gql(DELETE_FAQ, { id: g.id, v: g.version }, admin)).data!.deleteFaq).toBe(true);
    expect((await t.gql(FAQS)).data!.portalFaqs.map((f: { question: string }) => f.question)).toEqual(['低保多久能办好？', '家里情况变了告诉谁？']);

    const audits = await ownerQuery<{ action: string; actor_name: string; diff: { changes: Record<string, { before?: unknown; after?: unknown }> } }>(
      `select action, actor_name, diff from audit_log where entity_type = 'portal_faq' order by pos`,
    );
    expect(audits.map((a) => a.action)).toEqual(['portal.faq_created', 'portal.faq_created', 'portal.faq_created', 'portal.faq_updated', 'portal.faq_deleted']);
    expect(audits.every((a) => a.actor_name === '测试sysadmin')).toBe(true);
    expect(audits[3].diff.changes.question).toEqual({ before: '草稿问题', after: '家里情况变了告诉谁？' });
    expect(audits[3].diff.changes.published).toEqual({ before: false, after: true });
    expect(audits[4].diff.changes.question).toEqual({ before: '申请要去哪里办？' });
  });

  it('a town window, a village window, an informant, an officer and the public may not change them', async () => {
    const before = await faqRows();
    const input = { question: '镇街能改吗？', answer: '不能。' };
    expect(code(await t.gql(SAVE_FAQ, { id: null, i: input, v: 0 }, await as('town1')))).toBe('FORBIDDEN');
    expect(code(await t.gql(STAFF_FAQS, undefined, await as('town1')))).toBe('FORBIDDEN');
    for (const u of ['village1a', 'portalinformant', 'officer'])
      expect(code(await t.gql(SAVE_FAQ, { id: null, i: input, v: 0 }, await as(u)))).toBe('FORBIDDEN');
    expect(code(await t.gql(SAVE_FAQ, { id: null, i: input, v: 0 }))).toBe('UNAUTHENTICATED');
    const [first] = before;
    expect(code(await t.gql(DELETE_FAQ, { id: first.id, v: first.version }, await as('town1')))).toBe('FORBIDDEN');
    expect(await faqRows()).toEqual(before);
  });

  it('refuses bad input with the field named, an unknown id, and a stale version — nothing written', async () => {
    const admin = await as('sysadmin');
    const before = await faqRows();
    const auditsBefore = Number((await ownerQuery(`select count(*) as n from audit_log`))[0].n);
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ question: ' ', answer: '有回答' }, 'question'],
      [{ question: '两行\n问题', answer: '有回答' }, 'question'],
      [{ question: '问'.repeat(201), answer: '有回答' }, 'question'],
      [{ question: '有问题', answer: '' }, 'answer'],
      [{ question: '有问题', answer: '答'.repeat(2001) }, 'answer'],
      [{ question: '有问题', answer: '有回答', programCode: 'NOSUCH' }, 'programCode'],
      [{ question: '有问题', answer: '有回答', sortOrder: -1 }, 'sortOrder'],
      [{ question: '有问题', answer: '有回答', sortOrder: 10000 }, 'sortOrder'],
    ];
    for (const [i, field] of bad) {
      const r = await t.gql(SAVE_FAQ, { id: null, i, v: 0 }, admin);
      expect(code(r), JSON.stringify(i)).toBe('BAD_USER_INPUT');
      expect((r.errors![0].extensions as { field?: string }).field, JSON.stringify(i)).toBe(field);
      expect(r.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const [first] = before;
    const stale = await t.gql(SAVE_FAQ, { id: first.id, i: { question: '改了', answer: '改了' }, v: first.version - 1 }, admin);
    expect(code(stale)).toBe('CONFLICT');
    expect(code(await t.gql(DELETE_FAQ, { id: first.id, v: first.version + 1 }, admin))).toBe('CONFLICT');
    expect(code(await t.gql(SAVE_FAQ, { id: '00000000-0000-4000-8000-000000000000', i: { question: '问', answer: '答' }, v: 1 }, admin))).toBe('NOT_FOUND');
    expect(code(await t.gql(DELETE_FAQ, { id: 'not-a-uuid', v: 1 }, admin))).toBe('NOT_FOUND');
    expect(await faqRows()).toEqual(before);
    expect(Number((await ownerQuery(`select count(*) as n from audit_log`))[0].n)).toBe(auditsBefore);
  });
});

describe('nothing personal on the public surface', () => {
  it('no staff names, versions or editors in the public answers; the public types have no such fields', async () => {
    const texts = JSON.stringify([(await t.gql(WINDOWS)).data, (await t.gql(INFO)).data, (await t.gql(PROGRAMS)).data, (await t.gql(FAQS)).data]);
    for (const name of ['测试town1', '测试sysadmin', '测试officer', '测试人社经办', '系统(']) expect(texts).not.toContain(name);
    for (const q of [
      `{ portalWindows { updatedByName } }`,
      `{ portalWindows { version } }`,
      `{ portalPrograms { updatedByName } }`,
      `{ portalFaqs { updatedByName } }`,
      `{ portalFaqs { published } }`,
    ]) {
      expect(code(await t.gql(q))).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // the staff queries need a session
    expect(code(await t.gql(STAFF_WINDOWS))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(PLAIN))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(STAFF_FAQS))).toBe('UNAUTHENTICATED');
  });
});
