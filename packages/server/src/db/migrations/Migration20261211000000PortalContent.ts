import { Migration } from '@mikro-orm/migrations';

/**
 * 门户内容 (modules/portal, issue #15): what the public H5 portal shows besides 公示 — edited by staff in the console.
 *
 * - `service_window`: the 社会救助受理窗口 of a 镇街 or of the district itself (one row per area; a town without a row
 *   is still listed on the portal, with the default name and "请致电热线咨询"). `name` null = the default
 *   「<区划名称>便民服务中心 社会救助窗口」, so a renamed area renames its window. The area is a foreign key: a window
 *   follows a changed code and goes with a deleted area.
 * - `program_plain_text`: the plain-word texts of a program (政策查询) its owner department wrote — 一句话说明, 谁可以申请,
 *   能得到什么帮助, 怎么申请; a null column is generated from the catalogue in force (materials and time limits always are).
 *
 * Both are global reference data published to everyone (no personal data, no `area_code` scoping, no row-level
 * security — like `setting`); optimistic locking through `version`, every change in the operation log.
 */
export class Migration20261211000000PortalContent extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "service_window" (
      "area_code" varchar(12) not null primary key references "area" ("code") on update cascade on delete cascade,
      "name" varchar(60) null,
      "address" varchar(200) null,
      "hours" varchar(100) null,
      "phone" varchar(20) null,
      "map_text" varchar(300) null,
      "note" varchar(300) null,
      "updated_by" uuid null,
      "updated_by_name" varchar(64) not null,
      "updated_at" timestamptz not null default now(),
      "version" integer not null default 1
    );`);

    this.addSql(`create table "program_plain_text" (
      "program_code" varchar(32) not null primary key,
      "summary" varchar(200) null,
      "who_qualifies" varchar(2000) null,
      "what_help" varchar(2000) null,
      "how_to_apply" varchar(1000) null,
      "department_id" uuid null references "department" ("id") on delete set null,
      "updated_by" uuid null,
      "updated_by_name" varchar(64) not null,
      "updated_at" timestamptz not null default now(),
      "version" integer not null default 1
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "program_plain_text";`);
    this.addSql(`drop table if exists "service_window";`);
  }
}
