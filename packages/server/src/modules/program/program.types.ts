import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';
import { AppError } from '../../shared/errors';
import {
  AssetKindEnum,
  CareLevelEnum,
  DisabilityTypeEnum,
  EmploymentStatusEnum,
  IncomeCategoryEnum,
  LabourCapacityEnum,
  LegalSupportEnum,
  MemberRelationEnum,
  ParentStatusEnum,
  ProgramSubjectEnum,
  ResidenceTypeEnum,
  SchoolStatusEnum,
  SexEnum,
  SpecialStatusEnum,
  VehicleTypeEnum,
} from '../../graphql/enums';
import {
  BenefitStatusEnum,
  FindingKindEnum,
  JobStatusEnum,
  MinorPublicityEnum,
  ReassessmentKindEnum,
  ScreeningOutcomeEnum,
  TimeLimitKindEnum,
} from '../../graphql/enums';

@ObjectType('ProgramMaterial')
export class ProgramMaterialType {
  @Field() name!: string;
  @Field({ description: '是否必需（否：如有则提供）' }) required!: boolean;
  @Field(() => String, { nullable: true, description: '适用情形，如“有残疾成员时”' }) when!: string | null;
  @Field({ description: '互认：该户有有效的家庭经济状况核查报告时，此项材料由报告覆盖，无需申请人提供' }) coveredByReport!: boolean;
}

@ObjectType('ProgramStep')
export class ProgramStepType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: '时限天数；为空表示无时限' }) limitDays!: number | null;
  @Field(() => TimeLimitKindEnum, { nullable: true }) limitKind!: string | null;
  @Field({ description: '该环节暂停办结计时（公示、评议等）' }) clockPaused!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ProgramTotalLimit')
export class ProgramTotalLimitType {
  @Field(() => Int) days!: number;
  @Field(() => TimeLimitKindEnum) kind!: string;
  @Field(() => Int, { nullable: true, description: '特殊情况可延长至' }) extendableTo!: number | null;
  @Field({ description: '如“30 个工作日（可延长至 45 个工作日）”' }) text!: string;
}

@ObjectType('ProgramPublicity')
export class ProgramPublicityType {
  @Field() required!: boolean;
  @Field(() => Int, { nullable: true }) days!: number | null;
  @Field(() => TimeLimitKindEnum, { nullable: true }) kind!: string | null;
  @Field(() => MinorPublicityEnum, { description: '未成年人的公示方式' }) minors!: string;
}

@ObjectType('ProgramVersion', { description: '事项材料与时限的一次修改（按生效日期）' })
export class ProgramVersionType {
  @Field(() => ID) id!: string;
  @Field() effectiveFrom!: string;
  @Field(() => [String], { description: '相对前一版本的变化（中文）' }) changes!: string[];
  @Field({ description: '变化摘要（中文）' }) summary!: string;
  @Field() reason!: string;
  @Field() legalRef!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedBy!: string;
  @Field(() => String, { nullable: true, description: '记录部门' }) department!: string | null;
  @Field({ description: '在 asOf 当日已生效' }) inForce!: boolean;
}

@InputType()
export class ProgramMaterialInput {
  @Field() name!: string;
  @Field() required!: boolean;
  @Field(() => String, { nullable: true }) when?: string | null;
}

@InputType()
export class ProgramStepLimitInput {
  @Field({ description: '环节代码（须为该事项已有环节）' }) code!: string;
  @Field(() => Int, { nullable: true, description: '1–365；为空表示无时限' }) days?: number | null;
  @Field(() => String, { nullable: true, description: 'WORKING | CALENDAR' }) kind?: string | null;
}

@InputType()
export class ProgramTotalLimitInput {
  @Field(() => Int) days!: number;
  @Field({ description: 'WORKING | CALENDAR' }) kind!: string;
  @Field(() => Int, { nullable: true }) extendableTo?: number | null;
}

@InputType()
export class ProgramPublicityInput {
  @Field() required!: boolean;
  @Field(() => Int, { nullable: true }) days?: number | null;
  @Field(() => String, { nullable: true, description: 'WORKING | CALENDAR（默认自然日）' }) kind?: string | null;
}

@InputType({ description: '事项材料与时限的修改：只填要改的部分' })
export class ProgramAmendmentInput {
  @Field() programCode!: string;
  @Field({ description: 'YYYY-MM-DD，最早明天' }) effectiveFrom!: string;
  @Field(() => [ProgramMaterialInput], { nullable: true, description: '新的完整材料清单' }) materials?: ProgramMaterialInput[] | null;
  @Field(() => [ProgramStepLimitInput], { nullable: true, description: '要修改时限的环节' }) steps?: ProgramStepLimitInput[] | null;
  @Field(() => ProgramTotalLimitInput, { nullable: true, description: '新的办结时限' }) totalLimit?: ProgramTotalLimitInput | null;
  @Field(() => Boolean, { nullable: true, description: '取消办结时限（改按各环节合计）' }) removeTotalLimit?: boolean | null;
  @Field(() => ProgramPublicityInput, { nullable: true }) publicity?: ProgramPublicityInput | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field() legalRef!: string;
  @Field() reason!: string;
}

@ObjectType('Program', { description: '救助事项（目录）' })
export class ProgramType {
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: '主管部门代码' }) ownerCode!: string;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field(() => ProgramSubjectEnum, { description: '按户或按人申请' }) subject!: string;
  @Field() description!: string;
  @Field(() => [String]) legalBasis!: string[];
  @Field(() => [String], { description: '条件说明（中文，缩进表示层级）' }) conditions!: string[];
  @Field(() => [String]) amount!: string[];
  @Field(() => [String], { description: '材料清单' }) materials!: string[];
  @Field(() => [String], { description: '办理环节与时限' }) steps!: string[];
  @Field() publicity!: string;
  @Field(() => [ProgramMaterialType], { description: '材料清单（结构化，asOf 当日生效）' }) materialItems!: ProgramMaterialType[];
  @Field(() => [ProgramStepType], { description: '办理环节与时限（结构化，asOf 当日生效）' }) stepItems!: ProgramStepType[];
  @Field(() => ProgramTotalLimitType, { nullable: true, description: '办结时限；为空时按各环节时限合计' }) totalLimit!: ProgramTotalLimitType | null;
  @Field(() => ProgramPublicityType, { description: '公示规则（结构化）' }) publicityRule!: ProgramPublicityType;
  @Field(() => [ProgramVersionType], { description: '材料与时限的修改记录（按生效日期，历史不改写）' }) versions!: ProgramVersionType[];
}

@ObjectType('ScreeningResult', { description: '筛查结果：符合 / 不符合 / 信息不足 / 因互斥排除' })
export class ScreeningResultType {
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field({ description: '主管部门代码' }) owner!: string;
  @Field(() => String, { nullable: true, description: '主管部门名称' }) ownerName!: string | null;
  @Field(() => ScreeningOutcomeEnum) outcome!: string;
  @Field() outcomeName!: string;
  @Field(() => [String]) missingFacts!: string[];
  @Field(() => String, { nullable: true }) excludedBy!: string | null;
  @Field(() => Int, { nullable: true, description: '估算月救助金额（分）；0 为有效金额' }) estimatedMonthlyFen!: number | null;
  @Field(() => [String]) notes!: string[];
  @Field(() => [String], { description: '判断过程（中文）' }) trace!: string[];
  @Field(() => [String], { description: '所用参数及其生效日期、依据' }) parameters!: string[];
}

// ---------------------------------------------------------------- questionnaire screening (问卷筛查)
// Field for field the facts model of the eligibility engine (packages/rules/src/engine/facts.ts):
// a field left out is unknown (信息不足 where it matters); null is known to be absent.

@InputType('ScreeningIncomeInput', { description: '一个成员一个月一类收入' })
export class ScreeningIncomeInput {
  @Field(() => IncomeCategoryEnum) category!: string;
  @Field({ description: '月份首日 YYYY-MM-01' }) month!: string;
  @Field(() => Int, { description: '金额（分）' }) amountFen!: number;
}

@InputType('ScreeningAssetInput', { description: '一项财产' })
export class ScreeningAssetInput {
  @Field(() => AssetKindEnum) kind!: string;
  @Field(() => Float, { description: '价值（分）' }) valueFen!: number;
  @Field(() => String, { nullable: true, description: '所属成员（personId）；为空表示全户' }) personId?: string | null;
  @Field(() => VehicleTypeEnum, { nullable: true, description: '机动车辆：车辆类型' }) vehicleType?: string | null;
  @Field(() => Int, { nullable: true, description: '房产：套数（默认 1）' }) count?: number | null;
  @Field(() => Float, { nullable: true, description: '房产：建筑面积（平方米）' }) areaM2?: number | null;
  @Field(() => Boolean, { nullable: true, description: '房产：非住宅' }) nonResidential?: boolean | null;
  @Field(() => Float, { nullable: true, description: '工商登记：注册资本（分）' }) capitalFen?: number | null;
}

@InputType('ScreeningBenefitInput', { description: '已有的一项救助' })
export class ScreeningBenefitInput {
  @Field() programCode!: string;
  @Field(() => BenefitStatusEnum) status!: string;
  @Field(() => String, { nullable: true, description: '享受救助的成员（personId）；为空表示全户' }) personId?: string | null;
  @Field(() => Int, { nullable: true, description: '月救助金额（分）' }) monthlyAmountFen?: number | null;
}

@InputType('ScreeningMemberInput', { description: '一名家庭成员的情况' })
export class ScreeningMemberInput {
  @Field({ description: '问卷内的成员编号（如 m1）' }) personId!: string;
  @Field(() => String, { nullable: true, description: '显示名（用于判断过程；请勿填写身份证号）' }) name?: string | null;
  @Field(() => MemberRelationEnum, { nullable: true }) relation?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthDate?: string | null;
  @Field(() => SexEnum, { nullable: true }) sex?: 'M' | 'F' | null;
  @Field(() => LabourCapacityEnum, { nullable: true }) labourCapacity?: string | null;
  @Field(() => DisabilityTypeEnum, { nullable: true }) disabilityType?: string | null;
  @Field(() => Int, { nullable: true, description: '残疾等级 1（最重）… 4' }) disabilityGrade?: number | null;
  @Field(() => String, { nullable: true, description: '重病名称；为空表示无' }) seriousIllness?: string | null;
  @Field(() => SchoolStatusEnum, { nullable: true }) schoolStatus?: string | null;
  @Field(() => EmploymentStatusEnum, { nullable: true }) employmentStatus?: string | null;
  @Field(() => [SpecialStatusEnum], { nullable: true }) statuses?: string[] | null;
  @Field(() => String, { nullable: true, description: '死亡日期 YYYY-MM-DD' }) deathDate?: string | null;
  @Field(() => [ScreeningIncomeInput], { nullable: true }) incomes?: ScreeningIncomeInput[] | null;
  @Field(() => Boolean, { nullable: true, description: '已婚（仅现役军人时有影响）' }) married?: boolean | null;
  @Field(() => LegalSupportEnum, { nullable: true, description: '本人的法定义务人情况（覆盖全户的设置）' }) legalSupport?: 'NONE' | 'UNABLE' | 'ABLE' | null;
  @Field(() => CareLevelEnum, { nullable: true }) careLevel?: 'SELF' | 'PARTIAL' | 'FULL' | null;
  @Field(() => ParentStatusEnum, { nullable: true }) fatherStatus?: string | null;
  @Field(() => ParentStatusEnum, { nullable: true }) motherStatus?: string | null;
}

@InputType('ScreeningFactsInput', { description: '问卷筛查的家庭情况（不需要台账记录）' })
export class ScreeningFactsInput {
  @Field(() => ResidenceTypeEnum, { nullable: true }) residenceType?: 'URBAN' | 'RURAL' | null;
  @Field(() => String, { nullable: true, description: '12 位区划代码' }) areaCode?: string | null;
  @Field(() => [ScreeningMemberInput]) members!: ScreeningMemberInput[];
  @Field(() => [ScreeningAssetInput], { nullable: true }) assets?: ScreeningAssetInput[] | null;
  @Field(() => [ScreeningBenefitInput], { nullable: true }) benefits?: ScreeningBenefitInput[] | null;
  @Field(() => String, { nullable: true, description: '申请日期 YYYY-MM-DD（年龄、收入月份和参数按此日期）' }) applicationDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: '住房困难' }) housingDifficulty?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '突发性、紧迫性、临时性困难' }) suddenHardship?: boolean | null;
  @Field(() => Float, { nullable: true, description: '近 12 个月医疗、教育等刚性支出合计（分）' }) rigidSpendingFenLast12m?: number | null;
  @Field(() => Boolean, { nullable: true, description: '有工会会员' }) unionMember?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '受灾' }) disasterAffected?: boolean | null;
  @Field(() => LegalSupportEnum, { nullable: true, description: '全户成员的法定义务人情况' }) legalSupport?: 'NONE' | 'UNABLE' | 'ABLE' | null;
}

@InputType('ParameterValueInput', { description: '参数取值：数值（金额以分计）或代码列表，二者填一项' })
export class ParameterValueInput {
  @Field(() => Float, { nullable: true, description: '数值（金额以分计）' }) number?: number | null;
  @Field(() => [String], { nullable: true, description: '代码列表（如不计入家庭人口的特殊状态、不影响认定的车辆类型）' }) codes?: string[] | null;
}

/** The service's form of a parameter value (`number | string[]`); exactly one of the two must be given. */
export function parameterValue(v: ParameterValueInput, field = 'value'): number | string[] {
  const hasNumber = v.number !== undefined && v.number !== null;
  const hasCodes = v.codes !== undefined && v.codes !== null;
  if (hasNumber === hasCodes) throw new AppError('BAD_USER_INPUT', '参数取值应填写数值或代码列表中的一项', { field });
  return hasNumber ? v.number! : v.codes!;
}

@ObjectType('ParameterVersion')
export class ParameterVersionType {
  @Field() effectiveFrom!: string;
  @Field({ description: '带单位的显示值' }) value!: string;
  @Field() legalRef!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) recordedBy!: string | null;
}

@ObjectType('ParameterCode', { description: '代码列表参数的一个可选代码' })
export class ParameterCode {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('Parameter', { description: '事项参数（按生效日期的版本，历史不改写）' })
export class ParameterType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field() programCode!: string;
  @Field(() => String, { nullable: true }) ownerCode!: string | null;
  @Field(() => String, { nullable: true, description: 'asOf 当日生效值（带单位的显示值，代码显示为名称）' }) valueAt!: string | null;
  @Field(() => [String], { nullable: true, description: '代码列表参数：asOf 当日生效的代码' }) codesAt!: string[] | null;
  @Field(() => [ParameterCode], { nullable: true, description: '代码列表参数：可选的代码及名称' }) codes!: ParameterCode[] | null;
  @Field(() => [ParameterVersionType]) versions!: ParameterVersionType[];
}

@InputType()
export class ParameterVersionInput {
  @Field() code!: string;
  @Field({ description: 'YYYY-MM-DD，最早明天' }) effectiveFrom!: string;
  @Field(() => ParameterValueInput) value!: ParameterValueInput;
  @Field() legalRef!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field() reason!: string;
}

// ---------------------------------------------------------------- preview, simulation, reassessment

@ObjectType('ParameterPreviewRow', { description: '参数预览：一户调整前后的结果' })
export class ParameterPreviewRowType {
  @Field() householdId!: string;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => String, { nullable: true, description: '户主（脱敏）' }) headName!: string | null;
  @Field(() => BenefitStatusEnum, { nullable: true, description: '该事项的救助状态，无则为空' }) benefitStatus!: string | null;
  @Field() beforeOutcome!: string;
  @Field() beforeOutcomeName!: string;
  @Field(() => Int, { nullable: true }) beforeAmountFen!: number | null;
  @Field() afterOutcome!: string;
  @Field() afterOutcomeName!: string;
  @Field(() => Int, { nullable: true }) afterAmountFen!: number | null;
  @Field({ description: '结果或金额有变化' }) changed!: boolean;
  @Field(() => [String], { description: '其他受影响事项的结果变化' }) otherChanges!: string[];
}

@ObjectType('ParameterPreview', { description: '新参数值在样本家庭上的效果（不保存）' })
export class ParameterPreviewType {
  @Field() parameterCode!: string;
  @Field() parameterName!: string;
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field() effectiveFrom!: string;
  @Field(() => String, { nullable: true }) currentValue!: string | null;
  @Field() proposedValue!: string;
  @Field(() => Int, { description: '参与比较的家庭数' }) poolSize!: number;
  @Field(() => Int, { description: '其中结果或金额变化的家庭数' }) changedCount!: number;
  @Field(() => [ParameterPreviewRowType]) rows!: ParameterPreviewRowType[];
}

@InputType()
export class ParameterChangeInput {
  @Field() parameterCode!: string;
  @Field(() => ParameterValueInput) value!: ParameterValueInput;
}

@ObjectType('SimulationChange')
export class SimulationChangeType {
  @Field() parameterCode!: string;
  @Field() parameterName!: string;
  @Field(() => String, { nullable: true }) currentValue!: string | null;
  @Field() proposedValue!: string;
}

@ObjectType('SimulationRow', { description: '模拟测算：镇街 × 事项（townCode 为空表示全辖区合计）' })
export class SimulationRowType {
  @Field(() => String, { nullable: true }) townCode!: string | null;
  @Field(() => String, { nullable: true }) townName!: string | null;
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field(() => Int) currentEligible!: number;
  @Field(() => Int) proposedEligible!: number;
  @Field(() => Int, { description: '新增符合的家庭' }) gaining!: number;
  @Field(() => Int, { description: '不再符合的家庭' }) losing!: number;
  @Field(() => Float, { description: '现行参数下每月金额（分）' }) currentMonthlyFen!: number;
  @Field(() => Float, { description: '调整后每月金额（分）' }) proposedMonthlyFen!: number;
  @Field(() => Float, { description: '每月金额变化（分）' }) deltaMonthlyFen!: number;
}

@ObjectType('Simulation', { description: '模拟测算结果（不写入任何数据）' })
export class SimulationType {
  @Field() asOf!: string;
  @Field(() => [SimulationChangeType]) changes!: SimulationChangeType[];
  @Field(() => [String], { description: '受影响的事项' }) programs!: string[];
  @Field(() => Int) households!: number;
  @Field(() => Int) householdsGaining!: number;
  @Field(() => Int) householdsLosing!: number;
  @Field(() => Float) currentMonthlyFen!: number;
  @Field(() => Float) proposedMonthlyFen!: number;
  @Field(() => Float) deltaMonthlyFen!: number;
  @Field(() => [SimulationRowType]) rows!: SimulationRowType[];
  @Field(() => [SimulationRowType]) programTotals!: SimulationRowType[];
  @Field(() => Int) elapsedMs!: number;
}

@ObjectType('SimulationJob', { description: '模拟测算任务（后台按批评估本辖区全部家庭）' })
export class SimulationJobType {
  @Field(() => ID) id!: string;
  @Field({ description: '测算日期' }) asOf!: string;
  @Field(() => JobStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => Int, { description: '本辖区家庭数' }) total!: number;
  @Field(() => Int, { description: '已评估家庭数' }) processed!: number;
  @Field(() => Int, { description: '进度百分比' }) progress!: number;
  @Field({ description: '测算范围（发起人的辖区）' }) areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() requestedByName!: string;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field({ description: '由我发起（可取消：cancelJob）' }) mine!: boolean;
  @Field({ description: '已请求取消（当前批次完成后停止）' }) cancelRequested!: boolean;
  @Field(() => [SimulationChangeType], { description: '拟调整的参数' }) changes!: SimulationChangeType[];
  @Field(() => SimulationType, { nullable: true, description: '测算结果（完成后）' }) result!: SimulationType | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType('SimulationJobPage')
export class SimulationJobPage extends Paginated(SimulationJobType) {}

@ObjectType('ReassessmentJob', { description: '复核任务（后台按批重新筛查）' })
export class ReassessmentJobType {
  @Field(() => ID) id!: string;
  @Field(() => ReassessmentKindEnum) kind!: string;
  @Field() kindName!: string;
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field(() => String, { nullable: true }) parameterCode!: string | null;
  @Field(() => String, { nullable: true }) parameterName!: string | null;
  @Field({ description: '评估日期' }) asOf!: string;
  @Field(() => JobStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => Int, { description: '进度百分比' }) progress!: number;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() requestedByName!: string;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field({ description: '由我发起（可取消：cancelJob）' }) mine!: boolean;
  @Field({ description: '已请求取消（当前批次完成后停止）' }) cancelRequested!: boolean;
  @Field(() => Int, { description: '疑似漏救（您可见的部分）' }) missedCount!: number;
  @Field(() => Int, { description: '建议复核（您可见的部分）' }) reviewCount!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType('ReassessmentFinding', { description: '复核结果：疑似漏救（MISSED）或建议复核（REVIEW）' })
export class ReassessmentFindingType {
  @Field(() => ID) id!: string;
  @Field() householdId!: string;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field(() => FindingKindEnum) kind!: string;
  @Field() kindName!: string;
  @Field(() => BenefitStatusEnum, { nullable: true }) benefitStatus!: string | null;
  @Field() beforeOutcome!: string;
  @Field() beforeOutcomeName!: string;
  @Field() afterOutcome!: string;
  @Field() afterOutcomeName!: string;
  @Field(() => Int, { nullable: true }) beforeAmountFen!: number | null;
  @Field(() => Int, { nullable: true }) afterAmountFen!: number | null;
  @Field(() => ID, { description: '所属复核任务' }) jobId!: string;
  @Field(() => ID, { nullable: true, description: '按人享受的事项：所涉家庭成员；为空表示按户' }) personId!: string | null;
  @Field(() => String, { nullable: true, description: '所涉家庭成员姓名（脱敏，如 张*）' }) memberName!: string | null;
  @Field(() => Int, { nullable: true, description: '所涉家庭成员年龄（周岁）' }) memberAge!: number | null;
  @Field(() => [String], { description: '筛查判断过程（中文，作为线索依据；最多 20 行）' }) trace!: string[];
  @Field(() => Date, { nullable: true, description: '标记已联系的时间；为空表示待联系' }) contactedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '标记已联系的人员' }) contactedByName!: string | null;
  @Field(() => String, { nullable: true, description: '联系情况' }) contactNote!: string | null;
}

@ObjectType('ReassessmentJobPage')
export class ReassessmentJobPage extends Paginated(ReassessmentJobType) {}

@ObjectType('ReassessmentFindingPage')
export class ReassessmentFindingPage extends Paginated(ReassessmentFindingType) {}
