import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One link of the household's benefits chain (一户一条救助链). Money in fen. */
@Entity({ tableName: 'benefit' })
export class Benefit {
  [OptionalProps]?: 'id' | 'monthlyAmountFen' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'uuid', nullable: true }) personId?: string | null;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 32 }) programCode!: string;
  @Property({ type: 'string', length: 12 }) status!: string;
  @Property({ type: 'bigint' }) monthlyAmountFen: string = '0';
  @Property({ type: 'date', nullable: true }) startDate?: string | null;
  @Property({ type: 'date', nullable: true }) endDate?: string | null;
  @Property({ type: 'string', length: 10 }) source!: string;
  @Property({ type: 'string', length: 64, nullable: true }) sourceRef?: string | null;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}
