import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import * as benefits from './benefit.service';
import { checkIdNumber, getHousehold, searchHouseholds } from './household.query';
import * as ledger from './household.service';
import {
  AssetInputType,
  BenefitInputType,
  CreateHouseholdInput,
  HouseholdDetailType,
  HouseholdFieldsInput,
  HouseholdFilterInput,
  HouseholdPage,
  IdNumberCheck,
  IncomeInputType,
  MemberInputType,
  MemberRelationInput,
  PersonUpdateInputType,
  SplitHouseholdInput,
  UnmaskFieldEnum,
} from './household.types';
import * as memberships from './membership.service';

@Resolver()
export class HouseholdResolver {
  @Authorized(Permission.HouseholdRead)
  @Query(() => HouseholdPage, { description: '户籍台账检索' })
  households(
    @Ctx() { ctx }: GqlContext,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgsInput,
    @Arg('filter', () => HouseholdFilterInput, { nullable: true }) filter?: HouseholdFilterInput,
  ) {
    // Benefits are a correlated subquery per household: built only when the query asks for them.
    return searchHouseholds(ctx, filter ?? {}, page, { benefits: selects(info, ['items', 'benefits']) });
  }

  @Authorized(Permission.HouseholdRead)
  @Query(() => HouseholdDetailType, { description: '家庭详情（查看即记入操作日志）' })
  household(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getHousehold(ctx, id);
  }

  @Authorized(Permission.HouseholdWrite)
  @Query(() => IdNumberCheck, { description: '身份证号校验与重复登记检查（登记时用，限本区县）' })
  checkIdNumber(@Ctx() { ctx }: GqlContext, @Arg('idNumber') idNumber: string) {
    return checkIdNumber(ctx, idNumber);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => HouseholdDetailType, { description: '一表登记：新建家庭及成员' })
  async createHousehold(@Ctx() { ctx }: GqlContext, @Arg('input') input: CreateHouseholdInput) {
    return getHousehold(ctx, await ledger.createHousehold(ctx, input));
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => HouseholdDetailType)
  async updateHousehold(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('input') input: HouseholdFieldsInput) {
    await ledger.updateHousehold(ctx, id, input);
    return getHousehold(ctx, id);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => HouseholdDetailType)
  async addMember(@Ctx() { ctx }: GqlContext, @Arg('householdId', () => ID) householdId: string, @Arg('member') member: MemberInputType) {
    await ledger.addMember(ctx, householdId, member);
    return getHousehold(ctx, householdId);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean)
  async updatePerson(@Ctx() { ctx }: GqlContext, @Arg('personId', () => ID) personId: string, @Arg('input') input: PersonUpdateInputType) {
    await ledger.updatePerson(ctx, personId, input);
    return true;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => HouseholdDetailType, { description: '变更户主' })
  async changeHead(
    @Ctx() { ctx }: GqlContext,
    @Arg('householdId', () => ID) householdId: string,
    @Arg('newHeadPersonId', () => ID) newHeadPersonId: string,
    @Arg('formerHeadRelation', () => String, { nullable: true }) formerHeadRelation?: string | null,
  ) {
    await ledger.changeHead(ctx, householdId, newHeadPersonId, formerHeadRelation);
    return getHousehold(ctx, householdId);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean, { description: '迁移成员到另一户' })
  async moveMember(
    @Ctx() { ctx }: GqlContext,
    @Arg('personId', () => ID) personId: string,
    @Arg('toHouseholdId', () => ID) toHouseholdId: string,
    @Arg('relation') relation: string,
    @Arg('newHeadPersonId', () => ID, { nullable: true }) newHeadPersonId?: string | null,
  ) {
    await memberships.moveMember(ctx, personId, toHouseholdId, relation, newHeadPersonId);
    return true;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => ID, { description: '分户，返回新户 id' })
  splitHousehold(@Ctx() { ctx }: GqlContext, @Arg('householdId', () => ID) householdId: string, @Arg('input') input: SplitHouseholdInput) {
    return memberships.splitHousehold(ctx, householdId, input);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean, { description: '合户：来源户全部成员并入目标户' })
  async mergeHouseholds(
    @Ctx() { ctx }: GqlContext,
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('targetId', () => ID) targetId: string,
    @Arg('relations', () => [MemberRelationInput]) relations: MemberRelationInput[],
  ) {
    await memberships.mergeHouseholds(ctx, sourceId, targetId, relations);
    return true;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean, { description: '登记死亡' })
  async markDeceased(
    @Ctx() { ctx }: GqlContext,
    @Arg('personId', () => ID) personId: string,
    @Arg('deathDate') deathDate: string,
    @Arg('newHeadPersonId', () => ID, { nullable: true }) newHeadPersonId?: string | null,
  ) {
    await ledger.markDeceased(ctx, personId, deathDate, newHeadPersonId);
    return true;
  }

  @Authorized(Permission.HouseholdUnmask)
  @Mutation(() => String, { description: '查看完整身份证号或电话（须说明理由，记入操作日志）' })
  unmask(
    @Ctx() { ctx }: GqlContext,
    @Arg('field', () => UnmaskFieldEnum) field: UnmaskFieldEnum,
    @Arg('reason') reason: string,
    @Arg('personId', () => ID, { nullable: true }) personId?: string | null,
    @Arg('householdId', () => ID, { nullable: true }) householdId?: string | null,
  ) {
    return ledger.unmask(ctx, { personId, householdId }, field, reason);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean, { description: '登记或更新某成员某月某类收入' })
  async setIncome(@Ctx() { ctx }: GqlContext, @Arg('input') input: IncomeInputType) {
    await ledger.setIncome(ctx, input);
    return true;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean)
  async deleteIncome(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    await ledger.deleteIncome(ctx, id);
    return true;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => ID)
  addAsset(@Ctx() { ctx }: GqlContext, @Arg('input') input: AssetInputType) {
    // The typed detail is stored as the asset's JSON detail (only the fields that were given).
    const detail = input.detail ? Object.fromEntries(Object.entries(input.detail).filter(([, v]) => v != null)) : null;
    return ledger.addAsset(ctx, { ...input, detail: detail && Object.keys(detail).length ? detail : null });
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean)
  async deleteAsset(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    await ledger.deleteAsset(ctx, id);
    return true;
  }

  @Authorized(Permission.BenefitManage)
  @Mutation(() => ID, { description: '本部门记录救助（两不变：仅主管部门）' })
  recordBenefit(@Ctx() { ctx }: GqlContext, @Arg('input') input: BenefitInputType) {
    return benefits.recordBenefit(ctx, input);
  }

  @Authorized(Permission.BenefitManage)
  @Mutation(() => Boolean, { description: '本部门变更救助状态（暂停、停止、渐退、恢复）' })
  async changeBenefitStatus(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('status') status: string,
    @Arg('version', () => Int) version: number,
    @Arg('endDate', () => String, { nullable: true }) endDate?: string | null,
  ) {
    await benefits.changeBenefitStatus(ctx, id, status, endDate, version);
    return true;
  }
}

/**
 * Whether the query selects the nested field `path` under this field (through fragments and inline
 * fragments; @skip/@include are ignored, so the answer errs towards "selected").
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[]): boolean {
  const has = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') {
        if (sel.name.value === path[depth] && (depth === path.length - 1 || has(sel.selectionSet, depth + 1))) return true;
      } else if (sel.kind === 'InlineFragment') {
        if (has(sel.selectionSet, depth)) return true;
      } else {
        const frag: FragmentDefinitionNode | undefined = info.fragments[sel.name.value];
        if (has(frag?.selectionSet, depth)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((n: FieldNode) => has(n.selectionSet, 0));
}
