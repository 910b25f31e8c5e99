import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ClockLevelEnum, ConsultationCaseStatusEnum, ConsultationLevelEnum, ConsultationTaskStatusEnum, ExtensionStatusEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';

@ObjectType('ConsultationTaskPendingExtension', { description: '待审批的会商任务延期申请' })
export class ConsultationTaskPendingExtensionType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '申请延期的工作日数' }) days!: number;
  @Field() reason!: string;
  @Field() requestedByName!: string;
  @Field() requestedAt!: Date;
}

@ObjectType('ConsultationTask', { description: '会商任务：联席会议分派给部门的后续任务，按工作日计时（同转办单时限）' })
export class ConsultationTaskType {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID) meetingId!: string;
  @Field({ description: '会议日期（计时起点）' }) meetingDate!: string;
  @Field(() => ConsultationLevelEnum) meetingLevel!: string;
  @Field(() => ID) departmentId!: string;
  @Field() departmentName!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() content!: string;
  @Field() clockStart!: string;
  @Field(() => Int, { description: '办理时限（工作日）' }) limitDays!: number;
  @Field(() => Int, { description: '已批准延期的工作日数' }) extensionDays!: number;
  @Field(() => ConsultationTaskPendingExtensionType, { nullable: true, description: '待审批的延期申请' })
  pendingExtension!: ConsultationTaskPendingExtensionType | null;
  @Field({ description: '截止日期（按节假日日历的工作日计算）' }) dueDate!: string;
  @Field(() => ClockLevelEnum) clockLevel!: string;
  @Field() clockLevelName!: string;
  @Field(() => Int) overdueDays!: number;
  @Field(() => Int) remainingDays!: number;
  @Field(() => ConsultationTaskStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => String, { nullable: true }) doneNote!: string | null;
  @Field(() => String, { nullable: true }) doneByName!: string | null;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('ConsultationTaskPage')
export class ConsultationTaskPage extends Paginated(ConsultationTaskType) {}

@ObjectType('ConsultationDecision', { description: '联席会议对个案的会商意见' })
export class ConsultationDecisionType {
  @Field(() => ID) meetingId!: string;
  @Field() meetingDate!: string;
  @Field() decision!: string;
}

@ObjectType('ConsultationCase', { description: '会商个案：单个部门难以解决、提请镇街或区县联席会议会商的个案' })
export class ConsultationCaseType {
  @Field(() => ID) id!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => ID, { nullable: true }) applicationId!: string | null;
  @Field(() => String, { nullable: true }) receiptNo!: string | null;
  @Field(() => ID, { nullable: true }) referralId!: string | null;
  @Field(() => ConsultationLevelEnum) level!: string;
  @Field() levelName!: string;
  @Field({ description: '提请会商的事由和困难' }) reason!: string;
  @Field(() => ConsultationCaseStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field() raisedByName!: string;
  @Field(() => String, { nullable: true }) raisedByDepartmentName!: string | null;
  @Field() raisedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int) totalTasks!: number;
  @Field(() => Int) openTasks!: number;
  @Field(() => Int) version!: number;
  @Field(() => [ConsultationDecisionType], { nullable: true, description: '会商意见（详情）' }) decisions?: ConsultationDecisionType[];
  @Field(() => [ConsultationTaskType], { nullable: true, description: '会商任务（详情；部门人员只见本部门的）' }) tasks?: ConsultationTaskType[];
}

@ObjectType('ConsultationCasePage')
export class ConsultationCasePage extends Paginated(ConsultationCaseType) {}

@ObjectType('MeetingMember', { description: '参会人员' })
export class MeetingMemberType {
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: '单位或部门' }) department!: string | null;
}

@ObjectType('JointMeetingCase', { description: '会议会商的个案及会商意见' })
export class JointMeetingCaseType {
  @Field(() => ID) caseId!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() decision!: string;
}

@ObjectType('JointMeeting', { description: '联席会议记录（个案会商）' })
export class JointMeetingType {
  @Field(() => ID) id!: string;
  @Field(() => ConsultationLevelEnum) level!: string;
  @Field() levelName!: string;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() meetingDate!: string;
  @Field() place!: string;
  @Field(() => [MeetingMemberType]) members!: MeetingMemberType[];
  @Field() recorder!: string;
  @Field(() => String, { nullable: true }) summary!: string | null;
  @Field() recordedByName!: string;
  @Field() recordedAt!: Date;
  @Field(() => [JointMeetingCaseType]) cases!: JointMeetingCaseType[];
  @Field(() => Int) taskCount!: number;
}

@ObjectType('JointMeetingPage')
export class JointMeetingPage extends Paginated(JointMeetingType) {}

@ObjectType('OverdueConsultationTasks', { description: '督办看板：超期未完成的会商任务' })
export class OverdueConsultationTasksType {
  @Field(() => Int) count!: number;
  @Field(() => [ConsultationTaskType], { description: '按截止日期，最多 100 项' }) items!: ConsultationTaskType[];
}

@InputType('RaiseConsultationInput', { description: '提请个案会商' })
export class RaiseConsultationInput {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true }) applicationId?: string | null;
  @Field(() => ID, { nullable: true }) referralId?: string | null;
  @Field(() => ConsultationLevelEnum) level!: string;
  @Field({ description: '事由和困难（10–1000 字）' }) reason!: string;
}

@InputType('MeetingMemberInput')
export class MeetingMemberInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) department?: string | null;
}

@InputType('MeetingTaskInput', { description: '会商任务：承办部门、内容、时限（工作日数或截止日期，二选一）' })
export class MeetingTaskInput {
  @Field(() => ID) departmentId!: string;
  @Field() content!: string;
  @Field(() => Int, { nullable: true }) limitDays?: number | null;
  @Field(() => String, { nullable: true }) dueDate?: string | null;
}

@InputType('MeetingCaseInput')
export class MeetingCaseInput {
  @Field(() => ID) caseId!: string;
  @Field(() => Int, { description: '读取时的版本' }) version!: number;
  @Field() decision!: string;
  @Field(() => [MeetingTaskInput], { nullable: true }) tasks?: MeetingTaskInput[] | null;
}

@InputType('JointMeetingInput', { description: '联席会议记录' })
export class JointMeetingInput {
  @Field(() => ConsultationLevelEnum) level!: string;
  @Field({ description: '镇街或区县的区划代码' }) areaCode!: string;
  @Field() meetingDate!: string;
  @Field() place!: string;
  @Field(() => [MeetingMemberInput]) members!: MeetingMemberInput[];
  @Field() recorder!: string;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => [MeetingCaseInput]) cases!: MeetingCaseInput[];
}

@ObjectType('ConsultationTaskExtension', { description: '会商任务延期申请：部门申请，联席会议的督办人审批' })
export class ConsultationTaskExtensionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) taskId!: string;
  @Field(() => Int, { description: '申请延期的工作日数' }) days!: number;
  @Field({ description: '延期理由' }) reason!: string;
  @Field(() => ExtensionStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field() requestedByName!: string;
  @Field() requestedAt!: Date;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '审批意见' }) decisionNote!: string | null;
  @Field({ description: '任务内容' }) taskContent!: string;
  @Field() departmentName!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => ConsultationLevelEnum) meetingLevel!: string;
  @Field() meetingLevelName!: string;
  @Field() meetingDate!: string;
  @Field(() => Int, { description: '原办理时限（工作日）' }) limitDays!: number;
  @Field(() => Int, { description: '已批准延期的工作日数' }) extensionDays!: number;
  @Field({ description: '当前截止日期' }) dueDate!: string;
  @Field(() => ConsultationTaskStatusEnum) taskStatus!: string;
}
