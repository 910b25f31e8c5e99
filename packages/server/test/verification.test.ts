import { factsFromLedger, householdFigures, SEED_CATALOGUE } from '@xiejiu/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuthorisation } from '../src/modules/household/authorisation.service';
import { addAsset, setIncome } from '../src/modules/household/household.service';
import { createUser } from '../src/modules/user/user.service';
import { addMonths } from '../src/modules/verification/verification.service';
import { todayCn } from '../src/shared/dates';
import { ref } from './crosscheck-fixture';
import { pdfText } from './file-helpers';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 统一核查 (ADR 0023): refused without an authorisation; data match against the reference datasets (a vehicle
 * found fails the asset test); income computed by the engine (excluded incomes, deductions); maker-checker;
 * the report reused by two departments' referrals; materials covered by the report; re-verification; expiry;
 * scope; the PDF's text.
 */

let t: TestApp;
let hh: string;
let head: string;
let spouse: string;
let reportId: string;
let vid: string;
let dibaoRef: { id: string; version: number };
let employRef: { id: string; version: number };

const today = todayCn();
const incomeMonth = (() => {
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();

/** A harvest month inside the 12 months up to the income month (farming income is averaged over them). */
const harvestMonth = (() => {
  const [y, m] = incomeMonth.split('-').map(Number);
  const t = y * 12 + m - 1 - 3;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
})();

const V_FIELDS = `id no status version dueDate overdue referralId draftedByMe reportId conclusion
  records { method summary dataMatch { queriedAt sources { dataset name status asOf rows } } homeVisit { housing staffNames } }
  computation { proposedConclusion proposedReason evidenceLines missing
    income { month lines { category amountFen counted } deductionFen monthlyIncomeFen countedMembers perCapitaIncomeFen }
    assets { nonExemptVehicles homeCount vehicles { type source } }
    programs { code outcome lines } findings { ruleName } }
  report { id no version valid expired validUntil content { header { reportNo } conclusion { name } sources { name status } } }`;
const START = `mutation($h: ID!, $r: ReferralRefInput) { startHouseholdVerification(householdId: $h, referralRef: $r) { ${V_FIELDS} } }`;
const MATCH = `mutation($id: ID!) { runDataMatch(id: $id) { ${V_FIELDS} } }`;
const RECORD = `mutation($id: ID!, $m: VerificationMethod!, $p: VerificationPayloadInput!) { addVerificationRecord(id: $id, method: $m, payload: $p) { ${V_FIELDS} } }`;
const COMPUTE = `mutation($id: ID!) { computeVerification(id: $id) { ${V_FIELDS} } }`;
const DRAFT = `mutation($id: ID!, $c: VerificationConclusion!, $n: String, $v: Int!) { draftVerification(id: $id, conclusion: $c, note: $n, version: $v) { ${V_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveVerification(id: $id, version: $v) { ${V_FIELDS} } }`;
const RETURN = `mutation($id: ID!, $r: String!, $v: Int!) { returnVerification(id: $id, reason: $r, version: $v) { ${V_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $r: String!) { cancelVerification(id: $id, reason: $r) { id status } }`;
const GET = `query($id: ID!) { verification(id: $id) { ${V_FIELDS} } }`;
const CAN = `query($id: ID!) { verification(id: $id) { viewerCanManage viewerCanApprove } }`;
const LIST = `query($f: VerificationFilterInput) { verifications(filter: $f) { total items { id no status } } }`;
const REFERRAL = `query($id: ID!) { referral(id: $id) { referral { id version status verificationReport { id no valid expired } }
  materials { name required coveredByReport } } }`;
const HOUSEHOLD = `query($id: ID!) { household(id: $id) { id verificationReport { id no valid } } }`;
const REVERIFY = `mutation($r: ReferralRefInput!, $reason: String!) { requestReverification(ref: $r, reason: $reason) { id status referralId } }`;

const as = async (u: string) => ({ cookie: await t.cookieFor(u) });

function code(res: { errors?: Array<{ extensions?: { code?: string } }> }) {
  return res.errors?.[0]?.extensions?.code;
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('verification-test', AREAS.district);
  const [renshe] = await ownerQuery<{ id: string }>(`select id from department where code = 'RENSHE'`);
  await createUser(sys, { username: 'town1b', displayName: '测试town1b', areaCode: AREAS.town1, roles: ['TOWN_WINDOW'], password: PASSWORD });
  await createUser(sys, {
    username: 'renshe',
    displayName: '测试renshe',
    areaCode: AREAS.district,
    roles: ['DEPT_OFFICER'],
    password: PASSWORD,
    departmentId: renshe.id,
  });
  await ownerQuery(`update app_user set must_change_password = false`);
  hh = await household(t, AREAS.village1a, [member('孙大明', '19700101', 'HEAD'), member('孙小红', '19720101', 'SPOUSE', 'F')]);
  const people = await ownerQuery<{ id: string; name: string }>(
    `select p.id, p.name from person p join membership m on m.person_id = p.id where m.household_id = $1`,
    [hh],
  );
  head = people.find((p) => p.name === '孙大明')!.id;
  spouse = people.find((p) => p.name === '孙小红')!.id;
  // Income month: a wage (counted, with the employment-cost deduction) and an excluded income.
  await setIncome(sys, { personId: head, category: 'WAGE', month: incomeMonth, amountFen: 200000 });
  await setIncome(sys, { personId: spouse, category: 'EXCLUDED', month: incomeMonth, amountFen: 50000 });
  await setIncome(sys, { personId: head, category: 'FARMING', month: harvestMonth, amountFen: 960000 });
  await addAsset(sys, { householdId: hh, personId: head, kind: 'DEPOSIT', valueFen: 300000 });
});

afterAll(async () => {
  await t?.close();
});

describe('统一核查', () => {
  it('is refused without a valid authorisation (AUTHORISATION_REQUIRED)', async () => {
    const res = await t.gql(START, { h: hh }, await as('village1a'));
    expect(code(res)).toBe('AUTHORISATION_REQUIRED');
    expect(res.errors![0].message).toContain('授权书');
  });

  it('starts with an authorisation; another village can neither start nor read', async () => {
    await recordAuthorisation(t.system('verification-test', AREAS.district), {
      householdId: hh,
      signedOn: today,
      scope: ['HUKOU', 'VEHICLE', 'REAL_ESTATE', 'BUSINESS', 'BANK'],
      signerPersonIds: [head, spouse],
    });
    const other = await t.gql(START, { h: hh }, await as('village2a'));
    expect(code(other)).toBe('NOT_FOUND');
    const res = await t.gql(START, { h: hh }, await as('village1a'));
    expect(res.errors).toBeUndefined();
    const v = res.data!.startHouseholdVerification;
    vid = v.id;
    expect(v).toMatchObject({ status: 'OPEN', overdue: false, referralId: null });
    expect(v.no).toMatch(/^HC\d{4}101\d{5}$/);
    expect(v.dueDate > today).toBe(true);
    const again = await t.gql(START, { h: hh }, await as('village1a'));
    expect(code(again)).toBe('CONFLICT');
    const read = await t.gql(GET, { id: vid }, await as('village2a'));
    expect(code(read)).toBe('NOT_FOUND');
    const list2a = await t.gql(LIST, {}, await as('village2a'));
    expect(list2a.data!.verifications.total).toBe(0);
    const list = await t.gql(LIST, { f: { status: 'OPEN' } }, await as('town1'));
    expect(list.data!.verifications.items.map((x: { id: string }) => x.id)).toContain(vid);
  });

  it('data match: each reference dataset found / no record with its date; a vehicle fails the asset test', async () => {
    await ref('ref_vehicle', '孙大明', { plate: '渝A12345', vehicle_type: '小型轿车', registered_on: '2024-05-01' });
    await ref('ref_property', '孙大明', { cert_no: '渝2020不动产权第0001号', location: '一镇甲村1号', usage: 'RESIDENTIAL', floor_area: 85.5 });
    const res = await t.gql(MATCH, { id: vid }, await as('village1a'));
    expect(res.errors).toBeUndefined();
    const rec = res.data!.runDataMatch.records.find((r: { method: string }) => r.method === 'DATA_MATCH');
    const sources = rec.dataMatch.sources as Array<{ dataset: string; name: string; status: string; rows: string[] }>;
    expect(sources.length).toBeGreaterThanOrEqual(10);
    const vehicles = sources.find((s) => s.dataset === 'vehicles')!;
    expect(vehicles).toMatchObject({ name: '车辆登记', status: 'FOUND' });
    expect(vehicles.rows[0]).toContain('小型轿车');
    expect(vehicles.rows.join()).not.toContain('渝A12345'); // masked
    expect(sources.find((s) => s.dataset === 'deaths')!.status).toBe('NONE');

    const c = await t.gql(COMPUTE, { id: vid }, await as('village1a'));
    expect(c.errors).toBeUndefined();
    const comp = c.data!.computeVerification.computation;
    expect(comp.assets.nonExemptVehicles).toBe(1);
    expect(comp.assets.vehicles).toContainEqual({ type: 'car', source: 'vehicles' });
    expect(comp.assets.homeCount).toBe(1);
    expect(comp.evidenceLines.join()).toContain('车辆登记');
    const dibao = comp.programs.find((p: { code: string }) => p.code === 'DIBAO');
    expect(dibao.outcome).toBe('INELIGIBLE');
    expect(dibao.lines.join('\n')).toContain('机动车');
  });

  it('income: excluded categories and the deduction as the engine computes them', async () => {
    const res = await t.gql(GET, { id: vid }, await as('town1'));
    const inc = res.data!.verification.computation.income;
    expect(inc.month).toBe(incomeMonth);
    expect(inc.lines).toContainEqual({ category: 'WAGE', amountFen: 200000, counted: true });
    expect(inc.lines).toContainEqual({ category: 'EXCLUDED', amountFen: 50000, counted: false });
    // Farming income: the harvest (¥9,600) averaged over the 12 months up to the income month.
    expect(inc.lines).toContainEqual({ category: 'FARMING', amountFen: 80000, counted: true });
    expect(inc.deductionFen).toBeGreaterThan(0);
    expect(inc.monthlyIncomeFen).toBe(280000 - inc.deductionFen);
    expect(inc.countedMembers).toBe(2);
    expect(inc.perCapitaIncomeFen).toBe(Math.floor((280000 - inc.deductionFen) / 2));
    // The same figures as the engine on the same facts (no arithmetic outside the engine).
    const facts = factsFromLedger(
      {
        household: { residenceType: 'RURAL', areaCode: AREAS.village1a },
        persons: [
          {
            personId: head,
            relation: 'HEAD',
            birthDate: '1970-01-01',
            sex: 'M',
            labourCapacity: null,
            disabilityType: null,
            disabilityGrade: null,
            seriousIllness: null,
            schoolStatus: null,
            employmentStatus: null,
            statuses: [],
            deathDate: null,
          },
          {
            personId: spouse,
            relation: 'SPOUSE',
            birthDate: '1972-01-01',
            sex: 'F',
            labourCapacity: null,
            disabilityType: null,
            disabilityGrade: null,
            seriousIllness: null,
            schoolStatus: null,
            employmentStatus: null,
            statuses: [],
            deathDate: null,
          },
        ],
        incomes: [
          { personId: head, category: 'WAGE', month: `${incomeMonth}-01`, amountFen: 200000 },
          { personId: spouse, category: 'EXCLUDED', month: `${incomeMonth}-01`, amountFen: 50000 },
          { personId: head, category: 'FARMING', month: `${harvestMonth}-01`, amountFen: 960000 },
        ],
        assets: [],
        benefits: [],
      },
      { applicationDate: today },
    );
    const f = householdFigures(facts, SEED_CATALOGUE, today);
    expect(inc.perCapitaIncomeFen).toBe(f.perCapitaIncomeFen);
    expect(inc.deductionFen).toBe(f.income!.deductionFen);
  });

  it('method records are validated per method', async () => {
    const bad = await t.gql(
      RECORD,
      {
        id: vid,
        m: 'HOME_VISIT',
        p: { homeVisit: { visitedOn: today, housing: 'OWN', livingConditions: '一般', staffNames: ['张三'], householdSigned: true } },
      },
      await as('village1a'),
    );
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('2 名');
    const wrong = await t.gql(
      RECORD,
      {
        id: vid,
        m: 'LETTER',
        p: { homeVisit: { visitedOn: today, housing: 'OWN', livingConditions: '一般', staffNames: ['张三', '李四'], householdSigned: true } },
      },
      await as('village1a'),
    );
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    const ok = await t.gql(
      RECORD,
      {
        id: vid,
        m: 'HOME_VISIT',
        p: {
          homeVisit: {
            visitedOn: today,
            housing: 'OWN',
            areaM2: 85.5,
            livingConditions: '住房简陋，家电陈旧',
            staffNames: ['张三', '李四'],
            householdSigned: true,
          },
        },
      },
      await as('village1a'),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addVerificationRecord.records.find((r: { method: string }) => r.method === 'HOME_VISIT').homeVisit.staffNames).toEqual(['张三', '李四']);
  });

  it('maker-checker: the drafter cannot approve; another user issues the report', async () => {
    let v = (await t.gql(GET, { id: vid }, await as('town1'))).data!.verification;
    const drafted = await t.gql(DRAFT, { id: vid, c: 'INELIGIBLE', n: '名下有小型轿车，不符合低保财产条件', v: v.version }, await as('town1'));
    expect(drafted.errors).toBeUndefined();
    v = drafted.data!.draftVerification;
    expect(v).toMatchObject({ status: 'DRAFTED', draftedByMe: true, conclusion: 'INELIGIBLE' });
    // What the console offers: the drafter may still manage but not approve; another window approves.
    expect((await t.gql(CAN, { id: vid }, await as('town1'))).data!.verification).toEqual({ viewerCanManage: true, viewerCanApprove: false });
    expect((await t.gql(CAN, { id: vid }, await as('town1b'))).data!.verification).toEqual({ viewerCanManage: true, viewerCanApprove: true });
    const self = await t.gql(APPROVE, { id: vid, v: v.version }, await as('town1'));
    expect(code(self)).toBe('MAKER_CHECKER');
    expect(self.errors![0].message).toContain('起草人不能复核');
    const village = await t.gql(APPROVE, { id: vid, v: v.version }, await as('village1a'));
    expect(code(village)).toBe('FORBIDDEN');
    // Returned, drafted again, approved by another town window.
    const ret = await t.gql(RETURN, { id: vid, r: '请补充邻里访问情况', v: v.version }, await as('town1b'));
    expect(ret.data!.returnVerification.status).toBe('OPEN');
    const stale = await t.gql(DRAFT, { id: vid, c: 'INELIGIBLE', n: '名下有小型轿车', v: v.version }, await as('town1'));
    expect(code(stale)).toBe('CONFLICT');
    v = (await t.gql(DRAFT, { id: vid, c: 'INELIGIBLE', n: '名下有小型轿车', v: ret.data!.returnVerification.version }, await as('town1'))).data!
      .draftVerification;
    const approved = await t.gql(APPROVE, { id: vid, v: v.version }, await as('town1b'));
    expect(approved.errors).toBeUndefined();
    const a = approved.data!.approveVerification;
    expect(a.status).toBe('APPROVED');
    expect(a.report).toMatchObject({ version: 1, valid: true, expired: false, validUntil: addMonths(today, 6) });
    expect(a.report.no).toMatch(/^HB\d{4}101\d{5}$/);
    expect(a.report.content.conclusion.name).toBe('不符合救助条件');
    reportId = a.report.id;
    const log = await ownerQuery<{ action: string }>(`select action from audit_log where entity_id = $1 order by pos`, [vid]);
    expect(log.map((l) => l.action)).toEqual(
      expect.arrayContaining([
        'verification.started',
        'verification.data_matched',
        'verification.computed',
        'verification.drafted',
        'verification.returned',
        'verification.approved',
      ]),
    );
  });

  it('the report is reused by two departments’ referrals; covered materials are not required', async () => {
    const reg = await t.gql(
      `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id referralIds } }`,
      {
        i: {
          householdId: hh,
          applicantPersonId: head,
          authorizationSigned: true,
          programs: [{ programCode: 'DIBAO' }, { programCode: 'EMPLOY', personId: head }],
          materials: [
            { name: '家庭收入情况说明（工资、经营、财产、转移收入）', programCode: 'DIBAO', provided: false },
            { name: '家庭经济状况核对授权书（共同生活家庭成员签字）', programCode: 'DIBAO', provided: true },
            { name: '居民身份证', provided: true },
          ],
        },
      },
      await as('town1'),
    );
    expect(reg.errors).toBeUndefined();
    const refs = await ownerQuery<{ id: string; version: number; program_code: string }>(
      `select id, version, program_code from referral where household_id = $1`,
      [hh],
    );
    dibaoRef = { id: refs.find((r) => r.program_code === 'DIBAO')!.id, version: refs.find((r) => r.program_code === 'DIBAO')!.version };
    employRef = { id: refs.find((r) => r.program_code === 'EMPLOY')!.id, version: refs.find((r) => r.program_code === 'EMPLOY')!.version };
    const mz = await t.gql(REFERRAL, { id: dibaoRef.id }, await as('officer'));
    expect(mz.errors).toBeUndefined();
    expect(mz.data!.referral.referral.verificationReport).toMatchObject({ id: reportId, valid: true, expired: false });
    const rs = await t.gql(REFERRAL, { id: employRef.id }, await as('renshe'));
    expect(rs.errors).toBeUndefined();
    expect(rs.data!.referral.referral.verificationReport).toMatchObject({ id: reportId, valid: true });
    const mats = mz.data!.referral.materials as Array<{ name: string; required: boolean; coveredByReport: boolean }>;
    expect(mats.find((m) => m.name.startsWith('家庭收入情况说明'))).toMatchObject({ coveredByReport: true, required: false });
    expect(mats.find((m) => m.name.startsWith('家庭经济状况核对授权书'))).toMatchObject({ coveredByReport: false, required: true });
    expect(mats.find((m) => m.name === '居民身份证')).toMatchObject({ coveredByReport: false });
    const byHousehold = await t.gql(HOUSEHOLD, { id: hh }, await as('town1'));
    expect(byHousehold.data!.household.verificationReport).toMatchObject({ id: reportId, valid: true });
  });

  it('PDF: the extracted text holds the household, the figures, the sources with dates and the conclusion', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/verification-reports/${reportId}.pdf`, headers: { cookie: await t.cookieFor('town1') } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(res.rawPayload);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('家庭经济状况核查报告');
    expect(flat).toContain('孙*明');
    expect(flat).toContain('家庭人均月收入');
    expect(flat).toContain('车辆登记');
    expect(flat).toContain('有记录');
    expect(flat).toContain(today);
    expect(flat).toContain('不符合救助条件');
    expect(flat).not.toContain('孙大明');
    const other = await t.app.inject({ method: 'GET', url: `/api/verification-reports/${reportId}.pdf`, headers: { cookie: await t.cookieFor('village2a') } });
    expect(other.statusCode).toBe(404);
    const log = await ownerQuery(`select 1 from audit_log where action = 'verification.report_downloaded' and entity_id = $1`, [reportId]);
    expect(log.length).toBe(1);
  });

  it('a department handling a referral asks for re-verification; the old report stays valid', async () => {
    const wrongDept = await t.gql(REVERIFY, { r: employRef, reason: '申请人称已处置车辆' }, await as('officer'));
    expect(code(wrongDept)).toBe('FORBIDDEN');
    // Signed (办理中) first: asking for a verification puts the referral in 核查中 while the department waits.
    const signed = await t.gql(`mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { id ok } }`, { refs: [employRef] }, await as('renshe'));
    expect(signed.errors).toBeUndefined();
    const [{ version }] = await ownerQuery<{ version: number }>(`select version from referral where id = $1`, [employRef.id]);
    employRef = { id: employRef.id, version };
    const res = await t.gql(REVERIFY, { r: employRef, reason: '申请人称已处置车辆' }, await as('renshe'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.requestReverification).toMatchObject({ status: 'OPEN', referralId: employRef.id });
    const waiting = await t.gql(REFERRAL, { id: employRef.id }, await as('renshe'));
    expect(waiting.data!.referral.referral.status).toBe('VERIFYING');
    // 人社 reads the verification it asked for but does not conduct it (windows and 民政 do).
    const can = await t.gql(CAN, { id: res.data!.requestReverification.id }, await as('renshe'));
    expect(can.data!.verification).toEqual({ viewerCanManage: false, viewerCanApprove: false });
    const h = await t.gql(HOUSEHOLD, { id: hh }, await as('town1'));
    expect(h.data!.household.verificationReport.id).toBe(reportId);
    // Cancelled again, so a 民政 officer can start one from the 低保 referral.
    const cancel = await t.gql(CANCEL, { id: res.data!.requestReverification.id, r: '改由民政部门从转办单发起' }, await as('village1a'));
    expect(cancel.data!.cancelVerification.status).toBe('CANCELLED');
  });

  it('started from a referral by the 民政 officer: linked, the referral moves to 核查中', async () => {
    const sign = await t.gql(`mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { id ok } }`, { refs: [dibaoRef] }, await as('officer'));
    expect(sign.errors).toBeUndefined();
    const [r] = await ownerQuery<{ version: number }>(`select version from referral where id = $1`, [dibaoRef.id]);
    const renshe = await t.gql(START, { h: hh, r: employRef }, await as('renshe'));
    expect(code(renshe)).toBe('FORBIDDEN');
    const res = await t.gql(START, { h: hh, r: { id: dibaoRef.id, version: r.version } }, await as('officer'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.startHouseholdVerification.referralId).toBe(dibaoRef.id);
    const ref2 = await t.gql(REFERRAL, { id: dibaoRef.id }, await as('officer'));
    expect(ref2.data!.referral.referral.status).toBe('VERIFYING');
  });

  it('expiry: after valid_until the referral shows the report expired and materials are asked for again', async () => {
    await ownerQuery(`update verification_report set valid_until = $2 where id = $1`, [reportId, '2026-01-01']);
    await ownerQuery(`update referral set verification_report_id = $1 where id = $2`, [reportId, dibaoRef.id]);
    const res = await t.gql(REFERRAL, { id: dibaoRef.id }, await as('officer'));
    expect(res.data!.referral.referral.verificationReport).toMatchObject({ id: reportId, valid: false, expired: true });
    const mats = res.data!.referral.materials as Array<{ name: string; required: boolean; coveredByReport: boolean }>;
    expect(mats.find((m) => m.name.startsWith('家庭收入情况说明'))).toMatchObject({ coveredByReport: false, required: true });
    const h = await t.gql(HOUSEHOLD, { id: hh }, await as('town1'));
    expect(h.data!.household.verificationReport).toBeNull();
    const emp = await t.gql(REFERRAL, { id: employRef.id }, await as('renshe'));
    expect(emp.data!.referral.referral.verificationReport).toBeNull();
  });
});
