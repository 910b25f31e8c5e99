import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { PageArgsInput } from '../../graphql/paging.types';
import { Permission } from '../auth/permissions';
import {
  getSmsMessage,
  listSmsMessages,
  listSmsTemplates,
  previewSmsTemplate,
  retrySmsMessage,
  setUserMobile,
  smsProviderConfig,
  updateSmsProviderConfig,
  updateSmsTemplate,
} from './sms.service';
import {
  SmsMessagePage,
  SmsMessageType,
  SmsProviderConfigInput,
  SmsProviderConfigType,
  SmsStatus,
  SmsTemplateInput,
  SmsTemplatePreview,
  SmsTemplateType,
} from './sms.types';

const template = (v: object) => Object.assign(new SmsTemplateType(), v);

@Resolver()
export class SmsResolver {
  @Authorized(Permission.SmsRead)
  @Query(() => SmsMessagePage, { description: '短信记录（本辖区，新的在前；手机号脱敏）' })
  smsMessages(@Ctx() { ctx }: GqlContext, @Args() page: PageArgsInput, @Arg('status', () => SmsStatus, { nullable: true }) status?: SmsStatus | null) {
    return listSmsMessages(ctx, { status }, page);
  }

  @Authorized(Permission.SmsRead)
  @Query(() => SmsMessageType, { description: '一条短信记录' })
  smsMessage(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return getSmsMessage(ctx, id);
  }

  @Authorized(Permission.SmsManage)
  @Mutation(() => SmsMessageType, { description: '重新发送已停止重试或结果待核实的短信（记入操作日志）' })
  retrySmsMessage(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string) {
    return retrySmsMessage(ctx, id);
  }

  @Authorized(Permission.SmsRead)
  @Query(() => [SmsTemplateType], { description: '短信模板' })
  async smsTemplates(@Ctx() { ctx }: GqlContext) {
    return (await listSmsTemplates(ctx)).map(template);
  }

  @Authorized(Permission.SmsManage)
  @Mutation(() => SmsTemplateType, { description: '修改短信模板（version 为读取时的版本；不允许的变量、身份证号、手机号被拒绝；记入操作日志）' })
  async updateSmsTemplate(
    @Ctx() { ctx }: GqlContext,
    @Arg('code') code: string,
    @Arg('input', () => SmsTemplateInput) input: SmsTemplateInput,
    @Arg('version', () => Int) version: number,
  ) {
    return template(await updateSmsTemplate(ctx, code, input, version));
  }

  @Authorized(Permission.SmsManage)
  @Query(() => SmsTemplatePreview, { description: '短信模板预览（示例数据）及不能保存的原因' })
  previewSmsTemplate(
    @Ctx() { ctx }: GqlContext,
    @Arg('code') code: string,
    @Arg('content') content: string,
    @Arg('amountsApproved', () => Boolean, { defaultValue: false }) amountsApproved: boolean,
  ) {
    return previewSmsTemplate(ctx, code, content, amountsApproved);
  }

  @Authorized(Permission.SmsManage)
  @Query(() => SmsProviderConfigType, { description: '短信服务商配置（密钥只返回是否已设置）' })
  smsProviderConfig(@Ctx() { ctx }: GqlContext) {
    return smsProviderConfig(ctx);
  }

  @Authorized(Permission.SmsManage)
  @Mutation(() => SmsProviderConfigType, { description: '修改短信服务商配置（version 为读取时的版本，首次为 0；密钥加密保存；记入操作日志）' })
  updateSmsProviderConfig(
    @Ctx() { ctx }: GqlContext,
    @Arg('input', () => SmsProviderConfigInput) input: SmsProviderConfigInput,
    @Arg('version', () => Int) version: number,
  ) {
    return updateSmsProviderConfig(ctx, input, version);
  }

  @Authorized(Permission.UserManage)
  @Mutation(() => String, { nullable: true, description: '设置用户的手机号码（窗口人员接收办理短信；加密保存，返回脱敏号码；null 清除）' })
  setUserMobile(@Ctx() { ctx }: GqlContext, @Arg('userId', () => ID) userId: string, @Arg('mobile', () => String, { nullable: true }) mobile: string | null) {
    return setUserMobile(ctx, userId, mobile, false);
  }

  @Authorized(Permission.Authenticated)
  @Mutation(() => String, { nullable: true, description: '设置本人的手机号码（窗口人员接收办理短信；返回脱敏号码；null 清除）' })
  setMyMobile(@Ctx() { ctx }: GqlContext, @Arg('mobile', () => String, { nullable: true }) mobile: string | null) {
    return setUserMobile(ctx, ctx.actor.id ?? '', mobile, true);
  }
}
