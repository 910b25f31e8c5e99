import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { IntegrationEventTypeEnum } from '../../graphql/enums';
import { Permission } from '../auth/permissions';
import { listEvents } from './feed';
import { CreatedWebhookSubscriptionType, eventObject, IntegrationEventPageType, WebhookSubscriptionInput, WebhookSubscriptionType } from './integration.types';
import { createWebhookSubscription, disableWebhookSubscription, listOwnWebhookSubscriptions, listWebhookSubscriptions } from './webhook.service';

@Resolver()
export class IntegrationResolver {
  @Authorized(Permission.EventRead)
  @Query(() => IntegrationEventPageType, {
    description: '变更事件（按游标，从旧到新）：只含调用者可查看的对象；接口令牌须有“订阅变更事件”权限范围（docs/api.md）',
  })
  async events(
    @Ctx() { ctx }: GqlContext,
    @Arg('after', () => String, { nullable: true, description: '上一页的 nextCursor；不填从头开始' }) after?: string | null,
    @Arg('limit', () => Int, { nullable: true, description: '每页条数，1–500，默认 100' }) limit?: number | null,
    @Arg('types', () => [IntegrationEventTypeEnum], { nullable: true, description: '只要这些类型' }) types?: string[] | null,
  ): Promise<IntegrationEventPageType> {
    const page = await listEvents(ctx, { after, limit, types });
    return { ...page, items: page.items.map(eventObject) };
  }

  @Authorized(Permission.ApiTokenManage)
  @Query(() => [WebhookSubscriptionType], { description: '接口令牌的回调地址（令牌授权区域在管辖范围内的）' })
  webhookSubscriptions(@Ctx() { ctx }: GqlContext, @Arg('apiTokenId', () => ID, { nullable: true }) apiTokenId?: string | null) {
    return listWebhookSubscriptions(ctx, apiTokenId);
  }

  @Authorized(Permission.EventRead)
  @Query(() => [WebhookSubscriptionType], {
    description: '本令牌的回调地址及推送情况（接口令牌调用；工作人员账号返回空列表，请在“接口令牌”页面查看）',
  })
  myWebhookSubscriptions(@Ctx() { ctx }: GqlContext) {
    return listOwnWebhookSubscriptions(ctx);
  }

  @Authorized(Permission.ApiTokenManage)
  @Mutation(() => CreatedWebhookSubscriptionType, { description: '为有“订阅变更事件”权限范围的令牌登记回调地址；签名密钥只显示一次' })
  createWebhookSubscription(@Ctx() { ctx }: GqlContext, @Arg('input', () => WebhookSubscriptionInput) input: WebhookSubscriptionInput) {
    return createWebhookSubscription(ctx, input);
  }

  @Authorized(Permission.ApiTokenManage)
  @Mutation(() => WebhookSubscriptionType, { description: '停用回调地址（不再推送）' })
  disableWebhookSubscription(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return disableWebhookSubscription(ctx, id, version);
  }
}
