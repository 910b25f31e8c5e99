import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 主动发现 (政策找人, modules/discovery, issue #15 item 4): on planted reference data and ledger households the
 * rules create exactly the expected visit tasks — and none for the near misses beside them; a second run adds
 * nothing; the village records outcomes; scoping and counts.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });
const err = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions ?? {};
const TODAY = '2026-12-10';

const bidx = async (name: string) => (await ownerQuery<{ id_bidx: string; id: string }>(`select id, id_bidx from person where name = $1`, [name]))[0];

async function ref(table: string, name: string, cols: Record<string, unknown>) {
  const p = await bidx(name);
  const keys = Object.keys(cols);
  await ownerQuery(
    `insert into ${table} (id, batch_id, line, id_bidx, id_enc, name, ${keys.join(', ')}) values ($1, $2, 1, $3, 'x', $4, ${keys.map((_, i) => `$${i + 5}`).join(', ')})`,
    [randomUUID(), randomUUID(), p.id_bidx, name, ...Object.values(cols)],
  );
}

async function benefit(name: string, program: string) {
  const p = await bidx(name);
  const [m] = await ownerQuery<{ household_id: string; area_code: string }>(
    `select household_id, area_code from membership where person_id = $1 and to_date is null`,
    [p.id],
  );
  const [d] = await ownerQuery<{ id: string }>(`select id from department where code = 'MINZHENG'`);
  await ownerQuery(
    `insert into benefit (id, household_id, person_id, area_code, program_code, status, monthly_amount_fen, start_date, source, department_id, created_at, updated_at)
     values ($1, $2, $3, $4, $5, 'ACTIVE', 10000, '2026-01-01', 'ROSTER', $6, now(), now())`,
    [randomUUID(), m.household_id, p.id, m.area_code, program, d.id],
  );
}

const TASKS = `query($s: VisitStatus, $r: String) { visitTasks(status: $s, ruleCode: $r, pageSize: 100) { total items {
  id ruleCode ruleName personName headName areaCode summary lines { label value } dueDate overdue status outcome version } } }`;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  t.runtime.clock = () => new Date(`${TODAY}T04:00:00Z`);

  // 大额医疗自付: 甲家 is monitored (a member in the status roster) — 甲一 paid 25000 元 himself this year → a task;
  // 甲二 15000 元 → none. 乙家 is not monitored: 30000 元 → none. 丙家 monitored, 30000 元 but already 医疗救助 → none.
  await household(t, AREAS.village1a, [member('甲一', '19700101', 'HEAD'), member('甲二', '19720202', 'SPOUSE', 'F')]);
  await household(t, AREAS.village1a, [member('乙一', '19700303', 'HEAD')]);
  await household(t, AREAS.village1b, [member('丙一', '19700404', 'HEAD'), member('丙二', '19720505', 'SPOUSE', 'F')]);
  await ref('ref_status', '甲二', { status_kind: 'MONITOR', from_date: '2025-01-01' });
  await ref('ref_status', '丙二', { status_kind: 'TUOPIN', from_date: '2025-01-01' });
  await ref('ref_medical', '甲一', { year: 2026, total_fen: 6_000_000, self_pay_fen: 2_500_000 });
  await ref('ref_medical', '甲二', { year: 2026, total_fen: 4_000_000, self_pay_fen: 1_500_000 });
  await ref('ref_medical', '乙一', { year: 2026, total_fen: 9_000_000, self_pay_fen: 3_000_000 });
  await ref('ref_medical', '丙一', { year: 2026, total_fen: 9_000_000, self_pay_fen: 3_000_000 });
  await benefit('丙一', 'MEDICAL');

  // 新办残疾人证: 丁一 got a certificate on 2026-11-01 → a task; 丁二 in January → none; 戊一 recently but already 两项补贴 → none.
  await household(t, AREAS.village2a, [member('丁一', '19800606', 'HEAD'), member('丁二', '19820707', 'SPOUSE', 'F')]);
  await household(t, AREAS.village2a, [member('戊一', '19800808', 'HEAD')]);
  await ref('ref_status', '丁一', { status_kind: 'DISABLED', grade: 2, from_date: '2026-11-01' });
  await ref('ref_status', '丁二', { status_kind: 'DISABLED', grade: 3, from_date: '2026-01-15' });
  await ref('ref_status', '戊一', { status_kind: 'DISABLED', grade: 1, from_date: '2026-11-20' });
  await benefit('戊一', 'DISAB_CARE');

  // 主要劳动力死亡: 己一 (45) died on 2026-11-20 with a wife and child at home → a task; 庚一 (76) → none; 辛一 (40) lived alone → none.
  await household(t, AREAS.village1b, [member('己一', '19810909', 'HEAD'), member('己二', '19831010', 'SPOUSE', 'F'), member('己三', '20101111', 'SON')]);
  await household(t, AREAS.village1b, [member('庚一', '19500101', 'HEAD'), member('庚二', '19520101', 'SPOUSE', 'F')]);
  await household(t, AREAS.village1a, [member('辛一', '19860101', 'HEAD')]);
  await ref('ref_death', '己一', { death_date: '2026-11-20', source: '公安' });
  await ref('ref_death', '庚一', { death_date: '2026-11-25', source: '殡葬' });
  await ref('ref_death', '辛一', { death_date: '2026-11-28', source: '公安' });

  // 低保边缘家庭成员失业: 壬家 is 低保边缘 (the head's benefit) — 壬二 registered on 2026-11-15, not ended → a task;
  // 癸家 is 低保边缘 too — 癸一 found work again (ended 2026-12-01), 癸二 registered in May → none; 子一's household is
  // not 低保边缘 → none; 丑家 is 低保边缘 but already 低保 → none.
  await household(t, AREAS.village2a, [member('壬一', '19840101', 'HEAD'), member('壬二', '19870303', 'SPOUSE', 'F')]);
  await household(t, AREAS.village2a, [member('癸一', '19830101', 'HEAD'), member('癸二', '19850202', 'SPOUSE', 'F')]);
  await household(t, AREAS.village1a, [member('子一', '19880101', 'HEAD')]);
  await household(t, AREAS.village1b, [member('丑一', '19890101', 'HEAD')]);
  await benefit('壬一', 'DIBAO_EDGE');
  await benefit('癸一', 'DIBAO_EDGE');
  await benefit('丑一', 'DIBAO_EDGE');
  await benefit('丑一', 'DIBAO');
  await ref('ref_unemployment', '壬二', { registered_on: '2026-11-15', agency: '某某街道社保所' });
  await ref('ref_unemployment', '癸一', { registered_on: '2026-11-10', ended_on: '2026-12-01' });
  await ref('ref_unemployment', '癸二', { registered_on: '2026-05-01' });
  await ref('ref_unemployment', '子一', { registered_on: '2026-11-12' });
  await ref('ref_unemployment', '丑一', { registered_on: '2026-11-12' });
});
afterAll(async () => t?.close());

describe('政策找人: rules → visit tasks', () => {
  it('creates exactly the expected tasks, each for the household’s village with a deadline in 10 working days', async () => {
    const run = await t.gql(`mutation { runDiscovery { code found created } }`, {}, await as('town1'));
    expect(run.errors).toBeUndefined();
    expect(run.data!.runDiscovery).toEqual([
      { code: 'MEDICAL_BURDEN', found: 1, created: 1 },
      { code: 'NEW_DISABILITY', found: 1, created: 1 },
      { code: 'EARNER_DEATH', found: 1, created: 1 },
      { code: 'UNEMPLOYED', found: 1, created: 1 },
      { code: 'MISSED', found: 0, created: 0 },
    ]);
    const rows = await ownerQuery<{ rule_code: string; name: string; area_code: string; due_date: string; summary: string }>(
      `select v.rule_code, p.name, v.area_code, v.due_date::text as due_date, v.summary from visit_task v join person p on p.id = v.person_id order by v.rule_code`,
    );
    expect(rows.map((r) => [r.rule_code, r.name, r.area_code, r.due_date])).toEqual([
      ['EARNER_DEATH', '己一', AREAS.village1b, '2026-12-24'],
      ['MEDICAL_BURDEN', '甲一', AREAS.village1a, '2026-12-24'],
      ['NEW_DISABILITY', '丁一', AREAS.village2a, '2026-12-24'],
      ['UNEMPLOYED', '壬二', AREAS.village2a, '2026-12-24'],
    ]);
    expect(rows.find((r) => r.rule_code === 'MEDICAL_BURDEN')!.summary).toContain('25000.00 元');
    expect(rows.find((r) => r.rule_code === 'EARNER_DEATH')!.summary).toContain('45 岁');
    expect(rows.find((r) => r.rule_code === 'UNEMPLOYED')!.summary).toBe('壬二 2026-11-15 办理失业登记，家庭为低保边缘家庭，未享受低保、特困');
    expect(JSON.stringify(rows)).not.toMatch(/\d{17}[\dX]/);
  });

  it('a second run adds nothing; the 全面比对 job runs them too', async () => {
    const again = await t.gql(`mutation { runDiscovery { code created } }`, {}, await as('town1'));
    expect(again.data!.runDiscovery.map((r: { created: number }) => r.created)).toEqual([0, 0, 0, 0, 0]);
    expect(await ownerQuery(`select count(*)::int as n from visit_task`)).toEqual([{ n: 4 }]);
    expect(err(await t.gql(`mutation { runDiscovery { code } }`, {}, await as('village1a')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('each area sees its own tasks; the village records the outcome once (a note for 无需救助 / 拒绝)', async () => {
    const mine = await t.gql(TASKS, { s: 'OPEN' }, await as('village1a'));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.visitTasks.items.map((i: { personName: string }) => i.personName)).toEqual(['甲一']);
    const task = mine.data!.visitTasks.items[0];
    expect(task).toMatchObject({ ruleName: '大额医疗自付（脱贫户、监测对象）', headName: '甲一', overdue: false, status: 'OPEN' });
    expect(task.lines).toEqual(expect.arrayContaining([{ label: '个人自付', value: '25000.00 元' }]));
    expect((await t.gql(TASKS, {}, await as('town1'))).data!.visitTasks.total).toBe(2);
    expect((await t.gql(TASKS, {}, await as('village2a'))).data!.visitTasks.items.map((i: { personName: string }) => i.personName).sort()).toEqual([
      '丁一',
      '壬二',
    ]);

    const RECORD = `mutation($id: ID!, $o: VisitOutcome!, $n: String, $v: Int!) { recordVisitOutcome(id: $id, outcome: $o, note: $n, version: $v) { status outcome outcomeName doneByName version } }`;
    expect(err(await t.gql(RECORD, { id: task.id, o: 'REFUSED', n: ' ', v: task.version }, await as('village1a')))).toMatchObject({ field: 'note' });
    expect(err(await t.gql(RECORD, { id: task.id, o: 'APPLIED', v: task.version }, await as('village2a')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(err(await t.gql(RECORD, { id: task.id, o: 'APPLIED', v: task.version + 1 }, await as('village1a')))).toMatchObject({ code: 'CONFLICT' });
    const done = await t.gql(RECORD, { id: task.id, o: 'APPLIED', n: '已到窗口申请医疗救助', v: task.version }, await as('village1a'));
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordVisitOutcome).toMatchObject({ status: 'DONE', outcome: 'APPLIED', outcomeName: '已申请' });
    expect(err(await t.gql(RECORD, { id: task.id, o: 'REFUSED', n: '不要', v: task.version + 1 }, await as('village1a')))).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await ownerQuery(`select count(*)::int as n from audit_log where action = 'discovery.visit_recorded'`)).toEqual([{ n: 1 }]);
  });

  it('counts per rule, every rule listed; a task past its deadline is overdue', async () => {
    t.runtime.clock = () => new Date('2026-12-28T04:00:00Z');
    const stats = await t.gql(`{ visitTaskStats { ruleCode total open overdue applied notNeeded refused } }`, {}, await as('joint'));
    expect(stats.data!.visitTaskStats).toEqual([
      { ruleCode: 'MEDICAL_BURDEN', total: 1, open: 0, overdue: 0, applied: 1, notNeeded: 0, refused: 0 },
      { ruleCode: 'NEW_DISABILITY', total: 1, open: 1, overdue: 1, applied: 0, notNeeded: 0, refused: 0 },
      { ruleCode: 'EARNER_DEATH', total: 1, open: 1, overdue: 1, applied: 0, notNeeded: 0, refused: 0 },
      { ruleCode: 'UNEMPLOYED', total: 1, open: 1, overdue: 1, applied: 0, notNeeded: 0, refused: 0 },
      { ruleCode: 'MISSED', total: 0, open: 0, overdue: 0, applied: 0, notNeeded: 0, refused: 0 },
    ]);
    const town2 = await t.gql(`{ visitTaskStats { ruleCode total } }`, {}, await as('village2a'));
    expect(town2.data!.visitTaskStats.map((s: { total: number }) => s.total)).toEqual([0, 1, 0, 1, 0]);
  });
});
