import { Migration } from '@mikro-orm/migrations';

/**
 * 系统设置: global settings the system administrator edits in the console (modules/setting), e.g. the
 * 社会救助服务热线 printed on the 受理回执. Not area-scoped (one value for the deployment); every change
 * is in the operation log. Keys are the closed set of `SETTINGS` in code.
 */
export class Migration20261206500000Settings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "setting" (
      "key" varchar(64) not null primary key,
      "value" varchar(200) not null,
      "updated_by" uuid null,
      "updated_by_name" varchar(64) not null,
      "updated_at" timestamptz not null default now(),
      "version" integer not null default 1
    )`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "setting"`);
  }
}
