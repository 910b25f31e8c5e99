import { Migration } from '@mikro-orm/migrations';

/**
 * The change feed stays append-only for the application role (ensureAppRole revokes update / delete on
 * `integration_event`); its retention (modules/integration prune.ts) removes old events through this function, which
 * runs as its owner (security definer) and refuses a cutoff less than 30 days old — so even a compromised application
 * cannot delete what integrators may still be catching up on. It removes, from the oldest `p_batch` events (≤ 10,000),
 * those older than `p_before` that every active webhook subscription has queued (`seq` ≤ the lowest
 * `dispatched_seq`), and returns how many. Row-level security still applies (the caller's area settings).
 */
export class Migration20261222200000IntegrationPrune extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function integration_prune_events(p_before timestamptz, p_batch integer) returns integer
      language plpgsql security definer set search_path = pg_catalog, public as $$
      declare
        n integer;
      begin
        if p_before > now() - interval '30 days' then
          raise exception '变更事件至少保留 30 天 / integration_prune_events: cutoff % is less than 30 days old', p_before;
        end if;
        with head as (select seq, occurred_at from public.integration_event order by seq limit least(greatest(p_batch, 1), 10000)),
             keep_from as (select min(dispatched_seq) as seq from public.webhook_subscription where active)
        delete from public.integration_event e using head
         where e.seq = head.seq and head.occurred_at < p_before
           and head.seq <= coalesce((select seq from keep_from), head.seq);
        get diagnostics n = row_count;
        return n;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists integration_prune_events(timestamptz, integer);`);
  }
}
