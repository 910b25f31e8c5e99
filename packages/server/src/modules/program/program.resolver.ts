import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HouseholdFacts } from '@xiejiu/rules';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { departmentNames, listPrograms, screenHousehold, screenQuestionnaire, type ScreeningView } from './program.service';
import { addParameterVersion, listParameters } from './catalogue.service';
import { amendProgram } from './program-version.service';
import {
  ParameterChangeInput,
  ScreeningFactsInput,
  parameterValue,
  ParameterValueInput,
  ProgramAmendmentInput,
  ParameterPreviewType,
  ParameterType,
  ParameterVersionInput,
  ProgramType,
  ReassessmentFindingPage,
  ReassessmentFindingType,
  ReassessmentJobPage,
  ReassessmentJobType,
  ScreeningResultType,
  SimulationJobPage,
  SimulationJobType,
} from './program.types';
import { getSimulationJob, listSimulationJobs, startSimulation } from './simulation.service';
import { PageArgsInput } from '../../graphql/paging.types';
import { contactMissedFinding, getJob, listFindings, listJobs, startReassessment } from './reassessment.service';
import { previewParameterVersion } from './whatif.service';

/** Screening results name the owning department, not only its code. */
async function withOwnerNames(ctx: GqlContext['ctx'], results: Promise<ScreeningView[]>): Promise<ScreeningView[]> {
  const rows = await results;
  const names = await departmentNames(ctx);
  return rows.map((r) => ({ ...r, ownerName: names.get(r.owner) ?? null }));
}

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
    await addParameterVersion(ctx, { ...input, value: parameterValue(input.value) });
    return listParameters(ctx, null, input.effectiveFrom).then((ps) => ps.filter((p) => p.code === input.code));
  }

  @Authorized(Permission.ProgramManage)
  @Mutation(() => ProgramType, { description: '主管部门修改事项的材料、时限与公示（按生效日期的新版本，最早明天生效，记入操作日志）；返回生效日的事项' })
  async amendProgram(@Ctx() { ctx }: GqlContext, @Arg('input') input: ProgramAmendmentInput) {
    await amendProgram(ctx, input);
    return listPrograms(ctx, input.effectiveFrom).then((ps) => ps.find((p) => p.code === input.programCode));
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => [ScreeningResultType], { description: '按户筛查（记入操作日志）' })
  screenHousehold(
    @Ctx() { ctx }: GqlContext,
    @Arg('householdId', () => ID) householdId: string,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    return withOwnerNames(ctx, screenHousehold(ctx, householdId, asOf));
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => [ScreeningResultType], { description: '问卷筛查（不需要台账记录）' })
  screenFacts(
    @Ctx() { ctx }: GqlContext,
    @Arg('facts', () => ScreeningFactsInput) facts: ScreeningFactsInput,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    // Plain objects for the engine: a field the caller left out stays unknown (absent), null stays null.
    return withOwnerNames(ctx, screenQuestionnaire(ctx, JSON.parse(JSON.stringify(facts)) as HouseholdFacts, asOf));
  }

  @Authorized(Permission.ProgramManage)
  @Query(() => ParameterPreviewType, { description: '参数调整预览：样本家庭调整前后的结果（不保存；仅主管部门；记入操作日志）' })
  previewParameterVersion(
    @Ctx() { ctx }: GqlContext,
    @Arg('programCode', () => String, { description: '参数所属事项（校验用）' }) programCode: string,
    @Arg('parameterCode', () => String) parameterCode: string,
    @Arg('effectiveFrom', () => String) effectiveFrom: string,
    @Arg('value', () => ParameterValueInput) value: ParameterValueInput,
    @Arg('sampleSize', () => Int, { nullable: true }) sampleSize?: number | null,
  ) {
    return previewParameterVersion(ctx, { programCode, parameterCode, effectiveFrom, value: parameterValue(value), sampleSize });
  }

  @Authorized(Permission.ProgramSimulate)
  @Mutation(() => SimulationJobType, { description: '开始模拟测算：后台按批评估本辖区全部家庭（不改动台账；主管部门或联席会议成员；记入操作日志）' })
  startSimulation(
    @Ctx() { ctx }: GqlContext,
    @Arg('changes', () => [ParameterChangeInput]) changes: ParameterChangeInput[],
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ) {
    return startSimulation(
      ctx,
      changes.map((c, i) => ({ parameterCode: c.parameterCode, value: parameterValue(c.value, `changes.${i}.value`) })),
      asOf,
    );
  }

  @Authorized(Permission.ProgramSimulate)
  @Query(() => SimulationJobPage, { description: '模拟测算任务列表（本辖区）' })
  simulationJobs(@Ctx() { ctx }: GqlContext, @Args() page: PageArgsInput) {
    return listSimulationJobs(ctx, page);
  }

  @Authorized(Permission.ProgramSimulate)
  @Query(() => SimulationJobType, { description: '模拟测算任务：进度与结果' })
  simulationJob(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getSimulationJob(ctx, id);
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => ReassessmentJobPage, { description: '复核任务列表（本辖区）' })
  reassessmentJobs(@Ctx() { ctx }: GqlContext, @Args() page: PageArgsInput) {
    return listJobs(ctx, page);
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => ReassessmentJobType, { description: '复核任务及进度' })
  reassessmentJob(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getJob(ctx, id);
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => ReassessmentFindingPage, {
    description: '复核结果（疑似漏救 / 建议复核），按类别、镇街和是否已联系筛选；不指定任务时列出各任务中每户（每人）每事项的最新一条',
  })
  reassessmentFindings(
    @Ctx() { ctx }: GqlContext,
    @Args() page: PageArgsInput,
    @Arg('jobId', () => ID, { nullable: true }) jobId?: string | null,
    @Arg('kind', () => String, { nullable: true, description: 'MISSED | REVIEW' }) kind?: string | null,
    @Arg('townCode', () => String, { nullable: true }) townCode?: string | null,
    @Arg('contacted', () => Boolean, { nullable: true, description: '是否已联系' }) contacted?: boolean | null,
  ) {
    return listFindings(ctx, { jobId, kind, townCode, contacted }, page);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => ReassessmentFindingType, { description: '村社（镇街）窗口标记疑似漏救已联系，填写联系情况（记入操作日志）' })
  contactMissedFinding(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('note', () => String) note: string) {
    return contactMissedFinding(ctx, id, note);
  }

  @Authorized(Permission.ProgramManage)
  @Mutation(() => ReassessmentJobType, { description: '发起复核（主管部门；后台执行，记入操作日志）' })
  startReassessment(
    @Ctx() { ctx }: GqlContext,
    @Arg('programCode', () => String) programCode: string,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
  ) {
    return startReassessment(ctx, programCode, areaCode);
  }
}
