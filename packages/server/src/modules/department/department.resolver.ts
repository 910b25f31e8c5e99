import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import * as departments from './department.service';
import { DepartmentInput, DepartmentPage, DepartmentType } from './department.types';

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Authorized(Permission.DepartmentRead)
  @Query(() => DepartmentPage)
  departments(@Ctx() { ctx }: GqlContext, @Args() page: PageArgsInput, @Arg('keyword', () => String, { nullable: true }) keyword?: string | null) {
    return departments.searchDepartments(ctx, keyword, page);
  }

  @Authorized(Permission.DepartmentManage)
  @Mutation(() => DepartmentType)
  createDepartment(@Ctx() { ctx }: GqlContext, @Arg('input') input: DepartmentInput) {
    return departments.createDepartment(ctx, input);
  }

  @Authorized(Permission.DepartmentManage)
  @Mutation(() => DepartmentType)
  updateDepartment(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('input') input: DepartmentInput) {
    return departments.updateDepartment(ctx, id, input);
  }
}
