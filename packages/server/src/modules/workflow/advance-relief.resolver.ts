import { Arg, Authorized, Ctx, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { advanceReliefRules, grantAdvanceRelief, listAdvanceReliefs } from './advance-relief.service';
import { AdvanceReliefRulesType, AdvanceReliefType } from './workflow.types';

/** 绿色通道 先行救助 (advance-relief.service.ts). */
@Resolver()
export class AdvanceReliefResolver {
  @Authorized(Permission.ApplicationRead)
  @Query(() => AdvanceReliefRulesType, { description: '先行救助的最高金额和补办手续时限（系统设置）' })
  advanceReliefRules(@Ctx() { ctx }: GqlContext) {
    return advanceReliefRules(ctx);
  }

  @Authorized(Permission.ApplicationRead)
  @Query(() => [AdvanceReliefType], { description: '本辖区的先行救助（open：只看尚未补办手续的，按截止日期）' })
  advanceReliefs(@Ctx() { ctx }: GqlContext, @Arg('open', () => Boolean, { nullable: true }) open?: boolean | null) {
    return listAdvanceReliefs(ctx, { open: !!open });
  }

  @Authorized(Permission.ReliefAdvance)
  @Mutation(() => AdvanceReliefType, { description: '绿色通道：对急难情形的申请先行发放临时救助（限额内），须在时限内补办手续' })
  grantAdvanceRelief(
    @Ctx() { ctx }: GqlContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('amountYuan', () => Float) amountYuan: number,
    @Arg('reason') reason: string,
  ) {
    return grantAdvanceRelief(ctx, applicationId, { amountYuan, reason });
  }
}
