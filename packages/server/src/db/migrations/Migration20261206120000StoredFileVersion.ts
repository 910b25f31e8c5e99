import { Migration } from '@mikro-orm/migrations';

/** Uploaded files are linked after they are written: `version` for the entity's optimistic lock (ADR 0015). */
export class Migration20261206120000StoredFileVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "stored_file" add column "version" int not null default 1;`);
  }
}
