import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';
import { AccessLevelEnum } from '../household/household.types';
import {
  AdvanceReliefStateEnum,
  ApplicationChannelEnum,
  ApplicationStatusEnum,
  ClockLevelEnum,
  ExtensionStatusEnum,
  HouseholdTierEnum,
  ReferralOutcomeEnum,
  ReferralStatusEnum,
  ScreeningOutcomeEnum,
} from '../../graphql/enums';

@ObjectType('ReferralClock', { description: '办理时限（工作日，按节假日与调休计算）' })
export class ClockType {
  @Field() startDate!: string;
  @Field(() => Int, { description: '时限（含已批准的延期）' }) limitDays!: number;
  @Field(() => Int) elapsedDays!: number;
  @Field(() => Int) remainingDays!: number;
  @Field({ description: '办结期限；暂停计时时为按今日恢复计时推算的期限' }) dueDate!: string;
  @Field({ description: '预警日（已用 75%）' }) warnDate!: string;
  @Field(() => ClockLevelEnum) level!: string;
  @Field() levelName!: string;
  @Field() paused!: boolean;
  @Field(() => Int) overdueDays!: number;
}

@ObjectType('ExistingAssistance', { description: '已有的同一事项救助（享受中/渐退）或在办申请' })
export class ExistingAssistanceType {
  @Field({ description: 'BENEFIT 救助记录 | REFERRAL 在办转办单' }) kind!: string;
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field() status!: string;
  @Field() statusName!: string;
  @Field() departmentName!: string;
  @Field(() => String, { nullable: true, description: '受理号（本辖区内）' }) receiptNo!: string | null;
  @Field(() => String, { nullable: true, description: '救助起始日或申请受理日' }) startDate!: string | null;
  @Field(() => Int, { nullable: true }) monthlyAmountFen!: number | null;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field({ description: '是否在本人管辖范围内' }) inScope!: boolean;
}

@ObjectType('ReferralScreening', { description: '受理时的筛查结论（快照，按受理日的参数）' })
export class ReferralScreening {
  @Field(() => ScreeningOutcomeEnum) outcome!: string;
  @Field() outcomeName!: string;
  @Field(() => Int, { nullable: true, description: '估算月救助金额（分）' }) estimatedMonthlyFen?: number | null;
  @Field(() => [String], { nullable: true, description: '缺少的信息（中文）' }) missingFacts?: string[] | null;
  @Field(() => String, { nullable: true, description: '因互斥排除时，排除它的事项和理由（中文）' }) excludedBy?: string | null;
}

@ObjectType('Referral', { description: '转办单：一个事项转主管部门办理' })
export class ReferralType {
  @Field(() => ID) id!: string;
  @Field(() => AccessLevelEnum, { description: 'FULL 完整信息；SHARED 仅共享信息（理由、说明、材料、筛查等为空）' }) access!: AccessLevelEnum;
  @Field(() => Int, { description: '版本号（乐观锁：办理时原样提交）' }) version!: number;
  @Field(() => ID) applicationId!: string;
  @Field() receiptNo!: string;
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field(() => ID) departmentId!: string;
  @Field() departmentName!: string;
  @Field(() => ReferralStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => ReferralOutcomeEnum, { nullable: true }) outcome!: string | null;
  @Field(() => String, { nullable: true }) outcomeName!: string | null;
  @Field(() => String, { nullable: true, description: '申请理由' }) reason!: string | null;
  @Field(() => ID) householdId!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => HouseholdTierEnum, { nullable: true }) tier!: string | null;
  @Field(() => String, { nullable: true }) tierName!: string | null;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field(() => ClockType) clock!: ClockType;
  @Field() signDue!: string;
  @Field(() => Int) escalationLevel!: number;
  @Field() escalationName!: string;
  @Field(() => Int, { nullable: true }) extendableTo!: number | null;
  @Field(() => Int) extensionDays!: number;
  @Field(() => String, { nullable: true }) supplementNote!: string | null;
  @Field(() => String, { nullable: true }) supplementDue!: string | null;
  @Field(() => String, { nullable: true }) publicityStart!: string | null;
  @Field(() => String, { nullable: true }) publicityEnd!: string | null;
  @Field(() => Int, { nullable: true, description: '核定月救助金额（分）' }) decisionAmountFen!: number | null;
  @Field(() => String, { nullable: true }) decisionStartMonth!: string | null;
  @Field(() => String, { nullable: true }) decisionReason!: string | null;
  @Field(() => String, { nullable: true, description: '救济途径告知' }) legalRemedy!: string | null;
  @Field(() => ID, { nullable: true, description: '决定所依据的核对报告' }) verificationReportId!: string | null;
  @Field(() => ID, { nullable: true }) benefitId!: string | null;
  @Field(() => ID, { nullable: true }) transferredFromId!: string | null;
  @Field(() => ID, { nullable: true }) transferredToId!: string | null;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => ReferralScreening, { nullable: true, description: '受理时的筛查结论' }) screening!: ReferralScreening | null;
  @Field(() => String, { nullable: true, description: '重复申请说明：受理时该户（成员）已享受或正在申请本事项，窗口填写的理由' }) duplicateReason!:
    | string
    | null;
  @Field(() => [ExistingAssistanceType], { nullable: true, description: '受理时已有的同一事项救助或在办申请（重复救）' }) duplicateOf!:
    | ExistingAssistanceType[]
    | null;
  @Field({ description: '当前用户所在部门负责办理' }) mine!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('ReferralPage')
export class ReferralPage extends Paginated(ReferralType) {}

@ObjectType('WorkflowHistoryEntry')
export class HistoryEntryType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) referralId!: string | null;
  @Field() kind!: string;
  @Field() kindName!: string;
  @Field(() => String, { nullable: true }) fromStatus!: string | null;
  @Field(() => String, { nullable: true }) toStatus!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() actorName!: string;
  @Field(() => String, { nullable: true }) actorDepartment!: string | null;
  @Field() at!: Date;
}

@ObjectType('ApplicationMaterial')
export class MaterialType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) programCode!: string | null;
  @Field() name!: string;
  @Field({ description: '是否必须提供（已由有效核查报告覆盖的材料为否）' }) required!: boolean;
  @Field() provided!: boolean;
  @Field({ description: '互认：该户有有效的家庭经济状况核查报告，此项材料已由核查报告覆盖，无需申请人提供' }) coveredByReport!: boolean;
  @Field(() => [ID]) fileIds!: string[];
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('SupervisionNote', { description: '督办单' })
export class SupervisionNoteType {
  @Field(() => ID) id!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => Int) level!: number;
  @Field() levelName!: string;
  @Field() message!: string;
  @Field() issuedByName!: string;
  @Field() issuedAt!: Date;
  @Field() answerDue!: string;
  @Field(() => String, { nullable: true }) response!: string | null;
  @Field(() => String, { nullable: true }) respondedByName!: string | null;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
}

@ObjectType('ExtensionRequest', { description: '延期申请' })
export class ExtensionRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) referralId!: string;
  @Field(() => Int) days!: number;
  @Field() reason!: string;
  @Field(() => ExtensionStatusEnum) status!: string;
  @Field() requestedByName!: string;
  @Field() requestedAt!: Date;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
}

@ObjectType('PendingExtension', { description: '待审批的延期申请' })
export class PendingExtensionType extends ExtensionRequestType {
  @Field() receiptNo!: string;
  @Field() programName!: string;
  @Field() departmentName!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => String, { nullable: true }) dueDate!: string | null;
}

@ObjectType('ReferralDetail')
export class ReferralDetailType {
  @Field(() => ReferralType) referral!: ReferralType;
  @Field(() => [HistoryEntryType]) history!: HistoryEntryType[];
  @Field(() => [SupervisionNoteType]) supervisions!: SupervisionNoteType[];
  @Field(() => [ExtensionRequestType]) extensions!: ExtensionRequestType[];
  @Field(() => [MaterialType]) materials!: MaterialType[];
}

@ObjectType('PreApplicationContact')
export class ContactType {
  @Field() name!: string;
  @Field() address!: string;
  @Field(() => String, { nullable: true }) phoneMasked!: string | null;
  @Field(() => String, { nullable: true, description: '身份证号（脱敏；网上预申请时本人填写）' }) idMasked!: string | null;
  @Field(() => Int, { nullable: true, description: '家庭人口（网上预申请时本人填写）' }) householdSize!: number | null;
  @Field(() => String, { nullable: true, description: '网上预申请时同意核对家庭经济状况的时间' }) consentAt!: string | null;
  @Field(() => String, { nullable: true, description: '群众报告：报告人称呼（可能未填）' }) reporterName!: string | null;
  @Field(() => String, { nullable: true, description: '群众报告：报告人与当事人的关系' }) reporterRelation!: string | null;
  @Field(() => String, { nullable: true, description: '群众报告：报告人手机号码（脱敏，已经短信验证）' }) reporterPhoneMasked!: string | null;
}

@ObjectType('RequestedProgram')
export class RequestedProgramType {
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('Application', { description: '申请（一件事）' })
export class ApplicationType {
  @Field(() => ID) id!: string;
  @Field(() => AccessLevelEnum, { description: 'FULL 完整信息；SHARED 仅共享信息（住址、申请人、联系人、情况说明、理由、材料为空）' }) access!: AccessLevelEnum;
  @Field(() => String, { nullable: true, description: '受理号（预申请确认后生成）' }) receiptNo!: string | null;
  @Field(() => String, { nullable: true, description: '查询号（网上预申请提交时生成）' }) queryNo!: string | null;
  @Field(() => ApplicationAdvanceReliefType, { nullable: true, description: '绿色通道先行救助（如有）' }) advanceRelief!: ApplicationAdvanceReliefType | null;
  @Field(() => ApplicationStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => ApplicationChannelEnum) channel!: string;
  @Field() channelName!: string;
  @Field({ description: '急难情形（绿色通道）' }) urgent!: boolean;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => ID, { nullable: true }) applicantPersonId!: string | null;
  @Field(() => String, { nullable: true }) applicantName!: string | null;
  @Field(() => ContactType, { nullable: true }) contact!: ContactType | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [RequestedProgramType]) requested!: RequestedProgramType[];
  @Field(() => String, { nullable: true }) rejectReason!: string | null;
  @Field(() => String, { nullable: true }) windowAreaName!: string | null;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => String, { nullable: true }) acceptedByName!: string | null;
  @Field() createdAt!: Date;
  @Field() createdByName!: string;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field() authorizationSigned!: boolean;
  @Field(() => Int) version!: number;
  @Field(() => Int) referralCount!: number;
  @Field(() => Int, { description: '已办结（含转办、撤回）的转办单数' }) doneCount!: number;
}

@ObjectType('ApplicationPage')
export class ApplicationPage extends Paginated(ApplicationType) {}

@ObjectType('ReportPhoto', { description: '线索照片：信息员报送线索时上传的照片（文件在 /api/files/:id）' })
export class ReportPhotoType {
  @Field(() => ID) id!: string;
  @Field({ description: '文件名' }) name!: string;
  @Field({ description: 'image/jpeg 或 image/png' }) mime!: string;
  @Field(() => Int, { description: '字节数' }) size!: number;
  @Field() uploadedAt!: Date;
}

@ObjectType('ApplicationDetail')
export class ApplicationDetailType {
  @Field(() => ApplicationType) application!: ApplicationType;
  @Field(() => [ReferralType]) referrals!: ReferralType[];
  @Field(() => [MaterialType]) materials!: MaterialType[];
  @Field(() => [HistoryEntryType]) history!: HistoryEntryType[];
  @Field(() => [ReportPhotoType], { description: '线索照片（信息员报送时上传；确认受理后作为申请材料“线索照片”保留）；共享信息中为空' })
  photos!: ReportPhotoType[];
}

@ObjectType('MyPreApplication', { description: '我报送的线索：报送人可见的办理结果（不含家庭信息）' })
export class MyPreApplicationType {
  @Field(() => ID) id!: string;
  @Field({ description: '困难群众姓名' }) contactName!: string;
  @Field({ description: '住址' }) address!: string;
  @Field(() => [String], { description: '需要的救助（事项名称）' }) programNames!: string[];
  @Field({ description: '急难情形（绿色通道）' }) urgent!: boolean;
  @Field(() => ApplicationStatusEnum) status!: string;
  @Field({ description: '待窗口确认 / 已受理 / 不予受理 / 已办结' }) statusName!: string;
  @Field(() => String, { nullable: true, description: '受理号（窗口确认受理后）' }) receiptNo!: string | null;
  @Field(() => String, { nullable: true, description: '不予受理的理由' }) rejectReason!: string | null;
  @Field({ description: '报送时间' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '窗口处理时间（确认受理或不予受理）；尚未处理为 null' }) handledAt!: Date | null;
  @Field(() => [ReportPhotoType], { description: '本人报送时上传的照片' }) photos!: ReportPhotoType[];
}

@ObjectType('MyPreApplicationPage')
export class MyPreApplicationPage extends Paginated(MyPreApplicationType) {}

@ObjectType('SupervisionBoardRow')
export class BoardRowType {
  @Field() key!: string;
  @Field() name!: string;
  @Field(() => Int) open!: number;
  @Field(() => Int) pendingSign!: number;
  @Field(() => Int) amber!: number;
  @Field(() => Int) red!: number;
  @Field(() => Int) paused!: number;
  @Field(() => Int) closed!: number;
  @Field(() => Int) closedOnTime!: number;
  @Field(() => Int) unansweredSupervisions!: number;
}

@ObjectType('AdvanceRelief', { description: '绿色通道先行救助：急难情形由镇街先行发放临时救助，事后补办手续' })
export class AdvanceReliefType {
  @Field(() => ID) id!: string;
  @Field(() => ID) applicationId!: string;
  @Field(() => String, { nullable: true }) receiptNo!: string | null;
  @Field(() => String, { nullable: true }) queryNo!: string | null;
  @Field({ description: '户主或预申请的联系人' }) name!: string;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => Float, { description: '金额（元）' }) amountYuan!: number;
  @Field() reason!: string;
  @Field() grantDate!: string;
  @Field({ description: '补办手续截止日期（工作日计算）' }) paperworkDue!: string;
  @Field() grantedByName!: string;
  @Field() grantedAt!: Date;
  @Field(() => AdvanceReliefStateEnum) state!: string;
  @Field() stateName!: string;
}

@ObjectType('ApplicationAdvanceRelief', { description: '该申请的先行救助' })
export class ApplicationAdvanceReliefType {
  @Field(() => Float) amountYuan!: number;
  @Field() grantDate!: string;
  @Field() paperworkDue!: string;
  @Field() grantedByName!: string;
  @Field({ description: '已补办（有临时救助转办单）' }) regularized!: boolean;
}

@ObjectType('AdvanceReliefRules', { description: '先行救助的限额和补办时限（系统设置）' })
export class AdvanceReliefRulesType {
  @Field(() => Int) maxYuan!: number;
  @Field(() => Int) paperworkDays!: number;
}

@ObjectType('InformantResponseRow', { description: '线索响应：一个镇街（或村社）信息员线索的处理情况' })
export class InformantResponseRowType {
  @Field() areaCode!: string;
  @Field() areaName!: string;
  @Field(() => Int, { description: '统计期间收到的线索' }) received!: number;
  @Field(() => Int, { description: '其中窗口已处理（确认受理或不予受理）' }) handled!: number;
  @Field(() => Int, { description: '其中确认受理' }) confirmed!: number;
  @Field(() => Int, { description: '其中不予受理' }) rejected!: number;
  @Field(() => Int, { description: '尚未处理' }) pending!: number;
  @Field(() => Int, { description: '尚未处理且已超过响应时限' }) pendingOverdue!: number;
  @Field(() => Int, { description: '已处理但超过响应时限' }) handledLate!: number;
  @Field(() => Float, { nullable: true, description: '平均响应时长（工作小时，按工作日日历）；没有已处理的线索为 null' }) avgResponseHours!: number | null;
  @Field(() => Float, { nullable: true, description: '最长响应时长（工作小时）' }) maxResponseHours!: number | null;
  @Field(() => Float, { nullable: true, description: '最久未处理线索已等待的工作小时' }) oldestPendingHours!: number | null;
}

@ObjectType('InformantResponseBoard', { description: '督办看板“线索响应”：信息员线索从报送到窗口首次处理的工作时长' })
export class InformantResponseBoardType {
  @Field() from!: string;
  @Field() to!: string;
  @Field({ description: '统计时点（未处理线索的等待时长算到此时）' }) asOf!: Date;
  @Field(() => Int, { description: '响应时限（工作日，系统设置 INFORMANT_RESPONSE_DAYS）' }) limitDays!: number;
  @Field(() => String, { nullable: true, description: '下钻的镇街（行为其村社）；null 时行为镇街' }) townCode!: string | null;
  @Field(() => String, { nullable: true }) townName!: string | null;
  @Field(() => [InformantResponseRowType], { description: '辖区内每个镇街（或村社）一行，没有线索的为 0' }) rows!: InformantResponseRowType[];
  @Field(() => InformantResponseRowType) total!: InformantResponseRowType;
}

@ObjectType('SupervisionBoard')
export class SupervisionBoardType {
  @Field() asOf!: string;
  @Field(() => [AdvanceReliefType], { description: '尚未补办手续的先行救助（补办超期的列入督办）' }) advanceReliefs!: AdvanceReliefType[];
  @Field(() => [BoardRowType]) byDepartment!: BoardRowType[];
  @Field(() => [BoardRowType]) byTown!: BoardRowType[];
  @Field(() => [ReferralType], { description: '预警、超期和逾期未签收的转办单' }) items!: ReferralType[];
}

@ObjectType('RegisteredApplication')
export class RegisteredApplicationType {
  @Field(() => ID) id!: string;
  @Field() receiptNo!: string;
  @Field(() => [ID]) referralIds!: string[];
}

@ObjectType('BatchResult')
export class BatchResultType {
  @Field(() => ID) id!: string;
  @Field() ok!: boolean;
  @Field(() => String, { nullable: true }) message!: string | null;
}

@ObjectType('ClockSweepResult')
export class SweepResultType {
  @Field(() => Int) overdue!: number;
  @Field(() => Int) escalated!: number;
}

// ---- inputs ----

@InputType('RequestedProgramInput')
export class RequestedProgramInput {
  @Field() programCode!: string;
  @Field(() => ID, { nullable: true, description: '按人申请的事项：申请成员' }) personId?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String, {
    nullable: true,
    description: '重复申请说明：该户或该成员已享受（享受中/渐退）或正在申请本事项时必填，至少 4 个字，主管部门可见；否则受理被拒绝（DUPLICATE_ASSISTANCE）',
  })
  duplicateReason?: string | null;
}

@InputType('MaterialInput')
export class MaterialInputType {
  @Field(() => String, { nullable: true, description: '空 = 通用材料' }) programCode?: string | null;
  @Field() name!: string;
  @Field() provided!: boolean;
  @Field(() => [ID], { nullable: true, description: '已上传附件（/api/files）' }) fileIds?: string[] | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('ApplicationInput')
export class ApplicationInputType {
  @Field(() => ID) householdId!: string;
  @Field(() => ID) applicantPersonId!: string;
  @Field(() => [RequestedProgramInput]) programs!: RequestedProgramInput[];
  @Field(() => [MaterialInputType], { nullable: true }) materials?: MaterialInputType[] | null;
  @Field({ description: '家庭成员已签署核对授权书' }) authorizationSigned!: boolean;
  @Field(() => ID, { nullable: true, description: '授权书扫描件' }) authorizationFileId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '急难情形（先行救助）' }) urgent?: boolean | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType('PreApplicationInput')
export class PreApplicationInputType {
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field() contactName!: string;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field() address!: string;
  @Field() areaCode!: string;
  @Field(() => [RequestedProgramInput]) programs!: RequestedProgramInput[];
  @Field() description!: string;
  @Field(() => Boolean, { nullable: true }) urgent?: boolean | null;
  @Field(() => [ID], { nullable: true, description: '线索照片：本人上传的 JPG/PNG 图片（/api/files），最多 6 张' }) photoFileIds?: string[] | null;
}

@InputType('ReferralRefInput')
export class ReferralRefInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType('DecisionInput')
export class DecisionInputType {
  @Field({ description: 'true 批准 / false 不予批准' }) approve!: boolean;
  @Field(() => Int, { nullable: true }) monthlyAmountFen?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) startMonth?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => String, { nullable: true }) legalRemedy?: string | null;
  @Field(() => ID, { nullable: true }) verificationReportId?: string | null;
}

@InputType('ReferralFilterInput')
export class ReferralFilterInput {
  @Field(() => Boolean, { nullable: true, description: '只看本部门（待办）' }) mine?: boolean | null;
  @Field(() => [String], { nullable: true }) statuses?: string[] | null;
  @Field(() => String, { nullable: true, description: 'NORMAL | AMBER | RED | PAUSED' }) level?: string | null;
  @Field(() => String, { nullable: true }) programCode?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => String, { nullable: true }) areaCode?: string | null;
  @Field(() => String, { nullable: true, description: '受理号' }) keyword?: string | null;
  @Field(() => Boolean, { nullable: true }) open?: boolean | null;
}

@InputType('ApplicationFilterInput')
export class ApplicationFilterInput {
  @Field(() => [String], { nullable: true }) statuses?: string[] | null;
  @Field(() => String, { nullable: true, description: '受理号或户主/联系人姓名' }) keyword?: string | null;
  @Field(() => ID, { nullable: true }) householdId?: string | null;
  @Field(() => Boolean, { nullable: true }) urgent?: boolean | null;
}
