import { Entity, OptionalProps, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Department } from '../department/department.entity';

/** Token of an integrator system (对接系统): hashed, scoped to an area/department, expiring. */
@Entity({ tableName: 'api_token' })
export class ApiToken {
  [OptionalProps]?: 'id' | 'scopes' | 'createdAt' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** First characters of the token, shown to identify it. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Unique()
  @Property({ type: 'string', length: 64, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => Department, { nullable: true })
  department?: Department | null;

  @Property({ type: 'string', length: 12 })
  areaCode!: string;

  /** ApiTokenScope names (token-scopes.ts); the permissions are derived from them per request. */
  @Property({ type: 'text[]' })
  scopes: string[] = [];

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Optimistic lock (ADR 0015): two administrators saving the same row — the second gets CONFLICT. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
