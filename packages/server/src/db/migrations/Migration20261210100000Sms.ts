import { Migration } from '@mikro-orm/migrations';

/**
 * SMS delivery (issue #14, ADR 0024; modules/sms):
 *
 * - `sms_message`: one row per recipient per outbox event (`idempotency_key` unique: event id + recipient kind +
 *   recipient id), the phone sealed (SM4) with a masked copy, the content rendered at creation, the delivery state
 *   (claim lease, attempts, backoff, provider ids). `area_code` is the event's area, under row-level security like
 *   `outbox_event`.
 * - `sms_template`: the registered texts, editable by the system administrator (global, no RLS).
 * - `sms_config`: the provider chosen in the console (one row; secrets sealed; global, no RLS).
 * - `sms_log_outbox`: what the `log` provider "sent", one row per idempotency key (its lookups read it).
 * - `app_user.mobile_enc` / `mobile_masked`: a staff member's optional mobile (window staff get SMS).
 */
/** The registered texts at the time of this migration (code, name, recipient, event type, content, variables, urgent). */
const SEED: Array<[string, string, string, string | null, string, string[], boolean]> = [
  [
    'ACCEPTED',
    '受理（申请人）',
    'APPLICANT',
    null,
    '您的【{programs}】申请已受理，受理号{receiptNo}，预计{days}个工作日内办结。',
    ['programs', 'receiptNo', 'days', 'name'],
    false,
  ],
  [
    'REFERRED',
    '转办（申请人）',
    'APPLICANT',
    null,
    '您的【{program}】申请（受理号{receiptNo}）已转【{department}】办理。',
    ['program', 'receiptNo', 'department', 'name'],
    false,
  ],
  [
    'SUPPLEMENT',
    '补正（申请人）',
    'APPLICANT',
    null,
    '您的【{program}】申请（受理号{receiptNo}）需补充材料：{note}，请于{dueDate}前补充。',
    ['program', 'receiptNo', 'note', 'dueDate', 'name'],
    false,
  ],
  [
    'PUBLICITY',
    '公示开始（申请人）',
    'APPLICANT',
    null,
    '您的【{program}】申请（受理号{receiptNo}）已进入公示，公示期至{until}。',
    ['program', 'receiptNo', 'until', 'name'],
    false,
  ],
  [
    'APPROVED',
    '批准（申请人）',
    'APPLICANT',
    null,
    '您的【{program}】申请（受理号{receiptNo}）经审核确认符合条件，自{startMonth}起发放。',
    ['program', 'receiptNo', 'startMonth', 'amount', 'name'],
    false,
  ],
  [
    'REFUSED',
    '不予批准（申请人）',
    'APPLICANT',
    null,
    '您的【{program}】申请（受理号{receiptNo}）经审核不符合条件，书面告知书已送达，如有异议可于60日内申请行政复议。',
    ['program', 'receiptNo', 'name'],
    false,
  ],
  [
    'WINDOW_ACCEPTED',
    '受理（窗口）',
    'WINDOW',
    'application.accepted',
    '{area}{name}的【{programs}】申请已受理，受理号{receiptNo}。',
    ['area', 'name', 'programs', 'receiptNo'],
    false,
  ],
  [
    'WINDOW_SUPPLEMENT',
    '补正（窗口）',
    'WINDOW',
    'referral.supplement_requested',
    '{area}{name}的【{program}】申请（受理号{receiptNo}）需补正材料，请于{dueDate}前协助补充。',
    ['area', 'name', 'program', 'receiptNo', 'dueDate'],
    false,
  ],
  [
    'WINDOW_APPROVED',
    '批准（窗口）',
    'WINDOW',
    'referral.approved',
    '{area}{name}的【{program}】申请（受理号{receiptNo}）已批准，自{startMonth}起发放。',
    ['area', 'name', 'program', 'receiptNo', 'startMonth'],
    false,
  ],
  [
    'WINDOW_REFUSED',
    '不予批准（窗口）',
    'WINDOW',
    'referral.refused',
    '{area}{name}的【{program}】申请（受理号{receiptNo}）不予批准，请做好解释工作。',
    ['area', 'name', 'program', 'receiptNo'],
    false,
  ],
  [
    'WINDOW_SUPERVISED',
    '督办（窗口）',
    'WINDOW',
    'referral.supervised',
    '受理号{receiptNo}的【{program}】转办单已被{level}，请跟进办理进度。',
    ['receiptNo', 'program', 'level'],
    false,
  ],
  [
    'WINDOW_WARNING',
    '超时预警（窗口）',
    'WINDOW',
    'referral.warning',
    '受理号{receiptNo}的【{program}】转办单将于{dueDate}到期，请跟进办理进度。',
    ['receiptNo', 'program', 'dueDate'],
    false,
  ],
  [
    'WINDOW_OVERDUE',
    '已超期（窗口）',
    'WINDOW',
    'referral.overdue',
    '受理号{receiptNo}的【{program}】转办单已超过办理期限（{dueDate}），请跟进。',
    ['receiptNo', 'program', 'dueDate'],
    true,
  ],
];

export class Migration20261210100000Sms extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "mobile_enc" text null, add column "mobile_masked" varchar(20) null;`);

    this.addSql(`create table "sms_message" (
      "id" uuid not null primary key,
      "idempotency_key" varchar(120) not null unique,
      "event_id" uuid not null,
      "event_type" varchar(48) not null,
      "template_code" varchar(32) not null,
      "recipient_kind" varchar(12) not null check ("recipient_kind" in ('APPLICANT', 'WINDOW')),
      "recipient_ref" uuid null,
      "phone_enc" text null,
      "phone_masked" varchar(20) null,
      "content" varchar(500) not null,
      "params" jsonb not null default '{}',
      "area_code" varchar(12) collate "C" not null,
      "department_id" uuid null,
      "urgent" boolean not null default false,
      "status" varchar(12) not null default 'QUEUED'
        check ("status" in ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'DEAD', 'UNKNOWN', 'SKIPPED')),
      "attempts" int not null default 0,
      "next_attempt_at" timestamptz not null default now(),
      "lease_until" timestamptz null,
      "lease_owner" uuid null,
      "uncertain" boolean not null default false,
      "provider" varchar(16) null,
      "provider_message_id" varchar(100) null,
      "last_error" varchar(500) null,
      "sent_at" timestamptz null,
      "delivered_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "sms_message_due_index" on "sms_message" ("next_attempt_at") where "status" in ('QUEUED', 'FAILED', 'SENDING');`);
    this.addSql(`create index "sms_message_list_index" on "sms_message" ("created_at" desc, "id");`);
    this.addSql(`create index "sms_message_department_index" on "sms_message" ("department_id", "created_at" desc) where "department_id" is not null;`);
    this.addSql(`create index "sms_message_provider_id_index" on "sms_message" ("provider_message_id") where "provider_message_id" is not null;`);
    this.addSql(`alter table "sms_message" enable row level security;`);
    this.addSql(`alter table "sms_message" force row level security;`);
    this.addSql(`create policy "sms_message_scope" on "sms_message" using (app_area_visible("area_code")) with check (app_area_visible("area_code"));`);

    this.addSql(`create table "sms_template" (
      "code" varchar(32) not null primary key,
      "name" varchar(32) not null,
      "recipient_kind" varchar(12) not null check ("recipient_kind" in ('APPLICANT', 'WINDOW')),
      "event_type" varchar(48) null,
      "content" varchar(300) not null,
      "allowed_variables" text[] not null,
      "amounts_approved" boolean not null default false,
      "enabled" boolean not null default true,
      "urgent" boolean not null default false,
      "provider_template_id" varchar(64) null,
      "version" int not null default 1,
      "updated_by_name" varchar(64) null,
      "updated_at" timestamptz not null default now());`);
    const q = (v: string | null) => (v === null ? 'null' : `'${v.replace(/'/g, "''")}'`);
    for (const [code, name, kind, eventType, content, variables, urgent] of SEED) {
      this.addSql(
        `insert into "sms_template" ("code", "name", "recipient_kind", "event_type", "content", "allowed_variables", "urgent") values (${q(code)}, ${q(name)}, ${q(kind)}, ${q(eventType)}, ${q(content)}, ${q(`{${variables.join(',')}}`)}::text[], ${urgent});`,
      );
    }

    this.addSql(`create table "sms_config" (
      "id" uuid not null primary key default '00000000-0000-0000-0000-000000000001' check ("id" = '00000000-0000-0000-0000-000000000001'),
      "provider" varchar(16) not null check ("provider" in ('log', 'aliyun', 'tencent', 'http')),
      "endpoint" varchar(300) null,
      "access_key_id" varchar(128) null,
      "secret_enc" text null,
      "sign_name" varchar(32) null,
      "sdk_app_id" varchar(32) null,
      "region" varchar(32) null,
      "rate_per_second" int not null default 10 check ("rate_per_second" between 1 and 1000),
      "receipt_token_enc" text null,
      "quiet_start" varchar(5) not null default '21:00',
      "quiet_end" varchar(5) not null default '08:00',
      "version" int not null default 1,
      "updated_by_name" varchar(64) not null,
      "updated_at" timestamptz not null default now());`);

    this.addSql(`create table "sms_log_outbox" (
      "idempotency_key" varchar(120) not null primary key,
      "message_id" varchar(130) not null,
      "phone_masked" varchar(20) null,
      "content" varchar(500) not null,
      "created_at" timestamptz not null default now());`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sms_log_outbox", "sms_config", "sms_template", "sms_message";`);
    this.addSql(`alter table "app_user" drop column if exists "mobile_enc", drop column if exists "mobile_masked";`);
  }
}
