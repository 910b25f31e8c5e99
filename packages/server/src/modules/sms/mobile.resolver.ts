import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { CurrentUser } from '../auth/auth.types';
import { emSql } from './db';

/**
 * The signed-in user's own mobile, masked (138****5678): window staff receive 办理 SMS on it (set with `setMyMobile`).
 * `User.mobileMasked` is a column of the user list (modules/user).
 */
async function mobileOf(ctx: GqlContext['ctx'], id: string): Promise<string | null> {
  const [r] = await ctx.tx((em) => emSql(em)<{ m: string | null }>(`select mobile_masked as m from app_user where id = ?`, [id]));
  return r?.m ?? null;
}

@Resolver(() => CurrentUser)
export class CurrentUserMobileResolver {
  @FieldResolver(() => String, { nullable: true, description: '本人手机号码（脱敏）' })
  mobileMasked(@Root() u: CurrentUser, @Ctx() { ctx }: GqlContext) {
    return mobileOf(ctx, u.id);
  }
}
