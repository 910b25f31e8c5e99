import { Arg, Authorized, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  CareLevelEnum,
  DisabilityTypeEnum,
  EmploymentStatusEnum,
  LabourCapacityEnum,
  LegalSupportEnum,
  MemberRelationEnum,
  ResidenceTypeEnum,
  ScreeningOutcomeEnum,
  SchoolStatusEnum,
  SexEnum,
} from '../../graphql/enums';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { selfCheck } from './self-check';

@InputType('SelfCheckMemberInput', { description: '自助测算：一名家庭成员（不填姓名和身份证号）' })
export class SelfCheckMemberInput {
  @Field(() => MemberRelationEnum, { description: '与户主关系（户主本人为 HEAD）' }) relation!: string;
  @Field(() => Int, { description: '年龄（周岁）' }) age!: number;
  @Field(() => SexEnum, { nullable: true }) sex?: 'M' | 'F' | null;
  @Field(() => LabourCapacityEnum, { nullable: true, description: '劳动能力；不填为不清楚' }) labourCapacity?: string | null;
  @Field(() => DisabilityTypeEnum, { nullable: true, description: '残疾类别；不填为无残疾' }) disabilityType?: string | null;
  @Field(() => Int, { nullable: true, description: '残疾等级 1（一级，最重）… 4' }) disabilityGrade?: number | null;
  @Field(() => Boolean, { nullable: true, description: '患有重特大疾病；不填为不清楚' }) seriousIllness?: boolean | null;
  @Field(() => SchoolStatusEnum, { nullable: true, description: '在学情况；不填为不清楚' }) schoolStatus?: string | null;
  @Field(() => EmploymentStatusEnum, { nullable: true, description: '就业情况；不填为不清楚' }) employmentStatus?: string | null;
  @Field(() => CareLevelEnum, { nullable: true, description: '生活自理能力' }) careLevel?: 'SELF' | 'PARTIAL' | 'FULL' | null;
}

@InputType('SelfCheckInput', { description: '我能申请什么：按家庭情况自助测算（不保存、不记名）' })
export class SelfCheckInput {
  @Field(() => ResidenceTypeEnum, { description: '城市或农村户籍' }) residenceType!: 'URBAN' | 'RURAL';
  @Field(() => String, { nullable: true, description: '所在村社或镇街的 12 位区划代码' }) areaCode?: string | null;
  @Field(() => [SelfCheckMemberInput], { description: '共同生活的家庭成员（含本人，1–15 人）' }) members!: SelfCheckMemberInput[];
  @Field(() => Float, { nullable: true, description: '全家上个月工资收入合计（元）；没有填 0' }) wageIncome?: number | null;
  @Field(() => Float, { description: '全家上个月其他收入合计（元）：经营、养老金、租金、赡养费等；没有填 0' }) otherIncome!: number;
  @Field(() => Float, { nullable: true, description: '存款、理财等金融资产合计（元）' }) deposits?: number | null;
  @Field(() => Float, { nullable: true, description: '汽车价值（元）；没有填 0' }) carValue?: number | null;
  @Field(() => Int, { nullable: true, description: '拥有住房套数' }) homes?: number | null;
  @Field(() => Boolean, { nullable: true, description: '住房困难' }) housingDifficulty?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '遇到突发性、紧迫性、临时性困难' }) suddenHardship?: boolean | null;
  @Field(() => Float, { nullable: true, description: '近 12 个月医疗、教育等刚性支出（元）' }) rigidSpending12m?: number | null;
  @Field(() => Boolean, { nullable: true, description: '家中有工会会员' }) unionMember?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '受灾' }) disasterAffected?: boolean | null;
  @Field(() => LegalSupportEnum, { nullable: true, description: '赡养、抚养、扶养义务人情况' }) legalSupport?: 'NONE' | 'UNABLE' | 'ABLE' | null;
  @Field(() => [String], { nullable: true, description: '正在享受的救助（事项代码）' }) currentPrograms?: string[] | null;
}

@ObjectType('SelfCheckResult', { description: '自助测算的一项结果：仅供参考，以窗口受理和部门认定为准' })
export class SelfCheckResultType {
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field(() => String, { nullable: true, description: '主管部门' }) ownerName!: string | null;
  @Field(() => ScreeningOutcomeEnum) outcome!: string;
  @Field({ description: '给申请人看的结论' }) verdict!: string;
  @Field(() => [String], { description: '判断过程（中文）' }) reasons!: string[];
  @Field(() => [String], { description: '还需了解的情况' }) missing!: string[];
  @Field(() => Float, { nullable: true, description: '估算每月金额（元），仅在可能符合时给出' }) estimatedMonthly!: number | null;
}

@Resolver()
export class SelfCheckResolver {
  @Authorized(Permission.Public)
  @Query(() => [SelfCheckResultType], { description: '我能申请什么（无需登录）：按所填家庭情况测算可能符合的救助；不保存、不记名，仅供参考' })
  selfCheck(@Ctx() { ctx }: GqlContext, @Arg('answers', () => SelfCheckInput) answers: SelfCheckInput) {
    // Plain objects for the engine: a field left out stays unknown.
    return selfCheck(ctx, JSON.parse(JSON.stringify(answers)));
  }
}
