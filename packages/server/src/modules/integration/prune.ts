import type { RequestContext } from '../../graphql/request-context';
import { nowOf } from '../../shared/dates';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';

/** Rows one statement removes; the job repeats until nothing old is left (short transactions, no long locks). */
const BATCH = 5_000;
const DAY_MS = 86_400_000;

export interface PruneResult {
  /** Change-feed events removed (older than INTEGRATION_EVENT_RETENTION_DAYS and queued for every active webhook). */
  events: number;
  /** Finished webhook deliveries removed (DELIVERED or FAILED, older than WEBHOOK_DELIVERY_RETENTION_DAYS). */
  deliveries: number;
}

/**
 * The change feed's and the webhooks' retention (README.md "Retention", ADR 0032 amendment), run daily by the
 * `integration-prune` job as the system:
 * - `integration_event` rows older than `INTEGRATION_EVENT_RETENTION_DAYS` (default 365; 0 keeps everything) go,
 *   oldest first — but never one an active subscription has not queued yet (`seq` above the lowest
 *   `dispatched_seq` of the active subscriptions stays). An integrator whose cursor points before the oldest kept
 *   event simply continues from it (the cursor is a position, not a row).
 * - `webhook_delivery` rows that are finished (DELIVERED, FAILED) and older than `WEBHOOK_DELIVERY_RETENTION_DAYS`
 *   (default 90; 0 keeps everything); PENDING and SENDING ones are never touched.
 * Logged `integration.pruned` with the counts when anything was removed.
 */
export async function pruneIntegration(ctx: RequestContext, stopping: () => boolean = () => false): Promise<PruneResult> {
  const { feedRetentionDays, deliveryRetentionDays } = ctx.runtime.config.webhooks;
  const now = nowOf(ctx).getTime();
  const out: PruneResult = { events: 0, deliveries: 0 };
  if (deliveryRetentionDays > 0) {
    const before = new Date(now - deliveryRetentionDays * DAY_MS);
    for (;;) {
      const rows = await ctx.tx((em) =>
        sqlRows(
          em,
          `delete from webhook_delivery where id in (
             select id from webhook_delivery where status in ('DELIVERED', 'FAILED') and created_at < ? limit ${BATCH}) returning 1 as x`,
          [before],
        ),
      );
      out.deliveries += rows.length;
      if (rows.length < BATCH || stopping()) break;
    }
  }
  if (feedRetentionDays > 0) {
    if (feedRetentionDays < 30) throw new Error('INTEGRATION_EVENT_RETENTION_DAYS must be 0 (keep) or at least 30');
    const before = new Date(now - feedRetentionDays * DAY_MS);
    for (;;) {
      // The oldest BATCH events (the head of the primary key, however large the table): those old enough and queued
      // for every active subscription go; the loop ends at the first batch that is not all gone. The app role may not
      // delete from the feed: the owner's function does it, and refuses a cutoff under 30 days
      // (Migration20261222200000IntegrationPrune).
      const [{ n }] = await ctx.tx((em) => sqlRows<{ n: number }>(em, `select integration_prune_events(?::timestamptz, ${BATCH}) as n`, [before]));
      out.events += Number(n);
      if (Number(n) < BATCH || stopping()) break;
    }
  }
  if (out.events + out.deliveries > 0)
    await ctx.tx(() =>
      recordAudit(ctx, { action: 'integration.pruned', entityType: 'integration_event', detail: { ...out, feedRetentionDays, deliveryRetentionDays } }),
    );
  return out;
}
