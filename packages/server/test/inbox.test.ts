import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recipient } from './crosscheck-fixture';
import { runCrosscheckRules } from '../src/modules/crosscheck/crosscheck.engine';
import { inboxOutboxHandler } from '../src/modules/inbox/inbox.handler';
import { OUTBOX_HANDLERS, type OutboxEventRow } from '../src/modules/workflow/outbox-handlers';
import { runClockSweep } from '../src/modules/workflow/supervision.service';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';
import { recordAuthorisation } from '../src/modules/household/authorisation.service';
import { todayCn } from '../src/shared/dates';

/**
 * 站内消息 (modules/inbox): events of the outbox become notifications of the right staff when the consumer runs —
 * new referrals for the department's officers, decisions for the windows, overdue for both, new findings for the
 * town reviewers; each user reads and marks only their own (first wall and row-level security); a re-consumed
 * event adds nothing.
 */

let t: TestApp;
let hh: string;
let head: string;
const ids: Record<string, string> = {};

const REGISTER = `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id receiptNo referralIds } }`;
const REF = `query($id: ID!) { referral(id: $id) { referral { id version status } } }`;
const SIGN = `mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { id ok message } }`;
const DECIDE = `mutation($ref: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $ref, input: $i) { id version status outcome } }`;
const MINE = `query($unreadOnly: Boolean, $page: Int, $pageSize: Int) { myNotifications(unreadOnly: $unreadOnly, page: $page, pageSize: $pageSize) {
  total items { id kind title body link areaCode createdAt readAt } } unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;

async function as(user: string) {
  return { cookie: await t.cookieFor(user) };
}

/** Runs the outbox consumer (the `outbox-consume` cron job) once. */
async function consume() {
  await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
  await t.runJobs();
}

async function mine(user: string, unreadOnly = false) {
  const res = await t.gql(MINE, { unreadOnly, pageSize: 100 }, await as(user));
  expect(res.errors).toBeUndefined();
  return res.data! as { myNotifications: { total: number; items: Array<Record<string, any>> }; unreadNotificationCount: number };
}

async function register(householdId: string, applicant: string, programs: Array<{ programCode: string; personId?: string }>, window = 'town1') {
  const res = await t.gql(
    REGISTER,
    { i: { householdId, applicantPersonId: applicant, programs, authorizationSigned: true, materials: [{ name: '居民身份证', provided: true }] } },
    await as(window),
  );
  expect(res.errors).toBeUndefined();
  return res.data!.registerApplication as { id: string; receiptNo: string; referralIds: string[] };
}

async function referral(id: string) {
  const res = await t.gql(REF, { id }, await as('town1'));
  return res.data!.referral.referral as { id: string; version: number; status: string };
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('inbox-test', AREAS.district);
  const depts = await ownerQuery<{ id: string; code: string }>(`select id, code from department`);
  for (const [username, role, area, d] of [
    ['renshe', 'DEPT_OFFICER', AREAS.district, 'RENSHE'],
    ['officer2', 'DEPT_OFFICER', AREAS.district, 'MINZHENG'],
    ['town2', 'TOWN_WINDOW', AREAS.town2, null],
    ['leader1', 'TOWN_LEADER', AREAS.town1, null],
  ] as const) {
    await createUser(sys, {
      username,
      displayName: `测试${username}`,
      areaCode: area,
      roles: [role],
      password: PASSWORD,
      departmentId: d ? depts.find((x) => x.code === d)!.id : null,
    });
  }
  await ownerQuery(`update app_user set must_change_password = false`);
  for (const u of await ownerQuery<{ id: string; username: string }>(`select id, username from app_user`)) ids[u.username] = u.id;
  hh = await household(t, AREAS.village1a, [member('钱一', '19700101', 'HEAD'), member('钱二', '19720101', 'SPOUSE', 'F')]);
  head = (await ownerQuery<{ id: string }>(`select id from person where name = '钱一'`))[0].id;
});
afterAll(async () => t?.close());

describe('the inbox handler is registered', () => {
  it('OUTBOX_HANDLERS lists inboxOutboxHandler', () => {
    expect(OUTBOX_HANDLERS).toContain(inboxOutboxHandler);
  });
});

describe('new referrals and decisions', () => {
  let referralId: string;

  it('a registered application: the department officers get 新转办 with the link; the window and other departments do not', async () => {
    const reg = await register(hh, head, [{ programCode: 'DIBAO' }]);
    referralId = reg.referralIds[0];
    await consume();
    for (const officer of ['officer', 'officer2']) {
      const { myNotifications, unreadNotificationCount } = await mine(officer);
      expect(unreadNotificationCount).toBe(1);
      const [n] = myNotifications.items;
      expect(n).toMatchObject({ kind: 'NEW_REFERRAL', link: `/referrals/${referralId}`, areaCode: AREAS.village1a, readAt: null });
      expect(n.title).toContain('新转办');
      expect(n.body).toContain(reg.receiptNo);
      expect(n.body).toContain('钱*');
      expect(n.body).not.toContain('钱一');
      expect(n.body).not.toMatch(/\d{17}[\dXx]/);
    }
    for (const other of ['town1', 'village1a', 'renshe', 'joint']) expect((await mine(other)).unreadNotificationCount).toBe(0);
  });

  it('re-running the consumer (and the handler) on the same events adds nothing', async () => {
    const before = (await ownerQuery(`select count(*)::int as n from notification`))[0].n;
    await ownerQuery(`update outbox_event set consumed_at = null, delivery_status = null`);
    await consume();
    const events = await ownerQuery<OutboxEventRow & { aggregate_type: string; aggregate_id: string; area_code: string; occurred_at: Date }>(
      `select seq::text, id, type, aggregate_type, aggregate_id, area_code, payload, occurred_at from outbox_event`,
    );
    const rows: OutboxEventRow[] = events.map((e) => ({
      seq: e.seq,
      id: e.id,
      type: e.type,
      aggregateType: e.aggregate_type,
      aggregateId: e.aggregate_id,
      areaCode: e.area_code,
      payload: e.payload,
      occurredAt: e.occurred_at,
    }));
    const sys = t.system('inbox-test');
    await sys.tx((em) => inboxOutboxHandler.handle(sys, em, rows).then(() => undefined));
    expect((await ownerQuery(`select count(*)::int as n from notification`))[0].n).toBe(before);
  });

  it('a refusal: the windows of the area get 办结结果; the department and windows elsewhere do not', async () => {
    let r = await referral(referralId);
    expect((await t.gql(SIGN, { refs: [{ id: r.id, version: r.version }] }, await as('officer'))).errors).toBeUndefined();
    r = await referral(referralId);
    const res = await t.gql(DECIDE, { ref: { id: r.id, version: r.version }, i: { approve: false, reason: '家庭收入超过标准' } }, await as('officer'));
    expect(res.errors).toBeUndefined();
    await consume();
    for (const w of ['town1', 'village1a']) {
      const { myNotifications } = await mine(w);
      expect(myNotifications.items.map((n) => n.kind)).toEqual(['DECIDED']);
      expect(myNotifications.items[0]).toMatchObject({ link: `/referrals/${referralId}` });
      expect(myNotifications.items[0].title).toContain('不予批准');
    }
    for (const other of ['village1b', 'village2a', 'town2', 'renshe']) expect((await mine(other)).unreadNotificationCount).toBe(0);
    expect((await mine('officer')).myNotifications.items.map((n) => n.kind)).toEqual(['NEW_REFERRAL']);
  });

  it('an approval without 公示 (人社 就业援助) reaches the window as 办结结果（批准）', async () => {
    const spouse = (await ownerQuery<{ id: string }>(`select id from person where name = '钱二'`))[0].id;
    const reg = await register(hh, head, [{ programCode: 'EMPLOY', personId: spouse }]);
    await consume();
    expect((await mine('renshe')).myNotifications.items.map((n) => n.kind)).toEqual(['NEW_REFERRAL']);
    let r = await referral(reg.referralIds[0]);
    await t.gql(SIGN, { refs: [{ id: r.id, version: r.version }] }, await as('renshe'));
    r = await referral(reg.referralIds[0]);
    const month = new Date().toISOString().slice(0, 7);
    const res = await t.gql(
      DECIDE,
      { ref: { id: r.id, version: r.version }, i: { approve: true, monthlyAmountFen: 0, startMonth: month } },
      await as('renshe'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.decideReferral).toMatchObject({ status: 'DONE', outcome: 'APPROVED' });
    await consume();
    const items = (await mine('town1')).myNotifications.items;
    expect(items[0]).toMatchObject({ kind: 'DECIDED', link: `/referrals/${r.id}` });
    expect(items[0].title).toContain('批准');
  });
});

describe('consumed late', () => {
  it('a referral already final when its events are consumed: no call to act for the department, the decision still reaches the window', async () => {
    const hh4 = await household(t, AREAS.village1a, [member('郑六', '19580101', 'HEAD')]);
    const p = (await ownerQuery<{ id: string }>(`select id from person where name = '郑六'`))[0].id;
    const reg = await register(hh4, p, [{ programCode: 'DIBAO' }]);
    const id = reg.referralIds[0];
    let r = await referral(id);
    await t.gql(SIGN, { refs: [{ id, version: r.version }] }, await as('officer'));
    r = await referral(id);
    const res = await t.gql(DECIDE, { ref: { id, version: r.version }, i: { approve: false, reason: '家庭财产超过规定' } }, await as('officer'));
    expect(res.data!.decideReferral.status).toBe('DONE');
    await consume();
    expect((await mine('officer')).myNotifications.items.filter((n) => n.link === `/referrals/${id}`)).toEqual([]);
    expect((await mine('village1a')).myNotifications.items.filter((n) => n.link === `/referrals/${id}`).map((n) => n.kind)).toEqual(['DECIDED']);
  });
});

describe('own rows only', () => {
  it('marking another user’s notification read changes nothing; marking one’s own lowers the count; all → 0', async () => {
    const officer = await mine('officer');
    const theirs = officer.myNotifications.items[0].id;
    const stranger = await t.gql(MARK, { ids: [theirs] }, await as('town1'));
    expect(stranger.errors).toBeUndefined();
    expect((await mine('officer')).unreadNotificationCount).toBe(officer.unreadNotificationCount);
    const town = await mine('town1');
    expect(town.unreadNotificationCount).toBe(3);
    const one = await t.gql(MARK, { ids: [town.myNotifications.items[0].id] }, await as('town1'));
    expect(one.data!.markNotificationsRead).toBe(2);
    const after = await mine('town1');
    expect(after.unreadNotificationCount).toBe(2);
    expect(after.myNotifications.items[0].readAt).toBeTruthy();
    expect((await mine('town1', true)).myNotifications.total).toBe(2);
    const all = await t.gql(MARK, { all: true }, await as('town1'));
    expect(all.data!.markNotificationsRead).toBe(0);
    expect((await mine('town1')).unreadNotificationCount).toBe(0);
    expect((await mine('officer')).unreadNotificationCount).toBe(officer.unreadNotificationCount);
    const empty = await t.gql(MARK, {}, await as('town1'));
    expect(empty.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('row-level security: the application role sees only the rows of app.user_id; without a user (or as a token) none', async () => {
    const read = async (userId: string, prefix: string) => {
      const em = t.orm.em.fork();
      return em.transactional(async (tx) => {
        await tx.execute(`select set_config('app.area_prefix', ?, true), set_config('app.user_id', ?, true)`, [prefix, userId]);
        return (await tx.execute(`select user_id from notification`)) as Array<{ user_id: string }>;
      });
    };
    const own = await read(ids.officer, '500199');
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.user_id))).toEqual(new Set([ids.officer]));
    expect(await read('', '500199')).toEqual([]);
    expect(await read('', '')).toEqual([]);
    // Writing someone else's row is refused too (with check).
    const em = t.orm.em.fork();
    const n = await em.transactional(async (tx) => {
      await tx.execute(`select set_config('app.area_prefix', '500199', true), set_config('app.user_id', ?, true)`, [ids.town1]);
      return (await tx.execute(`update notification set read_at = now() where user_id = ? returning id`, [ids.officer])) as unknown[];
    });
    expect(n).toEqual([]);
  });
});

let overdueId: string;

describe('clock: 超时预警 and 超期', () => {
  it('the sweep warns once at the amber date, then marks overdue: the department gets 即将超期 and 已超期, the window 已超期', async () => {
    const hh2 = await household(t, AREAS.village1b, [member('孙三', '19650101', 'HEAD')]);
    const p = (await ownerQuery<{ id: string }>(`select id from person where name = '孙三'`))[0].id;
    const reg = await register(hh2, p, [{ programCode: 'DIBAO' }]);
    const id = reg.referralIds[0];
    overdueId = id;
    const r = await referral(id);
    await t.gql(SIGN, { refs: [{ id: r.id, version: r.version }] }, await as('officer'));
    const [{ warn, due }] = await ownerQuery(`select warn_date::text as warn, due_date::text as due from referral where id = $1`, [id]);
    const sys = t.system('clock-sweep');
    expect((await runClockSweep(sys, warn)).warned).toBeGreaterThanOrEqual(1);
    await runClockSweep(sys, warn);
    expect((await ownerQuery(`select count(*)::int as n from outbox_event where aggregate_id = $1 and type = 'referral.warning'`, [id]))[0].n).toBe(1);
    const dayAfter = new Date(Date.parse(`${due}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
    expect((await runClockSweep(sys, dayAfter)).overdue).toBeGreaterThanOrEqual(1);
    await consume();
    const officer = (await mine('officer2')).myNotifications.items.filter((n) => n.link === `/referrals/${id}`);
    expect(officer.map((n) => n.kind)).toEqual(['OVERDUE', 'WARNING', 'NEW_REFERRAL']);
    expect(officer[0].body).toContain(due);
    const window = (await mine('village1b')).myNotifications.items.filter((n) => n.link === `/referrals/${id}`);
    expect(window.map((n) => n.kind)).toEqual(['OVERDUE']);
    expect((await mine('village1a')).myNotifications.items.filter((n) => n.link === `/referrals/${id}`)).toEqual([]);
    expect((await mine('renshe')).myNotifications.items.filter((n) => n.link === `/referrals/${id}`)).toEqual([]);
  });
});

describe('督办 and 补正', () => {
  it('a 督办 by the town leader reaches the department with the answer date; the window asked for 补正, the department told when it is provided', async () => {
    const sup = await t.gql(`mutation($id: ID!) { superviseReferral(referralId: $id, message: "请尽快办结") }`, { id: overdueId }, await as('leader1'));
    expect(sup.errors).toBeUndefined();
    await consume();
    const supervised = (await mine('officer')).myNotifications.items.filter((n) => n.kind === 'SUPERVISED' && n.link === `/referrals/${overdueId}`);
    expect(supervised).toHaveLength(1);
    expect(supervised[0].title).toContain('镇街督办');
    expect(supervised[0].body).toMatch(/请于 \d{4}-\d{2}-\d{2} 前答复/);
    expect((await mine('village1b')).myNotifications.items.filter((n) => n.kind === 'SUPERVISED')).toEqual([]);

    let r = await referral(overdueId);
    const ask = await t.gql(
      `mutation($ref: ReferralRefInput!, $note: String!) { requestSupplement(ref: $ref, note: $note) { id } }`,
      { ref: { id: r.id, version: r.version }, note: '请补充近三个月收入证明' },
      await as('officer'),
    );
    expect(ask.errors).toBeUndefined();
    r = await referral(overdueId);
    const give = await t.gql(
      `mutation($ref: ReferralRefInput!) { provideSupplement(ref: $ref, note: "已补充收入证明") { id } }`,
      { ref: { id: r.id, version: r.version } },
      await as('village1b'),
    );
    expect(give.errors).toBeUndefined();
    await consume();
    expect((await mine('village1b')).myNotifications.items.filter((n) => n.link === `/referrals/${overdueId}`).map((n) => n.kind)).toEqual([
      'SUPPLEMENT_REQUESTED',
      'OVERDUE',
    ]);
    expect((await mine('officer2')).myNotifications.items.filter((n) => n.link === `/referrals/${overdueId}`)[0].kind).toBe('SUPPLEMENT_PROVIDED');
  });
});

describe('公示异议', () => {
  it('an objection during 公示 sends the referral back to the department: its officers get 公示异议, the window does not', async () => {
    const hh3 = await household(t, AREAS.village2a, [member('吴五', '19600101', 'HEAD')]);
    const p = (await ownerQuery<{ id: string }>(`select id from person where name = '吴五'`))[0].id;
    const reg = await register(hh3, p, [{ programCode: 'DIBAO' }], 'town2');
    const id = reg.referralIds[0];
    const read = async () => (await t.gql(REF, { id }, await as('town2'))).data!.referral.referral as { id: string; version: number };
    let r = await read();
    await t.gql(SIGN, { refs: [{ id, version: r.version }] }, await as('officer'));
    r = await read();
    const month = new Date().toISOString().slice(0, 7);
    const pub = await t.gql(DECIDE, { ref: { id, version: r.version }, i: { approve: true, monthlyAmountFen: 60000, startMonth: month } }, await as('officer'));
    expect(pub.data!.decideReferral.status).toBe('PUBLICITY');
    const objected = await t.gql(
      `mutation($ref: ReferralRefInput!, $o: String) { completePublicity(ref: $ref, objection: $o) { status } }`,
      { ref: { id, version: pub.data!.decideReferral.version }, o: '邻居反映其子女有稳定收入' },
      await as('officer'),
    );
    expect(objected.errors).toBeUndefined();
    await consume();
    const items = (await mine('officer2')).myNotifications.items.filter((n) => n.link === `/referrals/${id}`);
    expect(items.map((n) => n.kind)).toEqual(['PUBLICITY_OBJECTION', 'NEW_REFERRAL']);
    expect(items[0].body).not.toContain('子女');
    expect((await mine('town2')).myNotifications.items.filter((n) => n.link === `/referrals/${id}`)).toEqual([]);
  });
});

describe('findings', () => {
  it('a cross-check run with new findings in town 1: its reviewers (town windows) get 新疑点; village windows, other towns and departments do not', async () => {
    await recipient(t, '周四', { area: AREAS.village1a, dibao: 30000, start: '2024-01-01' });
    await runCrosscheckRules(t.system('crosscheck-test'), { only: [12] });
    const events = await ownerQuery(`select area_code, payload from outbox_event where type = 'finding.opened'`);
    expect(events.map((e) => e.area_code)).toEqual([AREAS.town1]);
    await consume();
    const items = (await mine('town1')).myNotifications.items.filter((n) => n.kind === 'FINDINGS');
    expect(items).toHaveLength(1);
    expect(items[0].title).toMatch(/新疑点待复核：\d+ 条/);
    expect(items[0].link).toBe('/findings');
    for (const other of ['village1a', 'town2', 'officer', 'joint']) {
      expect((await mine(other)).myNotifications.items.filter((n) => n.kind === 'FINDINGS')).toEqual([]);
    }
    // The next run finds nothing new: no new event.
    await runCrosscheckRules(t.system('crosscheck-test'), { only: [12] });
    expect((await ownerQuery(`select count(*)::int as n from outbox_event where type = 'finding.opened'`))[0].n).toBe(1);
  });
});

describe('verifications', () => {
  it('a drafted verification: who may approve it gets 复核待办 (民政 officers), never the drafter; other departments do not', async () => {
    await recordAuthorisation(t.system('inbox-test', AREAS.district), {
      householdId: hh,
      signedOn: todayCn(),
      scope: ['HUKOU', 'VEHICLE', 'REAL_ESTATE', 'BUSINESS', 'BANK'],
      signerPersonIds: [head],
    });
    const start = await t.gql(`mutation($h: ID!) { startHouseholdVerification(householdId: $h) { id version } }`, { h: hh }, await as('town1'));
    expect(start.errors).toBeUndefined();
    const id = start.data!.startHouseholdVerification.id as string;
    const match = await t.gql(`mutation($id: ID!) { runDataMatch(id: $id) { id version } }`, { id }, await as('town1'));
    expect(match.errors).toBeUndefined();
    const draft = await t.gql(
      `mutation($id: ID!, $v: Int!) { draftVerification(id: $id, conclusion: NEEDS_REVIEW, note: "需入户核实", version: $v) { id no status } }`,
      { id, v: match.data!.runDataMatch.version },
      await as('town1'),
    );
    expect(draft.errors).toBeUndefined();
    await consume();
    for (const approver of ['officer', 'officer2']) {
      const items = (await mine(approver)).myNotifications.items.filter((n) => n.kind === 'REVIEW_DUE');
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ link: `/verifications/${id}` });
      expect(items[0].title).toContain(draft.data!.draftVerification.no);
    }
    for (const other of ['town1', 'village1a', 'renshe', 'town2']) {
      expect((await mine(other)).myNotifications.items.filter((n) => n.kind === 'REVIEW_DUE')).toEqual([]);
    }
  });
});

describe('tokens and the system', () => {
  it('an actor without a user id reads no notifications (fails closed)', async () => {
    const { listMyNotifications, unreadNotificationCount } = await import('../src/modules/inbox/inbox.service');
    const sys = t.system('inbox-test');
    expect(await unreadNotificationCount(sys)).toBe(0);
    expect((await listMyNotifications(sys, {}, {})).total).toBe(0);
  });
});
