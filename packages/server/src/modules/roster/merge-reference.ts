import type { EntityManager } from '@mikro-orm/postgresql';
import { affected, recomputeTiersBulk } from '../household/ledger-bulk';
import { sqlRows } from '../../shared/sql';
import type { Dataset } from './records';
import { referenceColumns, stageSpec } from './stage';

/**
 * The set-based merge of a reference dataset (死亡、车辆、不动产 …) from the temporary table `stage`
 * into its `ref_*` table, inside the import's transaction in the system scope (P2; raw SQL by design).
 * Rows already imported (`import_row_key`) and in-file duplicates add nothing.
 *
 * 身份名册 (`status`) also reaches the ledger where the platform owns the fact's use: 脱贫户 and
 * 监测对象 become benefits of 农业农村 (TUOPIN / MONITOR, tier T3) for persons in the ledger, and a
 * 残疾人证 sets the person's disability grade and certificate number. The other statuses (优抚, 服刑)
 * stay reference data, shown in the ledger and read by the cross-check.
 */
export interface ReferenceMergeResult {
  valid: number;
  duplicates: number;
  unchanged: number;
  imported: number;
  /** Ledger rows changed by a status roster (benefits opened/closed, persons updated). */
  ledgerChanges: number;
}

export interface ReferenceMergeInput {
  batchId: string;
  today: string;
  departmentId: string | null;
  /** 农业农村's department id (status rosters), null when that department is not set up. */
  agricultureDepartmentId: string | null;
  actorName: string;
  datasetName: string;
}

export async function mergeReference(em: EntityManager, dataset: Exclude<Dataset, 'roster'>, input: ReferenceMergeInput): Promise<ReferenceMergeResult> {
  const x = (sql: string, params: unknown[] = []) => em.execute(sql, params, 'run');
  const table = stageSpec(dataset).table as string;
  const [{ n, d }] = await sqlRows<{ n: number; d: number }>(em, `select count(*)::int as n, count(distinct row_key)::int as d from stage`);
  await x(`create temp table fresh on commit drop as select distinct on (row_key) * from stage order by row_key, line`);
  const unchanged = affected(await x(`delete from fresh f using import_row_key k where k.dataset = ? and k.row_key = f.row_key`, [dataset]));
  const cols = referenceColumns(dataset)
    .map((c) => `"${c}"`)
    .join(', ');
  const imported = affected(
    await x(
      `insert into "${table}" (id, batch_id, line, id_bidx, id_enc, name, department_id, created_at, ${cols})
       select gen_random_uuid(), ?::uuid, line, id_bidx, id_enc, name, ?::uuid, now(), ${cols} from fresh`,
      [input.batchId, input.departmentId],
    ),
  );
  await x(`insert into import_row_key (dataset, row_key, batch_id) select ?, row_key, ?::uuid from fresh`, [dataset, input.batchId]);
  const ledgerChanges = dataset === 'status' ? await applyStatuses(em, input) : 0;
  return { valid: n, duplicates: n - d, unchanged, imported, ledgerChanges };
}

/** 身份名册 → ledger: T3 benefits of 农业农村 and disability certificates (see the module comment). */
async function applyStatuses(em: EntityManager, input: ReferenceMergeInput): Promise<number> {
  const x = (sql: string, params: unknown[] = []) => em.execute(sql, params, 'run');
  let changes = 0;
  // Persons of the new rows who live in a household of the ledger.
  await x(`create temp table fresh_person on commit drop as
           select f.*, p.id as person_id, m.household_id, h.area_code as household_area
             from fresh f join person p on p.id_bidx = f.id_bidx
             join membership m on m.person_id = p.id and m.to_date is null
             join household h on h.id = m.household_id`);
  if (input.agricultureDepartmentId) {
    await x(`create temp table status_benefit on commit drop as
             select distinct on (person_id, status_kind) person_id, household_id, household_area, status_kind, from_date, to_date
               from fresh_person where status_kind in ('TUOPIN', 'MONITOR') order by person_id, status_kind, from_date desc`);
    // An open benefit of that program: end or keep it as the roster says.
    changes += affected(
      await x(
        `update benefit b set end_date = s.to_date, status = case when s.to_date < ?::date then 'STOPPED' else b.status end,
                updated_at = now(), version = b.version + 1
           from status_benefit s
          where b.person_id = s.person_id and b.program_code = s.status_kind and b.department_id = ?::uuid and b.status <> 'STOPPED'
            and b.end_date is distinct from s.to_date`,
        [input.today, input.agricultureDepartmentId],
      ),
    );
    changes += affected(
      await x(
        `insert into benefit (id, household_id, person_id, area_code, program_code, status, monthly_amount_fen, start_date, end_date, source, source_ref, department_id, created_at, updated_at, version)
         select gen_random_uuid(), s.household_id, s.person_id, s.household_area, s.status_kind,
                case when s.to_date < ?::date then 'STOPPED' else 'ACTIVE' end, 0, s.from_date, s.to_date, 'ROSTER', ?, ?::uuid, now(), now(), 1
           from status_benefit s
          where not exists (select 1 from benefit b where b.person_id = s.person_id and b.program_code = s.status_kind and b.department_id = ?::uuid and b.status <> 'STOPPED')`,
        [input.today, input.batchId, input.agricultureDepartmentId, input.agricultureDepartmentId],
      ),
    );
    await x(`create temp table status_touched on commit drop as select distinct household_id from status_benefit`);
    await recomputeTiersBulk(em, 'status_touched', `${input.datasetName}导入`, input.actorName);
  }
  changes += affected(
    await x(
      `update person p set disability_grade = s.grade, disability_cert = left(coalesce(s.cert_no, p.disability_cert), 40), updated_at = now(), version = p.version + 1
         from (select distinct on (person_id) person_id, grade, cert_no from fresh_person
                where status_kind = 'DISABLED' and grade is not null and (to_date is null or to_date >= ?::date) order by person_id, from_date desc) s
        where p.id = s.person_id and (p.disability_grade, p.disability_cert) is distinct from (s.grade, left(coalesce(s.cert_no, p.disability_cert), 40))`,
      [input.today],
    ),
  );
  return changes;
}
