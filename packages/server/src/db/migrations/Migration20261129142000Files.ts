import { Migration } from '@mikro-orm/migrations';

/**
 * Uploaded materials (modules/files). The bytes live in the file storage (FILE_STORAGE_DIR), not
 * here; a row holds the server-made storage key, checksum, detected type and size, the sanitised
 * original name, the uploader and the uploader's area (row-level security like the ledger), and
 * — once an application uses it — its owner. The application role may not delete rows
 * (grants in db/database.ts): materials are evidence.
 */
export class Migration20261129142000Files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "stored_file" (
      "id" uuid not null primary key,
      "storage_key" varchar(64) not null unique,
      "sha256" char(64) not null,
      "mime" varchar(40) not null check ("mime" in ('image/jpeg', 'image/png', 'application/pdf')),
      "size" integer not null check ("size" > 0),
      "original_name" varchar(120) not null,
      "area_code" varchar(12) collate "C" not null references "area" ("code") on update cascade,
      "uploaded_by" uuid null,
      "uploaded_by_name" varchar(64) not null,
      "uploaded_at" timestamptz not null default now(),
      "owner_type" varchar(40) null,
      "owner_id" uuid null,
      "linked_at" timestamptz null,
      constraint "stored_file_owner_check" check (("owner_type" is null) = ("owner_id" is null) and ("owner_id" is null) = ("linked_at" is null)));`);
    this.addSql(`create index "stored_file_area_code_index" on "stored_file" ("area_code", "uploaded_at");`);
    this.addSql(`create index "stored_file_owner_index" on "stored_file" ("owner_type", "owner_id") where "owner_id" is not null;`);
    this.addSql(`alter table "stored_file" enable row level security;`);
    this.addSql(`alter table "stored_file" force row level security;`);
    this.addSql(`create policy "stored_file_scope" on "stored_file" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
  }
}
