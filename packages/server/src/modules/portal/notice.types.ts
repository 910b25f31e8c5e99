import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PortalNoticeCategoryEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';

// ---- public (portal) ----

@ObjectType('PortalNotice', { description: '通知公告（门户，无需登录）：已发布的公告，不含修改人和版本' })
export class PortalNoticeType {
  @Field(() => ID) id!: string;
  @Field({ description: '标题' }) title!: string;
  @Field({ description: '正文（可换行）' }) body!: string;
  @Field(() => PortalNoticeCategoryEnum, { description: '类别' }) category!: string;
  @Field({ description: '类别名称（通知、政策解读、工作动态）' }) categoryName!: string;
  @Field({ description: '置顶' }) pinned!: boolean;
  @Field(() => Date, { nullable: true, description: '发布时间（首次发布时记录）；草稿从未发布时为 null' }) publishedAt!: Date | null;
}

@ObjectType('PortalNoticePage')
export class PortalNoticePage extends Paginated(PortalNoticeType) {}

// ---- staff (console) ----

@ObjectType('Notice', { description: '门户内容：一条通知公告（含草稿、修改人和版本）' })
export class NoticeType extends PortalNoticeType {
  @Field({ description: '已发布（false = 草稿，门户不显示）' }) published!: boolean;
  @Field() createdAt!: Date;
  @Field() updatedByName!: string;
  @Field() updatedAt!: Date;
  @Field(() => Int, { description: '版本（乐观锁）' }) version!: number;
}

@InputType('NoticeInput', { description: '通知公告（向社会公开：不得含有身份证号、手机号码）' })
export class NoticeInput {
  @Field(() => String, { nullable: true, description: '标题（≤ 100 字，不换行）' }) title?: string | null;
  @Field(() => String, { nullable: true, description: '正文（≤ 5000 字，可换行）' }) body?: string | null;
  @Field(() => PortalNoticeCategoryEnum, { nullable: true, description: '类别' }) category?: string | null;
  @Field(() => Boolean, { nullable: true, description: '置顶（默认否）' }) pinned?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '发布（默认否 = 草稿）' }) published?: boolean | null;
}
