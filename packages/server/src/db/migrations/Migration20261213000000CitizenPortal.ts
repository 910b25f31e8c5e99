import { Migration } from '@mikro-orm/migrations';

/**
 * 网上预申请和进度查询 (modules/citizen, issue #15): a citizen proves a phone by an SMS code (after a self-hosted
 * picture captcha) before applying online or looking up an application.
 *
 * - `portal_verification`: one row per SMS code sent — the phone only as its blind index (the field key's HMAC, like
 *   `person.phone_bidx`), the code only as an HMAC, the purpose, the sender's address, expiry, wrong attempts,
 *   when it was verified and consumed. The per-phone and per-address throttles count these rows, so they hold
 *   across processes. Global (no row-level security): no readable personal data; rows older than two days are
 *   purged when a new code is sent.
 * - `portal_captcha_use`: every picture captcha answered (right or wrong) by its nonce — a captcha is good for one
 *   try — with the address (the per-address throttle of attempts).
 * - `application.query_no`: the 查询号 a portal pre-application gets at once (受理号 comes when the window
 *   confirms it); `application.channel` already has PORTAL.
 * - `sms_message`: recipient kind CITIZEN (a verification code to a phone that is not yet anyone's in the ledger)
 *   and `secret_enc`: the real text and parameters sealed (SM4) for the delivering worker, while `content` and
 *   `params` — what 短信记录 shows — have the code masked (******).
 * - `sms_template` VERIFY_CODE (urgent: also in quiet hours).
 */
export class Migration20261213000000CitizenPortal extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "portal_verification" (
      "id" uuid not null primary key,
      "purpose" varchar(8) not null check ("purpose" in ('APPLY', 'LOOKUP')),
      "phone_bidx" varchar(64) not null,
      "code_hash" varchar(64) not null,
      "ip" varchar(64) null,
      "created_at" timestamptz not null default now(),
      "expires_at" timestamptz not null,
      "attempts" integer not null default 0,
      "verified_at" timestamptz null,
      "consumed_at" timestamptz null
    );`);
    this.addSql(`create index "portal_verification_phone_idx" on "portal_verification" ("phone_bidx", "created_at" desc);`);
    this.addSql(`create index "portal_verification_ip_idx" on "portal_verification" ("ip", "created_at" desc);`);
    this.addSql(`create index "portal_verification_created_idx" on "portal_verification" ("created_at");`);
    this.addSql(`create table "portal_captcha_use" (
      "nonce" varchar(32) not null primary key,
      "ip" varchar(64) null,
      "correct" boolean not null,
      "used_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "portal_captcha_use_ip_idx" on "portal_captcha_use" ("ip", "used_at" desc);`);
    this.addSql(`create index "portal_captcha_use_used_idx" on "portal_captcha_use" ("used_at");`);

    this.addSql(`alter table "application" add column "query_no" varchar(32) null unique;`);

    this.addSql(`alter table "sms_message" add column "secret_enc" text null;`);
    this.addSql(`alter table "sms_message" drop constraint if exists "sms_message_recipient_kind_check";`);
    this.addSql(`alter table "sms_message" add constraint "sms_message_recipient_kind_check" check ("recipient_kind" in ('APPLICANT', 'WINDOW', 'CITIZEN'));`);
    this.addSql(`alter table "sms_template" drop constraint if exists "sms_template_recipient_kind_check";`);
    this.addSql(
      `alter table "sms_template" add constraint "sms_template_recipient_kind_check" check ("recipient_kind" in ('APPLICANT', 'WINDOW', 'CITIZEN'));`,
    );
    this.addSql(
      `insert into "sms_template" ("code", "name", "recipient_kind", "event_type", "content", "allowed_variables", "urgent") values ('VERIFY_CODE', '短信验证码（群众）', 'CITIZEN', 'citizen.verification_code', '您正在{purpose}，验证码{code}，{minutes}分钟内有效。如非本人操作，请忽略本短信。', '{purpose,code,minutes}'::text[], true) on conflict ("code") do nothing;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "sms_template" where "code" = 'VERIFY_CODE';`);
    this.addSql(`delete from "sms_message" where "recipient_kind" = 'CITIZEN';`);
    this.addSql(`alter table "sms_template" drop constraint if exists "sms_template_recipient_kind_check";`);
    this.addSql(`alter table "sms_template" add constraint "sms_template_recipient_kind_check" check ("recipient_kind" in ('APPLICANT', 'WINDOW'));`);
    this.addSql(`alter table "sms_message" drop constraint if exists "sms_message_recipient_kind_check";`);
    this.addSql(`alter table "sms_message" add constraint "sms_message_recipient_kind_check" check ("recipient_kind" in ('APPLICANT', 'WINDOW'));`);
    this.addSql(`alter table "sms_message" drop column if exists "secret_enc";`);
    this.addSql(`alter table "application" drop column if exists "query_no";`);
    this.addSql(`drop table if exists "portal_captcha_use", "portal_verification";`);
  }
}
