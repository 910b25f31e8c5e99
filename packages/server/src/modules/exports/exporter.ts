import type { RequestContext } from '../../graphql/request-context';
import { Permission } from '../auth/permissions';
import type { XlsxColumn } from './xlsx-writer';

/**
 * The lists a user can export (ADR 0031): one exporter per console list page, in `lists.ts`. The names
 * are the GraphQL enum `ExportList` (graphql/enums.ts) and the file and sheet names.
 */
export const EXPORT_LIST_NAMES = {
  HOUSEHOLDS: '户籍台账',
  FINDINGS: '比对疑点',
  REFERRALS: '转办单',
  APPLICATIONS: '申请',
  VISIT_TASKS: '走访任务',
  AUDIT_LOGS: '操作日志',
  SMS_MESSAGES: '短信记录',
  USERS: '用户',
  JOBS: '后台任务',
  INBOX_NOTIFICATIONS: '站内消息',
  API_TOKENS: '接口令牌',
  WEBHOOK_SUBSCRIPTIONS: '回调地址',
  ADMIN_CHANGE_REQUESTS: '管理员账号变更申请',
  EXTENSION_REQUESTS: '延期申请',
  SUPERVISION_ITEMS: '督办事项',
  ADVANCE_RELIEFS: '先行救助',
  CONSULTATION_CASES: '会商个案',
  CONSULTATION_TASKS: '会商任务',
  PUBLICITY_ENTRIES: '公示记录',
  PORTAL_MESSAGES: '群众留言',
  IMPORT_BATCHES: '数据导入记录',
  VERIFICATIONS: '核查任务',
  AREAS: '行政区划',
  DEPARTMENTS: '部门',
  PROGRAMS: '救助事项目录',
  CALENDAR_DAYS: '节假日日历',
  SMS_TEMPLATES: '短信模板',
  PORTAL_NOTICES: '通知公告',
  PORTAL_FAQS: '常见问题',
  SERVICE_WINDOWS: '受理窗口',
} as const;
export type ExportList = keyof typeof EXPORT_LIST_NAMES;

/** `ExportFiltersInput` field of each list (its own filter input type, exports.types.ts). */
export const FILTER_FIELDS: Record<ExportList, string> = {
  HOUSEHOLDS: 'households',
  FINDINGS: 'findings',
  REFERRALS: 'referrals',
  APPLICATIONS: 'applications',
  VISIT_TASKS: 'visitTasks',
  AUDIT_LOGS: 'auditLogs',
  SMS_MESSAGES: 'smsMessages',
  USERS: 'users',
  JOBS: 'jobs',
  INBOX_NOTIFICATIONS: 'inboxNotifications',
  API_TOKENS: 'apiTokens',
  WEBHOOK_SUBSCRIPTIONS: 'webhookSubscriptions',
  ADMIN_CHANGE_REQUESTS: 'adminChangeRequests',
  EXTENSION_REQUESTS: 'extensionRequests',
  SUPERVISION_ITEMS: 'supervisionItems',
  ADVANCE_RELIEFS: 'advanceReliefs',
  CONSULTATION_CASES: 'consultationCases',
  CONSULTATION_TASKS: 'consultationTasks',
  PUBLICITY_ENTRIES: 'publicityEntries',
  PORTAL_MESSAGES: 'portalMessages',
  IMPORT_BATCHES: 'importBatches',
  VERIFICATIONS: 'verifications',
  AREAS: 'areas',
  DEPARTMENTS: 'departments',
  PROGRAMS: 'programs',
  CALENDAR_DAYS: 'calendarDays',
  SMS_TEMPLATES: 'smsTemplates',
  PORTAL_NOTICES: 'portalNotices',
  PORTAL_FAQS: 'portalFaqs',
  SERVICE_WINDOWS: 'serviceWindows',
};

/** One page of a list that is read whole (bounded, no paging of its own), answered as the paged lists answer. */
export function pageOf<T>(all: T[], page: number, pageSize: number): { items: T[]; total: number } {
  return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length };
}

/** Rows an exporter reads per page — the list's own page size limit (shared/paging.ts). */
export const EXPORT_PAGE = 100;

export interface ExportOptions {
  /** Full ID numbers (and phones) instead of masked ones: only with the exporter's `unmask` permission and a reason. */
  unmasked: boolean;
}

/**
 * One exportable list. `page` reads one page of the list through the list page's own query function
 * with the same filter (so the file has exactly the rows the user pages through, scoped the same way)
 * and turns its items into xlsx rows keyed by `columns`.
 */
export interface ListExporter<F = Record<string, unknown>> {
  list: ExportList;
  /** Needed to export (beyond what the list query itself requires). */
  permission: string;
  permissionName: string;
  /** Count unit in messages and the job title (`台账导出（12 户）`), and what is counted (`没有符合筛选条件的家庭`). */
  unit: string;
  noun: string;
  /** Key of the count in the operation log's detail (`households` for the ledger, as before; else `rows`). */
  countKey: 'rows' | 'households';
  /** Job kind and Chinese name of the background export (modules/jobs). */
  jobKind: string;
  jobName: string;
  /** Operation-log actions: the export (before any byte is written) and the download of a job's file. */
  audit: { exported: string; downloaded: string; entityType: string };
  columns(o: ExportOptions): XlsxColumn[];
  /** Up to this many (in `unit`) the file is made during the request; above, a job. */
  directMax: number;
  /** The most one export may contain. */
  max: number;
  /** Full identifiers: the permission that allows them (e.g. `household.unmask`); absent → always masked. */
  unmask?: { permission: string; permissionName: string };
  /** How many items the filter matches, counting at most `cap`. */
  count(ctx: RequestContext, filter: F, cap: number): Promise<number>;
  /** Items of page `page` (EXPORT_PAGE each) as rows; `items` is the number of list items read (for progress and the end). */
  page(ctx: RequestContext, filter: F, page: number, o: ExportOptions): Promise<{ items: number; rows: Array<Record<string, unknown>> }>;
  /** Filter as the export (and the job) will run it, e.g. a time window frozen at its start. Default: as given. */
  freeze?(filter: F): F;
}

type Row = Record<string, unknown>;

/**
 * What `lists.ts` writes for a list (`defineListExport` in export.service.ts fills in the rest): `read` is the
 * list page's own query for one page, `rows` turns its items into xlsx rows keyed by the columns' keys. Unless
 * given: 2,000 rows in the request, 50,000 at most, counted as 条 in `rows`, downloads logged `export.downloaded`,
 * the count taken from `read` (give `count` where the list's total is capped).
 */
export interface ListExportDef<F, T> {
  list: ExportList;
  permission: string;
  permissionName: string;
  noun: string;
  jobKind: string;
  jobName: string;
  audit: { exported: string; entityType: string; downloaded?: string };
  columns: XlsxColumn[] | ((o: ExportOptions) => XlsxColumn[]);
  read(ctx: RequestContext, filter: F, page: number, pageSize: number): Promise<{ items: T[]; total: number }>;
  rows(items: T[], o: ExportOptions, ctx: RequestContext): Row[] | Promise<Row[]>;
  unit?: string;
  countKey?: ListExporter['countKey'];
  directMax?: number;
  max?: number;
  unmask?: ListExporter['unmask'];
  count?: ListExporter<F>['count'];
  freeze?: ListExporter<F>['freeze'];
}

/** The exporter of a definition, with the defaults above. */
export function exporterFrom<F, T>(def: ListExportDef<F, T>): ListExporter<F> {
  const { read, rows, columns, ...rest } = def;
  return {
    ...rest,
    unit: def.unit ?? '条',
    countKey: def.countKey ?? 'rows',
    directMax: def.directMax ?? 2_000,
    max: def.max ?? 50_000,
    audit: { downloaded: 'export.downloaded', ...def.audit },
    columns: typeof columns === 'function' ? columns : () => columns,
    count: def.count ?? (async (ctx, filter) => (await read(ctx, filter, 1, 1)).total),
    async page(ctx, filter, page, o) {
      const { items } = await read(ctx, filter, page, EXPORT_PAGE);
      return { items: items.length, rows: await rows(items, o, ctx) };
    },
  };
}

/**
 * `permission` of a list whose query any signed-in account may read (事项目录, 节假日日历, a user's own 后台任务 and
 * 站内消息: `@Authorized(Authenticated)`): `ctx.require(ANY_ACCOUNT)` asks for a sign-in only (request-context.ts `can`).
 */
export const ANY_ACCOUNT = Permission.Authenticated;

const exporters = new Map<ExportList, ListExporter<never>>();

export function defineExporter<F>(e: ListExporter<F>): ListExporter<F> {
  if (exporters.has(e.list)) throw new Error(`exporter ${e.list} is defined twice`);
  exporters.set(e.list, e as unknown as ListExporter<never>);
  return e;
}

export function exporterOf(list: string): ListExporter<Record<string, unknown>> | undefined {
  return exporters.get(list as ExportList) as ListExporter<Record<string, unknown>> | undefined;
}

export function exporterOfJob(kind: string): ListExporter<Record<string, unknown>> | undefined {
  return [...exporters.values()].find((e) => e.jobKind === kind) as ListExporter<Record<string, unknown>> | undefined;
}

export const exportPermissions = () => [...new Set([...exporters.values()].map((e) => e.permission))];
