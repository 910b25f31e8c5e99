import { Migration } from '@mikro-orm/migrations';

/**
 * Integrator API (modules/integration, issue #16 item 4, ADR 0032).
 *
 * - `integration_event`: the change feed — append-only, one row per change an integrator may follow (referral created /
 *   state changed, benefit recorded / changed / imported, findings opened), written in the transaction of the change.
 *   `seq` is the cursor. `tx` is the writing transaction's id: the feed returns only rows of transactions older than
 *   every transaction still running (`pg_snapshot_xmin`), so a cursor never skips a row that commits late with a lower
 *   `seq`. No personal data beyond masked names; area-scoped by row-level security like the ledger.
 * - `webhook_subscription`: a token's callback URL, its secret (sealed with the field key), event types and the feed
 *   position up to which events were handed to the delivery queue.
 * - `webhook_delivery`: one row per (subscription, event) — the delivery queue the `webhook-deliver` job works
 *   through (claim, POST, record; backoff; FAILED after the last attempt). Its id is the idempotency key the receiver sees.
 */
export class Migration20261221300000Integration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "integration_event" (
      "seq" bigint generated always as identity primary key,
      "id" uuid not null default gen_random_uuid() unique,
      "type" varchar(48) not null,
      "entity" varchar(24) not null,
      "entity_id" uuid null,
      "area_code" varchar(12) not null,
      "department_ids" uuid[] not null default '{}',
      "payload" jsonb not null default '{}',
      "request_id" varchar(64) null,
      "tx" xid8 not null default pg_current_xact_id(),
      "occurred_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "integration_event_area_seq_idx" on "integration_event" ("area_code", "seq");`);
    this.addSql(`create index "integration_event_departments_idx" on "integration_event" using gin ("department_ids");`);
    this.addSql(`alter table "integration_event" enable row level security;`);
    this.addSql(`alter table "integration_event" force row level security;`);
    this.addSql(
      `create policy "integration_event_scope" on "integration_event" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`,
    );

    this.addSql(`create table "webhook_subscription" (
      "id" uuid not null primary key,
      "api_token_id" uuid not null references "api_token" ("id") on delete cascade,
      "url" varchar(500) not null,
      "secret_enc" text not null,
      "event_types" text[] not null default '{}',
      "active" boolean not null default true,
      "dispatched_seq" bigint not null default 0,
      "created_by" uuid null,
      "created_by_name" varchar(64) not null,
      "created_at" timestamptz not null default now(),
      "disabled_at" timestamptz null,
      "version" integer not null default 1
    );`);
    this.addSql(`create index "webhook_subscription_token_idx" on "webhook_subscription" ("api_token_id");`);

    this.addSql(`create table "webhook_delivery" (
      "id" uuid not null primary key,
      "subscription_id" uuid not null references "webhook_subscription" ("id") on delete cascade,
      "event_seq" bigint not null,
      "event_type" varchar(48) not null,
      "body" text not null,
      "status" varchar(12) not null default 'PENDING' check ("status" in ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')),
      "attempts" integer not null default 0,
      "next_attempt_at" timestamptz not null default now(),
      "lease_until" timestamptz null,
      "last_status" integer null,
      "last_error" varchar(500) null,
      "delivered_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      constraint "webhook_delivery_once" unique ("subscription_id", "event_seq")
    );`);
    this.addSql(`create index "webhook_delivery_due_idx" on "webhook_delivery" ("next_attempt_at") where "status" in ('PENDING', 'SENDING');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop table if exists "webhook_subscription";`);
    this.addSql(`drop table if exists "integration_event";`);
  }
}
