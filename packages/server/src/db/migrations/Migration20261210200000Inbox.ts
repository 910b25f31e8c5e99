import { Migration } from '@mikro-orm/migrations';

/**
 * Staff inbox (站内消息, modules/inbox, issue #14 item 4, ADR 0024):
 *
 * - `notification`: one message for one user, written by the outbox handler `inboxOutboxHandler` when an
 *   event is consumed — kind, title, body (no ID numbers, names masked), console link, the event's area,
 *   the event id (unique with the user: a re-consumed event never makes a second row), read time.
 *
 * Row-level security by user, not by area: a user reads and marks only rows whose `user_id` is the
 * transaction's `app.user_id` (set by `RequestContext.scopeSettings` for user sessions, empty for tokens and
 * the system); the system scope (`app.area_prefix` = '*', the outbox consumer) writes for everyone. No user
 * setting and no system scope → no row (fails closed).
 */
export class Migration20261210200000Inbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification" (
      "id" uuid not null primary key,
      "user_id" uuid not null references "app_user" ("id") deferrable initially deferred,
      "kind" varchar(32) not null,
      "title" varchar(100) not null,
      "body" varchar(500) not null,
      "link" varchar(300) null,
      "area_code" varchar(12) collate "C" not null,
      "event_id" uuid not null,
      "read_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      unique ("user_id", "event_id"));`);
    this.addSql(`create index "notification_user_index" on "notification" ("user_id", "created_at" desc, "id");`);
    this.addSql(`create index "notification_unread_index" on "notification" ("user_id", "created_at" desc) where "read_at" is null;`);
    this.addSql(`create or replace function app_notification_visible(owner uuid) returns boolean language sql stable as $$
      select coalesce(current_setting('app.area_prefix', true), '') = '*'
          or owner = nullif(current_setting('app.user_id', true), '')::uuid $$;`);
    this.addSql(`alter table "notification" enable row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
    this.addSql(
      `create policy "notification_own" on "notification" using (app_notification_visible("user_id")) with check (app_notification_visible("user_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop function if exists app_notification_visible(uuid);`);
  }
}
