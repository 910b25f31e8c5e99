import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';
import { AdminChangeStatusEnum, RoleEnum } from '../../graphql/enums';

export enum AdminChangeKindEnum {
  PASSWORD_RESET = 'PASSWORD_RESET',
  MFA_RESET = 'MFA_RESET',
  ROLES_SET = 'ROLES_SET',
}
registerEnumType(AdminChangeKindEnum, {
  name: 'AdminChangeKind',
  description: '管理员账号变更类型（须另一类管理员确认）',
  valuesConfig: {
    PASSWORD_RESET: { description: '重置密码' },
    MFA_RESET: { description: '重置两步验证' },
    ROLES_SET: { description: '变更角色（涉及管理员角色）' },
  },
});

@ObjectType('AdminChangeRequest', { description: '管理员账号变更申请（双人复核）' })
export class AdminChangeRequestType {
  @Field(() => ID) id!: string;
  @Field(() => AdminChangeKindEnum) kind!: AdminChangeKindEnum;
  @Field() kindName!: string;
  @Field(() => AdminChangeStatusEnum) status!: string;
  @Field() statusName!: string;
  @Field(() => ID) targetUserId!: string;
  @Field() targetUsername!: string;
  @Field() targetName!: string;
  @Field(() => [String]) targetRoleNames!: string[];
  @Field(() => [RoleEnum], { nullable: true, description: '变更后的角色（ROLES_SET）' }) roles!: string[] | null;
  @Field(() => [String], { nullable: true }) roleNames!: string[] | null;
  @Field() requestedByName!: string;
  @Field() requestedRoleName!: string;
  @Field() requestedAt!: Date;
  @Field() expiresAt!: Date;
  @Field(() => String, { nullable: true }) decidedByName!: string | null;
  @Field(() => String, { nullable: true }) decidedRoleName!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field({ description: '当前用户可以确认或拒绝' }) canDecide!: boolean;
  @Field(() => String, { nullable: true, description: '待确认但当前用户不能处理的原因' }) cannotDecideReason!: string | null;
}

@ObjectType()
export class AdminChangeRequestPage extends Paginated(AdminChangeRequestType) {}

@InputType()
export class AdminChangeInput {
  @Field(() => ID) userId!: string;
  @Field(() => AdminChangeKindEnum) kind!: AdminChangeKindEnum;
  @Field(() => String, { nullable: true, description: 'PASSWORD_RESET：新密码（确认后生效，用户登录后须修改）' }) newPassword?: string | null;
  @Field(() => [String], { nullable: true, description: 'ROLES_SET：变更后的全部角色' }) roles?: string[] | null;
}

@ObjectType('SecurityNotice', { description: '账号安全提醒：本人账号的管理员变更申请结果' })
export class SecurityNoticeType {
  @Field(() => ID) id!: string;
  @Field(() => AdminChangeKindEnum) kind!: AdminChangeKindEnum;
  @Field(() => AdminChangeStatusEnum) status!: string;
  @Field() message!: string;
  @Field() at!: Date;
}
