import { SCOPE_BY_CODE } from '../auth/token-scopes';
import { listApiTokens, type ApiTokenRow } from '../auth/api-token.service';
import { areaNames } from '../area/area.service';
import { NOTIFICATION_KINDS } from '../inbox/inbox.codes';
import { listMyNotifications, type NotificationRow } from '../inbox/inbox.service';
import { INTEGRATION_EVENT_TYPES } from '../integration/event-types';
import { listWebhookSubscriptions, type WebhookSubscriptionRow } from '../integration/webhook.service';
import { listJobs, type JobFilter, type JobView } from '../jobs/jobs.service';
import { ADMIN_CHANGE_STATUSES, listAdminChanges, type AdminChangeView } from '../user/admin-change.service';
import { todayCn } from '../../shared/dates';
import { listAdvanceReliefs, type AdvanceReliefView } from '../workflow/advance-relief.service';
import { pendingExtensions, supervisionBoard, type PendingExtensionView, type ReferralView } from '../workflow/workflow.query';
import { defineListExport } from './export.service';
import { ANY_ACCOUNT, pageOf } from './exporter';

/**
 * The exports of the console's operational lists (ADR 0031, README "Lists"): 后台任务, 站内消息, 接口令牌 and its
 * 回调地址, 管理员账号变更申请, and 督办看板's 预警、超期和逾期未签收, 先行救助待补办 and 延期待审批. Each reads its
 * page's own query function as the requester, as lists.ts does. 后台任务 and 站内消息 are each user's own lists
 * (`ANY_ACCOUNT`: every signed-in account, the rows being the user's own as on screen); unlike the other
 * `ANY_ACCOUNT` lists they may run as a job, which `RequestContext.can('authenticated')` lets its requester see
 * and download. Never in a file: a token's secret or hash, a webhook's signing key.
 */

const JOB_UNITS: Record<string, string> = { 'outbox-consume': '条', 'clock-sweep': '件', 'jobs-recover': '个' };

defineListExport<JobFilter, JobView>({
  list: 'JOBS',
  // The user's own list: what `jobs` shows them (per kind its permission and area rule, jobs.service.ts).
  permission: ANY_ACCOUNT,
  permissionName: '导出后台任务',
  unit: '个',
  noun: '后台任务',
  jobKind: 'job-export',
  jobName: '后台任务导出',
  audit: { exported: 'job.exported', entityType: 'job' },
  columns: [
    { header: '发起时间', key: 'createdAt', width: 18 },
    { header: '发起人', key: 'requestedBy', width: 12 },
    { header: '任务', key: 'title', width: 30 },
    { header: '类型', key: 'kind', width: 14 },
    { header: '区域', key: 'area', width: 14 },
    { header: '进度', key: 'progress', width: 16 },
    { header: '状态', key: 'status', width: 8 },
    { header: '执行次数', key: 'attempts', width: 8 },
    { header: '错误', key: 'error', width: 30 },
    { header: '完成时间', key: 'finishedAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => listJobs(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((j) => ({
      createdAt: j.createdAt,
      requestedBy: j.requestedByName,
      title: j.title,
      kind: j.kindName,
      area: j.areaName ?? j.areaCode ?? '全系统',
      progress: `${j.processed} / ${j.total} ${JOB_UNITS[j.kind] ?? '户'}（${j.progress}%）`,
      status: j.statusName,
      attempts: j.attempts,
      error: j.error,
      finishedAt: j.finishedAt,
    })),
});

defineListExport<{ unreadOnly?: boolean | null }, NotificationRow>({
  list: 'INBOX_NOTIFICATIONS',
  // The reader's own notifications only (inbox.service.ts: user_id and row-level security); tokens have none.
  permission: ANY_ACCOUNT,
  permissionName: '导出站内消息',
  noun: '消息',
  jobKind: 'inbox-export',
  jobName: '站内消息导出',
  audit: { exported: 'inbox.exported', entityType: 'notification' },
  columns: [
    { header: '状态', key: 'read', width: 6 },
    { header: '类型', key: 'kind', width: 12 },
    { header: '标题', key: 'title', width: 30 },
    { header: '内容', key: 'body', width: 50 },
    { header: '时间', key: 'createdAt', width: 18 },
    { header: '阅读时间', key: 'readAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => listMyNotifications(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((n) => ({
      read: n.readAt ? '已读' : '未读',
      kind: NOTIFICATION_KINDS[n.kind] ?? n.kind,
      title: n.title,
      body: n.body,
      createdAt: n.createdAt,
      readAt: n.readAt,
    })),
});

const tokenStatus = (t: { revokedAt: Date | null; expiresAt: Date }) => (t.revokedAt ? '已吊销' : t.expiresAt <= new Date() ? '已过期' : '有效');

defineListExport<Record<string, unknown>, ApiTokenRow>({
  list: 'API_TOKENS',
  permission: 'apiToken.manage',
  permissionName: '导出接口令牌',
  unit: '个',
  noun: '接口令牌',
  jobKind: 'api-token-export',
  jobName: '接口令牌导出',
  audit: { exported: 'api_token.exported', entityType: 'api_token' },
  // The list's columns: the prefix as on screen, never the token or its hash (listApiTokens does not read them).
  columns: [
    { header: '名称', key: 'name', width: 20 },
    { header: '前缀', key: 'prefix', width: 14 },
    { header: '部门', key: 'department', width: 14 },
    { header: '区划', key: 'area', width: 14 },
    { header: '权限范围', key: 'scopes', width: 40 },
    { header: '创建时间', key: 'createdAt', width: 18 },
    { header: '有效期至', key: 'expiresAt', width: 18 },
    { header: '最近使用', key: 'lastUsedAt', width: 18 },
    { header: '状态', key: 'status', width: 8 },
    { header: '吊销时间', key: 'revokedAt', width: 18 },
  ],
  read: (ctx, _f, page, pageSize) => listApiTokens(ctx, { page, pageSize }),
  async rows(items, _o, ctx) {
    const areas = await areaNames(ctx, new Set(items.map((t) => t.areaCode)));
    return items.map((t) => ({
      name: t.name,
      prefix: `${t.prefix}…`,
      department: t.departmentName,
      area: areas.get(t.areaCode) ?? t.areaCode,
      scopes: t.scopes.map((s) => SCOPE_BY_CODE.get(s)?.name ?? s).join('、'),
      createdAt: t.createdAt,
      expiresAt: t.expiresAt,
      lastUsedAt: t.lastUsedAt ?? '从未使用',
      status: tokenStatus(t),
      revokedAt: t.revokedAt,
    }));
  },
});

defineListExport<{ apiTokenId?: string | null }, WebhookSubscriptionRow>({
  list: 'WEBHOOK_SUBSCRIPTIONS',
  permission: 'apiToken.manage',
  permissionName: '导出回调地址',
  unit: '个',
  noun: '回调地址',
  jobKind: 'webhook-export',
  jobName: '回调地址导出',
  audit: { exported: 'webhook.exported', entityType: 'webhook_subscription' },
  // Never the signing key (listWebhookSubscriptions does not read it).
  columns: [
    { header: '令牌', key: 'token', width: 20 },
    { header: '回调地址', key: 'url', width: 40 },
    { header: '事件', key: 'events', width: 40 },
    { header: '送达', key: 'delivered', width: 8 },
    { header: '待发', key: 'pending', width: 8 },
    { header: '失败', key: 'failed', width: 8 },
    { header: '最近错误', key: 'lastError', width: 30 },
    { header: '最近送达', key: 'lastDeliveredAt', width: 18 },
    { header: '状态', key: 'status', width: 8 },
    { header: '登记人', key: 'createdBy', width: 10 },
    { header: '登记时间', key: 'createdAt', width: 18 },
    { header: '停用时间', key: 'disabledAt', width: 18 },
  ],
  // The page's whole list (at most 500, as on screen), sliced into export pages.
  read: async (ctx, f, page, pageSize) => pageOf(await listWebhookSubscriptions(ctx, f.apiTokenId), page, pageSize),
  rows: (items) =>
    items.map((s) => ({
      token: s.apiTokenName,
      url: s.url,
      events: s.eventTypes.length ? s.eventTypes.map((t) => INTEGRATION_EVENT_TYPES[t] ?? t).join('、') : '全部',
      delivered: s.delivered,
      pending: s.pending,
      failed: s.failed,
      lastError: s.lastError,
      lastDeliveredAt: s.lastDeliveredAt,
      status: s.active ? '启用' : '已停用',
      createdBy: s.createdByName,
      createdAt: s.createdAt,
      disabledAt: s.disabledAt,
    })),
});

defineListExport<{ pending?: boolean | null }, AdminChangeView>({
  list: 'ADMIN_CHANGE_REQUESTS',
  permission: 'adminChange.review',
  permissionName: '导出管理员账号变更申请',
  unit: '件',
  noun: '变更申请',
  jobKind: 'admin-change-export',
  jobName: '管理员账号变更申请导出',
  audit: { exported: 'admin_change.exported', entityType: 'admin_change_request' },
  columns: [
    { header: '申请时间', key: 'requestedAt', width: 18 },
    { header: '账号', key: 'target', width: 20 },
    { header: '账号角色', key: 'targetRoles', width: 24 },
    { header: '变更内容', key: 'kind', width: 12 },
    { header: '改为角色', key: 'roles', width: 24 },
    { header: '申请人', key: 'requestedBy', width: 20 },
    { header: '有效期至', key: 'expiresAt', width: 18 },
    { header: '状态', key: 'status', width: 8 },
    { header: '处理人', key: 'decidedBy', width: 20 },
    { header: '处理时间', key: 'decidedAt', width: 18 },
    { header: '处理意见', key: 'note', width: 30 },
  ],
  // The page lists the pending ones (the query's default).
  read: (ctx, f, page, pageSize) => listAdminChanges(ctx, f.pending ?? true, { page, pageSize }),
  rows: (items) =>
    items.map((r) => ({
      requestedAt: r.requestedAt,
      target: `${r.targetName}（${r.targetUsername}）`,
      targetRoles: r.targetRoleNames.join('、'),
      kind: r.kindName,
      roles: r.roleNames?.join('、') ?? null,
      requestedBy: `${r.requestedByName}（${r.requestedRoleName}）`,
      expiresAt: r.expiresAt,
      status: r.statusName ?? ADMIN_CHANGE_STATUSES[r.status],
      decidedBy: r.decidedByName ? `${r.decidedByName}${r.decidedRoleName ? `（${r.decidedRoleName}）` : ''}` : null,
      decidedAt: r.decidedAt,
      note: r.decisionNote,
    })),
});

defineListExport<Record<string, unknown>, PendingExtensionView>({
  list: 'EXTENSION_REQUESTS',
  permission: 'referral.supervise',
  permissionName: '导出延期申请',
  unit: '件',
  noun: '延期申请',
  jobKind: 'extension-export',
  jobName: '延期申请导出',
  audit: { exported: 'referral.extensions_exported', entityType: 'extension_request' },
  columns: [
    { header: '受理号', key: 'receiptNo', width: 18 },
    { header: '事项', key: 'program', width: 16 },
    { header: '部门', key: 'department', width: 14 },
    { header: '区划', key: 'area', width: 14 },
    { header: '延期（工作日）', key: 'days', width: 10 },
    { header: '理由', key: 'reason', width: 40 },
    { header: '原期限', key: 'dueDate', width: 12 },
    { header: '申请人', key: 'requestedBy', width: 10 },
    { header: '申请时间', key: 'requestedAt', width: 18 },
  ],
  // 延期待审批: the supervisor's whole pending list (no paging of its own), sliced into export pages.
  read: async (ctx, _f, page, pageSize) => pageOf(await pendingExtensions(ctx), page, pageSize),
  rows: (items) =>
    items.map((e) => ({
      receiptNo: e.receiptNo,
      program: e.programName,
      department: e.departmentName,
      area: e.areaName,
      dueDate: e.dueDate,
      days: e.days,
      reason: e.reason,
      requestedBy: e.requestedByName,
      requestedAt: e.requestedAt,
    })),
});

/** The 时限 tag's text, as the board shows it (console workflow-ui.tsx `ClockTag`). */
function clockText(r: ReferralView, today: string): string {
  const c = r.clock;
  if (r.status === 'PENDING_SIGN' && r.signDue < today && c.level !== 'RED') return '逾期未签收';
  switch (c.level) {
    case 'RED':
      return `超期 ${c.overdueDays} 个工作日`;
    case 'AMBER':
      return `预警 · 剩 ${c.remainingDays} 个工作日`;
    case 'PAUSED':
      return '暂停计时';
    case 'DONE':
      return `用时 ${c.elapsedDays}/${c.limitDays} 个工作日`;
    default:
      return `正常 · 剩 ${c.remainingDays} 个工作日`;
  }
}

defineListExport<Record<string, unknown>, ReferralView>({
  list: 'SUPERVISION_ITEMS',
  permission: 'application.read',
  permissionName: '导出督办事项',
  unit: '件',
  noun: '督办事项',
  jobKind: 'supervision-export',
  jobName: '督办事项导出',
  audit: { exported: 'referral.supervision_exported', entityType: 'referral' },
  columns: [
    { header: '时限', key: 'clock', width: 20 },
    { header: '受理号', key: 'receiptNo', width: 18 },
    { header: '事项', key: 'program', width: 16 },
    { header: '主管部门', key: 'department', width: 14 },
    { header: '区划', key: 'area', width: 14 },
    { header: '状态', key: 'status', width: 10 },
    { header: '期限', key: 'due', width: 12 },
    { header: '督办', key: 'escalation', width: 10 },
  ],
  // 督办看板's 预警、超期和逾期未签收 (open referrals past their warning date or sign-by date, at most 200, by
  // deadline) — not a filter of 转办单, so its own list: the board's own query, sliced into export pages.
  read: async (ctx, _f, page, pageSize) => pageOf((await supervisionBoard(ctx)).items, page, pageSize),
  rows: (items) => {
    const today = todayCn();
    return items.map((r) => ({
      clock: clockText(r, today),
      receiptNo: r.receiptNo,
      program: r.programName,
      department: r.departmentName,
      area: r.areaName ?? r.areaCode,
      status: r.statusName,
      due: r.status === 'PENDING_SIGN' ? r.signDue : r.clock.dueDate,
      escalation: r.escalationName,
    }));
  },
});

defineListExport<{ open?: boolean | null }, AdvanceReliefView>({
  list: 'ADVANCE_RELIEFS',
  permission: 'application.read',
  permissionName: '导出先行救助',
  unit: '笔',
  noun: '先行救助',
  jobKind: 'advance-relief-export',
  jobName: '先行救助导出',
  audit: { exported: 'advance_relief.exported', entityType: 'advance_relief' },
  columns: [
    { header: '状态', key: 'state', width: 10 },
    { header: '受理号/查询号', key: 'no', width: 18 },
    { header: '户主/联系人', key: 'name', width: 10 },
    { header: '区划', key: 'area', width: 14 },
    { header: '金额（元）', key: 'amount', width: 10 },
    { header: '理由', key: 'reason', width: 40 },
    { header: '发放日期', key: 'grantDate', width: 12 },
    { header: '发放人', key: 'grantedBy', width: 10 },
    { header: '补办截止', key: 'paperworkDue', width: 12 },
  ],
  // 督办看板's 先行救助待补办 is `open: true`; the list's own query (at most 500), sliced into export pages.
  read: async (ctx, f, page, pageSize) => pageOf(await listAdvanceReliefs(ctx, { open: f.open ?? true }), page, pageSize),
  rows: (items) =>
    items.map((x) => ({
      state: x.stateName,
      no: x.receiptNo ?? x.queryNo ?? '（待确认）',
      name: x.name,
      area: x.areaName ?? x.areaCode,
      amount: x.amountYuan,
      reason: x.reason,
      grantDate: x.grantDate,
      grantedBy: x.grantedByName,
      paperworkDue: x.paperworkDue,
    })),
});
