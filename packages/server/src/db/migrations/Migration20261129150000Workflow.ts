import { Migration } from '@mikro-orm/migrations';

/**
 * One-window intake and referrals (issue 5): applications with a receipt number, materials,
 * one referral (转办单) per program to its owning department with a statutory clock, the
 * referral history, 督办 notes, extension requests and the transactional outbox of domain events.
 * Every table carries the household's area_code under the same row-level security as the ledger.
 */
export class Migration20261129150000Workflow extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "application_receipt_seq";`);

    this.addSql(`create table "application" (
      "id" uuid not null primary key,
      "receipt_no" varchar(32) null unique,
      "household_id" uuid null references "household" ("id") deferrable initially deferred,
      "contact" jsonb null,
      "applicant_person_id" uuid null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "window_area_code" varchar(12) null,
      "channel" varchar(16) not null check ("channel" in ('WINDOW', 'PORTAL', 'INFORMANT')),
      "status" varchar(16) not null check ("status" in ('PENDING_CONFIRM', 'ACCEPTED', 'CLOSED', 'REJECTED')),
      "urgent" boolean not null default false,
      "authorization_signed" boolean not null default false,
      "authorization_file_id" uuid null,
      "description" varchar(1000) null,
      "requested" jsonb not null default '[]',
      "reject_reason" varchar(500) null,
      "accepted_at" timestamptz null,
      "accepted_by_name" varchar(64) null,
      "closed_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "created_by_name" varchar(64) not null,
      "version" int not null default 1);`);
    this.addSql(`create index "application_area_index" on "application" ("area_code", "created_at" desc);`);
    this.addSql(`create index "application_household_index" on "application" ("household_id");`);
    this.addSql(`create index "application_status_index" on "application" ("status", "area_code");`);

    this.addSql(`create table "application_material" (
      "id" uuid not null primary key,
      "application_id" uuid not null references "application" ("id") on delete cascade,
      "area_code" varchar(12) not null,
      "program_code" varchar(32) null,
      "name" varchar(200) not null,
      "required" boolean not null default true,
      "provided" boolean not null default false,
      "file_ids" uuid[] not null default '{}',
      "note" varchar(300) null);`);
    this.addSql(`create index "application_material_application_index" on "application_material" ("application_id");`);

    this.addSql(`create table "referral" (
      "id" uuid not null primary key,
      "application_id" uuid not null references "application" ("id"),
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "person_id" uuid null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "program_code" varchar(32) not null,
      "department_id" uuid not null references "department" ("id"),
      "status" varchar(16) not null check ("status" in ('PENDING_SIGN', 'PROCESSING', 'SUPPLEMENT', 'VERIFYING', 'PUBLICITY', 'DONE', 'TRANSFERRED', 'RETURNED', 'WITHDRAWN')),
      "outcome" varchar(16) null check ("outcome" in ('APPROVED', 'REFUSED')),
      "reason" varchar(500) null,
      "screening" jsonb null,
      "clock_start" date not null,
      "limit_days" int not null,
      "extendable_to" int null,
      "extension_days" int not null default 0,
      "sign_due" date not null,
      "paused_wd" int not null default 0,
      "paused_since" date null,
      "due_date" date null,
      "warn_date" date null,
      "escalation_level" int not null default 0,
      "supplement_note" varchar(500) null,
      "supplement_due" date null,
      "publicity_start" date null,
      "publicity_until" date null,
      "decision_amount_fen" bigint null,
      "decision_start_month" varchar(7) null,
      "decision_reason" varchar(1000) null,
      "legal_remedy" varchar(1000) null,
      "verification_report_id" uuid null,
      "decided_at" timestamptz null,
      "decided_by_name" varchar(64) null,
      "benefit_id" uuid null,
      "transferred_from_id" uuid null references "referral" ("id"),
      "transferred_to_id" uuid null references "referral" ("id") deferrable initially deferred,
      "signed_at" timestamptz null,
      "closed_at" timestamptz null,
      "closed_on_time" boolean null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "version" int not null default 1);`);
    this.addSql(`create index "referral_department_due_index" on "referral" ("department_id", "status", "due_date");`);
    this.addSql(`create index "referral_area_due_index" on "referral" ("area_code", "due_date") where "closed_at" is null;`);
    this.addSql(`create index "referral_application_index" on "referral" ("application_id");`);
    this.addSql(`create index "referral_household_department_index" on "referral" ("household_id", "department_id");`);

    this.addSql(`create table "referral_event" (
      "id" uuid not null primary key,
      "referral_id" uuid null references "referral" ("id"),
      "application_id" uuid not null references "application" ("id"),
      "area_code" varchar(12) not null,
      "kind" varchar(40) not null,
      "from_status" varchar(16) null,
      "to_status" varchar(16) null,
      "note" varchar(1000) null,
      "actor_name" varchar(64) not null,
      "actor_department" varchar(64) null,
      "at" timestamptz not null default clock_timestamp());`);
    this.addSql(`create index "referral_event_referral_index" on "referral_event" ("referral_id", "at");`);
    this.addSql(`create index "referral_event_application_index" on "referral_event" ("application_id", "at");`);

    this.addSql(`create table "supervision_note" (
      "id" uuid not null primary key,
      "referral_id" uuid not null references "referral" ("id"),
      "area_code" varchar(12) not null,
      "level" int not null check ("level" between 1 and 3),
      "message" varchar(1000) not null,
      "issued_by_name" varchar(64) not null,
      "issuer_area_code" varchar(12) not null,
      "issued_at" timestamptz not null default now(),
      "answer_due" date not null,
      "response" varchar(1000) null,
      "responded_by_name" varchar(64) null,
      "responded_at" timestamptz null);`);
    this.addSql(`create index "supervision_note_referral_index" on "supervision_note" ("referral_id");`);

    this.addSql(`create table "extension_request" (
      "id" uuid not null primary key,
      "referral_id" uuid not null references "referral" ("id"),
      "area_code" varchar(12) not null,
      "days" int not null check ("days" > 0),
      "reason" varchar(500) not null,
      "status" varchar(10) not null check ("status" in ('PENDING', 'APPROVED', 'REJECTED')),
      "requested_by_name" varchar(64) not null,
      "requested_at" timestamptz not null default now(),
      "decided_by_name" varchar(64) null,
      "decided_at" timestamptz null,
      "decision_note" varchar(500) null);`);
    this.addSql(`create index "extension_request_referral_index" on "extension_request" ("referral_id");`);
    this.addSql(`create unique index "extension_request_pending_unique" on "extension_request" ("referral_id") where "status" = 'PENDING';`);

    // Transactional outbox: written in the same transaction as the state change it reports;
    // a delivery worker (notifications issue) marks rows published.
    this.addSql(`create table "outbox_event" (
      "seq" bigserial primary key,
      "id" uuid not null unique,
      "type" varchar(48) not null,
      "aggregate_type" varchar(32) not null,
      "aggregate_id" uuid not null,
      "area_code" varchar(12) not null,
      "payload" jsonb not null,
      "request_id" varchar(64) null,
      "occurred_at" timestamptz not null default clock_timestamp(),
      "published_at" timestamptz null,
      "attempts" int not null default 0);`);
    this.addSql(`create index "outbox_event_unpublished_index" on "outbox_event" ("seq") where "published_at" is null;`);
    this.addSql(`create index "outbox_event_aggregate_index" on "outbox_event" ("aggregate_id", "seq");`);

    for (const t of ['application', 'application_material', 'referral', 'referral_event', 'supervision_note', 'extension_request', 'outbox_event']) {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(`create policy "${t}_scope" on "${t}" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
    }

    // Departments see ledger detail of households where they own a benefit or hold a referral.
    this.addSql(`
      create or replace function app_detail_visible(hh uuid) returns boolean
      language sql stable as $$
        select case coalesce(current_setting('app.detail_scope', true), '')
          when '' then false
          when 'area' then true
          else exists (select 1 from benefit b where b.household_id = hh
                        and b.department_id::text = current_setting('app.detail_scope', true))
            or exists (select 1 from referral r where r.household_id = hh
                        and r.department_id::text = current_setting('app.detail_scope', true))
        end
      $$;`);
  }
}
