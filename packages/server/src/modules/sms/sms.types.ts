import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';
import { SMS_PROVIDER_NAMES } from './providers/types';
import { SMS_STATUS_NAMES } from './sms.service';
import { SMS_RECIPIENT_NAMES, SMS_VARIABLE_NAMES } from './templates';

export enum SmsStatus {
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  DEAD = 'DEAD',
  UNKNOWN = 'UNKNOWN',
  SKIPPED = 'SKIPPED',
}
registerEnumType(SmsStatus, {
  name: 'SmsStatus',
  description: '短信状态',
  valuesConfig: Object.fromEntries(Object.entries(SMS_STATUS_NAMES).map(([k, v]) => [k, { description: v }])),
});

export enum SmsRecipientKind {
  APPLICANT = 'APPLICANT',
  WINDOW = 'WINDOW',
  CITIZEN = 'CITIZEN',
  DEPARTMENT = 'DEPARTMENT',
}
registerEnumType(SmsRecipientKind, {
  name: 'SmsRecipientKind',
  description: '短信接收人类别',
  valuesConfig: Object.fromEntries(Object.entries(SMS_RECIPIENT_NAMES).map(([k, v]) => [k, { description: v }])),
});

export enum SmsProviderKind {
  log = 'log',
  aliyun = 'aliyun',
  tencent = 'tencent',
  http = 'http',
}
registerEnumType(SmsProviderKind, {
  name: 'SmsProviderKind',
  description: '短信服务商',
  valuesConfig: Object.fromEntries(Object.entries(SMS_PROVIDER_NAMES).map(([k, v]) => [k, { description: v }])),
});

@ObjectType('SmsMessage', { description: '一条短信（每个接收人每个事件一条；手机号已脱敏，内容不含敏感信息）' })
export class SmsMessageType {
  @Field(() => ID) id!: string;
  @Field({ description: '触发事件类型' }) eventType!: string;
  @Field({ description: '模板编码' }) templateCode!: string;
  @Field(() => SmsRecipientKind) recipientKind!: SmsRecipientKind;
  @Field(() => String, { nullable: true, description: '手机号（脱敏，如 138****5678）' }) phoneMasked!: string | null;
  @Field({ description: '短信内容（生成时按模板填写）' }) content!: string;
  @Field() areaCode!: string;
  @Field({ description: '紧急（免打扰时段照常发送）' }) urgent!: boolean;
  @Field(() => SmsStatus) status!: SmsStatus;
  @Field(() => Int, { description: '已尝试发送次数' }) attempts!: number;
  @Field(() => Date, { nullable: true, description: '下次尝试时间（待发送、发送失败时）' }) nextAttemptAt!: Date | null;
  @Field(() => String, { nullable: true }) provider!: string | null;
  @Field(() => String, { nullable: true, description: '最近一次错误' }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('SmsMessagePage')
export class SmsMessagePage extends Paginated(SmsMessageType) {}

@ObjectType('SmsVariable', { description: '短信模板可用的变量' })
export class SmsVariable {
  @Field({ description: '变量名，写作 {name}' }) name!: string;
  @Field({ description: '中文说明' }) label!: string;
}

@ObjectType('SmsTemplate', { description: '短信模板（系统管理员维护；修改记入操作日志）' })
export class SmsTemplateType {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => SmsRecipientKind) recipientKind!: SmsRecipientKind;
  @Field(() => String, { nullable: true, description: '窗口模板：触发的事件类型' }) eventType!: string | null;
  @Field() content!: string;
  @Field(() => [String]) allowedVariables!: string[];
  @Field(() => [SmsVariable], { description: '可用变量及说明' })
  get variables(): SmsVariable[] {
    return this.allowedVariables.map((name) => ({ name, label: SMS_VARIABLE_NAMES[name] ?? name }));
  }
  @Field({ description: '已批准发送金额（允许 {amount}）' }) amountsApproved!: boolean;
  @Field() enabled!: boolean;
  @Field({ description: '紧急：免打扰时段照常发送' }) urgent!: boolean;
  @Field(() => String, { nullable: true, description: '服务商模板编号（阿里云 TemplateCode / 腾讯云 TemplateId）' }) providerTemplateId!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) updatedByName!: string | null;
  @Field() updatedAt!: Date;
}

@InputType('SmsTemplateInput')
export class SmsTemplateInput {
  @Field() content!: string;
  @Field() enabled!: boolean;
  @Field() urgent!: boolean;
  @Field() amountsApproved!: boolean;
  @Field(() => String, { nullable: true }) providerTemplateId?: string | null;
}

@ObjectType('SmsTemplatePreview', { description: '短信模板预览（示例数据）' })
export class SmsTemplatePreview {
  @Field() content!: string;
  @Field(() => Int, { description: '字数' }) length!: number;
  @Field(() => [String], { description: '不能保存的原因（空 = 可以保存）' }) problems!: string[];
}

@ObjectType('SmsProviderConfig', { description: '短信服务商配置（密钥从不返回，只返回是否已设置）' })
export class SmsProviderConfigType {
  @Field(() => SmsProviderKind) provider!: SmsProviderKind;
  @Field({ description: 'console = 控制台配置；env = 环境变量；default = 默认（日志）' }) source!: string;
  @Field(() => String, { nullable: true }) endpoint!: string | null;
  @Field(() => String, { nullable: true, description: 'AccessKeyId / SecretId' }) accessKeyId!: string | null;
  @Field({ description: '密钥已设置' }) secretSet!: boolean;
  @Field(() => String, { nullable: true, description: '短信签名' }) signName!: string | null;
  @Field(() => String, { nullable: true, description: '腾讯云 SmsSdkAppId' }) sdkAppId!: string | null;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => Int, { description: '每秒最多发送条数' }) ratePerSecond!: number;
  @Field({ description: '回执令牌已设置' }) receiptTokenSet!: boolean;
  @Field({ description: '免打扰开始（北京时间 HH:mm）' }) quietStart!: string;
  @Field({ description: '免打扰结束（北京时间 HH:mm）' }) quietEnd!: string;
  @Field(() => Int, { description: '版本（乐观锁）；0 = 未在控制台配置' }) version!: number;
  @Field(() => String, { nullable: true }) updatedByName!: string | null;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}

@InputType('SmsProviderConfigInput')
export class SmsProviderConfigInput {
  @Field(() => SmsProviderKind) provider!: SmsProviderKind;
  @Field(() => String, { nullable: true }) endpoint?: string | null;
  @Field(() => String, { nullable: true }) accessKeyId?: string | null;
  @Field(() => String, { nullable: true, description: '新密钥；留空则不修改' }) secret?: string | null;
  @Field(() => Boolean, { nullable: true, description: '清除已保存的密钥' }) clearSecret?: boolean | null;
  @Field(() => String, { nullable: true }) signName?: string | null;
  @Field(() => String, { nullable: true }) sdkAppId?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => Int) ratePerSecond!: number;
  @Field(() => String, { nullable: true, description: '新回执令牌；留空则不修改' }) receiptToken?: string | null;
  @Field(() => Boolean, { nullable: true }) clearReceiptToken?: boolean | null;
  @Field() quietStart!: string;
  @Field() quietEnd!: string;
}
