import { Entity, OptionalProps, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Department } from '../department/department.entity';

@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?:
    | 'id'
    | 'roles'
    | 'mfaEnabled'
    | 'failedLogins'
    | 'passwordChangedAt'
    | 'mustChangePassword'
    | 'disabled'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 64 })
  username!: string;

  @Property({ type: 'string', length: 64 })
  displayName!: string;

  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 12 })
  areaCode!: string;

  @ManyToOne(() => Department, { nullable: true })
  department?: Department | null;

  @Property({ type: 'text[]' })
  roles: string[] = [];

  /** 信息员类别 (modules/user `informant-kinds.ts`): set exactly when `roles` has INFORMANT. */
  @Property({ type: 'string', length: 16, nullable: true })
  informantKind?: string | null;

  /** TOTP secret, field-encrypted (SM4 + HMAC-SM3). */
  @Property({ type: 'text', nullable: true, hidden: true })
  totpSecretEnc?: string | null;

  @Property({ type: 'boolean' })
  mfaEnabled: boolean = false;

  /** Last accepted TOTP time step, so a code cannot be replayed. */
  @Property({ type: 'bigint', nullable: true, hidden: true })
  totpLastStep?: string | null;

  @Property({ type: 'integer' })
  failedLogins: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'timestamptz' })
  passwordChangedAt: Date = new Date();

  @Property({ type: 'boolean' })
  mustChangePassword: boolean = false;

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
