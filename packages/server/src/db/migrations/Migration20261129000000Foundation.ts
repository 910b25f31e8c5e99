import { Migration } from '@mikro-orm/migrations';

/**
 * Foundation schema: areas, departments, users, sessions, API tokens, the hash-chained
 * operation log, and the row-level-security helper used by every scoped table.
 */
export class Migration20261129000000Foundation extends Migration {
  override async up(): Promise<void> {
    // app_area_visible(code): the per-transaction scope setting `app.area_prefix`
    // ('*' = system scope; empty/missing = nothing visible → fails closed).
    this.addSql(`
      create or replace function app_area_visible(code text) returns boolean
      language sql stable as $$
        select case
          when coalesce(current_setting('app.area_prefix', true), '') = '' then false
          when current_setting('app.area_prefix', true) = '*' then true
          else code like current_setting('app.area_prefix', true) || '%'
        end
      $$;`);

    this.addSql(`create table "area" (
      "code" varchar(12) not null primary key check ("code" ~ '^[0-9]{12}$'),
      "name" varchar(100) not null,
      "level" smallint not null check ("level" between 1 and 3),
      "parent_code" varchar(12) null references "area" ("code") on update cascade,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null);`);
    this.addSql(`create index "area_parent_code_index" on "area" ("parent_code");`);
    this.addSql(`create index "area_code_prefix_index" on "area" ("code" varchar_pattern_ops);`);

    this.addSql(`create table "department" (
      "id" uuid not null primary key,
      "code" varchar(32) not null unique,
      "name" varchar(100) not null,
      "short_name" varchar(20) not null,
      "area_code" varchar(12) not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null);`);

    this.addSql(`create table "app_user" (
      "id" uuid not null primary key,
      "username" varchar(64) not null unique,
      "display_name" varchar(64) not null,
      "password_hash" varchar(255) not null,
      "area_code" varchar(12) not null,
      "department_id" uuid null references "department" ("id"),
      "roles" text[] not null default '{}',
      "totp_secret_enc" text null,
      "mfa_enabled" boolean not null default false,
      "totp_last_step" bigint null,
      "failed_logins" int not null default 0,
      "locked_until" timestamptz null,
      "password_changed_at" timestamptz not null,
      "must_change_password" boolean not null default false,
      "disabled" boolean not null default false,
      "last_login_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "version" int not null default 1);`);
    this.addSql(`create index "app_user_area_code_index" on "app_user" ("area_code" varchar_pattern_ops);`);

    this.addSql(`create table "user_session" (
      "id" varchar(64) not null primary key,
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "created_at" timestamptz not null,
      "last_seen_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "ip" varchar(64) null,
      "user_agent" varchar(400) null,
      "mfa_pending" boolean not null default false,
      "revoked_at" timestamptz null);`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);

    this.addSql(`create table "api_token" (
      "id" uuid not null primary key,
      "name" varchar(100) not null,
      "prefix" varchar(16) not null,
      "token_hash" varchar(64) not null unique,
      "department_id" uuid null references "department" ("id"),
      "area_code" varchar(12) not null,
      "permissions" text[] not null default '{}',
      "expires_at" timestamptz not null,
      "revoked_at" timestamptz null,
      "last_used_at" timestamptz null,
      "created_by" uuid not null,
      "created_at" timestamptz not null);`);

    this.addSql(`create table "audit_log" (
      "pos" bigint not null primary key,
      "at" timestamptz not null,
      "actor_id" uuid null,
      "actor_name" varchar(64) not null,
      "role" varchar(64) null,
      "area_code" varchar(12) not null,
      "action" varchar(64) not null,
      "entity_type" varchar(64) null,
      "entity_id" varchar(64) null,
      "diff" jsonb null,
      "ip" varchar(64) null,
      "user_agent" varchar(400) null,
      "request_id" varchar(64) null,
      "prev_hash" varchar(64) not null,
      "hash" varchar(64) not null);`);
    this.addSql(`create index "audit_log_at_index" on "audit_log" ("at");`);
    this.addSql(`create index "audit_log_area_code_index" on "audit_log" ("area_code" varchar_pattern_ops);`);
    this.addSql(`create index "audit_log_action_index" on "audit_log" ("action");`);
    this.addSql(`create index "audit_log_entity_index" on "audit_log" ("entity_type", "entity_id");`);
    this.addSql(`create table "audit_head" ("id" smallint not null primary key check ("id" = 1), "pos" bigint not null, "hash" varchar(64) not null);`);
    this.addSql(`insert into "audit_head" ("id", "pos", "hash") values (1, 0, repeat('0', 64));`);

    // Second wall (S2): row-level security, forced also for the table owner.
    this.addSql(`alter table "area" enable row level security;`);
    this.addSql(`alter table "area" force row level security;`);
    this.addSql(`create policy "area_scope" on "area" using (app_area_visible("code")) with check (app_area_visible("code"));`);
    this.addSql(`alter table "audit_log" enable row level security;`);
    this.addSql(`alter table "audit_log" force row level security;`);
    // Anyone may append (the chain head is global); reading is scoped by the actor's area.
    this.addSql(`create policy "audit_log_read" on "audit_log" for select using (app_area_visible("area_code"));`);
    this.addSql(`create policy "audit_log_append" on "audit_log" for insert with check (true);`);
  }
}
