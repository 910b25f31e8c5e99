import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** 督办单: a supervisor's note on a referral, answered by the handling department. */
@Entity({ tableName: 'supervision_note' })
export class SupervisionNote {
  [OptionalProps]?: 'id' | 'issuedAt' | 'response' | 'respondedByName' | 'respondedAt' | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) referralId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'integer' }) level!: number;
  @Property({ type: 'string', length: 1000 }) message!: string;
  @Property({ type: 'string', length: 64 }) issuedByName!: string;
  @Property({ type: 'string', length: 12 }) issuerAreaCode!: string;
  @Property({ type: 'timestamptz' }) issuedAt: Date = new Date();
  @Property({ type: 'date' }) answerDue!: string;
  @Property({ type: 'string', length: 1000, nullable: true }) response?: string | null;
  @Property({ type: 'string', length: 64, nullable: true }) respondedByName?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) respondedAt?: Date | null;
  @Property({ type: 'integer', version: true }) version: number = 1;
}

/** 延期申请: the handling department asks for more working days; a supervisor decides. */
@Entity({ tableName: 'extension_request' })
export class ExtensionRequest {
  [OptionalProps]?: 'id' | 'requestedAt' | 'decidedByName' | 'decidedAt' | 'decisionNote' | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) referralId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'integer' }) days!: number;
  @Property({ type: 'string', length: 500 }) reason!: string;
  @Property({ type: 'string', length: 10 }) status!: 'PENDING' | 'APPROVED' | 'REJECTED';
  @Property({ type: 'string', length: 64 }) requestedByName!: string;
  @Property({ type: 'timestamptz' }) requestedAt: Date = new Date();
  @Property({ type: 'string', length: 64, nullable: true }) decidedByName?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) decidedAt?: Date | null;
  @Property({ type: 'string', length: 500, nullable: true }) decisionNote?: string | null;
  @Property({ type: 'integer', version: true }) version: number = 1;
}
