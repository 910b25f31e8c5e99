import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumName, IntegrationEventTypeEnum } from '../../graphql/enums';
import { INTEGRATION_EVENT_TYPES } from './event-types';
import type { EventRow } from './feed';

@ObjectType('IntegrationEventPayload', {
  description: '变更事件的内容：只有编号、代码、状态和脱敏姓名，不含身份证号、电话、住址、收入等个人信息，也不含备注原文',
})
export class IntegrationEventPayloadType {
  @Field(() => ID, { nullable: true, description: '转办单 id（转办单事件）' }) referralId?: string | null;
  @Field(() => String, { nullable: true, description: '受理号' }) receiptNo?: string | null;
  @Field(() => String, { nullable: true, description: '救助事项代码' }) programCode?: string | null;
  @Field(() => [String], { nullable: true, description: '涉及的救助事项代码（名册导入汇总）' }) programCodes?: string[] | null;
  @Field(() => ID, { nullable: true, description: '主管部门 id' }) departmentId?: string | null;
  @Field(() => ID, { nullable: true, description: '家庭 id（可用 household 查询，按令牌权限返回）' }) householdId?: string | null;
  @Field(() => ID, { nullable: true, description: '享受人 id（按人救助）' }) personId?: string | null;
  @Field(() => String, { nullable: true, description: '申请人姓名（脱敏）' }) applicantNameMasked?: string | null;
  @Field(() => String, { nullable: true, description: '享受人（按户救助：户主）姓名（脱敏）' }) nameMasked?: string | null;
  @Field(() => String, { nullable: true, description: '变更前状态（转办单状态或救助状态代码）' }) fromStatus?: string | null;
  @Field(() => String, { nullable: true, description: '变更后的转办单状态' }) toStatus?: string | null;
  @Field(() => String, { nullable: true, description: '救助状态（救助事件）' }) status?: string | null;
  @Field(() => String, { nullable: true, description: '办理时限（转办单派发）' }) dueDate?: string | null;
  @Field(() => ID, { nullable: true, description: '转办的目标部门' }) targetDepartmentId?: string | null;
  @Field(() => ID, { nullable: true, description: '由哪张转办单转来' }) transferredFromId?: string | null;
  @Field(() => ID, { nullable: true, description: '救助记录 id' }) benefitId?: string | null;
  @Field(() => Int, { nullable: true, description: '月救助金额（分）' }) monthlyAmountFen?: number | null;
  @Field(() => String, { nullable: true }) startDate?: string | null;
  @Field(() => String, { nullable: true }) endDate?: string | null;
  @Field(() => ID, { nullable: true, description: '导入批次（名册导入汇总）' }) batchId?: string | null;
  @Field(() => ID, { nullable: true, description: '比对批次（疑点汇总）' }) runId?: string | null;
  @Field(() => Int, { nullable: true, description: '条数（汇总事件）' }) count?: number | null;
  @Field(() => [Int], { nullable: true, description: '疑点规则编号（疑点汇总）' }) ruleNos?: number[] | null;
}

@ObjectType('IntegrationEvent', { description: '变更事件（对接系统按游标拉取，或经回调地址推送）' })
export class IntegrationEventType {
  @Field({ description: '游标：把最后一条的 cursor 作为下次的 after' }) cursor!: string;
  @Field(() => ID, { description: '事件 id（全局唯一，可用于去重）' }) id!: string;
  @Field(() => IntegrationEventTypeEnum) type!: string;
  @Field({ description: '事件类型名称' }) typeName!: string;
  @Field({ description: '对象类别：referral、benefit、import_batch、crosscheck_run' }) entity!: string;
  @Field(() => ID, { nullable: true }) entityId!: string | null;
  @Field({ description: '所在区划（村社）' }) areaCode!: string;
  @Field(() => [ID], { description: '涉及的部门' }) departmentIds!: string[];
  @Field(() => IntegrationEventPayloadType) payload!: IntegrationEventPayloadType;
  @Field() occurredAt!: Date;
}

@ObjectType('IntegrationEventPage')
export class IntegrationEventPageType {
  @Field(() => [IntegrationEventType]) items!: IntegrationEventType[];
  @Field({ description: '下次请求的 after；没有新事件时不变' }) nextCursor!: string;
  @Field({ description: '还有更多事件（立即再取一页）' }) hasMore!: boolean;
}

/** An event as GraphQL returns it (`type` keeps the internal code; the enum shows its name). */
export function eventObject(e: EventRow): IntegrationEventType {
  return {
    cursor: e.seq,
    id: e.id,
    type: e.type,
    typeName: INTEGRATION_EVENT_TYPES[e.type] ?? e.type,
    entity: e.entity,
    entityId: e.entityId,
    areaCode: e.areaCode,
    departmentIds: e.departmentIds,
    payload: e.payload as IntegrationEventPayloadType,
    occurredAt: e.occurredAt,
  };
}

/** The same event as a webhook body carries it (JSON; `type` as the GraphQL enum name, e.g. REFERRAL_CREATED). */
export function eventView(e: EventRow): Record<string, unknown> {
  const o = eventObject(e);
  return { ...o, type: enumName(e.type), occurredAt: new Date(e.occurredAt).toISOString() };
}

@ObjectType('WebhookSubscription', { description: '接口令牌的回调地址' })
export class WebhookSubscriptionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) apiTokenId!: string;
  @Field() apiTokenName!: string;
  @Field() url!: string;
  @Field(() => [IntegrationEventTypeEnum], { description: '订阅的事件类型；为空表示令牌可查看的全部事件' }) eventTypes!: string[];
  @Field() active!: boolean;
  @Field() createdByName!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) disabledAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: '已送达' }) delivered!: number;
  @Field(() => Int, { description: '待发送（含重试中）' }) pending!: number;
  @Field(() => Int, { description: '多次失败已放弃' }) failed!: number;
  @Field(() => String, { nullable: true, description: '最近一次失败的原因' }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) lastDeliveredAt!: Date | null;
}

@ObjectType('CreatedWebhookSubscription')
export class CreatedWebhookSubscriptionType {
  @Field({ description: '签名密钥，仅此一次显示（HMAC-SM3）' }) secret!: string;
  @Field(() => WebhookSubscriptionType) subscription!: WebhookSubscriptionType;
}

@InputType('WebhookSubscriptionInput')
export class WebhookSubscriptionInput {
  @Field(() => ID) apiTokenId!: string;
  @Field({ description: 'http(s) 回调地址' }) url!: string;
  @Field(() => [IntegrationEventTypeEnum], { description: '订阅的事件类型；为空表示全部' }) eventTypes!: string[];
}
