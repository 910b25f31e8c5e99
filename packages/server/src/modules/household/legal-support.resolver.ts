import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import * as authorisations from './authorisation.service';
import type { HouseholdDetail } from './household.query';
import { HouseholdDetailType } from './household.types';
import * as supporters from './legal-supporter.service';
import {
  AuthorisationInputType,
  HouseholdAuthorisationType,
  LegalSupporterInputType,
  LegalSupporterType,
  LegalSupporterUpdateInputType,
} from './legal-support.types';

/**
 * 法定义务人 and 核对授权书 (ADR 0023, "Ledger gaps"). The fields of `Household` are detail data: they
 * have a value only with FULL access (windows of the area, departments involved with the household —
 * `household.detail` / `household.detailInvolved`), like incomes and assets; null in the shared view.
 */
@Resolver(() => HouseholdDetailType)
export class LegalSupportResolver {
  @FieldResolver(() => [LegalSupporterType], { nullable: true, description: '法定赡养、抚养、扶养义务人（完整信息可见时）' })
  legalSupporters(@Ctx() { ctx }: GqlContext, @Root() h: HouseholdDetail) {
    return h.access === 'FULL' ? supporters.listLegalSupporters(ctx, h.id) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: '已核实无法定义务人：true 已核实没有（未登记义务人的成员按“无”）；false 有；null 未核实或不可见',
  })
  noLegalSupporterConfirmed(@Ctx() { ctx }: GqlContext, @Root() h: HouseholdDetail) {
    return h.access === 'FULL' ? supporters.noLegalSupporterConfirmed(ctx, h.id) : null;
  }

  @FieldResolver(() => [HouseholdAuthorisationType], { nullable: true, description: '家庭经济状况核对授权书，新签署的在前（完整信息可见时）' })
  authorisations(@Ctx() { ctx }: GqlContext, @Root() h: HouseholdDetail) {
    return h.access === 'FULL' ? authorisations.listAuthorisations(ctx, h.id) : null;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => ID, { description: '登记某成员的法定赡养、抚养、扶养义务人，返回记录 id' })
  addLegalSupporter(@Ctx() { ctx }: GqlContext, @Arg('input') input: LegalSupporterInputType) {
    return supporters.addLegalSupporter(ctx, input);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean, { description: '修改法定义务人（version 为读取时的版本）' })
  async updateLegalSupporter(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: LegalSupporterUpdateInputType,
    @Arg('version', () => Int) version: number,
  ) {
    await supporters.updateLegalSupporter(ctx, id, input, version);
    return true;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean, { description: '删除法定义务人' })
  async removeLegalSupporter(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    await supporters.removeLegalSupporter(ctx, id, version);
    return true;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean, { description: '已核实无法定义务人（true）/ 有（false）/ 未核实（null）' })
  async setNoLegalSupporter(
    @Ctx() { ctx }: GqlContext,
    @Arg('householdId', () => ID) householdId: string,
    @Arg('confirmed', () => Boolean, { nullable: true }) confirmed: boolean | null,
  ) {
    await supporters.setNoLegalSupporter(ctx, householdId, confirmed ?? null);
    return true;
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => HouseholdAuthorisationType, { description: '登记家庭经济状况核对授权书，返回登记的授权书' })
  async recordAuthorisation(@Ctx() { ctx }: GqlContext, @Arg('input') input: AuthorisationInputType) {
    const id = await authorisations.recordAuthorisation(ctx, input);
    return (await authorisations.listAuthorisations(ctx, input.householdId)).find((a) => a.id === id);
  }

  @Authorized(Permission.HouseholdWrite)
  @Mutation(() => Boolean, { description: '撤销核对授权书（须说明原因）' })
  async revokeAuthorisation(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('version', () => Int) version: number,
  ) {
    await authorisations.revokeAuthorisation(ctx, id, reason, version);
    return true;
  }
}
