import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { listMyNotifications, markNotificationsRead, unreadNotificationCount } from './inbox.service';
import { NotificationPage } from './inbox.types';

/** 站内消息: every signed-in user, own notifications only (inbox.service.ts). */
@Resolver()
export class InboxResolver {
  @Authorized(Permission.Authenticated)
  @Query(() => NotificationPage, { description: '我的站内消息，新的在前（仅本人的消息）' })
  myNotifications(
    @Ctx() { ctx }: GqlContext,
    @Args() page: PageArgsInput,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: '只看未读' }) unreadOnly?: boolean | null,
  ) {
    return listMyNotifications(ctx, { unreadOnly }, page);
  }

  @Authorized(Permission.Authenticated)
  @Query(() => Int, { description: '我的未读站内消息数（消息铃铛）' })
  unreadNotificationCount(@Ctx() { ctx }: GqlContext) {
    return unreadNotificationCount(ctx);
  }

  @Authorized(Permission.Authenticated)
  @Mutation(() => Int, { description: '将本人的站内消息标为已读（指定 ids，或 all: true 全部），返回剩余未读数；不记入操作日志（个人阅读状态）' })
  markNotificationsRead(
    @Ctx() { ctx }: GqlContext,
    @Arg('ids', () => [ID], { nullable: true }) ids?: string[] | null,
    @Arg('all', () => Boolean, { nullable: true }) all?: boolean | null,
  ) {
    return markNotificationsRead(ctx, { ids, all });
  }
}
