import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * 复核任务's business record (ADR 0008/0010): kind, program, parameter, date, area — sharing its id with
 * its `job` row. Written once when queued and never changed: its state (status, progress, cancel) is the
 * job's, kept by the jobs module's runner. So it carries no version (append-only, ADR 0015); its findings
 * (`reassessment_finding`) are written set-based, one statement per batch, by the job.
 */
@Entity({ tableName: 'reassessment' })
export class Reassessment {
  [OptionalProps]?: 'parameterCode' | 'createdAt';

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 10 }) kind!: 'PARAMETER' | 'ON_DEMAND';
  @Property({ type: 'string', length: 32 }) programCode!: string;
  @Property({ type: 'string', length: 64, nullable: true }) parameterCode?: string | null;
  @Property({ type: 'date' }) asOf!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 12 }) areaPrefix!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}

/**
 * A 复核 finding (`reassessment_finding`): written set-based by the job (one insert per batch), then changed
 * once — 已联系 (`contactMissedFinding`) by a window of the household's area — so it carries `version` (ADR 0015).
 * Only the columns the contact reads and writes are mapped; the job's columns are read by SQL (lists).
 */
@Entity({ tableName: 'reassessment_finding' })
export class ReassessmentFinding {
  [OptionalProps]?: 'personId' | 'contactedAt' | 'contactedBy' | 'contactedByName' | 'contactNote' | 'version';

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) jobId!: string;
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'uuid', nullable: true }) personId?: string | null;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 32 }) programCode!: string;
  @Property({ type: 'string', length: 10 }) kind!: 'MISSED' | 'REVIEW';
  @Property({ type: 'timestamptz', nullable: true }) contactedAt?: Date | null;
  @Property({ type: 'uuid', nullable: true }) contactedBy?: string | null;
  @Property({ type: 'string', length: 100, nullable: true }) contactedByName?: string | null;
  @Property({ type: 'string', length: 500, nullable: true }) contactNote?: string | null;
  @Property({ type: 'integer', version: true }) version: number = 1;
}
