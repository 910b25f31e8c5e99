import { Migration } from '@mikro-orm/migrations';

/**
 * 协助完善台账 (modules/household `change-request.service.ts`, issue #15 item 2): informants and windows propose a change
 * to a household of their village (moved, died, new illness, job lost, income change, other); another person — a window
 * of the household's village or town, never the proposer — approves or rejects it (maker-checker); an approved death is
 * entered in the ledger (标记死亡), every approved change in the household's history. And 帮扶措施: follow-up measures
 * (帮扶, 疏导, 监护干预) with their dates. Both under row-level security by the household's village.
 */
export class Migration20261216000000HouseholdChanges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "household_change_request" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "person_id" uuid null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "kind" varchar(16) not null check ("kind" in ('MOVED', 'DIED', 'ILLNESS', 'JOB_LOST', 'INCOME_CHANGE', 'OTHER')),
      "effective_date" date null,
      "note" varchar(500) not null,
      "status" varchar(10) not null default 'PENDING' check ("status" in ('PENDING', 'APPROVED', 'REJECTED')),
      "proposed_by" uuid null,
      "proposed_by_name" varchar(64) not null,
      "proposed_at" timestamptz not null,
      "decided_by" uuid null,
      "decided_by_name" varchar(64) null,
      "decided_at" timestamptz null,
      "decision_note" varchar(500) null,
      "version" integer not null default 1
    );`);
    this.addSql(`create index "household_change_request_area_idx" on "household_change_request" ("area_code", "status", "proposed_at");`);
    this.addSql(`create index "household_change_request_household_idx" on "household_change_request" ("household_id");`);
    this.addSql(`create table "household_followup" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "person_id" uuid null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "kind" varchar(10) not null check ("kind" in ('HELP', 'COUNSEL', 'GUARDIAN', 'OTHER')),
      "measure_date" date not null,
      "note" varchar(500) not null,
      "recorded_by" uuid null,
      "recorded_by_name" varchar(64) not null,
      "recorded_at" timestamptz not null
    );`);
    this.addSql(`create index "household_followup_household_idx" on "household_followup" ("household_id", "measure_date");`);
    for (const t of ['household_change_request', 'household_followup']) {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(`create policy "${t}_scope" on "${t}" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household_followup", "household_change_request";`);
  }
}
