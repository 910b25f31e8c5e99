import { Migration } from '@mikro-orm/migrations';

/**
 * Ledger gaps for unified verification (issue #13, ADR 0023):
 *
 * - `legal_supporter`: 法定赡养/抚养/扶养义务人 of one member of a household — the ID sealed like `person`
 *   (SM4 + blind index + masked copy), matched to a ledger person by the blind index when registered;
 *   ability to support (ABLE / UNABLE / UNKNOWN) with the reason; optimistic `version`.
 * - `household.no_legal_supporter_confirmed`: "we asked; nobody" (null = not asked).
 * - `household_authorisation`: 家庭经济状况核对授权书 — signed on, valid until, the data sources authorised,
 *   the members who signed, the stored file; revoked with a reason.
 *
 * Both tables carry the household's `area_code` (moved with it, `db/area-columns.ts`) under row-level
 * security like incomes and assets: area scope and the detail scope (windows of the area, departments
 * involved with the household).
 */
export class Migration20261209100000LegalSupport extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "household" add column "no_legal_supporter_confirmed" boolean null;`);

    this.addSql(`create table "legal_supporter" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "person_id" uuid not null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) collate "C" not null,
      "name" varchar(50) not null,
      "id_enc" text null,
      "id_bidx" varchar(64) null,
      "id_masked" varchar(18) null,
      "duty" varchar(8) not null check ("duty" in ('SUPPORT', 'RAISE', 'MAINTAIN')),
      "relation" varchar(16) not null,
      "supporter_person_id" uuid null,
      "supporter_household_id" uuid null,
      "ability" varchar(8) not null default 'UNKNOWN' check ("ability" in ('ABLE', 'UNABLE', 'UNKNOWN')),
      "unable_reason" varchar(16) null check ("unable_reason" in ('TEKUN', 'DIBAO_ELDER', 'ELDER_DISABLED', 'INCAPACITATED', 'MISSING', 'PRISON', 'OTHER')),
      "monthly_income_fen" bigint null check ("monthly_income_fen" >= 0),
      "note" varchar(200) null,
      "created_by_name" varchar(64) not null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "version" int not null default 1,
      check ("ability" = 'UNABLE' or "unable_reason" is null));`);
    this.addSql(`create index "legal_supporter_household_index" on "legal_supporter" ("household_id");`);
    this.addSql(`create index "legal_supporter_id_bidx_index" on "legal_supporter" ("id_bidx") where "id_bidx" is not null;`);

    this.addSql(`create table "household_authorisation" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "area_code" varchar(12) collate "C" not null,
      "signed_on" date not null,
      "valid_until" date not null,
      "scope" text[] not null,
      "signer_person_ids" uuid[] not null default '{}',
      "file_id" uuid null references "stored_file" ("id") deferrable initially deferred,
      "note" varchar(200) null,
      "recorded_by" uuid null,
      "recorded_by_name" varchar(64) not null,
      "created_at" timestamptz not null default now(),
      "revoked_at" timestamptz null,
      "revoked_reason" varchar(200) null,
      "revoked_by_name" varchar(64) null,
      "version" int not null default 1,
      check ("valid_until" >= "signed_on"),
      check (cardinality("scope") > 0));`);
    this.addSql(`create index "household_authorisation_household_index" on "household_authorisation" ("household_id", "signed_on");`);

    const rule = `app_area_visible("area_code") and (coalesce(current_setting('app.detail_scope', true), '') = 'area' or app_detail_visible("household_id"))`;
    for (const t of ['legal_supporter', 'household_authorisation']) {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(`create policy "${t}_scope" on "${t}" using (${rule}) with check (${rule});`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household_authorisation" cascade;`);
    this.addSql(`drop table if exists "legal_supporter" cascade;`);
    this.addSql(`alter table "household" drop column if exists "no_legal_supporter_confirmed";`);
  }
}
