import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { ParameterChange, SimulationTally, SimulationView } from './whatif.service';

/**
 * 模拟测算's record (ADR 0010), sharing its id with its `job` row: the proposed `changes` and date, the
 * running `tally` (stored with each batch, so a resumed job continues from it) and the finished `result`.
 * Its state (status, progress, cancel) is the job's. The job changes the row after it is written, so it
 * is an entity with `version` (optimistic lock, ADR 0015): a stale run's flush is refused.
 */
@Entity({ tableName: 'simulation' })
export class Simulation {
  [OptionalProps]?: 'tally' | 'result' | 'createdAt' | 'version';

  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'date' }) asOf!: string;
  @Property({ type: 'json' }) changes!: ParameterChange[];
  @Property({ type: 'json', nullable: true }) tally?: SimulationTally | null;
  @Property({ type: 'json', nullable: true }) result?: SimulationView | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}
