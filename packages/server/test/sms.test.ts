import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDepartment } from '../src/modules/department/department.service';
import { createUser } from '../src/modules/user/user.service';
import { loadProviderConfig } from '../src/modules/sms/config';
import { ctxDb } from '../src/modules/sms/db';
import { backoffSeconds, deliverDue, RateLimiter } from '../src/modules/sms/delivery';
import { createProvider } from '../src/modules/sms/providers';
import { maskPersonName as maskName } from '@xiejiu/rules';
import { renderTemplate, scrubSensitive, templateProblems } from '../src/modules/sms/templates';
import { emitEvent } from '../src/modules/workflow/outbox';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';
import { type FakeProvider, fakeHttp, httpSign } from './support/fake-sms-providers';

/**
 * SMS delivery (issue #14, ADR 0024): outbox events → `sms_message` rows (applicant and window staff, masked,
 * rendered with the editable template) → the `sms-deliver` job → the provider (a local fake of the generic HTTP
 * provider that verifies the signature) → receipts. Backoff, dead letter, retry, quiet hours, templates, provider
 * configuration (secrets never returned), authorization and area scoping.
 */
let t: TestApp;
let fake: FakeProvider;
let hh: string;
let head: string;
let spouse: string;
const SECRET = 'http-secret-of-test';

const CONFIG = `{ smsProviderConfig { provider source endpoint accessKeyId secretSet receiptTokenSet ratePerSecond quietStart quietEnd version updatedAt } }`;
const SET_CONFIG = `mutation($i: SmsProviderConfigInput!, $v: Int!) { updateSmsProviderConfig(input: $i, version: $v) { provider source endpoint secretSet version } }`;
const MESSAGES = `query($status: SmsStatus) { smsMessages(status: $status, pageSize: 100) { total items { id templateCode recipientKind phoneMasked content status attempts lastError createdAt nextAttemptAt sentAt deliveredAt } } }`;
const RETRY = `mutation($id: ID!) { retrySmsMessage(id: $id) { id status attempts } }`;
const SIGN = `mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { id ok message } }`;
const DECIDE = `mutation($ref: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $ref, input: $i) { id version status outcome } }`;

const cookie = async (u: string) => ({ cookie: await t.cookieFor(u) });
/** Plans and delivers at Beijing 10:00 of a fixed day (DAY): outside the quiet hours, whatever the hour the suite runs. */
const runSmsJobs = async () => {
  const clock = t.runtime.clock;
  t.runtime.clock = () => DAY;
  try {
    await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
    await t.runJobs();
    await ownerQuery(`select graphile_worker.add_job('sms-deliver')`);
    await t.runJobs();
  } finally {
    t.runtime.clock = clock;
  }
};
/** Beijing 10:00 on a fixed day (outside the quiet hours). */
const DAY = new Date('2026-12-10T02:00:00Z');

async function deliverNow(now: Date) {
  const ctx = t.system('sms-test');
  const db = ctxDb(ctx);
  const config = await db.tx((sql) => loadProviderConfig(sql, t.runtime.fieldCrypto));
  return deliverDue({
    db,
    fc: t.runtime.fieldCrypto,
    provider: createProvider(config, db),
    config,
    now: () => now,
    maxAttempts: 5,
    limiter: new RateLimiter(1000),
  });
}

async function insertMessage(key: string, opts: { urgent?: boolean; status?: string; next?: Date } = {}): Promise<string> {
  const [r] = await ownerQuery(
    `insert into sms_message (id, idempotency_key, event_id, event_type, template_code, recipient_kind, phone_enc, phone_masked, content, area_code, urgent, status, next_attempt_at)
     values (gen_random_uuid(), $1, gen_random_uuid(), 'application.accepted', 'ACCEPTED', 'APPLICANT', $2, '139****0000', '测试短信', $3, $4, $5, $6) returning id`,
    [key, t.runtime.fieldCrypto.encrypt('13900000000'), AREAS.village1a, opts.urgent ?? false, opts.status ?? 'QUEUED', opts.next ?? DAY],
  );
  return r.id;
}

beforeAll(async () => {
  await resetDatabase();
  await ownerQuery(`truncate sms_message, sms_log_outbox, sms_config`);
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('sms-test', AREAS.district);
  await createDepartment(sys, { code: 'YIBAO', name: '测试区医保局', shortName: '医保' });
  const depts = await ownerQuery<{ id: string; code: string }>(`select id, code from department`);
  const dept = (c: string) => depts.find((d) => d.code === c)!.id;
  for (const [username, role, area, d] of [
    ['renshe', 'DEPT_OFFICER', AREAS.district, 'RENSHE'],
    ['mz2', 'DEPT_OFFICER', AREAS.town2, 'MINZHENG'],
  ] as const) {
    await createUser(sys, {
      username,
      displayName: `测试${username}`,
      areaCode: area,
      roles: [role],
      password: PASSWORD,
      departmentId: dept(d),
    });
  }
  await ownerQuery(`update app_user set must_change_password = false`);
  hh = await household(t, AREAS.village1a, [member('钱一明', '19700101', 'HEAD', 'M', { phone: '13800138000' }), member('钱二', '19720101', 'SPOUSE', 'F')]);
  const people = await ownerQuery<{ id: string; name: string }>(
    `select p.id, p.name from person p join membership m on m.person_id = p.id where m.household_id = $1`,
    [hh],
  );
  head = people.find((p) => p.name === '钱一明')!.id;
  spouse = people.find((p) => p.name === '钱二')!.id;
  fake = await fakeHttp({ secret: SECRET });
  fake.delay = { min: 0, max: 0 };
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});
beforeEach(() => {
  t.runtime.clock = undefined;
});

describe('configuration (系统管理员): provider form, secrets never returned', () => {
  it('defaults to the log provider; the system administrator switches to the HTTP provider; secrets only as 已设置', async () => {
    const admin = await cookie('sysadmin');
    const before = await t.gql(CONFIG, {}, admin);
    expect(before.errors).toBeUndefined();
    expect(before.data!.smsProviderConfig).toMatchObject({
      provider: 'log',
      source: 'default',
      secretSet: false,
      quietStart: '21:00',
      quietEnd: '08:00',
      version: 0,
    });
    const input = { provider: 'http', endpoint: fake.url, secret: SECRET, receiptToken: 'tok', ratePerSecond: 100, quietStart: '21:00', quietEnd: '08:00' };
    const set = await t.gql(SET_CONFIG, { i: input, v: 0 }, admin);
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateSmsProviderConfig).toEqual({ provider: 'http', source: 'console', endpoint: fake.url, secretSet: true, version: 1 });
    const stale = await t.gql(SET_CONFIG, { i: input, v: 0 }, admin);
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    // The secret is sealed in the table, never in the API or the operation log.
    const [row] = await ownerQuery(`select secret_enc, receipt_token_enc from sms_config`);
    expect(row.secret_enc).not.toContain(SECRET);
    expect(t.runtime.fieldCrypto.decrypt(row.secret_enc)).toBe(SECRET);
    const logs = await ownerQuery(`select diff::text as d from audit_log where action = 'sms.provider_updated'`);
    expect(logs).toHaveLength(1);
    expect(logs[0].d).not.toContain(SECRET);
    const schemaText = JSON.stringify((await t.gql(CONFIG, {}, admin)).data);
    expect(schemaText).not.toContain(SECRET);
    // Keeping the secret: an empty secret field changes nothing.
    const keep = await t.gql(SET_CONFIG, { i: { ...input, secret: '' }, v: 1 }, admin);
    expect(keep.data!.updateSmsProviderConfig).toMatchObject({ secretSet: true, version: 2 });
    const bad = await t.gql(SET_CONFIG, { i: { ...input, quietStart: '25:00' }, v: 2 }, admin);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('windows and other roles can neither read nor configure SMS', async () => {
    for (const u of ['town1', 'village1a', 'secadmin', 'norights']) {
      const r = await t.gql(MESSAGES, {}, await cookie(u));
      expect(r.errors![0].extensions!.code, u).toBe('FORBIDDEN');
    }
    for (const u of ['town1', 'officer']) {
      const r = await t.gql(CONFIG, {}, await cookie(u));
      expect(r.errors![0].extensions!.code, u).toBe('FORBIDDEN');
    }
  });
});

describe('planning and delivery through the outbox', () => {
  it('a rolled-back transition sends nothing', async () => {
    const ctx = t.system('rollback', AREAS.village1a);
    await expect(
      ctx.tx(async (em) => {
        await emitEvent(ctx, em, {
          type: 'application.accepted',
          aggregateType: 'application',
          aggregateId: hh,
          areaCode: AREAS.village1a,
          payload: { receiptNo: 'SJ-ROLLBACK', applicantPersonId: head, programCodes: ['DIBAO'] },
          sms: { template: 'ACCEPTED', params: { programs: '最低生活保障', receiptNo: 'SJ-ROLLBACK', days: 30 } },
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await runSmsJobs();
    expect(await ownerQuery(`select * from outbox_event where payload->>'receiptNo' = 'SJ-ROLLBACK'`)).toEqual([]);
    expect(await ownerQuery(`select * from sms_message`)).toEqual([]);
    expect(fake.sends).toEqual([]);
  });

  it('registration and approval: masked messages for the applicant and the window, sent once each, then delivered by receipt', async () => {
    // The town window has a mobile (set by the administrator), village1a's window sets its own.
    const setMobile = await t.gql(
      `mutation($u: ID!, $m: String) { setUserMobile(userId: $u, mobile: $m) }`,
      { u: (await ownerQuery(`select id from app_user where username = 'town1'`))[0].id, m: '13700137000' },
      await cookie('sysadmin'),
    );
    expect(setMobile.data!.setUserMobile).toBe('137****7000');
    const mine = await t.gql(`mutation($m: String) { setMyMobile(mobile: $m) }`, { m: '13600136000' }, await cookie('village1a'));
    expect(mine.data!.setMyMobile).toBe('136****6000');
    const badMobile = await t.gql(`mutation($m: String) { setMyMobile(mobile: $m) }`, { m: '023-12345678' }, await cookie('village1b'));
    expect(badMobile.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const reg = await t.gql(
      `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id receiptNo referralIds } }`,
      {
        i: {
          householdId: hh,
          applicantPersonId: head,
          programs: [{ programCode: 'EMPLOY', personId: spouse }],
          authorizationSigned: true,
          materials: [{ name: '居民身份证', provided: true }],
        },
      },
      await cookie('town1'),
    );
    expect(reg.errors).toBeUndefined();
    const { receiptNo, referralIds } = reg.data!.registerApplication;
    await runSmsJobs();

    const rows = await ownerQuery(
      `select template_code, recipient_kind, phone_masked, phone_enc, content, status, attempts, provider, provider_message_id, idempotency_key
         from sms_message order by template_code, phone_masked`,
    );
    expect(rows.map((r) => [r.template_code, r.recipient_kind, r.phone_masked, r.status])).toEqual([
      ['ACCEPTED', 'APPLICANT', '138****8000', 'SENT'],
      ['REFERRED', 'APPLICANT', '138****8000', 'SENT'],
      ['WINDOW_ACCEPTED', 'WINDOW', '136****6000', 'SENT'],
      ['WINDOW_ACCEPTED', 'WINDOW', '137****7000', 'SENT'],
    ]);
    const accepted = rows[0];
    expect(accepted.content).toBe(`您的【就业救助】申请已受理，受理号${receiptNo}，预计${accepted.content.match(/预计(\d+)/)[1]}个工作日内办结。`);
    expect(rows[2].content).toBe(`一镇甲村钱*明的【就业救助】申请已受理，受理号${receiptNo}。`);
    for (const r of rows) {
      expect(r.content).not.toContain('钱一明');
      expect(r.phone_enc).not.toContain('138');
      expect(r.attempts).toBe(1);
      expect(r.provider).toBe('http');
    }
    // The provider got each message once, keyed by the idempotency key, with the full number.
    expect(fake.sends.map((s) => s.key).sort()).toEqual(rows.map((r) => r.idempotency_key).sort());
    expect(fake.sends.find((s) => s.key === accepted.idempotency_key)!.phone).toBe('13800138000');
    const consumed = await ownerQuery(`select type, delivery_status from outbox_event where payload->>'receiptNo' = $1 order by seq`, [receiptNo]);
    expect(consumed).toEqual([
      { type: 'referral.created', delivery_status: 'SMS_QUEUED' },
      { type: 'application.accepted', delivery_status: 'SMS_QUEUED' },
    ]);

    // Approval (就业: no 公示): the applicant and both windows hear about it.
    const renshe = await cookie('renshe');
    const [ref] = (await ownerQuery(`select id, version from referral where id = $1`, [referralIds[0]])) as Array<{ id: string; version: number }>;
    const signed = await t.gql(SIGN, { refs: [{ id: ref.id, version: ref.version }] }, renshe);
    expect(signed.errors).toBeUndefined();
    const v = (await ownerQuery(`select version from referral where id = $1`, [ref.id]))[0].version;
    const dec = await t.gql(
      DECIDE,
      { ref: { id: ref.id, version: v }, i: { approve: true, monthlyAmountFen: 50000, startMonth: todayCn().slice(0, 7) } },
      renshe,
    );
    expect(dec.data!.decideReferral).toMatchObject({ status: 'DONE', outcome: 'APPROVED' });
    await runSmsJobs();
    const approved = await ownerQuery(
      `select template_code, content, status, idempotency_key from sms_message where event_type = 'referral.approved' order by template_code, phone_masked`,
    );
    expect(approved.map((r) => [r.template_code, r.status])).toEqual([
      ['APPROVED', 'SENT'],
      ['WINDOW_APPROVED', 'SENT'],
      ['WINDOW_APPROVED', 'SENT'],
    ]);
    expect(approved[0].content).toMatch(/^您的【就业救助】申请（受理号SJ\d+）经审核确认符合条件，自\d{4}年\d+月起发放。$/);
    expect(approved[0].content).not.toMatch(/500|元/); // no amount: the template is not approved for amounts

    // Nothing is sent twice: another run of both jobs changes nothing.
    const sends = fake.sends.length;
    await runSmsJobs();
    expect(fake.sends.length).toBe(sends);

    // Delivery receipts (signed like the sends) → DELIVERED; a bad signature is refused.
    const body = JSON.stringify([{ key: approved[0].idempotency_key, status: 'DELIVERED' }]);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/sms/receipts/http',
      headers: { 'content-type': 'application/json', 'x-signature': httpSign('wrong', body) },
      payload: body,
    });
    expect(bad.statusCode).toBe(401);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/sms/receipts/http',
      headers: { 'content-type': 'application/json', 'x-signature': httpSign(SECRET, body) },
      payload: body,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ received: 1, updated: 1 });
    const aliyun = await t.app.inject({
      method: 'POST',
      url: '/api/sms/receipts/aliyun?token=tok',
      headers: { 'content-type': 'application/json' },
      payload: '[]',
    });
    expect(aliyun.statusCode).toBe(404); // not the active provider
    const [after] = await ownerQuery(`select status, delivered_at from sms_message where idempotency_key = $1`, [approved[0].idempotency_key]);
    expect(after.status).toBe('DELIVERED');
    expect(after.delivered_at).toBeTruthy();

    // The console's list: masked phones, statuses.
    const list = await t.gql(MESSAGES, {}, await cookie('sysadmin'));
    expect(list.errors).toBeUndefined();
    expect(list.data!.smsMessages.total).toBe(7);
    expect(JSON.stringify(list.data)).not.toMatch(/1380013800|钱一明/);
    expect(list.data!.smsMessages.items.filter((m: any) => m.status === 'DELIVERED')).toHaveLength(1);
  });

  it('scoping: a department officer reads the messages about its department’s referrals in its area; the administrator all', async () => {
    const ofDept = async (u: string) =>
      (await ownerQuery(`select count(*)::int as n from sms_message where department_id = (select department_id from app_user where username = $1)`, [u]))[0]
        .n as number;
    const [{ n: all }] = await ownerQuery(`select count(*)::int as n from sms_message`);
    const [{ n: withoutDept }] = await ownerQuery(`select count(*)::int as n from sms_message where department_id is null`);
    expect(await ofDept('renshe')).toBeGreaterThan(0); // the 就业救助 referral's messages
    expect(withoutDept).toBeGreaterThan(0); // 受理 is about the application, not one department's referral
    const admin = await t.gql(MESSAGES, {}, await cookie('sysadmin'));
    expect(admin.data!.smsMessages.total).toBe(all);
    const renshe = await t.gql(MESSAGES, {}, await cookie('renshe'));
    expect(renshe.errors).toBeUndefined();
    expect(renshe.data!.smsMessages.total).toBe(await ofDept('renshe'));
    const minzheng = await t.gql(MESSAGES, {}, await cookie('officer'));
    expect(minzheng.data!.smsMessages.total).toBe(await ofDept('officer'));
    expect(minzheng.data!.smsMessages.total).toBeLessThan(all);
    const one = (await ownerQuery(`select id from sms_message where department_id = (select department_id from app_user where username = 'renshe') limit 1`))[0]
      .id;
    const notOwn = await t.gql(`query($id: ID!) { smsMessage(id: $id) { id } }`, { id: one }, await cookie('officer'));
    expect(notOwn.errors![0].extensions!.code).toBe('NOT_FOUND');
    const town2 = await t.gql(MESSAGES, {}, await cookie('mz2'));
    expect(town2.data!.smsMessages.total).toBe(0);
    const retry = await t.gql(RETRY, { id: one }, await cookie('renshe'));
    expect(retry.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('backoff, dead letter, retry, quiet hours', () => {
  beforeEach(async () => {
    await ownerQuery(`delete from sms_message`);
    fake.sends.length = 0;
    fake.failNext.length = 0;
  });

  it('a refused message backs off 30 s × 2ⁿ, is DEAD after 5 attempts, and the administrator puts it back', async () => {
    const id = await insertMessage('backoff-1');
    fake.failNext.push('refuse', 'refuse', 'refuse', 'refuse', 'refuse');
    let now = DAY;
    const waits: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const r = await deliverNow(now);
      const [m] = await ownerQuery(`select status, attempts, next_attempt_at, last_error from sms_message where id = $1`, [id]);
      expect(m.attempts).toBe(i);
      expect(m.last_error).toMatch(new RegExp(`第 ${i} 次发送失败：.*422`));
      if (i < 5) {
        expect(r).toMatchObject({ failed: 1 });
        expect(m.status).toBe('FAILED');
        waits.push((m.next_attempt_at.getTime() - now.getTime()) / 1000);
        // Not due before its time.
        expect(await deliverNow(new Date(m.next_attempt_at.getTime() - 1000))).toMatchObject({ sent: 0, failed: 0 });
        now = m.next_attempt_at;
      } else {
        expect(r).toMatchObject({ dead: 1 });
        expect(m.status).toBe('DEAD');
      }
    }
    expect(waits).toEqual([30, 60, 120, 240]);
    expect(backoffSeconds(20)).toBe(3600);
    expect(fake.sends).toHaveLength(0);
    // Dead letter is visible in the list and retried by the administrator.
    const dead = await t.gql(MESSAGES, { status: 'DEAD' }, await cookie('sysadmin'));
    expect(dead.data!.smsMessages.items.map((m: any) => m.id)).toEqual([id]);
    t.runtime.clock = () => now;
    const retried = await t.gql(RETRY, { id }, await cookie('sysadmin'));
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retrySmsMessage).toEqual({ id, status: 'QUEUED', attempts: 0 });
    const again = await t.gql(RETRY, { id }, await cookie('sysadmin'));
    expect(again.errors![0].extensions!.code).toBe('INVALID_STATE');
    expect(await deliverNow(now)).toMatchObject({ sent: 1 });
    expect(fake.countsByKey().get('backoff-1')).toBe(1);
    const log = await ownerQuery(`select count(*)::int as n from audit_log where action = 'sms.retried' and entity_id = $1`, [id]);
    expect(log[0].n).toBe(1);
  });

  it('no answer (5xx): retried after a lookup — a send the provider has is not sent again', async () => {
    const id = await insertMessage('ambiguous-1');
    fake.failNext.push('http500');
    await deliverNow(DAY);
    const [m] = await ownerQuery(`select status, uncertain, next_attempt_at from sms_message where id = $1`, [id]);
    expect(m).toMatchObject({ status: 'FAILED', uncertain: true });
    // Meanwhile the provider did get it (e.g. the 5xx came from a proxy after the send): the lookup finds it.
    fake.sends.push({ key: 'ambiguous-1', phone: '13900000000', body: {}, messageId: 'msg-x', at: Date.now() });
    expect(await deliverNow(m.next_attempt_at)).toMatchObject({ recovered: 1, sent: 0 });
    expect(fake.countsByKey().get('ambiguous-1')).toBe(1);
    const [after] = await ownerQuery(`select status, provider_message_id from sms_message where id = $1`, [id]);
    expect(after).toEqual({ status: 'SENT', provider_message_id: 'msg-x' });
  });

  it('quiet hours (21:00–08:00 Beijing time): non-urgent messages wait until morning, urgent ones go out', async () => {
    const night = new Date('2026-12-10T14:30:00Z'); // 22:30 Beijing
    const normal = await insertMessage('quiet-normal', { next: night });
    const urgent = await insertMessage('quiet-urgent', { next: night, urgent: true });
    expect(await deliverNow(night)).toMatchObject({ sent: 1 });
    expect(fake.sends.map((s) => s.key)).toEqual(['quiet-urgent']);
    expect((await ownerQuery(`select status from sms_message where id = $1`, [urgent]))[0].status).toBe('SENT');
    expect(await deliverNow(new Date('2026-12-10T23:59:00Z'))).toMatchObject({ sent: 0 }); // 07:59
    expect(await deliverNow(new Date('2026-12-11T00:00:00Z'))).toMatchObject({ sent: 1 }); // 08:00
    expect((await ownerQuery(`select status from sms_message where id = $1`, [normal]))[0].status).toBe('SENT');
  });

  it('planning in the quiet hours schedules non-urgent messages for 08:00', async () => {
    t.runtime.clock = () => new Date('2026-12-10T14:30:00Z');
    const ctx = t.system('quiet-plan', AREAS.village1a);
    await ctx.tx((em) =>
      emitEvent(ctx, em, {
        type: 'application.accepted',
        aggregateType: 'application',
        aggregateId: hh,
        areaCode: AREAS.village1a,
        payload: { receiptNo: 'SJ-QUIET', applicantPersonId: head, programCodes: ['DIBAO'] },
        sms: { template: 'ACCEPTED', params: { programs: '最低生活保障', receiptNo: 'SJ-QUIET', days: 30 } },
      }),
    );
    await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
    await t.runJobs();
    const rows = await ownerQuery(`select template_code, next_attempt_at, status from sms_message where event_type = 'application.accepted'`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.next_attempt_at.toISOString()).toBe('2026-12-11T00:00:00.000Z');
  });
});

describe('templates: rendering, masking, validation, editing with preview', () => {
  it('masks names and scrubs ID- and phone-like text; unknown variables and amounts without approval are refused', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张小明')).toBe('张*明');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(scrubSensitive('材料：身份证500199197001011234复印件，电话13800138000')).toBe('材料：身份证500***********1234复印件，电话138****8000');
    expect(
      renderTemplate('{name}的{program}，金额{amount}元', { name: '张*明', program: '低保', amount: '650.00' }, { allowed: ['name', 'program', 'amount'] }),
    ).toBe('张*明的低保，金额元');
    expect(renderTemplate('金额{amount}元', { amount: '650.00' }, { allowed: ['amount'], amountsApproved: true })).toBe('金额650.00元');
    expect(templateProblems('您的{program}，身份证{idNumber}', ['program'], false)).toEqual([expect.stringMatching(/不允许的变量：\{idNumber\}/)]);
    expect(templateProblems('金额{amount}', ['amount'], false)).toEqual([expect.stringMatching(/未获准发送金额/)]);
    expect(templateProblems('请致电13800138000', [], false)).toEqual([expect.stringMatching(/手机号码/)]);
    expect(templateProblems('证件500199197001011234', [], false)).toEqual([expect.stringMatching(/身份证号/)]);
    expect(templateProblems('您的{program}已受理', ['program'], false)).toEqual([]);
  });

  it('the system administrator edits a template with a live preview; an unknown variable is refused; logged', async () => {
    const admin = await cookie('sysadmin');
    const list = await t.gql(`{ smsTemplates { code name content allowedVariables version updatedAt variables { name label } } }`, {}, admin);
    expect(list.errors).toBeUndefined();
    const codes = list.data!.smsTemplates.map((x: any) => x.code);
    for (const c of ['ACCEPTED', 'REFERRED', 'SUPPLEMENT', 'PUBLICITY', 'APPROVED', 'REFUSED', 'WINDOW_SUPERVISED', 'WINDOW_WARNING', 'WINDOW_OVERDUE'])
      expect(codes).toContain(c);
    const tpl = list.data!.smsTemplates.find((x: any) => x.code === 'ACCEPTED');
    const preview = await t.gql(
      `query($c: String!, $t: String!) { previewSmsTemplate(code: $c, content: $t) { content length problems } }`,
      { c: 'ACCEPTED', t: '{name}，您的【{programs}】申请已受理（{idNumber}）' },
      admin,
    );
    expect(preview.data!.previewSmsTemplate.content).toBe('张*明，您的【最低生活保障、临时救助】申请已受理（）');
    expect(preview.data!.previewSmsTemplate.problems).toEqual([expect.stringMatching(/不允许的变量/)]);
    const UPDATE = `mutation($c: String!, $i: SmsTemplateInput!, $v: Int!) { updateSmsTemplate(code: $c, input: $i, version: $v) { code content version } }`;
    const refused = await t.gql(
      UPDATE,
      { c: 'ACCEPTED', i: { content: '受理号{receiptNo}{idNumber}', enabled: true, urgent: false, amountsApproved: false }, v: tpl.version },
      admin,
    );
    expect(refused.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const content = '【受理通知】您的【{programs}】申请已受理，受理号{receiptNo}。';
    const ok = await t.gql(UPDATE, { c: 'ACCEPTED', i: { content, enabled: true, urgent: false, amountsApproved: false }, v: tpl.version }, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateSmsTemplate).toEqual({ code: 'ACCEPTED', content, version: tpl.version + 1 });
    const officer = await t.gql(
      UPDATE,
      { c: 'ACCEPTED', i: { content, enabled: true, urgent: false, amountsApproved: false }, v: tpl.version + 1 },
      await cookie('officer'),
    );
    expect(officer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const log = await ownerQuery(`select count(*)::int as n from audit_log where action = 'sms.template_updated' and entity_id = 'ACCEPTED'`);
    expect(log[0].n).toBe(1);
    // New messages use the edited text.
    await ownerQuery(`delete from sms_message`);
    const ctx = t.system('tpl', AREAS.village1a);
    await ctx.tx((em) =>
      emitEvent(ctx, em, {
        type: 'application.accepted',
        aggregateType: 'application',
        aggregateId: hh,
        areaCode: AREAS.village1a,
        payload: { receiptNo: 'SJ-TPL', applicantPersonId: head, programCodes: ['DIBAO'] },
        sms: { template: 'ACCEPTED', params: { programs: '最低生活保障', receiptNo: 'SJ-TPL', days: 30 } },
      }),
    );
    await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
    await t.runJobs();
    const [m] = await ownerQuery(`select content from sms_message where template_code = 'ACCEPTED'`);
    expect(m.content).toBe('【受理通知】您的【最低生活保障】申请已受理，受理号SJ-TPL。');
  });
});

describe('the log provider (default) and token-checked receipts of aliyun and tencent', () => {
  const setProvider = async (input: Record<string, unknown>) => {
    const admin = await cookie('sysadmin');
    const { version } = (await t.gql(CONFIG, {}, admin)).data!.smsProviderConfig;
    const r = await t.gql(SET_CONFIG, { i: { ratePerSecond: 100, quietStart: '21:00', quietEnd: '08:00', ...input }, v: version }, admin);
    expect(r.errors).toBeUndefined();
  };
  beforeEach(async () => {
    await ownerQuery(`delete from sms_message`);
    fake.sends.length = 0;
  });

  it('log: "sends" into sms_log_outbox once per key; a reclaimed message is found there, not written twice', async () => {
    await setProvider({ provider: 'log' });
    const id = await insertMessage('log-1');
    expect(await deliverNow(DAY)).toMatchObject({ sent: 1 });
    const [m] = await ownerQuery(`select status, provider, provider_message_id from sms_message where id = $1`, [id]);
    expect(m).toEqual({ status: 'SENT', provider: 'log', provider_message_id: 'log-log-1' });
    // A worker died after the send: the lease ran out while SENDING → the lookup finds the key.
    await ownerQuery(`update sms_message set status = 'SENDING', uncertain = true, lease_until = $2 where id = $1`, [id, new Date(DAY.getTime() - 1000)]);
    expect(await deliverNow(DAY)).toMatchObject({ recovered: 1, sent: 0 });
    const log = await ownerQuery(`select idempotency_key, phone_masked, content from sms_log_outbox`);
    expect(log).toEqual([{ idempotency_key: 'log-1', phone_masked: '139****0000', content: '测试短信' }]);
    expect(fake.sends).toEqual([]);
  });

  it('aliyun and tencent receipts need the receipt token; a failed report is final (never re-sent automatically)', async () => {
    await setProvider({ provider: 'aliyun', endpoint: fake.url, accessKeyId: 'ak', secret: 'sk', receiptToken: 'tok-ali', signName: '协救' });
    const id = await insertMessage('rk-1');
    await ownerQuery(`update sms_message set status = 'SENT', provider = 'aliyun', provider_message_id = 'biz-9', sent_at = $2 where id = $1`, [id, DAY]);
    const body = JSON.stringify([{ out_id: 'rk-1', biz_id: 'biz-9', success: false, err_code: 'MK:0001', err_msg: '用户关机' }]);
    const post = (url: string) => t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: body });
    expect((await post('/api/sms/receipts/aliyun')).statusCode).toBe(401);
    expect((await post('/api/sms/receipts/aliyun?token=wrong')).statusCode).toBe(401);
    const ok = await post('/api/sms/receipts/aliyun?token=tok-ali');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ code: 0, msg: '成功' });
    const [m] = await ownerQuery(`select status, last_error from sms_message where id = $1`, [id]);
    expect(m).toEqual({ status: 'FAILED', last_error: '运营商回执：未送达（MK:0001 用户关机）' });
    expect(await deliverNow(new Date(DAY.getTime() + 86_400_000))).toMatchObject({ sent: 0, failed: 0 });

    await setProvider({ provider: 'tencent', endpoint: fake.url, accessKeyId: 'AKID', secret: 'sk', receiptToken: 'tok-tc', sdkAppId: '1400000000' });
    const id2 = await insertMessage('rk-2');
    await ownerQuery(`update sms_message set status = 'SENT', provider = 'tencent', provider_message_id = 'serial-7', sent_at = $2 where id = $1`, [id2, DAY]);
    const tc = await t.app.inject({
      method: 'POST',
      url: '/api/sms/receipts/tencent?token=tok-tc',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify([{ sid: 'serial-7', report_status: 'SUCCESS', errmsg: 'DELIVRD', mobile: '13900000000' }]),
    });
    expect(tc.json()).toEqual({ result: 0, errmsg: 'OK' });
    expect((await ownerQuery(`select status from sms_message where id = $1`, [id2]))[0].status).toBe('DELIVERED');
    // The configuration API still never shows the secrets.
    const cfg = await t.gql(CONFIG, {}, await cookie('sysadmin'));
    expect(JSON.stringify(cfg.data)).not.toMatch(/tok-tc|"sk"/);
    expect(cfg.data!.smsProviderConfig).toMatchObject({ provider: 'tencent', secretSet: true, receiptTokenSet: true });
  });
});

describe('window staff hear about 督办 and deadlines', () => {
  it('督办, 超时预警 and 已超期 go to the window staff with a mobile of the village and its town (已超期 urgent, also at night)', async () => {
    await ownerQuery(`delete from sms_message`);
    await ownerQuery(`delete from sms_config`); // back to the default: the log provider
    t.runtime.clock = () => new Date('2026-12-10T14:30:00Z'); // 22:30 Beijing
    const ctx = t.system('window-events', AREAS.village1a);
    const base = { aggregateType: 'referral' as const, aggregateId: hh, areaCode: AREAS.village1a };
    await ctx.tx(async (em) => {
      await emitEvent(ctx, em, {
        ...base,
        type: 'referral.supervised',
        payload: { level: 1, receiptNo: 'SJ-W1', programCode: 'DIBAO', answerDue: '2026-12-12' },
      });
      await emitEvent(ctx, em, { ...base, type: 'referral.warning', payload: { receiptNo: 'SJ-W1', programCode: 'DIBAO', dueDate: '2026-12-20' } });
      await emitEvent(ctx, em, { ...base, type: 'referral.overdue', payload: { level: 1, receiptNo: 'SJ-W1', programCode: 'DIBAO', dueDate: '2026-12-09' } });
    });
    await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
    await t.runJobs();
    const rows = await ownerQuery(
      `select template_code, phone_masked, content, urgent, status, next_attempt_at from sms_message where recipient_kind = 'WINDOW' order by template_code, phone_masked`,
    );
    expect(rows.map((r) => [r.template_code, r.phone_masked])).toEqual([
      ['WINDOW_OVERDUE', '136****6000'],
      ['WINDOW_OVERDUE', '137****7000'],
      ['WINDOW_SUPERVISED', '136****6000'],
      ['WINDOW_SUPERVISED', '137****7000'],
      ['WINDOW_WARNING', '136****6000'],
      ['WINDOW_WARNING', '137****7000'],
    ]);
    expect(rows[2].content).toBe('受理号SJ-W1的【最低生活保障】转办单已被镇街督办，请跟进办理进度。');
    expect(rows[4].content).toBe('受理号SJ-W1的【最低生活保障】转办单将于2026-12-20到期，请跟进办理进度。');
    // 已超期 is urgent: sent at once (the log provider); the others wait for 08:00.
    expect(rows.map((r) => [r.template_code, r.urgent, r.status])).toEqual([
      ['WINDOW_OVERDUE', true, 'SENT'],
      ['WINDOW_OVERDUE', true, 'SENT'],
      ['WINDOW_SUPERVISED', false, 'QUEUED'],
      ['WINDOW_SUPERVISED', false, 'QUEUED'],
      ['WINDOW_WARNING', false, 'QUEUED'],
      ['WINDOW_WARNING', false, 'QUEUED'],
    ]);
    expect(rows[2].next_attempt_at.toISOString()).toBe('2026-12-11T00:00:00.000Z');
    expect((await ownerQuery(`select count(*)::int as n from sms_log_outbox`))[0].n).toBeGreaterThanOrEqual(2);
  });
});
