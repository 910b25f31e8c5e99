import { Migration } from '@mikro-orm/migrations';

/**
 * 会商任务的时限 (modules/consultation, ADR 0030 amendment "Tasks' clock"): a department asks for more working days on a
 * follow-up task (`consultation_task_extension`, one pending per task), the joint meeting's supervisor approves or
 * rejects; an approval adds to `consultation_task.extension_days` and moves `due_date`/`warn_date`. The clock sweep
 * announces a task's 预警 and 超期 once per deadline: `warned_due` / `overdue_due` hold the deadline announced, so a
 * deadline moved by an extension can be announced again. Row-level security by the case's village, like the task.
 */
export class Migration20261222100000ConsultationTaskClock extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "consultation_task"
      add column "extension_days" integer not null default 0 check ("extension_days" >= 0),
      add column "warned_due" date null,
      add column "overdue_due" date null;`);
    this.addSql(`create table "consultation_task_extension" (
      "id" uuid not null primary key,
      "task_id" uuid not null references "consultation_task" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "days" integer not null check ("days" between 1 and 30),
      "reason" varchar(500) not null,
      "status" varchar(8) not null default 'PENDING' check ("status" in ('PENDING', 'APPROVED', 'REJECTED')),
      "requested_by" uuid null,
      "requested_by_name" varchar(64) not null,
      "requested_at" timestamptz not null,
      "decided_by" uuid null,
      "decided_by_name" varchar(64) null,
      "decided_at" timestamptz null,
      "decision_note" varchar(500) null
    );`);
    this.addSql(`create index "consultation_task_extension_task_idx" on "consultation_task_extension" ("task_id");`);
    this.addSql(`create unique index "consultation_task_extension_pending_uq" on "consultation_task_extension" ("task_id") where "status" = 'PENDING';`);
    this.addSql(`create index "consultation_task_extension_area_idx" on "consultation_task_extension" ("area_code", "status");`);
    this.addSql(`alter table "consultation_task_extension" enable row level security;`);
    this.addSql(`alter table "consultation_task_extension" force row level security;`);
    this.addSql(
      `create policy "consultation_task_extension_scope" on "consultation_task_extension" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consultation_task_extension";`);
    this.addSql(
      `alter table "consultation_task" drop column if exists "extension_days", drop column if exists "warned_due", drop column if exists "overdue_due";`,
    );
  }
}
