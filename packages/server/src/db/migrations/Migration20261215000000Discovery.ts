import { Migration } from '@mikro-orm/migrations';

/**
 * 主动发现 (政策找人, modules/discovery, issue #15 item 4): discovery rules over the reference data and the ledger create
 * visit tasks (走访任务) for the household's village, with a deadline on the working-day calendar; the village or town
 * window records the outcome (已申请 / 无需救助 / 本人拒绝). One task per rule and subject, ever (`rule_code` +
 * `subject_key` unique): running the rules again adds only what is new. Under row-level security by the village.
 */
export class Migration20261215000000Discovery extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "visit_task" (
      "id" uuid not null primary key,
      "rule_code" varchar(24) not null,
      "subject_key" varchar(200) not null,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "person_id" uuid null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "summary" varchar(300) not null,
      "lines" jsonb not null default '[]',
      "due_date" date not null,
      "status" varchar(8) not null default 'OPEN' check ("status" in ('OPEN', 'DONE')),
      "outcome" varchar(12) null check ("outcome" in ('APPLIED', 'NOT_NEEDED', 'REFUSED')),
      "outcome_note" varchar(500) null,
      "done_by" uuid null,
      "done_by_name" varchar(64) null,
      "done_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "version" integer not null default 1,
      unique ("rule_code", "subject_key")
    );`);
    this.addSql(`create index "visit_task_area_status_idx" on "visit_task" ("area_code", "status", "due_date");`);
    this.addSql(`alter table "visit_task" enable row level security;`);
    this.addSql(`alter table "visit_task" force row level security;`);
    this.addSql(`create policy "visit_task_scope" on "visit_task" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "visit_task";`);
  }
}
