import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { FollowupKindEnum, HouseholdChangeKindEnum, HouseholdChangeStatusEnum } from '../../graphql/enums';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import {
  decideHouseholdChange,
  helpableHouseholds,
  listFollowups,
  listHouseholdChanges,
  proposeHouseholdChange,
  recordFollowup,
} from './change-request.service';

@ObjectType('HouseholdChangeRequest', { description: '台账变更申请（协助完善台账）：提出人以外的窗口人员审核后生效' })
export class HouseholdChangeRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => HouseholdChangeKindEnum) kind!: string;
  @Field() kindName!: string;
  @Field(() => String, { nullable: true, description: '发生日期（死亡为死亡日期）' }) effectiveDate!: string | null;
  @Field() note!: string;
  @Field(() => HouseholdChangeStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field() proposedByName!: string;
  @Field() proposedAt!: Date;
  @Field({ description: '本人提出的（不能本人审核）' }) mine!: boolean;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => Int) version!: number;
}

@InputType('HouseholdChangeInput')
export class HouseholdChangeInputType {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true, description: '涉及的成员（死亡、重病、失业必填）' }) personId?: string | null;
  @Field(() => HouseholdChangeKindEnum) kind!: string;
  @Field(() => String, { nullable: true, description: '发生日期 YYYY-MM-DD（死亡必填）' }) effectiveDate?: string | null;
  @Field({ description: '情况说明' }) note!: string;
}

@ObjectType('HouseholdFollowup', { description: '帮扶措施' })
export class HouseholdFollowupType {
  @Field(() => ID) id!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => String, { nullable: true }) personName!: string | null;
  @Field(() => FollowupKindEnum) kind!: string;
  @Field() kindName!: string;
  @Field() measureDate!: string;
  @Field() note!: string;
  @Field() recordedByName!: string;
  @Field() recordedAt!: Date;
}

@InputType('HouseholdFollowupInput')
export class HouseholdFollowupInputType {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => FollowupKindEnum) kind!: string;
  @Field({ description: '日期 YYYY-MM-DD' }) measureDate!: string;
  @Field({ description: '措施内容' }) note!: string;
}

@ObjectType('HelpableMember')
export class HelpableMemberType {
  @Field(() => ID) personId!: string;
  @Field() name!: string;
}

@ObjectType('HelpableHousehold', { description: '本村（社区）的家庭（协助完善台账用：户主、组、住址和在世成员姓名）' })
export class HelpableHouseholdType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => String, { nullable: true }) groupNo!: string | null;
  @Field() address!: string;
  @Field(() => [HelpableMemberType]) members!: HelpableMemberType[];
}

/** 协助完善台账 (change-request.service.ts). */
@Resolver()
export class HouseholdChangeResolver {
  @Authorized(Permission.HouseholdPropose)
  @Query(() => [HelpableHouseholdType], { description: '按户主姓名或住址查找本辖区的家庭（协助完善台账）' })
  helpableHouseholds(@Ctx() { ctx }: GqlContext, @Arg('keyword') keyword: string) {
    return helpableHouseholds(ctx, keyword);
  }

  @Authorized(Permission.HouseholdPropose)
  @Query(() => [HouseholdChangeRequestType], { description: '台账变更申请（本辖区；可按家庭、待审核、本人提出的筛选）' })
  householdChanges(
    @Ctx() { ctx }: GqlContext,
    @Arg('householdId', () => ID, { nullable: true }) householdId?: string | null,
    @Arg('pending', () => Boolean, { nullable: true }) pending?: boolean | null,
    @Arg('mine', () => Boolean, { nullable: true }) mine?: boolean | null,
  ) {
    return listHouseholdChanges(ctx, { householdId, pending, mine });
  }

  @Authorized(Permission.HouseholdPropose)
  @Mutation(() => HouseholdChangeRequestType, { description: '提出台账变更（须由他人审核后生效）' })
  proposeHouseholdChange(@Ctx() { ctx }: GqlContext, @Arg('input', () => HouseholdChangeInputType) input: HouseholdChangeInputType) {
    return proposeHouseholdChange(ctx, input);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => HouseholdChangeRequestType, {
    description: '审核台账变更：通过（死亡即登记死亡，其余记入台账记录）或不通过（须说明理由）；不能审核本人提出的',
  })
  decideHouseholdChange(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('version', () => Int) version: number,
  ) {
    return decideHouseholdChange(ctx, id, approve, note, version);
  }

  @Authorized(Permission.HouseholdPropose)
  @Query(() => [HouseholdFollowupType], { description: '帮扶措施（一户或本辖区）' })
  householdFollowups(@Ctx() { ctx }: GqlContext, @Arg('householdId', () => ID, { nullable: true }) householdId?: string | null) {
    return listFollowups(ctx, householdId);
  }

  @Authorized(Permission.HouseholdPropose)
  @Mutation(() => HouseholdFollowupType, { description: '记录帮扶措施（帮扶、心理疏导、监护干预等）' })
  recordHouseholdFollowup(@Ctx() { ctx }: GqlContext, @Arg('input', () => HouseholdFollowupInputType) input: HouseholdFollowupInputType) {
    return recordFollowup(ctx, input);
  }
}
