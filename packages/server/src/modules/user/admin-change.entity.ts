import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * 管理员账号变更申请 (two-person rule, ADR 0011): written by the request, changed once by the
 * decision (confirmed, rejected, expired) or when a newer request supersedes it. `version` is the
 * optimistic lock of ADR 0015; the decision also locks the row (`PESSIMISTIC_WRITE`).
 */
@Entity({ tableName: 'admin_change_request' })
export class AdminChangeRequest {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'requestedAt'
    | 'passwordHash'
    | 'roles'
    | 'decidedBy'
    | 'decidedByName'
    | 'decidedRole'
    | 'decidedAt'
    | 'decisionNote'
    | 'noticeSeenAt'
    | 'version';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'uuid' }) targetUserId!: string;
  @Property({ type: 'string', length: 12 }) areaCode!: string;
  @Property({ type: 'string', length: 16 }) kind!: 'PASSWORD_RESET' | 'MFA_RESET' | 'ROLES_SET';
  @Property({ type: 'text[]', nullable: true }) roles?: string[] | null;
  /** The new password's scrypt hash, only while the request is pending. */
  @Property({ type: 'string', length: 200, nullable: true, hidden: true }) passwordHash?: string | null;
  @Property({ type: 'string', length: 12 }) status: 'PENDING' | 'CONFIRMED' | 'REJECTED' | 'EXPIRED' | 'SUPERSEDED' = 'PENDING';
  @Property({ type: 'uuid' }) requestedBy!: string;
  @Property({ type: 'string', length: 64 }) requestedByName!: string;
  @Property({ type: 'string', length: 32 }) requestedRole!: string;
  @Property({ type: 'timestamptz' }) requestedAt: Date = new Date();
  @Property({ type: 'timestamptz' }) expiresAt!: Date;
  @Property({ type: 'uuid', nullable: true }) decidedBy?: string | null;
  @Property({ type: 'string', length: 64, nullable: true }) decidedByName?: string | null;
  @Property({ type: 'string', length: 32, nullable: true }) decidedRole?: string | null;
  @Property({ type: 'timestamptz', nullable: true }) decidedAt?: Date | null;
  @Property({ type: 'string', length: 200, nullable: true }) decisionNote?: string | null;
  /** Bookkeeping (the target read the outcome): set-based, does not bump the version. */
  @Property({ type: 'timestamptz', nullable: true }) noticeSeenAt?: Date | null;
  @Property({ type: 'integer', version: true }) version: number = 1;

  /** A pending request past its expiry reads as expired. */
  effectiveStatus(now: Date): AdminChangeRequest['status'] {
    return this.status === 'PENDING' && this.expiresAt <= now ? 'EXPIRED' : this.status;
  }
}
