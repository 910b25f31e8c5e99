import type { EntityManager } from '@mikro-orm/postgresql';
import { affected, addEventsBulk, recomputeTiersBulk } from '../household/ledger-bulk';
import { sqlRows } from '../../shared/sql';
import { emitRosterEvents } from '../integration/events';

/**
 * The set-based merge of a 救助对象名册 into the ledger (P1, P2), on the temporary table `stage`
 * (stage.ts) inside the import's transaction, in the system scope (a person may already live in any
 * area). Raw SQL by design — a bulk path (ADR 0015); rows it changes bump `version`.
 *
 * 1. Rows: in-file duplicates (same row key) and rows imported before (`import_row_key`) drop out.
 * 2. Heads: a row whose 户主身份证号 is neither in the file nor in the ledger cannot be placed →
 *    row error HEAD_NOT_FOUND (returned; the caller reports it).
 * 3. Persons by the ID blind index: new ones get their ids (inserted in step 5 with their household).
 * 4. Households: the head's active household, else a new one on the row's village with the head.
 * 5. Members: a person without an active household joins the head's. Conflicts never stop the import:
 *    a person listed under two heads keeps the first; a person already in another household keeps it —
 *    both are kept in `roster_conflict` as evidence for the cross-check (rule 8).
 * 6. Benefits of the program's owning department: one per person and program (the last row of the file
 *    wins); an open benefit (not STOPPED) is updated when amount or dates differ, else a new one is
 *    created (`source` ROSTER, `source_ref` the batch). An end date in the past → STOPPED.
 * 7. Tiers of every household touched, events, and the row keys.
 */
export interface RosterMergeResult {
  valid: number;
  duplicates: number;
  unchanged: number;
  imported: number;
  conflicts: number;
  households: number;
  /** Lines whose head could not be found (row error HEAD_NOT_FOUND). */
  headNotFound: number[];
}

export interface RosterMergeInput {
  batchId: string;
  today: string;
  /** program code → owning department id */
  departments: Map<string, string>;
  actorName: string;
  datasetName: string;
}

export async function mergeRoster(em: EntityManager, input: RosterMergeInput): Promise<RosterMergeResult> {
  const { batchId, today, actorName } = input;
  const x = (sql: string, params: unknown[] = []) => em.execute(sql, params, 'run');
  const [{ n, d }] = await sqlRows<{ n: number; d: number }>(em, `select count(*)::int as n, count(distinct row_key)::int as d from stage`);

  await x(`create temp table r on commit drop as select distinct on (row_key) * from stage order by row_key, line`);
  const unchanged = affected(await x(`delete from r using import_row_key k where k.dataset = 'roster' and k.row_key = r.row_key`));
  await x(`alter table r add column person_id uuid, add column head_id uuid, add column household_id uuid, add column department_id uuid,
             add column benefit_id uuid, add column changed boolean not null default false`);
  await x(`create index on r (id_bidx)`);
  await x(`analyze r`);

  // 2. Heads that exist nowhere.
  const missing = await sqlRows<{ line: number }>(
    em,
    `delete from r where head_bidx <> id_bidx
        and not exists (select 1 from r r2 where r2.id_bidx = r.head_bidx)
        and not exists (select 1 from person p where p.id_bidx = r.head_bidx)
     returning line`,
  );

  const programs = [...input.departments];
  if (programs.length) {
    await x(
      `update r set department_id = pd.department_id::uuid
         from (values ${programs.map(() => '(?::text, ?::text)').join(', ')}) as pd(program_code, department_id)
        where pd.program_code = r.program_code`,
      programs.flat(),
    );
  }

  // 3. Persons.
  await x(`create temp table rp on commit drop as
           select distinct on (id_bidx) id_bidx, id_enc, id_masked, name, birth_date, sex, area_code, phone_enc, phone_bidx, phone_masked
             from r order by id_bidx, line`);
  await x(`alter table rp add column person_id uuid, add column is_new boolean not null default false`);
  // Before the updates below: an index built after them in this transaction would be unusable (broken HOT chains → indcheckxmin).
  await x(`create index on rp (id_bidx)`);
  await x(`analyze rp`);
  await x(`update rp set person_id = p.id from person p where p.id_bidx = rp.id_bidx`);
  await x(`update rp set person_id = gen_random_uuid(), is_new = true where person_id is null`);
  // New persons are inserted in step 5, once their household is known (no second write of a million rows).
  await x(`update r set person_id = rp.person_id, changed = rp.is_new from rp where rp.id_bidx = r.id_bidx`);
  await x(`update r set head_id = rp.person_id from rp where rp.id_bidx = r.head_bidx`);
  await x(`update r set head_id = p.id from person p where r.head_id is null and p.id_bidx = r.head_bidx`);
  // Temporary tables have no statistics until analysed: without them the planner picks nested loops.
  await x(`analyze r`);

  // 4. Households: the head's own row decides the village when the head is in the file.
  await x(`create temp table hh on commit drop as
           select distinct on (head_id) head_id, area_code from r order by head_id, (id_bidx = head_bidx) desc, line`);
  await x(`alter table hh add column household_id uuid, add column is_new boolean not null default false`);
  await x(`create index on hh (head_id)`);
  await x(`analyze hh`);
  await x(`update hh set household_id = m.household_id from membership m where m.person_id = hh.head_id and m.to_date is null`);
  await x(`update hh set household_id = gen_random_uuid(), is_new = true where household_id is null`);
  await x(`insert into household (id, area_code, address, residence_type, head_person_id, status, created_at, updated_at, version)
           select household_id, area_code, '', case when substr(area_code, 10, 3)::int < 200 then 'URBAN' else 'RURAL' end, head_id, 'ACTIVE', now(), now(), 1
             from hh where is_new`);
  await x(
    `insert into membership (id, household_id, person_id, area_code, relation, from_date, created_at)
     select gen_random_uuid(), household_id, head_id, area_code, 'HEAD', ?::date, now() from hh where is_new`,
    [today],
  );
  await x(`update person p set household_id = hh.household_id, area_code = hh.area_code, updated_at = now(), version = p.version + 1
             from hh where hh.is_new and p.id = hh.head_id`);
  await x(`update r set household_id = hh.household_id from hh where hh.head_id = r.head_id`);
  await x(`update r set changed = true from hh where hh.is_new and r.person_id = hh.head_id`);

  // 5. Members: each person's first row decides its head.
  await x(`create temp table pm on commit drop as
           select distinct on (person_id) person_id, head_id, household_id, relation, line from r where person_id <> head_id order by person_id, line`);
  await x(`alter table pm add column current_household uuid, add column deceased boolean not null default false`);
  await x(`create index on pm (person_id)`);
  await x(`analyze pm`);
  await x(`update pm set current_household = m.household_id from membership m where m.person_id = pm.person_id and m.to_date is null`);
  await x(`update pm set deceased = true from person p where p.id = pm.person_id and (p.death_date is not null or 'DECEASED' = any (p.statuses))`);
  await x(
    `insert into membership (id, household_id, person_id, area_code, relation, from_date, created_at)
     select gen_random_uuid(), pm.household_id, pm.person_id, h.area_code, pm.relation, ?::date, now()
       from pm join household h on h.id = pm.household_id where pm.current_household is null and not pm.deceased`,
    [today],
  );
  await x(`update person p set household_id = pm.household_id, area_code = h.area_code, updated_at = now(), version = p.version + 1
             from pm join household h on h.id = pm.household_id where pm.current_household is null and not pm.deceased and p.id = pm.person_id`);
  // The new persons, with the household they head or join and its village (the foreign keys are deferred:
  // households and memberships above already name them). The two updates above reached existing persons only.
  // Joins on plain columns only: the ledger's statistics still describe the tables before this import, and a
  // join on an expression (coalesce of the two) was planned as a nested loop over every new household.
  const personCols = `rp.person_id, rp.name, rp.id_enc, rp.id_bidx, rp.id_masked, rp.birth_date, rp.sex, rp.phone_enc, rp.phone_bidx, rp.phone_masked`;
  await x(`insert into person (id, name, id_enc, id_bidx, id_masked, birth_date, sex, phone_enc, phone_bidx, phone_masked, area_code, household_id,
                               statuses, created_at, updated_at, version)
           select ${personCols}, hh.area_code, hh.household_id, '{}'::text[], now(), now(), 1
             from rp join hh on hh.head_id = rp.person_id and hh.is_new where rp.is_new
           union all
           select ${personCols}, h.area_code, h.id, '{}'::text[], now(), now(), 1
             from rp join pm on pm.person_id = rp.person_id and pm.current_household is null and not pm.deceased
             join household h on h.id = pm.household_id
            where rp.is_new and not exists (select 1 from hh where hh.head_id = rp.person_id and hh.is_new)
           union all
           select ${personCols}, rp.area_code, null, '{}'::text[], now(), now(), 1
             from rp where rp.is_new and not exists (select 1 from hh where hh.head_id = rp.person_id and hh.is_new)
              and not exists (select 1 from pm where pm.person_id = rp.person_id and pm.current_household is null and not pm.deceased)`);
  await x(`update r set changed = true from pm where pm.person_id = r.person_id and pm.current_household is null and not pm.deceased and r.line = pm.line`);

  const conflicts =
    affected(
      await x(
        `insert into roster_conflict (id, batch_id, line, kind, person_id, household_id, listed_head_bidx, listed_area_code, program_code, area_code)
         select gen_random_uuid(), ?::uuid, r.line, 'TWO_HEADS', r.person_id, coalesce(pm.current_household, pm.household_id), r.head_bidx, r.area_code, r.program_code, h.area_code
           from r join pm on pm.person_id = r.person_id join household h on h.id = coalesce(pm.current_household, pm.household_id)
          where r.head_id <> pm.head_id`,
        [batchId],
      ),
    ) +
    affected(
      await x(
        `insert into roster_conflict (id, batch_id, line, kind, person_id, household_id, listed_head_bidx, listed_area_code, program_code, area_code)
         select gen_random_uuid(), ?::uuid, r.line, 'OTHER_HOUSEHOLD', r.person_id, pm.current_household, r.head_bidx, r.area_code, r.program_code, h.area_code
           from pm join r on r.person_id = pm.person_id and r.line = pm.line join household h on h.id = pm.current_household
          where pm.current_household is not null and pm.current_household <> pm.household_id`,
        [batchId],
      ),
    );

  // 6. Benefits, on the household the person actually belongs to (or last belonged to).
  await x(`create temp table rb on commit drop as
           select distinct on (person_id, program_code) line, person_id, program_code, department_id, amount_fen, start_date, end_date, null::uuid as benefit_id, null::uuid as household_id
             from r order by person_id, program_code, line desc`);
  await x(`create index on rb (person_id, program_code)`);
  await x(`analyze rb`);
  await x(`update rb set household_id = m.household_id
             from (select distinct on (person_id) person_id, household_id from membership
                    where person_id in (select person_id from rb) order by person_id, (to_date is null) desc, from_date desc) m
            where m.person_id = rb.person_id`);
  await x(`update rb set benefit_id = b.id from benefit b
            where b.person_id = rb.person_id and b.program_code = rb.program_code and b.department_id = rb.department_id and b.status <> 'STOPPED'`);
  await x(
    `with u as (
       update benefit b set monthly_amount_fen = rb.amount_fen, start_date = rb.start_date, end_date = rb.end_date,
              status = case when rb.end_date < ?::date then 'STOPPED' when b.status = 'APPLYING' then 'ACTIVE' else b.status end,
              updated_at = now(), version = b.version + 1
         from rb where rb.benefit_id = b.id
          and (b.monthly_amount_fen, b.start_date, b.end_date, b.status = 'APPLYING') is distinct from (rb.amount_fen, rb.start_date, rb.end_date, false)
       returning b.id)
     update r set changed = true from rb where rb.benefit_id in (select id from u) and rb.person_id = r.person_id and rb.program_code = r.program_code and rb.line = r.line`,
    [today],
  );
  await x(
    `insert into benefit (id, household_id, person_id, area_code, program_code, status, monthly_amount_fen, start_date, end_date, source, source_ref, department_id, created_at, updated_at, version)
     select gen_random_uuid(), rb.household_id, rb.person_id, h.area_code, rb.program_code, case when rb.end_date < ?::date then 'STOPPED' else 'ACTIVE' end,
            rb.amount_fen, rb.start_date, rb.end_date, 'ROSTER', ?, rb.department_id, now(), now(), 1
       from rb join household h on h.id = rb.household_id where rb.benefit_id is null`,
    [today, batchId],
  );
  await x(
    `update r set changed = true from rb where rb.benefit_id is null and rb.person_id = r.person_id and rb.program_code = r.program_code and rb.line = r.line`,
  );
  await emitRosterEvents(em, batchId, `import:${batchId}`); // the integrators' change feed: one summary event per village and department

  // 7. Tiers, events, row keys.
  await x(`create temp table touched on commit drop as
           select distinct coalesce(rb.household_id, r.household_id) as household_id from r left join rb on rb.person_id = r.person_id and rb.program_code = r.program_code
            where r.changed`);
  const [{ households }] = await sqlRows<{ households: number }>(em, `select count(*)::int as households from touched`);
  await addEventsBulk(em, 'touched', 'roster.imported', `${input.datasetName}导入（批次 ${batchId.slice(0, 8)}）`, actorName);
  await recomputeTiersBulk(em, 'touched', `${input.datasetName}导入`, actorName);
  await x(`insert into import_row_key (dataset, row_key, batch_id) select 'roster', row_key, ?::uuid from r`, [batchId]);
  const [{ imported }] = await sqlRows<{ imported: number }>(em, `select count(*)::int as imported from r where changed`);

  return {
    valid: n,
    duplicates: n - d,
    unchanged: unchanged + (d - unchanged - missing.length - imported),
    imported,
    conflicts,
    households,
    headNotFound: missing.map((m) => m.line).sort((a, b) => a - b),
  };
}
