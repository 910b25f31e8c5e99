import { Field, ObjectType } from 'type-graphql';
import { HouseholdTierEnum } from '../../graphql/enums';

@ObjectType('IdentityMatch', { description: '身份比对的一行结果：是否为社会救助、优抚等对象（只含身份，不含收入、财产、健康等信息）' })
export class IdentityMatchType {
  @Field({ description: '输入的身份证号（原样）' }) input!: string;
  @Field({ description: '身份证号是否有效' }) valid!: boolean;
  @Field(() => String, { nullable: true, description: '无效时的原因' }) message!: string | null;
  @Field(() => String, { nullable: true }) idMasked!: string | null;
  @Field({ description: '是否在平台台账中' }) found!: boolean;
  @Field(() => String, { nullable: true, description: '台账中的姓名（脱敏）' }) nameMasked!: string | null;
  @Field(() => String, { nullable: true, description: '所在村社' }) areaName!: string | null;
  @Field(() => HouseholdTierEnum, { nullable: true }) tier!: string | null;
  @Field(() => String, { nullable: true }) tierName!: string | null;
  @Field({ description: '民政救助对象（特困、低保、低保边缘、支出型困难、孤儿）' }) assistanceObject!: boolean;
  @Field(() => [String], { description: '正在享受的救助事项' }) programs!: string[];
  @Field(() => [String], { description: '身份名册中的身份：优抚对象、脱贫户、监测对象、持证残疾人' }) statuses!: string[];
}
