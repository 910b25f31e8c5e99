import { Field, InputType } from 'type-graphql';
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
  @Field(() => ConsultationCaseFilterInput, { nullable: true, description: '会商个案' }) consultationCases?: ConsultationCaseFilterInput | null;
  @Field(() => ConsultationTaskFilterInput, { nullable: true, description: '会商任务' }) consultationTasks?: ConsultationTaskFilterInput | null;
  @Field(() => PublicityEntryFilterInput, { nullable: true, description: '公示记录' }) publicityEntries?: PublicityEntryFilterInput | null;
  @Field(() => PortalMessageFilterInput, { nullable: true, description: '群众留言' }) portalMessages?: PortalMessageFilterInput | null;
  @Field(() => ImportBatchFilterInput, { nullable: true, description: '数据导入记录' }) importBatches?: ImportBatchFilterInput | null;
  @Field(() => VerificationFilterInput, { nullable: true, description: '核查任务' }) verifications?: VerificationFilterInput | null;
}
