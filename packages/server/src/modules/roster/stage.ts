import { maskIdNumber, parseIdNumber } from '@xiejiu/rules';
import type { FieldCrypto } from '../../shared/field-crypto';
import { copyLine } from '../../shared/sql';
import { idIndex, sealPhone } from '../household/identity';
import type { Dataset, RecordOf } from './records';

/**
 * Staging (P1, P2): every valid row of a file goes into a temporary table of the import's
 * transaction with COPY — the person's ID as blind index and ciphertext, never in plain text — and
 * the merge (merge-roster.ts, merge-reference.ts) works on that table with set-based SQL.
 *
 * A column is `[name, SQL type, value of the record]`; the first five columns are the same for
 * every dataset (`line`, `row_key`, `id_bidx`, `id_enc`, `name`).
 */
type Col<R> = readonly [name: string, type: string, value: (r: R) => string | number | null];

export interface StageSpec<D extends Dataset = Dataset> {
  /** Reference table the rows go to (null: the roster, merged into the ledger). */
  table: string | null;
  cols: ReadonlyArray<Col<RecordOf[D]>>;
}

const specs: { [D in Dataset]: StageSpec<D> } = {
  roster: {
    table: null,
    cols: [
      ['id_masked', 'varchar(18)', (r) => maskIdNumber(r.idNumber)],
      ['birth_date', 'date', (r) => birthAndSex(r.idNumber).birthDate],
      ['sex', 'char(1)', (r) => birthAndSex(r.idNumber).sex],
      ['program_code', 'varchar(32)', (r) => r.programCode],
      ['amount_fen', 'bigint', (r) => r.monthlyAmountFen],
      ['start_date', 'date', (r) => r.startDate],
      ['end_date', 'date', (r) => r.endDate],
      ['area_code', 'varchar(12)', (r) => r.areaCode],
      // head_bidx is filled by the stager (needs the field key), see `stageLine`.
      ['relation', 'varchar(16)', (r) => r.relation],
      ['note', 'varchar(200)', (r) => r.note],
    ],
  },
  deaths: {
    table: 'ref_death',
    cols: [
      ['death_date', 'date', (r) => r.deathDate],
      ['source', 'varchar(20)', (r) => r.source],
    ],
  },
  vehicles: {
    table: 'ref_vehicle',
    cols: [
      ['plate', 'varchar(16)', (r) => r.plate],
      ['vehicle_type', 'varchar(40)', (r) => r.vehicleType],
      ['registered_on', 'date', (r) => r.registeredOn],
    ],
  },
  property: {
    table: 'ref_property',
    cols: [
      ['cert_no', 'varchar(64)', (r) => r.certNo],
      ['location', 'varchar(200)', (r) => r.location],
      ['usage', 'varchar(12)', (r) => r.usage],
      ['floor_area', 'numeric(10,2)', (r) => r.floorArea],
      ['registered_on', 'date', (r) => r.registeredOn],
    ],
  },
  business: {
    table: 'ref_business',
    cols: [
      ['credit_code', 'varchar(18)', (r) => r.creditCode],
      ['company', 'varchar(200)', (r) => r.company],
      ['role', 'varchar(12)', (r) => r.role],
      ['capital_fen', 'bigint', (r) => r.capitalFen],
      ['reg_status', 'varchar(10)', (r) => r.regStatus],
      ['established_on', 'date', (r) => r.establishedOn],
    ],
  },
  payroll: {
    table: 'ref_payroll',
    cols: [
      ['employer', 'varchar(200)', (r) => r.employer],
      ['monthly_pay_fen', 'bigint', (r) => r.monthlyPayFen],
      ['from_date', 'date', (r) => r.fromDate],
      ['to_date', 'date', (r) => r.toDate],
    ],
  },
  medical: {
    table: 'ref_medical',
    cols: [
      ['year', 'smallint', (r) => r.year],
      ['total_fen', 'bigint', (r) => r.totalFen],
      ['self_pay_fen', 'bigint', (r) => r.selfPayFen],
    ],
  },
  status: {
    table: 'ref_status',
    cols: [
      ['status_kind', 'varchar(12)', (r) => r.statusKind],
      ['cert_no', 'varchar(40)', (r) => r.certNo],
      ['grade', 'smallint', (r) => r.grade],
      ['from_date', 'date', (r) => r.fromDate],
      ['to_date', 'date', (r) => r.toDate],
      ['area_code', 'varchar(12)', (r) => r.areaCode],
    ],
  },
  income: {
    table: 'ref_income',
    cols: [
      ['category', 'varchar(12)', (r) => r.category],
      ['amount_fen', 'bigint', (r) => r.amountFen],
      ['as_of', 'date', (r) => r.asOf],
      ['source', 'varchar(40)', (r) => r.source],
    ],
  },
  hukou: {
    table: 'ref_hukou',
    cols: [
      ['change_type', 'varchar(12)', (r) => r.changeType],
      ['changed_on', 'date', (r) => r.changedOn],
      ['destination', 'varchar(100)', (r) => r.destination],
    ],
  },
  cadres: {
    table: 'ref_cadre',
    cols: [
      ['position', 'varchar(40)', (r) => r.position],
      ['organisation', 'varchar(100)', (r) => r.organisation],
      ['area_code', 'varchar(12)', (r) => r.areaCode],
    ],
  },
  unemployment: {
    table: 'ref_unemployment',
    cols: [
      ['registered_on', 'date', (r) => r.registeredOn],
      ['ended_on', 'date', (r) => r.endedOn],
      ['agency', 'varchar(100)', (r) => r.agency],
    ],
  },
};

export function stageSpec<D extends Dataset>(dataset: D): StageSpec<D> {
  return specs[dataset] as unknown as StageSpec<D>;
}

const COMMON = [
  ['line', 'int'],
  ['row_key', 'varchar(64)'],
  ['id_bidx', 'varchar(64)'],
  ['id_enc', 'text'],
  ['name', 'varchar(50)'],
] as const;
/** Roster only: the head's blind index and the sealed phone. */
const ROSTER_EXTRA = [
  ['head_bidx', 'varchar(64)'],
  ['phone_enc', 'text'],
  ['phone_bidx', 'varchar(64)'],
  ['phone_masked', 'varchar(20)'],
] as const;

function stageColumns(dataset: Dataset): Array<readonly [string, string]> {
  const own = specs[dataset].cols.map(([n, t]) => [n, t] as const);
  return [...COMMON, ...own, ...(dataset === 'roster' ? ROSTER_EXTRA : [])];
}

/** `create temp table stage (…) on commit drop` for the dataset. */
export function stageTableSql(dataset: Dataset, name = 'stage'): string {
  return `create temp table ${name} (${stageColumns(dataset)
    .map(([n, t]) => `"${n}" ${t}`)
    .join(', ')}) on commit drop`;
}

export function stageCopySql(dataset: Dataset, name = 'stage'): string {
  return `copy ${name} (${stageColumns(dataset)
    .map(([n]) => `"${n}"`)
    .join(', ')}) from stdin`;
}

/** The COPY line of one valid record. */
export function stageLine<D extends Dataset>(fc: FieldCrypto, dataset: D, line: number, rowKey: string, r: RecordOf[D]): string {
  const values: Array<string | number | null> = [line, rowKey, idIndex(fc, r.idNumber), fc.encrypt(r.idNumber), r.name];
  for (const [, , value] of (specs[dataset] as unknown as StageSpec<D>).cols) values.push(value(r));
  if (dataset === 'roster') {
    const roster = r as RecordOf['roster'];
    values.push(roster.headIdNumber === roster.idNumber ? values[2] : idIndex(fc, roster.headIdNumber));
    const phone = roster.phone ? sealPhone(fc, roster.phone) : null;
    values.push(phone?.phoneEnc ?? null, phone?.phoneBidx ?? null, phone?.phoneMasked ?? null);
  }
  return copyLine(values);
}

let lastBirth: { idNumber: string; birthDate: string; sex: string } | null = null;
function birthAndSex(idNumber: string): { birthDate: string; sex: string } {
  if (lastBirth?.idNumber === idNumber) return lastBirth;
  const p = parseIdNumber(idNumber);
  if (!p.ok) throw new Error('stage: record with an invalid ID number'); // validate.ts lets none through
  lastBirth = { idNumber, birthDate: p.value.birthDate, sex: p.value.sex };
  return lastBirth;
}

/** Reference columns (without the common ones) of a reference dataset, for its INSERT … SELECT. */
export function referenceColumns(dataset: Exclude<Dataset, 'roster'>): string[] {
  return specs[dataset].cols.map(([n]) => n);
}

/** Every reference dataset with its `ref_*` table, from the stage specs (the one list; sealed-columns, rule 14). */
export const REFERENCE_TABLES: ReadonlyArray<{ table: string; dataset: Exclude<Dataset, 'roster'> }> = (
  Object.entries(specs) as Array<[Dataset, StageSpec]>
).flatMap(([dataset, spec]) => (spec.table && dataset !== 'roster' ? [{ table: spec.table, dataset }] : []));
