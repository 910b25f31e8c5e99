import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeCaptcha } from '../src/modules/citizen/captcha';
import { maskPersonalNumbers } from '../src/modules/portal/message.service';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';

/**
 * 留言 (modules/portal message.service.ts, issue #15 item 1): a citizen writes to a town with a phone verified by an SMS
 * code (purpose MESSAGE); nothing is public before staff reply and publish, and only when the writer allowed it; published
 * text has ID and mobile numbers masked and the name masked; staff of the town (not another town) reply or block with a
 * reason; the writer looks the reply up by 留言编号 + phone + code, an unknown number answering like a wrong phone.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });
const err = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions ?? {};
/** Beijing 10:00 on Thursday 2026-12-10, moved on by `offset` seconds. */
const BASE = Date.parse('2026-12-10T02:00:00Z');
let offset = 0;

const SEND = `mutation($p: String!, $t: String!, $a: String!) {
  sendPortalSmsCode(phone: $p, purpose: MESSAGE, captchaToken: $t, captchaAnswer: $a) { phoneMasked } }`;
const SUBMIT = `mutation($i: PortalMessageInput!) { submitPortalMessage(input: $i) { messageNo phoneMasked areaName dueDate submittedAt } }`;
const BOARD = `query($c: PortalMessageCategory, $p: Int) { portalMessageBoard(category: $c, page: $p, pageSize: 50) {
  total items { id category categoryName areaName title content writerName createdAt reply replyUnit repliedAt } } }`;
const LIST = `query($s: PortalMessageStatus, $a: String) { portalMessages(status: $s, areaCode: $a, pageSize: 100) {
  total items { id messageNo category areaCode areaName title content writerName phoneMasked publicWanted status statusName published
    reply replyUnit repliedByName hiddenReason dueDate overdue version } } }`;
const REPLY = `mutation($id: ID!, $r: String!, $p: Boolean!, $v: Int!) { replyPortalMessage(id: $id, reply: $r, publish: $p, version: $v) {
  id status published reply replyUnit version } }`;
const HIDE = `mutation($id: ID!, $r: String!, $v: Int!) { hidePortalMessage(id: $id, reason: $r, version: $v) { id status published hiddenReason version } }`;
const LOOKUP = `mutation($n: String!, $p: String!, $c: String!) { lookupPortalMessage(number: $n, phone: $p, code: $c) {
  messageNo categoryName areaName title content writerName publicWanted status statusName published reply replyUnit hiddenReason dueDate } }`;

async function sendCode(phone: string) {
  const c = makeCaptcha(t.runtime.fieldCrypto, new Date(BASE + offset * 1000), '2468');
  const res = await t.gql(SEND, { p: phone, t: c.token, a: '2468' });
  expect(res.errors).toBeUndefined();
}

/** The code as the phone received it (the `log` provider's outbox is the test's phone). */
async function receivedCode(phone: string): Promise<string> {
  await ownerQuery(`select graphile_worker.add_job('sms-deliver')`);
  await t.runJobs();
  const rows = await ownerQuery<{ content: string }>(
    `select content from sms_log_outbox where phone_masked = $1 order by created_at desc, idempotency_key desc limit 1`,
    [`${phone.slice(0, 3)}****${phone.slice(-4)}`],
  );
  const m = rows[0]?.content.match(/验证码(\d{6})/);
  if (!m) throw new Error(`no code delivered to ${phone}`);
  return m[1];
}

async function codeFor(phone: string): Promise<string> {
  await sendCode(phone);
  const code = await receivedCode(phone);
  offset += 61; // the next code for the phone may be asked for a minute later
  return code;
}

const message = (over: Record<string, unknown> = {}) => ({
  phone: '13912340001',
  code: '000000',
  name: '张小花',
  category: 'POLICY',
  areaCode: AREAS.town1,
  title: '低保怎么申请',
  content: '我母亲七十多岁，一个人住，想问问低保要准备什么材料？',
  isPublic: true,
  ...over,
});

async function submit(over: Record<string, unknown> = {}) {
  const input = message(over);
  const code = await codeFor(input.phone as string);
  const res = await t.gql(SUBMIT, { i: { ...input, code } });
  expect(res.errors).toBeUndefined();
  return res.data!.submitPortalMessage as { messageNo: string; dueDate: string };
}

async function staffRow(user: string, messageNo: string) {
  const res = await t.gql(LIST, {}, await as(user));
  expect(res.errors).toBeUndefined();
  return res.data!.portalMessages.items.find((m: { messageNo: string }) => m.messageNo === messageNo) as
    | { id: string; version: number; status: string; [k: string]: unknown }
    | undefined;
}

const board = async (category?: string) => {
  const res = await t.gql(BOARD, { c: category ?? null });
  expect(res.errors).toBeUndefined();
  return res.data!.portalMessageBoard as { total: number; items: Array<Record<string, unknown>> };
};
const count = async (sql: string, params: unknown[] = []) => Number((await ownerQuery<{ n: string }>(sql, params))[0].n);

beforeAll(async () => {
  await resetDatabase();
  await ownerQuery(`truncate portal_message`);
  t = await TestApp.open();
  await seedFixture(t);
  t.runtime.clock = () => new Date(BASE + offset * 1000);
  const sys = t.system('portal-messages-test', AREAS.district);
  await createUser(sys, { username: 'town2', displayName: '二镇窗口', areaCode: AREAS.town2, roles: ['TOWN_WINDOW'], password: PASSWORD });
  await ownerQuery(`update app_user set must_change_password = false`);
});
afterEach(() => {
  offset += 120;
});
afterAll(async () => t?.close());

describe('masking of published text', () => {
  it('masks 18-digit IDs (with X), 15-digit IDs, long card numbers and mobiles, also written with spaces or hyphens', () => {
    expect(maskPersonalNumbers('身份证11010519491231002X，电话13912345678')).toBe('身份证110***********002X，电话139****5678');
    expect(maskPersonalNumbers('老身份证 110105491231002 号')).toBe('老身份证 110********1002 号');
    expect(maskPersonalNumbers('手机 139 1234 5678 或 139-1234-5678')).toBe('手机 139****5678 或 139****5678');
    expect(maskPersonalNumbers('办公电话 023-61234567，热线 12345，2026年12月')).toBe('办公电话 023-61234567，热线 12345，2026年12月');
  });
});

describe('留言 by a citizen', () => {
  it('is stored with a 留言编号 and a due date 5 working days on, not public, the phone sealed; logged with the phone masked', async () => {
    const receipt = await submit({ phone: '13912340001' });
    expect(receipt.messageNo).toMatch(/^LY20261210\d{6}$/);
    expect(receipt.dueDate).toBe('2026-12-17'); // Thu 10 → Fri, Mon, Tue, Wed, Thu
    expect((await board()).total).toBe(0);

    const [row] = await ownerQuery(`select * from portal_message where message_no = $1`, [receipt.messageNo]);
    expect(row).toMatchObject({ status: 'PENDING', published: false, public_wanted: true, area_code: AREAS.town1, phone_masked: '139****0001' });
    expect(JSON.stringify(row)).not.toContain('13912340001');
    const [audit] = await ownerQuery(`select actor_name, diff from audit_log where action = 'portal.message_submitted' order by pos desc limit 1`);
    expect(audit.actor_name).toContain('网上留言');
    expect(JSON.stringify(audit.diff)).toContain('139****0001');
    expect(JSON.stringify(audit.diff)).not.toContain('13912340001');

    const seen = await staffRow('town1', receipt.messageNo);
    expect(seen).toMatchObject({
      status: 'PENDING',
      statusName: '待处理',
      phoneMasked: '139****0001',
      writerName: '张小花',
      overdue: false,
      dueDate: '2026-12-17',
    });
  });

  it('refuses a wrong code, bad input and an unknown town in Chinese, naming the field; nothing is written', async () => {
    const before = await count(`select count(*) as n from portal_message`);
    const code = await codeFor('13912340002');
    const wrong = await t.gql(SUBMIT, { i: message({ phone: '13912340002', code: code === '000000' ? '111111' : '000000' }) });
    expect(err(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code', reason: 'CODE_WRONG' });
    expect(wrong.errors![0].message).toBe('短信验证码不正确，请核对后重新输入');

    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: '  ' }, 'title', '请填写留言标题'],
      [{ title: '标'.repeat(51) }, 'title', '留言标题不能超过 50 个字'],
      [{ content: '求助' }, 'content', '留言内容至少 5 个字，请把问题说清楚'],
      [{ name: '' }, 'name', '请填写您的姓名'],
      [{ areaCode: AREAS.village1a }, 'areaCode', '请选择留言涉及的镇（街道）'],
      [{ areaCode: '500199999000' }, 'areaCode', '请选择留言涉及的镇（街道）'],
      [{ phone: '12345' }, 'phone', '请输入正确的 11 位手机号码'],
    ];
    for (const [over, field, text] of cases) {
      const res = await t.gql(SUBMIT, { i: message({ phone: '13912340002', code, ...over }) });
      expect(err(res), JSON.stringify(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0].message).toBe(text);
    }
    // Over the input rule's limit: refused before the service (Chinese, with the field's name).
    const long = await t.gql(SUBMIT, { i: message({ phone: '13912340002', code, content: '长'.repeat(1001) }) });
    expect(err(long).code).toBe('BAD_USER_INPUT');
    expect(long.errors![0].message).toContain('留言内容');
    expect(await count(`select count(*) as n from portal_message`)).toBe(before);
    // The typos did not cost the code: it still works.
    const ok = await t.gql(SUBMIT, { i: message({ phone: '13912340002', code }) });
    expect(ok.errors).toBeUndefined();
    // …once: a second submit with the same code is refused.
    const again = await t.gql(SUBMIT, { i: message({ phone: '13912340002', code }) });
    expect(err(again)).toMatchObject({ field: 'code', reason: 'CODE_USED' });
  });

  it('is limited to 3 per phone a day; the fourth is refused and nothing is written', async () => {
    for (let i = 0; i < 3; i++) await submit({ phone: '13912340003', title: `第 ${i + 1} 个问题` });
    const code = await codeFor('13912340003');
    const res = await t.gql(SUBMIT, { i: message({ phone: '13912340003', code }) });
    expect(err(res)).toMatchObject({ code: 'RATE_LIMITED', reason: 'MESSAGE_DAILY_LIMIT' });
    expect(res.errors![0].message).toContain('每天最多留言 3 条');
    expect(await count(`select count(*) as n from portal_message where phone_masked = '139****0003'`)).toBe(3);
  });
});

describe('replies and moderation', () => {
  it('a published reply shows the message on the board: name and numbers masked, never the phone or the number', async () => {
    const { messageNo } = await submit({
      phone: '13912340004',
      name: '李四海',
      category: 'PROGRESS',
      title: '申请进度 13912340004',
      content: '我的身份证号是 11010519491231002X，电话 139 1234 0004，上个月申请的临时救助办到哪了？',
    });
    const row = (await staffRow('town1', messageNo))!;
    const bad = await t.gql(REPLY, { id: row.id, r: '   ', p: true, v: row.version }, await as('town1'));
    expect(err(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reply' });
    const stale = await t.gql(REPLY, { id: row.id, r: '已转办。', p: true, v: row.version + 5 }, await as('town1'));
    expect(err(stale).code).toBe('CONFLICT');

    const res = await t.gql(REPLY, { id: row.id, r: '您好，您的申请已转民政办理，可拨打 13800001111 咨询。', p: true, v: row.version }, await as('town1'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.replyPortalMessage).toMatchObject({ status: 'REPLIED', published: true, replyUnit: '一镇' });

    const b = await board();
    const shown = b.items.find((m) => m.id === row.id)!;
    expect(shown).toMatchObject({
      category: 'PROGRESS',
      categoryName: '办理进度',
      areaName: '一镇',
      writerName: '李*海',
      title: '申请进度 139****0004',
      content: '我的身份证号是 110***********002X，电话 139****0004，上个月申请的临时救助办到哪了？',
      reply: '您好，您的申请已转民政办理，可拨打 138****1111 咨询。',
      replyUnit: '一镇',
    });
    const text = JSON.stringify(b);
    for (const secret of ['13912340004', '11010519491231002X', messageNo, '李四海', '13800001111']) expect(text).not.toContain(secret);
    expect((await board('PROGRESS')).items.map((m) => m.id)).toContain(row.id);
    expect((await board('COMPLAINT')).items.map((m) => m.id)).not.toContain(row.id);

    const [audit] = await ownerQuery(`select actor_name, diff from audit_log where action = 'portal.message_replied' order by pos desc limit 1`);
    expect(audit.actor_name).toBe('测试town1');
  });

  it('a private message is answered but never listed; publishing it is refused', async () => {
    const { messageNo } = await submit({ phone: '13912340005', isPublic: false, category: 'COMPLAINT', title: '投诉窗口态度' });
    const row = (await staffRow('town1', messageNo))!;
    expect(row.publicWanted).toBe(false);
    const pub = await t.gql(REPLY, { id: row.id, r: '已核实并批评教育。', p: true, v: row.version }, await as('town1'));
    expect(err(pub)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publish' });
    const res = await t.gql(REPLY, { id: row.id, r: '已核实并批评教育。', p: false, v: row.version }, await as('town1'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.replyPortalMessage).toMatchObject({ status: 'REPLIED', published: false });
    expect(JSON.stringify(await board())).not.toContain('投诉窗口态度');
    // The database refuses a published private message even past the service.
    await expect(ownerQuery(`update portal_message set published = true where message_no = $1`, [messageNo])).rejects.toThrow(/check/);

    const code = await codeFor('13912340005');
    const seen = await t.gql(LOOKUP, { n: messageNo, p: '13912340005', c: code });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.lookupPortalMessage).toMatchObject({
      messageNo,
      status: 'REPLIED',
      statusName: '已回复',
      published: false,
      publicWanted: false,
      reply: '已核实并批评教育。',
      writerName: '张*花',
      areaName: '一镇',
    });
  });

  it('staff see and answer only their area: another town gets NOT_FOUND, the district sees all, a village window has no permission', async () => {
    const { messageNo } = await submit({ phone: '13912340006', title: '一镇的问题' });
    const { messageNo: other } = await submit({ phone: '13912340007', title: '二镇的问题', areaCode: AREAS.town2 });
    const row = (await staffRow('town1', messageNo))!;
    expect(await staffRow('town1', other)).toBeUndefined();
    expect(await staffRow('town2', messageNo)).toBeUndefined();
    expect(await staffRow('town2', other)).toBeDefined();
    expect(await staffRow('officer', messageNo)).toBeDefined();
    expect(await staffRow('officer', other)).toBeDefined();

    const foreign = await t.gql(REPLY, { id: row.id, r: '越权答复', p: true, v: row.version }, await as('town2'));
    expect(err(foreign).code).toBe('NOT_FOUND');
    const hide = await t.gql(HIDE, { id: row.id, r: '越权屏蔽', v: row.version }, await as('town2'));
    expect(err(hide).code).toBe('NOT_FOUND');
    const filtered = await t.gql(LIST, { a: AREAS.town2 }, await as('town1'));
    expect(filtered.data!.portalMessages.total).toBe(0);
    for (const user of ['village1a', 'joint', 'sysadmin']) {
      const res = await t.gql(LIST, {}, await as(user));
      expect(err(res).code, user).toBe('FORBIDDEN');
    }
    expect(await count(`select count(*) as n from portal_message where message_no = $1 and status = 'PENDING'`, [messageNo])).toBe(1);

    // The district (民政 officer) answers, signed with its department.
    const res = await t.gql(REPLY, { id: row.id, r: '请到镇便民服务中心咨询。', p: true, v: row.version }, await as('officer'));
    expect(res.data!.replyPortalMessage.replyUnit).toBe('测试区民政局');
  });

  it('blocking needs a reason, takes a published message off the board, and the writer sees the reason', async () => {
    const { messageNo } = await submit({ phone: '13912340008', title: '广告', content: '低价代办各类证件，加微信' });
    let row = (await staffRow('town1', messageNo))!;
    const published = await t.gql(REPLY, { id: row.id, r: '已阅。', p: true, v: row.version }, await as('town1'));
    expect(published.data!.replyPortalMessage.published).toBe(true);
    expect((await board()).items.some((m) => m.id === row.id)).toBe(true);
    row = (await staffRow('town1', messageNo))!;

    const noReason = await t.gql(HIDE, { id: row.id, r: ' ', v: row.version }, await as('town1'));
    expect(err(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(noReason.errors![0].message).toBe('请填写屏蔽理由');
    const res = await t.gql(HIDE, { id: row.id, r: '含广告内容', v: row.version }, await as('town1'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.hidePortalMessage).toMatchObject({ status: 'HIDDEN', published: false, hiddenReason: '含广告内容' });
    expect((await board()).items.some((m) => m.id === row.id)).toBe(false);
    const v = res.data!.hidePortalMessage.version;
    expect(err(await t.gql(REPLY, { id: row.id, r: '再答复', p: false, v }, await as('town1'))).code).toBe('INVALID_STATE');
    expect(err(await t.gql(HIDE, { id: row.id, r: '再屏蔽', v }, await as('town1'))).code).toBe('INVALID_STATE');
    const [audit] = await ownerQuery(`select diff from audit_log where action = 'portal.message_hidden' order by pos desc limit 1`);
    expect(JSON.stringify(audit.diff)).toContain('含广告内容');

    const code = await codeFor('13912340008');
    const seen = await t.gql(LOOKUP, { n: messageNo, p: '13912340008', c: code });
    expect(seen.data!.lookupPortalMessage).toMatchObject({ status: 'HIDDEN', statusName: '已屏蔽', hiddenReason: '含广告内容', published: false });
  });

  it('a pending message past its due date is overdue', async () => {
    const { messageNo } = await submit({ phone: '13912340009' });
    const saved = offset;
    offset += 9 * 24 * 3600; // Sat 19th: past Thu 17th
    try {
      expect(await staffRow('town1', messageNo)).toMatchObject({ status: 'PENDING', overdue: true });
    } finally {
      offset = saved;
    }
  });
});

describe('looking the reply up', () => {
  it('an unknown number and a wrong phone get the same answer, and each counts against the code', async () => {
    const { messageNo } = await submit({ phone: '13912340010' });
    const code = await codeFor('13912340011'); // a code of another phone
    const wrongPhone = await t.gql(LOOKUP, { n: messageNo, p: '13912340011', c: code });
    const unknown = await t.gql(LOOKUP, { n: 'LY20261210000000', p: '13912340011', c: code });
    expect(err(wrongPhone)).toEqual(err(unknown));
    expect(err(wrongPhone)).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_MATCH' });
    expect(wrongPhone.errors![0].message).toBe(unknown.errors![0].message);
    const [v] = await ownerQuery(`select attempts from portal_verification where purpose = 'MESSAGE' order by created_at desc limit 1`);
    expect(v.attempts).toBe(2);
    const malformed = await t.gql(LOOKUP, { n: 'SJ123', p: '13912340011', c: code });
    expect(err(malformed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number' });

    // The right phone, a wrong code, then the right code: a pending message with its due date, logged.
    const own = await codeFor('13912340010');
    const wrong = await t.gql(LOOKUP, { n: messageNo.toLowerCase(), p: '13912340010', c: own === '000000' ? '111111' : '000000' });
    expect(err(wrong)).toMatchObject({ reason: 'CODE_WRONG' });
    const ok = await t.gql(LOOKUP, { n: messageNo.toLowerCase(), p: '139 1234 0010', c: own });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.lookupPortalMessage).toMatchObject({ messageNo, status: 'PENDING', statusName: '待处理', reply: null, dueDate: '2026-12-17' });
    expect(await count(`select count(*) as n from audit_log where action = 'portal.message_looked_up'`)).toBeGreaterThan(0);
  });
});
