import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { AreaInput, AreaPage, AreaType } from './area.types';
import * as areas from './area.service';

@Resolver(() => AreaType)
export class AreaResolver {
  @Authorized(Permission.AreaRead)
  @Query(() => [AreaType], { description: '下级区划；不传 parentCode 时返回本人管辖范围的根' })
  areaChildren(@Ctx() { ctx }: GqlContext, @Arg('parentCode', () => String, { nullable: true }) parentCode?: string | null) {
    return areas.areaChildren(ctx, parentCode);
  }

  @Authorized(Permission.AreaRead)
  @Query(() => AreaPage)
  areas(
    @Ctx() { ctx }: GqlContext,
    @Args() page: PageArgsInput,
    @Arg('keyword', () => String, { nullable: true }) keyword?: string | null,
    @Arg('parentCode', () => String, { nullable: true }) parentCode?: string | null,
    @Arg('level', () => Int, { nullable: true }) level?: number | null,
  ) {
    return areas.searchAreas(ctx, { keyword, parentCode, level }, page);
  }

  @Authorized(Permission.AreaRead)
  @Query(() => AreaType)
  area(@Ctx() { ctx }: GqlContext, @Arg('code') code: string) {
    return areas.getArea(ctx, code);
  }

  @Authorized(Permission.AreaManage)
  @Mutation(() => AreaType)
  createArea(@Ctx() { ctx }: GqlContext, @Arg('input') input: AreaInput) {
    return areas.createArea(ctx, input);
  }

  @Authorized(Permission.AreaManage)
  @Mutation(() => AreaType)
  updateArea(@Ctx() { ctx }: GqlContext, @Arg('code') code: string, @Arg('name') name: string) {
    return areas.updateArea(ctx, code, name);
  }

  @Authorized(Permission.AreaManage)
  @Mutation(() => Boolean)
  deleteArea(@Ctx() { ctx }: GqlContext, @Arg('code') code: string) {
    return areas.deleteArea(ctx, code);
  }
}
