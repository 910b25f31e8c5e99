import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 疑点 (finding) of a cross-check rule. Created and resolved set-based by the engine
 * (crosscheck.engine.ts); reviewed (属实 / 排除) and its department task completed through this entity,
 * whose `version` is MikroORM's optimistic lock (ADR 0015).
 */
@Entity({ tableName: 'finding' })
export class Finding {
  [OptionalProps]?: 'isCurrent' | 'version' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'smallint' }) ruleNo!: number;
  @Property({ type: 'string', length: 32 }) ruleCode!: string;
  @Property({ type: 'integer' }) ruleVersion!: number;
  @Property({ type: 'string', length: 6 }) severity!: 'HIGH' | 'MEDIUM' | 'LOW';
  @Property({ type: 'string', length: 10 }) status!: FindingStatus;
  @Property({ type: 'string', length: 120 }) subjectKey!: string;
  @Property({ type: 'boolean' }) isCurrent: boolean = true;
  @Property({ type: 'uuid', nullable: true }) personId?: string | null;
  @Property({ type: 'uuid', nullable: true }) householdId?: string | null;
  @Property({ type: 'uuid', nullable: true }) benefitId?: string | null;
  @Property({ type: 'string', length: 32, nullable: true }) programCode?: string | null;
  @Property({ type: 'uuid', nullable: true }) departmentId?: string | null;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 50, nullable: true }) personName?: string | null;
  @Property({ type: 'string', length: 18, nullable: true }) idMasked?: string | null;
  @Property({ type: 'string', length: 32 }) fingerprint!: string;
  @Property({ type: 'string', length: 300 }) summary!: string;
  @Property({ type: 'jsonb' }) evidence!: Record<string, unknown>;
  @Property({ type: 'uuid', nullable: true }) runId?: string | null;
  @Property({ type: 'date' }) dueDate!: string;
  @Property({ type: 'uuid', nullable: true }) reviewerId?: string | null;
  @Property({ type: 'string', length: 64, nullable: true }) reviewerName?: string | null;
  @Property({ type: 'string', length: 500, nullable: true }) reason?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) decidedAt?: Date | null;
  @Property({ type: 'string', length: 10, nullable: true }) taskStatus?: 'PENDING' | 'DONE' | null;
  @Property({ type: 'string', length: 16, nullable: true }) taskOutcome?: string | null;
  @Property({ type: 'string', length: 500, nullable: true }) taskNote?: string | null;
  @Property({ type: 'string', length: 64, nullable: true }) taskDoneByName?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) taskDoneAt?: Date | null;
  @Property({ type: 'timestamptz' }) createdAt!: Date;
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}

export type FindingStatus = 'PENDING' | 'CONFIRMED' | 'DISMISSED' | 'RESOLVED';
