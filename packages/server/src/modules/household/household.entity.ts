import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** 户: the unit of the ledger. area_code is the RLS scope column of every ledger row. */
@Entity({ tableName: 'household' })
export class Household {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 20, nullable: true }) groupNo?: string | null;
  @Property({ type: 'string', length: 200 }) address!: string;
  @Property({ type: 'string', length: 10 }) residenceType!: string;
  @Property({ type: 'uuid', nullable: true }) headPersonId?: string | null;
  @Property({ type: 'text', nullable: true, hidden: true }) phoneEnc?: string | null;
  @Property({ type: 'string', length: 64, nullable: true, hidden: true }) phoneBidx?: string | null;
  @Property({ type: 'string', length: 20, nullable: true }) phoneMasked?: string | null;
  @Property({ type: 'string', length: 2, nullable: true }) tier?: string | null;
  @Property({ type: 'string', length: 200, nullable: true }) tierReason?: string | null;
  @Property({ type: 'string', length: 10 }) status: string = 'ACTIVE';
  @Property({ type: 'string', length: 100, nullable: true }) closedReason?: string | null;
  /** 已核实无法定赡养/抚养/扶养义务人: true = asked, nobody; false = there are some; null = not asked. */
  @Property({ type: 'boolean', nullable: true }) noLegalSupporterConfirmed?: boolean | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}
