import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';
import { AuditChainProblemEnum } from '../../graphql/enums';

@ObjectType('AuditChange', { description: '操作日志中一个字段的变化（已脱敏，代码显示为名称）' })
export class AuditChange {
  @Field({ description: '字段代码' }) field!: string;
  @Field({ description: '字段名称' }) label!: string;
  @Field(() => String, { nullable: true, description: '变更前' }) before!: string | null;
  @Field(() => String, { nullable: true, description: '变更后' }) after!: string | null;
}

@ObjectType('AuditDetail', { description: '操作日志的附加说明（理由、条件、结果等；已脱敏，代码显示为名称）' })
export class AuditDetail {
  @Field({ description: '项目代码' }) key!: string;
  @Field({ description: '项目名称' }) label!: string;
  @Field() value!: string;
}

@ObjectType('AuditLog', { description: '操作日志（哈希链）' })
export class AuditLogType {
  @Field(() => ID) id!: string;
  @Field({ description: '链上序号' }) pos!: string;
  @Field() at!: Date;
  @Field() actorName!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field() action!: string;
  @Field() actionName!: string;
  @Field(() => String, { nullable: true }) entityType!: string | null;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => [AuditChange], { description: '字段变化（变更前后）' }) changes!: AuditChange[];
  @Field(() => [AuditDetail], { description: '附加说明' }) details!: AuditDetail[];
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field() hash!: string;
}

@ObjectType()
export class AuditLogPage extends Paginated(AuditLogType) {}

@InputType('AuditLogFilterInput')
export class AuditLogFilter {
  @Field(() => String, { nullable: true }) keyword?: string | null;
  @Field(() => String, { nullable: true }) actorName?: string | null;
  @Field(() => String, { nullable: true }) action?: string | null;
  @Field(() => String, { nullable: true }) entityType?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@ObjectType()
export class AuditVerifyResult {
  @Field() ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => String, { nullable: true }) firstBadPos!: string | null;
  @Field(() => AuditChainProblemEnum, { nullable: true }) problem!: string | null;
  @Field() message!: string;
}

@ObjectType()
export class AuditActionInfo {
  @Field() code!: string;
  @Field() name!: string;
}
