import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { nowOf } from '../../shared/dates';
import { Permission } from '../auth/permissions';
import { CONSENT_TEXT, CONSENT_VERSION, portalTowns, submitCitizenApplication } from './apply.service';
import { makeCaptcha } from './captcha';
import {
  CitizenApplicationInputType,
  CitizenApplicationReceiptType,
  CitizenApplicationStatusType,
  CitizenReportInputType,
  CodePurposeEnum,
  PortalApplyTermsType,
  PortalCaptchaType,
  PortalCodeSentType,
  PortalTownType,
} from './citizen.types';
import { sendVerificationCode } from './code.service';
import { lookupCitizenApplication } from './lookup.service';
import { submitCitizenReport } from './report.service';

/** 网上预申请和进度查询 (portal, no login): every operation is public and rate-limited per address. */
@Resolver()
export class CitizenResolver {
  @Authorized(Permission.Public)
  @Query(() => PortalCaptchaType, { description: '新的图形验证码（无需登录）' })
  portalCaptcha(@Ctx() { ctx }: GqlContext) {
    return makeCaptcha(ctx.runtime.fieldCrypto, nowOf(ctx));
  }

  @Authorized(Permission.Public)
  @Query(() => [PortalTownType], { description: '镇街及其村（社区）（无需登录）：网上申请选择所在地' })
  portalTowns(@Ctx() { ctx }: GqlContext) {
    return portalTowns(ctx);
  }

  @Authorized(Permission.Public)
  @Query(() => PortalApplyTermsType, { description: '网上申请须知（无需登录）：同意核对的文字' })
  portalApplyTerms() {
    return { consentText: CONSENT_TEXT, consentVersion: CONSENT_VERSION };
  }

  @Authorized(Permission.Public)
  @Mutation(() => PortalCodeSentType, {
    description: '发送短信验证码（无需登录）：须先答对图形验证码；同一号码同一用途 60 秒一次、每天共 5 次，同一地址每小时 10 次',
  })
  sendPortalSmsCode(
    @Ctx() { ctx }: GqlContext,
    @Arg('phone') phone: string,
    @Arg('purpose', () => CodePurposeEnum) purpose: CodePurposeEnum,
    @Arg('captchaToken') captchaToken: string,
    @Arg('captchaAnswer') captchaAnswer: string,
  ) {
    return sendVerificationCode(ctx, { phone, purpose, captchaToken, captchaAnswer });
  }

  @Authorized(Permission.Public)
  @Mutation(() => CitizenApplicationReceiptType, { description: '网上预申请（无需登录，手机号须经短信验证）：进入所在村（社区）窗口的待确认预申请' })
  submitCitizenApplication(@Ctx() { ctx }: GqlContext, @Arg('input', () => CitizenApplicationInputType) input: CitizenApplicationInputType) {
    return submitCitizenApplication(ctx, input);
  }

  @Authorized(Permission.Public)
  @Mutation(() => CitizenApplicationReceiptType, {
    description: '报告身边的困难群众（无需登录，报告人手机号须经短信验证）：进入困难群众所在村（社区）窗口的待确认预申请（渠道 群众报告）',
  })
  submitCitizenReport(@Ctx() { ctx }: GqlContext, @Arg('input', () => CitizenReportInputType) input: CitizenReportInputType) {
    return submitCitizenReport(ctx, input);
  }

  @Authorized(Permission.Public)
  @Mutation(() => CitizenApplicationStatusType, {
    description: '查询申请进度（无需登录）：受理号或查询号 + 申请时登记的手机号 + 短信验证码；号码不存在与手机号不符的回答相同',
  })
  lookupCitizenApplication(@Ctx() { ctx }: GqlContext, @Arg('number') number: string, @Arg('phone') phone: string, @Arg('code') code: string) {
    return lookupCitizenApplication(ctx, { number, phone, code });
  }
}
