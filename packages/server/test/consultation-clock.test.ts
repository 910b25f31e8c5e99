import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsultationTaskSweep } from '../src/modules/consultation/task-clock';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 会商任务的时限 (modules/consultation task-clock.ts, ADR 0030 amendment): the clock sweep announces a task's 预警 and 超期
 * once per deadline — to the department's officers, and the 超期 also to the meeting's supervisors (the town leader for a
 * town's meeting, the joint members for the district's) — nothing for a done task; the department asks for an extension,
 * the meeting's supervisor approves (the deadline moves on the seeded 2026 calendar: 中秋, 国庆 and the make-up Saturday)
 * or rejects; the moved deadline is announced again; other departments and other towns are kept out; every write logged.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });
const err = (r: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) => ({
  ...(r.errors?.[0]?.extensions ?? {}),
  message: r.errors?.[0]?.message,
});
// 2026-09-21 is a Monday; 09-25..27 中秋, 10-01..07 国庆, Saturday 10-10 a make-up working day (src/seed/holidays-cn-2026.ts).
const MEETING_DAY = '2026-09-21';
const dept: Record<string, string> = {};
const task: Record<'a' | 'b' | 'e' | 'd' | 'c', string> = { a: '', b: '', e: '', d: '', c: '' };
const setToday = (d: string) => {
  t.runtime.clock = () => new Date(`${d}T04:00:00Z`);
};

const RAISE = `mutation($i: RaiseConsultationInput!) { raiseConsultation(input: $i) { id version } }`;
const MEET = `mutation($i: JointMeetingInput!) { recordJointMeeting(input: $i) { id taskCount } }`;
const TASK_FIELDS = `id content dueDate limitDays extensionDays clockLevel status version pendingExtension { id days reason requestedByName }`;
const TASKS = `query { consultationTasks(pageSize: 100) { items { ${TASK_FIELDS} } } }`;
const DONE = `mutation($id: ID!, $n: String!, $v: Int!) { completeConsultationTask(id: $id, note: $n, version: $v) { id } }`;
const REQUEST = `mutation($id: ID!, $d: Int!, $r: String!) { requestConsultationTaskExtension(taskId: $id, days: $d, reason: $r) { ${TASK_FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $a: Boolean!, $n: String) { decideConsultationTaskExtension(id: $id, approve: $a, note: $n) {
  id status statusName decidedByName decisionNote dueDate extensionDays taskContent departmentName meetingLevel } }`;
const EXTENSIONS = `query($s: ExtensionStatus) { consultationTaskExtensions(status: $s) { id taskId days reason status departmentName meetingLevel dueDate } }`;
const MINE = `query { myNotifications(pageSize: 100) { items { kind title body link } } }`;

async function consume() {
  await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
  await t.runJobs();
}
async function notes(user: string, kinds: string[]) {
  const res = await t.gql(MINE, {}, await as(user));
  expect(res.errors).toBeUndefined();
  return (res.data!.myNotifications.items as Array<{ kind: string; title: string; body: string; link: string }>).filter((n) => kinds.includes(n.kind));
}
async function taskOf(user: string, id: string) {
  const res = await t.gql(TASKS, {}, await as(user));
  expect(res.errors).toBeUndefined();
  return (res.data!.consultationTasks.items as Array<Record<string, any>>).find((x) => x.id === id)!;
}
const sweep = (day: string) => runConsultationTaskSweep(t.system('clock-sweep'), day);
const events = async (id: string, type: string) =>
  (await ownerQuery<{ n: number }>(`select count(*)::int as n from outbox_event where aggregate_id = $1 and type = $2`, [id, type]))[0].n;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  setToday(MEETING_DAY);
  for (const r of await ownerQuery<{ id: string; code: string }>(`select id, code from department`)) dept[r.code] = r.id;
  const sys = t.system('fixture', AREAS.district);
  for (const [username, role, area, department] of [
    ['leader1', 'TOWN_LEADER', AREAS.town1, null],
    ['leader2', 'TOWN_LEADER', AREAS.town2, null],
    ['renshe', 'DEPT_OFFICER', AREAS.district, dept.RENSHE],
  ] as const) {
    await createUser(sys, { username, displayName: `测试${username}`, areaCode: area, roles: [role], password: PASSWORD, departmentId: department });
  }
  await ownerQuery(`update app_user set must_change_password = false`);
  // Mobiles for the SMS (modules/sms, recipient kind DEPARTMENT): 人社's and 民政's officers, and a town leader (never texted).
  for (const [username, mobile] of [
    ['renshe', '13700137001'],
    ['officer', '13700137002'],
    ['leader1', '13700137003'],
  ]) {
    const [u] = await ownerQuery<{ id: string }>(`select id from app_user where username = $1`, [username]);
    const r = await t.gql(`mutation($u: ID!, $m: String) { setUserMobile(userId: $u, mobile: $m) }`, { u: u.id, m: mobile }, await as('sysadmin'));
    expect(r.errors).toBeUndefined();
  }
  const h1 = await household(t, AREAS.village1a, [member('时限甲', '19700101', 'HEAD')]);
  const h2 = await household(t, AREAS.village2a, [member('时限乙', '19710101', 'HEAD')]);
  const raise = async (householdId: string, level: string) => {
    const r = await t.gql(RAISE, { i: { householdId, level, reason: '多重困难，单个部门政策难以解决，提请会商' } }, await as('officer'));
    expect(r.errors).toBeUndefined();
    return r.data!.raiseConsultation as { id: string; version: number };
  };
  const c1 = await raise(h1, 'TOWN');
  const c2 = await raise(h2, 'DISTRICT');
  const base = { meetingDate: MEETING_DAY, place: '会议室', members: [{ name: '张主任', department: '民政' }], recorder: '王记录' };
  const town = await t.gql(
    MEET,
    {
      i: {
        ...base,
        level: 'TOWN',
        areaCode: AREAS.town1,
        cases: [
          {
            caseId: c1.id,
            version: c1.version,
            decision: '人社安排岗位，民政临时救助',
            tasks: [
              { departmentId: dept.RENSHE, content: '任务甲：安排公益性岗位', limitDays: 4 },
              { departmentId: dept.MINZHENG, content: '任务乙：临时救助', limitDays: 4 },
              { departmentId: dept.MINZHENG, content: '任务戊：入户回访', limitDays: 4 },
              { departmentId: dept.RENSHE, content: '任务丁：技能培训', limitDays: 40 },
            ],
          },
        ],
      },
    },
    await as('leader1'),
  );
  expect(town.errors).toBeUndefined();
  const district = await t.gql(
    MEET,
    {
      i: {
        ...base,
        level: 'DISTRICT',
        areaCode: AREAS.district,
        cases: [
          { caseId: c2.id, version: c2.version, decision: '人社就业帮扶', tasks: [{ departmentId: dept.RENSHE, content: '任务丙：就业帮扶', limitDays: 4 }] },
        ],
      },
    },
    await as('joint'),
  );
  expect(district.errors).toBeUndefined();
  for (const r of await ownerQuery<{ id: string; content: string }>(`select id, content from consultation_task`)) {
    const key = ({ 甲: 'a', 乙: 'b', 戊: 'e', 丁: 'd', 丙: 'c' } as const)[r.content.slice(2, 3) as '甲'];
    task[key] = r.id;
  }
  await consume(); // the 新会商任务 notices, out of the way
});
afterAll(async () => t?.close());

describe('the clock sweep: 预警 and 超期 once per deadline', () => {
  it('working days from the meeting: 4 days from Monday 09-21 end on Monday 09-28 (中秋 09-25..27), amber from 09-24', async () => {
    const a = await taskOf('renshe', task.a);
    expect(a).toMatchObject({ dueDate: '2026-09-28', limitDays: 4, extensionDays: 0, clockLevel: 'NORMAL', pendingExtension: null });
    expect(await ownerQuery(`select warn_date::text as w from consultation_task where id = $1`, [task.a])).toEqual([{ w: '2026-09-24' }]);
  });

  it('a done task gets nothing; an open one one warning at its amber date and one overdue after its deadline', async () => {
    setToday('2026-09-22');
    const b = await taskOf('officer', task.b);
    expect((await t.gql(DONE, { id: task.b, n: '已发放临时救助 3000 元', v: b.version }, await as('officer'))).errors).toBeUndefined();
    expect(await sweep('2026-09-23')).toEqual({ warned: 0, overdue: 0 });
    expect(await sweep('2026-09-24')).toEqual({ warned: 3, overdue: 0 }); // 甲, 戊 (town) and 丙 (district); not 乙 (done), not 丁 (40 days)
    expect(await sweep('2026-09-24')).toEqual({ warned: 0, overdue: 0 });
    expect(await sweep('2026-09-28')).toEqual({ warned: 0, overdue: 0 }); // the deadline day itself is not overdue
    // 戊 is completed before the outbox is consumed: its warning is no longer news.
    setToday('2026-09-28');
    const e = await taskOf('officer', task.e);
    expect((await t.gql(DONE, { id: task.e, n: '已回访', v: e.version }, await as('officer'))).errors).toBeUndefined();
    expect(await sweep('2026-09-29')).toEqual({ warned: 0, overdue: 2 }); // 甲 and 丙
    expect(await sweep('2026-09-30')).toEqual({ warned: 0, overdue: 0 });
    expect(await events(task.a, 'consultation.task_warning')).toBe(1);
    expect(await events(task.a, 'consultation.task_overdue')).toBe(1);
    expect(await events(task.b, 'consultation.task_warning')).toBe(0);
    expect(await events(task.e, 'consultation.task_overdue')).toBe(0);
    const [ev] = await ownerQuery<{ area_code: string; aggregate_type: string; payload: Record<string, unknown> }>(
      `select area_code, aggregate_type, payload from outbox_event where aggregate_id = $1 and type = 'consultation.task_overdue'`,
      [task.a],
    );
    expect(ev).toMatchObject({ area_code: AREAS.village1a, aggregate_type: 'consultation_task', payload: { dueDate: '2026-09-28', overdueDays: 1 } });
    const sweeps = await ownerQuery(`select diff from audit_log where action = 'consultation.task_sweep' order by pos`);
    expect(sweeps.length).toBe(2);
    expect(sweeps[0].diff.detail).toMatchObject({ today: '2026-09-24', warned: 3, overdue: 0 });
  });

  it('the department is told (即将超期, 已超期), the meeting’s supervisors of the 超期 — nobody else', async () => {
    await consume();
    const renshe = await notes('renshe', ['CONSULTATION_TASK_WARNING', 'CONSULTATION_TASK_OVERDUE']);
    expect(renshe.map((n) => n.kind).sort()).toEqual([
      'CONSULTATION_TASK_OVERDUE',
      'CONSULTATION_TASK_OVERDUE',
      'CONSULTATION_TASK_WARNING',
      'CONSULTATION_TASK_WARNING',
    ]);
    expect(renshe.every((n) => n.link === '/consultation')).toBe(true);
    expect(renshe.find((n) => n.kind === 'CONSULTATION_TASK_OVERDUE' && n.body.includes('一镇'))!.body).toContain('2026-09-28');
    // 民政's tasks were done: nothing for its officer.
    expect(await notes('officer', ['CONSULTATION_TASK_WARNING', 'CONSULTATION_TASK_OVERDUE'])).toEqual([]);
    // 超期 of the town's task → the town's leader; of the district's task → the joint members. No warnings for them.
    const leader1 = await notes('leader1', ['CONSULTATION_TASK_WARNING', 'CONSULTATION_TASK_OVERDUE']);
    expect(leader1.map((n) => n.kind)).toEqual(['CONSULTATION_TASK_OVERDUE']);
    expect(leader1[0].body).toContain('测试区人社局');
    expect(leader1[0].body).not.toContain('时限甲'); // masked: 时*甲
    const joint = await notes('joint', ['CONSULTATION_TASK_WARNING', 'CONSULTATION_TASK_OVERDUE']);
    expect(joint.map((n) => n.kind)).toEqual(['CONSULTATION_TASK_OVERDUE']);
    expect(joint[0].body).toContain('区');
    expect(await notes('leader2', ['CONSULTATION_TASK_WARNING', 'CONSULTATION_TASK_OVERDUE'])).toEqual([]);
    expect(await notes('town1', ['CONSULTATION_TASK_WARNING', 'CONSULTATION_TASK_OVERDUE'])).toEqual([]);
    // SMS (templates DEPT_TASK_WARNING / DEPT_TASK_OVERDUE): 人社's officer only — 民政's tasks were done, supervisors get none.
    const sms = await ownerQuery<{ username: string; template_code: string; content: string; status: string; department_id: string }>(
      `select u.username, m.template_code, m.content, m.status, m.department_id from sms_message m join app_user u on u.id = m.recipient_ref
        where m.recipient_kind = 'DEPARTMENT' order by m.template_code, m.content`,
    );
    expect(sms.map((m) => m.username)).toEqual(['renshe', 'renshe', 'renshe', 'renshe']);
    expect(sms.map((m) => m.template_code)).toEqual(['DEPT_TASK_OVERDUE', 'DEPT_TASK_OVERDUE', 'DEPT_TASK_WARNING', 'DEPT_TASK_WARNING']);
    expect(sms.every((m) => m.department_id === dept.RENSHE && m.status !== 'SKIPPED')).toBe(true);
    expect(sms.some((m) => m.content.includes('镇街联席会议交办') && m.content.includes('已超过办理期限（2026-09-28）'))).toBe(true);
    expect(sms.some((m) => m.content.includes('区县联席会议交办'))).toBe(true);
    // No names in an SMS (the area and the meeting only).
    expect(sms.some((m) => /时.?甲|时.?乙/.test(m.content))).toBe(false);
  });
});

describe('extensions (延期)', () => {
  let extA = '';
  let extC = '';

  it('the department asks: bad input, another department, a done task, more than 60 working days in all are refused', async () => {
    setToday('2026-09-29');
    const reason = '需等待岗位开发，申请延期';
    for (const [d, r, field] of [
      [0, reason, 'days'],
      [31, reason, 'days'],
      [5, '  ', 'reason'],
      [5, '很'.repeat(501), 'reason'],
    ] as const) {
      expect(err(await t.gql(REQUEST, { id: task.a, d, r }, await as('renshe')))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(err(await t.gql(REQUEST, { id: task.a, d: 5, r: reason }, await as('officer')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(err(await t.gql(REQUEST, { id: task.a, d: 5, r: reason }, await as('leader1')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(err(await t.gql(REQUEST, { id: task.b, d: 5, r: reason }, await as('officer')))).toMatchObject({ code: 'INVALID_STATE' });
    const tooMuch = await t.gql(REQUEST, { id: task.d, d: 21, r: reason }, await as('renshe'));
    expect(err(tooMuch)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    expect(err(tooMuch).message).toMatch(/不得超过 60 个工作日/);
    expect(await ownerQuery(`select count(*)::int as n from consultation_task_extension`)).toEqual([{ n: 0 }]);
  });

  it('one pending request per task; the supervisors see it and are told', async () => {
    const ok = await t.gql(REQUEST, { id: task.a, d: 5, r: '需等待岗位开发，申请延期' }, await as('renshe'));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.requestConsultationTaskExtension).toMatchObject({
      dueDate: '2026-09-28',
      extensionDays: 0,
      clockLevel: 'RED',
      pendingExtension: { days: 5, reason: '需等待岗位开发，申请延期', requestedByName: '测试renshe' },
    });
    extA = ok.data!.requestConsultationTaskExtension.pendingExtension.id;
    expect(err(await t.gql(REQUEST, { id: task.a, d: 3, r: '再申请一次' }, await as('renshe')))).toMatchObject({ code: 'CONFLICT' });
    const c = await t.gql(REQUEST, { id: task.c, d: 10, r: '企业招聘推迟' }, await as('renshe'));
    expect(c.errors).toBeUndefined();
    extC = c.data!.requestConsultationTaskExtension.pendingExtension.id;
    // Town 1's leader sees the town's request, not the district meeting's; town 2's leader neither; the joint member both.
    const list = async (u: string) =>
      ((await t.gql(EXTENSIONS, { s: 'PENDING' }, await as(u))).data!.consultationTaskExtensions as Array<{ id: string }>).map((x) => x.id);
    expect(await list('leader1')).toEqual([extA]);
    expect(await list('leader2')).toEqual([]);
    expect((await list('joint')).sort()).toEqual([extA, extC].sort());
    expect(err(await t.gql(EXTENSIONS, {}, await as('renshe')))).toMatchObject({ code: 'FORBIDDEN' });
    // The 工作台's 待复核 counts them with the referrals' requests (none here).
    const todos = async (u: string) => (await t.gql(`{ myTodos { extensionReviews } }`, {}, await as(u))).data!.myTodos.extensionReviews;
    expect([await todos('leader1'), await todos('leader2'), await todos('joint')]).toEqual([1, 0, 2]);
    await consume();
    const l1 = await notes('leader1', ['CONSULTATION_EXTENSION']);
    expect(l1.map((n) => n.link)).toEqual(['/supervision?tab=extensions']);
    expect(l1[0].body).toMatch(/测试区人社局申请.*延期 5 个工作日/);
    expect((await notes('joint', ['CONSULTATION_EXTENSION'])).length).toBe(1); // the district meeting's request only
    expect(await notes('leader2', ['CONSULTATION_EXTENSION'])).toEqual([]);
  });

  it('a town leader of another town cannot decide; approval moves the deadline on working days (国庆, make-up Saturday)', async () => {
    expect(err(await t.gql(DECIDE, { id: extA, a: true }, await as('leader2')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(err(await t.gql(DECIDE, { id: extA, a: true }, await as('renshe')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(err(await t.gql(DECIDE, { id: extC, a: true }, await as('leader1')))).toMatchObject({ code: 'NOT_FOUND' }); // town 2's household
    const ok = await t.gql(DECIDE, { id: extA, a: true, n: '同意' }, await as('leader1'));
    expect(ok.errors).toBeUndefined();
    // 4 + 5 = 9 working days from 09-21: 22, 23, 24, 28, 29, 30, 10-08, 10-09, 10-10 (Saturday, 调休上班).
    expect(ok.data!.decideConsultationTaskExtension).toMatchObject({
      status: 'APPROVED',
      statusName: '已批准',
      decidedByName: '测试leader1',
      decisionNote: '同意',
      dueDate: '2026-10-10',
      extensionDays: 5,
      meetingLevel: 'TOWN',
    });
    expect(err(await t.gql(DECIDE, { id: extA, a: false }, await as('leader1')))).toMatchObject({ code: 'CONFLICT' });
    expect(await taskOf('renshe', task.a)).toMatchObject({ dueDate: '2026-10-10', extensionDays: 5, clockLevel: 'NORMAL', pendingExtension: null });
    expect(await ownerQuery(`select warn_date::text as w from consultation_task where id = $1`, [task.a])).toEqual([{ w: '2026-10-08' }]);
  });

  it('a rejection leaves the deadline; the department is told either way', async () => {
    const no = await t.gql(DECIDE, { id: extC, a: false, n: '请按期办结' }, await as('joint'));
    expect(no.errors).toBeUndefined();
    expect(no.data!.decideConsultationTaskExtension).toMatchObject({ status: 'REJECTED', dueDate: '2026-09-28', extensionDays: 0, meetingLevel: 'DISTRICT' });
    expect(await taskOf('renshe', task.c)).toMatchObject({ dueDate: '2026-09-28', extensionDays: 0, clockLevel: 'RED', pendingExtension: null });
    await consume();
    const told = await notes('renshe', ['CONSULTATION_EXTENSION']);
    expect(told.map((n) => n.title).sort()).toEqual(['会商任务延期已批准：2026-10-10 前办理', '会商任务延期未批准']);
    expect(told.find((n) => n.title.includes('已批准'))!.body).toContain('顺延至 2026-10-10');
  });

  it('the moved deadline is announced again: 预警 at 10-08, 超期 after 10-10', async () => {
    expect(await sweep('2026-10-07')).toEqual({ warned: 0, overdue: 0 });
    expect(await sweep('2026-10-08')).toEqual({ warned: 1, overdue: 0 });
    expect(await sweep('2026-10-08')).toEqual({ warned: 0, overdue: 0 });
    expect(await sweep('2026-10-12')).toEqual({ warned: 0, overdue: 1 });
    expect(await events(task.a, 'consultation.task_warning')).toBe(2);
    expect(await events(task.a, 'consultation.task_overdue')).toBe(2);
    await consume();
    const overdue = (await notes('renshe', ['CONSULTATION_TASK_OVERDUE'])).filter((n) => n.body.includes('2026-10-10'));
    expect(overdue.length).toBe(1);
    expect((await notes('leader1', ['CONSULTATION_TASK_OVERDUE'])).length).toBe(2);
  });

  it('every write is in the operation log', async () => {
    const rows = await ownerQuery(`select action, count(*)::int as n from audit_log where action like 'consultation.task_%' group by action order by action`);
    expect(rows).toEqual([
      { action: 'consultation.task_assigned', n: 5 },
      { action: 'consultation.task_done', n: 2 },
      { action: 'consultation.task_extension_decided', n: 2 },
      { action: 'consultation.task_extension_requested', n: 2 },
      { action: 'consultation.task_sweep', n: 4 },
    ]);
    const [decided] = await ownerQuery(
      `select actor_name, entity_id, diff from audit_log where action = 'consultation.task_extension_decided' order by pos limit 1`,
    );
    expect(decided).toMatchObject({ actor_name: '测试leader1', entity_id: task.a });
  });
});
