import { Migration } from '@mikro-orm/migrations';

/**
 * 模拟测算 (what-if simulation) as a background job in the reassessment queue (ADR 0008, "Simulation
 * jobs"): kind `SIMULATION`, no program, the proposed parameter values in `changes`
 * (`[{ parameterCode, value }]`) and the outcome in `result` — the running tally (for resuming after the
 * committed cursor) while the job runs, the finished `SimulationView` (totals, town × program rows,
 * program totals) once it is DONE. Same RLS policy as the other jobs; the service reads simulation jobs
 * only in the caller's own area (not those of areas containing it).
 */
export class Migration20261129180000SimulationJobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "reassessment_job" drop constraint "reassessment_job_kind_check";`);
    this.addSql(`alter table "reassessment_job" add constraint "reassessment_job_kind_check" check ("kind" in ('PARAMETER', 'ON_DEMAND', 'SIMULATION'));`);
    this.addSql(`alter table "reassessment_job" alter column "program_code" drop not null;`);
    this.addSql(`alter table "reassessment_job" add column "changes" jsonb null, add column "result" jsonb null;`);
    this.addSql(`alter table "reassessment_job" add constraint "reassessment_job_program_check"
      check (("kind" = 'SIMULATION' and "changes" is not null) or ("kind" <> 'SIMULATION' and "program_code" is not null));`);
    this.addSql(`create index "reassessment_job_kind_area_index" on "reassessment_job" ("kind", "area_code", "created_at");`);
  }
}
