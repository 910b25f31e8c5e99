import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One row of the hash-chained operation log (操作日志). Append-only: the app role has no UPDATE/DELETE. */
@Entity({ tableName: 'audit_log' })
export class AuditLog {
  /** Contiguous chain position, assigned under the audit_head row lock. */
  @PrimaryKey({ type: 'bigint' })
  pos!: string;

  @Index()
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 64 })
  actorName!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  role?: string | null;

  /** Area of the actor's scope, for scoped reading. */
  @Index()
  @Property({ type: 'string', length: 12 })
  areaCode!: string;

  @Index()
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  entityType?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  entityId?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  diff?: unknown;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: 'string', length: 400, nullable: true })
  userAgent?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}

/** Single-row head of the chain; its row lock serialises appends so the chain never forks. */
@Entity({ tableName: 'audit_head' })
export class AuditHead {
  @PrimaryKey({ type: 'smallint' })
  id: number = 1;

  @Property({ type: 'bigint' })
  pos!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
