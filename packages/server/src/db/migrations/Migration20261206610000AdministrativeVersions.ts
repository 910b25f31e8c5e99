import { Migration } from '@mikro-orm/migrations';

/**
 * Areas, departments and API tokens are changed through their entities: `version` for the optimistic
 * lock (ADR 0015), so two administrators saving the same row concurrently do not overwrite each other.
 */
export class Migration20261206610000AdministrativeVersions extends Migration {
  override async up(): Promise<void> {
    for (const table of ['area', 'department', 'api_token']) {
      this.addSql(`alter table "${table}" add column if not exists "version" int not null default 1;`);
    }
  }
}
