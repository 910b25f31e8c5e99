import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PortalMessageCategoryEnum, PortalMessageStatusEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';

// ---- public (portal) ----

@ObjectType('PublicMessage', { description: '留言板上公开的留言及答复（无需登录）：身份证号和手机号已隐去，姓名脱敏' })
export class PublicMessageType {
  @Field(() => ID) id!: string;
  @Field(() => PortalMessageCategoryEnum) category!: string;
  @Field() categoryName!: string;
  @Field({ description: '留言涉及的镇（街道）' }) areaName!: string;
  @Field() title!: string;
  @Field() content!: string;
  @Field({ description: '留言人（脱敏，如 张**）' }) writerName!: string;
  @Field() createdAt!: Date;
  @Field() reply!: string;
  @Field(() => String, { nullable: true, description: '答复单位' }) replyUnit!: string | null;
  @Field() repliedAt!: Date;
}

@ObjectType('PublicMessagePage')
export class PublicMessagePage extends Paginated(PublicMessageType) {}

@InputType('PortalMessageInput', { description: '网上留言（手机号须先获取用途为 MESSAGE 的短信验证码）' })
export class PortalMessageInputType {
  @Field({ description: '手机号码（不公开）' }) phone!: string;
  @Field({ description: '短信验证码（6 位）' }) code!: string;
  @Field({ description: '留言人姓名（公开时脱敏）' }) name!: string;
  @Field(() => PortalMessageCategoryEnum) category!: string;
  @Field({ description: '留言涉及的镇（街道）12 位区划代码' }) areaCode!: string;
  @Field({ description: '标题（≤ 50 字）' }) title!: string;
  @Field({ description: '留言内容（5–1000 字）' }) content!: string;
  @Field({ description: '是否公开：true = 答复后可在留言板公开（身份证号、手机号自动隐去）' }) isPublic!: boolean;
}

@ObjectType('PortalMessageReceipt', { description: '留言已提交' })
export class PortalMessageReceiptType {
  @Field({ description: '留言编号（LY 开头）：凭编号、手机号和短信验证码查看答复' }) messageNo!: string;
  @Field() phoneMasked!: string;
  @Field({ description: '留言涉及的镇（街道）' }) areaName!: string;
  @Field({ description: '答复期限（工作日计算）' }) dueDate!: string;
  @Field() submittedAt!: Date;
}

@ObjectType('OwnPortalMessage', { description: '本人的留言及答复（留言编号 + 手机号 + 短信验证码）' })
export class OwnPortalMessageType {
  @Field() messageNo!: string;
  @Field() categoryName!: string;
  @Field() areaName!: string;
  @Field() title!: string;
  @Field() content!: string;
  @Field({ description: '留言人（脱敏）' }) writerName!: string;
  @Field({ description: '留言人同意公开' }) publicWanted!: boolean;
  @Field(() => PortalMessageStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field({ description: '已在留言板公开' }) published!: boolean;
  @Field(() => String, { nullable: true }) reply!: string | null;
  @Field(() => String, { nullable: true }) replyUnit!: string | null;
  @Field(() => Date, { nullable: true }) repliedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '屏蔽理由（已屏蔽时）' }) hiddenReason!: string | null;
  @Field({ description: '答复期限' }) dueDate!: string;
  @Field() createdAt!: Date;
}

// ---- staff (console) ----

@ObjectType('PortalMessage', { description: '群众留言（工作台 门户内容 › 留言）：本辖区的留言、答复和处理情况' })
export class PortalMessageType {
  @Field(() => ID) id!: string;
  @Field() messageNo!: string;
  @Field(() => PortalMessageCategoryEnum) category!: string;
  @Field() categoryName!: string;
  @Field() areaCode!: string;
  @Field() areaName!: string;
  @Field() title!: string;
  @Field({ description: '留言内容（原文；公开时身份证号、手机号自动隐去）' }) content!: string;
  @Field() writerName!: string;
  @Field() phoneMasked!: string;
  @Field({ description: '留言人同意公开' }) publicWanted!: boolean;
  @Field(() => PortalMessageStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field({ description: '已在留言板公开' }) published!: boolean;
  @Field(() => String, { nullable: true }) reply!: string | null;
  @Field(() => String, { nullable: true }) replyUnit!: string | null;
  @Field(() => String, { nullable: true }) repliedByName!: string | null;
  @Field(() => Date, { nullable: true }) repliedAt!: Date | null;
  @Field(() => String, { nullable: true }) hiddenReason!: string | null;
  @Field(() => String, { nullable: true }) hiddenByName!: string | null;
  @Field(() => Date, { nullable: true }) hiddenAt!: Date | null;
  @Field({ description: '答复期限（提交后 5 个工作日）' }) dueDate!: string;
  @Field({ description: '待处理且已过答复期限' }) overdue!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('PortalMessagePage')
export class PortalMessagePage extends Paginated(PortalMessageType) {}
