import { Migration } from '@mikro-orm/migrations';
import { HOLIDAYS_CN_2026 } from '../../seed/holidays-cn-2026';

/**
 * Working-day calendar (节假日与调休): the dates that differ from the Monday–Friday rule, national
 * (no area column, no RLS), edited by system administrators. Seeded with the State Council's
 * 2026 arrangement; `on conflict do nothing` keeps administrators' edits if it ever runs again.
 */
export class Migration20261129141000Calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "calendar_day" (
      "date" date not null primary key,
      "kind" varchar(8) not null check ("kind" in ('HOLIDAY', 'WORKDAY')),
      "name" varchar(40) not null,
      "source" varchar(200) not null,
      "updated_by" uuid null,
      "updated_by_name" varchar(64) not null,
      "updated_at" timestamptz not null default now(),
      constraint "calendar_day_workday_on_weekend" check ("kind" <> 'WORKDAY' or extract(isodow from "date") >= 6));`);
    const seed = HOLIDAYS_CN_2026;
    const values = seed.days.map((d) => `('${d.date}', '${d.kind}', ${quote(d.name)}, ${quote(seed.source)}, '系统（初始数据）')`);
    this.addSql(`insert into "calendar_day" ("date", "kind", "name", "source", "updated_by_name") values
      ${values.join(',\n      ')}
      on conflict ("date") do nothing;`);
  }
}

function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
