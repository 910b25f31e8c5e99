import { Migration } from '@mikro-orm/migrations';

/**
 * Unified verification (统一核查, modules/verification, issue #13, ADR 0023):
 *
 * - `verification`: one verification of a household — number (`HC…`), the authorisation it rests on, the
 *   referral it was started from (if any), status OPEN → DRAFTED → APPROVED (or CANCELLED; DRAFTED → OPEN
 *   when returned), due date, who started / drafted / approved, the last computation (jsonb), the
 *   conclusion; `version` (optimistic lock). At most one open (OPEN / DRAFTED) verification per household.
 * - `verification_record`: one entry of a method (信息比对, 入户调查, 邻里访问, 信函索证, 民主评议), payload
 *   jsonb validated per method by the service, linked files; append-only for the application.
 * - `verification_report`: the issued report (`HB…`), version per household (a new one supersedes the
 *   previous), valid until, the frozen content (jsonb, `VerificationReportContent`). Never removed.
 *
 * Every table carries the household's `area_code` (moved with it, `db/area-columns.ts`) under row-level
 * security like incomes and assets: area scope and the detail scope (windows of the area, departments
 * with a benefit or referral in the household).
 */
export class Migration20261209200000Verification extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "verification_no_seq";`);
    this.addSql(`create sequence "verification_report_no_seq";`);

    this.addSql(`create table "verification" (
      "id" uuid not null primary key,
      "no" varchar(32) not null unique,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "area_code" varchar(12) collate "C" not null,
      "referral_id" uuid null references "referral" ("id") deferrable initially deferred,
      "authorisation_id" uuid not null references "household_authorisation" ("id") deferrable initially deferred,
      "status" varchar(10) not null default 'OPEN' check ("status" in ('OPEN', 'DRAFTED', 'APPROVED', 'CANCELLED')),
      "due_date" date not null,
      "reason" varchar(500) null,
      "started_by" uuid null,
      "started_by_name" varchar(64) not null,
      "started_department_id" uuid null,
      "drafted_by" uuid null,
      "drafted_by_name" varchar(64) null,
      "drafted_at" timestamptz null,
      "approved_by" uuid null,
      "approved_by_name" varchar(64) null,
      "approved_at" timestamptz null,
      "returned_reason" varchar(500) null,
      "cancelled_reason" varchar(500) null,
      "computation" jsonb null,
      "computed_at" timestamptz null,
      "conclusion" varchar(16) null check ("conclusion" in ('ELIGIBLE_RANGE', 'INELIGIBLE', 'NEEDS_REVIEW')),
      "conclusion_note" varchar(1000) null,
      "report_id" uuid null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "version" int not null default 1);`);
    this.addSql(`create unique index "verification_open_household" on "verification" ("household_id") where "status" in ('OPEN', 'DRAFTED');`);
    this.addSql(`create index "verification_area_index" on "verification" ("area_code", "status", "due_date");`);
    this.addSql(`create index "verification_household_index" on "verification" ("household_id", "created_at");`);
    this.addSql(`create index "verification_referral_index" on "verification" ("referral_id") where "referral_id" is not null;`);

    this.addSql(`create table "verification_record" (
      "id" uuid not null primary key,
      "verification_id" uuid not null references "verification" ("id") deferrable initially deferred,
      "household_id" uuid not null,
      "area_code" varchar(12) collate "C" not null,
      "method" varchar(20) not null check ("method" in ('DATA_MATCH', 'HOME_VISIT', 'NEIGHBOUR', 'LETTER', 'DEMOCRATIC_REVIEW')),
      "payload" jsonb not null,
      "file_ids" uuid[] not null default '{}',
      "recorded_by" uuid null,
      "recorded_by_name" varchar(64) not null,
      "recorded_at" timestamptz not null default now());`);
    this.addSql(`create index "verification_record_index" on "verification_record" ("verification_id", "method", "recorded_at");`);

    this.addSql(`create table "verification_report" (
      "id" uuid not null primary key,
      "no" varchar(32) not null unique,
      "version" int not null check ("version" >= 1),
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "area_code" varchar(12) collate "C" not null,
      "verification_id" uuid not null unique references "verification" ("id") deferrable initially deferred,
      "issued_at" timestamptz not null,
      "valid_until" date not null,
      "superseded_by" uuid null,
      "superseded_at" timestamptz null,
      "drafted_by" uuid null,
      "drafted_by_name" varchar(64) not null,
      "approved_by" uuid null,
      "approved_by_name" varchar(64) not null,
      "conclusion" varchar(16) not null check ("conclusion" in ('ELIGIBLE_RANGE', 'INELIGIBLE', 'NEEDS_REVIEW')),
      "content" jsonb not null,
      "created_at" timestamptz not null default now(),
      unique ("household_id", "version"));`);
    this.addSql(`create index "verification_report_household_index" on "verification_report" ("household_id", "version" desc);`);

    const rule = `app_area_visible("area_code") and (coalesce(current_setting('app.detail_scope', true), '') = 'area' or app_detail_visible("household_id"))`;
    for (const t of ['verification', 'verification_record', 'verification_report']) {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(`create policy "${t}_scope" on "${t}" using (${rule}) with check (${rule});`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "verification_report" cascade;`);
    this.addSql(`drop table if exists "verification_record" cascade;`);
    this.addSql(`drop table if exists "verification" cascade;`);
    this.addSql(`drop sequence if exists "verification_report_no_seq";`);
    this.addSql(`drop sequence if exists "verification_no_seq";`);
  }
}
