import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment } from '../src/modules/department/department.service';
import { createUser } from '../src/modules/user/user.service';
import { OptimisticLockError } from '@mikro-orm/core';
import { Referral } from '../src/modules/workflow/referral.entity';
import { changeReferral, loadReferral } from '../src/modules/workflow/referral.repo';
import { runClockSweep } from '../src/modules/workflow/supervision.service';
import { AppError, asClientError } from '../src/shared/errors';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';
import { CSRF_HEADER } from '../src/modules/files/files.http';
import { multipart, pdfText, PNG } from './file-helpers';

/**
 * 一门受理、协同办理: a town window registers one application; three departments sign and decide
 * within their clocks; decisions land in the ledger. Plus transfer, return, withdraw, pauses,
 * 督办, extensions, optimistic locking, outbox atomicity and scoping.
 */

let t: TestApp;
let hh: string;
let head: string;
let spouse: string;
let other: string; // household in village 1b

const REGISTER = `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id receiptNo referralIds } }`;
const APP = `query($id: ID!) { application(id: $id) {
  application { id receiptNo status statusName doneCount referralCount }
  referrals { id version programCode status outcome departmentName mine benefitId clock { level dueDate limitDays paused } }
  history { kind note } } }`;
const REF = `query($id: ID!) { referral(id: $id) { referral { id version status outcome clock { level dueDate paused limitDays } escalationLevel publicityEnd legalRemedy }
  history { kind fromStatus toStatus note } supervisions { id level message response } extensions { id days status } } }`;
const SIGN = `mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { id ok message } }`;
const DECIDE = `mutation($ref: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $ref, input: $i) { id version status outcome publicityEnd } }`;

async function cookie(u: string) {
  return { cookie: await t.cookieFor(u) };
}

async function register(programs: Array<{ programCode: string; personId?: string }>, who = 'town1', householdId = hh, applicant = head) {
  const res = await t.gql(
    REGISTER,
    { i: { householdId, applicantPersonId: applicant, programs, authorizationSigned: true, materials: [{ name: '居民身份证', provided: true }] } },
    await cookie(who),
  );
  return res;
}

async function referralsOf(appId: string) {
  const res = await t.gql(APP, { id: appId }, await cookie('town1'));
  expect(res.errors).toBeUndefined();
  return res.data!.application;
}

function byProgram(refs: Array<Record<string, any>>, code: string) {
  return refs.find((r) => r.programCode === code)!;
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('workflow-test', AREAS.district);
  const yibao = await createDepartment(sys, { code: 'YIBAO', name: '测试区医保局', shortName: '医保' });
  const depts = await ownerQuery<{ id: string; code: string }>(`select id, code from department`);
  const dept = (c: string) => depts.find((d) => d.code === c)?.id ?? yibao.id;
  for (const [username, role, area, d] of [
    ['officer2', 'DEPT_OFFICER', AREAS.district, 'MINZHENG'],
    ['renshe', 'DEPT_OFFICER', AREAS.district, 'RENSHE'],
    ['yibao', 'DEPT_OFFICER', AREAS.district, 'YIBAO'],
    ['leader1', 'TOWN_LEADER', AREAS.town1, null],
    ['informant1a', 'INFORMANT', AREAS.village1a, null],
  ] as const) {
    await createUser(sys, {
      username,
      displayName: `测试${username}`,
      areaCode: area,
      roles: [role],
      informantKind: role === 'INFORMANT' ? 'GRID_WORKER' : null,
      password: PASSWORD,
      departmentId: d ? dept(d) : null,
    });
  }
  await ownerQuery(`update app_user set must_change_password = false`);
  hh = await household(t, AREAS.village1a, [member('钱一', '19700101', 'HEAD'), member('钱二', '19720101', 'SPOUSE', 'F')]);
  const people = await ownerQuery<{ id: string; name: string }>(
    `select p.id, p.name from person p join membership m on m.person_id = p.id where m.household_id = $1`,
    [hh],
  );
  head = people.find((p) => p.name === '钱一')!.id;
  spouse = people.find((p) => p.name === '钱二')!.id;
  other = await household(t, AREAS.village1b, [member('孙一', '19600101', 'HEAD')]);
});
afterAll(async () => t?.close());

describe('one window, three departments: the golden path', () => {
  let appId: string;

  it('the town window registers one application with three programs: receipt number, three referrals, outbox events', async () => {
    const res = await register([{ programCode: 'DIBAO' }, { programCode: 'EMPLOY', personId: spouse }, { programCode: 'MEDICAL' }]);
    expect(res.errors).toBeUndefined();
    const reg = res.data!.registerApplication;
    expect(reg.receiptNo).toMatch(/^SJ\d{8}101\d{5}$/);
    expect(reg.referralIds).toHaveLength(3);
    appId = reg.id;
    const app = await referralsOf(appId);
    expect(app.application).toMatchObject({ status: 'ACCEPTED', referralCount: 3, doneCount: 0 });
    expect(app.referrals.map((r: any) => [r.programCode, r.status, r.departmentName]).sort()).toEqual([
      ['DIBAO', 'PENDING_SIGN', '测试区民政局'],
      ['EMPLOY', 'PENDING_SIGN', '测试区人社局'],
      ['MEDICAL', 'PENDING_SIGN', '测试区医保局'],
    ]);
    expect(byProgram(app.referrals, 'DIBAO').clock).toMatchObject({ level: 'NORMAL', limitDays: 30, paused: false });
    const events = await ownerQuery(`select type, payload from outbox_event where payload->>'receiptNo' = $1 order by seq`, [reg.receiptNo]);
    expect(events.map((e) => e.type)).toEqual(['referral.created', 'referral.created', 'referral.created', 'application.accepted']);
    const accepted = events[3].payload;
    expect(accepted.sms.template).toBe('ACCEPTED');
    expect(accepted.sms.params).toMatchObject({ receiptNo: reg.receiptNo, days: 30 });
    expect(accepted.applicantPersonId).toBe(head);
    expect(events[0].payload.sms).toMatchObject({ template: 'REFERRED' });
    const log = await ownerQuery(`select count(*)::int as n from audit_log where action = 'application.registered' and entity_id = $1`, [appId]);
    expect(log[0].n).toBe(1);
    // Each referral is a 申请中 link of the household's benefits chain, owned by its department.
    const chain = await ownerQuery(
      `select b.program_code, b.status, d.code from benefit b join department d on d.id = b.department_id where b.household_id = $1 order by b.program_code`,
      [hh],
    );
    expect(chain.map((b) => [b.program_code, b.status, b.code])).toEqual([
      ['DIBAO', 'APPLYING', 'MINZHENG'],
      ['EMPLOY', 'APPLYING', 'RENSHE'],
      ['MEDICAL', 'APPLYING', 'YIBAO'],
    ]);
  });

  it('the window cannot sign or decide; another department cannot act on the referral', async () => {
    const app = await referralsOf(appId);
    const dibao = byProgram(app.referrals, 'DIBAO');
    const win = await t.gql(SIGN, { refs: [{ id: dibao.id, version: dibao.version }] }, await cookie('town1'));
    expect(win.errors![0].extensions!.code).toBe('FORBIDDEN');
    const windowDecide = await t.gql(DECIDE, { ref: { id: dibao.id, version: dibao.version }, i: { approve: false, reason: 'x' } }, await cookie('town1'));
    expect(windowDecide.errors![0].extensions!.code).toBe('FORBIDDEN');
    const wrong = await t.gql(SIGN, { refs: [{ id: dibao.id, version: dibao.version }] }, await cookie('renshe'));
    expect(wrong.data!.signReferrals[0]).toMatchObject({ ok: false });
    expect(wrong.data!.signReferrals[0].message).toMatch(/测试区民政局办理/);
    const decideWrong = await t.gql(DECIDE, { ref: { id: dibao.id, version: dibao.version }, i: { approve: false, reason: 'x' } }, await cookie('renshe'));
    expect(decideWrong.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('a department with a referral now sees the household detail (screening)', async () => {
    const res = await t.gql(`query($id: ID!) { screenHousehold(householdId: $id) { programCode } }`, { id: hh }, await cookie('yibao'));
    expect(res.errors).toBeUndefined();
  });

  it('deciding before signing is refused with the state named', async () => {
    const dibao = byProgram((await referralsOf(appId)).referrals, 'DIBAO');
    const res = await t.gql(DECIDE, { ref: { id: dibao.id, version: dibao.version }, i: { approve: false, reason: '不符合' } }, await cookie('officer'));
    expect(res.errors![0].extensions!.code).toBe('INVALID_STATE');
    expect(res.errors![0].message).toContain('待签收');
  });

  it('three officers sign and decide: 低保 via 公示, 就业 approved, 医疗 refused; the window sees it all 已办结 and the ledger updated', async () => {
    let app = await referralsOf(appId);
    for (const [code, who] of [
      ['DIBAO', 'officer'],
      ['EMPLOY', 'renshe'],
      ['MEDICAL', 'yibao'],
    ] as const) {
      const r = byProgram(app.referrals, code);
      const res = await t.gql(SIGN, { refs: [{ id: r.id, version: r.version }] }, await cookie(who));
      expect(res.errors).toBeUndefined();
      expect(res.data!.signReferrals[0]).toMatchObject({ ok: true, message: null });
    }
    app = await referralsOf(appId);
    const month = todayCn().slice(0, 7);
    // 低保: approval goes to 公示 first (clock paused), then into the ledger.
    const dibao = byProgram(app.referrals, 'DIBAO');
    const pub = await t.gql(
      DECIDE,
      { ref: { id: dibao.id, version: dibao.version }, i: { approve: true, monthlyAmountFen: 94000, startMonth: month } },
      await cookie('officer'),
    );
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.decideReferral).toMatchObject({ status: 'PUBLICITY', outcome: null });
    const early = await t.gql(
      `mutation($ref: ReferralRefInput!) { completePublicity(ref: $ref) { status } }`,
      { ref: { id: dibao.id, version: pub.data!.decideReferral.version } },
      await cookie('officer'),
    );
    expect(early.errors![0].extensions!.code).toBe('INVALID_STATE');
    expect(early.errors![0].message).toMatch(/公示期至/);
    await ownerQuery(`update referral set publicity_until = current_date - 1 where id = $1`, [dibao.id]);
    const done = await t.gql(
      `mutation($ref: ReferralRefInput!) { completePublicity(ref: $ref) { status outcome benefitId } }`,
      { ref: { id: dibao.id, version: pub.data!.decideReferral.version } },
      await cookie('officer'),
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.completePublicity).toMatchObject({ status: 'DONE', outcome: 'APPROVED' });
    expect(done.data!.completePublicity.benefitId).toBeTruthy();
    // 就业: no 公示.
    const employ = byProgram(app.referrals, 'EMPLOY');
    const emp = await t.gql(
      DECIDE,
      { ref: { id: employ.id, version: employ.version }, i: { approve: true, monthlyAmountFen: 0, startMonth: month } },
      await cookie('renshe'),
    );
    expect(emp.data!.decideReferral).toMatchObject({ status: 'DONE', outcome: 'APPROVED' });
    // 医疗: refused with reason and the default legal remedy.
    const medical = byProgram(app.referrals, 'MEDICAL');
    const ref = await t.gql(
      DECIDE,
      { ref: { id: medical.id, version: medical.version }, i: { approve: false, reason: '本年度无医疗费用支出' } },
      await cookie('yibao'),
    );
    expect(ref.data!.decideReferral).toMatchObject({ status: 'DONE', outcome: 'REFUSED' });
    const detail = await t.gql(REF, { id: medical.id }, await cookie('town1'));
    expect(detail.data!.referral.referral.legalRemedy).toMatch(/行政复议/);
    // The window's view: all 已办结, application closed.
    app = await referralsOf(appId);
    expect(app.application).toMatchObject({ status: 'CLOSED', doneCount: 3 });
    expect(app.referrals.every((r: any) => r.status === 'DONE' && r.clock.level === 'DONE')).toBe(true);
    expect(app.history.map((h: any) => h.kind)).toContain('application.completed');
    // The ledger: benefits by the owning departments, tier T2 from 低保.
    const benefits = await ownerQuery(
      `select program_code, status, monthly_amount_fen::int as amount, source, source_ref from benefit where household_id = $1 order by program_code`,
      [hh],
    );
    expect(benefits.map((b) => [b.program_code, b.status, b.amount, b.source])).toEqual([
      ['DIBAO', 'ACTIVE', 94000, 'DECISION'],
      ['EMPLOY', 'ACTIVE', 0, 'DECISION'],
    ]);
    expect(benefits[0].source_ref).toMatch(/^SJ/); // the refused 医疗 link is gone; the referral keeps the refusal
    const notGranted = await ownerQuery(`select kind, summary from household_event where household_id = $1 and kind = 'benefit.not_granted'`, [hh]);
    expect(notGranted.map((e) => e.summary)).toEqual([expect.stringMatching(/医疗救助申请不予批准/)]);
    const tier = await ownerQuery(`select tier from household where id = $1`, [hh]);
    expect(tier[0].tier).toBe('T2');
    // 医保 refused (its 申请中 link is gone) but handled the case: it still sees the household in full, as RLS does.
    const full = await t.gql(`query($id: ID!) { household(id: $id) { access } }`, { id: hh }, await cookie('yibao'));
    expect(full.data!.household.access).toBe('FULL');
    const events = await ownerQuery(
      `select type, payload->'sms'->>'template' as sms from outbox_event where aggregate_id in (select id from referral where application_id = $1) order by seq`,
      [appId],
    );
    const types = events.map((e) => e.type);
    for (const e of ['referral.signed', 'referral.publicity_started', 'referral.approved', 'referral.refused']) expect(types).toContain(e);
    expect(types.filter((x) => x === 'referral.approved')).toHaveLength(2); // 低保 after 公示, 就业 at once
    expect(events.filter((e) => e.sms === 'PUBLICITY')).toHaveLength(1);
    expect(events.filter((e) => e.sms === 'APPROVED')).toHaveLength(2);
    expect(events.filter((e) => e.sms === 'REFUSED')).toHaveLength(1);
  });

  it('applying again for a program already being handled is refused; a closed one can be applied for again', async () => {
    const again = await register([{ programCode: 'TEMP' }]);
    expect(again.errors).toBeUndefined();
    const dup = await register([{ programCode: 'TEMP' }]);
    expect(dup.errors![0].extensions!.code).toBe('DUPLICATE_ASSISTANCE');
    expect(dup.errors![0].message).toMatch(/临时救助|受理号/);
  });
});

describe('registration input is checked and nothing is half-written', () => {
  it('refuses without the signed authorisation, with unknown programs, or a non-member applicant', async () => {
    const before = await ownerQuery(
      `select (select count(*) from application)::int as a, (select count(*) from referral)::int as r, (select count(*) from outbox_event)::int as o`,
    );
    const noAuth = await t.gql(
      REGISTER,
      { i: { householdId: hh, applicantPersonId: head, programs: [{ programCode: 'ELDER', personId: head }], authorizationSigned: false } },
      await cookie('town1'),
    );
    expect(noAuth.errors![0].message).toMatch(/授权书/);
    const unknown = await register([{ programCode: 'NOPE' }]);
    expect(unknown.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const memberMissing = await register([{ programCode: 'ELDER' }]);
    expect(memberMissing.errors![0].message).toMatch(/须指明申请的家庭成员/);
    const stranger = await register(
      [{ programCode: 'POWER' }],
      'town1',
      hh,
      (await ownerQuery(`select person_id from membership where household_id = $1`, [other]))[0].person_id,
    );
    expect(stranger.errors![0].message).toMatch(/申请人须是本户在世成员/);
    // Second program's department missing → the first program's referral must not remain.
    const noDept = await register([{ programCode: 'ELDER', personId: head }, { programCode: 'HOUSING' }]);
    expect(noDept.errors![0].message).toMatch(/主管部门尚未建立/);
    const after = await ownerQuery(
      `select (select count(*) from application)::int as a, (select count(*) from referral)::int as r, (select count(*) from outbox_event)::int as o`,
    );
    expect(after).toEqual(before);
  });

  it('scoping: another village and another town cannot see or register for the household; no-rights is forbidden', async () => {
    const res = await register([{ programCode: 'ELDER', personId: head }], 'village1b');
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    const list1a = await t.gql(`{ applications { total items { id } } }`, {}, await cookie('village1a'));
    const list1b = await t.gql(`{ applications { total } }`, {}, await cookie('village1b'));
    const list2 = await t.gql(`{ referrals { total } }`, {}, await cookie('village2a'));
    expect(list1a.data!.applications.total).toBeGreaterThan(0);
    expect(list1b.data!.applications.total).toBe(0);
    expect(list2.data!.referrals.total).toBe(0);
    const one = list1a.data!.applications.items[0].id;
    const hidden = await t.gql(APP, { id: one }, await cookie('village1b'));
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    const none = await t.gql(`{ applications { total } }`, {}, await cookie('norights'));
    expect(none.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('referral transitions', () => {
  async function fresh(programCode: string, personId?: string) {
    const res = await register([{ programCode, ...(personId ? { personId } : {}) }]);
    expect(res.errors).toBeUndefined();
    const id = res.data!.registerApplication.referralIds[0];
    return { appId: res.data!.registerApplication.id, id };
  }
  async function current(id: string) {
    const res = await t.gql(REF, { id }, await cookie('town1'));
    expect(res.errors).toBeUndefined();
    return res.data!.referral;
  }
  async function sign(id: string, who = 'officer') {
    const r = (await current(id)).referral;
    const res = await t.gql(SIGN, { refs: [{ id, version: r.version }] }, await cookie(who));
    expect(res.data!.signReferrals[0].ok).toBe(true);
    return (await current(id)).referral;
  }

  it('two officers act on the same referral at once: exactly one succeeds, the other gets a conflict', async () => {
    const { id } = await fresh('ELDER', spouse);
    const r = (await current(id)).referral;
    const [a, b] = await Promise.all([
      t.gql(SIGN, { refs: [{ id, version: r.version }] }, await cookie('officer')),
      t.gql(SIGN, { refs: [{ id, version: r.version }] }, await cookie('officer2')),
    ]);
    const results = [a.data!.signReferrals[0], b.data!.signReferrals[0]];
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.find((x) => !x.ok)!.message).toMatch(/已被他人处理/);
    const signed = await ownerQuery(`select count(*)::int as n from referral_event where referral_id = $1 and kind = 'referral.signed'`, [id]);
    expect(signed[0].n).toBe(1);
    // A stale version on a decision is a CONFLICT too.
    const stale = await t.gql(DECIDE, { ref: { id, version: r.version }, i: { approve: false, reason: '不符合' } }, await cookie('officer'));
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('the entity’s optimistic lock: a change committed between read and write is refused with CONFLICT, nothing half-written', async () => {
    const { id } = await fresh('DISAB_CARE', head);
    const r = (await current(id)).referral;
    // Stale before the write: another transition has committed since the officer's form was loaded.
    const sys = t.system('stale-version');
    const stale = await sys.tx(async (em) => {
      const row = await loadReferral(em, id);
      await ownerQuery(`update referral set version = version + 1 where id = $1`, [id]);
      return changeReferral(em, row, r.version, { status: 'PROCESSING' }).catch((e) => e);
    });
    expect(stale).toBeInstanceOf(AppError);
    expect(stale).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/已被他人处理/) });
    // Stale at the flush: the entity read, then a concurrent commit, then the versioned UPDATE matches no row.
    const raced = await sys.tx(async (em) => {
      const entity = await em.findOneOrFail(Referral, { id });
      await ownerQuery(`update referral set version = version + 1 where id = $1`, [id]);
      entity.status = 'PROCESSING';
      const err = await em.flush().then(
        () => null,
        (e) => e,
      );
      em.clear(); // the unit of work would try again at COMMIT
      return err;
    });
    expect(raced).toBeInstanceOf(OptimisticLockError);
    expect(asClientError(raced)).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const [row] = await ownerQuery(`select status, version from referral where id = $1`, [id]);
    expect(row).toEqual({ status: 'PENDING_SIGN', version: r.version + 2 });
    // Through the API, the version the window read is now stale as well; with the current one it goes through.
    const WITHDRAW = `mutation($ref: ReferralRefInput!) { withdrawReferral(ref: $ref, reason: "测试结束") { status } }`;
    const res = await t.gql(WITHDRAW, { ref: { id, version: r.version } }, await cookie('town1'));
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/已被他人处理/) });
    const ok = await t.gql(WITHDRAW, { ref: { id, version: r.version + 2 } }, await cookie('town1'));
    expect(ok.data!.withdrawReferral.status).toBe('WITHDRAWN');
  });

  it('补正 pauses the clock and moves the deadline by the paused working days', async () => {
    const { id } = await fresh('TEKUN', head);
    let r = await sign(id);
    const dueBefore = r.clock.dueDate;
    const sup = await t.gql(
      `mutation($ref: ReferralRefInput!) { requestSupplement(ref: $ref, note: "请补充残疾人证") { status clock { level paused } supplementDue } }`,
      { ref: { id, version: r.version } },
      await cookie('officer'),
    );
    expect(sup.data!.requestSupplement).toMatchObject({ status: 'SUPPLEMENT', clock: { level: 'PAUSED', paused: true } });
    const ev = await ownerQuery(`select payload from outbox_event where aggregate_id = $1 and type = 'referral.supplement_requested'`, [id]);
    expect(ev[0].payload.sms).toMatchObject({ template: 'SUPPLEMENT', params: { note: '请补充残疾人证' } });
    // Pretend the pause began 10 calendar days ago.
    await ownerQuery(`update referral set paused_since = current_date - 10 where id = $1`, [id]);
    r = (await current(id)).referral;
    const back = await t.gql(
      `mutation($ref: ReferralRefInput!) { provideSupplement(ref: $ref, note: "已补交残疾人证") { status clock { level dueDate paused } } }`,
      { ref: { id, version: r.version } },
      await cookie('village1a'),
    );
    expect(back.errors).toBeUndefined();
    expect(back.data!.provideSupplement.status).toBe('PROCESSING');
    expect(back.data!.provideSupplement.clock.paused).toBe(false);
    expect(back.data!.provideSupplement.clock.dueDate > dueBefore).toBe(true);
    const row = await ownerQuery(`select paused_wd from referral where id = $1`, [id]);
    expect(row[0].paused_wd).toBeGreaterThanOrEqual(6);
  });

  it('转办 to another department creates its referral; 退回 goes to the window, which resubmits; 撤回 closes it', async () => {
    const { appId, id } = await fresh('EMPLOY', head);
    const r = await sign(id, 'renshe');
    const tr = await t.gql(
      `mutation($ref: ReferralRefInput!) { transferReferral(ref: $ref, targetProgramCode: "DIBAO_EDGE", reason: "申请人无劳动能力，属低保边缘家庭救助") { status transferredToId } }`,
      { ref: { id, version: r.version } },
      await cookie('renshe'),
    );
    expect(tr.errors).toBeUndefined();
    expect(tr.data!.transferReferral.status).toBe('TRANSFERRED');
    const nextId = tr.data!.transferReferral.transferredToId;
    let next = (await current(nextId)).referral;
    expect(next.status).toBe('PENDING_SIGN');
    const app = await referralsOf(appId);
    expect(byProgram(app.referrals, 'DIBAO_EDGE')).toMatchObject({ departmentName: '测试区民政局', status: 'PENDING_SIGN' });
    const evs = await ownerQuery(`select type from outbox_event where aggregate_id in ($1, $2) order by seq`, [id, nextId]);
    expect(evs.map((e) => e.type)).toEqual(expect.arrayContaining(['referral.transferred', 'referral.created']));
    // Transfer within one's own department is refused.
    const self = await t.gql(
      `mutation($ref: ReferralRefInput!) { transferReferral(ref: $ref, targetProgramCode: "DIBAO", reason: "x") { status } }`,
      { ref: { id: nextId, version: next.version } },
      await cookie('officer'),
    );
    expect(self.errors![0].message).toMatch(/其他部门/);
    // 退回 to the window with a reason; the window fixes and resubmits; the applicant then withdraws.
    const ret = await t.gql(
      `mutation($ref: ReferralRefInput!) { returnReferral(ref: $ref, reason: "缺少户口簿") { status clock { level } } }`,
      { ref: { id: nextId, version: next.version } },
      await cookie('officer'),
    );
    expect(ret.data!.returnReferral).toMatchObject({ status: 'RETURNED', clock: { level: 'PAUSED' } });
    next = (await current(nextId)).referral;
    const officerResubmit = await t.gql(
      `mutation($ref: ReferralRefInput!) { resubmitReferral(ref: $ref, note: "x") { status } }`,
      { ref: { id: nextId, version: next.version } },
      await cookie('officer'),
    );
    expect(officerResubmit.errors![0].extensions!.code).toBe('FORBIDDEN');
    const re = await t.gql(
      `mutation($ref: ReferralRefInput!) { resubmitReferral(ref: $ref, note: "已补户口簿") { status clock { level } } }`,
      { ref: { id: nextId, version: next.version } },
      await cookie('town1'),
    );
    expect(re.data!.resubmitReferral).toMatchObject({ status: 'PENDING_SIGN', clock: { level: 'NORMAL' } });
    next = (await current(nextId)).referral;
    const wd = await t.gql(
      `mutation($ref: ReferralRefInput!) { withdrawReferral(ref: $ref, reason: "申请人已外出务工") { status } }`,
      { ref: { id: nextId, version: next.version } },
      await cookie('town1'),
    );
    expect(wd.data!.withdrawReferral.status).toBe('WITHDRAWN');
    expect((await referralsOf(appId)).application.status).toBe('CLOSED');
    const hist = (await current(nextId)).history.map((h: any) => h.kind);
    expect(hist).toEqual(['referral.created', 'referral.returned', 'referral.resubmitted', 'referral.withdrawn']);
  });

  it('a transition that fails after writing leaves no event, no history and no state change', async () => {
    const { id } = await fresh('DISAB_LIVING', spouse);
    const r = await sign(id);
    const eventsBefore = await ownerQuery(`select count(*)::int as n from outbox_event where aggregate_id = $1`, [id]);
    // Make the operation log refuse this one action: the transaction must roll back as a whole.
    await ownerQuery(`create or replace function test_refuse_return() returns trigger language plpgsql as $$
      begin if new.action = 'referral.returned' then raise exception 'audit unavailable'; end if; return new; end $$`);
    await ownerQuery(`create trigger test_refuse_return before insert on audit_log for each row execute function test_refuse_return()`);
    try {
      const res = await t.gql(
        `mutation($ref: ReferralRefInput!) { returnReferral(ref: $ref, reason: "测试回滚") { status } }`,
        { ref: { id, version: r.version } },
        await cookie('officer'),
      );
      expect(res.errors).toBeDefined();
    } finally {
      await ownerQuery(`drop trigger test_refuse_return on audit_log`);
    }
    const after = (await current(id)).referral;
    expect(after).toMatchObject({ status: 'PROCESSING', version: r.version });
    const eventsAfter = await ownerQuery(`select count(*)::int as n from outbox_event where aggregate_id = $1`, [id]);
    expect(eventsAfter[0].n).toBe(eventsBefore[0].n);
    const hist = await ownerQuery(`select count(*)::int as n from referral_event where referral_id = $1 and kind = 'referral.returned'`, [id]);
    expect(hist[0].n).toBe(0);
  });

  it('督办: the town leader supervises, the department answers; extensions need the supervisor and respect the maximum', async () => {
    const { id } = await fresh('DIBAO_EDGE');
    const r = await sign(id);
    const dueBefore = r.clock.dueDate;
    const sup = await t.gql(`mutation($id: ID!) { superviseReferral(referralId: $id, message: "请加快办理，按时办结") }`, { id }, await cookie('leader1'));
    expect(sup.errors).toBeUndefined();
    const officerCannot = await t.gql(`mutation($id: ID!) { superviseReferral(referralId: $id, message: "x") }`, { id }, await cookie('officer'));
    expect(officerCannot.errors![0].extensions!.code).toBe('FORBIDDEN');
    let d = await current(id);
    expect(d.referral.escalationLevel).toBe(1);
    expect(d.supervisions[0]).toMatchObject({ level: 1, message: '请加快办理，按时办结', response: null });
    const wrongDept = await t.gql(`mutation($id: ID!) { answerSupervision(id: $id, response: "x") }`, { id: d.supervisions[0].id }, await cookie('renshe'));
    expect(wrongDept.errors![0].extensions!.code).toBe('FORBIDDEN');
    const ans = await t.gql(
      `mutation($id: ID!) { answerSupervision(id: $id, response: "已入户调查，本周内办结") }`,
      { id: d.supervisions[0].id },
      await cookie('officer'),
    );
    expect(ans.errors).toBeUndefined();
    // Extension: limit 30, extendable to 30 × 2 unless the program says otherwise.
    const tooMuch = await t.gql(`mutation($id: ID!) { requestExtension(referralId: $id, days: 45, reason: "x") }`, { id }, await cookie('officer'));
    expect(tooMuch.errors![0].message).toMatch(/不得超过/);
    const ext = await t.gql(
      `mutation($id: ID!) { requestExtension(referralId: $id, days: 10, reason: "需补充核查异地财产") }`,
      { id },
      await cookie('officer'),
    );
    expect(ext.errors).toBeUndefined();
    const officerApprove = await t.gql(
      `mutation($id: ID!) { decideExtension(id: $id, approve: true) }`,
      { id: ext.data!.requestExtension },
      await cookie('officer'),
    );
    expect(officerApprove.errors![0].extensions!.code).toBe('FORBIDDEN');
    const ok = await t.gql(
      `mutation($id: ID!) { decideExtension(id: $id, approve: true, note: "同意") }`,
      { id: ext.data!.requestExtension },
      await cookie('leader1'),
    );
    expect(ok.errors).toBeUndefined();
    d = await current(id);
    expect(d.referral.clock.limitDays).toBe(r.clock.limitDays + 10);
    expect(d.referral.clock.dueDate > dueBefore).toBe(true);
    expect(d.extensions[0]).toMatchObject({ days: 10, status: 'APPROVED' });
    expect(d.supervisions[0].response).toBe('已入户调查，本周内办结');
  });

  it('the clock sweep marks overdue referrals 镇街督办 and, five working days later, 区县督办 — once each', async () => {
    const { id } = await fresh('ORPHAN', spouse);
    await sign(id);
    const due = (await ownerQuery(`select due_date::text as d from referral where id = $1`, [id]))[0].d;
    const sys = t.system('clock-sweep');
    const dayAfter = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
    // Day after the deadline (calendar): overdue → level 1.
    let res = await runClockSweep(sys, dayAfter(due, 1));
    expect(res.overdue).toBeGreaterThanOrEqual(1);
    expect((await current(id)).referral.escalationLevel).toBe(1);
    res = await runClockSweep(sys, dayAfter(due, 2));
    const again = await ownerQuery(`select count(*)::int as n from outbox_event where aggregate_id = $1 and type = 'referral.overdue'`, [id]);
    expect(again[0].n).toBe(1);
    await runClockSweep(sys, dayAfter(due, 14));
    expect((await current(id)).referral.escalationLevel).toBe(2);
    const esc = await ownerQuery(`select payload from outbox_event where aggregate_id = $1 and type = 'referral.escalated'`, [id]);
    expect(esc).toHaveLength(1);
    expect(esc[0].payload.level).toBe(2);
  });

  it('the department workbench lists its own 待办 sorted by deadline', async () => {
    const res = await t.gql(
      `{ referrals(filter: { mine: true, open: true }) { total items { programCode departmentName mine clock { dueDate paused } } } }`,
      {},
      await cookie('officer'),
    );
    expect(res.errors).toBeUndefined();
    const items = res.data!.referrals.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i: any) => i.mine && i.departmentName === '测试区民政局')).toBe(true);
    const dues = items.filter((i: any) => !i.clock.paused).map((i: any) => i.clock.dueDate);
    expect([...dues].sort()).toEqual(dues);
  });
  it('the supervision board counts open, amber and red referrals by department and town', async () => {
    const { id } = await fresh('DISAB_CARE', spouse);
    // Make it overdue: move its deadline into the past.
    await ownerQuery(`update referral set due_date = current_date - 3, warn_date = current_date - 6 where id = $1`, [id]);
    const res = await t.gql(
      `{ supervisionBoard { asOf byDepartment { name open red amber } byTown { key name open red } items { id clock { level } } } }`,
      {},
      await cookie('leader1'),
    );
    expect(res.errors).toBeUndefined();
    const mz = res.data!.supervisionBoard.byDepartment.find((r: any) => r.name === '测试区民政局');
    expect(mz.red).toBeGreaterThanOrEqual(1);
    expect(res.data!.supervisionBoard.byTown[0]).toMatchObject({ key: AREAS.town1, name: '一镇' });
    expect(res.data!.supervisionBoard.items.map((i: any) => i.id)).toContain(id);
    const red = await t.gql(`{ referrals(filter: { level: "RED" }) { items { id clock { level } } } }`, {}, await cookie('town1'));
    expect(red.data!.referrals.items.map((i: any) => i.id)).toContain(id);
  });
});

describe('pre-applications from informants', () => {
  it('an informant reports a case; it waits in the window queue; the window confirms it into referrals', async () => {
    const pre = await t.gql(
      `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`,
      {
        i: {
          contactName: '钱一',
          contactPhone: '13800001234',
          address: '一镇甲村 3 组',
          areaCode: AREAS.village1a,
          programs: [{ programCode: 'TEMP' }],
          description: '家中失火，急需临时救助',
          urgent: true,
        },
      },
      await cookie('informant1a'),
    );
    expect(pre.errors).toBeUndefined();
    const id = pre.data!.submitPreApplication;
    const raw = await ownerQuery(`select contact from application where id = $1`, [id]);
    expect(JSON.stringify(raw[0].contact)).not.toContain('13800001234');
    const queue = await t.gql(
      `{ applications(filter: { statuses: ["PENDING_CONFIRM"] }) { items { id urgent channelName contact { name phoneMasked } } } }`,
      {},
      await cookie('town1'),
    );
    expect(queue.data!.applications.items[0]).toMatchObject({
      id,
      urgent: true,
      channelName: '信息员报送',
      contact: { name: '钱一', phoneMasked: '138****1234' },
    });
    const windowOnly = await t.gql(`mutation($id: ID!) { rejectPreApplication(id: $id, reason: "x") }`, { id }, await cookie('informant1a'));
    expect(windowOnly.errors![0].extensions!.code).toBe('FORBIDDEN');
    const conf = await t.gql(
      `mutation($id: ID!, $i: ApplicationInput!) { confirmPreApplication(id: $id, input: $i) { receiptNo referralIds } }`,
      {
        id,
        i: {
          householdId: other,
          applicantPersonId: (await ownerQuery(`select person_id from membership where household_id = $1`, [other]))[0].person_id,
          programs: [{ programCode: 'TEMP' }],
          authorizationSigned: true,
        },
      },
      await cookie('town1'),
    );
    expect(conf.errors).toBeUndefined();
    const r = await t.gql(REF, { id: conf.data!.confirmPreApplication.referralIds[0] }, await cookie('town1'));
    // Urgent 临时救助: aid first — one working day.
    expect(r.data!.referral.referral.clock.limitDays).toBe(1);
  });
});

describe('materials and the printed receipt', () => {
  it('uploaded materials are linked to the application; the handling department may download them, another may not', async () => {
    const body = multipart('户口簿.png', PNG, 'image/png');
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': body.contentType, cookie: await t.cookieFor('town1'), [CSRF_HEADER]: '1' },
      payload: body.payload,
    });
    expect(up.statusCode).toBe(201);
    const fileId = up.json().id;
    const res = await t.gql(
      REGISTER,
      {
        i: {
          householdId: other,
          applicantPersonId: (await ownerQuery(`select person_id from membership where household_id = $1`, [other]))[0].person_id,
          programs: [{ programCode: 'MEDICAL' }],
          authorizationSigned: true,
          materials: [
            { name: '户口簿', provided: true, fileIds: [fileId] },
            { name: '医疗费用票据', provided: false },
          ],
        },
      },
      await cookie('town1'),
    );
    expect(res.errors).toBeUndefined();
    const appId = res.data!.registerApplication.id;
    const row = await ownerQuery(`select owner_type, owner_id from stored_file where id = $1`, [fileId]);
    expect(row[0]).toMatchObject({ owner_type: 'application', owner_id: appId });
    const detail = await t.gql(
      `query($id: ID!) { referral(id: $id) { materials { name provided fileIds } } }`,
      { id: res.data!.registerApplication.referralIds[0] },
      await cookie('yibao'),
    );
    expect(detail.data!.referral.materials).toEqual(
      expect.arrayContaining([
        { name: '户口簿', provided: true, fileIds: [fileId] },
        { name: '医疗费用票据', provided: false, fileIds: [] },
      ]),
    );
    const dl = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: { cookie: await t.cookieFor('yibao') } });
    expect(dl.statusCode).toBe(200);
    expect(Buffer.compare(dl.rawPayload, PNG)).toBe(0);
    const otherDept = await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: { cookie: await t.cookieFor('renshe') } });
    expect(otherDept.statusCode).toBe(404);
  });

  it('prints a Chinese receipt PDF with the receipt number and each program; another village cannot', async () => {
    const res = await register([{ programCode: 'ELDER', personId: head }]);
    const { id, receiptNo } = res.data!.registerApplication;
    const pdf = await t.app.inject({ method: 'GET', url: `/api/applications/${id}/receipt.pdf`, headers: { cookie: await t.cookieFor('town1') } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(pdf.rawPayload);
    expect(text).toContain('社会救助申请受理回执');
    expect(text).toContain(receiptNo);
    expect(text).toContain('高龄津贴');
    expect(text).not.toContain('钱一'); // names are masked: 钱*
    const hidden = await t.app.inject({ method: 'GET', url: `/api/applications/${id}/receipt.pdf`, headers: { cookie: await t.cookieFor('village1b') } });
    expect(hidden.statusCode).toBe(404);
  });
});
