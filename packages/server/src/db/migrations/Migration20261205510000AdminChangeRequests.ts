import { Migration } from '@mikro-orm/migrations';

/**
 * Two-person rule for administrators (ADR 0011): a change to an administrator's password, second
 * factor or roles is a pending request until an administrator of another role confirms it.
 * Area-scoped like the accounts it concerns (`area_code` = the target's area), under RLS. The new
 * password's scrypt hash waits in `password_hash` only while the request is pending.
 */
export class Migration20261205510000AdminChangeRequests extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "admin_change_request" (
      "id" uuid not null primary key,
      "target_user_id" uuid not null references "app_user" ("id") on delete cascade,
      "area_code" varchar(12) not null,
      "kind" varchar(16) not null check ("kind" in ('PASSWORD_RESET', 'MFA_RESET', 'ROLES_SET')),
      "roles" text[] null,
      "password_hash" varchar(200) null,
      "status" varchar(12) not null default 'PENDING' check ("status" in ('PENDING', 'CONFIRMED', 'REJECTED', 'EXPIRED', 'SUPERSEDED')),
      "requested_by" uuid not null,
      "requested_by_name" varchar(64) not null,
      "requested_role" varchar(32) not null,
      "requested_at" timestamptz not null default now(),
      "expires_at" timestamptz not null,
      "decided_by" uuid null,
      "decided_by_name" varchar(64) null,
      "decided_role" varchar(32) null,
      "decided_at" timestamptz null,
      "decision_note" varchar(200) null,
      "notice_seen_at" timestamptz null,
      check ("password_hash" is null or ("kind" = 'PASSWORD_RESET' and "status" = 'PENDING')),
      check (("kind" = 'ROLES_SET') = ("roles" is not null)));`);
    this.addSql(`create unique index "admin_change_request_one_pending" on "admin_change_request" ("target_user_id", "kind") where "status" = 'PENDING';`);
    this.addSql(`create index "admin_change_request_area_index" on "admin_change_request" ("area_code", "requested_at");`);
    this.addSql(`create index "admin_change_request_target_index" on "admin_change_request" ("target_user_id") where "notice_seen_at" is null;`);
    this.addSql(`alter table "admin_change_request" enable row level security;`);
    this.addSql(`alter table "admin_change_request" force row level security;`);
    this.addSql(
      `create policy "admin_change_request_scope" on "admin_change_request" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`,
    );
  }
}
