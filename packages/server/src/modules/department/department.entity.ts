import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A department (民政、人社、教育 …) that owns programs and decides their referrals. */
@Entity({ tableName: 'department' })
export class Department {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 20 })
  shortName!: string;

  /** The district the department serves (12-digit code). */
  @Property({ type: 'string', length: 12 })
  areaCode!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Optimistic lock (ADR 0015): two administrators saving the same row — the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
