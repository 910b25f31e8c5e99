import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import type { RequestContext } from '../../graphql/request-context';
import { ownAccount, roleNames } from '../user/user.service';
import * as apiTokens from './api-token.service';
import * as auth from './auth.service';
import {
  ApiTokenInput,
  ApiTokenPage,
  ApiTokenScopeInfo,
  CreatedApiToken,
  CurrentUser,
  LoginResult,
  LoginStatusEnum,
  MfaSetup,
  RoleInfo,
  SessionInfo,
} from './auth.types';
import { Permission, PERMISSION_NAMES } from './permissions';
import { ErrorCodeEnum } from '../../graphql/enums';
import { areaNames } from '../area/area.service';
import { AppError, ERROR_CODE_NAMES } from '../../shared/errors';
import { permissionsOf, ROLES } from './roles';
import * as sessions from './session.service';
import { TOKEN_SCOPES } from './token-scopes';

/** `userId` is the id just authenticated by login/verifyMfa, or the session's own user. */
async function currentUser(ctx: RequestContext, userId = ctx.actor.id): Promise<CurrentUser | null> {
  if (!userId) return null;
  const self = await ownAccount(ctx, userId);
  if (!self) return null;
  return {
    ...self,
    roleNames: roleNames(self.roles),
    permissions: [...permissionsOf(self.roles)].sort(),
    mustChangePassword: self.mustChangePassword || auth.passwordExpired({ passwordChangedAt: self.passwordChangedAt } as never),
  };
}

/**
 * `me` without a database read for what the session already knows: `id` is the actor's, every other
 * field reads the account once per request, on first use (`{ me { id } }` needs no round trip once the
 * session is cached, ADR 0019). The getters live on the prototype: nothing is built per request but the
 * object itself.
 */
class LazyCurrentUser {
  private account?: Promise<CurrentUser>;
  constructor(
    private readonly ctx: RequestContext,
    readonly id: string,
  ) {}

  load(): Promise<CurrentUser> {
    this.account ??= currentUser(this.ctx, this.id).then((u) => {
      if (!u) throw new AppError('UNAUTHENTICATED', '请先登录');
      return u;
    });
    return this.account;
  }
}

export const CURRENT_USER_FIELDS = [
  'id',
  'username',
  'displayName',
  'roles',
  'roleNames',
  'permissions',
  'areaCode',
  'areaName',
  'areaLevel',
  'departmentId',
  'departmentName',
  'mfaEnabled',
  'mustChangePassword',
] as const satisfies ReadonlyArray<keyof CurrentUser>;

for (const field of CURRENT_USER_FIELDS) {
  if (field === 'id') continue;
  Object.defineProperty(LazyCurrentUser.prototype, field, {
    get(this: LazyCurrentUser) {
      return this.load().then((u) => u[field]);
    },
  });
}

@Resolver()
export class AuthResolver {
  @Authorized(Permission.Public)
  @Query(() => CurrentUser, { nullable: true, description: '当前登录用户；未登录或待两步验证时为 null' })
  me(@Ctx() { ctx }: GqlContext) {
    if (!ctx.isAuthenticated || ctx.actor.kind !== 'user' || !ctx.actor.id) return null;
    return new LazyCurrentUser(ctx, ctx.actor.id) as unknown as CurrentUser;
  }

  @Authorized(Permission.Public)
  @Mutation(() => LoginResult)
  async login(@Ctx() { ctx }: GqlContext, @Arg('username') username: string, @Arg('password') password: string): Promise<LoginResult> {
    const out = await auth.login(ctx, username, password);
    return {
      status: out.status as LoginStatusEnum,
      user: out.status === 'OK' ? await currentUser(ctx, out.userId) : null,
      mfaSetup: out.mfaSetup ?? null,
    };
  }

  @Authorized(Permission.MfaPending)
  @Mutation(() => LoginResult)
  async verifyMfa(@Ctx() { ctx }: GqlContext, @Arg('code') code: string): Promise<LoginResult> {
    const out = await auth.verifyMfa(ctx, code);
    return { status: out.status as LoginStatusEnum, user: await currentUser(ctx, out.userId) };
  }

  @Authorized(Permission.Public)
  @Mutation(() => Boolean)
  logout(@Ctx() { ctx }: GqlContext) {
    return auth.logout(ctx);
  }

  @Authorized(Permission.PasswordChange)
  @Mutation(() => Boolean)
  changePassword(@Ctx() { ctx }: GqlContext, @Arg('oldPassword') oldPassword: string, @Arg('newPassword') newPassword: string) {
    return auth.changePassword(ctx, oldPassword, newPassword);
  }

  @Authorized(Permission.Authenticated)
  @Mutation(() => MfaSetup)
  beginMfaSetup(@Ctx() { ctx }: GqlContext) {
    return auth.beginMfaSetup(ctx);
  }

  @Authorized(Permission.Authenticated)
  @Mutation(() => Boolean)
  confirmMfaSetup(@Ctx() { ctx }: GqlContext, @Arg('code') code: string) {
    return auth.confirmMfaSetup(ctx, code);
  }

  @Authorized(Permission.Authenticated)
  @Query(() => [SessionInfo])
  mySessions(@Ctx() { ctx }: GqlContext) {
    return sessions.listMySessions(ctx);
  }

  @Authorized(Permission.UserSecurity)
  @Query(() => [SessionInfo])
  userSessions(@Ctx() { ctx }: GqlContext, @Arg('userId', () => ID) userId: string) {
    return sessions.listUserSessions(ctx, userId);
  }

  @Authorized(Permission.Authenticated)
  @Mutation(() => Boolean)
  revokeSession(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return sessions.revokeSession(ctx, id);
  }

  @Authorized(Permission.Authenticated)
  @Query(() => [RoleInfo], { description: '角色与权限清单' })
  roles(): RoleInfo[] {
    return ROLES.map((r) => ({ ...r, permissions: r.permissions.map((p) => ({ code: p, name: PERMISSION_NAMES[p] ?? p })) }));
  }

  @Authorized(Permission.Authenticated)
  @Query(() => [ErrorCodeEnum], { description: '错误代码清单（GraphQL 错误的 extensions.code）；每个代码的中文说明见枚举 ErrorCode' })
  errorCodes(): string[] {
    return Object.keys(ERROR_CODE_NAMES);
  }

  @Authorized(Permission.ApiTokenManage)
  @Query(() => ApiTokenPage)
  async apiTokens(@Ctx() { ctx }: GqlContext, @Args() page: PageArgsInput) {
    const result = await apiTokens.listApiTokens(ctx, page);
    const names = await areaNames(
      ctx,
      result.items.map((t) => t.areaCode),
    );
    return { ...result, items: result.items.map((t) => ({ ...t, areaName: names.get(t.areaCode) ?? null })) };
  }

  @Authorized(Permission.ApiTokenManage)
  @Query(() => [ApiTokenScopeInfo], { description: '接口令牌可授予的权限范围及说明' })
  apiTokenScopes(): ApiTokenScopeInfo[] {
    return TOKEN_SCOPES.map((s) => ({ ...s, permissions: s.permissions.map((p) => ({ code: p, name: PERMISSION_NAMES[p] ?? p })) }));
  }

  @Authorized(Permission.ApiTokenManage)
  @Mutation(() => CreatedApiToken)
  async createApiToken(@Ctx() { ctx }: GqlContext, @Arg('input') input: ApiTokenInput) {
    const created = await apiTokens.createApiToken(ctx, input);
    const names = await areaNames(ctx, [created.apiToken.areaCode]);
    return { ...created, apiToken: { ...created.apiToken, areaName: names.get(created.apiToken.areaCode) ?? null } };
  }

  @Authorized(Permission.ApiTokenManage)
  @Mutation(() => Boolean)
  revokeApiToken(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return apiTokens.revokeApiToken(ctx, id);
  }
}
