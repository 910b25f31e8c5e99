import { Migration } from '@mikro-orm/migrations';

/**
 * 绿色通道 先行救助 (modules/workflow `advance-relief.service.ts`, issue #15 item 3): the town grants 临时救助 first
 * to an urgent (急难) application, up to the amount of the setting `ADVANCE_RELIEF_MAX_YUAN`; the paperwork (a 临时救助
 * referral of the same application) must follow by `paperwork_due` (`ADVANCE_RELIEF_PAPERWORK_DAYS` working days),
 * else the grant appears in 督办. One grant per application. Under row-level security by the application's area.
 */
export class Migration20261214000000AdvanceRelief extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "advance_relief" (
      "id" uuid not null primary key,
      "application_id" uuid not null unique references "application" ("id"),
      "area_code" varchar(12) not null,
      "amount_fen" bigint not null check ("amount_fen" > 0),
      "reason" varchar(500) not null,
      "grant_date" date not null,
      "paperwork_due" date not null,
      "granted_by" uuid null,
      "granted_by_name" varchar(64) not null,
      "granted_at" timestamptz not null default now(),
      "version" integer not null default 1
    );`);
    this.addSql(`create index "advance_relief_due_idx" on "advance_relief" ("paperwork_due");`);
    this.addSql(`alter table "advance_relief" enable row level security;`);
    this.addSql(`alter table "advance_relief" force row level security;`);
    this.addSql(`create policy "advance_relief_scope" on "advance_relief" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "advance_relief";`);
  }
}
