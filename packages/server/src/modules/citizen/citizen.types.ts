import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CodePurposeEnum {
  APPLY = 'APPLY',
  LOOKUP = 'LOOKUP',
  MESSAGE = 'MESSAGE',
  REPORT = 'REPORT',
}
registerEnumType(CodePurposeEnum, {
  name: 'CodePurpose',
  description: '短信验证码的用途',
  valuesConfig: {
    APPLY: { description: '网上申请社会救助' },
    LOOKUP: { description: '查询申请进度' },
    MESSAGE: { description: '留言或查看留言答复' },
    REPORT: { description: '报告身边的困难群众' },
  },
});

@ObjectType('PortalCaptcha', { description: '图形验证码（4 位数字；答对或答错都只能用一次）' })
export class PortalCaptchaType {
  @Field({ description: '随验证码答案一起提交' }) token!: string;
  @Field({ description: '图片（data:image/svg+xml;base64,…）' }) image!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('PortalCodeSent', { description: '短信验证码已发送' })
export class PortalCodeSentType {
  @Field({ description: '发送到的手机号码（脱敏）' }) phoneMasked!: string;
  @Field(() => Int, { description: '多少秒后可以重新获取' }) resendAfterSeconds!: number;
  @Field(() => Int, { description: '验证码有效分钟数' }) expiresInMinutes!: number;
}

@ObjectType('PortalVillage', { description: '村（社区）' })
export class PortalVillageType {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType('PortalTown', { description: '镇街及其村（社区）：网上申请选择所在地' })
export class PortalTownType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => [PortalVillageType]) villages!: PortalVillageType[];
}

@ObjectType('PortalApplyTerms', { description: '网上申请须知：同意核对的文字' })
export class PortalApplyTermsType {
  @Field() consentText!: string;
  @Field() consentVersion!: string;
}

@InputType('CitizenApplicationInput', { description: '网上预申请（手机号须先获取短信验证码）' })
export class CitizenApplicationInputType {
  @Field({ description: '申请人手机号码（接收验证码和办理短信）' }) phone!: string;
  @Field({ description: '短信验证码（6 位）' }) code!: string;
  @Field({ description: '申请人姓名' }) name!: string;
  @Field(() => String, { nullable: true, description: '申请人身份证号（可不填，窗口联系时核实）' }) idNumber?: string | null;
  @Field({ description: '现住址' }) address!: string;
  @Field({ description: '所在村（社区）12 位区划代码' }) areaCode!: string;
  @Field(() => Int, { nullable: true, description: '共同生活的家庭人口' }) householdSize?: number | null;
  @Field(() => [String], { description: '想申请的救助事项代码' }) programs!: string[];
  @Field({ description: '家庭困难情况' }) description!: string;
  @Field(() => Boolean, { nullable: true, description: '情况紧急（突发事件、意外伤害、重大疾病等）' }) urgent?: boolean | null;
  @Field({ description: '同意核对家庭经济状况（必须为 true）' }) consent!: boolean;
}

@ObjectType('CitizenApplicationReceipt', { description: '网上预申请已提交' })
export class CitizenApplicationReceiptType {
  @Field({ description: '查询号（YS 开头）：窗口确认受理后另有受理号' }) queryNo!: string;
  @Field() phoneMasked!: string;
  @Field({ description: '负责联系的村（社区），含镇街名' }) areaName!: string;
  @Field() submittedAt!: Date;
}

@ObjectType('CitizenStatusItem', { description: '一项救助事项的办理情况' })
export class CitizenStatusItemType {
  @Field() programName!: string;
  @Field() departmentName!: string;
  @Field() statusName!: string;
  @Field(() => String, { nullable: true, description: '批准 / 不予批准（已决定时）' }) outcomeName!: string | null;
  @Field(() => String, { nullable: true, description: '办理期限' }) dueDate!: string | null;
  @Field(() => String, { nullable: true, description: '需补充的材料（补正中）' }) supplementNote!: string | null;
  @Field(() => String, { nullable: true }) supplementDue!: string | null;
  @Field(() => String, { nullable: true, description: '公示截止日期（公示中）' }) publicityUntil!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType('CitizenStep', { description: '办理进度中的一步' })
export class CitizenStepType {
  @Field() at!: Date;
  @Field() text!: string;
}

@ObjectType('CitizenMessage', { description: '我的消息：发给申请人的办理短信' })
export class CitizenMessageType {
  @Field() at!: Date;
  @Field() content!: string;
}

@ObjectType('CitizenApplicationStatus', { description: '申请进度（受理号或查询号 + 手机号 + 短信验证码）' })
export class CitizenApplicationStatusType {
  @Field(() => String, { nullable: true }) queryNo!: string | null;
  @Field(() => String, { nullable: true }) receiptNo!: string | null;
  @Field() status!: string;
  @Field() statusName!: string;
  @Field() channelName!: string;
  @Field({ description: '申请人姓名（脱敏）' }) applicantName!: string;
  @Field() areaName!: string;
  @Field() submittedAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '不予受理的理由' }) rejectReason!: string | null;
  @Field(() => [String]) programNames!: string[];
  @Field(() => [CitizenStatusItemType]) items!: CitizenStatusItemType[];
  @Field(() => [CitizenStepType]) steps!: CitizenStepType[];
  @Field(() => [CitizenMessageType]) messages!: CitizenMessageType[];
  @Field({ description: '报告人查看（群众报告）：只显示窗口是否已处理，不显示当事人的申请事项、办理结果和短信' }) reporterView!: boolean;
}

@InputType('CitizenReportInput', { description: '报告身边的困难群众（报告人手机号须先获取短信验证码）' })
export class CitizenReportInputType {
  @Field({ description: '报告人手机号码（接收验证码，凭它查询处理情况）' }) phone!: string;
  @Field({ description: '短信验证码（6 位）' }) code!: string;
  @Field(() => String, { nullable: true, description: '报告人称呼（可不填）' }) reporterName?: string | null;
  @Field(() => String, { nullable: true, description: '与困难群众的关系，如 邻居、亲属（可不填）' }) relation?: string | null;
  @Field({ description: '困难群众姓名（不知道全名可写姓氏称呼）' }) name!: string;
  @Field(() => String, { nullable: true, description: '困难群众的电话（知道时填写）' }) personPhone?: string | null;
  @Field({ description: '所在村（社区）12 位区划代码' }) areaCode!: string;
  @Field({ description: '住址或常在的地方' }) address!: string;
  @Field({ description: '看到的困难情况' }) description!: string;
  @Field(() => Boolean, { nullable: true, description: '情况紧急' }) urgent?: boolean | null;
}
