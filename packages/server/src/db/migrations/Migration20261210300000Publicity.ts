import { Migration } from '@mikro-orm/migrations';

/**
 * 公示 (modules/publicity, issue #14, ADR 0024):
 *
 * - `publicity_entry`: one published notice of a referral in 公示中, written in the transition that moves it there.
 *   Only what is published, computed at creation: `name_masked` (张*明), `area_name` (镇街 + 村社 + 组, no detail
 *   address), `household_size`, `amount_fen` (null where the program does not publish amounts), the program, the
 *   period `starts_on`–`ends_on`; `status` ACTIVE / OBJECTED / ENDED / WITHDRAWN and `taken_down_at`. No full name,
 *   ID number or address is stored. At most one ACTIVE entry per referral.
 * - `publicity_objection`: an objection (异议) to an entry — from the public (portal), recorded by a window, or
 *   given by the department when it ends the 公示 with an objection; the contact phone sealed (SM4) + masked.
 *
 * Both carry the household's village (`area_code`, moved with it: db/area-columns.ts) under row-level security
 * (`app_area_visible`). The public list reads masked columns through a narrow system path (publicity.query.ts).
 */
export class Migration20261210300000Publicity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "publicity_entry" (
      "id" uuid not null primary key,
      "referral_id" uuid not null references "referral" ("id") deferrable initially deferred,
      "application_id" uuid not null references "application" ("id") deferrable initially deferred,
      "area_code" varchar(12) collate "C" not null,
      "program_code" varchar(32) not null,
      "name_masked" varchar(50) not null,
      "area_name" varchar(200) not null,
      "household_size" int not null check ("household_size" >= 1),
      "amount_fen" bigint null check ("amount_fen" >= 0),
      "starts_on" date not null,
      "ends_on" date not null,
      "status" varchar(10) not null default 'ACTIVE' check ("status" in ('ACTIVE', 'OBJECTED', 'ENDED', 'WITHDRAWN')),
      "taken_down_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      check ("ends_on" >= "starts_on"),
      check (("status" = 'ACTIVE') = ("taken_down_at" is null)));`);
    this.addSql(`create unique index "publicity_entry_active_referral" on "publicity_entry" ("referral_id") where "status" = 'ACTIVE';`);
    this.addSql(`create index "publicity_entry_public_index" on "publicity_entry" ("status", "area_code", "starts_on", "ends_on");`);
    this.addSql(`create index "publicity_entry_referral_index" on "publicity_entry" ("referral_id");`);

    this.addSql(`create table "publicity_objection" (
      "id" uuid not null primary key,
      "entry_id" uuid not null references "publicity_entry" ("id") deferrable initially deferred,
      "referral_id" uuid not null references "referral" ("id") deferrable initially deferred,
      "area_code" varchar(12) collate "C" not null,
      "source" varchar(10) not null check ("source" in ('PUBLIC', 'WINDOW', 'DEPARTMENT')),
      "content" varchar(1000) not null,
      "contact_name" varchar(50) null,
      "contact_phone_enc" text null,
      "contact_phone_masked" varchar(20) null,
      "recorded_by" uuid null,
      "recorded_by_name" varchar(64) not null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "publicity_objection_entry_index" on "publicity_objection" ("entry_id", "created_at");`);

    for (const t of ['publicity_entry', 'publicity_objection']) {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(`create policy "${t}_scope" on "${t}" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "publicity_objection" cascade;`);
    this.addSql(`drop table if exists "publicity_entry" cascade;`);
  }
}
