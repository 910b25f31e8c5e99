import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { HouseholdFacts } from '@xiejiu/rules';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { listPrograms, screenHousehold, screenQuestionnaire } from './program.service';
import { addParameterVersion, listParameters } from './catalogue.service';
import { FactsJSON, ParameterType, ParameterVersionInput, ProgramType, ScreeningResultType } from './program.types';

@Resolver()
export class ProgramResolver {
  @Authorized(Permission.Authenticated)
  @Query(() => [ProgramType], { description: '救助事项目录（参数取 asOf 当日生效值）' })
  programs(@Ctx() { ctx }: GqlContext, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null) {
    return listPrograms(ctx, asOf);
  }

  @Authorized(Permission.Authenticated)
  @Query(() => [ParameterType], { description: '事项参数及其全部版本' })
  parameters(
    @Ctx() { ctx }: GqlContext,
    @Arg('programCode', () => String, { nullable: true }) programCode?: string | null,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    return listParameters(ctx, programCode, asOf);
  }

  @Authorized(Permission.ProgramManage)
  @Mutation(() => [ParameterType], { description: '主管部门新增参数版本（最早明天生效，记入操作日志）' })
  async addParameterVersion(@Ctx() { ctx }: GqlContext, @Arg('input') input: ParameterVersionInput) {
    await addParameterVersion(ctx, input);
    return listParameters(ctx, null, input.effectiveFrom).then((ps) => ps.filter((p) => p.code === input.code));
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => [ScreeningResultType], { description: '按户筛查（记入操作日志）' })
  screenHousehold(@Ctx() { ctx }: GqlContext, @Arg('householdId', () => ID) householdId: string, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null) {
    return screenHousehold(ctx, householdId, asOf);
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => [ScreeningResultType], { description: '问卷筛查（不需要台账记录）' })
  screenFacts(@Ctx() { ctx }: GqlContext, @Arg('facts', () => FactsJSON) facts: HouseholdFacts, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null) {
    return screenQuestionnaire(ctx, facts, asOf);
  }
}
