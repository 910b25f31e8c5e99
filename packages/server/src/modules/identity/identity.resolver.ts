import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { matchIdentities } from './identity.service';
import { IdentityMatchType } from './identity.types';

@Resolver()
export class IdentityResolver {
  // A mutation, not a query: every call is a logged disclosure (the operation log gets a row).
  @Authorized(Permission.IdentityMatch)
  @Mutation(() => [IdentityMatchType], { description: '身份比对：名单中的人员是否为社会救助、优抚等对象（每次最多 200 人；记入操作日志）' })
  matchIdentities(@Ctx() { ctx }: GqlContext, @Arg('idNumbers', () => [String]) idNumbers: string[]) {
    return matchIdentities(ctx, idNumbers);
  }
}
