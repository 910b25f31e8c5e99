import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { domainEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';
import { PUBLICITY_STATUS_NAMES } from './publicity.entry';

export const PublicityStatusEnum = domainEnum('PublicityStatus', '公示状态', PUBLICITY_STATUS_NAMES);

@ObjectType('PublicNotice', { description: '网上公示的一条（仅脱敏信息：姓名脱敏、村组、保障人数、金额、公示期）' })
export class PublicNoticeType {
  @Field(() => ID) id!: string;
  @Field({ description: '救助事项名称' }) programName!: string;
  @Field({ description: '姓名（脱敏，如 张*明）' }) nameMasked!: string;
  @Field({ description: '所在镇街、村社和组（不含详细地址）' }) areaName!: string;
  @Field(() => Int, { description: '保障人数' }) householdSize!: number;
  @Field(() => Float, { nullable: true, description: '月救助金额（元）；该事项不公示金额时为空' }) amount!: number | null;
  @Field({ description: '公示开始日 YYYY-MM-DD' }) startsOn!: string;
  @Field({ description: '公示截止日 YYYY-MM-DD' }) endsOn!: string;
}

@ObjectType('PublicNoticePage')
export class PublicNoticePage extends Paginated(PublicNoticeType) {}

@ObjectType('PublicNoticeArea', { description: '有公示的村社' })
export class PublicNoticeAreaType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('PublicityObjectionReceipt', { description: '异议已受理' })
export class PublicityObjectionReceiptType {
  @Field(() => ID, { description: '异议登记号' }) id!: string;
  @Field() receivedAt!: Date;
  @Field() message!: string;
}

@ObjectType('PublicityEntry', { description: '公示记录（与网上公示的内容相同，另含状态和异议数）' })
export class PublicityEntryType extends PublicNoticeType {
  @Field(() => ID) referralId!: string;
  @Field(() => ID) applicationId!: string;
  @Field(() => String, { nullable: true }) receiptNo!: string | null;
  @Field() programCode!: string;
  @Field() areaCode!: string;
  @Field(() => PublicityStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => Date, { nullable: true, description: '撤下时间' }) takenDownAt!: Date | null;
  @Field(() => Int, { description: '异议数' }) objectionCount!: number;
  @Field({ description: '当前是否在网上公示' }) isPublic!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('PublicityEntryPage')
export class PublicityEntryPage extends Paginated(PublicityEntryType) {}

export const OBJECTION_SOURCE_NAMES: Record<string, string> = { PUBLIC: '网上公示（群众）', WINDOW: '窗口登记', DEPARTMENT: '主管部门' };

@ObjectType('PublicityObjection', { description: '公示异议' })
export class PublicityObjectionType {
  @Field(() => ID) id!: string;
  @Field({ description: 'PUBLIC 网上 | WINDOW 窗口登记 | DEPARTMENT 主管部门' }) source!: string;
  @Field() sourceName!: string;
  @Field() content!: string;
  @Field(() => String, { nullable: true, description: '反映人（仅窗口和主管部门可见）' }) contactName!: string | null;
  @Field(() => String, { nullable: true, description: '联系电话（脱敏；仅窗口和主管部门可见）' }) contactPhoneMasked!: string | null;
  @Field() recordedByName!: string;
  @Field() createdAt!: Date;
}
