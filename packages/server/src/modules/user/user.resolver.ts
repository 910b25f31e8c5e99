import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { InformantKindEnum } from '../../graphql/enums';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { informantKindName } from './informant-kinds';
import * as users from './user.service';
import { CreateUserInput, UpdateUserInput, UserPage, UserType } from './user.types';

@Resolver(() => UserType)
export class UserResolver {
  @Authorized(Permission.UserRead)
  @Query(() => UserPage)
  users(
    @Ctx() { ctx }: GqlContext,
    @Args() page: PageArgsInput,
    @Arg('keyword', () => String, { nullable: true }) keyword?: string | null,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
    @Arg('role', () => String, { nullable: true }) role?: string | null,
  ) {
    return users.searchUsers(ctx, { keyword, areaCode, role }, page);
  }

  @Authorized(Permission.UserRead)
  @Query(() => UserType)
  user(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    ctx.require(Permission.UserRead);
    return users.getUser(ctx, id);
  }

  @FieldResolver(() => [String])
  roleNames(@Root() u: UserType): string[] {
    return users.roleNames(u.roles);
  }

  @FieldResolver(() => String, { nullable: true })
  informantKindName(@Root() u: UserType): string | null {
    return informantKindName(u.informantKind);
  }

  @Authorized(Permission.UserManage)
  @Mutation(() => UserType)
  createUser(@Ctx() { ctx }: GqlContext, @Arg('input') input: CreateUserInput) {
    return users.createUser(ctx, input);
  }

  @Authorized(Permission.UserManage)
  @Mutation(() => UserType)
  updateUser(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput) {
    return users.updateUser(ctx, id, input);
  }

  @Authorized(Permission.UserSecurity)
  @Mutation(() => UserType)
  setUserRoles(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('roles', () => [String]) roles: string[],
    @Arg('informantKind', () => InformantKindEnum, { nullable: true, description: '角色新增信息员时必填' }) informantKind?: string | null,
  ) {
    return users.setUserRoles(ctx, id, roles, informantKind);
  }

  @Authorized(Permission.UserSecurity)
  @Mutation(() => UserType)
  unlockUser(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return users.unlockUser(ctx, id);
  }

  @Authorized(Permission.UserSecurity)
  @Mutation(() => UserType, { description: '重置两步验证（更换手机后重新绑定）' })
  resetUserMfa(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return users.resetUserMfa(ctx, id);
  }

  @Authorized(Permission.UserSecurity)
  @Mutation(() => Boolean)
  resetUserPassword(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('newPassword') newPassword: string) {
    return users.resetUserPassword(ctx, id, newPassword);
  }
}
