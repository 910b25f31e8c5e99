import { label, RESIDENCE_TYPES } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { pgArray, sqlRows } from '../../shared/sql';
import { areaNames } from '../area/area.service';
import { actionName } from '../audit/audit-actions';
import { searchAudit, type AuditRow, type AuditSearch } from '../audit/audit.service';
import { FINDING_SEVERITIES, FINDING_STATUSES, FINDING_TASK_OUTCOMES } from '../crosscheck/crosscheck.codes';
import { listFindings, type FindingFilter, type FindingView } from '../crosscheck/crosscheck.query';
import { listVisitTasks, type VisitTaskFilter, type VisitTaskView } from '../discovery/discovery.service';
import { countHouseholds, searchHouseholds, type HouseholdFilter, type HouseholdRow } from '../household/household.query';
import { listSmsMessages, SMS_STATUS_NAMES, type SmsMessageView } from '../sms/sms.service';
import { roleNames, searchUsers, type UserRow, type UserSearch } from '../user/user.service';
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
