import { Migration } from '@mikro-orm/migrations';

/** Simulation rows are changed by their job (tally, result) through the entity: `version` for the optimistic lock (ADR 0015). */
export class Migration20261206620000SimulationVersion extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "simulation" add column if not exists "version" int not null default 1;`);
  }
}
