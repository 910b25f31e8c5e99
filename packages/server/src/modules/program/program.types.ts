import { GraphQLJSON } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Program', { description: '救助事项（目录）' })
export class ProgramType {
  @Field() code!: string;
  @Field() name!: string;
  @Field({ description: '主管部门代码' }) ownerCode!: string;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field() description!: string;
  @Field(() => [String]) legalBasis!: string[];
  @Field(() => [String], { description: '条件说明（中文，缩进表示层级）' }) conditions!: string[];
  @Field(() => [String]) amount!: string[];
  @Field(() => [String], { description: '材料清单' }) materials!: string[];
  @Field(() => [String], { description: '办理环节与时限' }) steps!: string[];
  @Field() publicity!: string;
}

@ObjectType('ScreeningResult', { description: '筛查结果：符合 / 不符合 / 信息不足 / 因互斥排除' })
export class ScreeningResultType {
  @Field() programCode!: string;
  @Field() programName!: string;
  @Field() owner!: string;
  @Field({ description: 'ELIGIBLE | INELIGIBLE | INSUFFICIENT | EXCLUDED' }) outcome!: string;
  @Field() outcomeName!: string;
  @Field(() => [String]) missingFacts!: string[];
  @Field(() => String, { nullable: true }) excludedBy!: string | null;
  @Field(() => Int, { nullable: true, description: '估算月救助金额（分）；0 为有效金额' }) estimatedMonthlyFen!: number | null;
  @Field(() => [String]) notes!: string[];
  @Field(() => [String], { description: '判断过程（中文）' }) trace!: string[];
  @Field(() => [String], { description: '所用参数及其生效日期、依据' }) parameters!: string[];
}

export const FactsJSON = GraphQLJSON;

@ObjectType('ParameterVersion')
export class ParameterVersionType {
  @Field() effectiveFrom!: string;
  @Field({ description: '带单位的显示值' }) value!: string;
  @Field() legalRef!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) recordedBy!: string | null;
}

@ObjectType('Parameter', { description: '事项参数（按生效日期的版本，历史不改写）' })
export class ParameterType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field() programCode!: string;
  @Field(() => String, { nullable: true }) ownerCode!: string | null;
  @Field(() => String, { nullable: true, description: 'asOf 当日生效值' }) valueAt!: string | null;
  @Field(() => [ParameterVersionType]) versions!: ParameterVersionType[];
}

@InputType()
export class ParameterVersionInput {
  @Field() code!: string;
  @Field({ description: 'YYYY-MM-DD，最早明天' }) effectiveFrom!: string;
  @Field(() => GraphQLJSON, { description: '数值（金额以分计）或代码列表' }) value!: number | string[];
  @Field() legalRef!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field() reason!: string;
}
