import { Migration } from '@mikro-orm/migrations';

/** The working calendar's rows are changed by administrators: `version` for the entity's optimistic lock (ADR 0015). */
export class Migration20261206110000CalendarDayVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "calendar_day" add column "version" int not null default 1;`);
  }
}
