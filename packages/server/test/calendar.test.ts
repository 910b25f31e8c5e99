import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidateWorkCalendar, loadWorkCalendar } from '../src/modules/calendar/calendar.service';
import { ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';

/**
 * calendar_day is national reference data seeded by its migration; resetDatabase puts it back exactly as seeded
 * (other suites rely on the 2026 arrangement), and this file only writes 2027 and removes what it wrote.
 */
let t: TestApp;

const SET = `mutation($d: String!, $k: DayKind!, $n: String!) { setCalendarDay(date: $d, kind: $k, name: $n) { date kind kindName name weekday source updatedByName } }`;
const REMOVE = `mutation($d: String!) { removeCalendarDay(date: $d) }`;
const YEAR = `query($y: Int!) { calendarDays(year: $y) { year hasYear missingYears days { date kind kindName name weekday source } } }`;

async function clean2027() {
  await ownerQuery(`delete from calendar_day where "date" >= '2027-01-01' and "date" < '2028-01-01'`);
  invalidateWorkCalendar();
}

beforeAll(async () => {
  await resetDatabase();
  await clean2027();
  t = await TestApp.open();
  await seedFixture(t);
});
afterAll(async () => {
  await clean2027();
  await t?.close();
});

describe('working-day calendar (节假日与调休)', () => {
  it('the migration seeds the 2026 State Council arrangement, readable by any signed-in user', async () => {
    const res = await t.gql(YEAR, { y: 2026 }, { cookie: await t.cookieFor('village1a') });
    expect(res.errors).toBeUndefined();
    const y = res.data!.calendarDays;
    expect(y.hasYear).toBe(true);
    expect(y.days).toHaveLength(39);
    expect(y.days.find((d: { date: string }) => d.date === '2026-02-14')).toMatchObject({
      kind: 'WORKDAY',
      kindName: '调休上班',
      name: '春节调休上班',
      weekday: 6,
    });
    expect(y.days.find((d: { date: string }) => d.date === '2026-10-01')).toMatchObject({
      kind: 'HOLIDAY',
      name: '国庆节',
      source: expect.stringMatching(/国务院办公厅/),
    });
    const none = await t.gql(YEAR, { y: 2027 }, { cookie: await t.cookieFor('officer') });
    expect(none.data!.calendarDays).toMatchObject({ hasYear: false, days: [] });
    const anon = await t.gql(YEAR, { y: 2026 });
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const cal = await loadWorkCalendar(t.system());
    expect(cal.hasYear(2026)).toBe(true);
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');

    const info = await t.gql(
      `{ workingDayInfo(from: "2026-09-30", to: "2026-10-12") { workingDays calendarDays toIsWorkingDay toDayName } }`,
      {},
      { cookie: await t.cookieFor('town1') },
    );
    expect(info.data!.workingDayInfo).toEqual({ workingDays: 4, calendarDays: 12, toIsWorkingDay: true, toDayName: null });
  });

  it('a system administrator enters a 2027 holiday and a make-up Sunday; the calendar changes at once; both are logged', async () => {
    const admin = await t.cookieFor('sysadmin');
    const before = await loadWorkCalendar(t.system());
    expect(before.isWorkingDay('2027-02-08')).toBe(true); // Monday
    expect(before.hasYear(2027)).toBe(false);

    const set = await t.gql(SET, { d: '2027-02-08', k: 'HOLIDAY', n: ' 春节 ' }, { cookie: admin });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setCalendarDay).toMatchObject({
      date: '2027-02-08',
      kind: 'HOLIDAY',
      kindName: '法定节假日',
      name: '春节',
      weekday: 1,
      source: '系统管理员录入',
      updatedByName: '测试sysadmin',
    });
    const sunday = await t.gql(SET, { d: '2027-02-07', k: 'WORKDAY', n: '春节调休上班' }, { cookie: admin });
    expect(sunday.errors).toBeUndefined();

    const after = await loadWorkCalendar(t.system());
    expect(after).not.toBe(before);
    expect(after.hasYear(2027)).toBe(true);
    expect(after.isWorkingDay('2027-02-08')).toBe(false);
    expect(after.isWorkingDay('2027-02-07')).toBe(true);
    expect(after.addWorkingDays('2027-02-05', 1)).toBe('2027-02-07');
    expect(after.addWorkingDays('2027-02-05', 2)).toBe('2027-02-09');

    const year = await t.gql(YEAR, { y: 2027 }, { cookie: await t.cookieFor('town1') });
    expect(year.data!.calendarDays.hasYear).toBe(true);
    expect(year.data!.calendarDays.days.map((d: { date: string }) => d.date)).toEqual(['2027-02-07', '2027-02-08']);

    // Changing an entry replaces it; the log keeps before and after.
    const edit = await t.gql(SET, { d: '2027-02-08', k: 'HOLIDAY', n: '春节假期' }, { cookie: admin });
    expect(edit.data!.setCalendarDay.name).toBe('春节假期');
    const logs = await ownerQuery(`select action, actor_name, entity_type, diff from audit_log where entity_id = '2027-02-08' order by pos`);
    expect(logs.map((l) => l.action)).toEqual(['calendar.day_set', 'calendar.day_set']);
    expect(logs[0]).toMatchObject({ actor_name: '测试sysadmin', entity_type: 'calendar_day' });
    expect(JSON.stringify(logs[1].diff)).toMatch(/春节假期/);

    const removed = await t.gql(REMOVE, { d: '2027-02-08' }, { cookie: admin });
    expect(removed.data!.removeCalendarDay).toBe(true);
    expect((await loadWorkCalendar(t.system())).isWorkingDay('2027-02-08')).toBe(true);
    const removedLog = await ownerQuery(`select count(*)::int as n from audit_log where action = 'calendar.day_removed' and entity_id = '2027-02-08'`);
    expect(removedLog[0].n).toBe(1);
    const again = await t.gql(REMOVE, { d: '2027-02-08' }, { cookie: admin });
    expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('only system administrators may edit: windows, departments and other administrators get FORBIDDEN', async () => {
    for (const user of ['town1', 'officer', 'village1a', 'secadmin', 'auditadmin', 'norights'] as const) {
      const res = await t.gql(SET, { d: '2027-10-01', k: 'HOLIDAY', n: '国庆节' }, { cookie: await t.cookieFor(user) });
      expect(res.errors![0].extensions!.code, user).toBe('FORBIDDEN');
      const del = await t.gql(REMOVE, { d: '2026-10-01' }, { cookie: await t.cookieFor(user) });
      expect(del.errors![0].extensions!.code, user).toBe('FORBIDDEN');
    }
    const rows = await ownerQuery(`select count(*)::int as n from calendar_day where "date" in ('2027-10-01', '2026-10-01')`);
    expect(rows[0].n).toBe(1);
  });

  it('rejects bad input with Chinese messages', async () => {
    const admin = await t.cookieFor('sysadmin');
    const cases: Array<[Record<string, string>, RegExp, string]> = [
      [{ d: '2027-02-30', k: 'HOLIDAY', n: '春节' }, /日期格式/, 'date'],
      [{ d: '27-2-1', k: 'HOLIDAY', n: '春节' }, /日期格式/, 'date'],
      [{ d: '2027-03-03', k: 'WORKDAY', n: '调休' }, /周一至周五本来就是工作日/, 'kind'],
      [{ d: '2027-03-03', k: 'HOLIDAY', n: '  ' }, /请填写名称/, 'name'],
      [{ d: '2027-03-03', k: 'HOLIDAY', n: '很长很长很长很长很长很长很长很长很长很长很长' }, /名称不能超过 20 个字/, 'name'],
      [{ d: '2099-01-01', k: 'HOLIDAY', n: '元旦' }, /只能维护/, 'date'],
    ];
    for (const [vars, message, field] of cases) {
      const res = await t.gql(SET, vars, { cookie: admin });
      expect(res.errors![0].message).toMatch(message);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const kind = await t.gql(SET, { d: '2027-03-03', k: 'OFF', n: 'x' }, { cookie: admin });
    expect(kind.errors).toBeDefined();
    const year = await t.gql(YEAR, { y: 1900 }, { cookie: admin });
    expect(year.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
