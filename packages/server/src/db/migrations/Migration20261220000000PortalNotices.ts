import { Migration } from '@mikro-orm/migrations';

/**
 * 通知公告 (modules/portal, issue #15): the notices the public portal shows (home page 「通知公告」, `/gonggao`), kept by
 * the district in the console (门户内容 › 通知公告). District-wide public content like `portal_faq` (no area column, no
 * personal data, no row-level security); optimistic locking through `version`, every change in the operation log.
 * `published_at` is set when a notice is first published; a published notice always has it (check constraint).
 */
export class Migration20261220000000PortalNotices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "portal_notice" (
      "id" uuid not null primary key,
      "title" varchar(100) not null,
      "body" varchar(5000) not null,
      "category" varchar(16) not null check ("category" in ('NOTICE', 'POLICY', 'WORK')),
      "pinned" boolean not null default false,
      "published" boolean not null default false,
      "published_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_by" uuid null,
      "updated_by_name" varchar(64) not null,
      "updated_at" timestamptz not null default now(),
      "version" integer not null default 1,
      constraint "portal_notice_published_at_chk" check (not "published" or "published_at" is not null)
    );`);
    this.addSql(`create index "portal_notice_public_idx" on "portal_notice" ("pinned" desc, "published_at" desc) where "published";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_notice";`);
  }
}
