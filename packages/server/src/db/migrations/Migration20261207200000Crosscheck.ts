import { Migration } from '@mikro-orm/migrations';

/**
 * Cross-checks (比对疑点, modules/crosscheck, issue #12): the rules' findings and the runs.
 *
 * - `finding`: one 疑点 — a rule (number, code, version, severity), its subject (the benefit it questions,
 *   the person and household), the household's village under RLS, a fingerprint of the facts, the
 *   evidence (jsonb: Chinese label/value lines and the reference rows it rests on — never a plaintext ID
 *   number), the review (status, due date, reviewer, reason) and, once confirmed, the owning
 *   department's task. `subject_key` + `is_current`: the latest finding of a subject; older ones are
 *   history. Versioned: reviews and task completions are entity writes, the engine's merge is the
 *   set-based path (it bumps `version` itself so a stale review conflicts).
 * - `crosscheck_run`: per run and rule the counts and milliseconds (append-only; no area, no personal data).
 * - `benefit_person_index`: the rules look benefits up by their person (personal benefits).
 */
export class Migration20261207200000Crosscheck extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "finding" (
      "id" uuid not null primary key,
      "rule_no" smallint not null check ("rule_no" between 1 and 16),
      "rule_code" varchar(32) not null,
      "rule_version" int not null,
      "severity" varchar(6) not null check ("severity" in ('HIGH', 'MEDIUM', 'LOW')),
      "status" varchar(10) not null default 'PENDING' check ("status" in ('PENDING', 'CONFIRMED', 'DISMISSED', 'RESOLVED')),
      "subject_key" varchar(120) not null,
      "is_current" boolean not null default true,
      "person_id" uuid null,
      "household_id" uuid null,
      "benefit_id" uuid null,
      "program_code" varchar(32) null,
      "department_id" uuid null,
      "area_code" varchar(12) collate "C" not null,
      "person_name" varchar(50) collate "C" null,
      "id_masked" varchar(18) null,
      "fingerprint" varchar(32) not null,
      "summary" varchar(300) not null,
      "evidence" jsonb not null,
      "run_id" uuid null,
      "due_date" date not null,
      "reviewer_id" uuid null,
      "reviewer_name" varchar(64) null,
      "reason" varchar(500) null,
      "decided_at" timestamptz null,
      "task_status" varchar(10) null check ("task_status" in ('PENDING', 'DONE')),
      "task_outcome" varchar(16) null,
      "task_note" varchar(500) null,
      "task_done_by_name" varchar(64) null,
      "task_done_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "version" int not null default 1);`);
    this.addSql(`create unique index "finding_current_subject" on "finding" ("rule_no", "subject_key") where "is_current";`);
    this.addSql(`create index "finding_area_index" on "finding" ("area_code", "status", "due_date") where "is_current";`);
    this.addSql(`create index "finding_rule_index" on "finding" ("rule_no", "status") where "is_current";`);
    this.addSql(`create index "finding_due_index" on "finding" ("due_date") where "is_current" and "status" = 'PENDING';`);
    this.addSql(`create index "finding_department_index" on "finding" ("department_id", "task_status") where "is_current";`);
    this.addSql(`create index "finding_name_index" on "finding" ("person_name");`);
    this.addSql(`create index "finding_household_index" on "finding" ("household_id");`);
    this.addSql(`create index "finding_benefit_index" on "finding" ("benefit_id");`);
    this.addSql(`alter table "finding" enable row level security;`);
    this.addSql(`alter table "finding" force row level security;`);
    this.addSql(`create policy "finding_scope" on "finding" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);

    this.addSql(`create table "crosscheck_run" (
      "id" uuid not null primary key,
      "run_id" uuid not null,
      "job_id" uuid null,
      "batch_id" uuid null,
      "rule_no" smallint not null,
      "rule_code" varchar(32) not null,
      "rule_version" int not null,
      "found" int not null,
      "new" int not null,
      "unchanged" int not null,
      "resolved" int not null,
      "ms" int not null,
      "triggered_by" varchar(64) not null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "crosscheck_run_index" on "crosscheck_run" ("created_at", "rule_no");`);

    this.addSql(`create index if not exists "benefit_person_index" on "benefit" ("person_id") where "person_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "finding" cascade;`);
    this.addSql(`drop table if exists "crosscheck_run" cascade;`);
    this.addSql(`drop index if exists "benefit_person_index";`);
  }
}
