import { Migration } from '@mikro-orm/migrations';

/**
 * 三级信息员: an informant account says whose it is (modules/user `informant-kinds.ts`) — 村社民政社保员, 村社小组长,
 * 志愿者 or 网格员. Accounts without the role INFORMANT have none. Existing informants count as 村社民政社保员 until the
 * system administrator says otherwise.
 */
export class Migration20261219300000InformantKind extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "informant_kind" varchar(16) null check ("informant_kind" in ('SOCIAL_WORKER', 'GROUP_LEADER', 'VOLUNTEER', 'GRID_WORKER'));`,
    );
    this.addSql(`update "app_user" set "informant_kind" = 'SOCIAL_WORKER' where 'INFORMANT' = any("roles");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column if exists "informant_kind";`);
  }
}
