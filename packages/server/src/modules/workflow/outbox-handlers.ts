import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { smsOutboxHandler } from '../sms/planning';
import { inboxOutboxHandler } from '../inbox/inbox.handler';

/**
 * Consumers of the transactional outbox (ADR 0024): `outbox-consume` claims a batch of events and calls every
 * handler with it inside the batch's transaction, then marks the events consumed. A handler writes only its own
 * tables (set-based where it can) and returns the ids of the events it queued an SMS for.
 */
export interface OutboxEventRow {
  seq: string;
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  areaCode: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

export interface OutboxHandler {
  name: string;
  /** Returns the ids of the events that got at least one SMS message (their `delivery_status` is `SMS_QUEUED`). */
  handle(ctx: RequestContext, em: EntityManager, events: readonly OutboxEventRow[]): Promise<ReadonlySet<string> | void>;
}

/** The handlers, in call order. Each module adds its own line. */
export const OUTBOX_HANDLERS: OutboxHandler[] = [
  smsOutboxHandler, // modules/sms: sms_message rows (applicant and window staff)
  inboxOutboxHandler, // modules/inbox: staff notifications
];
