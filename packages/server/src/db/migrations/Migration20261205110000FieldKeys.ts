import { Migration } from '@mikro-orm/migrations';

/**
 * Field-encryption keys known to the database (S5): one row per master key that has sealed data,
 * named by its public key id, with a canary value sealed under it. The server and the CLI refuse to
 * start when their key does not open the canary of the ACTIVE key (modules/field-keys). During a
 * key rotation the old key is RETIRING and `rotation` holds the progress of `pnpm cli keys:rotate`
 * (cursor per table), so an interrupted rotation resumes; afterwards it is RETIRED.
 * The canary is created on the first start with a key (existing data is checked against it first).
 * Global rows like audit_head: not under row-level security.
 */
export class Migration20261205110000FieldKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "field_key" (
      "key_id" varchar(16) not null primary key,
      "canary" text not null,
      "state" varchar(16) not null check ("state" in ('ACTIVE', 'RETIRING', 'RETIRED')),
      "created_at" timestamptz not null default now(),
      "rotation" jsonb null,
      "retired_at" timestamptz null);`);
    this.addSql(`create unique index "field_key_one_active" on "field_key" ((true)) where "state" = 'ACTIVE';`);
    this.addSql(`create unique index "field_key_one_retiring" on "field_key" ((true)) where "state" = 'RETIRING';`);
  }
}
