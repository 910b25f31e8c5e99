import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type ApplicationStatus = 'PENDING_CONFIRM' | 'ACCEPTED' | 'CLOSED' | 'REJECTED';

/** 申请: a 一表登记 accepted at the window, or a 预申请 waiting for the window to confirm it. */
@Entity({ tableName: 'application' })
export class Application {
  [OptionalProps]?:
    | 'id'
    | 'receiptNo'
    | 'queryNo'
    | 'householdId'
    | 'contact'
    | 'applicantPersonId'
    | 'windowAreaCode'
    | 'urgent'
    | 'authorizationSigned'
    | 'authorizationFileId'
    | 'description'
    | 'requested'
    | 'rejectReason'
    | 'acceptedAt'
    | 'acceptedByName'
    | 'closedAt'
    | 'createdAt'
    | 'createdBy'
    | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 32, nullable: true }) receiptNo?: string | null;
  /** 查询号 of a portal pre-application (modules/citizen): given at once; 受理号 comes when the window confirms. */
  @Property({ type: 'string', length: 32, nullable: true }) queryNo?: string | null;
  @Property({ type: 'uuid', nullable: true }) householdId?: string | null;
  /** A pre-application's contact: name, address, masked and sealed phone. */
  @Property({ type: 'json', nullable: true }) contact?: Record<string, string | null> | null;
  @Property({ type: 'uuid', nullable: true }) applicantPersonId?: string | null;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 12, nullable: true }) windowAreaCode?: string | null;
  @Property({ type: 'string', length: 16 }) channel!: 'WINDOW' | 'PORTAL' | 'INFORMANT' | 'PUBLIC';
  @Property({ type: 'string', length: 16 }) status!: ApplicationStatus;
  @Property({ type: 'boolean' }) urgent: boolean = false;
  @Property({ type: 'boolean' }) authorizationSigned: boolean = false;
  @Property({ type: 'uuid', nullable: true }) authorizationFileId?: string | null;
  @Property({ type: 'string', length: 1000, nullable: true }) description?: string | null;
  /** The programs asked for (programCode, personId, reason …) as entered. */
  @Property({ type: 'json' }) requested: unknown[] = [];
  @Property({ type: 'string', length: 500, nullable: true }) rejectReason?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) acceptedAt?: Date | null;
  @Property({ type: 'string', length: 64, nullable: true }) acceptedByName?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) closedAt?: Date | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) createdBy?: string | null;
  @Property({ type: 'string', length: 64 }) createdByName!: string;
  @Property({ type: 'integer', version: true }) version: number = 1;
}
