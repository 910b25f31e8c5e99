import { Entity, OptionalProps, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** 统计用区划代码 tree node. The code is its own scope column (RLS on `code`). */
@Entity({ tableName: 'area' })
export class Area {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'parentCode' | 'version';

  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** 1 区县, 2 镇街, 3 村社 */
  @Property({ type: 'smallint' })
  level!: number;

  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  parentCode?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Optimistic lock (ADR 0015): two administrators saving the same row — the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
