import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Person ∈ household over [fromDate, toDate); at most one open row per person (DB constraint). */
@Entity({ tableName: 'membership' })
export class Membership {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'uuid' }) personId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 16 }) relation!: string;
  @Property({ type: 'date' }) fromDate!: string;
  @Property({ type: 'date', nullable: true }) toDate?: string | null;
  @Property({ type: 'string', length: 16, nullable: true }) endReason?: string | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
