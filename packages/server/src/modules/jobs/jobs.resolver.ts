import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { cancelJob, getJob, listJobs, visibleKinds } from './jobs.service';
import { JobKindType, JobPage, JobType } from './jobs.types';
import './kinds';

@Resolver()
export class JobsResolver {
  @Authorized(Permission.Authenticated)
  @Query(() => JobPage, { description: '后台任务：当前用户可见的任务（按区域和权限），新的在前' })
  jobs(
    @Ctx() { ctx }: GqlContext,
    @Args() page: PageArgsInput,
    @Arg('kind', () => String, { nullable: true }) kind?: string | null,
    @Arg('status', () => String, { nullable: true, description: 'QUEUED | RUNNING | DONE | FAILED | CANCELLED' }) status?: string | null,
    @Arg('mine', () => Boolean, { nullable: true, description: '只看我发起的' }) mine?: boolean | null,
  ) {
    return listJobs(ctx, { kind, status, mine }, page);
  }

  @Authorized(Permission.Authenticated)
  @Query(() => JobType, { description: '后台任务：状态与进度' })
  job(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getJob(ctx, id);
  }

  @Authorized(Permission.Authenticated)
  @Query(() => [JobKindType], { description: '当前用户可以查看的后台任务类型' })
  jobKinds(@Ctx() { ctx }: GqlContext) {
    return visibleKinds(ctx);
  }

  @Authorized(Permission.Authenticated)
  @Mutation(() => JobType, { description: '取消后台任务（仅发起人；排队中的立即取消，进行中的在当前批次后停止；记入操作日志）' })
  cancelJob(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return cancelJob(ctx, id);
  }
}
