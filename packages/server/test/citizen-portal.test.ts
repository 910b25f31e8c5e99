import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { makeCaptcha } from '../src/modules/citizen/captcha';
import { CODE_MAX_ATTEMPTS, CODES_PER_ADDRESS_PER_HOUR, CODES_PER_PHONE_PER_DAY } from '../src/modules/citizen/code.service';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 网上预申请和进度查询 (modules/citizen, issue #15): a picture captcha before an SMS code, the code before an online
 * pre-application or a status lookup; throttles per phone and per address kept in the database; the code masked in
 * 短信记录 while the provider receives it; the pre-application in the village window's queue, confirmed into an
 * application; a lookup that refuses a wrong phone or code exactly like an unknown number.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });
const err = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions ?? {};
/** Beijing 10:00 on a fixed day, moved on by `plusSeconds`. */
const BASE = Date.parse('2026-12-10T02:00:00Z');
let offset = 0;

const SEND = `mutation($p: String!, $u: CodePurpose!, $t: String!, $a: String!) {
  sendPortalSmsCode(phone: $p, purpose: $u, captchaToken: $t, captchaAnswer: $a) { phoneMasked resendAfterSeconds expiresInMinutes } }`;
const APPLY = `mutation($i: CitizenApplicationInput!) { submitCitizenApplication(input: $i) { queryNo phoneMasked areaName submittedAt } }`;
const LOOKUP = `mutation($n: String!, $p: String!, $c: String!) { lookupCitizenApplication(number: $n, phone: $p, code: $c) {
  queryNo receiptNo status statusName channelName applicantName areaName rejectReason programNames
  items { programName departmentName statusName outcomeName dueDate } steps { text } messages { content } reporterView } }`;
const REPORT = `mutation($i: CitizenReportInput!) { submitCitizenReport(input: $i) { queryNo phoneMasked areaName } }`;

/** A captcha whose answer the test knows (the same signing key as the app's). */
const captcha = (answer = '2468') => ({ token: makeCaptcha(t.runtime.fieldCrypto, new Date(BASE + offset * 1000), answer).token, answer });

async function sendCode(phone: string, purpose: 'APPLY' | 'LOOKUP' | 'REPORT' = 'APPLY', app = t) {
  const c = captcha();
  return app.gql(SEND, { p: phone, u: purpose, t: c.token, a: c.answer });
}

/** The code as the phone received it: delivered through the `log` provider (its outbox is the test's phone). */
async function receivedCode(phone: string): Promise<string> {
  await ownerQuery(`select graphile_worker.add_job('sms-deliver')`);
  await t.runJobs();
  const rows = await ownerQuery<{ content: string }>(
    `select content from sms_log_outbox where phone_masked = $1 and content like '%验证码%' order by created_at desc, idempotency_key desc limit 1`,
    [`${phone.slice(0, 3)}****${phone.slice(-4)}`],
  );
  const m = rows[0]?.content.match(/验证码(\d{6})/);
  if (!m) throw new Error(`no code delivered to ${phone}: ${JSON.stringify(rows)}`);
  return m[1];
}

const application = (over: Record<string, unknown> = {}) => ({
  phone: '13912345678',
  code: '000000',
  name: '钱多多',
  idNumber: '11010519491231002X',
  address: '一镇甲村 3 组 12 号',
  areaCode: AREAS.village1a,
  householdSize: 3,
  programs: ['DIBAO', 'TEMP'],
  description: '丈夫去年因病去世，本人腿脚不便，孩子在读书，家里没有收入',
  urgent: false,
  consent: true,
  ...over,
});

const count = async (sql: string, params: unknown[] = []) => Number((await ownerQuery<{ n: string }>(sql, params))[0].n);

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  t.runtime.clock = () => new Date(BASE + offset * 1000);
});
afterEach(() => {
  offset += 3600; // the next test starts an hour later: no resend wait carried over
});
afterAll(async () => t?.close());

describe('图形验证码', () => {
  it('is an SVG of strokes (no text to read out), with a signed token', async () => {
    const res = await t.gql(`{ portalCaptcha { token image expiresAt } }`);
    expect(res.errors).toBeUndefined();
    const { token, image } = res.data!.portalCaptcha;
    expect(token.split('.')).toHaveLength(4);
    const svg = Buffer.from(image.replace('data:image/svg+xml;base64,', ''), 'base64').toString();
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<text|href=|<script/);
    expect(svg.match(/<g transform=/g)).toHaveLength(4);
  });

  it('is good for one try: a wrong answer spends it; a forged or expired token is refused; nothing is sent', async () => {
    const c = captcha('1357');
    const wrong = await t.gql(SEND, { p: '13800000001', u: 'APPLY', t: c.token, a: '7531' });
    expect(err(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'captchaAnswer', reason: 'CAPTCHA_WRONG' });
    const again = await t.gql(SEND, { p: '13800000001', u: 'APPLY', t: c.token, a: '1357' });
    expect(err(again)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CAPTCHA_USED' });
    expect(again.errors![0].message).toContain('换一张');

    const forged = captcha('1111').token.replace(/\.(\d{13})\./, (_, ms) => `.${Number(ms) + 3_600_000}.`);
    expect(err(await t.gql(SEND, { p: '13800000001', u: 'APPLY', t: forged, a: '1111' }))).toMatchObject({ reason: 'CAPTCHA_WRONG' });

    const old = captcha('2222');
    offset += 6 * 60;
    expect(err(await t.gql(SEND, { p: '13800000001', u: 'APPLY', t: old.token, a: '2222' }))).toMatchObject({ reason: 'CAPTCHA_EXPIRED' });
    expect(await count(`select count(*) as n from portal_verification`)).toBe(0);
    expect(await count(`select count(*) as n from sms_message`)).toBe(0);
  });

  it('can be switched off only outside production (browser tests cannot read the picture)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CAPTCHA_ENABLED: 'false' })).toThrow(/CAPTCHA_ENABLED/);
    expect(loadConfig({ NODE_ENV: 'development', CAPTCHA_ENABLED: 'false' }).captchaEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).captchaEnabled).toBe(true);
  });

  it('accepts full-width digits and spaces in the answer', async () => {
    const c = captcha('3579');
    const res = await t.gql(SEND, { p: '13800000002', u: 'APPLY', t: c.token, a: ' ３５７９ ' });
    expect(res.errors).toBeUndefined();
  });
});

describe('短信验证码', () => {
  it('is sent at once (also in the quiet hours), masked in 短信记录, real only at the provider; logged with the phone masked', async () => {
    offset += 12 * 3600; // 22:00 Beijing time: quiet hours
    const res = await sendCode('13911112222');
    expect(res.errors).toBeUndefined();
    expect(res.data!.sendPortalSmsCode).toEqual({ phoneMasked: '139****2222', resendAfterSeconds: 60, expiresInMinutes: 10 });

    const [row] = await ownerQuery(`select * from sms_message where recipient_kind = 'CITIZEN' and phone_masked = '139****2222'`);
    expect(row.content).toBe('您正在网上申请社会救助，验证码******，10分钟内有效。如非本人操作，请忽略本短信。');
    expect(row.params).toEqual({ purpose: '网上申请社会救助', code: '******', minutes: '10' });
    expect(row.urgent).toBe(true);
    expect(row.phone_masked).toBe('139****2222');
    expect(JSON.stringify(row)).not.toMatch(/13911112222/);

    const code = await receivedCode('13911112222');
    expect(code).toMatch(/^\d{6}$/);
    const [sent] = await ownerQuery(`select status, content from sms_message where id = $1`, [row.id]);
    expect(sent.status).toBe('SENT');
    expect(sent.content).not.toContain(code);

    const list = await t.gql(`{ smsMessages { items { content recipientKind phoneMasked } } }`, {}, await as('sysadmin'));
    expect(list.errors).toBeUndefined();
    const shown = list.data!.smsMessages.items.find((m: { recipientKind: string }) => m.recipientKind === 'CITIZEN');
    expect(shown.content).toContain('验证码******');
    expect(JSON.stringify(list.data)).not.toContain(code);

    const [v] = await ownerQuery(`select * from portal_verification order by created_at desc limit 1`);
    expect(JSON.stringify(v)).not.toMatch(/13911112222/);
    expect(v.code_hash).not.toContain(code);
    const [audit] = await ownerQuery(`select actor_name, diff from audit_log where action = 'citizen.code_sent' order by pos desc limit 1`);
    expect(audit.actor_name).toBe('系统(网上验证码)');
    expect(JSON.stringify(audit.diff)).toContain('139****2222');
    expect(JSON.stringify(audit.diff)).not.toContain('13911112222');
  });

  it('per phone: one a minute, five a day — refused with RATE_LIMITED and retryAfter, nothing sent', async () => {
    const phone = '13922223333';
    expect((await sendCode(phone)).errors).toBeUndefined();
    const soon = await sendCode(phone);
    expect(err(soon)).toMatchObject({ code: 'RATE_LIMITED', reason: 'CODE_RESEND_TOO_SOON' });
    expect(err(soon).retryAfter).toBeGreaterThan(50);
    // Another purpose is not held back by it (apply, then look up at once); it counts towards the day.
    expect((await sendCode(phone, 'LOOKUP')).errors).toBeUndefined();
    for (let i = 2; i < CODES_PER_PHONE_PER_DAY; i++) {
      offset += 61;
      expect((await sendCode(phone, i % 2 ? 'LOOKUP' : 'APPLY')).errors).toBeUndefined();
    }
    offset += 61;
    expect(err(await sendCode(phone))).toMatchObject({ code: 'RATE_LIMITED', reason: 'CODE_DAILY_LIMIT' });
    expect(await count(`select count(*) as n from sms_message where recipient_kind = 'CITIZEN' and phone_masked = '139****3333'`)).toBe(
      CODES_PER_PHONE_PER_DAY,
    );
    offset += 24 * 3600;
    expect((await sendCode(phone)).errors).toBeUndefined();
  });

  it('per address (rate limits on): ten codes an hour, whatever the phones', async () => {
    const limited = await TestApp.open({ rateLimit: { ...t.runtime.config.rateLimit, enabled: true, anonymousGraphql: 10_000 } });
    try {
      limited.runtime.clock = t.runtime.clock;
      for (let i = 0; i < CODES_PER_ADDRESS_PER_HOUR; i++)
        expect((await sendCode(`1370000${String(i).padStart(4, '0')}`, 'APPLY', limited)).errors).toBeUndefined();
      expect(err(await sendCode('13799999999', 'APPLY', limited))).toMatchObject({ code: 'RATE_LIMITED', reason: 'CODE_ADDRESS_LIMIT' });
      offset += 3601;
      expect((await sendCode('13799999999', 'APPLY', limited)).errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('refuses a number that is not a mainland mobile', async () => {
    for (const p of ['023-61234567', '1391111222', '23911112222']) expect(err(await sendCode(p))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone' });
  });
});

describe('网上预申请', () => {
  const phone = '13912345678';
  let queryNo: string;

  it('checks the form before the code; a wrong code counts, five make it void; nothing is written', async () => {
    expect((await sendCode(phone)).errors).toBeUndefined();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ idNumber: '110105194912310021' }, 'idNumber'],
      [{ consent: false }, 'consent'],
      [{ programs: ['NOPE'] }, 'programs'],
      [{ programs: [] }, 'programs'],
      [{ areaCode: AREAS.town1 }, 'areaCode'],
      [{ householdSize: 0 }, 'householdSize'],
      [{ name: '' }, 'name'],
      [{ description: '  ' }, 'description'],
    ];
    for (const [over, field] of cases) {
      const res = await t.gql(APPLY, { i: application(over) });
      expect(err(res), JSON.stringify(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count(`select attempts as n from portal_verification order by created_at desc limit 1`)).toBe(0);

    for (let i = 1; i < CODE_MAX_ATTEMPTS; i++)
      expect(err(await t.gql(APPLY, { i: application({ code: '000000' }) }))).toMatchObject({ reason: 'CODE_WRONG', field: 'code' });
    const code = await receivedCode(phone);
    expect(code).not.toBe('000000');
    expect(err(await t.gql(APPLY, { i: application({ code: code === '111111' ? '222222' : '111111' }) }))).toMatchObject({ reason: 'CODE_LOCKED' });
    expect(err(await t.gql(APPLY, { i: application({ code }) }))).toMatchObject({ reason: 'CODE_LOCKED' });
    expect(await count(`select count(*) as n from application`)).toBe(0);
  });

  it('with the right code lands in the village window queue as 网上预申请 with a 查询号; the code is spent', async () => {
    offset += 61;
    expect((await sendCode(phone)).errors).toBeUndefined();
    const code = await receivedCode(phone);
    const res = await t.gql(APPLY, { i: application({ code, urgent: true }) });
    expect(res.errors).toBeUndefined();
    queryNo = res.data!.submitCitizenApplication.queryNo;
    expect(queryNo).toMatch(/^YS2026\d{10}$/);
    expect(res.data!.submitCitizenApplication).toMatchObject({ phoneMasked: '139****5678', areaName: '一镇甲村' });

    const [app] = await ownerQuery(`select * from application where query_no = $1`, [queryNo]);
    expect(app).toMatchObject({ channel: 'PORTAL', status: 'PENDING_CONFIRM', area_code: AREAS.village1a, urgent: true, receipt_no: null });
    expect(app.contact).toMatchObject({ name: '钱多多', phoneMasked: '139****5678', idMasked: expect.stringMatching(/^110\*+002X$/), householdSize: '3' });
    expect(t.runtime.fieldCrypto.decrypt(app.contact.idEnc)).toBe('11010519491231002X');
    expect(JSON.stringify(app)).not.toContain('13912345678');
    const [audit] = await ownerQuery(`select actor_name, diff from audit_log where action = 'application.pre_submitted' and entity_id = $1`, [app.id]);
    expect(audit.actor_name).toBe('系统(网上预申请)');
    expect(JSON.stringify(audit.diff)).toContain('PORTAL');
    expect(JSON.stringify(audit.diff)).toContain(queryNo);

    // The receipt by SMS: the 查询号 and the village, to the verified phone, through the normal delivery.
    const [sms] = await ownerQuery(`select * from sms_message where template_code = 'PRE_APPLIED'`);
    expect(sms).toMatchObject({ recipient_kind: 'CITIZEN', event_id: app.id, phone_masked: '139****5678', area_code: AREAS.village1a, urgent: false });
    expect(sms.content).toBe(
      `您的社会救助网上申请已提交（一镇甲村），查询号${queryNo}，社会救助窗口工作人员将与您联系核实。可凭查询号和本手机号在门户查询办理进度。`,
    );

    const again = await t.gql(APPLY, { i: application({ code }) });
    expect(err(again)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_USED' });
    expect(await count(`select count(*) as n from application`)).toBe(1);

    const queue = `{ applications(filter: { statuses: ["PENDING_CONFIRM"] }) { items { id channel channelName urgent contact { name phoneMasked } } } }`;
    const mine = await t.gql(queue, {}, await as('village1a'));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.applications.items).toEqual([
      { id: app.id, channel: 'PORTAL', channelName: '网上预申请', urgent: true, contact: { name: '钱多多', phoneMasked: '139****5678' } },
    ]);
    const other = await t.gql(queue, {}, await as('village2a'));
    expect(other.data!.applications.items).toEqual([]);
  });

  it('进度查询: refuses a wrong phone or code and an unknown number alike; the right phone sees 待窗口确认, then the receipt and referrals', async () => {
    offset += 61;
    expect((await sendCode(phone, 'LOOKUP')).errors).toBeUndefined();
    const code = await receivedCode(phone);
    const stranger = '13600001111';
    expect((await sendCode(stranger, 'LOOKUP')).errors).toBeUndefined();
    const strangerCode = await receivedCode(stranger);

    // The APPLY code of another phone is not a LOOKUP code; a wrong code is refused before anything is looked up.
    expect(err(await t.gql(LOOKUP, { n: queryNo, p: phone, c: code === '123456' ? '654321' : '123456' }))).toMatchObject({ reason: 'CODE_WRONG' });
    const wrongPhone = await t.gql(LOOKUP, { n: queryNo, p: stranger, c: strangerCode });
    const unknown = await t.gql(LOOKUP, { n: 'YS20261210000000', p: phone, c: code });
    expect(err(wrongPhone)).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_MATCH' });
    expect(err(unknown)).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_MATCH' });
    expect(wrongPhone.errors![0].message).toBe(unknown.errors![0].message);
    expect(err(await t.gql(LOOKUP, { n: '12345', p: phone, c: code }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });

    const pending = await t.gql(LOOKUP, { n: queryNo.toLowerCase(), p: phone, c: code });
    expect(pending.errors).toBeUndefined();
    expect(pending.data!.lookupCitizenApplication).toMatchObject({
      queryNo,
      receiptNo: null,
      status: 'PENDING_CONFIRM',
      statusName: '待窗口确认',
      channelName: '网上预申请',
      applicantName: '钱*多',
      areaName: '一镇甲村',
      programNames: ['最低生活保障', '临时救助'],
      items: [],
    });
    expect(JSON.stringify(pending.data)).not.toMatch(/11010519491231002X|13912345678|3 组/);
    expect(pending.data!.lookupCitizenApplication.messages.map((m: { content: string }) => m.content)).toEqual([expect.stringContaining(`查询号${queryNo}`)]);

    // The window finds the household (here: registers it) and confirms the pre-application.
    const hh = await household(t, AREAS.village1a, [member('钱多多', '19491231', 'HEAD', 'F')]);
    const [head] = await ownerQuery<{ person_id: string }>(`select person_id from membership where household_id = $1`, [hh]);
    const [app] = await ownerQuery<{ id: string }>(`select id from application where query_no = $1`, [queryNo]);
    const conf = await t.gql(
      `mutation($id: ID!, $i: ApplicationInput!) { confirmPreApplication(id: $id, input: $i) { receiptNo } }`,
      { id: app.id, i: { householdId: hh, applicantPersonId: head.person_id, programs: [{ programCode: 'DIBAO' }], authorizationSigned: true } },
      await as('village1a'),
    );
    expect(conf.errors).toBeUndefined();
    const receiptNo = conf.data!.confirmPreApplication.receiptNo;

    const accepted = await t.gql(LOOKUP, { n: receiptNo, p: phone, c: code });
    expect(accepted.errors).toBeUndefined();
    const s = accepted.data!.lookupCitizenApplication;
    expect(s).toMatchObject({ queryNo, receiptNo, status: 'ACCEPTED', statusName: '已受理' });
    expect(s.items).toEqual([expect.objectContaining({ programName: '最低生活保障', statusName: '待签收', outcomeName: null })]);
    expect(s.items[0].dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.steps.map((x: { text: string }) => x.text)).toEqual(
      expect.arrayContaining(['提交网上预申请', `窗口受理，受理号 ${receiptNo}`, expect.stringMatching(/^【最低生活保障】转.+办理$/)]),
    );
    expect(await count(`select count(*) as n from audit_log where action = 'citizen.application_looked_up'`)).toBe(2);
  });

  it('with the receipt template switched off the application still goes in, without the SMS', async () => {
    await ownerQuery(`update sms_template set enabled = false where code = 'PRE_APPLIED'`);
    try {
      const other = '13700003333';
      expect((await sendCode(other)).errors).toBeUndefined();
      const code = await receivedCode(other);
      const res = await t.gql(APPLY, { i: application({ phone: other, code, name: '孙平安' }) });
      expect(res.errors).toBeUndefined();
      const [app] = await ownerQuery<{ id: string }>(`select id from application where query_no = $1`, [res.data!.submitCitizenApplication.queryNo]);
      expect(await count(`select count(*) as n from sms_message where event_id = $1`, [app.id])).toBe(0);
    } finally {
      await ownerQuery(`update sms_template set enabled = true where code = 'PRE_APPLIED'`);
    }
  });

  it('a lookup code is void after five lookups that matched nothing', async () => {
    offset += 61;
    const other = '13700002222';
    expect((await sendCode(other, 'LOOKUP')).errors).toBeUndefined();
    const code = await receivedCode(other);
    for (let i = 0; i < CODE_MAX_ATTEMPTS; i++)
      expect(err(await t.gql(LOOKUP, { n: `YS2026121000000${i}`, p: other, c: code }))).toMatchObject({ reason: 'NO_MATCH' });
    expect(err(await t.gql(LOOKUP, { n: queryNo, p: other, c: code }))).toMatchObject({ reason: 'CODE_LOCKED' });
  });
});

describe('我要报告困难群众', () => {
  const reporter = '13500004444';
  const report = (over: Record<string, unknown> = {}) => ({
    phone: reporter,
    code: '000000',
    reporterName: '热心邻居',
    relation: '邻居',
    name: '王大爷',
    personPhone: null,
    areaCode: AREAS.village1b,
    address: '一镇乙村 5 组老屋',
    description: '独居老人，最近摔伤了腿，没人照顾，家里也没有吃的',
    urgent: true,
    ...over,
  });
  let reportNo = '';

  it('checks the form before the code; nothing is written', async () => {
    expect((await sendCode(reporter, 'REPORT')).errors).toBeUndefined();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: ' ' }, 'name'],
      [{ personPhone: reporter }, 'personPhone'],
      [{ personPhone: '12345' }, 'personPhone'],
      [{ areaCode: AREAS.town1 }, 'areaCode'],
      [{ address: '' }, 'address'],
      [{ description: '' }, 'description'],
      [{ relation: '很远的远房亲戚家的邻居的朋友的同事的同学的哥哥' }, 'relation'],
    ];
    for (const [over, field] of cases)
      expect(err(await t.gql(REPORT, { i: report(over) })), JSON.stringify(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(`select attempts as n from portal_verification where purpose = 'REPORT'`)).toBe(0);
    // An APPLY code is not a REPORT code.
    expect((await sendCode('13500005555')).errors).toBeUndefined();
    expect(err(await t.gql(REPORT, { i: report({ phone: '13500005555', code: await receivedCode('13500005555') }) }))).toMatchObject({ field: 'code' });
    expect(await count(`select count(*) as n from application where channel = 'PUBLIC'`)).toBe(0);
  });

  it('lands in the village window queue as 群众报告 without programs; the reporter’s phone is sealed apart from the person’s', async () => {
    offset += 61;
    expect((await sendCode(reporter, 'REPORT')).errors).toBeUndefined();
    const res = await t.gql(REPORT, { i: report({ code: await receivedCode(reporter) }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitCitizenReport).toMatchObject({ phoneMasked: '135****4444', areaName: '一镇乙村' });
    reportNo = res.data!.submitCitizenReport.queryNo;
    const [app] = await ownerQuery(`select * from application where query_no = $1`, [reportNo]);
    expect(app).toMatchObject({ channel: 'PUBLIC', status: 'PENDING_CONFIRM', area_code: AREAS.village1b, urgent: true, requested: [] });
    expect(app.contact).toMatchObject({
      name: '王大爷',
      phoneEnc: null,
      reporterName: '热心邻居',
      reporterRelation: '邻居',
      reporterPhoneMasked: '135****4444',
    });
    expect(t.runtime.fieldCrypto.decrypt(app.contact.reporterPhoneEnc)).toBe(reporter);
    expect(JSON.stringify(app)).not.toContain(reporter);
    const queue = `{ applications(filter: { statuses: ["PENDING_CONFIRM"] }) { items { id channelName urgent contact { name } } } }`;
    const mine = await t.gql(queue, {}, await as('village1b'));
    expect(mine.data!.applications.items).toEqual([{ id: app.id, channelName: '群众报告', urgent: true, contact: { name: '王大爷' } }]);
  });

  it('the reporter looks it up and learns only whether the window acted — not why, nor what the person asked for', async () => {
    offset += 61;
    expect((await sendCode(reporter, 'LOOKUP')).errors).toBeUndefined();
    const code = await receivedCode(reporter);
    const pending = await t.gql(LOOKUP, { n: reportNo, p: reporter, c: code });
    expect(pending.errors).toBeUndefined();
    expect(pending.data!.lookupCitizenApplication).toMatchObject({
      reporterView: true,
      statusName: '待窗口核实',
      channelName: '群众报告',
      applicantName: '王*爷',
      programNames: [],
      items: [],
      messages: [],
      steps: [{ text: '收到您的报告，等待窗口核实' }],
    });
    const [app] = await ownerQuery<{ id: string }>(`select id from application where query_no = $1`, [reportNo]);
    const rejected = await t.gql(
      `mutation($id: ID!) { rejectPreApplication(id: $id, reason: "已入户核实，子女已接回照顾，暂不需要救助") }`,
      { id: app.id },
      await as('village1b'),
    );
    expect(rejected.errors).toBeUndefined();
    const after = await t.gql(LOOKUP, { n: reportNo, p: reporter, c: code });
    expect(after.data!.lookupCitizenApplication).toMatchObject({ reporterView: true, statusName: '窗口已处理', rejectReason: null });
    expect(after.data!.lookupCitizenApplication.steps.map((s: { text: string }) => s.text)).toEqual([
      '收到您的报告，等待窗口核实',
      '窗口已核实处理（未受理救助申请）',
    ]);
    expect(JSON.stringify(after.data)).not.toContain('子女');
    const [audit] = await ownerQuery(`select diff from audit_log where action = 'citizen.application_looked_up' order by pos desc limit 1`);
    expect(JSON.stringify(audit.diff)).toContain('reporter');
  });
});
