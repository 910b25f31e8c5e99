import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';
import {
  AssetKindEnum,
  BenefitSourceEnum,
  BenefitStatusEnum,
  DisabilityTypeEnum,
  EmploymentStatusEnum,
  HouseholdStatusEnum,
  HouseholdTierEnum,
  IncomeCategoryEnum,
  LabourCapacityEnum,
  MemberRelationEnum,
  ResidenceTypeEnum,
  SchoolStatusEnum,
  SexEnum,
  SpecialStatusEnum,
  VehicleTypeEnum,
} from '../../graphql/enums';

export enum AccessLevelEnum {
  FULL = 'FULL',
  SHARED = 'SHARED',
}
registerEnumType(AccessLevelEnum, {
  name: 'AccessLevel',
  description: '可见范围',
  valuesConfig: { FULL: { description: '完整信息' }, SHARED: { description: '共享信息（姓名、脱敏证件号、层级、各部门救助）' } },
});

export enum UnmaskFieldEnum {
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
}
registerEnumType(UnmaskFieldEnum, {
  name: 'UnmaskField',
  description: '可查看完整值的脱敏字段',
  valuesConfig: { ID_NUMBER: { description: '身份证号' }, PHONE: { description: '电话' } },
});

// simpleResolvers: plain data fields, no middleware per field (hot path of the ledger list).
@ObjectType({ description: '家庭成员（共享视图中仅姓名、脱敏证件号、性别、出生日期、关系有值）', simpleResolvers: true })
export class Member {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: '脱敏身份证号' }) idMasked!: string;
  @Field(() => SexEnum) sex!: string;
  @Field() birthDate!: string;
  @Field(() => Int, { nullable: true }) age!: number | null;
  @Field(() => MemberRelationEnum) relation!: string;
  @Field(() => String, { nullable: true }) relationName!: string | null;
  @Field() isHead!: boolean;
  @Field() deceased!: boolean;
  @Field(() => String, { nullable: true }) phoneMasked!: string | null;
  @Field(() => LabourCapacityEnum, { nullable: true }) labourCapacity!: string | null;
  @Field(() => DisabilityTypeEnum, { nullable: true }) disabilityType!: string | null;
  @Field(() => Int, { nullable: true }) disabilityGrade!: number | null;
  @Field(() => String, { nullable: true }) disabilityCert!: string | null;
  @Field(() => String, { nullable: true }) seriousIllness!: string | null;
  @Field(() => SchoolStatusEnum, { nullable: true }) schoolStatus!: string | null;
  @Field(() => EmploymentStatusEnum, { nullable: true }) employmentStatus!: string | null;
  @Field(() => [SpecialStatusEnum], { nullable: true }) statuses!: string[] | null;
  @Field(() => String, { nullable: true }) deathDate!: string | null;
  @Field(() => String, { nullable: true }) fromDate!: string | null;
}

@ObjectType({ description: '救助记录（一户一条救助链）', simpleResolvers: true })
export class BenefitRecord {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field(() => BenefitStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => Int, { description: '月救助金额（分）' }) monthlyAmountFen!: number;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => BenefitSourceEnum) source!: string;
  @Field(() => ID) departmentId!: string;
  @Field() departmentName!: string;
  @Field() updatedAt!: Date;
  @Field(() => Int, { description: '乐观锁版本，变更状态时回传' }) version!: number;
}

@ObjectType({ description: '家庭（户）', simpleResolvers: true })
export class HouseholdSummary {
  @Field(() => ID) id!: string;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => String, { nullable: true }) groupNo!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => ResidenceTypeEnum, { nullable: true }) residenceType!: string | null;
  @Field(() => String, { nullable: true }) phoneMasked!: string | null;
  @Field(() => HouseholdTierEnum, { nullable: true }) tier!: string | null;
  @Field(() => String, { nullable: true }) tierName!: string | null;
  @Field(() => String, { nullable: true }) tierReason!: string | null;
  @Field(() => HouseholdStatusEnum, { nullable: true }) status!: string | null;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => Int, { nullable: true }) memberCount!: number | null;
  @Field(() => AccessLevelEnum) access!: AccessLevelEnum;
  @Field(() => [Member]) members!: Member[];
  @Field(() => [BenefitRecord]) benefits!: BenefitRecord[];
}

@ObjectType()
export class HouseholdPage extends Paginated(HouseholdSummary) {
  @Field({ description: '为真时 total 只是下限（匹配超过 200 户，请缩小条件）' }) totalCapped!: boolean;
}

@ObjectType()
export class IncomeItem {
  @Field(() => ID) id!: string;
  @Field(() => ID) personId!: string;
  @Field() personName!: string;
  @Field(() => IncomeCategoryEnum) category!: string;
  @Field({ description: '月份首日 YYYY-MM-01' }) month!: string;
  @Field(() => Int, { description: '金额（分）' }) amountFen!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('AssetDetail', { description: '财产的分类说明（按财产类别填写相应字段）' })
export class AssetDetail {
  @Field(() => VehicleTypeEnum, { nullable: true, description: '机动车辆：车辆类型' }) type?: string | null;
  @Field(() => Float, { nullable: true, description: '房产：建筑面积（平方米）' }) areaM2?: number | null;
  @Field(() => Int, { nullable: true, description: '房产：套数（默认 1）' }) count?: number | null;
  @Field(() => Boolean, { nullable: true, description: '房产：非住宅（商铺、办公、厂房等）' }) nonResidential?: boolean | null;
  @Field(() => Float, { nullable: true, description: '工商登记：注册资本（分）' }) capitalFen?: number | null;
}

@InputType('AssetDetailInput', { description: '财产的分类说明（按财产类别填写相应字段）' })
export class AssetDetailInput {
  @Field(() => VehicleTypeEnum, { nullable: true, description: '机动车辆：车辆类型' }) type?: string | null;
  @Field(() => Float, { nullable: true, description: '房产：建筑面积（平方米）' }) areaM2?: number | null;
  @Field(() => Int, { nullable: true, description: '房产：套数（默认 1）' }) count?: number | null;
  @Field(() => Boolean, { nullable: true, description: '房产：非住宅（商铺、办公、厂房等）' }) nonResidential?: boolean | null;
  @Field(() => Float, { nullable: true, description: '工商登记：注册资本（分）' }) capitalFen?: number | null;
}

@ObjectType()
export class AssetItem {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field(() => AssetKindEnum) kind!: string;
  @Field(() => Number, { description: '价值（分）' }) valueFen!: number;
  @Field(() => AssetDetail, { nullable: true }) detail!: AssetDetail | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType()
export class TierChange {
  @Field(() => ID) id!: string;
  @Field(() => HouseholdTierEnum, { nullable: true }) fromTier!: string | null;
  @Field(() => HouseholdTierEnum, { nullable: true }) toTier!: string | null;
  @Field() reason!: string;
  @Field() actorName!: string;
  @Field() at!: Date;
}

@ObjectType()
export class HouseholdEventItem {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() summary!: string;
  @Field() actorName!: string;
  @Field() at!: Date;
}

@ObjectType('Household', { description: '家庭详情' })
export class HouseholdDetailType extends HouseholdSummary {
  @Field(() => [Member]) formerMembers!: Member[];
  @Field(() => [IncomeItem], { nullable: true }) incomes!: IncomeItem[] | null;
  @Field(() => [AssetItem], { nullable: true }) assets!: AssetItem[] | null;
  @Field(() => [TierChange], { nullable: true }) tierHistory!: TierChange[] | null;
  @Field(() => [HouseholdEventItem], { nullable: true }) events!: HouseholdEventItem[] | null;
}

@ObjectType()
export class ExistingRegistration {
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() inScope!: boolean;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field() active!: boolean;
}

@ObjectType({ description: '身份证号校验结果' })
export class IdNumberCheck {
  @Field() valid!: boolean;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => String, { nullable: true }) birthDate!: string | null;
  @Field(() => SexEnum, { nullable: true }) sex!: string | null;
  @Field(() => Int, { nullable: true }) age!: number | null;
  @Field(() => ExistingRegistration, { nullable: true }) existing!: ExistingRegistration | null;
}

@InputType()
export class HouseholdFilterInput {
  @Field(() => String, { nullable: true, description: '姓名（前缀）、身份证号或电话' }) keyword?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => String, { nullable: true, description: '区划（含下级）' }) areaCode?: string | null;
  @Field(() => String, { nullable: true, description: 'T1–T4，或 NONE 表示无分层' }) tier?: string | null;
  @Field(() => String, { nullable: true }) programCode?: string | null;
  @Field(() => String, { nullable: true }) benefitStatus?: string | null;
  @Field(() => Boolean, { nullable: true }) includeClosed?: boolean | null;
}

@InputType()
export class PersonFactsFields {
  @Field(() => String, { nullable: true }) labourCapacity?: string | null;
  @Field(() => String, { nullable: true }) disabilityType?: string | null;
  @Field(() => Int, { nullable: true }) disabilityGrade?: number | null;
  @Field(() => String, { nullable: true }) disabilityCert?: string | null;
  @Field(() => String, { nullable: true }) seriousIllness?: string | null;
  @Field(() => String, { nullable: true }) schoolStatus?: string | null;
  @Field(() => String, { nullable: true }) employmentStatus?: string | null;
  @Field(() => [String], { nullable: true }) statuses?: string[] | null;
}

@InputType('MemberInput')
export class MemberInputType extends PersonFactsFields {
  @Field() name!: string;
  @Field() idNumber!: string;
  @Field() relation!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType('PersonUpdateInput')
export class PersonUpdateInputType extends PersonFactsFields {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) relation?: string | null;
}

@InputType()
export class HouseholdFieldsInput {
  @Field(() => String, { nullable: true }) areaCode?: string;
  @Field(() => String, { nullable: true }) groupNo?: string | null;
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) residenceType?: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class CreateHouseholdInput {
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) groupNo?: string | null;
  @Field() address!: string;
  @Field() residenceType!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => [MemberInputType]) members!: MemberInputType[];
}

@InputType()
export class MemberRelationInput {
  @Field(() => ID) personId!: string;
  @Field() relation!: string;
}

@InputType()
export class SplitHouseholdInput {
  @Field(() => [ID]) personIds!: string[];
  @Field(() => ID) headPersonId!: string;
  @Field(() => [MemberRelationInput], { defaultValue: [] }) relations!: MemberRelationInput[];
  @Field(() => String, { nullable: true }) areaCode?: string | null;
  @Field(() => String, { nullable: true }) groupNo?: string | null;
  @Field() address!: string;
  @Field(() => String, { nullable: true }) residenceType?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType('IncomeInput')
export class IncomeInputType {
  @Field(() => ID) personId!: string;
  @Field() category!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) amountFen!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('AssetInput')
export class AssetInputType {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field() kind!: string;
  @Field(() => Number) valueFen!: number;
  @Field(() => AssetDetailInput, { nullable: true }) detail?: AssetDetailInput | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('BenefitInput')
export class BenefitInputType {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field() programCode!: string;
  @Field() status!: string;
  @Field(() => Int) monthlyAmountFen!: number;
  @Field(() => String, { nullable: true }) startDate?: string | null;
  @Field(() => String, { nullable: true }) endDate?: string | null;
  @Field({ defaultValue: 'DECISION' }) source!: string;
  @Field(() => String, { nullable: true }) sourceRef?: string | null;
}
