import { Migration } from '@mikro-orm/migrations';

/**
 * Dated amendments of a program's materials, step time limits, total limit and 公示, recorded by the
 * owning department ("two unchanged"). Append-only like `parameter_version`: the application role may
 * insert and read, never update, delete or truncate (grants in db/database.ts), so what a referral's
 * clock or a materials checklist relied on is never rewritten. `amendment` holds the changed fields
 * (`materials`, `steps`, `totalLimit`, `publicity`, `note`) as in `ProgramAmendment` of packages/rules.
 * District-wide reference data: no area column.
 */
export class Migration20261129160000ProgramVersions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "program_version" (
      "id" uuid not null primary key,
      "program_code" varchar(64) not null,
      "department_id" uuid not null references "department" ("id"),
      "effective_from" date not null,
      "amendment" jsonb not null,
      "legal_ref" varchar(200) not null,
      "reason" varchar(300) not null,
      "created_by" uuid null,
      "created_by_name" varchar(64) not null,
      "created_at" timestamptz not null,
      unique ("program_code", "effective_from"));`);
  }
}
