import { ArrayType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * 家庭经济状况核对授权书: the household's signed consent to query the listed data sources. Valid while not
 * revoked and `signedOn ≤ today ≤ validUntil`.
 */
@Entity({ tableName: 'household_authorisation' })
export class HouseholdAuthorisation {
  [OptionalProps]?: 'id' | 'signerPersonIds' | 'createdAt' | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'date' }) signedOn!: string;
  @Property({ type: 'date' }) validUntil!: string;
  /** Codes of the data sources authorised (AUTHORISATION_SCOPES). */
  @Property({ type: ArrayType, columnType: 'text[]' }) scope!: string[];
  @Property({ type: ArrayType, columnType: 'uuid[]' }) signerPersonIds: string[] = [];
  @Property({ type: 'uuid', nullable: true }) fileId?: string | null;
  @Property({ type: 'string', length: 200, nullable: true }) note?: string | null;
  @Property({ type: 'uuid', nullable: true }) recordedBy?: string | null;
  @Property({ type: 'string', length: 64 }) recordedByName!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', nullable: true }) revokedAt?: Date | null;
  @Property({ type: 'string', length: 200, nullable: true }) revokedReason?: string | null;
  @Property({ type: 'string', length: 64, nullable: true }) revokedByName?: string | null;
  @Property({ type: 'integer', version: true }) version: number = 1;
}
