import { Migration } from '@mikro-orm/migrations';

/**
 * Reassessment jobs (复核任务) and their findings: after a parameter version is added, or on demand,
 * a background worker re-screens the ledger in the job's area in batches and stores the households
 * newly eligible but not receiving (漏救 candidates, MISSED) and those receiving but no longer
 * eligible (REVIEW). See docs/adr/0008-reassessment-jobs.md.
 *
 * A job row holds only counts and its area; it is visible in its own area and to users inside it
 * (a village user sees a district-wide job, but only the findings of its village). Findings carry
 * area_code under RLS like every ledger table.
 */
export class Migration20261129140000ProgramJobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "reassessment_job" (
      "id" uuid not null primary key,
      "kind" varchar(10) not null check ("kind" in ('PARAMETER', 'ON_DEMAND')),
      "program_code" varchar(32) not null,
      "parameter_code" varchar(64) null,
      "as_of" date not null,
      "status" varchar(10) not null default 'QUEUED' check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
      "total" int not null default 0,
      "processed" int not null default 0,
      "cursor" uuid null,
      "area_code" varchar(12) collate "C" not null,
      "area_prefix" varchar(12) collate "C" not null,
      "requested_by" uuid null,
      "requested_by_name" varchar(64) not null,
      "department_id" uuid null references "department" ("id"),
      "attempts" int not null default 0,
      "error" varchar(500) null,
      "created_at" timestamptz not null,
      "started_at" timestamptz null,
      "heartbeat_at" timestamptz null,
      "finished_at" timestamptz null);`);
    this.addSql(`create index "reassessment_job_queue_index" on "reassessment_job" ("status", "created_at");`);
    this.addSql(`create index "reassessment_job_area_index" on "reassessment_job" ("area_code", "created_at");`);

    this.addSql(`create table "reassessment_finding" (
      "id" uuid not null primary key,
      "job_id" uuid not null references "reassessment_job" ("id") on delete cascade,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "area_code" varchar(12) collate "C" not null,
      "program_code" varchar(32) not null,
      "kind" varchar(10) not null check ("kind" in ('MISSED', 'REVIEW')),
      "benefit_status" varchar(12) null,
      "before_outcome" varchar(16) not null,
      "after_outcome" varchar(16) not null,
      "before_amount_fen" bigint null,
      "after_amount_fen" bigint null,
      "created_at" timestamptz not null,
      unique ("job_id", "household_id", "program_code"));`);
    this.addSql(`create index "reassessment_finding_list_index" on "reassessment_finding" ("job_id", "kind", "area_code", "id");`);

    this.addSql(`alter table "reassessment_finding" enable row level security;`);
    this.addSql(`alter table "reassessment_finding" force row level security;`);
    this.addSql(
      `create policy "reassessment_finding_scope" on "reassessment_finding" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`,
    );

    // A job is visible in its area and to scopes inside it (read); written only within the writer's scope.
    this.addSql(`alter table "reassessment_job" enable row level security;`);
    this.addSql(`alter table "reassessment_job" force row level security;`);
    this.addSql(`create policy "reassessment_job_scope" on "reassessment_job"
      using (app_area_visible("area_code") or (coalesce(current_setting('app.area_prefix', true), '') not in ('', '*')
             and starts_with(current_setting('app.area_prefix', true), "area_prefix")))
      with check (app_area_visible("area_code"));`);
  }
}
