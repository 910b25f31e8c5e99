import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ConsultationCaseStatusEnum, ConsultationLevelEnum, ConsultationTaskStatusEnum, ExtensionStatusEnum } from '../../graphql/enums';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { SupervisionBoardType } from '../workflow/workflow.types';
import {
  completeConsultationTask,
  getConsultationCase,
  getJointMeeting,
  listConsultationCases,
  listConsultationTasks,
  listJointMeetings,
  overdueConsultationTasks,
  raiseConsultation,
  recordJointMeeting,
} from './consultation.service';
import {
  ConsultationCasePage,
  ConsultationCaseType,
  ConsultationTaskExtensionType,
  ConsultationTaskPage,
  ConsultationTaskType,
  JointMeetingInput,
  JointMeetingPage,
  JointMeetingType,
  OverdueConsultationTasksType,
  RaiseConsultationInput,
} from './consultation.types';
import { decideConsultationTaskExtension, listConsultationTaskExtensions, requestConsultationTaskExtension } from './task-clock';

/** 个案会商 (README.md): cases escalated to the joint meeting, meeting records, follow-up tasks of departments. */
@Resolver()
export class ConsultationResolver {
  @Authorized(Permission.ApplicationRead)
  @Query(() => ConsultationCasePage, { description: '会商个案（本辖区）：待会商的在前' })
  async consultationCases(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('status', () => ConsultationCaseStatusEnum, { nullable: true }) status?: string | null,
    @Arg('level', () => ConsultationLevelEnum, { nullable: true }) level?: string | null,
    @Arg('householdId', () => ID, { nullable: true }) householdId?: string | null,
  ) {
    return { ...(await listConsultationCases(ctx, { status, level, householdId }, { page, pageSize })), page, pageSize };
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => ConsultationCaseType, { description: '会商个案详情：会商意见和会商任务' })
  consultationCase(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getConsultationCase(ctx, id);
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => JointMeetingPage, { description: '联席会议记录（本辖区），新的在前' })
  async jointMeetings(@Ctx() { ctx }: GqlContext, @Args() { page, pageSize }: PageArgsInput) {
    return { ...(await listJointMeetings(ctx, { page, pageSize })), page, pageSize };
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => JointMeetingType, { description: '联席会议记录详情' })
  jointMeeting(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getJointMeeting(ctx, id);
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => ConsultationTaskPage, { description: '会商任务：部门人员只见本部门的（我的会商任务），其他人员见本辖区的' })
  async consultationTasks(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('status', () => ConsultationTaskStatusEnum, { nullable: true }) status?: string | null,
    @Arg('overdue', () => Boolean, { nullable: true }) overdue?: boolean | null,
  ) {
    return { ...(await listConsultationTasks(ctx, { status, overdue }, { page, pageSize })), page, pageSize };
  }

  @Authorized(Permission.ConsultationMeet)
  @Query(() => [ConsultationTaskExtensionType], { description: '会商任务延期申请（本人可审批的联席会议的任务）：待审批的在前，最多 200 条' })
  consultationTaskExtensions(@Ctx() { ctx }: GqlContext, @Arg('status', () => ExtensionStatusEnum, { nullable: true }) status?: string | null) {
    return listConsultationTaskExtensions(ctx, status);
  }

  @Authorized(Permission.ConsultationRaise)
  @Mutation(() => ConsultationCaseType, { description: '提请个案会商：提交镇街或区县联席会议' })
  raiseConsultation(@Ctx() { ctx }: GqlContext, @Arg('input', () => RaiseConsultationInput) input: RaiseConsultationInput) {
    return raiseConsultation(ctx, input);
  }

  @Authorized(Permission.ConsultationMeet)
  @Mutation(() => JointMeetingType, { description: '记录联席会议：会商个案、会商意见，并向部门分派会商任务' })
  recordJointMeeting(@Ctx() { ctx }: GqlContext, @Arg('input', () => JointMeetingInput) input: JointMeetingInput) {
    return recordJointMeeting(ctx, input);
  }

  @Authorized(Permission.ConsultationTaskHandle)
  @Mutation(() => ConsultationTaskType, { description: '完成本部门的会商任务（填写办理情况）' })
  completeConsultationTask(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('note') note: string, @Arg('version', () => Int) version: number) {
    return completeConsultationTask(ctx, id, note, version);
  }

  @Authorized(Permission.ConsultationTaskHandle)
  @Mutation(() => ConsultationTaskType, { description: '申请会商任务延期（1–30 个工作日，须联席会议督办人审批）' })
  requestConsultationTaskExtension(
    @Ctx() { ctx }: GqlContext,
    @Arg('taskId', () => ID) taskId: string,
    @Arg('days', () => Int) days: number,
    @Arg('reason') reason: string,
  ) {
    return requestConsultationTaskExtension(ctx, taskId, days, reason);
  }

  @Authorized(Permission.ConsultationMeet)
  @Mutation(() => ConsultationTaskExtensionType, { description: '审批会商任务延期申请（批准后按工作日顺延截止日期）' })
  decideConsultationTaskExtension(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return decideConsultationTaskExtension(ctx, id, approve, note);
  }
}

/** 督办看板: overdue 会商任务 in the reader's scope (a department's users: their department's); null without `application.read`. */
@Resolver(() => SupervisionBoardType)
export class ConsultationBoardResolver {
  @FieldResolver(() => OverdueConsultationTasksType, { nullable: true, description: '超期未完成的会商任务' })
  overdueConsultationTasks(@Ctx() { ctx }: GqlContext) {
    if (!ctx.can('application.read')) return null;
    return overdueConsultationTasks(ctx);
  }
}
