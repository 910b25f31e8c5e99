import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/modules/exports/lists';
import { AREAS, resetDatabase, seedFixture, TestApp } from './harness';
import { SMS_RECIPIENT_NAMES, type SmsRecipientKind } from '../src/modules/sms/templates';
import { exportHelpers } from './support/export-helpers';

/**
 * The configuration lists' exports (modules/exports/lists-config.ts, ADR 0031): 区划, 部门, 事项目录, 节假日日历, 短信模板
 * and 门户内容's 通知公告, 常见问题, 受理窗口 — each file has the rows its page's query lists for the same filter and
 * reader, in the same order; refused without the query's permission; logged with its action; typed text that a
 * spreadsheet would run as a formula written as text.
 */
let t: TestApp;
const cookies: Record<string, string> = {};

const { exportAs, column, list, lastLog, cleanup } = exportHelpers(() => t, cookies, 'exports-config-test');

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  for (const u of ['sysadmin', 'auditadmin', 'town1', 'village1a', 'officer', 'norights']) cookies[u] = await t.cookieFor(u);
}, 120_000);

afterAll(async () => {
  await t?.close();
  cleanup();
});

describe('区划管理 (AREAS)', () => {
  const AREAS_Q = `query($p: String, $k: String) { areas(parentCode: $p, keyword: $k, page: 1, pageSize: 100) { items { code name levelName childCount } total } }`;

  it('the chosen area’s children as the list shows them, scoped to the reader', async () => {
    for (const [user, filter] of [
      ['sysadmin', { parentCode: AREAS.district }],
      ['sysadmin', { parentCode: AREAS.town1, keyword: '201' }],
      ['town1', { parentCode: AREAS.district }],
      ['town1', { parentCode: AREAS.town2 }],
    ] as const) {
      const data = await list(user, AREAS_Q, { p: filter.parentCode, k: 'keyword' in filter ? filter.keyword : null });
      const x = await exportAs(user, 'areas', filter);
      expect(x.status).toBe(200);
      expect(x.rows[0]).toEqual(['区划代码', '名称', '层级', '下级数量']);
      expect(column(x.rows, '区划代码'), `${user} ${JSON.stringify(filter)}`).toEqual(data.areas.items.map((a: { code: string }) => a.code));
      expect(column(x.rows, '层级')).toEqual(data.areas.items.map((a: { levelName: string }) => a.levelName));
    }
    // A town account: its own town only, never town 2 or its villages.
    expect(column((await exportAs('town1', 'areas', { parentCode: AREAS.district })).rows, '区划代码')).toEqual([AREAS.town1]);
    expect((await exportAs('town1', 'areas', { parentCode: AREAS.town2 })).rows.slice(1)).toEqual([]);
    expect(await lastLog('area.exported')).toMatchObject({
      actor_name: '测试town1',
      diff: { detail: { list: 'AREAS', filter: { parentCode: AREAS.town2 }, rows: 0 } },
    });
  });

  it('refused without area.read; 401 without a session', async () => {
    expect((await exportAs('norights', 'areas', { parentCode: AREAS.district })).status).toBe(403);
    expect((await exportAs(null, 'areas')).status).toBe(401);
  });
});

describe('部门管理 (DEPARTMENTS)', () => {
  it('the departments of the keyword, with a typed name starting with = written as text; refused without department.read', async () => {
    const res = await t.gql(
      `mutation($input: DepartmentInput!) { createDepartment(input: $input) { id } }`,
      { input: { code: 'EXPTEST', name: '=HYPERLINK("http://x.invalid","部")', shortName: '测试' } },
      { cookie: cookies.sysadmin },
    );
    expect(res.errors).toBeUndefined();
    const Q = `query($k: String) { departments(keyword: $k, page: 1, pageSize: 100) { items { code name } total } }`;
    for (const [user, keyword] of [
      ['sysadmin', null],
      ['sysadmin', 'EXP'],
      ['town1', null],
    ] as const) {
      const data = await list(user, Q, { k: keyword });
      const x = await exportAs(user, 'departments', keyword ? { keyword } : {});
      expect(x.status).toBe(200);
      expect(x.rows[0]).toEqual(['部门编码', '部门名称', '简称', '用户数', '创建时间']);
      expect(column(x.rows, '部门编码')).toEqual(data.departments.items.map((d: { code: string }) => d.code));
    }
    const one = await exportAs('sysadmin', 'departments', { keyword: 'EXPTEST' });
    expect(column(one.rows, '部门名称')).toEqual(['\'=HYPERLINK("http://x.invalid","部")']);
    expect(await lastLog('department.exported')).toMatchObject({ diff: { detail: { list: 'DEPARTMENTS', filter: { keyword: 'EXPTEST' }, rows: 1 } } });
    const refused = await exportAs('auditadmin', 'departments');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/没有权限/);
  });
});

describe('事项目录 (PROGRAMS)', () => {
  const Q = `query($d: String) { programs(asOf: $d) { code name ownerCode ownerName description } }`;

  it('the catalogue of the date as the page shows it (grouped by 主管部门), filtered by department and keyword; any signed-in account', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { programs } = await list<{ programs: Array<{ code: string; name: string; ownerCode: string; ownerName: string | null; description: string }> }>(
      'village1a',
      Q,
      { d: today },
    );
    expect(programs.length).toBeGreaterThan(2);
    const owners = [...new Set(programs.map((p) => p.ownerCode))];
    const grouped = owners.flatMap((o) => programs.filter((p) => p.ownerCode === o));
    const all = await exportAs('village1a', 'programs', { asOf: today });
    expect(all.status).toBe(200);
    expect(all.rows[0].slice(0, 3)).toEqual(['事项代码', '事项名称', '主管部门']);
    expect(column(all.rows, '事项代码')).toEqual(grouped.map((p) => p.code));
    expect(column(all.rows, '主管部门')[0]).toBe(grouped[0].ownerName ? `${grouped[0].ownerName}（${grouped[0].ownerCode}）` : grouped[0].ownerCode);

    const owner = owners[owners.length - 1];
    const byOwner = await exportAs('village1a', 'programs', { asOf: today, ownerCode: owner });
    expect(column(byOwner.rows, '事项代码')).toEqual(programs.filter((p) => p.ownerCode === owner).map((p) => p.code));
    const kw = programs[0].name.slice(0, 2);
    const byKeyword = await exportAs('officer', 'programs', { keyword: kw });
    expect(column(byKeyword.rows, '事项代码')).toEqual(
      grouped.filter((p) => p.name.includes(kw) || p.code.includes(kw) || p.description.includes(kw)).map((p) => p.code),
    );
    expect(await lastLog('program.catalogue_exported')).toMatchObject({
      actor_name: '测试officer',
      diff: { detail: { list: 'PROGRAMS', filter: { keyword: kw } } },
    });
    expect((await exportAs(null, 'programs')).status).toBe(401);
    expect((await exportAs('village1a', 'programs', { asOf: '2026-13-45' })).status).toBe(400);
  });
});

describe('节假日日历 (CALENDAR_DAYS)', () => {
  it('the days of the page’s year, with Chinese kinds; any signed-in account; 401 without a session', async () => {
    const { calendarDays } = await list('town1', `query { calendarDays(year: 2026) { days { date kindName name } } }`);
    expect(calendarDays.days.length).toBeGreaterThan(10);
    const x = await exportAs('town1', 'calendar-days', { year: 2026 });
    expect(x.status).toBe(200);
    expect(x.rows[0]).toEqual(['日期', '星期', '类型', '名称', '来源', '修改人', '修改时间']);
    expect(column(x.rows, '日期')).toEqual(calendarDays.days.map((d: { date: string }) => d.date));
    expect(column(x.rows, '类型')).toEqual(calendarDays.days.map((d: { kindName: string }) => d.kindName));
    expect(column(x.rows, '名称')).toEqual(calendarDays.days.map((d: { name: string }) => d.name));
    expect(column(x.rows, '星期')[0]).toMatch(/^周[一二三四五六日]$/);
    expect((await exportAs('town1', 'calendar-days', { year: 2031 })).rows.slice(1)).toEqual([]);
    expect(await lastLog('calendar.exported')).toMatchObject({
      actor_name: '测试town1',
      diff: { detail: { list: 'CALENDAR_DAYS', filter: { year: 2031 }, rows: 0 } },
    });
    expect((await exportAs(null, 'calendar-days', { year: 2026 })).status).toBe(401);
    expect((await exportAs('town1', 'calendar-days', { year: 1999 })).status).toBe(400);
  });
});

describe('短信模板 (SMS_TEMPLATES)', () => {
  it('every template as the page lists it, with recipients and settings in Chinese; refused without sms.read', async () => {
    const { smsTemplates } = await list('officer', `query { smsTemplates { code name content enabled recipientKind } }`);
    expect(smsTemplates.length).toBeGreaterThan(0);
    const x = await exportAs('officer', 'sms-templates');
    expect(x.status).toBe(200);
    expect(column(x.rows, '模板代码')).toEqual(smsTemplates.map((s: { code: string }) => s.code));
    expect(column(x.rows, '内容')).toEqual(smsTemplates.map((s: { content: string }) => s.content));
    expect(column(x.rows, '接收人')).toEqual(smsTemplates.map((s: { recipientKind: SmsRecipientKind }) => SMS_RECIPIENT_NAMES[s.recipientKind]));
    expect(column(x.rows, '接收人')).toContain('部门经办人员');
    expect(column(x.rows, '设置').every((v) => /^(启用|停用)/.test(v))).toBe(true);
    expect(await lastLog('sms.templates_exported')).toMatchObject({
      actor_name: '测试officer',
      diff: { detail: { list: 'SMS_TEMPLATES', rows: smsTemplates.length } },
    });
    expect((await exportAs('town1', 'sms-templates')).status).toBe(403);
  });
});

describe('门户内容: 通知公告, 常见问题, 受理窗口', () => {
  beforeAll(async () => {
    const notice = await t.gql(
      `mutation($input: NoticeInput!) { saveNotice(id: null, input: $input, version: 0) { id } }`,
      { input: { title: '=1+1 放假通知', body: '@SUM(A1:A2) 正文', category: 'NOTICE', published: false } },
      { cookie: cookies.sysadmin },
    );
    expect(notice.errors).toBeUndefined();
    for (const [question, published] of [
      ['+86 怎么申请低保？', true],
      ['草稿问题', false],
    ] as const) {
      const faq = await t.gql(
        `mutation($input: FaqInput!) { saveFaq(id: null, input: $input, version: 0) { id } }`,
        { input: { question, answer: '-到窗口申请', published } },
        { cookie: cookies.sysadmin },
      );
      expect(faq.errors).toBeUndefined();
    }
  });

  it('通知公告: every notice, drafts too, in the tab’s order; text neutralised; district editors only', async () => {
    const { notices } = await list('sysadmin', `query { notices { id title published } }`);
    const x = await exportAs('sysadmin', 'portal-notices');
    expect(x.status).toBe(200);
    expect(column(x.rows, '标题')).toEqual(notices.map((n: { title: string }) => (n.title.startsWith('=') ? `'${n.title}` : n.title)));
    expect(column(x.rows, '标题')).toContain("'=1+1 放假通知");
    expect(column(x.rows, '正文')).toContain("'@SUM(A1:A2) 正文");
    expect(column(x.rows, '状态')).toContain('草稿');
    expect(column((await exportAs('sysadmin', 'portal-notices', { published: true })).rows, '标题')).not.toContain("'=1+1 放假通知");
    expect(await lastLog('portal.notices_exported')).toMatchObject({ diff: { detail: { list: 'PORTAL_NOTICES' } } });
    expect((await exportAs('town1', 'portal-notices')).status).toBe(403);
    expect((await exportAs('village1a', 'portal-notices')).status).toBe(403);
  });

  it('常见问题: every question by 排序, drafts too; text neutralised; district editors only', async () => {
    const { faqs } = await list('sysadmin', `query { faqs { question published sortOrder } }`);
    const x = await exportAs('sysadmin', 'portal-faqs');
    expect(x.status).toBe(200);
    expect(x.rows[0]).toEqual(['排序', '问题', '回答', '关联事项', '状态', '最后修改人', '最后修改时间']);
    expect(column(x.rows, '问题')).toEqual(faqs.map((f: { question: string }) => (/^[=+\-@]/.test(f.question) ? `'${f.question}` : f.question)));
    expect(column(x.rows, '问题')).toContain("'+86 怎么申请低保？");
    expect(column(x.rows, '回答')).toContain("'-到窗口申请");
    const drafts = await exportAs('sysadmin', 'portal-faqs', { published: false });
    expect(column(drafts.rows, '问题')).toEqual(faqs.filter((f: { published: boolean }) => !f.published).map((f: { question: string }) => f.question));
    expect(await lastLog('portal.faqs_exported')).toMatchObject({ diff: { detail: { list: 'PORTAL_FAQS', filter: { published: false } } } });
    expect((await exportAs('town1', 'portal-faqs')).status).toBe(403);
  });

  it('受理窗口: every window as the tab lists them; a town window’s editable ones are its own; refused without portal.manage', async () => {
    const Q = `query { serviceWindows { areaCode name editable } }`;
    for (const user of ['sysadmin', 'town1']) {
      const { serviceWindows } = await list(user, Q);
      const x = await exportAs(user, 'service-windows');
      expect(x.status).toBe(200);
      expect(column(x.rows, '窗口')).toEqual(serviceWindows.map((w: { name: string }) => w.name));
      const mine = await exportAs(user, 'service-windows', { editable: true });
      expect(column(mine.rows, '窗口')).toEqual(serviceWindows.filter((w: { editable: boolean }) => w.editable).map((w: { name: string }) => w.name));
    }
    const { serviceWindows } = await list('town1', Q);
    expect(serviceWindows.filter((w: { editable: boolean }) => w.editable).map((w: { areaCode: string }) => w.areaCode)).toEqual([AREAS.town1]);
    expect(await lastLog('portal.windows_exported')).toMatchObject({
      actor_name: '测试town1',
      diff: { detail: { list: 'SERVICE_WINDOWS', filter: { editable: true }, rows: 1 } },
    });
    expect((await exportAs('village1a', 'service-windows')).status).toBe(403);
  });
});

describe('background export', () => {
  it('startListExport runs a configuration list’s job for staff with its permission', async () => {
    const res = await t.gql(
      `mutation($f: ExportFiltersInput) { startListExport(list: DEPARTMENTS, filters: $f) { id kind } }`,
      { f: { departments: {} } },
      { cookie: cookies.sysadmin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.startListExport.kind).toBe('department-export');
    const refused = await t.gql(`mutation { startListExport(list: SMS_TEMPLATES) { id } }`, {}, { cookie: cookies.town1 });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
