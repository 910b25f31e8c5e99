import { ArrayType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { VerificationConclusion, VerificationMethod, VerificationStatus } from './verification.codes';

/**
 * 统一核查 of one household (README.md): started by a window or a department (with a valid authorisation),
 * method records, computation, maker-checker, report. `version` is MikroORM's optimistic lock (ADR 0015).
 */
@Entity({ tableName: 'verification' })
export class Verification {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'referralId'
    | 'reason'
    | 'startedBy'
    | 'startedDepartmentId'
    | 'draftedBy'
    | 'draftedByName'
    | 'draftedAt'
    | 'approvedBy'
    | 'approvedByName'
    | 'approvedAt'
    | 'returnedReason'
    | 'cancelledReason'
    | 'computation'
    | 'computedAt'
    | 'conclusion'
    | 'conclusionNote'
    | 'reportId'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 32 }) no!: string;
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'uuid', nullable: true }) referralId?: string | null = null;
  @Property({ type: 'uuid' }) authorisationId!: string;
  @Property({ type: 'string', length: 10 }) status: VerificationStatus = 'OPEN';
  @Property({ type: 'date' }) dueDate!: string;
  @Property({ type: 'string', length: 500, nullable: true }) reason?: string | null = null;
  @Property({ type: 'uuid', nullable: true }) startedBy?: string | null = null;
  @Property({ type: 'string', length: 64 }) startedByName!: string;
  @Property({ type: 'uuid', nullable: true }) startedDepartmentId?: string | null = null;
  @Property({ type: 'uuid', nullable: true }) draftedBy?: string | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) draftedByName?: string | null = null;
  @Property({ type: 'timestamptz', nullable: true }) draftedAt?: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) approvedBy?: string | null = null;
  @Property({ type: 'string', length: 64, nullable: true }) approvedByName?: string | null = null;
  @Property({ type: 'timestamptz', nullable: true }) approvedAt?: Date | null = null;
  @Property({ type: 'string', length: 500, nullable: true }) returnedReason?: string | null = null;
  @Property({ type: 'string', length: 500, nullable: true }) cancelledReason?: string | null = null;
  @Property({ type: 'jsonb', nullable: true }) computation?: Record<string, unknown> | null = null;
  @Property({ type: 'timestamptz', nullable: true }) computedAt?: Date | null = null;
  @Property({ type: 'string', length: 16, nullable: true }) conclusion?: VerificationConclusion | null = null;
  @Property({ type: 'string', length: 1000, nullable: true }) conclusionNote?: string | null = null;
  @Property({ type: 'uuid', nullable: true }) reportId?: string | null = null;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version: number = 1;
}

/** One entry of a verification method; the payload is validated per method (verification.payload.ts). */
@Entity({ tableName: 'verification_record' })
export class VerificationRecord {
  [OptionalProps]?: 'id' | 'fileIds' | 'recordedBy' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) verificationId!: string;
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 20 }) method!: VerificationMethod;
  @Property({ type: 'jsonb' }) payload!: Record<string, unknown>;
  @Property({ type: ArrayType, columnType: 'uuid[]' }) fileIds: string[] = [];
  @Property({ type: 'uuid', nullable: true }) recordedBy?: string | null = null;
  @Property({ type: 'string', length: 64 }) recordedByName!: string;
  @Property({ type: 'timestamptz' }) recordedAt: Date = new Date();
}

/** 核查报告: issued on approval; frozen `content` (report-content.ts); superseded by the next version. */
@Entity({ tableName: 'verification_report' })
export class VerificationReport {
  [OptionalProps]?: 'id' | 'supersededBy' | 'supersededAt' | 'draftedBy' | 'approvedBy' | 'createdAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 32 }) no!: string;
  @Property({ type: 'integer' }) version!: number;
  @Property({ type: 'uuid' }) householdId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'uuid' }) verificationId!: string;
  @Property({ type: 'timestamptz' }) issuedAt!: Date;
  @Property({ type: 'date' }) validUntil!: string;
  @Property({ type: 'uuid', nullable: true }) supersededBy?: string | null = null;
  @Property({ type: 'timestamptz', nullable: true }) supersededAt?: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) draftedBy?: string | null = null;
  @Property({ type: 'string', length: 64 }) draftedByName!: string;
  @Property({ type: 'uuid', nullable: true }) approvedBy?: string | null = null;
  @Property({ type: 'string', length: 64 }) approvedByName!: string;
  @Property({ type: 'string', length: 16 }) conclusion!: VerificationConclusion;
  @Property({ type: 'jsonb' }) content!: Record<string, unknown>;
  @Property({ type: 'timestamptz' }) createdAt: Date = new Date();
}
