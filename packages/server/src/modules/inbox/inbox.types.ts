import { Field, ID, ObjectType } from 'type-graphql';
import { domainEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';
import { NOTIFICATION_KINDS } from './inbox.codes';

export const NotificationKindEnum = domainEnum('NotificationKind', '站内消息类型', NOTIFICATION_KINDS);

@ObjectType('Notification', { description: '站内消息：本人的一条通知（新转办、预警、超期、督办、疑点、复核待办、办结结果等），点击跳转到对应页面' })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: string;
  @Field() title!: string;
  @Field({ description: '内容（不含身份证号，姓名已脱敏）' }) body!: string;
  @Field(() => String, { nullable: true, description: '控制台页面路径，如 /referrals/<id>' }) link!: string | null;
  @Field({ description: '事件所在区划' }) areaCode!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '已读时间（未读为空）' }) readAt!: Date | null;
}

@ObjectType('NotificationPage')
export class NotificationPage extends Paginated(NotificationType) {}
