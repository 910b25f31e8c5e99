import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { household, member } from './ledger-fixture';

/**
 * 个案会商 (modules/consultation, issue #16 item 2): a window escalates a case to the town joint meeting, the meeting
 * records a decision and assigns tasks to two departments with deadlines on the working-day calendar, each department
 * sees and completes only its own task, the case closes with the last one; town isolation; an overdue task on the
 * 督办看板 once the service clock passes its deadline; Chinese input errors; every write logged.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });
const err = (r: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) => ({
  ...(r.errors?.[0]?.extensions ?? {}),
  message: r.errors?.[0]?.message,
});
const TODAY = '2026-12-10'; // a Thursday; the test calendar has no holidays: Mon–Fri are working days
let h1 = ''; // 一镇甲村
let h2 = ''; // 二镇甲村
const dept: Record<string, string> = {};

const RAISE = `mutation($i: RaiseConsultationInput!) { raiseConsultation(input: $i) { id level status statusName version headName areaName reason } }`;
const CASES = `query($s: ConsultationCaseStatus) { consultationCases(status: $s, pageSize: 100) { total items { id householdId status version level } } }`;
const MEET = `mutation($i: JointMeetingInput!) { recordJointMeeting(input: $i) { id level areaName meetingDate members { name department } recorder
  cases { caseId headName decision } taskCount } }`;
const TASKS = `query($s: ConsultationTaskStatus, $o: Boolean) { consultationTasks(status: $s, overdue: $o, pageSize: 100) { total items {
  id caseId departmentName content limitDays dueDate clockLevel overdueDays status version } } }`;
const DONE = `mutation($id: ID!, $n: String!, $v: Int!) { completeConsultationTask(id: $id, note: $n, version: $v) { id status statusName doneNote doneByName clockLevel } }`;
const BOARD = `{ supervisionBoard { overdueConsultationTasks { count items { id departmentName overdueDays clockLevel dueDate } } } }`;

const meeting = (over: Record<string, unknown>) => ({
  level: 'TOWN',
  areaCode: AREAS.town1,
  meetingDate: TODAY,
  place: '一镇会议室',
  members: [
    { name: '张镇长', department: '一镇人民政府' },
    { name: '李科长', department: '测试区人社局' },
  ],
  recorder: '王记录',
  summary: '研究困难家庭个案',
  cases: [],
  ...over,
});

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  t.runtime.clock = () => new Date(`${TODAY}T04:00:00Z`);
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
  h1 = await household(t, AREAS.village1a, [member('会商甲', '19700101', 'HEAD')]);
  h2 = await household(t, AREAS.village2a, [member('会商乙', '19710101', 'HEAD')]);
});
afterAll(async () => t?.close());

describe('个案会商', () => {
  let caseId = '';
  let caseVersion = 0;

  it('a village window escalates a case to the town joint meeting; bad input gets Chinese errors', async () => {
    const short = await t.gql(RAISE, { i: { householdId: h1, level: 'TOWN', reason: '困难' } }, await as('village1a'));
    expect(err(short)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(err(short).message).toMatch(/不少于 10 个字/);
    const long = await t.gql(RAISE, { i: { householdId: h1, level: 'TOWN', reason: '很'.repeat(1001) } }, await as('village1a'));
    expect(err(long)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(err(long).message).toMatch(/不能超过 1000 个字/);
    // Another town's household does not exist for the window.
    expect(err(await t.gql(RAISE, { i: { householdId: h1, level: 'TOWN', reason: '住房、医疗、就业多重困难' } }, await as('village2a')))).toMatchObject({
      code: 'NOT_FOUND',
    });
    // A joint member may read but not escalate.
    expect(err(await t.gql(RAISE, { i: { householdId: h1, level: 'TOWN', reason: '住房、医疗、就业多重困难' } }, await as('joint')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const ok = await t.gql(
      RAISE,
      { i: { householdId: h1, level: 'TOWN', reason: '户主重病，住房漏雨，子女失业，多部门政策均难以单独解决' } },
      await as('village1a'),
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.raiseConsultation).toMatchObject({ level: 'TOWN', status: 'PENDING', statusName: '待会商', headName: '会商甲', areaName: '一镇甲村' });
    caseId = ok.data!.raiseConsultation.id;
    caseVersion = ok.data!.raiseConsultation.version;
    const again = await t.gql(RAISE, { i: { householdId: h1, level: 'TOWN', reason: '同一户再次提请会商，应被拒绝' } }, await as('town1'));
    expect(err(again)).toMatchObject({ code: 'INVALID_STATE' });
    // A department officer escalates a case of the other town to the district.
    const d = await t.gql(RAISE, { i: { householdId: h2, level: 'DISTRICT', reason: '因病致贫，医疗救助和临时救助仍不足以解决' } }, await as('officer'));
    expect(d.errors).toBeUndefined();
  });

  it('town isolation: another town neither sees the case nor records a meeting on it', async () => {
    const town2 = await t.gql(CASES, {}, await as('leader2'));
    expect(town2.data!.consultationCases.items.map((c: { householdId: string }) => c.householdId)).toEqual([h2]);
    const town1 = await t.gql(CASES, {}, await as('leader1'));
    expect(town1.data!.consultationCases.items.map((c: { householdId: string }) => c.householdId)).toEqual([h1]);
    expect((await t.gql(CASES, {}, await as('joint'))).data!.consultationCases.total).toBe(2);
    expect(err(await t.gql(`query($id: ID!) { consultationCase(id: $id) { id } }`, { id: caseId }, await as('leader2')))).toMatchObject({ code: 'NOT_FOUND' });
    const cases = [{ caseId, version: caseVersion, decision: '由人社安排公益性岗位' }];
    // Town 2's leader: not town 1's meeting, and not town 1's case in town 2's meeting.
    expect(err(await t.gql(MEET, { i: meeting({ cases }) }, await as('leader2')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(err(await t.gql(MEET, { i: meeting({ areaCode: AREAS.town2, cases }) }, await as('leader2')))).toMatchObject({ code: 'NOT_FOUND' });
    // A town leader does not hold the district's meeting.
    expect(err(await t.gql(MEET, { i: meeting({ level: 'DISTRICT', areaCode: AREAS.district, cases }) }, await as('leader1')))).toMatchObject({
      code: 'FORBIDDEN',
    });
    // A window may not record meetings.
    expect(err(await t.gql(MEET, { i: meeting({ cases }) }, await as('town1')))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('rejects a bad meeting record with Chinese errors and changes nothing', async () => {
    const cases = (tasks: unknown[]) => [{ caseId, version: caseVersion, decision: '由人社安排公益性岗位', tasks }];
    const noDeadline = await t.gql(MEET, { i: meeting({ cases: cases([{ departmentId: dept.RENSHE, content: '安排岗位' }]) }) }, await as('leader1'));
    expect(err(noDeadline)).toMatchObject({ code: 'BAD_USER_INPUT', message: '请填写办理时限（工作日数或截止日期）' });
    const both = await t.gql(
      MEET,
      { i: meeting({ cases: cases([{ departmentId: dept.RENSHE, content: '安排岗位', limitDays: 5, dueDate: '2026-12-20' }]) }) },
      await as('leader1'),
    );
    expect(err(both).message).toBe('办理时限请填写工作日数或截止日期之一');
    const future = await t.gql(MEET, { i: meeting({ meetingDate: '2026-12-11', cases: cases([]) }) }, await as('leader1'));
    expect(err(future).message).toBe('会议日期不能晚于今天');
    const noMembers = await t.gql(MEET, { i: meeting({ members: [], cases: cases([]) }) }, await as('leader1'));
    expect(err(noMembers).message).toBe('请填写参会人员');
    const wrongLevel = await t.gql(MEET, { i: meeting({ areaCode: AREAS.district, cases: cases([]) }) }, await as('leader1'));
    expect(err(wrongLevel).message).toBe('镇街联席会议请选择镇街');
    const stale = await t.gql(MEET, { i: meeting({ cases: [{ caseId, version: caseVersion + 1, decision: '意见' }] }) }, await as('leader1'));
    expect(err(stale)).toMatchObject({ code: 'CONFLICT' });
    expect(await ownerQuery(`select count(*)::int as n from joint_meeting`)).toEqual([{ n: 0 }]);
  });

  it('the town meeting records a decision with tasks for two departments; each department sees only its own', async () => {
    const r = await t.gql(
      MEET,
      {
        i: meeting({
          cases: [
            {
              caseId,
              version: caseVersion,
              decision: '人社安排公益性岗位；民政纳入低保边缘并给予临时救助',
              tasks: [
                { departmentId: dept.RENSHE, content: '为其子女安排公益性岗位', limitDays: 5 },
                { departmentId: dept.MINZHENG, content: '核查并给予临时救助', dueDate: '2026-12-24' },
              ],
            },
          ],
        }),
      },
      await as('leader1'),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordJointMeeting).toMatchObject({
      level: 'TOWN',
      areaName: '一镇',
      meetingDate: TODAY,
      recorder: '王记录',
      taskCount: 2,
      cases: [{ caseId, headName: '会商甲', decision: '人社安排公益性岗位；民政纳入低保边缘并给予临时救助' }],
    });
    const c = await t.gql(
      `query($id: ID!) { consultationCase(id: $id) { status decisions { decision meetingDate } tasks { departmentName } } }`,
      { id: caseId },
      await as('village1a'),
    );
    expect(c.data!.consultationCase).toMatchObject({ status: 'DISCUSSED', decisions: [{ meetingDate: TODAY }] });
    expect(c.data!.consultationCase.tasks).toHaveLength(2);
    // 人社 sees its task only: 5 working days from Thursday 12-10 → Thursday 12-17; 民政 its own (12-24 = 10 working days).
    const renshe = await t.gql(TASKS, {}, await as('renshe'));
    expect(renshe.data!.consultationTasks.items).toEqual([
      expect.objectContaining({ departmentName: '测试区人社局', limitDays: 5, dueDate: '2026-12-17', clockLevel: 'NORMAL', status: 'OPEN' }),
    ]);
    const mz = await t.gql(TASKS, {}, await as('officer'));
    expect(mz.data!.consultationTasks.items).toEqual([expect.objectContaining({ departmentName: '测试区民政局', limitDays: 10, dueDate: '2026-12-24' })]);
    // The town sees both.
    expect((await t.gql(TASKS, {}, await as('leader1'))).data!.consultationTasks.total).toBe(2);
    expect((await t.gql(TASKS, {}, await as('leader2'))).data!.consultationTasks.total).toBe(0);
    // The inbox of each department's officers (站内消息, when the outbox is consumed): its own task only.
    await ownerQuery(`select graphile_worker.add_job('outbox-consume')`);
    await t.runJobs();
    const inbox = async (u: string) =>
      (await t.gql(`{ myNotifications(pageSize: 50) { items { kind title body link } } }`, {}, await as(u))).data!.myNotifications.items.filter(
        (n: { kind: string }) => n.kind === 'CONSULTATION_TASK',
      );
    expect(await inbox('renshe')).toEqual([
      {
        kind: 'CONSULTATION_TASK',
        title: '新会商任务：2026-12-17 前办理',
        body: '一镇联席会议（2026-12-10）向本部门分派了会商任务，办理时限 5 个工作日（2026-12-17 前），完成后请填写办理情况。',
        link: '/consultation',
      },
    ]);
    expect(await inbox('officer')).toHaveLength(1);
    expect(await inbox('leader1')).toEqual([]);
    // The case cannot be listed in another meeting.
    const again = await t.gql(MEET, { i: meeting({ cases: [{ caseId, version: caseVersion + 1, decision: '再议' }] }) }, await as('leader1'));
    expect(err(again)).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('another department cannot complete a task; the own department does, and the case closes with the last one', async () => {
    const [renshe] = (await t.gql(TASKS, {}, await as('renshe'))).data!.consultationTasks.items;
    const [mz] = (await t.gql(TASKS, {}, await as('officer'))).data!.consultationTasks.items;
    expect(err(await t.gql(DONE, { id: renshe.id, n: '已办理', v: renshe.version }, await as('officer')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(err(await t.gql(DONE, { id: renshe.id, n: '已办理', v: renshe.version }, await as('leader1')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(err(await t.gql(DONE, { id: renshe.id, n: '  ', v: renshe.version }, await as('renshe')))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '请填写办理情况',
    });
    expect(err(await t.gql(DONE, { id: renshe.id, n: '已办理', v: renshe.version + 1 }, await as('renshe')))).toMatchObject({ code: 'CONFLICT' });
    const done = await t.gql(DONE, { id: renshe.id, n: '已安排到村保洁公益岗', v: renshe.version }, await as('renshe'));
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeConsultationTask).toMatchObject({
      status: 'DONE',
      statusName: '已完成',
      doneNote: '已安排到村保洁公益岗',
      doneByName: '测试renshe',
      clockLevel: 'DONE',
    });
    expect(err(await t.gql(DONE, { id: renshe.id, n: '再次', v: renshe.version + 1 }, await as('renshe')))).toMatchObject({ code: 'INVALID_STATE' });
    expect((await ownerQuery(`select status from consultation_case where id = $1`, [caseId]))[0].status).toBe('DISCUSSED');
    expect((await t.gql(DONE, { id: mz.id, n: '已发放临时救助 3000 元', v: mz.version }, await as('officer'))).errors).toBeUndefined();
    const c = await t.gql(`query($id: ID!) { consultationCase(id: $id) { status statusName openTasks totalTasks } }`, { id: caseId }, await as('village1a'));
    expect(c.data!.consultationCase).toEqual({ status: 'CLOSED', statusName: '已办结', openTasks: 0, totalTasks: 2 });
  });

  it('an overdue task appears on the 督办看板 once the clock passes its deadline, in scope only', async () => {
    const [d] = (await t.gql(CASES, { s: 'PENDING' }, await as('joint'))).data!.consultationCases.items;
    expect(d.level).toBe('DISTRICT');
    const r = await t.gql(
      MEET,
      {
        i: meeting({
          level: 'DISTRICT',
          areaCode: AREAS.district,
          place: '区民政局会议室',
          cases: [
            { caseId: d.id, version: d.version, decision: '人社落实就业援助', tasks: [{ departmentId: dept.RENSHE, content: '就业援助', limitDays: 3 }] },
          ],
        }),
      },
      await as('joint'),
    );
    expect(r.errors).toBeUndefined();
    // Due Tuesday 12-15: on the day still not overdue …
    t.runtime.clock = () => new Date('2026-12-15T04:00:00Z');
    expect((await t.gql(BOARD, {}, await as('joint'))).data!.supervisionBoard.overdueConsultationTasks).toEqual({ count: 0, items: [] });
    // … the next working day overdue by one working day; the weekend does not count (Monday 12-21: four).
    t.runtime.clock = () => new Date('2026-12-16T04:00:00Z');
    expect((await t.gql(BOARD, {}, await as('joint'))).data!.supervisionBoard.overdueConsultationTasks).toEqual({
      count: 1,
      items: [{ id: expect.any(String), departmentName: '测试区人社局', overdueDays: 1, clockLevel: 'RED', dueDate: '2026-12-15' }],
    });
    t.runtime.clock = () => new Date('2026-12-21T04:00:00Z');
    const board = await t.gql(BOARD, {}, await as('renshe'));
    expect(board.data!.supervisionBoard.overdueConsultationTasks).toMatchObject({ count: 1, items: [{ overdueDays: 4 }] });
    // Town 2 (the household's) sees it, town 1 does not; 民政 (another department) does not.
    expect((await t.gql(BOARD, {}, await as('leader2'))).data!.supervisionBoard.overdueConsultationTasks.count).toBe(1);
    expect((await t.gql(BOARD, {}, await as('leader1'))).data!.supervisionBoard.overdueConsultationTasks.count).toBe(0);
    expect((await t.gql(BOARD, {}, await as('officer'))).data!.supervisionBoard.overdueConsultationTasks.count).toBe(0);
    expect((await t.gql(TASKS, { o: true }, await as('joint'))).data!.consultationTasks.total).toBe(1);
    // The village windows do not see the district's meeting record, the district does.
    expect((await t.gql(`{ jointMeetings { total } }`, {}, await as('village1a'))).data!.jointMeetings.total).toBe(0);
    expect((await t.gql(`{ jointMeetings { total } }`, {}, await as('leader1'))).data!.jointMeetings.total).toBe(1);
    expect((await t.gql(`{ jointMeetings { total items { level } } }`, {}, await as('joint'))).data!.jointMeetings.total).toBe(2);
    t.runtime.clock = () => new Date(`${TODAY}T04:00:00Z`);
  });

  it('every write is in the operation log', async () => {
    const rows = await ownerQuery<{ action: string; n: number }>(
      `select action, count(*)::int as n from audit_log where action like 'consultation.%' group by action order by action`,
    );
    expect(rows).toEqual([
      { action: 'consultation.meeting_recorded', n: 2 },
      { action: 'consultation.raised', n: 2 },
      { action: 'consultation.task_assigned', n: 3 },
      { action: 'consultation.task_done', n: 2 },
    ]);
  });
});
