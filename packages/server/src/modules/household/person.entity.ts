import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A resident. ID and phone are stored encrypted with a blind index and a masked copy. */
@Entity({ tableName: 'person' })
export class Person {
  [OptionalProps]?: 'id' | 'statuses' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 50 }) name!: string;
  @Property({ type: 'text', hidden: true }) idEnc!: string;
  @Property({ type: 'string', length: 64, hidden: true }) idBidx!: string;
  @Property({ type: 'string', length: 18 }) idMasked!: string;
  @Property({ type: 'date' }) birthDate!: string;
  @Property({ type: 'string', length: 1 }) sex!: string;
  @Property({ type: 'text', nullable: true, hidden: true }) phoneEnc?: string | null;
  @Property({ type: 'string', length: 64, nullable: true, hidden: true }) phoneBidx?: string | null;
  @Property({ type: 'string', length: 20, nullable: true }) phoneMasked?: string | null;
  /** Area of the current household (denormalised for RLS). */
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'uuid', nullable: true }) householdId?: string | null;
  @Property({ type: 'string', length: 10, nullable: true }) labourCapacity?: string | null;
  @Property({ type: 'string', length: 16, nullable: true }) disabilityType?: string | null;
  @Property({ type: 'smallint', nullable: true }) disabilityGrade?: number | null;
  @Property({ type: 'string', length: 40, nullable: true }) disabilityCert?: string | null;
  @Property({ type: 'string', length: 100, nullable: true }) seriousIllness?: string | null;
  @Property({ type: 'string', length: 16, nullable: true }) schoolStatus?: string | null;
  @Property({ type: 'string', length: 20, nullable: true }) employmentStatus?: string | null;
  @Property({ type: 'text[]' }) statuses: string[] = [];
  @Property({ type: 'date', nullable: true }) deathDate?: string | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}
