import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PortalNoticeCategoryEnum } from '../../graphql/enums';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { deleteNotice, listNotices, type NoticeView, portalNotice, portalNotices, saveNotice } from './notice.service';
import { NoticeInput, NoticeType, PortalNoticePage, PortalNoticeType } from './notice.types';

/** The public shape of a notice: never drafts' state, who changed it or the version. */
const publicNotice = (n: NoticeView): PortalNoticeType => ({
  id: n.id,
  title: n.title,
  body: n.body,
  category: n.category,
  categoryName: n.categoryName,
  pinned: n.pinned,
  publishedAt: n.publishedAt,
});

/** 通知公告: the portal's list and detail (no login) and the district's editing (console 门户内容 › 通知公告). */
@Resolver()
export class PortalNoticeResolver {
  @Authorized(Permission.Public)
  @Query(() => PortalNoticePage, { description: '通知公告（无需登录）：已发布的公告，置顶的在前，其余最新的在前；可按类别筛选' })
  async portalNotices(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('category', () => PortalNoticeCategoryEnum, { nullable: true }) category?: string | null,
  ) {
    const { items, total } = await portalNotices(ctx, category, { page, pageSize });
    return { items: items.map(publicNotice), total, page, pageSize };
  }

  @Authorized(Permission.Public)
  @Query(() => PortalNoticeType, { nullable: true, description: '一条通知公告（无需登录）；不存在或未发布时为 null' })
  async portalNotice(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    const n = await portalNotice(ctx, id);
    return n ? publicNotice(n) : null;
  }

  @Authorized(Permission.PortalManage)
  @Query(() => [NoticeType], { description: '门户内容：全部通知公告（含草稿；区县统一维护）' })
  notices(@Ctx() { ctx }: GqlContext) {
    return listNotices(ctx);
  }

  @Authorized(Permission.PortalManage)
  @Mutation(() => NoticeType, { description: '新增（id 为空、version 为 0）或修改（version 为读取时的版本）一条通知公告' })
  saveNotice(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => NoticeInput) input: NoticeInput,
    @Arg('version', () => Int) version: number,
  ) {
    return saveNotice(ctx, id ?? null, input, version);
  }

  @Authorized(Permission.PortalManage)
  @Mutation(() => Boolean, { description: '删除一条通知公告（version 为读取时的版本）' })
  deleteNotice(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return deleteNotice(ctx, id, version);
  }
}
