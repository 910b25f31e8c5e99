import { Migration } from '@mikro-orm/migrations';

/**
 * 留言 of the portal (modules/portal message.service.ts, issue #15 item 1): a citizen writes a message to a town after
 * proving the phone by an SMS code (purpose MESSAGE); staff of the town (or the district) reply or block it. Nothing is
 * public before a reply is published, and only when the writer allowed it (`public_wanted`).
 *
 * - `portal_message`: the message, the writer's name, the phone sealed (SM4), as its blind index (the per-phone limit
 *   and the lookup) and masked; status PENDING / REPLIED / HIDDEN, the reply, whether it is published, the block reason,
 *   the reply's due date (working days). Under row-level security by the town (`area_code`), like its siblings.
 * - `portal_verification.purpose` gains MESSAGE.
 */
export class Migration20261217000000PortalMessages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "portal_message" (
      "id" uuid not null primary key,
      "message_no" varchar(20) not null unique,
      "category" varchar(12) not null check ("category" in ('POLICY', 'PROGRESS', 'SUGGESTION', 'COMPLAINT')),
      "area_code" varchar(12) not null,
      "title" varchar(50) not null,
      "content" varchar(1000) not null,
      "writer_name" varchar(50) not null,
      "phone_enc" text not null,
      "phone_bidx" varchar(64) not null,
      "phone_masked" varchar(16) not null,
      "public_wanted" boolean not null,
      "status" varchar(8) not null default 'PENDING' check ("status" in ('PENDING', 'REPLIED', 'HIDDEN')),
      "published" boolean not null default false,
      "reply" varchar(2000) null,
      "reply_unit" varchar(100) null,
      "replied_by" uuid null,
      "replied_by_name" varchar(64) null,
      "replied_at" timestamptz null,
      "hidden_reason" varchar(200) null,
      "hidden_by" uuid null,
      "hidden_by_name" varchar(64) null,
      "hidden_at" timestamptz null,
      "due_date" date not null,
      "ip" varchar(64) null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "version" integer not null default 1,
      check (not "published" or ("public_wanted" and "status" = 'REPLIED'))
    );`);
    this.addSql(`create index "portal_message_area_idx" on "portal_message" ("area_code", "status", "created_at" desc);`);
    this.addSql(`create index "portal_message_board_idx" on "portal_message" ("replied_at" desc) where "published";`);
    this.addSql(`create index "portal_message_phone_idx" on "portal_message" ("phone_bidx", "created_at" desc);`);
    this.addSql(`create index "portal_message_ip_idx" on "portal_message" ("ip", "created_at" desc);`);
    this.addSql(`alter table "portal_message" enable row level security;`);
    this.addSql(`alter table "portal_message" force row level security;`);
    this.addSql(`create policy "portal_message_scope" on "portal_message" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);

    this.addSql(`alter table "portal_verification" drop constraint if exists "portal_verification_purpose_check";`);
    this.addSql(`alter table "portal_verification" add constraint "portal_verification_purpose_check" check ("purpose" in ('APPLY', 'LOOKUP', 'MESSAGE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_message";`);
    this.addSql(`delete from "portal_verification" where "purpose" = 'MESSAGE';`);
    this.addSql(`alter table "portal_verification" drop constraint if exists "portal_verification_purpose_check";`);
    this.addSql(`alter table "portal_verification" add constraint "portal_verification_purpose_check" check ("purpose" in ('APPLY', 'LOOKUP'));`);
  }
}
