import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { myTodos } from './workbench.query';
import { WorkbenchTodos } from './workbench.types';

@Resolver()
export class WorkbenchResolver {
  // Any signed-in account: each count is checked against its own list's permission (null when not held).
  @Authorized(Permission.Authenticated)
  @Query(() => WorkbenchTodos, { description: '工作台待办数（待签收、预警、超期、待确认线索、待复核、疑似漏救待联系），按权限和辖区统计' })
  myTodos(@Ctx() { ctx }: GqlContext) {
    return myTodos(ctx);
  }
}
