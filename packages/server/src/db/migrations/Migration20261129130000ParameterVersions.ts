import { Migration } from '@mikro-orm/migrations';

/**
 * Dated parameter versions edited by the owning department ("two unchanged"). Append-only: the
 * application role may insert and read, never update or delete (grants in db/database.ts), so a
 * new standard never rewrites the values earlier decisions relied on. District-wide reference
 * data: no area column.
 */
export class Migration20261129130000ParameterVersions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "parameter_version" (
      "id" uuid not null primary key,
      "parameter_code" varchar(64) not null,
      "effective_from" date not null,
      "value" jsonb not null,
      "legal_ref" varchar(200) not null,
      "note" varchar(200) null,
      "reason" varchar(300) not null,
      "department_id" uuid not null references "department" ("id"),
      "created_by" uuid null,
      "created_by_name" varchar(64) not null,
      "created_at" timestamptz not null,
      unique ("parameter_code", "effective_from"));`);
  }
}
