import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setIncome } from '../src/modules/household/household.service';
import { runCrosscheckRules, type RuleOutcome } from '../src/modules/crosscheck/crosscheck.engine';
import { RULES } from '../src/modules/crosscheck/rules';
import { todayCn } from '../src/shared/dates';
import { previousMonth } from '@xiejiu/rules';
import { AREAS, hangGuard, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';
import { clearReferenceData, daysFrom, findingsOf, monthsBefore, personal, recipient, ref, yearsBefore } from './crosscheck-fixture';

/**
 * Every rule on a hand-built ledger: a planted case (“P…”) found and a near miss (“N…”) not flagged.
 * Names are unique; one-person rural households receiving 低保 unless said otherwise.
 */
let t: TestApp;
const today = todayCn();
const payMonth = `${today.slice(0, 7)}-01`;
let outcomes: Map<number, RuleOutcome>;

beforeAll(async () => {
  await resetDatabase();
  await clearReferenceData();
  t = await TestApp.open();
  await seedFixture(t);

  // 1 death before the pay month / in the current pay month
  await recipient(t, '甲死亡');
  await recipient(t, '乙死亡');
  await ref('ref_death', '甲死亡', { death_date: daysFrom(payMonth, -40), source: '公安' });
  await ref('ref_death', '乙死亡', { death_date: payMonth, source: '殡葬' });
  // 2 payroll active / ended
  await recipient(t, '丙供养');
  await recipient(t, '丁供养');
  await ref('ref_payroll', '丙供养', { employer: '某局', monthly_pay_fen: 600000, from_date: '2020-01-01', to_date: null });
  await ref('ref_payroll', '丁供养', { employer: '某局', monthly_pay_fen: 600000, from_date: '2010-01-01', to_date: '2019-12-31' });
  // 3 car / motorcycle
  await recipient(t, '戊有车');
  await recipient(t, '己摩托');
  await ref('ref_vehicle', '戊有车', { plate: '渝A12345', vehicle_type: '小型轿车', registered_on: '2021-03-01' });
  await ref('ref_vehicle', '己摩托', { plate: '渝A6789', vehicle_type: '二轮摩托车', registered_on: '2021-03-01' });
  // 4 two homes / one home
  await recipient(t, '庚两房');
  await recipient(t, '辛一房');
  for (const cert of ['房1', '房2'])
    await ref('ref_property', '庚两房', { cert_no: cert, location: null, usage: 'RESIDENTIAL', floor_area: 80, registered_on: null });
  await ref('ref_property', '辛一房', { cert_no: '房3', location: null, usage: 'RESIDENTIAL', floor_area: 80, registered_on: null });
  // 5 capital over the limit / shareholder under it / cancelled company
  await recipient(t, '壬股东');
  await recipient(t, '癸小股');
  const biz = (code: string, role: string, capital: number, status: string) => ({
    credit_code: code,
    company: `公司${code}`,
    role,
    capital_fen: capital,
    reg_status: status,
    established_on: null,
  });
  await ref('ref_business', '壬股东', biz('91500000000000001A', 'SHAREHOLDER', 20_000_000, 'ACTIVE'));
  await ref('ref_business', '癸小股', biz('91500000000000002A', 'SHAREHOLDER', 5_000_000, 'ACTIVE'));
  await ref('ref_business', '癸小股', biz('91500000000000003A', 'SHAREHOLDER', 50_000_000, 'CANCELLED'));
  // 6 deposits over 24 × standard / under
  await recipient(t, '子存款');
  await recipient(t, '丑存款');
  await ref('ref_income', '子存款', { category: 'DEPOSIT', amount_fen: 50_000_000, as_of: daysFrom(today, -10), source: '某银行' });
  await ref('ref_income', '丑存款', { category: 'DEPOSIT', amount_fen: 1_000_000, as_of: daysFrom(today, -10), source: '某银行' });
  // 7 特困 + 低保 / 特困 alone
  const tk = await recipient(t, '寅特困', { birth: '1950-01-01' });
  await personal(t, tk.household, tk.person, 'TEKUN');
  const tk2 = await recipient(t, '卯特困', { birth: '1950-01-01', dibao: null });
  await personal(t, tk2.household, tk2.person, 'TEKUN');
  // 8 roster conflict of a recipient / of a person whose benefit stopped
  const c1 = await recipient(t, '辰两户');
  const c2 = await recipient(t, '巳两户');
  await ownerQuery(`update benefit set status = 'STOPPED' where id = $1`, [c2.benefit]);
  for (const c of [c1, c2]) {
    await ownerQuery(
      `insert into roster_conflict (id, batch_id, line, kind, person_id, household_id, listed_head_bidx, listed_area_code, program_code, area_code)
       values (gen_random_uuid(), gen_random_uuid(), 1, 'OTHER_HOUSEHOLD', $1, $2, 'x', '500200101201', 'DIBAO', $3)`,
      [c.person, c.household, AREAS.village1a],
    );
  }
  // 9 moved out after joining / a stale record from before
  await recipient(t, '午迁出');
  await recipient(t, '未旧迁');
  await ref('ref_hukou', '午迁出', { change_type: 'MOVED_OUT', changed_on: today, destination: '外省某市' });
  await ref('ref_hukou', '未旧迁', { change_type: 'MOVED_OUT', changed_on: '2015-01-01', destination: '外省某市' });
  // 10 in prison now / prison ended
  await recipient(t, '申服刑');
  await recipient(t, '酉刑满');
  await ref('ref_status', '申服刑', { status_kind: 'PRISON', cert_no: null, grade: null, from_date: '2025-01-01', to_date: null, area_code: null });
  await ref('ref_status', '酉刑满', { status_kind: 'PRISON', cert_no: null, grade: null, from_date: '2024-01-01', to_date: '2025-06-30', area_code: null });
  // 11 cadre in a recipient household / cadre in a household without benefits
  const cadreHh = await recipient(t, '戌受助');
  await t.system('crosscheck-test', AREAS.district).tx(async () => {
    const { addMember } = await import('../src/modules/household/household.service');
    await addMember(t.system('crosscheck-test', AREAS.district), cadreHh.household, member('亥村干', '19800101', 'SON'));
  });
  await recipient(t, '甲村干', { dibao: null });
  await ref('ref_cadre', '亥村干', { position: '村委会主任', organisation: '一镇甲村', area_code: AREAS.village1a });
  await ref('ref_cadre', '甲村干', { position: '村委会委员', organisation: '一镇甲村', area_code: AREAS.village1a });
  // 12 started 8 months ago / 5 months ago
  await recipient(t, '乙久未', { start: monthsBefore(today, 8) });
  await recipient(t, '丙近审', { start: monthsBefore(today, 5) });
  // 13 特困 minor now 18 / 16½ and in school
  const m1 = await recipient(t, '丁成年', { birth: yearsBefore(today, 18, 20), dibao: null });
  await personal(t, m1.household, m1.person, 'TEKUN', 10000, yearsBefore(today, 3));
  const m2hh = await household(t, AREAS.village1a, [
    member('戊家长', '19800101', 'HEAD'),
    member('戊在学', yearsBefore(today, 16, 180).replace(/-/g, ''), 'SON', 'M', { schoolStatus: 'SENIOR' }),
  ]);
  const [m2] = await ownerQuery<{ id: string }>(`select id from person where name = '戊在学'`);
  await personal(t, m2hh, m2.id, 'TEKUN', 10000, yearsBefore(today, 3));
  // 14 another name for the same ID / the same name
  await recipient(t, '己身份');
  await recipient(t, '庚身份');
  await ref('ref_medical', '己身份', { year: 2025, total_fen: 100, self_pay_fen: 10 }, '己身分');
  await ref('ref_medical', '庚身份', { year: 2025, total_fen: 100, self_pay_fen: 10 });
  // 15 amount 500.00 where 470.00 is due / 475.00 (within 10.00)
  const a1 = await recipient(t, '辛金额', { dibao: 50000 });
  const a2 = await recipient(t, '壬金额', { dibao: 47500 });
  const sys = t.system('crosscheck-test', AREAS.district);
  for (const a of [a1, a2]) await setIncome(sys, { personId: a.person, category: 'WAGE', month: previousMonth(today), amountFen: 20000 });
  // a department-owned benefit of another department (人社) for the scoping tests lives in crosscheck-review.test.ts

  const result = await runCrosscheckRules(t.system('crosscheck-test'));
  outcomes = new Map(result.rules.map((o) => [o.no, o]));
}, hangGuard(120_000));

afterAll(async () => {
  await t?.close();
});

const names = async (rule: number) => (await findingsOf(rule)).map((f) => f.person_name);

describe('cross-check rules: planted cases found, near misses not flagged', () => {
  it('runs all 15 rules and counts what it found', () => {
    expect([...outcomes.keys()]).toEqual(RULES.map((r) => r.no));
    for (const o of outcomes.values()) expect(o.new).toBe(o.found);
  });

  it.each([
    [1, ['甲死亡'], ['乙死亡']],
    [2, ['丙供养'], ['丁供养']],
    [3, ['戊有车'], ['己摩托']],
    [4, ['庚两房'], ['辛一房']],
    [5, ['壬股东'], ['癸小股']],
    [6, ['子存款'], ['丑存款']],
    [7, ['寅特困'], ['卯特困']],
    [8, ['辰两户'], ['巳两户']],
    [9, ['午迁出'], ['未旧迁']],
    [10, ['申服刑'], ['酉刑满']],
    [11, ['亥村干'], ['甲村干']],
    [12, ['乙久未'], ['丙近审']],
    [13, ['丁成年'], ['戊在学']],
    [14, ['己身份'], ['庚身份']],
    [15, ['辛金额'], ['壬金额']],
  ])('rule %i', async (rule, found, missed) => {
    const got = await names(rule);
    for (const n of found) expect(got, `rule ${rule} finds ${n}`).toContain(n);
    for (const n of missed) expect(got, `rule ${rule} skips ${n}`).not.toContain(n);
  });

  it('stores evidence in Chinese with its sources, never a plaintext ID number', async () => {
    const [f] = await ownerQuery(
      `select f.evidence, f.summary, f.id_masked, f.due_date::text as due, p.id_enc from finding f join person p on p.id = f.person_id where f.rule_no = 1`,
    );
    expect(f.summary).toContain('死亡日期');
    expect(f.evidence.lines.map((l: { label: string }) => l.label)).toContain('死亡信息来源');
    expect(f.evidence.sources[0]).toMatchObject({ dataset: 'deaths' });
    expect(f.id_masked).toMatch(/\*{4,}/);
    const ids = await ownerQuery(`select id_enc from person`);
    const text = JSON.stringify(await ownerQuery(`select evidence, summary from finding`));
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(ids.length).toBeGreaterThan(10);
    expect(f.due > today).toBe(true);
  });

  it('a cadre finding names the beneficiary household and asks for a district home visit', async () => {
    const [f] = await findingsOf(11);
    expect(f.summary).toContain('入户核查');
  });

  it('a second run changes nothing; a dismissed finding stays dismissed until its facts change', async () => {
    const again = await runCrosscheckRules(t.system('crosscheck-test'));
    for (const o of again.rules) {
      expect(o.new, `rule ${o.no}`).toBe(0);
      expect(o.resolved, `rule ${o.no}`).toBe(0);
    }
    const [car] = await findingsOf(3);
    await ownerQuery(`update finding set status = 'DISMISSED', reason = '车辆已过户' where id = $1`, [car.id]);
    const third = await runCrosscheckRules(t.system('crosscheck-test'), { only: [3] });
    expect(third.rules[0]).toMatchObject({ new: 0, resolved: 0, unchanged: 1 });
    expect((await findingsOf(3))[0]).toMatchObject({ id: car.id, status: 'DISMISSED' });

    await ref('ref_vehicle', '戊有车', { plate: '渝B00001', vehicle_type: '小型越野客车', registered_on: '2024-03-01' });
    const fourth = await runCrosscheckRules(t.system('crosscheck-test'), { only: [3] });
    expect(fourth.rules[0]).toMatchObject({ new: 1 });
    const [now] = await findingsOf(3);
    expect(now.status).toBe('PENDING');
    expect(now.id).not.toBe(car.id);
    const [old] = await ownerQuery(`select status, is_current from finding where id = $1`, [car.id]);
    expect(old).toEqual({ status: 'DISMISSED', is_current: false });
  });

  it('a pending finding whose facts vanished before the review is resolved', async () => {
    await ownerQuery(`update ref_payroll set to_date = $1 where name = '丙供养'`, [daysFrom(today, -1)]);
    const r = await runCrosscheckRules(t.system('crosscheck-test'), { only: [2] });
    expect(r.rules[0]).toMatchObject({ found: 0, resolved: 1 });
    const [f] = await ownerQuery(`select status, reason, is_current from finding where rule_no = 2`);
    expect(f).toMatchObject({ status: 'RESOLVED', is_current: true });
    expect(f.reason).toContain('消失');
  });

  it('leaves no scratch rows behind: the table is emptied, but the rows of a run still going are kept', async () => {
    const scratch = () => ownerQuery<{ run_id: string; n: number }>(`select run_id, count(*)::int as n from crosscheck_recipient group by run_id`);
    await runCrosscheckRules(t.system('crosscheck-test'), { only: [3] });
    expect(await scratch()).toEqual([]);

    // Another run (started an hour ago, still going) and one that died two days ago: copy a row of each.
    const [r] = await ownerQuery<{ id: string }>(`select id from person limit 1`);
    const fake = (runId: string, age: string) =>
      ownerQuery(
        `insert into crosscheck_recipient (run_id, person_id, id_bidx, person_name, id_masked, birth_date, statuses, head, counts, benefit_id,
                                           household_id, program_code, department_id, area_code, monthly_amount_fen, status, benefit_created_at,
                                           residence_type, created_at)
         select $1::uuid, p.id, p.id_bidx, p.name, p.id_masked, p.birth_date, p.statuses, true, true, b.id, b.household_id, b.program_code,
                b.department_id, b.area_code, 0, b.status, b.created_at, 'RURAL', now() - $2::interval
           from person p join benefit b on b.household_id = p.household_id where p.id = $3 limit 1`,
        [runId, age, r.id],
      );
    const going = '00000000-0000-4000-8000-000000000001';
    const dead = '00000000-0000-4000-8000-000000000002';
    await fake(going, '1 hour');
    await fake(dead, '2 days');
    const during = await runCrosscheckRules(t.system('crosscheck-test'), { only: [3] });
    expect(during.rules[0]).toMatchObject({ found: 1 });
    expect(await scratch()).toEqual([{ run_id: going, n: 1 }]);
    await ownerQuery(`delete from crosscheck_recipient`);
  });

  it('records every run per rule with its counts and time', async () => {
    const runs = await ownerQuery(`select rule_no, found, new, unchanged, resolved, ms from crosscheck_run order by created_at`);
    expect(runs.length).toBeGreaterThanOrEqual(30);
    expect(runs[0]).toHaveProperty('ms');
    const [log] = await ownerQuery(`select actor_name, diff from audit_log where action = 'crosscheck.finished' order by pos limit 1`);
    expect(log.actor_name).toBe('系统(crosscheck)');
  });
});
