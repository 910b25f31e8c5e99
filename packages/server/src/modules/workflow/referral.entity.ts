import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { ReferralStatus } from './states';

/**
 * 转办单: one program of an accepted application, handled by its owning department. State changes go
 * through this entity (referral.service.ts `transition`); `version` is MikroORM's optimistic lock, so
 * a change made by someone else since the row was read fails at flush (→ CONFLICT).
 */
@Entity({ tableName: 'referral' })
export class Referral {
  [OptionalProps]?:
    | 'id'
    | 'outcome'
    | 'reason'
    | 'screening'
    | 'extendableTo'
    | 'extensionDays'
    | 'pausedWd'
    | 'pausedSince'
    | 'dueDate'
    | 'warnDate'
    | 'escalationLevel'
    | 'supplementNote'
    | 'supplementDue'
    | 'publicityStart'
    | 'publicityUntil'
    | 'decisionAmountFen'
    | 'decisionStartMonth'
    | 'decisionReason'
    | 'legalRemedy'
    | 'verificationReportId'
    | 'decidedAt'
    | 'decidedByName'
    | 'benefitId'
    | 'transferredFromId'
    | 'transferredToId'
    | 'signedAt'
    | 'closedAt'
    | 'closedOnTime'
    | 'duplicateReason'
    | 'duplicateOf'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) applicationId!: string;
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'uuid', nullable: true }) personId?: string | null;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 32 }) programCode!: string;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'string', length: 16 }) status!: ReferralStatus;
  @Property({ type: 'string', length: 16, nullable: true }) outcome?: 'APPROVED' | 'REFUSED' | null;
  @Property({ type: 'string', length: 500, nullable: true }) reason?: string | null;
  @Property({ type: 'json', nullable: true }) screening?: Record<string, unknown> | null;
  @Property({ type: 'date' }) clockStart!: string;
  @Property({ type: 'integer' }) limitDays!: number;
  @Property({ type: 'integer', nullable: true }) extendableTo?: number | null;
  @Property({ type: 'integer' }) extensionDays: number = 0;
  @Property({ type: 'date' }) signDue!: string;
  @Property({ type: 'integer' }) pausedWd: number = 0;
  @Property({ type: 'date', nullable: true }) pausedSince?: string | null;
  @Property({ type: 'date', nullable: true }) dueDate?: string | null;
  @Property({ type: 'date', nullable: true }) warnDate?: string | null;
  @Property({ type: 'integer' }) escalationLevel: number = 0;
  @Property({ type: 'string', length: 500, nullable: true }) supplementNote?: string | null;
  @Property({ type: 'date', nullable: true }) supplementDue?: string | null;
  @Property({ type: 'date', nullable: true }) publicityStart?: string | null;
  @Property({ type: 'date', nullable: true }) publicityUntil?: string | null;
  /** Fen; bigint in the table, well inside Number.MAX_SAFE_INTEGER (capped by the service). */
  @Property({ type: 'integer', columnType: 'bigint', nullable: true }) decisionAmountFen?: number | null;
  @Property({ type: 'string', length: 7, nullable: true }) decisionStartMonth?: string | null;
  @Property({ type: 'string', length: 1000, nullable: true }) decisionReason?: string | null;
  @Property({ type: 'string', length: 1000, nullable: true }) legalRemedy?: string | null;
  @Property({ type: 'uuid', nullable: true }) verificationReportId?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) decidedAt?: Date | null;
  @Property({ type: 'string', length: 64, nullable: true }) decidedByName?: string | null;
  @Property({ type: 'uuid', nullable: true }) benefitId?: string | null;
  @Property({ type: 'uuid', nullable: true }) transferredFromId?: string | null;
  @Property({ type: 'uuid', nullable: true }) transferredToId?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) signedAt?: Date | null;
  @Property({ type: 'timestamptz', nullable: true }) closedAt?: Date | null;
  @Property({ type: 'boolean', nullable: true }) closedOnTime?: boolean | null;
  @Property({ type: 'string', length: 500, nullable: true }) duplicateReason?: string | null;
  @Property({ type: 'json', nullable: true }) duplicateOf?: unknown[] | null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}

/** The fields a transition may change (everything but identity, links set at creation, and the lock). */
export type ReferralChanges = Partial<
  Omit<Referral, 'id' | 'applicationId' | 'householdId' | 'areaCode' | 'programCode' | 'departmentId' | 'createdAt' | 'updatedAt' | 'version'>
>;
