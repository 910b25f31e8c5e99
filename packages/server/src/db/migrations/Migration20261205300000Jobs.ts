import { Migration } from '@mikro-orm/migrations';

/**
 * Background jobs on graphile-worker (ADR 0010). graphile-worker's own schema (`graphile_worker`) is
 * installed by the owner at start (`db/database.ts`); this migration adds what we keep ourselves:
 *
 * - `job`: one row per tracked job — the "one place to look": kind, status, progress (`total`,
 *   `processed`), resume `checkpoint`, attempts, error, cancel request, the area it runs in and who
 *   started it. Visible in its area and to scopes inside it (RLS, as reassessment jobs were); the
 *   service narrows by kind (jobs.registry.ts). System jobs (cron) have no area.
 * - `reassessment_job` becomes `reassessment` (the business record: kind, program, parameter, date,
 *   area) sharing its id with its `job` row; execution state moves to `job`.
 * - `simulation`: 模拟测算 requests and results (proposed `changes`, running `tally`, finished
 *   `result`), sharing its id with its `job` row — no longer stored in the reassessment table.
 * - `outbox_event.consumed_at` / `delivery_status`: the outbox consumer's mark.
 */
export class Migration20261205300000Jobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "job" (
      "id" uuid not null primary key,
      "kind" varchar(32) not null,
      "title" varchar(200) not null,
      "status" varchar(10) not null default 'QUEUED' check ("status" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
      "payload" jsonb not null default '{}',
      "checkpoint" jsonb null,
      "total" int not null default 0,
      "processed" int not null default 0,
      "attempts" int not null default 0,
      "max_attempts" int not null default 3,
      "error" varchar(500) null,
      "cancel_requested" boolean not null default false,
      "area_code" varchar(12) collate "C" null,
      "area_prefix" varchar(12) collate "C" null,
      "requested_by" uuid null,
      "requested_by_name" varchar(64) not null,
      "department_id" uuid null references "department" ("id"),
      "created_at" timestamptz not null default now(),
      "started_at" timestamptz null,
      "heartbeat_at" timestamptz null,
      "finished_at" timestamptz null);`);
    this.addSql(`create index "job_area_index" on "job" ("area_code", "created_at");`);
    this.addSql(`create index "job_kind_index" on "job" ("kind", "created_at");`);
    this.addSql(`create index "job_active_index" on "job" ("status", "heartbeat_at") where "status" in ('QUEUED', 'RUNNING');`);
    this.addSql(`alter table "job" enable row level security;`);
    this.addSql(`alter table "job" force row level security;`);
    // Read: the job's area and scopes inside it; system jobs (no area) to any scoped actor — the service
    // shows them only to holders of job.system. Write: within the writer's scope ('*' for system jobs).
    this.addSql(`create policy "job_scope" on "job"
      using (app_area_visible("area_code")
             or ("area_code" is null and coalesce(current_setting('app.area_prefix', true), '') <> '')
             or (coalesce(current_setting('app.area_prefix', true), '') not in ('', '*') and "area_prefix" is not null
                 and starts_with(current_setting('app.area_prefix', true), "area_prefix")))
      with check (app_area_visible("area_code"));`);

    // Existing queue rows become jobs (same ids).
    this.addSql(`insert into "job" ("id", "kind", "title", "status", "payload", "checkpoint", "total", "processed", "attempts", "max_attempts", "error",
        "area_code", "area_prefix", "requested_by", "requested_by_name", "department_id", "created_at", "started_at", "heartbeat_at", "finished_at")
      select "id", case "kind" when 'SIMULATION' then 'simulation' else 'reassessment' end,
             case "kind" when 'SIMULATION' then '模拟测算' when 'PARAMETER' then '参数调整后复核' else '按需复核' end,
             "status", '{}'::jsonb, case when "cursor" is null then null else jsonb_build_object('cursor', "cursor") end,
             "total", "processed", "attempts", 3, "error", "area_code", "area_prefix", "requested_by", "requested_by_name", "department_id",
             "created_at", "started_at", "heartbeat_at", "finished_at"
        from "reassessment_job";`);

    this.addSql(`create table "simulation" (
      "id" uuid not null primary key references "job" ("id") on delete cascade,
      "area_code" varchar(12) collate "C" not null,
      "as_of" date not null,
      "changes" jsonb not null,
      "tally" jsonb null,
      "result" jsonb null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "simulation_area_index" on "simulation" ("area_code", "created_at");`);
    this.addSql(`alter table "simulation" enable row level security;`);
    this.addSql(`alter table "simulation" force row level security;`);
    this.addSql(`create policy "simulation_scope" on "simulation" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
    this.addSql(`insert into "simulation" ("id", "area_code", "as_of", "changes", "tally", "result", "created_at")
      select "id", "area_code", "as_of", "changes", case when "status" = 'DONE' then null else "result" end,
             case when "status" = 'DONE' then "result" end, "created_at"
        from "reassessment_job" where "kind" = 'SIMULATION';`);
    this.addSql(`delete from "reassessment_job" where "kind" = 'SIMULATION';`);

    this.addSql(`alter table "reassessment_job" rename to "reassessment";`);
    this.addSql(`alter policy "reassessment_job_scope" on "reassessment" rename to "reassessment_scope";`);
    this.addSql(`alter table "reassessment" drop constraint "reassessment_job_program_check";`);
    this.addSql(`alter table "reassessment" drop constraint "reassessment_job_kind_check";`);
    this.addSql(`alter table "reassessment" add constraint "reassessment_kind_check" check ("kind" in ('PARAMETER', 'ON_DEMAND'));`);
    this.addSql(`alter table "reassessment" alter column "program_code" set not null;`);
    this.addSql(`drop index if exists "reassessment_job_queue_index";`);
    this.addSql(`drop index if exists "reassessment_job_kind_area_index";`);
    this.addSql(`alter index "reassessment_job_area_index" rename to "reassessment_area_index";`);
    this.addSql(`alter table "reassessment" drop column "status", drop column "total", drop column "processed", drop column "cursor",
      drop column "requested_by", drop column "requested_by_name", drop column "department_id", drop column "attempts", drop column "error",
      drop column "started_at", drop column "heartbeat_at", drop column "finished_at", drop column "changes", drop column "result";`);
    this.addSql(`alter table "reassessment" add constraint "reassessment_job_fk" foreign key ("id") references "job" ("id") on delete cascade;`);

    this.addSql(`alter table "outbox_event" add column "consumed_at" timestamptz null, add column "delivery_status" varchar(16) null;`);
    this.addSql(`create index "outbox_event_unconsumed_index" on "outbox_event" ("seq") where "consumed_at" is null;`);
  }
}
