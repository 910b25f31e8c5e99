import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * 法定赡养/抚养/扶养义务人 of one member (`personId`) of a household. The ID number is sealed like a
 * person's (SM4 + blind index + masked copy); when it is registered in the ledger the supporter's own
 * person and household are linked (matched by the blind index).
 */
@Entity({ tableName: 'legal_supporter' })
export class LegalSupporter {
  [OptionalProps]?: 'id' | 'ability' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) householdId!: string;
  /** The member who is supported. */
  @Property({ type: 'uuid' }) personId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 50 }) name!: string;
  @Property({ type: 'text', nullable: true, hidden: true }) idEnc?: string | null;
  @Property({ type: 'string', length: 64, nullable: true, hidden: true }) idBidx?: string | null;
  @Property({ type: 'string', length: 18, nullable: true }) idMasked?: string | null;
  /** SUPPORT 赡养 / RAISE 抚养 / MAINTAIN 扶养. */
  @Property({ type: 'string', length: 8 }) duty!: string;
  /** RELATIONS code: who the supporter is, seen from the member (SON, DAUGHTER, SPOUSE …). */
  @Property({ type: 'string', length: 16 }) relation!: string;
  @Property({ type: 'uuid', nullable: true }) supporterPersonId?: string | null;
  @Property({ type: 'uuid', nullable: true }) supporterHouseholdId?: string | null;
  /** ABLE / UNABLE / UNKNOWN. */
  @Property({ type: 'string', length: 8 }) ability: string = 'UNKNOWN';
  @Property({ type: 'string', length: 16, nullable: true }) unableReason?: string | null;
  @Property({ type: 'bigint', nullable: true }) monthlyIncomeFen?: string | null;
  @Property({ type: 'string', length: 200, nullable: true }) note?: string | null;
  @Property({ type: 'string', length: 64 }) createdByName!: string;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}
