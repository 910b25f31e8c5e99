import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { AppError } from '../../shared/errors';
import { nowOf } from '../../shared/dates';
import { wakeSystemJob } from '../jobs/jobs.service';
import { afterQuietHours, loadProviderConfig } from './config';
import { emSql } from './db';
import { renderTemplate } from './templates';

/** What 短信记录 shows in place of a secret value (a verification code). */
export const SECRET_MASK = '******';

export interface CitizenSms {
  /** The row that caused the message (a verification code's id): `event_id`, and the idempotency key. */
  sourceId: string;
  eventType: string;
  templateCode: string;
  /** The mobile number, 11 digits. */
  phone: string;
  params: Record<string, string>;
  /** Values only the provider sees (the code): masked in `content` and `params`, the real text sealed in `secret_enc`. */
  secret: Record<string, string>;
  /** The area the row is filed under (row-level security of `sms_message`): the district for a portal code. */
  areaCode: string;
  /** A message the caller can do without (a receipt): a disabled template sends nothing instead of refusing. */
  optional?: boolean;
}

/**
 * Queues one SMS to a citizen's phone that is not (yet) anyone's in the ledger — a verification code of the portal
 * (modules/citizen), the receipt of an online application — in the caller's transaction, with a template of recipient kind CITIZEN that the system
 * administrator may edit like the others. 短信记录 shows the text with the secret values masked (******); the
 * delivering worker decrypts the sealed text (delivery.ts). A disabled template refuses: the caller cannot do
 * without the message.
 */
export async function queueCitizenSms(ctx: RequestContext, em: EntityManager, m: CitizenSms & { optional: true }): Promise<string | null>;
export async function queueCitizenSms(ctx: RequestContext, em: EntityManager, m: CitizenSms): Promise<string>;
export async function queueCitizenSms(ctx: RequestContext, em: EntityManager, m: CitizenSms): Promise<string | null> {
  const sql = emSql(em);
  const [t] = await sql<{ content: string; allowedVariables: string[]; urgent: boolean }>(
    `select content, allowed_variables as "allowedVariables", urgent from sms_template where code = ? and enabled and recipient_kind = 'CITIZEN'`,
    [m.templateCode],
  );
  if (!t && m.optional) return null;
  if (!t) throw new AppError('INVALID_STATE', '短信验证码暂停发送，请拨打救助热线或到社会救助窗口办理');
  const shown = { ...m.params, ...Object.fromEntries(Object.keys(m.secret).map((k) => [k, SECRET_MASK])) };
  const real = { ...m.params, ...m.secret };
  const pick = (all: Record<string, string>) => Object.fromEntries(Object.entries(all).filter(([k]) => t.allowedVariables.includes(k)));
  const render = (all: Record<string, string>) => renderTemplate(t.content, all, { allowed: t.allowedVariables });
  const fc = ctx.runtime.fieldCrypto;
  const now = nowOf(ctx);
  const cfg = t.urgent ? null : await loadProviderConfig(sql, fc);
  const id = randomUUID();
  await sql(
    `insert into sms_message (id, idempotency_key, event_id, event_type, template_code, recipient_kind, recipient_ref, phone_enc, phone_masked,
                              content, params, secret_enc, area_code, urgent, status, next_attempt_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, 'CITIZEN', null, ?, ?, ?, ?::jsonb, ?, ?, ?, 'QUEUED', ?, ?, ?)`,
    [
      id,
      `${m.sourceId}:CITIZEN`,
      m.sourceId,
      m.eventType,
      m.templateCode,
      fc.encrypt(m.phone),
      `${m.phone.slice(0, 3)}****${m.phone.slice(-4)}`,
      render(shown),
      JSON.stringify(pick(shown)),
      fc.encrypt(JSON.stringify({ content: render(real), params: pick(real) })),
      m.areaCode,
      t.urgent,
      cfg ? afterQuietHours(now, cfg.quietStart, cfg.quietEnd) : now,
      now,
      now,
    ],
  );
  // At once: the citizen is waiting at the form (graphile-worker NOTIFY at commit).
  await wakeSystemJob(em, 'sms-deliver');
  return id;
}
