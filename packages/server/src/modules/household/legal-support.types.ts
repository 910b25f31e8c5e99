import { AUTHORISATION_SCOPES, LEGAL_DUTIES, SUPPORT_ABILITIES, UNABLE_REASONS } from '@xiejiu/rules';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { domainEnum, MemberRelationEnum } from '../../graphql/enums';

export const LegalDutyEnum = domainEnum('LegalDuty', '法定义务的种类', LEGAL_DUTIES);
export const SupportAbilityEnum = domainEnum('SupportAbility', '法定义务人的履行能力', SUPPORT_ABILITIES);
export const UnableReasonEnum = domainEnum('UnableReason', '法定义务人无履行能力的情形', UNABLE_REASONS);
export const AuthorisationScopeEnum = domainEnum('AuthorisationScope', '核对授权书授权查询的数据来源', AUTHORISATION_SCOPES);
export const AuthorisationStatusEnum = domainEnum('AuthorisationStatus', '核对授权书状态', {
  VALID: '有效',
  EXPIRED: '已过期',
  REVOKED: '已撤销',
  NOT_YET_VALID: '尚未生效',
});

@ObjectType('LegalSupporter', { description: '法定赡养、抚养、扶养义务人（某一家庭成员的）' })
export class LegalSupporterType {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: '被赡养（抚养、扶养）的家庭成员' }) personId!: string;
  @Field() personName!: string;
  @Field({ description: '义务人姓名' }) name!: string;
  @Field(() => String, { nullable: true, description: '义务人脱敏身份证号' }) idMasked!: string | null;
  @Field(() => LegalDutyEnum) duty!: string;
  @Field(() => MemberRelationEnum, { description: '义务人与该成员的关系（从该成员看）' }) relation!: string;
  @Field(() => ID, { nullable: true, description: '义务人在台账中登记的人员（按身份证号匹配）' }) supporterPersonId!: string | null;
  @Field(() => ID, { nullable: true, description: '义务人所在家庭（台账中有登记时）' }) supporterHouseholdId!: string | null;
  @Field(() => SupportAbilityEnum) ability!: string;
  @Field(() => UnableReasonEnum, { nullable: true }) unableReason!: string | null;
  @Field(() => Int, { nullable: true, description: '义务人月收入（分），已知时' }) monthlyIncomeFen!: number | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() updatedAt!: Date;
  @Field(() => Int, { description: '版本（乐观锁）' }) version!: number;
}

@ObjectType('HouseholdAuthorisation', { description: '家庭经济状况核对授权书' })
export class HouseholdAuthorisationType {
  @Field(() => ID) id!: string;
  @Field({ description: '签署日期' }) signedOn!: string;
  @Field({ description: '有效期截止日期（含）' }) validUntil!: string;
  @Field(() => [AuthorisationScopeEnum], { description: '授权查询的数据来源' }) scope!: string[];
  @Field(() => [ID]) signerPersonIds!: string[];
  @Field(() => [String], { description: '签署人姓名' }) signerNames!: string[];
  @Field(() => ID, { nullable: true, description: '授权书扫描件（GET /api/files/:id）' }) fileId!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedByName!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokedReason!: string | null;
  @Field(() => String, { nullable: true }) revokedByName!: string | null;
  @Field(() => AuthorisationStatusEnum) status!: string;
  @Field({ description: '今天有效（未撤销且在有效期内）' }) valid!: boolean;
  @Field(() => Int, { description: '版本（乐观锁）' }) version!: number;
}

@InputType('LegalSupporterInput')
export class LegalSupporterInputType {
  @Field(() => ID, { description: '被赡养（抚养、扶养）的家庭成员' }) personId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: '身份证号（不知道时可空）' }) idNumber?: string | null;
  @Field(() => LegalDutyEnum) duty!: string;
  @Field(() => MemberRelationEnum) relation!: string;
  @Field(() => SupportAbilityEnum, { nullable: true, description: '默认 UNKNOWN（尚未核实）' }) ability?: string | null;
  @Field(() => UnableReasonEnum, { nullable: true }) unableReason?: string | null;
  @Field(() => Int, { nullable: true, description: '月收入（分）' }) monthlyIncomeFen?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('LegalSupporterUpdateInput', { description: '只修改给出的字段；idNumber 给出时重新校验、加密并匹配台账' })
export class LegalSupporterUpdateInputType {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => LegalDutyEnum, { nullable: true }) duty?: string | null;
  @Field(() => MemberRelationEnum, { nullable: true }) relation?: string | null;
  @Field(() => SupportAbilityEnum, { nullable: true }) ability?: string | null;
  @Field(() => UnableReasonEnum, { nullable: true }) unableReason?: string | null;
  @Field(() => Int, { nullable: true }) monthlyIncomeFen?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('AuthorisationInput')
export class AuthorisationInputType {
  @Field(() => ID) householdId!: string;
  @Field({ description: '签署日期 YYYY-MM-DD' }) signedOn!: string;
  @Field(() => String, { nullable: true, description: '有效期截止日期；默认签署日期加系统设置的有效月数（12）' }) validUntil?: string | null;
  @Field(() => [AuthorisationScopeEnum]) scope!: string[];
  @Field(() => [ID], { description: '签署授权书的家庭成员' }) signerPersonIds!: string[];
  @Field(() => ID, { nullable: true, description: '已上传的授权书扫描件（POST /api/files 返回的 id）' }) fileId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
