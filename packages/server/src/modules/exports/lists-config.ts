import { DAY_OVERRIDE_KIND_NAMES, isoWeekday } from '@xiejiu/rules';
import { todayCn } from '../../shared/dates';
import { searchAreas, type AreaRow } from '../area/area.service';
import { calendarYear, type CalendarDayRow } from '../calendar/calendar.service';
import { searchDepartments, type DepartmentRow } from '../department/department.service';
import { listFaqs, type FaqView } from '../portal/faq.service';
import { listNotices, type NoticeView } from '../portal/notice.service';
import { listServiceWindows, type WindowView } from '../portal/window.service';
import { listPrograms, type ProgramView } from '../program/program.service';
import { listSmsTemplates, type SmsTemplateView } from '../sms/sms.service';
import { SMS_RECIPIENT_NAMES, type SmsRecipientKind } from '../sms/templates';
import { defineListExport } from './export.service';
import { ANY_ACCOUNT, pageOf } from './exporter';

/**
 * The configuration lists' exporters (ADR 0031; README "Lists"): 区划管理, 部门管理, 事项目录, 节假日日历, 短信模板 and
 * 门户内容's 通知公告, 常见问题, 受理窗口 — each through its page's own query function, as the requester. The queries
 * without paging (every list here but 区划 and 部门) are read whole and sliced into the export's pages, in the page's order.
 */

const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const lines = (xs: string[]) => xs.join('\n');

defineListExport<{ parentCode?: string | null; keyword?: string | null }, AreaRow>({
  list: 'AREAS',
  permission: 'area.read',
  permissionName: '导出行政区划',
  noun: '区划',
  unit: '个',
  jobKind: 'area-export',
  jobName: '区划导出',
  audit: { exported: 'area.exported', entityType: 'area' },
  columns: [
    { header: '区划代码', key: 'code', width: 16 },
    { header: '名称', key: 'name', width: 20 },
    { header: '层级', key: 'level', width: 10 },
    { header: '下级数量', key: 'childCount', width: 10 },
  ],
  read: (ctx, f, page, pageSize) => searchAreas(ctx, { parentCode: f.parentCode, keyword: f.keyword }, { page, pageSize }),
  rows: (items) => items.map((a) => ({ code: a.code, name: a.name, level: a.levelName, childCount: a.childCount })),
});

defineListExport<{ keyword?: string | null }, DepartmentRow>({
  list: 'DEPARTMENTS',
  permission: 'department.read',
  permissionName: '导出部门',
  noun: '部门',
  unit: '个',
  jobKind: 'department-export',
  jobName: '部门导出',
  audit: { exported: 'department.exported', entityType: 'department' },
  columns: [
    { header: '部门编码', key: 'code', width: 16 },
    { header: '部门名称', key: 'name', width: 28 },
    { header: '简称', key: 'shortName', width: 12 },
    { header: '用户数', key: 'userCount', width: 8 },
    { header: '创建时间', key: 'createdAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => searchDepartments(ctx, f.keyword, { page, pageSize }),
  rows: (items) => items.map((d) => ({ code: d.code, name: d.name, shortName: d.shortName, userCount: d.userCount, createdAt: d.createdAt })),
});

type ProgramFilter = { asOf?: string | null; ownerCode?: string | null; keyword?: string | null };

/** 事项目录 as the page shows it: the date's catalogue, the chosen 主管部门 and keyword, grouped by department in catalogue order. */
export async function catalogueAsShown(ctx: Parameters<typeof listPrograms>[0], f: ProgramFilter): Promise<ProgramView[]> {
  const all = await listPrograms(ctx, f.asOf || todayCn());
  const owners = [...new Set(all.map((p) => p.ownerCode))];
  const kw = (f.keyword ?? '').trim();
  return all
    .filter((p) => (!f.ownerCode || p.ownerCode === f.ownerCode) && (!kw || p.name.includes(kw) || p.code.includes(kw) || p.description.includes(kw)))
    .map((p, i) => ({ p, i }))
    .sort((a, b) => owners.indexOf(a.p.ownerCode) - owners.indexOf(b.p.ownerCode) || a.i - b.i)
    .map((x) => x.p);
}

defineListExport<ProgramFilter, ProgramView>({
  list: 'PROGRAMS',
  permission: ANY_ACCOUNT,
  permissionName: '导出救助事项目录',
  noun: '救助事项',
  unit: '项',
  jobKind: 'program-catalogue-export',
  jobName: '事项目录导出',
  audit: { exported: 'program.catalogue_exported', entityType: 'program' },
  // The catalogue has tens of programs: always in the request.
  max: 2_000,
  columns: [
    { header: '事项代码', key: 'code', width: 14 },
    { header: '事项名称', key: 'name', width: 24 },
    { header: '主管部门', key: 'owner', width: 20 },
    { header: '说明', key: 'description', width: 40 },
    { header: '依据', key: 'legalBasis', width: 40 },
    { header: '条件说明', key: 'conditions', width: 50 },
    { header: '金额', key: 'amount', width: 30 },
    { header: '材料清单', key: 'materials', width: 40 },
    { header: '办理环节与时限', key: 'steps', width: 40 },
    { header: '办结时限', key: 'totalLimit', width: 24 },
    { header: '公示', key: 'publicity', width: 20 },
  ],
  read: async (ctx, f, page, pageSize) => pageOf(await catalogueAsShown(ctx, f), page, pageSize),
  rows: (items) =>
    items.map((p) => ({
      code: p.code,
      name: p.name,
      owner: p.ownerName ? `${p.ownerName}（${p.ownerCode}）` : p.ownerCode,
      description: p.description,
      legalBasis: lines(p.legalBasis),
      conditions: lines(p.conditions),
      amount: lines(p.amount),
      materials: lines(p.materials),
      steps: lines(p.steps),
      totalLimit: p.totalLimit?.text ?? '不设总时限（按各环节时限合计）',
      publicity: p.publicity,
    })),
});

defineListExport<{ year?: number | null }, CalendarDayRow>({
  list: 'CALENDAR_DAYS',
  permission: ANY_ACCOUNT,
  permissionName: '导出节假日日历',
  noun: '节假日或调休安排',
  unit: '天',
  jobKind: 'calendar-export',
  jobName: '节假日日历导出',
  audit: { exported: 'calendar.exported', entityType: 'calendar_day' },
  // One year: at most 366 days, always in the request.
  max: 2_000,
  columns: [
    { header: '日期', key: 'date', width: 12 },
    { header: '星期', key: 'weekday', width: 8 },
    { header: '类型', key: 'kind', width: 12 },
    { header: '名称', key: 'name', width: 16 },
    { header: '来源', key: 'source', width: 40 },
    { header: '修改人', key: 'updatedByName', width: 14 },
    { header: '修改时间', key: 'updatedAt', width: 18 },
  ],
  // The page's year (this year in China time unless chosen).
  freeze: (f) => ({ year: f.year ?? Number(todayCn().slice(0, 4)) }),
  read: async (ctx, f, page, pageSize) => pageOf((await calendarYear(ctx, f.year ?? Number(todayCn().slice(0, 4)))).days, page, pageSize),
  rows: (items) =>
    items.map((d) => ({
      date: d.date,
      weekday: WEEKDAY_NAMES[isoWeekday(d.date)],
      kind: DAY_OVERRIDE_KIND_NAMES[d.kind],
      name: d.name,
      source: d.source,
      updatedByName: d.updatedByName,
      updatedAt: d.updatedAt,
    })),
});

defineListExport<{ enabled?: boolean | null }, SmsTemplateView>({
  list: 'SMS_TEMPLATES',
  permission: 'sms.read',
  permissionName: '导出短信模板',
  noun: '短信模板',
  unit: '个',
  jobKind: 'sms-template-export',
  jobName: '短信模板导出',
  audit: { exported: 'sms.templates_exported', entityType: 'sms_template' },
  columns: [
    { header: '模板', key: 'name', width: 20 },
    { header: '接收人', key: 'recipient', width: 14 },
    { header: '模板代码', key: 'code', width: 24 },
    { header: '内容', key: 'content', width: 60 },
    { header: '设置', key: 'settings', width: 20 },
    { header: '最后修改人', key: 'updatedByName', width: 14 },
    { header: '最后修改时间', key: 'updatedAt', width: 18 },
  ],
  read: async (ctx, f, page, pageSize) =>
    pageOf(
      (await listSmsTemplates(ctx)).filter((t) => f.enabled == null || t.enabled === f.enabled),
      page,
      pageSize,
    ),
  rows: (items) =>
    items.map((t) => ({
      name: t.name,
      recipient: SMS_RECIPIENT_NAMES[t.recipientKind as SmsRecipientKind] ?? t.recipientKind,
      code: t.code,
      content: t.content,
      settings: [t.enabled ? '启用' : '停用', t.urgent ? '紧急' : '', t.amountsApproved ? '可发送金额' : ''].filter(Boolean).join('、'),
      updatedByName: t.updatedByName ?? '初始模板',
      updatedAt: t.updatedByName ? t.updatedAt : null,
    })),
});

defineListExport<{ published?: boolean | null }, NoticeView>({
  list: 'PORTAL_NOTICES',
  permission: 'portal.manage',
  permissionName: '导出通知公告',
  noun: '通知公告',
  jobKind: 'portal-notice-export',
  jobName: '通知公告导出',
  audit: { exported: 'portal.notices_exported', entityType: 'portal_notice' },
  columns: [
    { header: '标题', key: 'title', width: 30 },
    { header: '正文', key: 'body', width: 60 },
    { header: '类别', key: 'category', width: 10 },
    { header: '置顶', key: 'pinned', width: 6 },
    { header: '状态', key: 'status', width: 8 },
    { header: '发布日期', key: 'publishedAt', width: 18 },
    { header: '最后修改人', key: 'updatedByName', width: 14 },
    { header: '最后修改时间', key: 'updatedAt', width: 18 },
  ],
  read: async (ctx, f, page, pageSize) =>
    pageOf(
      (await listNotices(ctx)).filter((n) => f.published == null || n.published === f.published),
      page,
      pageSize,
    ),
  rows: (items) =>
    items.map((n) => ({
      title: n.title,
      body: n.body,
      category: n.categoryName,
      pinned: n.pinned ? '是' : '',
      status: n.published ? '已发布' : '草稿',
      publishedAt: n.publishedAt,
      updatedByName: n.updatedByName,
      updatedAt: n.updatedAt,
    })),
});

defineListExport<{ published?: boolean | null }, FaqView>({
  list: 'PORTAL_FAQS',
  permission: 'portal.manage',
  permissionName: '导出常见问题',
  noun: '常见问题',
  unit: '个',
  jobKind: 'portal-faq-export',
  jobName: '常见问题导出',
  audit: { exported: 'portal.faqs_exported', entityType: 'portal_faq' },
  columns: [
    { header: '排序', key: 'sortOrder', width: 6 },
    { header: '问题', key: 'question', width: 40 },
    { header: '回答', key: 'answer', width: 60 },
    { header: '关联事项', key: 'program', width: 20 },
    { header: '状态', key: 'status', width: 8 },
    { header: '最后修改人', key: 'updatedByName', width: 14 },
    { header: '最后修改时间', key: 'updatedAt', width: 18 },
  ],
  read: async (ctx, f, page, pageSize) =>
    pageOf(
      (await listFaqs(ctx)).filter((q) => f.published == null || q.published === f.published),
      page,
      pageSize,
    ),
  rows: (items) =>
    items.map((q) => ({
      sortOrder: q.sortOrder,
      question: q.question,
      answer: q.answer,
      program: q.programName ?? (q.programCode ? `${q.programCode}（已停办）` : '通用'),
      status: q.published ? '已发布' : '草稿',
      updatedByName: q.updatedByName,
      updatedAt: q.updatedAt,
    })),
});

defineListExport<{ editable?: boolean | null }, WindowView & { editable: boolean }>({
  list: 'SERVICE_WINDOWS',
  permission: 'portal.manage',
  permissionName: '导出受理窗口',
  noun: '受理窗口',
  unit: '个',
  jobKind: 'service-window-export',
  jobName: '受理窗口导出',
  audit: { exported: 'portal.windows_exported', entityType: 'service_window' },
  columns: [
    { header: '窗口', key: 'name', width: 24 },
    { header: '区划', key: 'area', width: 20 },
    { header: '地址', key: 'address', width: 36 },
    { header: '办公时间', key: 'hours', width: 24 },
    { header: '咨询电话', key: 'phone', width: 16 },
    { header: '地图和交通说明', key: 'mapText', width: 30 },
    { header: '备注', key: 'note', width: 30 },
    { header: '状态', key: 'status', width: 8 },
    { header: '最后修改人', key: 'updatedByName', width: 14 },
    { header: '最后修改时间', key: 'updatedAt', width: 18 },
  ],
  read: async (ctx, f, page, pageSize) =>
    pageOf(
      (await listServiceWindows(ctx)).filter((w) => f.editable == null || w.editable === f.editable),
      page,
      pageSize,
    ),
  rows: (items) =>
    items.map((w) => ({
      name: w.name,
      area: `${w.areaName}（${w.levelName}）`,
      address: w.address ?? '',
      hours: w.hours ?? '',
      phone: w.phone ?? '',
      mapText: w.mapText ?? '',
      note: w.note ?? '',
      status: w.configured && w.address && w.hours ? '已填写' : '待填写',
      updatedByName: w.updatedByName ?? '',
      updatedAt: w.updatedAt ?? null,
    })),
});
