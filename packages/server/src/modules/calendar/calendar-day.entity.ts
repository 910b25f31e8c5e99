import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { DayOverrideKind } from '@xiejiu/rules';

/** 节假日与调休: one date that differs from the Monday–Friday rule (national data, no area scope). */
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  [OptionalProps]?: 'updatedBy' | 'updatedAt' | 'version';

  /** 'YYYY-MM-DD' */
  @PrimaryKey({ type: 'date' }) date!: string;
  @Property({ type: 'string', length: 8 }) kind!: DayOverrideKind;
  @Property({ type: 'string', length: 40 }) name!: string;
  @Property({ type: 'string', length: 200 }) source!: string;
  @Property({ type: 'uuid', nullable: true }) updatedBy?: string | null;
  @Property({ type: 'string', length: 64 }) updatedByName!: string;
  @Property({ type: 'timestamptz' }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}
