import { previousMonth, SEED_CATALOGUE, withParameterValueAt } from '@xiejiu/rules';
import { householdFacts, memberFacts } from '@xiejiu/rules/src/engine/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordBenefit } from '../src/modules/household/benefit.service';
import { setIncome } from '../src/modules/household/household.service';
import { holderKey, type LedgerHousehold } from '../src/modules/program/ledger-batch';
import { findingsOf, GONE_MEMBER_TRACE } from '../src/modules/program/reassessment.job';
import { compareHousehold, compareSetup } from '../src/modules/program/whatif';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 漏救 per person (issue 12, item 6): programs granted per person (MEMBER) are matched per member, each
 * finding carries the engine's trace, the village window sees and contacts its own village's 疑似漏救.
 *
 *   D  village1a  低保 household (household-level row); 户主 disabled and receives 残疾人生活补贴, 配偶 disabled
 *                 and receives nothing (→ 漏救 for her), 儿子 not disabled but registered as receiving it (→ 复核)
 *   H  village1a  低保 household receiving 残疾人生活补贴 on a household-level row (no person): counts for all
 *   N  village1a  one person, wage 400 元, no 低保 (household program → 漏救 for the household)
 *   B  village1b  低保 household, a disabled member receiving nothing (漏救 in another village)
 */
let t: TestApp;
const ids: Record<string, string> = {};
const persons: Record<string, string> = {};
const incomeMonth = previousMonth(todayCn());

async function people(hh: string): Promise<Array<{ id: string; name: string }>> {
  return ownerQuery(`select p.id, p.name from person p join membership m on m.person_id = p.id where m.household_id = $1 order by p.birth_date`, [hh]);
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  const sys = t.system('missed-test', AREAS.district);
  const benefit = (householdId: string, programCode: string, personId: string | null = null, monthlyAmountFen = 10000) =>
    recordBenefit(sys, { householdId, personId, programCode, status: 'ACTIVE', monthlyAmountFen, source: 'ROSTER' });

  ids.D = await household(t, AREAS.village1a, [
    member('段一', '19700101', 'HEAD', 'M', { disabilityType: 'PHYSICAL', disabilityGrade: 2 }),
    member('邓二', '19720101', 'SPOUSE', 'F', { disabilityType: 'VISUAL', disabilityGrade: 4 }),
    member('段三', '20000101', 'SON'),
  ]);
  const [head, spouse, son] = await people(ids.D);
  Object.assign(persons, { head: head.id, spouse: spouse.id, son: son.id });
  await benefit(ids.D, 'DIBAO', null, 60000);
  await benefit(ids.D, 'DISAB_LIVING', head.id);
  await benefit(ids.D, 'DISAB_LIVING', son.id);

  ids.H = await household(t, AREAS.village1a, [member('韩一', '19650101', 'HEAD', 'M', { disabilityType: 'HEARING', disabilityGrade: 3 })]);
  await benefit(ids.H, 'DIBAO', null, 40000);
  await benefit(ids.H, 'DISAB_LIVING', null);

  ids.N = await household(t, AREAS.village1a, [member('倪一', '19750101', 'HEAD')]);
  const [n] = await people(ids.N);
  await setIncome(sys, { personId: n.id, category: 'WAGE', month: incomeMonth, amountFen: 40000 });

  ids.B = await household(t, AREAS.village1b, [member('白一', '19680101', 'HEAD', 'M', { disabilityType: 'MENTAL', disabilityGrade: 2 })]);
  await benefit(ids.B, 'DIBAO', null, 40000);
});
afterAll(async () => t?.close());

const START = `mutation($p: String!, $a: String) { startReassessment(programCode: $p, areaCode: $a) { id status } }`;
const FIELDS = `id jobId householdId personId memberName memberAge programCode kind kindName benefitStatus beforeOutcome afterOutcome afterAmountFen headName trace
  contactedAt contactedByName contactNote`;
const FINDINGS = `query($id: ID, $k: String, $c: Boolean) {
  reassessmentFindings(jobId: $id, kind: $k, contacted: $c, page: 1, pageSize: 50) { total items { ${FIELDS} } }
}`;
const CONTACT = `mutation($id: ID!, $note: String!) { contactMissedFinding(id: $id, note: $note) { ${FIELDS} } }`;
type Finding = Record<string, any>;

async function reassess(programCode: string, areaCode: string = AREAS.town1): Promise<string> {
  const res = await t.gql(START, { p: programCode, a: areaCode }, { cookie: await t.cookieFor('officer') });
  expect(res.errors).toBeUndefined();
  await t.runJobs();
  return res.data!.startReassessment.id;
}

async function findings(user: string, vars: Record<string, unknown>): Promise<{ total: number; items: Finding[] }> {
  const res = await t.gql(FINDINGS, vars, { cookie: await t.cookieFor(user) });
  expect(res.errors).toBeUndefined();
  return res.data!.reassessmentFindings;
}

async function todos(user: string): Promise<number | null> {
  const res = await t.gql(`{ myTodos { missedToContact } }`, {}, { cookie: await t.cookieFor(user) });
  expect(res.errors).toBeUndefined();
  return res.data!.myTodos.missedToContact;
}

describe('漏救 matched per person (MEMBER programs)', () => {
  let disab: string;

  it('one member receiving 残疾人生活补贴 no longer hides the other: 漏救 for her, 复核 for the son, with the trace', async () => {
    disab = await reassess('DISAB_LIVING');
    const all = await findings('officer', { id: disab });
    const d = all.items.filter((f) => f.householdId === ids.D);
    expect(d.map((f) => [f.personId, f.kind]).sort()).toEqual(
      [
        [persons.spouse, 'MISSED'],
        [persons.son, 'REVIEW'],
      ].sort(),
    );
    const missed = d.find((f) => f.kind === 'MISSED')!;
    expect(missed).toMatchObject({
      kindName: '疑似漏救',
      memberName: '邓*',
      headName: '段*',
      benefitStatus: null,
      beforeOutcome: 'NOT_RECEIVING',
      afterOutcome: 'ELIGIBLE',
      contactedAt: null,
    });
    expect(missed.memberAge).toBeGreaterThanOrEqual(53);
    expect(missed.afterAmountFen).toBeGreaterThan(0);
    // The evidence: the household part and her own lines only, in Chinese, never another member's.
    expect(missed.trace[0]).toMatch(/^本户为低保家庭：满足/);
    expect(missed.trace.filter((l: string) => /^成员 /.test(l))).toEqual([expect.stringMatching(/^成员 邓\*（配偶）：符合$/)]);
    expect(missed.trace.join('\n')).toMatch(/持有残疾人证/);
    expect(missed.trace.join('\n')).not.toMatch(/段/);
    expect(missed.trace.length).toBeLessThanOrEqual(20);
    const review = d.find((f) => f.kind === 'REVIEW')!;
    expect(review).toMatchObject({ memberName: '段*', beforeOutcome: 'RECEIVING', afterOutcome: 'INELIGIBLE', benefitStatus: 'ACTIVE' });
    expect(review.trace.filter((l: string) => /^成员 /.test(l))).toEqual([expect.stringMatching(/^成员 段\*.*：不符合$/)]);
    // A household-level row of a per-person program counts for every member (as before).
    expect(all.items.filter((f) => f.householdId === ids.H)).toEqual([]);
    // Village 1b's household (in town 1) is found too.
    expect(all.items.filter((f) => f.householdId === ids.B).map((f) => f.kind)).toEqual(['MISSED']);
    const [row] = await ownerQuery(`select count(*)::int as n from reassessment_finding where job_id = $1 and person_id is null`, [disab]);
    expect(row.n).toBe(0);
  });

  it('household programs are still matched per household: one 低保 漏救 without a member, with its trace', async () => {
    const dibao = await reassess('DIBAO', AREAS.village1a);
    const all = await findings('village1a', { id: dibao });
    const n = all.items.filter((f) => f.householdId === ids.N);
    expect(n).toHaveLength(1);
    expect(n[0]).toMatchObject({ kind: 'MISSED', personId: null, memberName: null, memberAge: null, afterOutcome: 'ELIGIBLE', beforeOutcome: 'NOT_RECEIVING' });
    expect(n[0].trace.join('\n')).toMatch(/[\u4e00-\u9fa5]/);
    expect(n[0].trace.join('\n')).toMatch(/估算月发放金额/);
    // The trace shows the household's income: 民政 is not involved with N (no benefit, no referral), so it gets none.
    const officer = (await findings('officer', { id: dibao })).items.find((f) => f.householdId === ids.N)!;
    expect(officer).toMatchObject({ kind: 'MISSED', trace: [] });
    // D and H hold 低保 on household rows: no 漏救.
    expect(all.items.filter((f) => f.householdId === ids.D || f.householdId === ids.H).map((f) => f.kind)).not.toContain('MISSED');
  });

  it('a village window sees its own village’s 漏救, not another village’s (list and RLS)', async () => {
    const a = await findings('village1a', { id: disab, k: 'MISSED' });
    expect(a.items.map((f) => f.householdId)).toEqual([ids.D]);
    const b = await findings('village1b', { id: disab, k: 'MISSED' });
    expect(b.items.map((f) => f.householdId)).toEqual([ids.B]);
    // Without a job: every job's open cases of the caller's village.
    const open = await findings('village1b', { k: 'MISSED', c: false });
    expect(open.items.map((f) => f.householdId)).toEqual([ids.B]);
    const other = await findings('village2a', { k: 'MISSED' });
    expect(other.total).toBe(0);
    // Departments other than the owner see none; an account without household.read is refused.
    const none = await t.gql(FINDINGS, { id: disab }, { cookie: await t.cookieFor('norights') });
    expect(none.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('工作台: 疑似漏救待联系 counts the open cases of the village, each once over repeated jobs', async () => {
    expect(await todos('village1a')).toBe(2); // D's spouse (残疾人生活补贴), N (低保)
    expect(await todos('village1b')).toBe(1);
    expect(await todos('village2a')).toBe(0);
    expect(await todos('town1')).toBe(3);
    expect(await todos('officer')).toBeNull();
    expect(await todos('joint')).toBeNull();
    await reassess('DISAB_LIVING'); // finds the same cases again
    expect(await todos('village1a')).toBe(2);
    const open = await findings('village1a', { k: 'MISSED', c: false });
    expect(open.total).toBe(2);
  });

  it('contactMissedFinding: only 漏救, only in the window’s village, a note required; logged; the case then counts as contacted', async () => {
    const [missed] = (await findings('village1a', { id: disab, k: 'MISSED' })).items;
    const [review] = (await findings('village1a', { id: disab, k: 'REVIEW' })).items;
    const v1a = await t.cookieFor('village1a');

    const other = await t.gql(CONTACT, { id: missed.id, note: '已电话联系' }, { cookie: await t.cookieFor('village1b') });
    expect(other.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: '复核结果不存在或不在您的管辖范围内' });
    const officer = await t.gql(CONTACT, { id: missed.id, note: '已电话联系' }, { cookie: await t.cookieFor('officer') });
    expect(officer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const empty = await t.gql(CONTACT, { id: missed.id, note: ' ' }, { cookie: v1a });
    expect(empty.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'note' }, message: '请填写联系情况（至少 2 个字）' });
    const long = await t.gql(CONTACT, { id: missed.id, note: '联'.repeat(301) }, { cookie: v1a });
    expect(long.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'note' } });
    const notMissed = await t.gql(CONTACT, { id: review.id, note: '已电话联系' }, { cookie: v1a });
    expect(notMissed.errors![0]).toMatchObject({ extensions: { code: 'INVALID_STATE' }, message: '只有疑似漏救可以标记已联系' });

    const ok = await t.gql(CONTACT, { id: missed.id, note: '已入户告知申请残疾人生活补贴' }, { cookie: v1a });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.contactMissedFinding).toMatchObject({ id: missed.id, contactedByName: '测试village1a', contactNote: '已入户告知申请残疾人生活补贴' });
    expect(ok.data!.contactMissedFinding.contactedAt).toBeTruthy();

    const again = await t.gql(CONTACT, { id: missed.id, note: '再次联系' }, { cookie: v1a });
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    expect(again.errors![0].message).toMatch(/已由测试village1a标记已联系/);

    const logs = await ownerQuery(`select actor_name, entity_type, entity_id, diff from audit_log where action = 'reassessment.contacted'`);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ actor_name: '测试village1a', entity_type: 'household', entity_id: ids.D });
    expect(logs[0].diff.detail).toMatchObject({ findingId: missed.id, programCode: 'DISAB_LIVING', personId: persons.spouse });
    const [row] = await ownerQuery(`select version, contacted_by_name from reassessment_finding where id = $1`, [missed.id]);
    expect(row).toMatchObject({ version: 2, contacted_by_name: '测试village1a' });

    // The case is contacted: the later job's finding of it shows the contact and is no longer 待联系.
    expect(await todos('village1a')).toBe(1);
    const latest = (await findings('village1a', { k: 'MISSED', c: true })).items;
    expect(latest).toHaveLength(1);
    expect(latest[0]).toMatchObject({ personId: persons.spouse, contactNote: '已入户告知申请残疾人生活补贴' });
    expect(latest[0].jobId).not.toBe(disab);
    const twice = await t.gql(CONTACT, { id: latest[0].id, note: '再次联系' }, { cookie: v1a });
    expect(twice.errors![0].extensions!.code).toBe('INVALID_STATE');
  });
});

describe('findingsOf (pure): parameter jobs and members who are gone', () => {
  const date = '2026-06-15';
  // 高龄津贴 from 75 instead of 80: two members aged 77 and 78, the older one already receiving it.
  const after = withParameterValueAt(SEED_CATALOGUE, 'ELDER.age_min', date, 75);
  const setup = compareSetup(SEED_CATALOGUE, after, date, ['ELDER'], ['ELDER.age_min']);
  const facts = householdFacts({
    members: [memberFacts({ personId: 'a', birthDate: '1949-01-01' }), memberFacts({ personId: 'b', relation: 'SPOUSE', birthDate: '1948-01-01' })],
  });
  const hh = (holders: Array<[string | null, string]>): LedgerHousehold => ({
    id: 'h',
    areaCode: AREAS.village1a,
    headName: null,
    facts,
    holding: new Map(holders.length ? [['ELDER', holders[0][1]]] : []),
    holders: new Map(holders.map(([p, s]) => [holderKey('ELDER', p), s])),
  });

  it('PARAMETER: each newly eligible member not holding the program is 漏救, with before/after per member', () => {
    const h = hh([['b', 'ACTIVE']]);
    const f = findingsOf(h, compareHousehold(h.facts, setup), setup.programs, 'PARAMETER');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ personId: 'a', kind: 'MISSED', beforeOutcome: 'INELIGIBLE', afterOutcome: 'ELIGIBLE', benefitStatus: null });
    expect(f[0].afterAmountFen).toBeGreaterThan(0);
    expect(f[0].trace.some((l) => /^成员 a.*：符合$/.test(l))).toBe(true);
    // A household-level row counts for both members: nothing missed.
    const all = hh([[null, 'ACTIVE']]);
    expect(findingsOf(all, compareHousehold(all.facts, setup), setup.programs, 'PARAMETER')).toEqual([]);
    // An application in progress (APPLYING) holds it too — for that member only.
    const applying = hh([['a', 'APPLYING']]);
    expect(findingsOf(applying, compareHousehold(applying.facts, setup), setup.programs, 'PARAMETER').map((x) => x.personId)).toEqual(['b']);
  });

  it('ON_DEMAND: a person still receiving who is no longer a living member is 复核', () => {
    const today = compareSetup(SEED_CATALOGUE, SEED_CATALOGUE, date, ['ELDER'], []);
    const h = hh([['gone', 'ACTIVE']]);
    const f = findingsOf(h, compareHousehold(h.facts, today), today.programs, 'ON_DEMAND');
    expect(f).toEqual([
      expect.objectContaining({ personId: 'gone', kind: 'REVIEW', beforeOutcome: 'RECEIVING', afterOutcome: 'INELIGIBLE', trace: [GONE_MEMBER_TRACE] }),
    ]);
  });
});
