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
