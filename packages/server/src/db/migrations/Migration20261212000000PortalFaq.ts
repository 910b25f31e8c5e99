import { Migration } from '@mikro-orm/migrations';

/**
 * 常见问题 (modules/portal, issue #15): the questions and answers the public portal shows (门户「常见问题」, and on a
 * program's page those tied to it), kept by the district in the console (门户内容 › 常见问题). Global, public reference
 * data like `service_window` (no personal data, no row-level security); optimistic locking through `version`, every
 * change in the operation log. `program_code` ties a question to a program of the catalogue (null = general).
 */
export class Migration20261212000000PortalFaq extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "portal_faq" (
      "id" uuid not null primary key,
      "question" varchar(200) not null,
      "answer" varchar(2000) not null,
      "program_code" varchar(32) null,
      "sort_order" integer not null default 0,
      "published" boolean not null default true,
      "created_at" timestamptz not null default now(),
      "updated_by" uuid null,
      "updated_by_name" varchar(64) not null,
      "updated_at" timestamptz not null default now(),
      "version" integer not null default 1
    );`);
    this.addSql(`create index "portal_faq_order_idx" on "portal_faq" ("sort_order", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_faq";`);
  }
}
