import { Entity, OptionalProps, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

/** Login session stored in PostgreSQL; the cookie carries a random token, the row its SM3 hash. */
@Entity({ tableName: 'user_session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'lastSeenAt' | 'mfaPending';

  /** SM3 hex of the cookie token. */
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Index()
  @ManyToOne(() => User)
  user!: User;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  lastSeenAt: Date = new Date();

  /** Absolute expiry regardless of activity. */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Property({ type: 'string', length: 400, nullable: true })
  userAgent?: string | null;

  /** True until the second factor has been verified. */
  @Property({ type: 'boolean' })
  mfaPending: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
