import { Migration } from '@mikro-orm/migrations';

/**
 * 失业登记 (modules/roster dataset `unemployment`, issue #15 item 4): the registrations of 人力资源社会保障, a reference
 * dataset like the others of Migration20261207100000RosterImport — readable in the system scope only — for the discovery
 * rule 低保边缘家庭成员失业 (modules/discovery) and 信息比对 (modules/verification).
 */
export class Migration20261219000000Unemployment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ref_unemployment" (
      "id" uuid not null primary key,
      "batch_id" uuid not null,
      "line" int not null,
      "id_bidx" varchar(64) not null,
      "id_enc" text not null,
      "name" varchar(50) not null,
      "department_id" uuid null,
      "created_at" timestamptz not null default now(),
      "registered_on" date not null,
      "ended_on" date null,
      "agency" varchar(100) null);`);
    this.addSql(`create index "ref_unemployment_id_bidx_index" on "ref_unemployment" ("id_bidx");`);
    this.addSql(`alter table "ref_unemployment" enable row level security;`);
    this.addSql(`alter table "ref_unemployment" force row level security;`);
    this.addSql(
      `create policy "ref_unemployment_system" on "ref_unemployment" using (coalesce(current_setting('app.area_prefix', true), '') = '*') with check (coalesce(current_setting('app.area_prefix', true), '') = '*');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ref_unemployment" cascade;`);
  }
}
