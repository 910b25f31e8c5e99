import { Migration } from '@mikro-orm/migrations';

/**
 * 个案会商 (modules/consultation, issue #16 item 2): a window or a department escalates a case no single department can
 * settle (`consultation_case`) to the town or the district joint meeting (联席会议); the meeting's record
 * (`joint_meeting`: date, place, members, recorder, summary) lists the cases it discussed with a decision each
 * (`joint_meeting_case`) and assigns follow-up tasks to departments (`consultation_task`) with a deadline on the
 * working-day calendar, tracked like referral clocks. Cases, decisions and tasks follow the household's village
 * (row-level security by it); a meeting keeps the town or district it was held for.
 */
export class Migration20261221100000Consultation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "consultation_case" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "application_id" uuid null references "application" ("id") deferrable initially deferred,
      "referral_id" uuid null references "referral" ("id") deferrable initially deferred,
      "level" varchar(8) not null check ("level" in ('TOWN', 'DISTRICT')),
      "area_code" varchar(12) not null,
      "reason" varchar(1000) not null,
      "status" varchar(10) not null default 'PENDING' check ("status" in ('PENDING', 'DISCUSSED', 'CLOSED')),
      "raised_by" uuid null,
      "raised_by_name" varchar(64) not null,
      "raised_by_department_id" uuid null references "department" ("id") deferrable initially deferred,
      "raised_at" timestamptz not null,
      "closed_at" timestamptz null,
      "version" integer not null default 1
    );`);
    this.addSql(`create index "consultation_case_area_idx" on "consultation_case" ("area_code", "status", "raised_at");`);
    this.addSql(`create index "consultation_case_household_idx" on "consultation_case" ("household_id");`);
    // One 待会商 case per household and level: two windows escalating at the same moment get a CONFLICT, not two cases.
    this.addSql(`create unique index "consultation_case_pending_uq" on "consultation_case" ("household_id", "level") where "status" = 'PENDING';`);
    this.addSql(`create table "joint_meeting" (
      "id" uuid not null primary key,
      "level" varchar(8) not null check ("level" in ('TOWN', 'DISTRICT')),
      "area_code" varchar(12) not null,
      "meeting_date" date not null,
      "place" varchar(100) not null,
      "members" jsonb not null default '[]',
      "recorder" varchar(50) not null,
      "summary" varchar(2000) null,
      "recorded_by" uuid null,
      "recorded_by_name" varchar(64) not null,
      "recorded_at" timestamptz not null
    );`);
    this.addSql(`create index "joint_meeting_area_idx" on "joint_meeting" ("area_code", "meeting_date");`);
    this.addSql(`create table "joint_meeting_case" (
      "id" uuid not null primary key,
      "meeting_id" uuid not null references "joint_meeting" ("id") deferrable initially deferred,
      "case_id" uuid not null references "consultation_case" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "meeting_date" date not null,
      "decision" varchar(2000) not null,
      unique ("meeting_id", "case_id")
    );`);
    this.addSql(`create index "joint_meeting_case_case_idx" on "joint_meeting_case" ("case_id");`);
    this.addSql(`create table "consultation_task" (
      "id" uuid not null primary key,
      "case_id" uuid not null references "consultation_case" ("id") deferrable initially deferred,
      "meeting_id" uuid not null references "joint_meeting" ("id") deferrable initially deferred,
      "department_id" uuid not null references "department" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "content" varchar(500) not null,
      "clock_start" date not null,
      "limit_days" integer not null check ("limit_days" > 0),
      "due_date" date not null,
      "warn_date" date not null,
      "status" varchar(8) not null default 'OPEN' check ("status" in ('OPEN', 'DONE')),
      "done_note" varchar(1000) null,
      "done_by" uuid null,
      "done_by_name" varchar(64) null,
      "done_at" timestamptz null,
      "closed_on" date null,
      "created_at" timestamptz not null,
      "version" integer not null default 1
    );`);
    this.addSql(`create index "consultation_task_dept_idx" on "consultation_task" ("department_id", "status", "due_date");`);
    this.addSql(`create index "consultation_task_area_idx" on "consultation_task" ("area_code", "status", "due_date");`);
    this.addSql(`create index "consultation_task_case_idx" on "consultation_task" ("case_id");`);
    for (const t of ['consultation_case', 'joint_meeting', 'joint_meeting_case', 'consultation_task']) {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(`create policy "${t}_scope" on "${t}" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consultation_task", "joint_meeting_case", "joint_meeting", "consultation_case";`);
  }
}
