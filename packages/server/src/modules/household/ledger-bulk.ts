import type { EntityManager } from '@mikro-orm/postgresql';
import { PROGRAM_NAMES, TIER_NAMES, TIER_ORDER, TIER_PROGRAMS, type Tier } from '@xiejiu/rules';

/**
 * Set-based ledger steps for bulk paths (roster import, P2): the same rules as the per-household
 * steps of ledger-write.ts (`recomputeTier`, `addEvent`), for every household listed in a temporary
 * table at once. Raw SQL by design (ADR 0015: bulk paths); rows changed here bump `version`, so a
 * concurrent entity write of the same household is refused (CONFLICT) instead of lost. Callers run
 * them inside their transaction, in the system scope.
 */

/** `(program_code, tier, rank, reason)` of every tier-conferring program, as a VALUES list. */
function tierMapSql(): { sql: string; params: unknown[] } {
  const rows = Object.entries(TIER_PROGRAMS) as Array<[string, Tier]>;
  return {
    sql: `(values ${rows.map(() => '(?::text, ?::text, ?::int, ?::text)').join(', ')}) as tm(program_code, tier, rank, reason)`,
    params: rows.flatMap(([program, tier]) => [program, tier, TIER_ORDER.indexOf(tier), `${TIER_NAMES[tier]}：享受 ${PROGRAM_NAMES[program] ?? program}`]),
  };
}

/**
 * Recomputes the tier of every household in `touchedTable` (a table with a `household_id` column)
 * like `recomputeTier`: highest tier of the active benefits (ACTIVE, PHASE_OUT) of the household and
 * of its living active members. Changes write `tier_history` and a `tier.changed` event. Returns the
 * number of households whose tier changed.
 */
export async function recomputeTiersBulk(em: EntityManager, touchedTable: string, cause: string, actorName: string): Promise<number> {
  const map = tierMapSql();
  await em.execute(`drop table if exists bulk_tier`);
  await em.execute(
    `create temp table bulk_tier on commit drop as
     select t.household_id, best.tier, best.reason
       from (select distinct household_id from ${touchedTable}) t
       left join lateral (
         select tm.tier, tm.reason
           from (select * from benefit b0 where b0.household_id = t.household_id offset 0) b join ${map.sql} on tm.program_code = b.program_code -- fenced: by household only (in an import's transaction the statistics still say benefit is empty; a bitmap of the status or program index per household made this quadratic — docs/benchmarks.md, P1)
          where b.household_id = t.household_id and b.status in ('ACTIVE', 'PHASE_OUT')
            and (b.person_id is null or exists (
                  select 1 from membership ms join person p on p.id = ms.person_id
                   where ms.person_id = b.person_id and ms.household_id = b.household_id and ms.to_date is null
                     and p.death_date is null and not ('DECEASED' = any (p.statuses))))
          order by tm.rank limit 1) best on true`,
    map.params,
  );
  const none = '无分层';
  const name = (col: string) => `coalesce(case ${col} ${TIER_ORDER.map((t) => `when '${t}' then '${TIER_NAMES[t]}'`).join(' ')} end, '${none}')`;
  await em.execute(
    `insert into tier_history (id, household_id, area_code, from_tier, to_tier, reason, actor_name, at)
     select gen_random_uuid(), h.id, h.area_code, h.tier, n.tier, left(? || '：' || coalesce(n.reason, '无分层救助事项'), 200), left(?, 64), now()
       from household h join bulk_tier n on n.household_id = h.id
      where h.tier is distinct from n.tier`,
    [cause, actorName],
  );
  await em.execute(
    `insert into household_event (id, household_id, area_code, kind, summary, actor_name, at)
     select gen_random_uuid(), h.id, h.area_code, 'tier.changed',
            left('层级由“' || ${name('h.tier')} || '”变为“' || ${name('n.tier')} || '”（' || ? || '）', 300), left(?, 64), now()
       from household h join bulk_tier n on n.household_id = h.id
      where h.tier is distinct from n.tier`,
    [cause, actorName],
  );
  const res = await em.execute(
    `update household h set tier = n.tier, tier_reason = n.reason, updated_at = now(), version = h.version + 1
       from bulk_tier n where n.household_id = h.id and h.tier is distinct from n.tier`,
    [],
    'run',
  );
  return affected(res);
}

/** One `kind` event with `summary` for every household in `table` (a `household_id` column). */
export async function addEventsBulk(em: EntityManager, table: string, kind: string, summary: string, actorName: string): Promise<void> {
  await em.execute(
    `insert into household_event (id, household_id, area_code, kind, summary, actor_name, at)
     select gen_random_uuid(), h.id, h.area_code, ?, left(?, 300), left(?, 64), now()
       from household h where h.id in (select household_id from ${table})`,
    [kind, summary, actorName],
  );
}

export function affected(res: unknown): number {
  const r = res as { affectedRows?: number; rowCount?: number };
  return Number(r.affectedRows ?? r.rowCount ?? 0);
}
