import { Migration } from '@mikro-orm/migrations';

/**
 * Household search at district scale (P3): C-collated area codes and names, so one btree index
 * serves both the prefix range (col >= p and col < p⁺, see shared/scope.ts prefixSql) and the
 * page order, letting a page stop after 20 rows instead of sorting every match.
 */
export class Migration20261129120000LedgerSearch extends Migration {
  override async up(): Promise<void> {
    // A column used by a policy cannot change type: drop and recreate the scope policies around it.
    for (const t of ['household', 'person']) this.addSql(`drop policy "${t}_scope" on "${t}";`);
    this.addSql(`alter table "household" alter column "area_code" type varchar(12) collate "C";`);
    this.addSql(`alter table "person" alter column "area_code" type varchar(12) collate "C";`);
    for (const t of ['household', 'person']) {
      this.addSql(`create policy "${t}_scope" on "${t}" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
    }
    this.addSql(`alter table "person" alter column "name" type varchar(50) collate "C";`);
    this.addSql(`drop index if exists "household_tier_index";`);
    this.addSql(`create index "household_list_order_index" on "household" ("area_code", "created_at", "id") where "status" = 'ACTIVE';`);
    this.addSql(
      `create index "household_tier_order_index" on "household" ("tier", "area_code", "created_at", "id") where "status" = 'ACTIVE' and "tier" is not null;`,
    );
    this.addSql(`drop index if exists "person_name_index";`);
    this.addSql(`create index "person_name_index" on "person" ("name", "area_code") include ("household_id");`);
    this.addSql(`analyze "household";`);
    this.addSql(`analyze "person";`);
  }
}
