import { Field, ID, Int, ObjectType } from 'type-graphql';
import { JobStatusEnum } from '../../graphql/enums';
import { Paginated } from '../../graphql/paging.types';

@ObjectType('Job', { description: '后台任务（复核、模拟测算、导出、定时任务）：状态、进度、发起人' })
export class JobType {
  @Field(() => ID) id!: string;
  @Field({ description: '任务类型：reassessment | simulation | ledger-export | clock-sweep | outbox-consume | jobs-recover' }) kind!: string;
  @Field({ description: '任务类型名称' }) kindName!: string;
  @Field({ description: '任务说明' }) title!: string;
  @Field(() => JobStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => Int, { description: '进度百分比' }) progress!: number;
  @Field(() => Int, { description: '已执行次数' }) attempts!: number;
  @Field(() => Int, { description: '最多执行次数（失败后自动重试，间隔递增）' }) maxAttempts!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field({ description: '已请求取消（当前批次完成后停止）' }) cancelRequested!: boolean;
  @Field(() => String, { nullable: true, description: '任务所在区域（系统任务为空）' }) areaCode!: string | null;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() requestedByName!: string;
  @Field({ description: '由我发起（排队中或进行中时可取消）' }) mine!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '完成的导出任务的下载地址（仅发起人）' }) downloadUrl!: string | null;
}

@ObjectType('JobPage')
export class JobPage extends Paginated(JobType) {}

@ObjectType('JobKind', { description: '当前用户可以查看的后台任务类型' })
export class JobKindType {
  @Field() kind!: string;
  @Field() name!: string;
}
