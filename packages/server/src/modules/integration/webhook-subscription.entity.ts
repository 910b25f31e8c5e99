import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * A token's callback URL (回调地址, ADR 0032). The secret is sealed with the field key (`secret_enc`,
 * modules/field-keys sealed-columns.ts); `dispatched_seq` (not mapped) is the feed position up to which events were queued as
 * deliveries — bookkeeping written by the `webhook-deliver` job with SQL (like `api_token.last_used_at`), not a
 * change anyone edits, so it does not bump `version`.
 */
@Entity({ tableName: 'webhook_subscription' })
export class WebhookSubscription {
  [OptionalProps]?: 'id' | 'eventTypes' | 'active' | 'createdAt' | 'disabledAt' | 'createdBy' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  apiTokenId!: string;

  @Property({ type: 'string', length: 500 })
  url!: string;

  @Property({ type: 'text', hidden: true })
  secretEnc!: string;

  /** Integration event types (events.ts); empty → every type the token may see. */
  @Property({ type: 'text[]' })
  eventTypes: string[] = [];

  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null;

  @Property({ type: 'string', length: 64 })
  createdByName!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  /** Optimistic lock (ADR 0015). */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
