import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';

/**
 * The floor under bar P1 (docs/benchmarks.md): how long PostgreSQL itself takes to write the ledger rows of the
 * roster file — persons, households, memberships, benefits — into tables shaped exactly like the ledger's (same
 * columns, indexes, checks and deferrable foreign keys; `create table … (like … including all)` in a scratch
 * schema), straight from the bare COPY's text table, in one transaction, as the owner. It leaves out everything an
 * import must also do: validation, sealing (SM4 + SM3 per ID number and phone), row-level security, duplicates and
 * conflicts, events, tiers, row keys, and the cross-check. No importer of this schema can be faster than this, so
 * `floor ÷ bare COPY` is the lowest P1 ratio any code can reach on this machine. The scratch schema is dropped after.
 *
 * `source`: the bare COPY's table (columns c0…c10 in the roster template's order:
 * 姓名, 身份证号, 救助项目编码, 月救助金额(元), 开始日期, 结束日期, 区划代码, 户主身份证号, 与户主关系, 联系电话, 备注).
 */
export interface FloorResult {
  seconds: number;
  rows: { persons: number; households: number; memberships: number; benefits: number };
  steps: Array<{ step: string; seconds: number }>;
}

const LEDGER = ['person', 'household', 'membership', 'benefit'] as const;
const FKS = [
  `person add foreign key (household_id) references floor_ledger.household (id) deferrable initially deferred`,
  `household add foreign key (head_person_id) references floor_ledger.person (id) deferrable initially deferred`,
  `membership add foreign key (household_id) references floor_ledger.household (id) deferrable initially deferred`,
  `membership add foreign key (person_id) references floor_ledger.person (id) deferrable initially deferred`,
  `benefit add foreign key (household_id) references floor_ledger.household (id) deferrable initially deferred`,
  `benefit add foreign key (person_id) references floor_ledger.person (id) deferrable initially deferred`,
  `benefit add foreign key (department_id) references public.department (id) deferrable initially deferred`,
  `household add foreign key (area_code) references public.area (code)`,
];

const ID = `'^[0-9]{17}[0-9X]$'`;
/** The row's head: 户主身份证号, or the person's own number when empty. */
const head = (t = '') => `coalesce(nullif(${t}c7, ''), ${t}c1)`;
const HEAD = head('fv.');

export async function measureLedgerFloor(owner: Client, source: string): Promise<FloorResult> {
  const steps: FloorResult['steps'] = [];
  const step = async (name: string, sql: string) => {
    const t = performance.now();
    await owner.query(sql);
    steps.push({ step: name, seconds: (performance.now() - t) / 1000 });
  };
  await owner.query('drop schema if exists floor_ledger cascade');
  await owner.query('create schema floor_ledger');
  try {
    for (const t of LEDGER) await owner.query(`create table floor_ledger.${t} (like public.${t} including all)`);
    for (const fk of FKS) await owner.query(`alter table floor_ledger.${fk}`);
    const [{ id: departmentId }] = (await owner.query(`select id from public.department order by code limit 1`)).rows;
    const t0 = performance.now();
    await owner.query('begin');
    // Rows an importer could place at all (the rest are row errors), persons once, a household per head.
    await step(
      'valid rows',
      `create temp table fv on commit drop as select * from ${source} s
        where coalesce(s.c0, '') <> '' and coalesce(s.c2, '') <> '' and s.c1 ~ ${ID} and (coalesce(s.c7, '') = '' or s.c7 ~ ${ID})
          and exists (select 1 from public.area a where a.code = s.c6)`,
    );
    await step('analyze', 'analyze fv');
    await step('persons', `create temp table fp on commit drop as select distinct on (c1) c1, c0, gen_random_uuid() as pid from fv order by c1, c0`);
    await step('index persons', `create index on fp (c1); analyze fp`);
    await step(
      'households',
      `create temp table fh on commit drop as select distinct on (${HEAD}) ${HEAD} as head, fv.c6 as area, gen_random_uuid() as hid
         from fv where exists (select 1 from fp where fp.c1 = ${HEAD}) order by ${HEAD}, (fv.c1 = ${HEAD}) desc`,
    );
    await step('index households', `create index on fh (head); analyze fh`);
    await step(
      'memberships',
      `create temp table fm on commit drop as select distinct on (fv.c1) fp.pid, fh.hid, fh.area, (fv.c1 = fh.head) as is_head
         from fv join fp on fp.c1 = fv.c1 join fh on fh.head = ${HEAD} order by fv.c1`,
    );
    await step('index memberships', `create index on fm (pid); analyze fm`);
    await step(
      'insert person',
      `insert into floor_ledger.person (id, name, id_enc, id_bidx, id_masked, birth_date, sex, area_code, household_id, created_at, updated_at)
       select fp.pid, fp.c0, md5(fp.c1) || md5(fp.c1 || '.'), md5(fp.c1), left(fp.c1, 6) || '********' || right(fp.c1, 4), '1970-01-01',
              case when substr(fp.c1, 17, 1)::int % 2 = 1 then 'M' else 'F' end, fm.area, fm.hid, now(), now()
         from fp join fm on fm.pid = fp.pid`,
    );
    await step(
      'insert household',
      `insert into floor_ledger.household (id, area_code, address, residence_type, head_person_id, created_at, updated_at)
       select fh.hid, fh.area, '', 'RURAL', fp.pid, now(), now() from fh join fp on fp.c1 = fh.head`,
    );
    await step(
      'insert membership',
      `insert into floor_ledger.membership (id, household_id, person_id, area_code, relation, from_date, created_at)
       select gen_random_uuid(), hid, pid, area, case when is_head then 'HEAD' else 'OTHER' end, current_date, now() from fm`,
    );
    await step(
      'insert benefit',
      `insert into floor_ledger.benefit (id, household_id, person_id, area_code, program_code, status, monthly_amount_fen, source, department_id, created_at, updated_at)
       select gen_random_uuid(), fm.hid, fm.pid, fm.area, fv.c2, 'ACTIVE', 0, 'ROSTER', '${departmentId}', now(), now()
         from fv join fp on fp.c1 = fv.c1 join fm on fm.pid = fp.pid`,
    );
    await step('commit (deferred foreign keys checked)', 'commit');
    const seconds = (performance.now() - t0) / 1000;
    const [rows] = (
      await owner.query(
        `select (select count(*) from floor_ledger.person)::int as persons, (select count(*) from floor_ledger.household)::int as households,
                (select count(*) from floor_ledger.membership)::int as memberships, (select count(*) from floor_ledger.benefit)::int as benefits`,
      )
    ).rows;
    return { seconds, rows, steps };
  } catch (e) {
    await owner.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    await owner.query('drop schema if exists floor_ledger cascade');
  }
}
