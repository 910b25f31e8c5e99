import { Field, ID, Int, ObjectType, registerEnumType, InputType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';
import { PermissionEnum, RoleEnum } from '../../graphql/enums';
import { ApiTokenScope, TOKEN_SCOPES } from './token-scopes';

registerEnumType(ApiTokenScope, {
  name: 'ApiTokenScope',
  description: '接口令牌的权限范围（封闭集合；管理和配置类权限不授予令牌）',
  valuesConfig: Object.fromEntries(TOKEN_SCOPES.map((s) => [s.scope, { description: `${s.name}：${s.description}` }])),
});

export enum LoginStatusEnum {
  OK = 'OK',
  MFA_REQUIRED = 'MFA_REQUIRED',
  MFA_SETUP_REQUIRED = 'MFA_SETUP_REQUIRED',
}
registerEnumType(LoginStatusEnum, {
  name: 'LoginStatus',
  description: '登录结果',
  valuesConfig: { OK: { description: '已登录' }, MFA_REQUIRED: { description: '需输入动态验证码' }, MFA_SETUP_REQUIRED: { description: '需先绑定身份验证器' } },
});

@ObjectType({ description: '当前登录用户' })
export class CurrentUser {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field() displayName!: string;
  @Field(() => [RoleEnum]) roles!: string[];
  @Field(() => [String]) roleNames!: string[];
  @Field(() => [PermissionEnum]) permissions!: string[];
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName!: string | null;
  @Field(() => Int) areaLevel!: number;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field() mfaEnabled!: boolean;
  @Field({ description: '初始密码或密码超过 90 天未修改' }) mustChangePassword!: boolean;
}

@ObjectType()
export class MfaSetup {
  @Field({ description: 'Base32 密钥' }) secret!: string;
  @Field() otpauthUrl!: string;
}

@ObjectType()
export class LoginResult {
  @Field(() => LoginStatusEnum) status!: LoginStatusEnum;
  @Field(() => CurrentUser, { nullable: true }) user?: CurrentUser | null;
  @Field(() => MfaSetup, { nullable: true }) mfaSetup?: MfaSetup | null;
}

@ObjectType()
export class SessionInfo {
  @Field(() => ID) id!: string;
  @Field() createdAt!: Date;
  @Field() lastSeenAt!: Date;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field() current!: boolean;
}

@ObjectType()
export class PermissionInfo {
  @Field(() => PermissionEnum) code!: string;
  @Field() name!: string;
}

@ObjectType()
export class RoleInfo {
  @Field(() => RoleEnum) code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field() admin!: boolean;
  @Field(() => [PermissionInfo]) permissions!: PermissionInfo[];
}

@ObjectType('ApiToken', { description: '对接系统接口令牌' })
export class ApiTokenType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: '令牌前缀，用于辨认' }) prefix!: string;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) areaName?: string | null;
  @Field(() => [ApiTokenScope], { description: '权限范围' }) scopes!: ApiTokenScope[];
  @Field(() => [PermissionEnum], { description: '由权限范围得出的权限' }) permissions!: string[];
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class ApiTokenPage extends Paginated(ApiTokenType) {}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: '令牌明文，仅此一次显示' }) token!: string;
  @Field(() => ApiTokenType) apiToken!: ApiTokenType;
}

@InputType()
export class ApiTokenInput {
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field() areaCode!: string;
  @Field(() => [ApiTokenScope], { description: '权限范围，至少一项；部门类范围须指定 departmentId' }) scopes!: ApiTokenScope[];
  @Field() expiresAt!: Date;
}

@ObjectType({ description: '接口令牌权限范围说明' })
export class ApiTokenScopeInfo {
  @Field(() => ApiTokenScope) scope!: ApiTokenScope;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [PermissionInfo], { description: '该范围授予的权限' }) permissions!: PermissionInfo[];
  @Field({ description: '须指定令牌所属部门' }) needsDepartment!: boolean;
}
