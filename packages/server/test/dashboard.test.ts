import { randomUUID } from 'node:crypto';
import { addDays, PROGRAM_NAMES } from '@xiejiu/rules';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createArea } from '../src/modules/area/area.service';
import { RULES } from '../src/modules/crosscheck/rules';
import { todayCn } from '../src/shared/dates';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 统计看板 (modules/dashboard, issue #16 item 1): every figure of every section equals a count written here
 * directly in SQL (per row, with LIKE prefixes and date ranges — not the query layer's grouping), for a district,
 * a town and a village viewer and along the drill-down; a town without data lists zeros; a town viewer cannot
 * see another town; a role without `dashboard.read` is refused.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });
const TODAY = todayCn();
const d = (days: number) => addDays(TODAY, days);
const TOWN3 = '500199103000';
const VILLAGE3A = '500199103201';

const QUERY = `query($areaCode: String) { dashboard(areaCode: $areaCode) {
  area { code name level } path { code name level } from to months
  sections { code title rowKind columns { key name unit } rows { key name values } total { key name values } } } }`;

interface Row {
  key: string;
  name: string;
  values: Array<number | null>;
}
interface Section {
  code: string;
  rows: Row[];
  total: Row;
  columns: Array<{ key: string }>;
}

/** The expected figures are counted on one owner connection of the test's own (not through the app). */
let owner: Client;
const num = async (sql: string, params: unknown[] = []) => Number((await owner.query(sql, params)).rows[0]?.n ?? 0);
const r1 = (v: number) => Math.round(v * 10) / 10;
const like = (code: string) => {
  const level = code.endsWith('000000') ? 6 : code.endsWith('000') ? 9 : 12;
  return `${code.slice(0, level)}%`;
};

let depts: Array<{ id: string; code: string }> = [];

async function seed(): Promise<void> {
  const district = t.system('fixture', AREAS.district);
  await district.tx(async () => {
    await createArea(district, { code: TOWN3, name: '三镇', parentCode: AREAS.district });
    await createArea(district, { code: VILLAGE3A, name: '三镇甲村', parentCode: TOWN3 });
  });
  depts = await ownerQuery(`select id, code from department order by code`);
  const mz = depts.find((x) => x.code === 'MINZHENG')!.id;
  const rs = depts.find((x) => x.code === 'RENSHE')!.id;
  const h1 = await household(t, AREAS.village1a, [member('甲一', '19700101', 'HEAD'), member('甲二', '19720202', 'SPOUSE', 'F')]);
  const h2 = await household(t, AREAS.village1b, [member('乙一', '19500303', 'HEAD')]);
  const h3 = await household(t, AREAS.village2a, [
    member('丙一', '19800404', 'HEAD'),
    member('丙二', '19820505', 'SPOUSE', 'F'),
    member('丙三', '20100606', 'SON'),
  ]);
  const h4 = await household(t, AREAS.village1a, [member('丁一', '19600707', 'HEAD')]);
  const h5 = await household(t, AREAS.village1a, [member('戊一', '19610808', 'HEAD')]);
  const area = async (h: string) => (await ownerQuery<{ area_code: string }>(`select area_code from household where id = $1`, [h]))[0].area_code;
  const benefit = async (h: string, program: string, status: string, fen: number, start: string | null, end: string | null, dept: string) =>
    ownerQuery(
      `insert into benefit (id, household_id, area_code, program_code, status, monthly_amount_fen, start_date, end_date, source, department_id, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'ROSTER', $9, now(), now())`,
      [randomUUID(), h, await area(h), program, status, fen, start, end, dept],
    );
  await benefit(h1, 'DIBAO', 'ACTIVE', 50000, d(-100), null, mz);
  await benefit(h1, 'EMPLOY', 'ACTIVE', 10000, d(-40), null, rs);
  await benefit(h2, 'TEKUN', 'ACTIVE', 90000, d(-500), null, mz);
  await benefit(h2, 'DIBAO', 'STOPPED', 40000, d(-600), d(-200), mz);
  await benefit(h3, 'TEMP', 'PHASE_OUT', 20000, d(-70), null, mz);
  await benefit(h4, 'DIBAO', 'APPLYING', 0, null, null, mz);
  await ownerQuery(`update household set tier = 'T2' where id = $1`, [h1]);
  await ownerQuery(`update household set tier = 'T1' where id = $1`, [h2]);
  void h5;

  const app = async (h: string | null, areaCode: string, channel: string, status: string, created: string) => {
    const id = randomUUID();
    await ownerQuery(
      `insert into application (id, household_id, area_code, channel, status, created_at, created_by_name) values ($1, $2, $3, $4, $5, $6::timestamptz, '测试')`,
      [id, h, areaCode, channel, status, `${created}T10:00:00+08:00`],
    );
    return id;
  };
  const referral = async (h: string, program: string, dept: string, f: Record<string, unknown>) => {
    const areaCode = await area(h);
    const id = randomUUID();
    const a = await app(h, areaCode, 'WINDOW', 'ACCEPTED', d(-120));
    const cols = { clock_start: d(-60), limit_days: 20, sign_due: d(-59), ...f };
    const keys = Object.keys(cols);
    await ownerQuery(
      `insert into referral (id, application_id, household_id, area_code, program_code, department_id, ${keys.join(', ')})
       values ($1, $2, $3, $4, $5, $6, ${keys.map((_, i) => `$${i + 7}`).join(', ')})`,
      [id, a, h, areaCode, program, dept, ...Object.values(cols)],
    );
    return id;
  };
  const closed = (day: string) => `${day}T16:00:00+08:00`;
  await referral(h1, 'DIBAO', mz, { status: 'DONE', clock_start: d(-50), closed_at: closed(d(-20)), closed_on_time: true, paused_wd: 2 });
  await referral(h2, 'EMPLOY', rs, { status: 'DONE', clock_start: d(-90), closed_at: closed(d(-10)), closed_on_time: false });
  await referral(h2, 'DIBAO', mz, { status: 'DONE', clock_start: d(-800), closed_at: closed(d(-700)), closed_on_time: true });
  await referral(h3, 'TEMP', mz, { status: 'WITHDRAWN', clock_start: d(-30), closed_at: closed(d(-5)) });
  const red = await referral(h3, 'TEMP', mz, { status: 'PROCESSING', warn_date: d(-10), due_date: d(-3), escalation_level: 1 });
  await referral(h1, 'EMPLOY', rs, { status: 'PROCESSING', warn_date: d(-1), due_date: d(5) });
  await referral(h5, 'MEDICAL', mz, { status: 'PENDING_SIGN', warn_date: d(10), due_date: d(20) });
  const note = (ref: string, areaCode: string, issued: string, answered: boolean) =>
    ownerQuery(
      `insert into supervision_note (id, referral_id, area_code, level, message, issued_by_name, issuer_area_code, issued_at, answer_due, response, responded_at)
       values ($1, $2, $3, 1, '请尽快办理', '测试', $4, $5::timestamptz, $6, $7, $8)`,
      [randomUUID(), ref, areaCode, AREAS.town2, `${issued}T09:00:00+08:00`, addDays(issued, 2), answered ? '已办理' : null, answered ? new Date() : null],
    );
  await note(red, AREAS.village2a, d(-2), false);
  await note(red, AREAS.village2a, d(-400), true);

  const finding = (ruleNo: number, areaCode: string, status: string, due: string) =>
    ownerQuery(
      `insert into finding (id, rule_no, rule_code, rule_version, severity, status, subject_key, area_code, fingerprint, summary, evidence, due_date, created_at, updated_at)
       values ($1, $2, 'R', 1, 'HIGH', $3, $4, $5, $6, '测试疑点', '{}', $7, now(), now())`,
      [randomUUID(), ruleNo, status, randomUUID(), areaCode, randomUUID().slice(0, 32), due],
    );
  await finding(1, AREAS.village1a, 'PENDING', d(-1));
  await finding(1, AREAS.village1b, 'DISMISSED', d(5));
  await finding(3, AREAS.village2a, 'CONFIRMED', d(5));
  await finding(5, AREAS.village1a, 'PENDING', d(5));

  const visit = (h: string, areaCode: string, status: string, due: string, outcome: string | null) =>
    ownerQuery(
      `insert into visit_task (id, rule_code, subject_key, household_id, area_code, summary, due_date, status, outcome) values ($1, 'DEATH', $2, $3, $4, '走访', $5, $6, $7)`,
      [randomUUID(), randomUUID(), h, areaCode, due, status, outcome],
    );
  await visit(h1, AREAS.village1a, 'OPEN', d(-2), null);
  await visit(h4, AREAS.village1a, 'OPEN', d(3), null);
  await visit(h3, AREAS.village2a, 'DONE', d(-9), 'APPLIED');

  await app(null, AREAS.village1a, 'PORTAL', 'PENDING_CONFIRM', d(-3));
  await app(null, AREAS.village1b, 'INFORMANT', 'PENDING_CONFIRM', d(-4));
  await app(null, AREAS.village2a, 'PUBLIC', 'REJECTED', d(-5));
  await app(null, AREAS.village1a, 'PORTAL', 'REJECTED', d(-800));

  const message = (areaCode: string, status: string, created: string) =>
    ownerQuery(
      `insert into portal_message (id, message_no, category, area_code, title, content, writer_name, phone_enc, phone_bidx, phone_masked, public_wanted, status, due_date, created_at)
       values ($1, $2, 'POLICY', $3, '咨询', '内容', '张*', 'x', $4, '138****0000', false, $5, $6, $7::timestamptz)`,
      [randomUUID(), `LY${randomUUID().slice(0, 12)}`, areaCode, randomUUID(), status, d(5), `${created}T09:00:00+08:00`],
    );
  // 会商任务: a town meeting's tasks for two departments — open (one amber, one red), done on time, done late, done long ago.
  const caseId = randomUUID();
  await ownerQuery(
    `insert into consultation_case (id, household_id, level, area_code, reason, status, raised_by_name, raised_at) values ($1, $2, 'TOWN', $3, '多部门会商测试', 'DISCUSSED', '测试', now())`,
    [caseId, h1, AREAS.village1a],
  );
  const meetingId = randomUUID();
  await ownerQuery(
    `insert into joint_meeting (id, level, area_code, meeting_date, place, recorder, recorded_by_name, recorded_at) values ($1, 'TOWN', $2, $3, '镇会议室', '测试', '测试', now())`,
    [meetingId, AREAS.town1, d(-30)],
  );
  const task = (dept: string, areaCode: string, f: { status: string; warn: string; due: string; doneAt?: string; closedOn?: string }) =>
    ownerQuery(
      `insert into consultation_task (id, case_id, meeting_id, department_id, area_code, content, clock_start, limit_days, due_date, warn_date, status, done_at, closed_on, created_at)
       values ($1, $2, $3, $4, $5, '落实', $6, 10, $7, $8, $9, $10::timestamptz, $11, now())`,
      [randomUUID(), caseId, meetingId, dept, areaCode, d(-30), f.due, f.warn, f.status, f.doneAt ? `${f.doneAt}T10:00:00+08:00` : null, f.closedOn ?? null],
    );
  await task(mz, AREAS.village1a, { status: 'OPEN', warn: d(-2), due: d(3) });
  await task(mz, AREAS.village1a, { status: 'OPEN', warn: d(-9), due: d(-4) });
  await task(rs, AREAS.village1a, { status: 'OPEN', warn: d(8), due: d(12) });
  await task(rs, AREAS.village1a, { status: 'DONE', warn: d(-20), due: d(-15), doneAt: d(-16), closedOn: d(-16) });
  await task(mz, AREAS.village1b, { status: 'DONE', warn: d(-20), due: d(-15), doneAt: d(-12), closedOn: d(-12) });
  await task(mz, AREAS.village1b, { status: 'DONE', warn: d(-420), due: d(-415), doneAt: d(-416), closedOn: d(-416) });

  await message(AREAS.town1, 'PENDING', d(-1));
  await message(AREAS.town2, 'REPLIED', d(-6));
  await message(AREAS.town1, 'PENDING', d(-900));
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  await seed();
  owner = new Client({ connectionString: inject('ownerUrl') });
  await owner.connect();
  await owner.query(`select set_config('app.area_prefix', '*', false)`);
}, 120_000);

afterAll(async () => {
  await owner?.end();
  await t?.close();
});

/** The expected sections of one viewed area, counted directly. */
async function expected(
  code: string,
  from: string,
  months: string[],
): Promise<Record<string, { rows: Array<[string, Array<number | null>]>; total: Array<number | null> }>> {
  const P = like(code);
  const level = code.endsWith('000000') ? 1 : code.endsWith('000') ? 2 : 3;
  const children = level === 3 ? [{ code }] : await ownerQuery<{ code: string }>(`select code from area where parent_code = $1 order by code`, [code]);
  const childLike = (c: string) => (level === 1 ? `${c.slice(0, 9)}%` : c);
  const fromTs = `${from}T00:00:00+08:00`;
  const districtDepts = await ownerQuery<{ id: string }>(`select id from department where area_code = $1 order by code`, [`${code.slice(0, 6)}000000`]);
  const out: Record<string, { rows: Array<[string, Array<number | null>]>; total: Array<number | null> }> = {};

  // 救助对象
  const recipientWhere = `h.status = 'ACTIVE' and h.area_code like $1 and h.id in (select household_id from benefit where status in ('ACTIVE', 'PHASE_OUT'))`;
  const recipients = async (p: string) => [
    await num(`select count(*) as n from household h where ${recipientWhere}`, [p]),
    await num(`select count(*) as n from membership m join household h on h.id = m.household_id where m.to_date is null and ${recipientWhere}`, [p]),
    ...(await Promise.all(
      ['T1', 'T2', 'T3', 'T4'].map((tier) => num(`select count(*) as n from household h where ${recipientWhere} and h.tier = $2`, [p, tier])),
    )),
    r1(
      (await num(
        `select sum(b.monthly_amount_fen) as n from benefit b join household h on h.id = b.household_id where b.status in ('ACTIVE', 'PHASE_OUT') and ${recipientWhere}`,
        [p],
      )) / 100,
    ),
  ];
  out.recipientsByArea = { rows: [], total: await recipients(P) };
  for (const c of children) out.recipientsByArea.rows.push([c.code, await recipients(childLike(c.code))]);
  const tierRows: Array<[string, Array<number | null>]> = [];
  for (const tier of ['T1', 'T2', 'T3', 'T4', null]) {
    const cond = tier ? `h.tier = '${tier}'` : 'h.tier is null';
    tierRows.push([
      tier ?? 'NONE',
      [
        await num(`select count(*) as n from household h where ${recipientWhere} and ${cond}`, [P]),
        await num(
          `select count(*) as n from membership m join household h on h.id = m.household_id where m.to_date is null and ${recipientWhere} and ${cond}`,
          [P],
        ),
      ],
    ]);
  }
  out.recipientsByTier = { rows: tierRows, total: [0, 1].map((i) => tierRows.reduce((s, r) => s + (r[1][i] ?? 0), 0)) };
  const programRows: Array<[string, Array<number | null>]> = [];
  for (const program of Object.keys(PROGRAM_NAMES)) {
    const w = `b.program_code = $2 and b.status in ('ACTIVE', 'PHASE_OUT') and b.area_code like $1 and h.status = 'ACTIVE'`;
    programRows.push([
      program,
      [
        await num(`select count(distinct b.household_id) as n from benefit b join household h on h.id = b.household_id where ${w}`, [P, program]),
        r1((await num(`select sum(b.monthly_amount_fen) as n from benefit b join household h on h.id = b.household_id where ${w}`, [P, program])) / 100),
      ],
    ]);
  }
  out.recipientsByProgram = { rows: programRows, total: [out.recipientsByArea.total[0], r1(programRows.reduce((s, r) => s + (r[1][1] ?? 0), 0))] };

  // 月度趋势
  const trend = async (deptId: string, month: string, what: 'h' | 'a') => {
    const sql = `select ${what === 'h' ? 'count(distinct household_id)' : 'sum(monthly_amount_fen)'} as n from benefit
      where department_id = $1 and area_code like $2 and status <> 'APPLYING' and start_date is not null
        and daterange(start_date, end_date, '[]') && daterange($3::date, ($3::date + interval '1 month')::date, '[)')`;
    const v = await num(sql, [deptId, P, `${month}-01`]);
    return what === 'h' ? v : r1(v / 100);
  };
  for (const [key, what] of [
    ['trendRecipients', 'h'],
    ['trendAmounts', 'a'],
  ] as const) {
    const rows: Array<[string, Array<number | null>]> = [];
    for (const dep of districtDepts) rows.push([dep.id, await Promise.all(months.map((m) => trend(dep.id, m, what)))]);
    out[key] = { rows, total: months.map((_, i) => rows.reduce((s, r) => s + (r[1][i] ?? 0), 0)) };
  }

  // 办理时效: working days counted day by day on the calendar.
  const wdSql = `greatest(0, (select count(*) from generate_series(r.clock_start + 1, (r.closed_at at time zone 'Asia/Shanghai')::date, interval '1 day') g(x)
      left join calendar_day c on c."date" = g.x::date
      where c.kind = 'WORKDAY' or (c.kind is null and extract(isodow from g.x) between 1 and 5)) - r.paused_wd)`;
  const timely = async (extra: string, params: unknown[]) => {
    const w = `r.status = 'DONE' and r.closed_at >= $1::timestamptz and r.area_code like $2 ${extra}`;
    const closed = await num(`select count(*) as n from referral r where ${w}`, [fromTs, P, ...params]);
    const onTime = await num(`select count(*) as n from referral r where ${w} and r.closed_on_time`, [fromTs, P, ...params]);
    const wd = await num(`select sum(${wdSql}) as n from referral r where ${w}`, [fromTs, P, ...params]);
    return [closed, onTime, closed ? r1((onTime / closed) * 100) : null, closed ? r1(wd / closed) : null];
  };
  const timelyTotal = await timely('', []);
  out.timelinessByDepartment = { rows: [], total: timelyTotal };
  for (const dep of districtDepts) out.timelinessByDepartment.rows.push([dep.id, await timely('and r.department_id = $3', [dep.id])]);
  out.timelinessByProgram = { rows: [], total: timelyTotal };
  for (const p of Object.keys(PROGRAM_NAMES)) out.timelinessByProgram.rows.push([p, await timely('and r.program_code = $3', [p])]);

  // 超期与督办
  const overdue = async (cond: string, noteCond: string, params: unknown[]) => [
    await num(`select count(*) as n from referral r where r.closed_at is null and ${cond}`, params),
    await num(
      `select count(*) as n from referral r where r.closed_at is null and r.warn_date <= '${TODAY}'::date and r.due_date >= '${TODAY}'::date and ${cond}`,
      params,
    ),
    await num(`select count(*) as n from referral r where r.closed_at is null and r.due_date < '${TODAY}'::date and ${cond}`, params),
    await num(`select count(*) as n from referral r where r.closed_at is null and r.escalation_level > 0 and ${cond}`, params),
    await num(
      `select count(*) as n from supervision_note s join referral r on r.id = s.referral_id where s.issued_at >= '${fromTs}'::timestamptz and ${noteCond}`,
      params,
    ),
    await num(`select count(*) as n from supervision_note s join referral r on r.id = s.referral_id where s.responded_at is null and ${noteCond}`, params),
  ];
  const overdueTotal = await overdue('r.area_code like $1', 's.area_code like $1', [P]);
  out.overdueByDepartment = { rows: [], total: overdueTotal };
  for (const dep of districtDepts)
    out.overdueByDepartment.rows.push([
      dep.id,
      await overdue('r.area_code like $1 and r.department_id = $2', 's.area_code like $1 and r.department_id = $2', [P, dep.id]),
    ]);
  out.overdueByArea = { rows: [], total: overdueTotal };
  for (const c of children) out.overdueByArea.rows.push([c.code, await overdue('r.area_code like $1', 's.area_code like $1', [childLike(c.code)])]);

  // 疑点
  const findings = async (cond: string, params: unknown[]) => [
    await num(`select count(*) as n from finding f where ${cond}`, params),
    await num(`select count(*) as n from finding f where f.status = 'PENDING' and ${cond}`, params),
    await num(`select count(*) as n from finding f where f.status = 'PENDING' and f.due_date < '${TODAY}'::date and ${cond}`, params),
    ...(await Promise.all(
      ['CONFIRMED', 'DISMISSED', 'RESOLVED'].map((s) => num(`select count(*) as n from finding f where f.status = '${s}' and ${cond}`, params)),
    )),
  ];
  const findingTotal = await findings('f.area_code like $1', [P]);
  out.findingsByRule = { rows: [], total: findingTotal };
  for (const rule of RULES) out.findingsByRule.rows.push([String(rule.no), await findings('f.area_code like $1 and f.rule_no = $2', [P, rule.no])]);
  out.findingsByArea = { rows: [], total: findingTotal };
  for (const c of children) out.findingsByArea.rows.push([c.code, await findings('f.area_code like $1', [childLike(c.code)])]);

  // 会商任务, by department
  const tasks = async (dept: string) => {
    const w = `department_id = $1 and area_code like $2`;
    return [
      await num(`select count(*) as n from consultation_task where ${w} and status = 'OPEN'`, [dept, P]),
      await num(
        `select count(*) as n from consultation_task where ${w} and status = 'OPEN' and warn_date <= '${TODAY}'::date and due_date >= '${TODAY}'::date`,
        [dept, P],
      ),
      await num(`select count(*) as n from consultation_task where ${w} and status = 'OPEN' and due_date < '${TODAY}'::date`, [dept, P]),
      await num(`select count(*) as n from consultation_task where ${w} and status = 'DONE' and done_at >= $3::timestamptz`, [dept, P, fromTs]),
      await num(`select count(*) as n from consultation_task where ${w} and status = 'DONE' and done_at >= $3::timestamptz and closed_on <= due_date`, [
        dept,
        P,
        fromTs,
      ]),
    ];
  };
  out.consultationTasksByDepartment = { rows: [], total: [0, 0, 0, 0, 0] };
  for (const dep of districtDepts) {
    const v = await tasks(dep.id);
    out.consultationTasksByDepartment.rows.push([dep.id, v]);
    out.consultationTasksByDepartment.total = out.consultationTasksByDepartment.total.map((x, i) => (x ?? 0) + (v[i] ?? 0));
  }

  // 主动发现与群众端
  const activity = async (p: string) => [
    await num(`select count(*) as n from visit_task where area_code like $1`, [p]),
    await num(`select count(*) as n from visit_task where area_code like $1 and status = 'OPEN'`, [p]),
    await num(`select count(*) as n from visit_task where area_code like $1 and status = 'OPEN' and due_date < '${TODAY}'::date`, [p]),
    await num(`select count(*) as n from visit_task where area_code like $1 and outcome = 'APPLIED'`, [p]),
    ...(await Promise.all(
      ['PORTAL', 'INFORMANT', 'PUBLIC'].map((ch) =>
        num(`select count(*) as n from application where area_code like $1 and channel = $2 and created_at >= $3::timestamptz`, [p, ch, fromTs]),
      ),
    )),
    await num(`select count(*) as n from portal_message where area_code like $1 and created_at >= $2::timestamptz`, [p, fromTs]),
    await num(`select count(*) as n from portal_message where area_code like $1 and created_at >= $2::timestamptz and status = 'PENDING'`, [p, fromTs]),
  ];
  out.activityByArea = { rows: [], total: await activity(P) };
  for (const c of children) out.activityByArea.rows.push([c.code, await activity(level === 1 ? childLike(c.code) : c.code)]);
  return out;
}

async function compareAll(user: string, areaCode: string | null, expectArea: string): Promise<Section[]> {
  const res = await t.gql(QUERY, { areaCode }, await as(user));
  expect(res.errors).toBeUndefined();
  const dash = res.data!.dashboard;
  expect(dash.area.code).toBe(expectArea);
  const want = await expected(expectArea, dash.from, dash.months);
  const sections = dash.sections as Section[];
  expect(sections.map((s) => s.code).sort()).toEqual(Object.keys(want).sort());
  for (const s of sections) {
    const w = want[s.code];
    const got = s.rows.map((r) => [r.key, r.values]);
    // Every row the expectation names (every child area, department, tier, program, rule), in order, and no other.
    expect({ section: s.code, rows: got }).toEqual({ section: s.code, rows: w.rows });
    expect({ section: s.code, total: s.total.values }).toEqual({ section: s.code, total: w.total });
    for (const r of s.rows) expect(r.values.length).toBe(s.columns.length);
  }
  return sections;
}

const section = (sections: Section[], code: string) => sections.find((s) => s.code === code)!;

describe('统计看板 figures equal direct SQL counts', () => {
  it('district viewer (联席会议成员): every town a row, the data where it is', async () => {
    const s = await compareAll('joint', null, AREAS.district);
    // Sanity of the seeded data itself (the comparison above would pass on all zeros).
    const byArea = section(s, 'recipientsByArea');
    expect(byArea.rows.map((r) => r.key)).toEqual([AREAS.town1, AREAS.town2, TOWN3]);
    expect(byArea.total.values.slice(0, 2)).toEqual([3, 6]);
    expect(section(s, 'timelinessByDepartment').total.values.slice(0, 2)).toEqual([2, 1]);
    expect(section(s, 'overdueByArea').total.values.slice(0, 3)).toEqual([3, 1, 1]);
    expect(section(s, 'activityByArea').total.values).toEqual([3, 2, 1, 1, 1, 1, 1, 2, 1]);
    expect(section(s, 'findingsByRule').rows).toHaveLength(RULES.length);
    expect(section(s, 'consultationTasksByDepartment').total.values).toEqual([3, 1, 1, 2, 1]);
  });

  it('drill-down district → town → village', async () => {
    const town = await compareAll('joint', AREAS.town1, AREAS.town1);
    expect(section(town, 'recipientsByArea').rows.map((r) => r.key)).toEqual([AREAS.village1a, AREAS.village1b]);
    const village = await compareAll('joint', AREAS.village1a, AREAS.village1a);
    expect(section(village, 'recipientsByArea').rows.map((r) => r.key)).toEqual([AREAS.village1a]);
    const res = await t.gql(QUERY, { areaCode: AREAS.village1a }, await as('joint'));
    expect(res.data!.dashboard.path.map((a: { code: string }) => a.code)).toEqual([AREAS.district, AREAS.town1, AREAS.village1a]);
  });

  it('a department officer (district) sees the same district figures as the joint meeting', async () => {
    await compareAll('officer', null, AREAS.district);
  });

  it('town viewer and village viewer see their own area', async () => {
    await compareAll('town1', null, AREAS.town1);
    await compareAll('town1', AREAS.village1b, AREAS.village1b);
    await compareAll('village1a', null, AREAS.village1a);
    const res = await t.gql(QUERY, {}, await as('town1'));
    // The path starts at the viewer's own area: the district is not theirs to see.
    expect(res.data!.dashboard.path.map((a: { code: string }) => a.code)).toEqual([AREAS.town1]);
  });

  it('readers opening dashboards at the same moment (one shared read per area) each get the area they view', async () => {
    const cases: Array<[string, string | null, string]> = [
      ['joint', null, AREAS.district],
      ['officer', null, AREAS.district],
      ['town1', null, AREAS.town1],
      ['joint', AREAS.town1, AREAS.town1],
      ['village1a', null, AREAS.village1a],
      ['joint', AREAS.village1a, AREAS.village1a],
    ];
    const cookies = await Promise.all(cases.map(([user]) => as(user)));
    const together = await Promise.all(cases.map(([, areaCode], i) => t.gql(QUERY, { areaCode }, cookies[i])));
    for (const [i, [, areaCode, expectArea]] of cases.entries()) {
      expect(together[i].errors).toBeUndefined();
      expect(together[i].data!.dashboard.area.code).toBe(expectArea);
      // The same as read alone (which the tests above compare with direct SQL counts).
      const alone = await t.gql(QUERY, { areaCode }, cookies[i]);
      expect(together[i].data!.dashboard.sections).toEqual(alone.data!.dashboard.sections);
    }
    expect(section(together[0].data!.dashboard.sections, 'recipientsByArea').total.values.slice(0, 2)).toEqual([3, 6]);
  });

  it('a town without data: every village and every department listed with zeros', async () => {
    const s = await compareAll('joint', TOWN3, TOWN3);
    for (const sec of s) {
      for (const r of sec.rows) expect(r.values.every((v) => v === 0 || v === null)).toBe(true);
      expect(sec.total.values.every((v) => v === 0 || v === null)).toBe(true);
    }
    expect(section(s, 'recipientsByArea').rows.map((r) => r.key)).toEqual([VILLAGE3A]);
    expect(section(s, 'overdueByDepartment').rows).toHaveLength(depts.length);
    expect(section(s, 'trendRecipients').rows).toHaveLength(depts.length);
  });
});

describe('统计看板 scope and permission', () => {
  it('a town viewer cannot see another town, a village another village or its own town, nobody the district above', async () => {
    for (const [user, areaCode] of [
      ['town1', AREAS.town2],
      ['town1', AREAS.village2a],
      ['town1', AREAS.district],
      ['village1a', AREAS.village1b],
      ['village1a', AREAS.town1],
      ['joint', '500299000000'],
      ['joint', 'abc'],
    ] as const) {
      const res = await t.gql(QUERY, { areaCode }, await as(user));
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toBe('区划不存在或不在您的管辖范围内');
    }
  });

  it('refused without dashboard.read', async () => {
    for (const user of ['norights', 'auditadmin']) {
      const res = await t.gql(QUERY, {}, await as(user));
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anon = await t.gql(QUERY, {});
    expect(anon.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
