import { Migration } from '@mikro-orm/migrations';

/**
 * Household ledger (按户台账): households, persons, memberships (one active household per
 * person, enforced by a partial unique index), person facts, incomes, assets, the benefits
 * chain, tier history and household events. Every table carries area_code under RLS; incomes
 * and assets are also limited to households a department is involved with (app.detail_scope).
 * Foreign keys are DEFERRABLE INITIALLY DEFERRED: entities hold plain ids, so the unit of work
 * may insert a child before its parent within one transaction; integrity is checked at commit.
 */
export class Migration20261129100000Ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "household" (
      "id" uuid not null primary key,
      "area_code" varchar(12) not null references "area" ("code") on update cascade,
      "group_no" varchar(20) null,
      "address" varchar(200) not null,
      "residence_type" varchar(10) not null check ("residence_type" in ('URBAN', 'RURAL')),
      "head_person_id" uuid null,
      "phone_enc" text null,
      "phone_bidx" varchar(64) null,
      "phone_masked" varchar(20) null,
      "tier" varchar(2) null check ("tier" in ('T1', 'T2', 'T3', 'T4')),
      "tier_reason" varchar(200) null,
      "status" varchar(10) not null default 'ACTIVE' check ("status" in ('ACTIVE', 'CLOSED')),
      "closed_reason" varchar(100) null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "version" int not null default 1);`);
    this.addSql(`create index "household_area_code_index" on "household" ("area_code" varchar_pattern_ops);`);
    this.addSql(`create index "household_tier_index" on "household" ("tier", "area_code" varchar_pattern_ops) where "tier" is not null;`);
    this.addSql(`create index "household_phone_bidx_index" on "household" ("phone_bidx");`);

    this.addSql(`create table "person" (
      "id" uuid not null primary key,
      "name" varchar(50) not null,
      "id_enc" text not null,
      "id_bidx" varchar(64) not null unique,
      "id_masked" varchar(18) not null,
      "birth_date" date not null,
      "sex" char(1) not null check ("sex" in ('M', 'F')),
      "phone_enc" text null,
      "phone_bidx" varchar(64) null,
      "phone_masked" varchar(20) null,
      "area_code" varchar(12) not null,
      "household_id" uuid null references "household" ("id") deferrable initially deferred,
      "labour_capacity" varchar(10) null,
      "disability_type" varchar(16) null,
      "disability_grade" smallint null check ("disability_grade" between 1 and 4),
      "disability_cert" varchar(40) null,
      "serious_illness" varchar(100) null,
      "school_status" varchar(16) null,
      "employment_status" varchar(20) null,
      "statuses" text[] not null default '{}',
      "death_date" date null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "version" int not null default 1);`);
    this.addSql(`create index "person_name_index" on "person" ("name" varchar_pattern_ops);`);
    this.addSql(`create index "person_area_code_index" on "person" ("area_code" varchar_pattern_ops);`);
    this.addSql(`create index "person_household_id_index" on "person" ("household_id");`);
    this.addSql(`create index "person_phone_bidx_index" on "person" ("phone_bidx");`);
    this.addSql(
      `alter table "household" add constraint "household_head_person_id_foreign" foreign key ("head_person_id") references "person" ("id") deferrable initially deferred;`,
    );

    this.addSql(`create table "membership" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "person_id" uuid not null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "relation" varchar(16) not null,
      "from_date" date not null,
      "to_date" date null,
      "end_reason" varchar(16) null,
      "created_at" timestamptz not null,
      check ("to_date" is null or "to_date" >= "from_date"));`);
    // 一人一户: one active membership per person, enforced by the database.
    this.addSql(`create unique index "membership_one_active_household" on "membership" ("person_id") where "to_date" is null;`);
    this.addSql(`create index "membership_household_active_index" on "membership" ("household_id") where "to_date" is null;`);
    this.addSql(`create index "membership_household_index" on "membership" ("household_id");`);

    this.addSql(`create table "person_income" (
      "id" uuid not null primary key,
      "person_id" uuid not null references "person" ("id") deferrable initially deferred,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "category" varchar(16) not null,
      "month" date not null check (extract(day from "month") = 1),
      "amount_fen" bigint not null check ("amount_fen" >= 0),
      "note" varchar(200) null,
      "created_at" timestamptz not null,
      unique ("person_id", "category", "month"));`);
    this.addSql(`create index "person_income_household_index" on "person_income" ("household_id", "month");`);

    this.addSql(`create table "person_asset" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "person_id" uuid null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "kind" varchar(16) not null,
      "value_fen" bigint not null default 0 check ("value_fen" >= 0),
      "detail" jsonb null,
      "note" varchar(200) null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null);`);
    this.addSql(`create index "person_asset_household_index" on "person_asset" ("household_id");`);

    this.addSql(`create table "benefit" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "person_id" uuid null references "person" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "program_code" varchar(32) not null,
      "status" varchar(12) not null check ("status" in ('APPLYING', 'ACTIVE', 'SUSPENDED', 'STOPPED', 'PHASE_OUT')),
      "monthly_amount_fen" bigint not null default 0 check ("monthly_amount_fen" >= 0),
      "start_date" date null,
      "end_date" date null,
      "source" varchar(10) not null check ("source" in ('DECISION', 'ROSTER')),
      "source_ref" varchar(64) null,
      "department_id" uuid not null references "department" ("id") deferrable initially deferred,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "version" int not null default 1);`);
    this.addSql(`create index "benefit_household_index" on "benefit" ("household_id");`);
    this.addSql(`create index "benefit_program_status_index" on "benefit" ("program_code", "status");`);
    this.addSql(`create index "benefit_department_index" on "benefit" ("department_id", "household_id");`);

    this.addSql(`create table "tier_history" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "from_tier" varchar(2) null,
      "to_tier" varchar(2) null,
      "reason" varchar(200) not null,
      "actor_name" varchar(64) not null,
      "at" timestamptz not null);`);
    this.addSql(`create index "tier_history_household_index" on "tier_history" ("household_id", "at");`);

    this.addSql(`create table "household_event" (
      "id" uuid not null primary key,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "area_code" varchar(12) not null,
      "kind" varchar(32) not null,
      "summary" varchar(300) not null,
      "detail" jsonb null,
      "actor_name" varchar(64) not null,
      "at" timestamptz not null);`);
    this.addSql(`create index "household_event_household_index" on "household_event" ("household_id", "at");`);

    // 'area' → everything in the area prefix; a department uuid → households where that
    // department owns a benefit (referrals join in with the workflow issue); '' → nothing.
    this.addSql(`
      create or replace function app_detail_visible(hh uuid) returns boolean
      language sql stable as $$
        select case coalesce(current_setting('app.detail_scope', true), '')
          when '' then false
          when 'area' then true
          else exists (select 1 from benefit b where b.household_id = hh
                        and b.department_id::text = current_setting('app.detail_scope', true))
        end
      $$;`);

    for (const t of ['household', 'person', 'membership', 'benefit', 'tier_history', 'household_event']) {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(`create policy "${t}_scope" on "${t}" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);
    }
    for (const t of ['person_income', 'person_asset']) {
      this.addSql(`alter table "${t}" enable row level security;`);
      this.addSql(`alter table "${t}" force row level security;`);
      this.addSql(
        `create policy "${t}_scope" on "${t}" using (app_area_visible("area_code") and app_detail_visible("household_id")) with check (app_area_visible("area_code") and app_detail_visible("household_id"));`,
      );
    }
  }
}
