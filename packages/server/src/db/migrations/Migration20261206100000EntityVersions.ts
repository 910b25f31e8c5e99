import { Migration } from '@mikro-orm/migrations';

/**
 * One data-access model (docs/adr/0015-one-data-access-model.md): rows that are changed after they are
 * written — 督办 answered, extensions decided, materials — carry `version` for MikroORM's optimistic
 * lock, like every other changed aggregate. Existing rows start at 1.
 */
export class Migration20261206100000EntityVersions extends Migration {
  override async up(): Promise<void> {
    for (const table of ['supervision_note', 'extension_request', 'application_material']) {
      this.addSql(`alter table "${table}" add column "version" int not null default 1;`);
    }
  }
}
