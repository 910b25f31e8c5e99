import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PortalMessageCategoryEnum, PortalMessageStatusEnum } from '../../graphql/enums';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import { hidePortalMessage, listPortalMessages, lookupPortalMessage, portalMessageBoard, replyPortalMessage, submitPortalMessage } from './message.service';
import {
  OwnPortalMessageType,
  PortalMessageInputType,
  PortalMessagePage,
  PortalMessageReceiptType,
  PortalMessageType,
  PublicMessagePage,
} from './message.types';

/** 留言: the public board, writing and looking up (no login), and the staff's replies and blocks (console). */
@Resolver()
export class PortalMessageResolver {
  @Authorized(Permission.Public)
  @Query(() => PublicMessagePage, { description: '留言板（无需登录）：已答复并公开的留言，最新的在前；可按类别筛选' })
  async portalMessageBoard(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('category', () => PortalMessageCategoryEnum, { nullable: true }) category?: string | null,
  ) {
    return { ...(await portalMessageBoard(ctx, category, { page, pageSize })), page, pageSize };
  }

  @Authorized(Permission.Public)
  @Mutation(() => PortalMessageReceiptType, {
    description: '网上留言（无需登录，手机号须经短信验证）：工作人员答复前不公开；同一手机号每天 3 条',
  })
  submitPortalMessage(@Ctx() { ctx }: GqlContext, @Arg('input', () => PortalMessageInputType) input: PortalMessageInputType) {
    return submitPortalMessage(ctx, input);
  }

  @Authorized(Permission.Public)
  @Mutation(() => OwnPortalMessageType, {
    description: '查看本人留言的答复（无需登录）：留言编号 + 留言时的手机号 + 短信验证码；编号不存在与手机号不符的回答相同',
  })
  lookupPortalMessage(@Ctx() { ctx }: GqlContext, @Arg('number') number: string, @Arg('phone') phone: string, @Arg('code') code: string) {
    return lookupPortalMessage(ctx, { number, phone, code });
  }

  @Authorized(Permission.PortalMessageReply)
  @Query(() => PortalMessagePage, { description: '群众留言（本辖区：镇街为本镇街，区县为全部）：待处理的按答复期限在前' })
  async portalMessages(
    @Ctx() { ctx }: GqlContext,
    @Args() { page, pageSize }: PageArgsInput,
    @Arg('status', () => PortalMessageStatusEnum, { nullable: true }) status?: string | null,
    @Arg('category', () => PortalMessageCategoryEnum, { nullable: true }) category?: string | null,
    @Arg('areaCode', () => String, { nullable: true }) areaCode?: string | null,
  ) {
    return { ...(await listPortalMessages(ctx, { status, category, areaCode }, { page, pageSize })), page, pageSize };
  }

  @Authorized(Permission.PortalMessageReply)
  @Mutation(() => PortalMessageType, {
    description: '回复留言或修改答复（version 为读取时的版本）；publish = 在留言板公开（须留言人同意公开）',
  })
  replyPortalMessage(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('reply') reply: string,
    @Arg('publish') publish: boolean,
    @Arg('version', () => Int) version: number,
  ) {
    return replyPortalMessage(ctx, id, reply, publish, version);
  }

  @Authorized(Permission.PortalMessageReply)
  @Mutation(() => PortalMessageType, { description: '屏蔽留言并说明理由（已公开的从留言板撤下；留言人查看时可见理由）' })
  hidePortalMessage(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Arg('version', () => Int) version: number) {
    return hidePortalMessage(ctx, id, reason, version);
  }
}
