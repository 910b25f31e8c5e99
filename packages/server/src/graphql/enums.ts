import {
  ASSET_KINDS,
  BENEFIT_SOURCES,
  BENEFIT_STATUSES,
  DISABILITY_TYPES,
  EMPLOYMENT_STATUSES,
  INCOME_CATEGORIES,
  LABOUR_CAPACITIES,
  CARE_LEVELS,
  LEGAL_SUPPORT,
  OUTCOME_NAMES,
  PARENT_STATUSES,
  RELATIONS,
  RESIDENCE_TYPES,
  SCHOOL_STATUSES,
  SPECIAL_STATUSES,
  TIER_NAMES,
  VEHICLE_TYPES,
} from '@xiejiu/rules';
import { INFORMANT_KINDS } from '../modules/user/informant-kinds';
import { EXPORT_LIST_NAMES } from '../modules/exports/exporter';
import { registerEnumType } from 'type-graphql';
import { ADMIN_CHANGE_STATUSES } from '../modules/user/admin-change.service';
import { CHAIN_PROBLEM_NAMES } from '../modules/audit/audit-verify';
import { FINDING_DECISIONS, FINDING_SEVERITIES, FINDING_STATUSES, FINDING_TASK_OUTCOMES, FINDING_TASK_STATUSES } from '../modules/crosscheck/crosscheck.codes';
import { PERMISSION_NAMES } from '../modules/auth/permissions';
import { ROLES } from '../modules/auth/roles';
import { JOB_STATUS_NAMES } from '../modules/jobs/registry';
import { FINDING_KIND_NAMES, JOB_KIND_NAMES } from '../modules/program/reassessment.service';
import { CLOCK_LEVEL_NAMES } from '../modules/workflow/clock';
import { ADVANCE_RELIEF_STATES, APPLICATION_STATUSES, CHANNELS, OUTCOMES, REFERRAL_STATUSES } from '../modules/workflow/states';
import { ERROR_CODE_NAMES } from '../shared/errors';
import { VISIT_OUTCOMES, VISIT_STATUSES } from '../modules/discovery/codes';
import { CONSULTATION_CASE_STATUSES, CONSULTATION_LEVELS, CONSULTATION_TASK_STATUSES } from '../modules/consultation/codes';
import { CHANGE_KINDS, CHANGE_STATUSES, FOLLOWUP_KINDS } from '../modules/household/change-codes';
import { MESSAGE_CATEGORIES, MESSAGE_STATUSES } from '../modules/portal/message-codes';
import { NOTICE_CATEGORIES } from '../modules/portal/notice-codes';
import { INTEGRATION_EVENT_TYPES } from '../modules/integration/event-types';

/**
 * The closed sets of the GraphQL contract (docs/api-contract.md, ADR 0016). Each enum is built from
 * the code list the server already uses, so a value and its Chinese description are written once;
 * the description of every value is what the console shows in place of the code.
 *
 * `domainEnum` keeps the code itself as the GraphQL value (`ACTIVE` ↔ 'ACTIVE'); `mappedEnum` is for
 * codes that are not GraphQL names (`household.read` ↔ `HOUSEHOLD_READ`): the server keeps its
 * internal code and the schema shows the upper-case name.
 */
export function domainEnum<K extends string>(name: string, description: string, names: Readonly<Record<K, string>>): { [P in K]: P } {
  const values = Object.fromEntries(Object.keys(names).map((k) => [k, k])) as { [P in K]: P };
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries<string>(names).map(([k, d]) => [k, { description: d }])) as never,
  });
  return values;
}

/** `household.detailInvolved` → `HOUSEHOLD_DETAIL_INVOLVED`. */
export const enumName = (code: string) =>
  code
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();

export function mappedEnum(name: string, description: string, names: Readonly<Record<string, string>>): Record<string, string> {
  const values = Object.fromEntries(Object.keys(names).map((code) => [enumName(code), code]));
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(names).map(([code, d]) => [enumName(code), { description: d }])) as never,
  });
  return values;
}

// ---- Household ledger (按户台账) -------------------------------------------------------------
export const HouseholdTierEnum = domainEnum('HouseholdTier', '家庭层级（四个层级，按有效救助就高确定）', TIER_NAMES);
export const MemberRelationEnum = domainEnum('MemberRelation', '与户主关系', RELATIONS);
export const SexEnum = domainEnum('Sex', '性别（由身份证号得出）', { M: '男', F: '女' });
export const InformantKindEnum = domainEnum('InformantKind', '信息员类别（三级信息员）', INFORMANT_KINDS);
export const ResidenceTypeEnum = domainEnum('ResidenceType', '城乡类别', RESIDENCE_TYPES);
export const LabourCapacityEnum = domainEnum('LabourCapacity', '劳动能力', LABOUR_CAPACITIES);
export const DisabilityTypeEnum = domainEnum('DisabilityType', '残疾类别（第二代残疾人证）', DISABILITY_TYPES);
export const SchoolStatusEnum = domainEnum('SchoolStatus', '在学状态', SCHOOL_STATUSES);
export const EmploymentStatusEnum = domainEnum('EmploymentStatus', '就业状态', EMPLOYMENT_STATUSES);
export const SpecialStatusEnum = domainEnum('SpecialStatus', '特殊身份状态（影响家庭人口计算和疑点规则）', SPECIAL_STATUSES);
export const IncomeCategoryEnum = domainEnum('IncomeCategory', '收入类别', INCOME_CATEGORIES);
export const VehicleTypeEnum = mappedEnum('VehicleType', '车辆类型（机动车辆的财产说明）', VEHICLE_TYPES);
export const AssetKindEnum = domainEnum('AssetKind', '财产类别', ASSET_KINDS);
export const BenefitStatusEnum = domainEnum('BenefitStatus', '救助状态', BENEFIT_STATUSES);
export const BenefitSourceEnum = domainEnum('BenefitSource', '救助记录来源', BENEFIT_SOURCES);
export const HouseholdStatusEnum = domainEnum('HouseholdStatus', '家庭状态', { ACTIVE: '在册', CLOSED: '已注销（合户或全部成员迁出、死亡）' });

// ---- Workflow (一门受理、协同办理) ----------------------------------------------------------------
export const ApplicationStatusEnum = domainEnum('ApplicationStatus', '申请（含预申请、线索）状态', APPLICATION_STATUSES);
export const ApplicationChannelEnum = domainEnum('ApplicationChannel', '申请渠道', CHANNELS);
export const ReferralStatusEnum = domainEnum('ReferralStatus', '转办单状态', REFERRAL_STATUSES);
export const ReferralOutcomeEnum = domainEnum('ReferralOutcome', '转办单办理结果', OUTCOMES);
export const ClockLevelEnum = domainEnum('ClockLevel', '办理时限状态', CLOCK_LEVEL_NAMES);
export const ExtensionStatusEnum = domainEnum('ExtensionStatus', '延期申请状态', { PENDING: '待审批', APPROVED: '已批准', REJECTED: '未批准' });
export const AdvanceReliefStateEnum = domainEnum('AdvanceReliefState', '先行救助的补办状态', ADVANCE_RELIEF_STATES);

// ---- 协助完善台账 (modules/household change-request.service.ts) --------------------------------------
export const HouseholdChangeKindEnum = domainEnum('HouseholdChangeKind', '台账变更类别', CHANGE_KINDS);
export const HouseholdChangeStatusEnum = domainEnum('HouseholdChangeStatus', '台账变更申请状态', CHANGE_STATUSES);
export const FollowupKindEnum = domainEnum('FollowupKind', '帮扶措施类别', FOLLOWUP_KINDS);

// ---- 主动发现 (modules/discovery) -------------------------------------------------------------
export const VisitStatusEnum = domainEnum('VisitStatus', '走访任务状态', VISIT_STATUSES);
export const VisitOutcomeEnum = domainEnum('VisitOutcome', '走访结果', VISIT_OUTCOMES);

// ---- 个案会商 (modules/consultation) -----------------------------------------------------------
export const ConsultationLevelEnum = domainEnum('ConsultationLevel', '会商层级（镇街或区县联席会议）', CONSULTATION_LEVELS);
export const ConsultationCaseStatusEnum = domainEnum('ConsultationCaseStatus', '会商个案状态', CONSULTATION_CASE_STATUSES);
export const ConsultationTaskStatusEnum = domainEnum('ConsultationTaskStatus', '会商任务状态', CONSULTATION_TASK_STATUSES);

// ---- 留言 (modules/portal message.service.ts) ------------------------------------------------------
export const PortalMessageCategoryEnum = domainEnum('PortalMessageCategory', '留言类别', MESSAGE_CATEGORIES);
export const PortalMessageStatusEnum = domainEnum('PortalMessageStatus', '留言状态', MESSAGE_STATUSES);

// ---- 通知公告 (modules/portal notice.service.ts) -----------------------------------------------------
export const PortalNoticeCategoryEnum = domainEnum('PortalNoticeCategory', '通知公告类别', NOTICE_CATEGORIES);

// ---- Programs, screening, jobs ---------------------------------------------------------------
export const LegalSupportEnum = domainEnum('LegalSupport', '法定赡养、抚养、扶养义务人情况', LEGAL_SUPPORT);
export const CareLevelEnum = domainEnum('CareLevel', '生活自理能力', CARE_LEVELS);
export const ParentStatusEnum = domainEnum('ParentStatus', '父亲或母亲的情况（孤儿、事实无人抚养儿童认定）', PARENT_STATUSES);
export const ProgramSubjectEnum = domainEnum('ProgramSubject', '救助事项的申请对象', { HOUSEHOLD: '按户申请', MEMBER: '按人申请（须指定申请成员）' });
export const ScreeningOutcomeEnum = domainEnum('ScreeningOutcome', '筛查结论', OUTCOME_NAMES);
export const TimeLimitKindEnum = domainEnum('TimeLimitKind', '时限的计日方式', { WORKING: '工作日', CALENDAR: '自然日' });
export const MinorPublicityEnum = domainEnum('MinorPublicity', '未成年人的公示方式', { NEVER: '不公示', MASKED: '脱敏公示', SAME: '同成年人' });
export const JobStatusEnum = domainEnum(
  'JobStatus',
  '后台任务状态',
  JOB_STATUS_NAMES as Record<'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED' | 'CANCELLED', string>,
);
export const ReassessmentKindEnum = domainEnum('ReassessmentKind', '复核任务类型', JOB_KIND_NAMES as Record<'PARAMETER' | 'ON_DEMAND', string>);
export const FindingKindEnum = domainEnum('FindingKind', '复核结果类别', FINDING_KIND_NAMES as Record<'MISSED' | 'REVIEW', string>);
export const ExportListEnum = domainEnum('ExportList', '可导出的列表（modules/exports）', EXPORT_LIST_NAMES);

// ---- Accounts and access -----------------------------------------------------------------------
export const RoleEnum = domainEnum('Role', '角色', Object.fromEntries(ROLES.map((r) => [r.code, r.name])));
export const PermissionEnum = mappedEnum('Permission', '权限（由角色或接口令牌的权限范围授予）', PERMISSION_NAMES);
export const AdminChangeStatusEnum = domainEnum('AdminChangeStatus', '管理员账号变更申请状态', ADMIN_CHANGE_STATUSES);
export const AuditChainProblemEnum = domainEnum('AuditChainProblem', '操作日志链的问题', CHAIN_PROBLEM_NAMES);
export const ErrorCodeEnum = domainEnum('ErrorCode', '错误代码（GraphQL 错误的 extensions.code；接口 REST 路由的 error 字段）', ERROR_CODE_NAMES);

// ---- Cross-checks (比对疑点, modules/crosscheck) -------------------------------------------------
export const CrosscheckFindingStatusEnum = domainEnum('CrosscheckFindingStatus', '比对疑点状态', FINDING_STATUSES);
export const FindingSeverityEnum = domainEnum('FindingSeverity', '疑点严重程度', FINDING_SEVERITIES);
export const FindingDecisionEnum = domainEnum('FindingDecision', '疑点复核结论', FINDING_DECISIONS);
export const FindingTaskStatusEnum = domainEnum('FindingTaskStatus', '属实疑点的部门任务状态', FINDING_TASK_STATUSES);
export const FindingTaskOutcomeEnum = domainEnum('FindingTaskOutcome', '属实疑点的部门处理结果（停止、暂停、渐退经救助记录变更）', FINDING_TASK_OUTCOMES);

// ---- 变更事件 (modules/integration events.ts) -------------------------------------------------------
export const IntegrationEventTypeEnum = mappedEnum('IntegrationEventType', '变更事件类型（对接系统的 events 查询和回调通知）', INTEGRATION_EVENT_TYPES);
