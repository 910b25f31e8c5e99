import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Monthly income item of a person (fen). Detail data: RLS limits departments to their cases. */
@Entity({ tableName: 'person_income' })
export class PersonIncome {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) personId!: string;
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 16 }) category!: string;
  @Property({ type: 'date' }) month!: string;
  @Property({ type: 'bigint' }) amountFen!: string;
  @Property({ type: 'string', length: 200, nullable: true }) note?: string | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}

/** Asset of a household (deposits, vehicles, property, business registration). */
@Entity({ tableName: 'person_asset' })
export class PersonAsset {
  [OptionalProps]?: 'id' | 'valueFen' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'uuid', nullable: true }) personId?: string | null;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 16 }) kind!: string;
  @Property({ type: 'bigint' }) valueFen: string = '0';
  @Property({ type: 'jsonb', nullable: true }) detail?: Record<string, unknown> | null;
  @Property({ type: 'string', length: 200, nullable: true }) note?: string | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
}

/** Tier changes of a household, with the reason. */
@Entity({ tableName: 'tier_history' })
export class TierHistory {
  [OptionalProps]?: 'id' | 'at';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 2, nullable: true }) fromTier?: string | null;
  @Property({ type: 'string', length: 2, nullable: true }) toTier?: string | null;
  @Property({ type: 'string', length: 200 }) reason!: string;
  @Property({ type: 'string', length: 64 }) actorName!: string;
  @Property({ type: 'timestamptz' }) at: Date = new Date();
}

/** Human-readable history of a household (created, members moved, split, merged, deceased …). */
@Entity({ tableName: 'household_event' })
export class HouseholdEvent {
  [OptionalProps]?: 'id' | 'at';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 32 }) kind!: string;
  @Property({ type: 'string', length: 300 }) summary!: string;
  @Property({ type: 'jsonb', nullable: true }) detail?: Record<string, unknown> | null;
  @Property({ type: 'string', length: 64 }) actorName!: string;
  @Property({ type: 'timestamptz' }) at: Date = new Date();
}
