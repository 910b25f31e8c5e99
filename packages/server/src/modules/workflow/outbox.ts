import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { nowOf } from '../../shared/dates';
import { wakeSystemJob } from '../jobs/jobs.service';
import type { RequestContext } from '../../graphql/request-context';
import { eventFromOutbox } from '../integration/events';

/**
 * Domain events into the transactional outbox (`outbox_event`), written in the same transaction
 * as the state change they report: a rolled-back transition leaves no event. The notifications
 * issue's delivery worker reads unpublished rows in `seq` order and marks them published.
 *
 * Events that notify the applicant carry `sms`: the registered template (docs/domain.md, "Notifications") and its
 * parameters, with no sensitive data. The recipient is resolved when the event is consumed from
 * `applicantPersonId` (phones stay encrypted in the ledger). The texts in force are the `sms_template` rows the
 * system administrator edits (modules/sms, seeded from `SMS_TEMPLATE_DEFS`); `SMS_TEMPLATES` below names the codes
 * and keeps the registered default texts.
 */

export const SMS_TEMPLATES = {
  ACCEPTED: '您的【{programs}】申请已受理，受理号{receiptNo}，预计{days}个工作日内办结。',
  REFERRED: '您的【{program}】申请（受理号{receiptNo}）已转【{department}】办理。',
  SUPPLEMENT: '您的【{program}】申请（受理号{receiptNo}）需补充材料：{note}，请于{dueDate}前补充。',
  PUBLICITY: '您的【{program}】申请（受理号{receiptNo}）已进入公示，公示期至{until}。',
  APPROVED: '您的【{program}】申请（受理号{receiptNo}）经审核确认符合条件，自{startMonth}起发放。',
  REFUSED: '您的【{program}】申请（受理号{receiptNo}）经审核不符合条件，书面告知书已送达，如有异议可于60日内申请行政复议。',
} as const;
export type SmsTemplate = keyof typeof SMS_TEMPLATES;

import { EVENT_TYPES } from './event-types';

export { EVENT_TYPES };

export interface DomainEvent {
  type: keyof typeof EVENT_TYPES | string;
  aggregateType: 'application' | 'referral' | 'verification' | 'crosscheck_run' | 'consultation_task';
  aggregateId: string;
  areaCode: string;
  payload: Record<string, unknown>;
  sms?: { template: SmsTemplate; params: Record<string, string | number | undefined> };
}

export async function emitEvent(ctx: RequestContext, em: EntityManager, e: DomainEvent): Promise<void> {
  if (!(e.type in EVENT_TYPES)) throw new Error(`unknown domain event type ${e.type}`);
  const payload = { ...e.payload, ...(e.sms ? { sms: e.sms } : {}), actor: ctx.actor.name };
  await em.execute(
    `insert into outbox_event (id, type, aggregate_type, aggregate_id, area_code, payload, request_id, occurred_at) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)`,
    [randomUUID(), e.type, e.aggregateType, e.aggregateId, e.areaCode, JSON.stringify(payload), ctx.requestId, nowOf(ctx)],
  );
  await eventFromOutbox(ctx, em, e); // the integrators' change feed (modules/integration): referral events
  // Consumed within seconds of the commit (SMS, inbox), not only at the next minute; nothing if this rolls back.
  await wakeSystemJob(em, 'outbox-consume');
}

/** Fills a registered default text (the delivery renders the edited `sms_template` rows: modules/sms `renderTemplate`). */
export function renderSms(template: SmsTemplate, params: Record<string, string | number | undefined>): string {
  return SMS_TEMPLATES[template].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
