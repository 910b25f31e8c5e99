import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';
import { InformantKindEnum, RoleEnum } from '../../graphql/enums';

@ObjectType('User', { description: '用户账号' })
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field()
  areaCode!: string;

  @Field(() => String, { nullable: true })
  areaName!: string | null;

  @Field(() => Int)
  areaLevel!: number;

  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field(() => String, { nullable: true })
  departmentName!: string | null;

  @Field(() => [RoleEnum])
  roles!: string[];

  @Field(() => [String])
  roleNames!: string[];

  @Field(() => InformantKindEnum, { nullable: true, description: '信息员类别（仅信息员账号）' })
  informantKind!: string | null;

  @Field(() => String, { nullable: true, description: '信息员类别名称，如 网格员' })
  informantKindName!: string | null;

  @Field()
  disabled!: boolean;

  @Field(() => Date, { nullable: true })
  lockedUntil!: Date | null;

  @Field()
  mfaEnabled!: boolean;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: '手机号码（脱敏；窗口人员接收办理短信）' })
  mobileMasked!: string | null;
}

@ObjectType()
export class UserPage extends Paginated(UserType) {}

@InputType()
export class CreateUserInput {
  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field()
  areaCode!: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => [String])
  roles!: string[];

  @Field(() => InformantKindEnum, { nullable: true, description: '信息员类别：角色含信息员时必填，其他账号不填' })
  informantKind?: string | null;

  @Field({ description: '初始密码（首次登录须修改）' })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  areaCode?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;

  @Field(() => InformantKindEnum, { nullable: true, description: '信息员类别（仅信息员账号可改）' })
  informantKind?: string | null;
}
