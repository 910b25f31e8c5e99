import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { domainEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';
import { HOUSING_KINDS, MATCH_STATUSES, VERIFICATION_CONCLUSIONS, VERIFICATION_METHODS, VERIFICATION_STATUSES } from './verification.codes';

/** GraphQL of unified verification (ADR 0023, "GraphQL"); names are the console's contract. */

export const VerificationStatusEnum = domainEnum('VerificationStatus', '家庭经济状况核查状态', VERIFICATION_STATUSES);
export const VerificationMethodEnum = domainEnum('VerificationMethod', '核查方式', VERIFICATION_METHODS);
export const VerificationConclusionEnum = domainEnum('VerificationConclusion', '核查结论', VERIFICATION_CONCLUSIONS);
export const MatchStatusEnum = domainEnum('VerificationSourceStatus', '信息比对：数据来源的查询结果', MATCH_STATUSES);
export const HousingKindEnum = domainEnum('VerificationHousing', '入户调查：住房情况', HOUSING_KINDS);

@InputType('VerificationFilterInput')
export class VerificationFilterInput {
  @Field(() => VerificationStatusEnum, { nullable: true }) status?: keyof typeof VERIFICATION_STATUSES | null;
  @Field(() => String, { nullable: true, description: '区划代码（镇街或村社）' }) areaCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: '只看逾期未完成的' }) overdue?: boolean | null;
  @Field(() => String, { nullable: true, description: '核查编号、地址或户主姓名' }) search?: string | null;
}

// ---- method payloads (input) ----

@InputType('HomeVisitInput', { description: '入户调查' })
export class HomeVisitInput {
  @Field() visitedOn!: string;
  @Field(() => HousingKindEnum) housing!: keyof typeof HOUSING_KINDS;
  @Field(() => Float, { nullable: true, description: '住房面积（平方米）' }) areaM2?: number | null;
  @Field({ description: '生活状况' }) livingConditions!: string;
  @Field(() => String, { nullable: true, description: '家用电器及生活设施' }) appliances?: string | null;
  @Field(() => String, { nullable: true, description: '调查发现' }) observations?: string | null;
  @Field(() => [String], { description: '调查人员（至少 2 名）' }) staffNames!: string[];
  @Field({ description: '家庭成员已签字确认' }) householdSigned!: boolean;
}

@InputType('NeighbourIntervieweeInput')
export class NeighbourIntervieweeInput {
  @Field() name!: string;
  @Field({ description: '与该户关系（邻居、村民小组长 …）' }) relation!: string;
  @Field({ description: '陈述' }) statement!: string;
}

@InputType('NeighbourVisitInput', { description: '邻里访问' })
export class NeighbourVisitInput {
  @Field() visitedOn!: string;
  @Field(() => [NeighbourIntervieweeInput]) interviewees!: NeighbourIntervieweeInput[];
}

@InputType('LetterInput', { description: '信函索证' })
export class LetterInput {
  @Field() sentOn!: string;
  @Field({ description: '收函单位' }) recipient!: string;
  @Field({ description: '索证事项' }) subject!: string;
  @Field(() => String, { nullable: true }) answeredOn?: string | null;
  @Field(() => String, { nullable: true, description: '回函内容' }) answer?: string | null;
}

@InputType('DemocraticReviewInput', { description: '民主评议' })
export class DemocraticReviewInput {
  @Field() heldOn!: string;
  @Field(() => Int) participantCount!: number;
  @Field(() => [String], { nullable: true }) participantNames?: string[] | null;
  @Field(() => Int) agree!: number;
  @Field(() => Int) disagree!: number;
  @Field(() => Int) abstain!: number;
  @Field({ description: '评议意见' }) opinion!: string;
}

@InputType('VerificationPayloadInput', { description: '核查记录内容：按核查方式填写对应的一项' })
export class VerificationPayloadInput {
  @Field(() => HomeVisitInput, { nullable: true }) homeVisit?: HomeVisitInput | null;
  @Field(() => NeighbourVisitInput, { nullable: true }) neighbour?: NeighbourVisitInput | null;
  @Field(() => LetterInput, { nullable: true }) letter?: LetterInput | null;
  @Field(() => DemocraticReviewInput, { nullable: true }) democraticReview?: DemocraticReviewInput | null;
}

// ---- records (output) ----

@ObjectType('VerificationSource', { description: '信息比对：一个数据来源的结果' })
export class VerificationSourceType {
  @Field() dataset!: string;
  @Field() name!: string;
  @Field(() => MatchStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => String, { nullable: true, description: '该数据最近一次导入时间（数据截至）' }) asOf!: string | null;
  @Field(() => String, { nullable: true, description: '查询时间' }) queriedAt!: string | null;
  @Field(() => [String], { description: '查到的记录（已脱敏）' }) rows!: string[];
}

@ObjectType('DataMatchResult', { description: '信息比对结果' })
export class DataMatchResultType {
  @Field() queriedAt!: string;
  @Field(() => Int) members!: number;
  @Field(() => [VerificationSourceType]) sources!: VerificationSourceType[];
}

@ObjectType('HomeVisit')
export class HomeVisitType {
  @Field() visitedOn!: string;
  @Field(() => HousingKindEnum) housing!: string;
  @Field(() => Float, { nullable: true }) areaM2!: number | null;
  @Field() livingConditions!: string;
  @Field(() => String, { nullable: true }) appliances!: string | null;
  @Field(() => String, { nullable: true }) observations!: string | null;
  @Field(() => [String]) staffNames!: string[];
  @Field() householdSigned!: boolean;
}

@ObjectType('NeighbourInterviewee')
export class NeighbourIntervieweeType {
  @Field() name!: string;
  @Field() relation!: string;
  @Field() statement!: string;
}

@ObjectType('NeighbourVisit')
export class NeighbourVisitType {
  @Field() visitedOn!: string;
  @Field(() => [NeighbourIntervieweeType]) interviewees!: NeighbourIntervieweeType[];
}

@ObjectType('Letter')
export class LetterType {
  @Field() sentOn!: string;
  @Field() recipient!: string;
  @Field() subject!: string;
  @Field(() => String, { nullable: true }) answeredOn!: string | null;
  @Field(() => String, { nullable: true }) answer!: string | null;
}

@ObjectType('DemocraticReview')
export class DemocraticReviewType {
  @Field() heldOn!: string;
  @Field(() => Int) participantCount!: number;
  @Field(() => [String]) participantNames!: string[];
  @Field(() => Int) agree!: number;
  @Field(() => Int) disagree!: number;
  @Field(() => Int) abstain!: number;
  @Field() opinion!: string;
}

@ObjectType('VerificationRecord', { description: '一条核查记录（按核查方式，对应的一项有值）' })
export class VerificationRecordType {
  @Field(() => ID) id!: string;
  @Field(() => VerificationMethodEnum) method!: string;
  @Field() methodName!: string;
  @Field({ description: '摘要' }) summary!: string;
  @Field(() => DataMatchResultType, { nullable: true }) dataMatch!: DataMatchResultType | null;
  @Field(() => HomeVisitType, { nullable: true }) homeVisit!: HomeVisitType | null;
  @Field(() => NeighbourVisitType, { nullable: true }) neighbour!: NeighbourVisitType | null;
  @Field(() => LetterType, { nullable: true }) letter!: LetterType | null;
  @Field(() => DemocraticReviewType, { nullable: true }) democraticReview!: DemocraticReviewType | null;
  @Field(() => [ID], { description: '附件（照片、回函、会议记录）' }) fileIds!: string[];
  @Field() recordedByName!: string;
  @Field() recordedAt!: Date;
}

// ---- computation and report content ----

@ObjectType('VerificationMember')
export class ReportMemberType {
  @Field() nameMasked!: string;
  @Field() idMasked!: string;
  @Field() relation!: string;
  @Field() relationName!: string;
  @Field(() => String, { nullable: true }) sex!: string | null;
  @Field(() => Int, { nullable: true }) age!: number | null;
  @Field(() => [String]) notes!: string[];
}

@ObjectType('VerificationIncomeLine')
export class ReportIncomeLineType {
  @Field() category!: string;
  @Field() name!: string;
  @Field(() => Float, { description: '金额（分）' }) amountFen!: number;
  @Field({ description: '是否计入（否：不计入收入的类别）' }) counted!: boolean;
}

@ObjectType('VerificationIncome', { description: '家庭收入（申请前一月，按事项规定扣除不计入收入和就业成本）' })
export class ReportIncomeType {
  @Field(() => String, { nullable: true, description: '收入月份 YYYY-MM' }) month!: string | null;
  @Field(() => [ReportIncomeLineType]) lines!: ReportIncomeLineType[];
  @Field(() => Float, { description: '就业成本扣减（分）' }) deductionFen!: number;
  @Field(() => Float, { nullable: true, description: '家庭月收入（分）；null 信息不足' }) monthlyIncomeFen!: number | null;
  @Field(() => Int, { nullable: true }) countedMembers!: number | null;
  @Field(() => Float, { nullable: true, description: '家庭人均月收入（分）' }) perCapitaIncomeFen!: number | null;
  @Field(() => [String]) explanation!: string[];
}

@ObjectType('VerificationVehicle')
export class ReportVehicleType {
  @Field() nameMasked!: string;
  @Field({ description: '车辆类型代码' }) type!: string;
  @Field({ description: '来源：ledger 台账，或比对数据集' }) source!: string;
}

@ObjectType('VerificationAssets', { description: '家庭财产' })
export class ReportAssetsType {
  @Field(() => Float, { nullable: true }) financialAssetsFen!: number | null;
  @Field(() => Float, { nullable: true }) financialAssetsPerCapitaFen!: number | null;
  @Field(() => Int, { nullable: true }) homeCount!: number | null;
  @Field(() => Boolean, { nullable: true }) hasNonResidentialProperty!: boolean | null;
  @Field(() => [ReportVehicleType]) vehicles!: ReportVehicleType[];
  @Field(() => Int, { nullable: true }) nonExemptVehicles!: number | null;
  @Field(() => Float, { nullable: true }) businessCapitalFen!: number | null;
  @Field(() => [String]) lines!: string[];
}

@ObjectType('VerificationFinding', { description: '该户的比对疑点（核查时）' })
export class ReportFindingType {
  @Field(() => Int) ruleNo!: number;
  @Field() ruleName!: string;
  @Field() severity!: string;
  @Field() status!: string;
  @Field() statusName!: string;
  @Field() summary!: string;
}

@ObjectType('VerificationProgramResult', { description: '按事项评估的结果与依据' })
export class ReportProgramType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() outcome!: string;
  @Field() outcomeName!: string;
  @Field(() => Float, { nullable: true }) estimatedMonthlyFen!: number | null;
  @Field(() => [String]) missingFacts!: string[];
  @Field(() => [String], { description: '规则引擎的说明' }) lines!: string[];
}

@ObjectType('VerificationComputation', { description: '核算结果（家庭收入、财产、疑点、各事项评估和建议结论）' })
export class VerificationComputationType {
  @Field() computedAt!: string;
  @Field() asOf!: string;
  @Field(() => [ReportMemberType]) members!: ReportMemberType[];
  @Field(() => ReportIncomeType) income!: ReportIncomeType;
  @Field(() => ReportAssetsType) assets!: ReportAssetsType;
  @Field(() => [String], { description: '由比对数据补充的事实' }) evidenceLines!: string[];
  @Field(() => [String], { description: '信息不足的项目' }) missing!: string[];
  @Field(() => [ReportProgramType]) programs!: ReportProgramType[];
  @Field(() => [ReportFindingType]) findings!: ReportFindingType[];
  @Field(() => VerificationConclusionEnum) proposedConclusion!: string;
  @Field() proposedConclusionName!: string;
  @Field() proposedReason!: string;
}

@ObjectType('VerificationReportAuthorisation')
export class ReportAuthorisationType {
  @Field() signedOn!: string;
  @Field() validUntil!: string;
  @Field(() => [String]) scope!: string[];
  @Field(() => [String]) scopeNames!: string[];
}

@ObjectType('VerificationReportHeader')
export class ReportHeaderType {
  @Field() title!: string;
  @Field() office!: string;
  @Field() reportNo!: string;
  @Field(() => Int) version!: number;
  @Field() verificationNo!: string;
  @Field() issuedAt!: string;
  @Field() validUntil!: string;
  @Field(() => String, { nullable: true }) queriedAt!: string | null;
  @Field(() => ReportAuthorisationType, { nullable: true }) authorisation!: ReportAuthorisationType | null;
}

@ObjectType('VerificationReportHousehold')
export class ReportHouseholdType {
  @Field() headNameMasked!: string;
  @Field() address!: string;
  @Field() areaName!: string;
  @Field() residenceType!: string;
  @Field() residenceTypeName!: string;
  @Field(() => Int) memberCount!: number;
}

@ObjectType('VerificationReportMethod')
export class ReportMethodType {
  @Field() method!: string;
  @Field() name!: string;
  @Field() recordedAt!: string;
  @Field() recordedByName!: string;
  @Field() summary!: string;
}

@ObjectType('VerificationReportConclusion')
export class ReportConclusionType {
  @Field(() => VerificationConclusionEnum) code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => VerificationConclusionEnum) proposed!: string;
  @Field() proposedReason!: string;
}

@ObjectType('VerificationReportContent', { description: '核查报告内容（出具时冻结的快照）' })
export class ReportContentType {
  @Field(() => ReportHeaderType) header!: ReportHeaderType;
  @Field(() => ReportHouseholdType) household!: ReportHouseholdType;
  @Field(() => [ReportMemberType]) members!: ReportMemberType[];
  @Field(() => ReportIncomeType) income!: ReportIncomeType;
  @Field(() => ReportAssetsType) assets!: ReportAssetsType;
  @Field(() => [ReportFindingType]) findings!: ReportFindingType[];
  @Field(() => [VerificationSourceType]) sources!: VerificationSourceType[];
  @Field(() => [ReportMethodType]) methods!: ReportMethodType[];
  @Field(() => [ReportProgramType]) programs!: ReportProgramType[];
  @Field(() => ReportConclusionType) conclusion!: ReportConclusionType;
  @Field() draftedByName!: string;
  @Field() approvedByName!: string;
}

@ObjectType('VerificationReport', { description: '家庭经济状况核查报告：编号、版本、有效期；有效期内各部门互认' })
export class VerificationReportType {
  @Field(() => ID) id!: string;
  @Field() no!: string;
  @Field(() => Int, { description: '该户第几版报告' }) version!: number;
  @Field(() => ID) householdId!: string;
  @Field(() => ID) verificationId!: string;
  @Field() issuedAt!: Date;
  @Field() validUntil!: string;
  @Field({ description: '有效：未过期且未被新版本取代' }) valid!: boolean;
  @Field({ description: '已过期（报告已过期）' }) expired!: boolean;
  @Field({ description: '已被新版本报告取代' }) superseded!: boolean;
  @Field(() => ID, { nullable: true }) supersededById!: string | null;
  @Field() draftedByName!: string;
  @Field() approvedByName!: string;
  @Field(() => VerificationConclusionEnum) conclusion!: string;
  @Field() conclusionName!: string;
  @Field(() => ReportContentType) content!: ReportContentType;
  @Field({ description: 'PDF 下载地址' }) pdfUrl!: string;
}

@ObjectType('Verification', { description: '家庭经济状况核查（统一核查）' })
export class VerificationType {
  @Field(() => ID) id!: string;
  @Field({ description: '核查编号' }) no!: string;
  @Field(() => ID) householdId!: string;
  @Field() householdAddress!: string;
  @Field(() => String, { nullable: true, description: '户主（脱敏）' }) headName!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => ID, { nullable: true, description: '发起核查的转办单' }) referralId!: string | null;
  @Field(() => ID) authorisationId!: string;
  @Field(() => VerificationStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field({ description: '办结期限（发起后 10 个工作日）' }) dueDate!: string;
  @Field() overdue!: boolean;
  @Field(() => String, { nullable: true, description: '核查事由或重新核查的理由' }) reason!: string | null;
  @Field() startedByName!: string;
  @Field() startedAt!: Date;
  @Field(() => String, { nullable: true }) draftedByName!: string | null;
  @Field(() => Date, { nullable: true }) draftedAt!: Date | null;
  @Field({ description: '当前用户是起草人（不能复核）' }) draftedByMe!: boolean;
  @Field(() => String, { nullable: true }) approvedByName!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) returnedReason!: string | null;
  @Field(() => String, { nullable: true }) cancelledReason!: string | null;
  @Field(() => VerificationComputationType, { nullable: true, description: '最近一次核算' }) computation!: VerificationComputationType | null;
  @Field(() => Date, { nullable: true }) computedAt!: Date | null;
  @Field(() => VerificationConclusionEnum, { nullable: true }) conclusion!: string | null;
  @Field(() => String, { nullable: true }) conclusionName!: string | null;
  @Field(() => String, { nullable: true }) conclusionNote!: string | null;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
  @Field(() => Int, { description: '版本（乐观锁）' }) version!: number;
}

@ObjectType('VerificationPage')
export class VerificationPage extends Paginated(VerificationType) {}
