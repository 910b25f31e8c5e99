import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { CurrentUser } from '../auth/auth.types';
import { Permission } from '../auth/permissions';
import * as changes from './admin-change.service';
import { AdminChangeInput, AdminChangeRequestPage, AdminChangeRequestType, SecurityNoticeType } from './admin-change.types';

@Resolver()
export class AdminChangeResolver {
  @Authorized(Permission.AdminChangeReview)
  @Query(() => AdminChangeRequestPage, { description: '管理员账号变更申请；pending 为 true（默认）时只列待确认的' })
  adminChangeRequests(@Ctx() { ctx }: GqlContext, @Args() page: PageArgsInput, @Arg('pending', { defaultValue: true }) pending: boolean) {
    return changes.listAdminChanges(ctx, pending, page);
  }

  @Authorized(Permission.UserSecurity)
  @Mutation(() => AdminChangeRequestType, { description: '申请重置管理员的密码、两步验证或变更涉及管理员的角色；经另一类管理员确认后生效' })
  requestAdminChange(@Ctx() { ctx }: GqlContext, @Arg('input') input: AdminChangeInput) {
    return changes.requestAdminChange(ctx, input);
  }

  @Authorized(Permission.AdminChangeReview)
  @Mutation(() => AdminChangeRequestType, { description: '确认变更申请（立即生效）；申请人、被变更的管理员和与申请人同类的管理员不能确认' })
  confirmAdminChange(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return changes.decideAdminChange(ctx, id, true);
  }

  @Authorized(Permission.AdminChangeReview)
  @Mutation(() => AdminChangeRequestType, { description: '拒绝变更申请' })
  rejectAdminChange(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note?: string | null) {
    return changes.decideAdminChange(ctx, id, false, note);
  }

  @Authorized(Permission.PasswordChange)
  @Mutation(() => Boolean, { description: '已阅账号安全提醒' })
  acknowledgeSecurityNotices(@Ctx() { ctx }: GqlContext) {
    return changes.acknowledgeSecurityNotices(ctx);
  }
}

/** `CurrentUser` is built only for the session's own user or the one just authenticated (auth.resolver). */
@Resolver(() => CurrentUser)
export class CurrentUserNoticesResolver {
  @FieldResolver(() => [SecurityNoticeType], { description: '账号安全提醒（管理员账号的变更结果），已阅前每次登录都显示' })
  securityNotices(@Ctx() { ctx }: GqlContext, @Root() user: CurrentUser) {
    return changes.securityNotices(ctx, user.id);
  }
}
