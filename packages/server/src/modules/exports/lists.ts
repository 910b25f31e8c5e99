import { label, RESIDENCE_TYPES } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { pgArray, sqlRows } from '../../shared/sql';
import { areaNames } from '../area/area.service';
import { actionName } from '../audit/audit-actions';
import { searchAudit, type AuditRow, type AuditSearch } from '../audit/audit.service';
import {
  listConsultationCases,
  listConsultationTasks,
  type ConsultationCaseFilter,
  type ConsultationCaseView,
  type ConsultationTaskFilter,
  type ConsultationTaskView,
} from '../consultation/consultation.service';
import { FINDING_SEVERITIES, FINDING_STATUSES, FINDING_TASK_OUTCOMES } from '../crosscheck/crosscheck.codes';
import { listFindings, type FindingFilter, type FindingView } from '../crosscheck/crosscheck.query';
import { listVisitTasks, type VisitTaskFilter, type VisitTaskView } from '../discovery/discovery.service';
import { countHouseholds, searchHouseholds, type HouseholdFilter, type HouseholdRow } from '../household/household.query';
import { listPortalMessages, type MessageFilter, type StaffMessageView } from '../portal/message.service';
import { PUBLICITY_STATUS_NAMES } from '../publicity/publicity.entry';
import { listPublicityEntries, programName, type PublicityEntryRow } from '../publicity/publicity.service';
import { IMPORT_STATUS_NAMES } from '../roster/codes';
import { datasetDef } from '../roster/datasets';
import { listImportBatches, parseDataset, type ImportBatchFilter, type ImportBatchRow } from '../roster/import.service';
import { listSmsMessages, SMS_STATUS_NAMES, type SmsMessageView } from '../sms/sms.service';
import { roleNames, searchUsers, type UserRow, type UserSearch } from '../user/user.service';
import { listVerifications, type VerificationFilter, type VerificationView } from '../verification/verification.query';
import {
  listApplications,
  listReferrals,
  type ApplicationFilter,
  type ApplicationView,
  type ReferralFilter,
  type ReferralView,
} from '../workflow/workflow.query';
import { defineListExport } from './export.service';

/**
 * The exportable lists (ADR 0031). Each reads its list page's own query function with the list page's
 * filter, EXPORT_PAGE items at a time, as the requester (scope and shared view as on screen). Add a list:
 * a name in exporter.ts, its filter in exports.types.ts, an exporter here.
 */

const yes = (b: boolean | null | undefined) => (b ? '是' : '');

/** Full ID numbers of people the reader may see in full (RLS and the caller's checks apply), for an unmasked export. */
async function fullIds(ctx: RequestContext, personIds: string[]): Promise<Map<string, string>> {
  if (!personIds.length) return new Map();
  const rows = await ctx.tx((em) =>
    sqlRows<{ id: string; idEnc: string }>(em, `select id, id_enc as "idEnc" from person where id = any(?::uuid[])`, [pgArray(personIds)]),
  );
  return new Map(rows.map((r) => [r.id, ctx.runtime.fieldCrypto.decrypt(r.idEnc)]));
}

/** Households per ledger export: `GET /files/households.xlsx` (≤ 2,000) or the `ledger-export` job (≤ 20,000). */
export const EXPORT_DIRECT_MAX = 2_000;
export const EXPORT_MAX_HOUSEHOLDS = 20_000;

defineListExport<HouseholdFilter, HouseholdRow>({
  list: 'HOUSEHOLDS',
  permission: 'household.export',
  permissionName: '导出台账',
  unmask: { permission: 'household.unmask', permissionName: '导出完整身份证号' },
  unit: '户',
  noun: '家庭',
  countKey: 'households',
  jobKind: 'ledger-export',
  jobName: '台账导出',
  audit: { exported: 'household.exported', downloaded: 'household.export_downloaded', entityType: 'household' },
  directMax: EXPORT_DIRECT_MAX,
  max: EXPORT_MAX_HOUSEHOLDS,
  columns: ({ unmasked }) => [
    { header: '村（社区）', key: 'area', width: 14 },
    { header: '组', key: 'group', width: 6 },
    { header: '地址', key: 'address', width: 28 },
    { header: '城乡', key: 'residence', width: 6 },
    { header: '层级', key: 'tier', width: 14 },
    { header: '救助事项', key: 'programs', width: 30 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '与户主关系', key: 'relation', width: 10 },
    { header: unmasked ? '身份证号' : '身份证号（脱敏）', key: 'idNumber', width: 22 },
    { header: '性别', key: 'sex', width: 6 },
    { header: '年龄', key: 'age', width: 6 },
  ],
  // The list's total is capped (COUNT_CAP); the export counts up to its maximum.
  count: (ctx, f, cap) => countHouseholds(ctx, f, cap),
  read: (ctx, f, page, pageSize) => searchHouseholds(ctx, f, { page, pageSize }),
  async rows(items, { unmasked }, ctx) {
    // Full numbers only where the reader sees the household in full (its area's windows, the departments serving it).
    const full = unmasked
      ? await fullIds(
          ctx,
          items.filter((h) => h.access === 'FULL').flatMap((h) => h.members.map((m) => m.id)),
        )
      : new Map<string, string>();
    return items.flatMap((h) => {
      const programs = [...new Set(h.benefits.filter((b) => b.status === 'ACTIVE' || b.status === 'PHASE_OUT').map((b) => b.programName))].join('、');
      return h.members.map((m) => ({
        area: h.areaName,
        group: h.groupNo,
        address: h.address,
        residence: label(RESIDENCE_TYPES, h.residenceType),
        tier: h.tierName ?? '',
        programs,
        name: m.name,
        relation: m.relationName,
        idNumber: full.get(m.id) ?? m.idMasked,
        sex: m.sex === 'M' ? '男' : '女',
        age: m.age,
      }));
    });
  },
});

defineListExport<FindingFilter, FindingView>({
  list: 'FINDINGS',
  permission: 'finding.read',
  permissionName: '导出比对疑点',
  noun: '疑点',
  jobKind: 'finding-export',
  jobName: '疑点导出',
  audit: { exported: 'finding.exported', entityType: 'finding' },
  columns: [
    { header: '规则编号', key: 'ruleNo', width: 8 },
    { header: '规则', key: 'rule', width: 24 },
    { header: '严重程度', key: 'severity', width: 8 },
    { header: '状态', key: 'status', width: 8 },
    { header: '镇街', key: 'town', width: 12 },
    { header: '村（社区）', key: 'area', width: 14 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '身份证号（脱敏）', key: 'idMasked', width: 22 },
    { header: '救助事项', key: 'program', width: 16 },
    { header: '部门', key: 'department', width: 14 },
    { header: '依据', key: 'summary', width: 40 },
    { header: '截止日期', key: 'dueDate', width: 12 },
    { header: '逾期', key: 'overdue', width: 6 },
    { header: '复核人', key: 'reviewer', width: 10 },
    { header: '复核意见', key: 'reason', width: 30 },
    { header: '处理结果', key: 'taskOutcome', width: 12 },
    { header: '处理说明', key: 'taskNote', width: 30 },
  ],
  read: (ctx, f, page, pageSize) => listFindings(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((x) => ({
      ruleNo: x.ruleNo,
      rule: x.ruleName,
      severity: FINDING_SEVERITIES[x.severity],
      status: FINDING_STATUSES[x.status as keyof typeof FINDING_STATUSES] ?? x.status,
      town: x.townName,
      area: x.areaName,
      name: x.personName,
      idMasked: x.idMasked,
      program: x.programName,
      department: x.departmentName,
      summary: x.summary,
      dueDate: x.dueDate,
      overdue: yes(x.overdue),
      reviewer: x.reviewerName,
      reason: x.reason,
      taskOutcome: x.taskOutcome ? FINDING_TASK_OUTCOMES[x.taskOutcome] : null,
      taskNote: x.taskNote,
    })),
});

defineListExport<ReferralFilter, ReferralView>({
  list: 'REFERRALS',
  permission: 'application.read',
  permissionName: '导出转办单',
  unit: '件',
  noun: '转办单',
  jobKind: 'referral-export',
  jobName: '转办单导出',
  audit: { exported: 'referral.exported', entityType: 'referral' },
  columns: [
    { header: '受理号', key: 'receiptNo', width: 18 },
    { header: '救助事项', key: 'program', width: 16 },
    { header: '办理部门', key: 'department', width: 14 },
    { header: '村（社区）', key: 'area', width: 14 },
    { header: '户主', key: 'head', width: 10 },
    { header: '申请对象', key: 'person', width: 10 },
    { header: '状态', key: 'status', width: 10 },
    { header: '时限', key: 'level', width: 8 },
    { header: '截止日期', key: 'dueDate', width: 12 },
    { header: '督办', key: 'escalation', width: 10 },
    { header: '结果', key: 'outcome', width: 10 },
    { header: '转办时间', key: 'createdAt', width: 18 },
  ],
  read: listReferrals,
  rows: (items) =>
    items.map((r) => ({
      receiptNo: r.receiptNo,
      program: r.programName,
      department: r.departmentName,
      area: r.areaName,
      head: r.headName,
      person: r.personName,
      status: r.statusName,
      level: r.clock.levelName,
      dueDate: r.dueDate,
      escalation: r.escalationName,
      outcome: r.outcomeName,
      createdAt: r.createdAt,
    })),
});

defineListExport<ApplicationFilter, ApplicationView>({
  list: 'APPLICATIONS',
  permission: 'application.read',
  permissionName: '导出申请',
  unit: '件',
  noun: '申请',
  jobKind: 'application-export',
  jobName: '申请导出',
  audit: { exported: 'application.exported', entityType: 'application' },
  columns: [
    { header: '受理号', key: 'receiptNo', width: 18 },
    { header: '状态', key: 'status', width: 10 },
    { header: '渠道', key: 'channel', width: 10 },
    { header: '紧急', key: 'urgent', width: 6 },
    { header: '村（社区）', key: 'area', width: 14 },
    { header: '户主或联系人', key: 'name', width: 10 },
    { header: '地址', key: 'address', width: 28 },
    { header: '申请事项', key: 'programs', width: 30 },
    { header: '转办单', key: 'referrals', width: 8 },
    { header: '已办结', key: 'done', width: 8 },
    { header: '登记时间', key: 'createdAt', width: 18 },
  ],
  read: listApplications,
  rows: (items) =>
    items.map((a) => ({
      receiptNo: a.receiptNo ?? a.queryNo,
      status: a.statusName,
      channel: a.channelName,
      urgent: yes(a.urgent),
      area: a.areaName,
      name: a.headName ?? a.contact?.name ?? null,
      address: a.address ?? a.contact?.address ?? null,
      programs: [...new Set(a.requested.map((r) => r.programName))].join('、'),
      referrals: a.referralCount,
      done: a.doneCount,
      createdAt: a.createdAt,
    })),
});

defineListExport<VisitTaskFilter, VisitTaskView>({
  list: 'VISIT_TASKS',
  permission: 'application.read',
  permissionName: '导出走访任务',
  noun: '走访任务',
  jobKind: 'visit-export',
  jobName: '走访任务导出',
  audit: { exported: 'discovery.visits_exported', entityType: 'visit_task' },
  columns: [
    { header: '发现规则', key: 'rule', width: 18 },
    { header: '村（社区）', key: 'area', width: 14 },
    { header: '户主', key: 'head', width: 10 },
    { header: '对象', key: 'person', width: 10 },
    { header: '情况', key: 'summary', width: 40 },
    { header: '走访期限', key: 'dueDate', width: 12 },
    { header: '逾期', key: 'overdue', width: 6 },
    { header: '状态', key: 'status', width: 8 },
    { header: '走访结果', key: 'outcome', width: 12 },
    { header: '走访说明', key: 'note', width: 30 },
    { header: '走访人', key: 'doneBy', width: 10 },
    { header: '走访时间', key: 'doneAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => listVisitTasks(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((v) => ({
      rule: v.ruleName,
      area: v.areaName,
      head: v.headName,
      person: v.personName,
      summary: v.summary,
      dueDate: v.dueDate,
      overdue: yes(v.overdue),
      status: v.statusName,
      outcome: v.outcomeName,
      note: v.outcomeNote,
      doneBy: v.doneByName,
      doneAt: v.doneAt,
    })),
});

defineListExport<AuditSearch, AuditRow>({
  list: 'AUDIT_LOGS',
  permission: 'audit.read',
  permissionName: '导出操作日志',
  noun: '日志',
  jobKind: 'audit-export',
  jobName: '操作日志导出',
  audit: { exported: 'audit.exported', entityType: 'audit_log' },
  max: 100_000,
  columns: [
    { header: '序号', key: 'pos', width: 10 },
    { header: '时间', key: 'at', width: 18 },
    { header: '操作人', key: 'actor', width: 12 },
    { header: '角色', key: 'role', width: 12 },
    { header: '区划', key: 'area', width: 14 },
    { header: '操作', key: 'action', width: 20 },
    { header: '对象类型', key: 'entityType', width: 12 },
    { header: '对象', key: 'entityId', width: 38 },
    { header: 'IP', key: 'ip', width: 14 },
  ],
  // The log grows while it is read (each export page would shift the next): the window ends when the export starts.
  freeze: (f) => ({ ...f, to: f.to && new Date(f.to) < new Date() ? new Date(f.to) : new Date() }),
  read: (ctx, f, page, pageSize) =>
    searchAudit(ctx, { ...f, from: f.from && new Date(f.from), to: f.to && new Date(f.to) }, page, pageSize, { logSearch: false }),
  async rows(items, _o, ctx) {
    const areas = await areaNames(ctx, new Set(items.map((r) => r.areaCode)));
    return items.map((r) => ({
      pos: Number(r.pos),
      at: r.at,
      actor: r.actorName,
      role: r.role,
      area: areas.get(r.areaCode) ?? r.areaCode,
      action: actionName(r.action),
      entityType: r.entityType,
      entityId: r.entityId,
      ip: r.ip,
    }));
  },
});

defineListExport<{ status?: string | null }, SmsMessageView>({
  list: 'SMS_MESSAGES',
  permission: 'sms.read',
  permissionName: '导出短信记录',
  noun: '短信',
  jobKind: 'sms-export',
  jobName: '短信记录导出',
  audit: { exported: 'sms.exported', entityType: 'sms_message' },
  columns: [
    { header: '时间', key: 'createdAt', width: 18 },
    { header: '事件', key: 'eventType', width: 20 },
    { header: '模板', key: 'template', width: 18 },
    { header: '手机号（脱敏）', key: 'phoneMasked', width: 14 },
    { header: '内容', key: 'content', width: 50 },
    { header: '状态', key: 'status', width: 14 },
    { header: '尝试次数', key: 'attempts', width: 8 },
    { header: '发送时间', key: 'sentAt', width: 18 },
    { header: '送达时间', key: 'deliveredAt', width: 18 },
    { header: '错误', key: 'lastError', width: 24 },
  ],
  read: (ctx, f, page, pageSize) => listSmsMessages(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((m) => ({
      createdAt: m.createdAt,
      eventType: m.eventType,
      template: m.templateCode,
      phoneMasked: m.phoneMasked,
      content: m.content,
      status: SMS_STATUS_NAMES[m.status] ?? m.status,
      attempts: m.attempts,
      sentAt: m.sentAt,
      deliveredAt: m.deliveredAt,
      lastError: m.lastError,
    })),
});

defineListExport<UserSearch, UserRow>({
  list: 'USERS',
  permission: 'user.read',
  permissionName: '导出用户',
  unit: '个',
  noun: '用户',
  jobKind: 'user-export',
  jobName: '用户导出',
  audit: { exported: 'user.exported', entityType: 'app_user' },
  columns: [
    { header: '用户名', key: 'username', width: 14 },
    { header: '姓名', key: 'displayName', width: 12 },
    { header: '区划', key: 'area', width: 14 },
    { header: '部门', key: 'department', width: 16 },
    { header: '角色', key: 'roles', width: 24 },
    { header: '手机号（脱敏）', key: 'mobileMasked', width: 14 },
    { header: '停用', key: 'disabled', width: 6 },
    { header: '两步验证', key: 'mfa', width: 8 },
    { header: '最近登录', key: 'lastLoginAt', width: 18 },
    { header: '创建时间', key: 'createdAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => searchUsers(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((u) => ({
      username: u.username,
      displayName: u.displayName,
      area: u.areaName ?? u.areaCode,
      department: u.departmentName,
      roles: roleNames(u.roles).join('、'),
      mobileMasked: u.mobileMasked,
      disabled: yes(u.disabled),
      mfa: yes(u.mfaEnabled),
      lastLoginAt: u.lastLoginAt,
      createdAt: u.createdAt,
    })),
});

defineListExport<ConsultationCaseFilter, ConsultationCaseView>({
  list: 'CONSULTATION_CASES',
  permission: 'application.read',
  permissionName: '导出会商个案',
  unit: '件',
  noun: '会商个案',
  jobKind: 'consultation-case-export',
  jobName: '会商个案导出',
  audit: { exported: 'consultation.cases_exported', entityType: 'consultation_case' },
  columns: [
    { header: '提请时间', key: 'raisedAt', width: 18 },
    { header: '会商层级', key: 'level', width: 14 },
    { header: '户主', key: 'head', width: 10 },
    { header: '区划', key: 'area', width: 14 },
    { header: '事由和困难', key: 'reason', width: 40 },
    { header: '提请人', key: 'raisedBy', width: 16 },
    { header: '关联申请', key: 'receiptNo', width: 18 },
    { header: '状态', key: 'status', width: 8 },
    { header: '会商任务', key: 'tasks', width: 8 },
    { header: '未完成任务', key: 'openTasks', width: 10 },
    { header: '办结时间', key: 'closedAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => listConsultationCases(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((c) => ({
      raisedAt: c.raisedAt,
      level: c.levelName,
      head: c.headName,
      area: c.areaName ?? c.areaCode,
      reason: c.reason,
      raisedBy: c.raisedByDepartmentName ?? c.raisedByName,
      receiptNo: c.receiptNo,
      status: c.statusName,
      tasks: c.totalTasks,
      openTasks: c.openTasks,
      closedAt: c.closedAt,
    })),
});

defineListExport<ConsultationTaskFilter, ConsultationTaskView>({
  list: 'CONSULTATION_TASKS',
  permission: 'application.read',
  permissionName: '导出会商任务',
  unit: '件',
  noun: '会商任务',
  jobKind: 'consultation-task-export',
  jobName: '会商任务导出',
  audit: { exported: 'consultation.tasks_exported', entityType: 'consultation_task' },
  columns: [
    { header: '会议日期', key: 'meetingDate', width: 12 },
    { header: '承办部门', key: 'department', width: 16 },
    { header: '任务内容', key: 'content', width: 40 },
    { header: '户主', key: 'head', width: 10 },
    { header: '区划', key: 'area', width: 14 },
    { header: '时限（工作日）', key: 'limitDays', width: 10 },
    { header: '截止日期', key: 'dueDate', width: 12 },
    { header: '超期（工作日）', key: 'overdueDays', width: 10 },
    { header: '状态', key: 'status', width: 8 },
    { header: '办理情况', key: 'doneNote', width: 30 },
    { header: '办理人', key: 'doneBy', width: 10 },
    { header: '完成时间', key: 'doneAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => listConsultationTasks(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((t) => ({
      meetingDate: t.meetingDate,
      department: t.departmentName,
      content: t.content,
      head: t.headName,
      area: t.areaName ?? t.areaCode,
      limitDays: t.limitDays,
      dueDate: t.dueDate,
      overdueDays: t.status === 'OPEN' && t.clockLevel === 'RED' ? t.overdueDays : null,
      status: t.statusName,
      doneNote: t.doneNote,
      doneBy: t.doneByName,
      doneAt: t.doneAt,
    })),
});

defineListExport<{ status?: string | null; areaCode?: string | null }, PublicityEntryRow>({
  list: 'PUBLICITY_ENTRIES',
  permission: 'publicity.read',
  permissionName: '导出公示记录',
  noun: '公示',
  jobKind: 'publicity-export',
  jobName: '公示记录导出',
  audit: { exported: 'publicity.exported', entityType: 'publicity_entry' },
  columns: [
    { header: '姓名（公示）', key: 'nameMasked', width: 10 },
    { header: '村组', key: 'area', width: 16 },
    { header: '救助事项', key: 'program', width: 16 },
    { header: '保障人数', key: 'householdSize', width: 8 },
    { header: '月救助金额（元）', key: 'amount', width: 12 },
    { header: '公示开始', key: 'startsOn', width: 12 },
    { header: '公示结束', key: 'endsOn', width: 12 },
    { header: '状态', key: 'status', width: 8 },
    { header: '异议', key: 'objections', width: 6 },
    { header: '受理号', key: 'receiptNo', width: 18 },
    { header: '撤下时间', key: 'takenDownAt', width: 18 },
  ],
  // The list's masked columns, as on screen and on the portal (the full names only on the printed notice).
  read: (ctx, f, page, pageSize) => listPublicityEntries(ctx, { ...f, page, pageSize }),
  rows: (items) =>
    items.map((e) => ({
      nameMasked: e.nameMasked,
      area: e.areaName,
      program: programName(e.programCode),
      householdSize: e.householdSize,
      amount: e.amountFen === null ? '不公示' : e.amountFen / 100,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      status: PUBLICITY_STATUS_NAMES[e.status] ?? e.status,
      objections: e.objectionCount,
      receiptNo: e.receiptNo,
      takenDownAt: e.takenDownAt,
    })),
});

defineListExport<MessageFilter, StaffMessageView>({
  list: 'PORTAL_MESSAGES',
  permission: 'portal.message.reply',
  permissionName: '导出群众留言',
  noun: '留言',
  jobKind: 'portal-message-export',
  jobName: '群众留言导出',
  audit: { exported: 'portal.messages_exported', entityType: 'portal_message' },
  columns: [
    { header: '留言编号', key: 'messageNo', width: 16 },
    { header: '留言时间', key: 'createdAt', width: 18 },
    { header: '类别', key: 'category', width: 10 },
    { header: '镇街', key: 'area', width: 12 },
    { header: '标题', key: 'title', width: 24 },
    { header: '内容', key: 'content', width: 50 },
    { header: '留言人', key: 'writer', width: 10 },
    { header: '手机号（脱敏）', key: 'phoneMasked', width: 14 },
    { header: '同意公开', key: 'publicWanted', width: 8 },
    { header: '已在留言板', key: 'published', width: 8 },
    { header: '状态', key: 'status', width: 8 },
    { header: '答复期限', key: 'dueDate', width: 12 },
    { header: '逾期', key: 'overdue', width: 6 },
    { header: '答复', key: 'reply', width: 50 },
    { header: '答复单位', key: 'replyUnit', width: 14 },
    { header: '答复时间', key: 'repliedAt', width: 18 },
    { header: '屏蔽理由', key: 'hiddenReason', width: 24 },
  ],
  read: (ctx, f, page, pageSize) => listPortalMessages(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((m) => ({
      messageNo: m.messageNo,
      createdAt: m.createdAt,
      category: m.categoryName,
      area: m.areaName,
      title: m.title,
      content: m.content,
      writer: m.writerName,
      phoneMasked: m.phoneMasked,
      publicWanted: yes(m.publicWanted),
      published: yes(m.published),
      status: m.statusName,
      dueDate: m.dueDate,
      overdue: yes(m.status === 'PENDING' && m.overdue),
      reply: m.reply,
      replyUnit: m.replyUnit ?? m.repliedByName,
      repliedAt: m.repliedAt,
      hiddenReason: m.hiddenReason,
    })),
});

defineListExport<ImportBatchFilter, ImportBatchRow>({
  list: 'IMPORT_BATCHES',
  // The import history's own check (listImportBatches) also admits `reference.push` tokens; the export is for staff who import.
  permission: 'roster.import',
  permissionName: '导出数据导入记录',
  unit: '批',
  noun: '导入记录',
  jobKind: 'import-batch-export',
  jobName: '数据导入记录导出',
  audit: { exported: 'import.batches_exported', entityType: 'import_batch' },
  columns: [
    { header: '导入时间', key: 'createdAt', width: 18 },
    { header: '导入人', key: 'requestedBy', width: 10 },
    { header: '部门', key: 'department', width: 14 },
    { header: '数据集', key: 'dataset', width: 16 },
    { header: '文件', key: 'fileName', width: 28 },
    { header: '状态', key: 'status', width: 8 },
    { header: '总行数', key: 'rows', width: 8 },
    { header: '有效', key: 'valid', width: 8 },
    { header: '新增或更新', key: 'imported', width: 10 },
    { header: '未变化', key: 'unchanged', width: 8 },
    { header: '重复', key: 'duplicates', width: 8 },
    { header: '冲突', key: 'conflicts', width: 8 },
    { header: '错误', key: 'errors', width: 8 },
    { header: '说明', key: 'message', width: 30 },
    { header: '完成时间', key: 'finishedAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => listImportBatches(ctx, f, page, pageSize),
  rows: (items) =>
    items.map((b) => ({
      createdAt: b.createdAt,
      requestedBy: b.requestedByName,
      department: b.departmentName,
      dataset: datasetDef(parseDataset(b.dataset)).name,
      fileName: b.fileName,
      status: IMPORT_STATUS_NAMES[b.status as keyof typeof IMPORT_STATUS_NAMES] ?? b.status,
      rows: b.rows,
      valid: b.valid,
      imported: b.imported,
      unchanged: b.unchanged,
      duplicates: b.duplicates,
      conflicts: b.conflicts,
      errors: b.errors,
      message: b.message,
      finishedAt: b.finishedAt,
    })),
});

defineListExport<VerificationFilter, VerificationView>({
  list: 'VERIFICATIONS',
  // The list's own check (household.detail or household.detailInvolved) applies as well.
  permission: 'household.read',
  permissionName: '导出核查任务',
  noun: '核查任务',
  jobKind: 'verification-export',
  jobName: '核查任务导出',
  audit: { exported: 'verification.exported', entityType: 'verification' },
  columns: [
    { header: '核查编号', key: 'no', width: 20 },
    { header: '户主', key: 'head', width: 10 },
    { header: '区划', key: 'area', width: 14 },
    { header: '发起来源', key: 'source', width: 8 },
    { header: '状态', key: 'status', width: 10 },
    { header: '期限', key: 'dueDate', width: 12 },
    { header: '逾期', key: 'overdue', width: 6 },
    { header: '起草人', key: 'draftedBy', width: 10 },
    { header: '复核人', key: 'approvedBy', width: 10 },
    { header: '结论', key: 'conclusion', width: 18 },
    { header: '发起人', key: 'startedBy', width: 10 },
    { header: '发起时间', key: 'startedAt', width: 18 },
  ],
  read: (ctx, f, page, pageSize) => listVerifications(ctx, f, { page, pageSize }),
  rows: (items) =>
    items.map((v) => ({
      no: v.no,
      head: v.headName,
      area: v.areaName ?? v.areaCode,
      source: v.referralId ? '转办单' : '窗口',
      status: v.statusName,
      dueDate: v.dueDate,
      overdue: yes(v.overdue),
      draftedBy: v.draftedByName,
      approvedBy: v.approvedByName,
      conclusion: v.conclusionName,
      startedBy: v.startedByName,
      startedAt: v.startedAt,
    })),
});
import './lists-work';

import './lists-config';
