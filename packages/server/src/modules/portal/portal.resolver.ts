import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../graphql/gql-context';
import { Permission } from '../auth/permissions';
import { settingValue } from '../setting/setting.service';
import { deleteFaq, listFaqs, portalFaqs, saveFaq } from './faq.service';
import { listPlainTexts, portalProgram, portalPrograms, updateProgramPlainText } from './policy.service';
import {
  FaqInput,
  FaqType,
  PortalFaqType,
  PortalInfoType,
  PortalProgramType,
  PortalWindowType,
  ProgramPlainTextInput,
  ProgramPlainTextType,
  ServiceWindowInput,
  ServiceWindowType,
} from './portal.types';
import { listServiceWindows, portalWindows, updateServiceWindow, type WindowView } from './window.service';

/** The public shape of a window: never who edited it, nor the version. */
const publicWindow = (w: WindowView): PortalWindowType => ({
  areaCode: w.areaCode,
  areaName: w.areaName,
  isDistrict: w.level === 1,
  name: w.name,
  address: w.address,
  hours: w.hours,
  phone: w.phone,
  mapText: w.mapText,
  note: w.note,
});

const staffWindow = (w: WindowView & { editable: boolean }) => ({ ...w, ...publicWindow(w) });

@Resolver()
export class PortalResolver {
  // ---- public (portal, no login; rate-limited per address like every anonymous request) ----

  @Authorized(Permission.Public)
  @Query(() => [PortalWindowType], { description: '受理窗口（无需登录）：区县和每个镇街的社会救助窗口，按区划代码排序' })
  async portalWindows(@Ctx() { ctx }: GqlContext) {
    return (await portalWindows(ctx)).map(publicWindow);
  }

  @Authorized(Permission.Public)
  @Query(() => PortalInfoType, { description: '门户的公共信息（无需登录）：社会救助服务热线' })
  async portalInfo(@Ctx() { ctx }: GqlContext) {
    return { hotline: await settingValue(ctx, 'ASSISTANCE_HOTLINE') };
  }

  @Authorized(Permission.Public)
  @Query(() => [PortalProgramType], { description: '政策查询（无需登录）：每项救助事项的通俗说明，材料和时限取自现行事项目录' })
  portalPrograms(@Ctx() { ctx }: GqlContext) {
    return portalPrograms(ctx);
  }

  @Authorized(Permission.Public)
  @Query(() => PortalProgramType, { nullable: true, description: '政策查询（无需登录）：一项救助事项；没有该事项时为 null' })
  portalProgram(@Ctx() { ctx }: GqlContext, @Arg('code') code: string) {
    return portalProgram(ctx, code);
  }

  @Authorized(Permission.Public)
  @Query(() => [PortalFaqType], { description: '常见问题（无需登录）：已发布的问题，按排序；给出 programCode 时为该事项的问题' })
  async portalFaqs(@Ctx() { ctx }: GqlContext, @Arg('programCode', () => String, { nullable: true }) programCode?: string | null) {
    return (await portalFaqs(ctx, programCode)).map(({ id, question, answer, programCode: code, programName }) => ({
      id,
      question,
      answer,
      programCode: code,
      programName,
    }));
  }

  // ---- staff (console: 门户内容) ----

  @Authorized(Permission.PortalManage)
  @Query(() => [FaqType], { description: '门户内容：全部常见问题（含草稿；区县统一维护）' })
  faqs(@Ctx() { ctx }: GqlContext) {
    return listFaqs(ctx);
  }

  @Authorized(Permission.PortalManage)
  @Mutation(() => FaqType, { description: '新增（id 为空、version 为 0）或修改（version 为读取时的版本）一条常见问题' })
  saveFaq(
    @Ctx() { ctx }: GqlContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => FaqInput) input: FaqInput,
    @Arg('version', () => Int) version: number,
  ) {
    return saveFaq(ctx, id ?? null, input, version);
  }

  @Authorized(Permission.PortalManage)
  @Mutation(() => Boolean, { description: '删除一条常见问题（version 为读取时的版本）' })
  deleteFaq(@Ctx() { ctx }: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return deleteFaq(ctx, id, version);
  }

  @Authorized(Permission.PortalManage)
  @Query(() => [ServiceWindowType], { description: '门户内容：全部受理窗口（editable = 在本人管辖范围内，可以修改）' })
  async serviceWindows(@Ctx() { ctx }: GqlContext) {
    return (await listServiceWindows(ctx)).map(staffWindow);
  }

  @Authorized(Permission.PortalManage)
  @Mutation(() => ServiceWindowType, { description: '修改一个受理窗口的门户信息（version 为读取时的版本，首次填写为 0）' })
  async updateServiceWindow(
    @Ctx() { ctx }: GqlContext,
    @Arg('areaCode') areaCode: string,
    @Arg('input', () => ServiceWindowInput) input: ServiceWindowInput,
    @Arg('version', () => Int) version: number,
  ) {
    return staffWindow(await updateServiceWindow(ctx, areaCode, input, version));
  }

  @Authorized(Permission.Authenticated)
  @Query(() => [ProgramPlainTextType], { description: '门户内容：各事项的政策说明（门户显示的、自动生成的和主管部门填写的）' })
  programPlainTexts(@Ctx() { ctx }: GqlContext) {
    return listPlainTexts(ctx);
  }

  @Authorized(Permission.ProgramManage)
  @Mutation(() => ProgramPlainTextType, { description: '主管部门修改本部门事项的政策说明（留空的项恢复自动生成；version 为读取时的版本，首次为 0）' })
  updateProgramPlainText(
    @Ctx() { ctx }: GqlContext,
    @Arg('code') code: string,
    @Arg('input', () => ProgramPlainTextInput) input: ProgramPlainTextInput,
    @Arg('version', () => Int) version: number,
  ) {
    return updateProgramPlainText(ctx, code, input, version);
  }
}
