import { Migration } from '@mikro-orm/migrations';

/**
 * 漏救 per person (issue 12, item 6; modules/program/README.md, "Reassessment and simulation jobs"):
 *
 * - `person_id`: the member a finding is about, for programs granted per person (MEMBER); null for
 *   household programs and for a household-level benefit of a MEMBER program. The unique key becomes
 *   (job, household, program, person) with NULLS NOT DISTINCT, so one household finding per job stays unique.
 * - `trace`: the engine's screening trace of that program (and member) in Chinese, as evidence (≤ 20 lines).
 * - `contacted_at`, `contacted_by`, `contacted_by_name`, `contact_note`: 已联系, marked by the village window;
 *   the row is now changed after it is written, so it carries `version` (ADR 0015).
 */
export class Migration20261207400000MissedPerPerson extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "reassessment_finding"
      add column "person_id" uuid null references "person" ("id") deferrable initially deferred,
      add column "trace" text[] not null default '{}',
      add column "contacted_at" timestamptz null,
      add column "contacted_by" uuid null,
      add column "contacted_by_name" varchar(100) null,
      add column "contact_note" varchar(500) null,
      add column "version" int not null default 1;`);
    this.addSql(`alter table "reassessment_finding" drop constraint "reassessment_finding_job_id_household_id_program_code_key";`);
    this.addSql(`alter table "reassessment_finding" add constraint "reassessment_finding_job_household_program_person_key"
      unique nulls not distinct ("job_id", "household_id", "program_code", "person_id");`);
    // One case across jobs (household × program × member × kind): the latest finding, whether it was contacted (待联系).
    this.addSql(`create index "reassessment_finding_case_index" on "reassessment_finding" ("household_id", "program_code", "person_id", "kind");`);
  }
}
