import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';

@ObjectType('Department', { description: '部门（事项的办理主体）' })
export class DepartmentType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  shortName!: string;

  @Field()
  areaCode!: string;

  @Field(() => Int)
  userCount!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class DepartmentPage extends Paginated(DepartmentType) {}

@InputType()
export class DepartmentInput {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  shortName!: string;
}
