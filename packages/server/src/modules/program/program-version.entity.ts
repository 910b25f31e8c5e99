import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * 参数版本 and 事项版本: append-only records — a new value or amendment is a new row with its own effective
 * date, nothing changes a written row (so no `version`; docs/adr/0015-one-data-access-model.md). One per
 * code and date (unique): a second one for the same date is a CONFLICT.
 */
@Entity({ tableName: 'parameter_version' })
export class ParameterVersion {
  [OptionalProps]?: 'id' | 'note' | 'createdBy' | 'createdAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 64 }) parameterCode!: string;
  @Property({ type: 'date' }) effectiveFrom!: string;
  @Property({ type: 'json' }) value!: unknown;
  @Property({ type: 'string', length: 200 }) legalRef!: string;
  @Property({ type: 'string', length: 200, nullable: true }) note?: string | null;
  @Property({ type: 'string', length: 300 }) reason!: string;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'uuid', nullable: true }) createdBy?: string | null;
  @Property({ type: 'string', length: 64 }) createdByName!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}

@Entity({ tableName: 'program_version' })
export class ProgramVersion {
  [OptionalProps]?: 'id' | 'createdBy' | 'createdAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 64 }) programCode!: string;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'date' }) effectiveFrom!: string;
  @Property({ type: 'json' }) amendment!: Record<string, unknown>;
  @Property({ type: 'string', length: 200 }) legalRef!: string;
  @Property({ type: 'string', length: 300 }) reason!: string;
  @Property({ type: 'uuid', nullable: true }) createdBy?: string | null;
  @Property({ type: 'string', length: 64 }) createdByName!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
