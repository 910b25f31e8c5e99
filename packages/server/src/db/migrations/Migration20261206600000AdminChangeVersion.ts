import { Migration } from '@mikro-orm/migrations';

/** Administrator change requests become an entity: `version` for the optimistic lock (ADR 0015). */
export class Migration20261206600000AdminChangeVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "admin_change_request" add column if not exists "version" int not null default 1;`);
  }
}
