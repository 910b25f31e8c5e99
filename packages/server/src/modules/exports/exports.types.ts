import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ConsultationCaseStatusEnum,
  ConsultationLevelEnum,
  ConsultationTaskStatusEnum,
  PortalMessageCategoryEnum,
  PortalMessageStatusEnum,
  VisitStatusEnum,
} from '../../graphql/enums';
import { AuditLogFilter } from '../audit/audit.types';
import { FindingFilterInput } from '../crosscheck/crosscheck.types';
import { HouseholdFilterInput } from '../household/household.types';
import { PublicityStatusEnum } from '../publicity/publicity.types';
import { ImportBatchFilterInput } from '../roster/roster.types';
import { SmsStatus } from '../sms/sms.types';
import { VerificationFilterInput } from '../verification/verification.types';
import { ApplicationFilterInput, ReferralFilterInput } from '../workflow/workflow.types';

/** The 走访任务 list's filter (the `visitTasks` query takes it as two arguments). */
@InputType('VisitTaskFilterInput')
export class VisitTaskFilterInput {
  @Field(() => VisitStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => String, { nullable: true, description: '发现规则编号' }) ruleCode?: string | null;
}

/** The 短信记录 list's filter (the `smsMessages` query takes it as an argument). */
@InputType('SmsMessageFilterInput')
export class SmsMessageFilterInput {
  @Field(() => SmsStatus, { nullable: true }) status?: SmsStatus | null;
}

/** The 用户管理 list's filter (the `users` query takes it as three arguments). */
@InputType('UserFilterInput')
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: '用户名或姓名' }) keyword?: string | null;
  @Field(() => String, { nullable: true, description: '区划（含下级）' }) areaCode?: string | null;
  @Field(() => String, { nullable: true, description: '角色代码' }) role?: string | null;
}

/** The 个案会商 › 会商个案 list's filter (the `consultationCases` query takes it as arguments). */
@InputType('ConsultationCaseFilterInput')
export class ConsultationCaseFilterInput {
  @Field(() => ConsultationCaseStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => ConsultationLevelEnum, { nullable: true }) level?: string | null;
}

/** The 个案会商 › 会商任务 list's filter (the `consultationTasks` query takes it as arguments). */
@InputType('ConsultationTaskFilterInput')
export class ConsultationTaskFilterInput {
  @Field(() => ConsultationTaskStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => Boolean, { nullable: true, description: '只看超期未完成的' }) overdue?: boolean | null;
}

/** The 公示管理 list's filter (the `publicityEntries` query takes it as arguments). */
@InputType('PublicityEntryFilterInput')
export class PublicityEntryFilterInput {
  @Field(() => PublicityStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => String, { nullable: true, description: '区划（镇街或村社，含下级）' }) areaCode?: string | null;
}

/** The 门户内容 › 留言 list's filter (the `portalMessages` query takes it as arguments). */
@InputType('PortalMessageFilterInput')
export class PortalMessageFilterInput {
  @Field(() => PortalMessageStatusEnum, { nullable: true }) status?: string | null;
  @Field(() => PortalMessageCategoryEnum, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true, description: '镇（街道）' }) areaCode?: string | null;
}

/** The 后台任务 list's filter (the `jobs` query takes it as arguments). */
@InputType('JobFilterInput')
export class JobFilterInput {
  @Field(() => String, { nullable: true, description: '任务类型' }) kind?: string | null;
  @Field(() => String, { nullable: true, description: 'QUEUED | RUNNING | DONE | FAILED | CANCELLED' }) status?: string | null;
  @Field(() => Boolean, { nullable: true, description: '只看我发起的' }) mine?: boolean | null;
}

/** The 站内消息 list's filter (the `myNotifications` query takes it as an argument). */
@InputType('NotificationFilterInput')
export class NotificationFilterInput {
  @Field(() => Boolean, { nullable: true, description: '只看未读' }) unreadOnly?: boolean | null;
}

/** The 回调地址 list's filter (the `webhookSubscriptions` query takes it as an argument). */
@InputType('WebhookSubscriptionFilterInput')
export class WebhookSubscriptionFilterInput {
  @Field(() => ID, { nullable: true, description: '接口令牌' }) apiTokenId?: string | null;
}

/** The 管理员账号变更申请 list's filter (the `adminChangeRequests` query takes it as an argument). */
@InputType('AdminChangeRequestFilterInput')
export class AdminChangeRequestFilterInput {
  @Field(() => Boolean, { nullable: true, description: '只看待确认的（默认）' }) pending?: boolean | null;
}

/** The 先行救助 list's filter (督办看板 lists the open ones). */
@InputType('AdvanceReliefFilterInput')
export class AdvanceReliefFilterInput {
  @Field(() => Boolean, { nullable: true, description: '只看待补办的（默认）' }) open?: boolean | null;
}

/**
 * For the lists without a filter (接口令牌, 延期待审批, 督办事项): they export what the page lists, all of it. GraphQL
 * input types need a field; `all` changes nothing.
 */
@InputType('WholeListInput')
export class WholeListInput {
  @Field(() => Boolean, { nullable: true, description: '无作用：该列表没有筛选条件，导出页面列出的全部记录' }) all?: boolean | null;
}

/**
 * The filter of the exported list, in that list page's own filter type; only the field of the list
 * being exported is read (exporter.ts FILTER_FIELDS).
 */
@InputType('ExportFiltersInput')
export class ExportFiltersInput {
  @Field(() => HouseholdFilterInput, { nullable: true, description: '户籍台账' }) households?: HouseholdFilterInput | null;
  @Field(() => FindingFilterInput, { nullable: true, description: '比对疑点' }) findings?: FindingFilterInput | null;
  @Field(() => ReferralFilterInput, { nullable: true, description: '转办单' }) referrals?: ReferralFilterInput | null;
  @Field(() => ApplicationFilterInput, { nullable: true, description: '申请' }) applications?: ApplicationFilterInput | null;
  @Field(() => VisitTaskFilterInput, { nullable: true, description: '走访任务' }) visitTasks?: VisitTaskFilterInput | null;
  @Field(() => AuditLogFilter, { nullable: true, description: '操作日志' }) auditLogs?: AuditLogFilter | null;
  @Field(() => SmsMessageFilterInput, { nullable: true, description: '短信记录' }) smsMessages?: SmsMessageFilterInput | null;
  @Field(() => UserFilterInput, { nullable: true, description: '用户' }) users?: UserFilterInput | null;
  @Field(() => JobFilterInput, { nullable: true, description: '后台任务' }) jobs?: JobFilterInput | null;
  @Field(() => NotificationFilterInput, { nullable: true, description: '站内消息' }) inboxNotifications?: NotificationFilterInput | null;
  @Field(() => WholeListInput, { nullable: true, description: '接口令牌' }) apiTokens?: WholeListInput | null;
  @Field(() => WebhookSubscriptionFilterInput, { nullable: true, description: '回调地址' }) webhookSubscriptions?: WebhookSubscriptionFilterInput | null;
  @Field(() => AdminChangeRequestFilterInput, { nullable: true, description: '管理员账号变更申请' }) adminChangeRequests?: AdminChangeRequestFilterInput | null;
  @Field(() => WholeListInput, { nullable: true, description: '延期申请' }) extensionRequests?: WholeListInput | null;
  @Field(() => WholeListInput, { nullable: true, description: '督办事项' }) supervisionItems?: WholeListInput | null;
  @Field(() => AdvanceReliefFilterInput, { nullable: true, description: '先行救助' }) advanceReliefs?: AdvanceReliefFilterInput | null;
  @Field(() => ConsultationCaseFilterInput, { nullable: true, description: '会商个案' }) consultationCases?: ConsultationCaseFilterInput | null;
  @Field(() => ConsultationTaskFilterInput, { nullable: true, description: '会商任务' }) consultationTasks?: ConsultationTaskFilterInput | null;
  @Field(() => PublicityEntryFilterInput, { nullable: true, description: '公示记录' }) publicityEntries?: PublicityEntryFilterInput | null;
  @Field(() => PortalMessageFilterInput, { nullable: true, description: '群众留言' }) portalMessages?: PortalMessageFilterInput | null;
  @Field(() => ImportBatchFilterInput, { nullable: true, description: '数据导入记录' }) importBatches?: ImportBatchFilterInput | null;
  @Field(() => VerificationFilterInput, { nullable: true, description: '核查任务' }) verifications?: VerificationFilterInput | null;
  @Field(() => AreaListFilterInput, { nullable: true, description: '行政区划' }) areas?: AreaListFilterInput | null;
  @Field(() => DepartmentFilterInput, { nullable: true, description: '部门' }) departments?: DepartmentFilterInput | null;
  @Field(() => ProgramCatalogueFilterInput, { nullable: true, description: '救助事项目录' }) programs?: ProgramCatalogueFilterInput | null;
  @Field(() => CalendarDayFilterInput, { nullable: true, description: '节假日日历' }) calendarDays?: CalendarDayFilterInput | null;
  @Field(() => SmsTemplateFilterInput, { nullable: true, description: '短信模板' }) smsTemplates?: SmsTemplateFilterInput | null;
  @Field(() => PortalContentFilterInput, { nullable: true, description: '通知公告' }) portalNotices?: PortalContentFilterInput | null;
  @Field(() => PortalContentFilterInput, { nullable: true, description: '常见问题' }) portalFaqs?: PortalContentFilterInput | null;
  @Field(() => ServiceWindowFilterInput, { nullable: true, description: '受理窗口' }) serviceWindows?: ServiceWindowFilterInput | null;
}

// ---- Configuration lists (区划、部门、事项目录、节假日、短信模板、门户内容): their pages' filters ----

/** The 区划管理 list's filter (the `areas` query's arguments): the chosen area's children. */
@InputType('AreaListFilterInput')
export class AreaListFilterInput {
  @Field(() => String, { nullable: true, description: '上级区划（列出其下级）' }) parentCode?: string | null;
  @Field(() => String, { nullable: true, description: '名称或代码' }) keyword?: string | null;
}

/** The 部门管理 list's filter (the `departments` query's argument). */
@InputType('DepartmentFilterInput')
export class DepartmentFilterInput {
  @Field(() => String, { nullable: true, description: '部门名称、简称或编码' }) keyword?: string | null;
}

/** The 事项目录 page's filter: the `programs` query's date, and the page's 主管部门 and keyword (applied to that list). */
@InputType('ProgramCatalogueFilterInput')
export class ProgramCatalogueFilterInput {
  @Field(() => String, { nullable: true, description: '查看日期（YYYY-MM-DD，默认今天）' }) asOf?: string | null;
  @Field(() => String, { nullable: true, description: '主管部门编码' }) ownerCode?: string | null;
  @Field(() => String, { nullable: true, description: '事项名称、代码或说明' }) keyword?: string | null;
}

/** The 节假日日历 page's year (the `calendarDays` query's argument). */
@InputType('CalendarDayFilterInput')
export class CalendarDayFilterInput {
  @Field(() => Int, { nullable: true, description: '年份（默认今年）' }) year?: number | null;
}

/** The 短信模板 list (the `smsTemplates` query takes no filter; the page lists every template). */
@InputType('SmsTemplateFilterInput')
export class SmsTemplateFilterInput {
  @Field(() => Boolean, { nullable: true, description: '只要启用（true）或停用（false）的' }) enabled?: boolean | null;
}

/** 门户内容 › 通知公告 / 常见问题 (their queries take no filter; the tabs list every row, drafts too). */
@InputType('PortalContentFilterInput')
export class PortalContentFilterInput {
  @Field(() => Boolean, { nullable: true, description: '只要已发布（true）或草稿（false）' }) published?: boolean | null;
}

/** 门户内容 › 受理窗口 (the `serviceWindows` query takes no filter; the tab lists every window). */
@InputType('ServiceWindowFilterInput')
export class ServiceWindowFilterInput {
  @Field(() => Boolean, { nullable: true, description: '只要在本人管辖范围内（可修改）的' }) editable?: boolean | null;
}
