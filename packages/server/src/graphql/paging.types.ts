import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

/** The one list convention: `page`/`pageSize` in, `{ items, total, page, pageSize }` out. */
@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { defaultValue: 1, description: '页码，从 1 开始' })
  page: number = 1;

  @Field(() => Int, { defaultValue: 20, description: '每页条数，1–100' })
  pageSize: number = 20;
}

export function Paginated<T extends object>(itemClass: ClassType<T>) {
  // Abstract: only the concrete `XxxPage` subclasses appear in the schema.
  @ObjectType()
  abstract class PageClass {
    @Field(() => [itemClass])
    items!: T[];

    @Field(() => Int)
    total!: number;

    @Field(() => Int)
    page!: number;

    @Field(() => Int)
    pageSize!: number;
  }
  return PageClass;
}
