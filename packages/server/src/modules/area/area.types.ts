import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../graphql/paging.types';

@ObjectType('Area', { description: '行政区划（统计用区划代码）' })
export class AreaType {
  @Field({ description: '12 位统计用区划代码' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: '1 区县 · 2 镇街 · 3 村社' })
  level!: number;

  @Field()
  levelName!: string;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;

  @Field(() => Int)
  childCount!: number;
}

@ObjectType()
export class AreaPage extends Paginated(AreaType) {}

@InputType()
export class AreaInput {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  parentCode?: string | null;
}
