/**
 * What a cross-check rule is (modules/crosscheck/README.md): a numbered, dated, versioned, set-based SQL
 * statement producing candidate rows, one per subject — the benefit it questions and the person it rests on.
 *
 * Every rule's statement returns the columns of `CandidateColumns`: `subject_key` (the identity of the
 * subject: the same subject on the next run has the same key), the ids, the household's village, `facts`
 * (the text hashed into the fingerprint: only the facts, never the run date), a Chinese `summary`,
 * `lines` (jsonb array of {label, value}: the evidence in Chinese, no plaintext ID numbers) and `sources`
 * (jsonb array of {dataset, batchId, line, at}: the reference rows it rests on).
 */
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';

/** Values a statement needs, read once per run: dates and the program parameters in force today. */
export interface RuleParams {
  today: string;
  /** First day of the current pay month. */
  payMonth: string;
  /** First day of the month before (the income month of the means test). */
  incomeMonth: string;
  standardUrbanFen: number;
  standardRuralFen: number;
  assetLimitMonths: number;
  maxHomes: number;
  businessCapitalLimitFen: number;
  minPerPersonFen: number;
  employmentCostRatio: number;
  excludedIncomeCategories: string[];
  excludedMemberStatuses: string[];
  tekunMinorAge: number;
}

export interface Sql {
  sql: string;
  params: unknown[];
}

class Raw {
  constructor(readonly text: string) {}
}

/** Inlines trusted SQL text (column names, literals written in code), never input. */
export const raw = (text: string) => new Raw(text);

/**
 * Tagged template: `${fragment}` (Sql) and `${raw(...)}` are inlined, any other value becomes a `?`
 * parameter — in order, so nested fragments keep their parameters in place.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (v instanceof Raw) text += v.text;
    else if (isSql(v)) {
      text += v.sql;
      params.push(...v.params);
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1];
  });
  return { sql: text, params };
}

function isSql(v: unknown): v is Sql {
  return typeof v === 'object' && v !== null && 'sql' in v && 'params' in v && Array.isArray((v as Sql).params);
}

export interface RuleParameter {
  label: string;
  value: string;
}

export interface CrosscheckRule {
  no: number;
  code: string;
  name: string;
  description: string;
  severity: Severity;
  version: number;
  effectiveFrom: string;
  /** The data the rule reads, in Chinese (catalogue and README). */
  data: string;
  parameters(p: RuleParams): RuleParameter[];
  query(p: RuleParams): Sql;
}

// ------------------------------------------------------------------ shared fragments

/** Benefits that count: 享受中 and 渐退 (docs/domain.md, the four tiers). */
export const COUNTED_STATUSES = raw(`('ACTIVE', 'PHASE_OUT')`);

/** Means-tested programs (低保, 特困, 低保边缘): asset and income rules question these. */
export const MEANS_TESTED = ['DIBAO', 'TEKUN', 'DIBAO_EDGE'];

/** Postgres text[] literal of codes written in code or read from the catalogue. */
export function textArray(v: readonly string[]): string {
  return `{${v.map((x) => `"${x.replace(/["\\]/g, '')}"`).join(',')}}`;
}

/**
 * LATERAL `b`: the counted benefits of person `p` — their own (personal) benefits and the household-level
 * benefits of their active household; `programs` null = every program.
 */
export function benefitsOf(programs: readonly string[] | null): Sql {
  const filter = programs ? sql` and b.program_code = any(${textArray(programs)}::text[])` : sql``;
  return sql`cross join lateral (
      select b.id, b.household_id, b.person_id, b.program_code, b.department_id, b.area_code, b.monthly_amount_fen, b.start_date, b.status
        from benefit b where b.person_id = p.id and b.status in ${COUNTED_STATUSES}${filter}
      union all
      select b.id, b.household_id, b.person_id, b.program_code, b.department_id, b.area_code, b.monthly_amount_fen, b.start_date, b.status
        from membership m join benefit b on b.household_id = m.household_id and b.person_id is null and b.status in ${COUNTED_STATUSES}${filter}
       where m.person_id = p.id and m.to_date is null) b`;
}

/** The subject columns for benefit `b` and person `p` (subject: this benefit questioned because of this person). */
export const SUBJECT = raw(`b.id::text || ':' || p.id::text as subject_key, p.id as person_id, b.household_id, b.id as benefit_id,
  b.program_code, b.department_id, b.area_code, p.name as person_name, p.id_masked`);

/** Money in fen as Chinese text (“1234.50 元”). */
export const yuan = (expr: string) => `(to_char((${expr}) / 100.0, 'FM99999999990.00') || ' 元')`;

/** One evidence line: a Chinese label (code literal) and a text expression. */
export const line = (label: string, expr: string) => `jsonb_build_object('label', '${label.replace(/'/g, "''")}', 'value', coalesce((${expr})::text, '—'))`;

/** One source row of a reference table alias. */
export const source = (dataset: string, alias: string) =>
  `jsonb_build_object('dataset', '${dataset}', 'batchId', ${alias}.batch_id, 'line', ${alias}.line, 'at', ${alias}.created_at)`;

/** A household (`hh` uuid expression) of the ledger as the evidence source. */
export const ledgerSource = `jsonb_build_array(jsonb_build_object('dataset', 'ledger'))`;

export const fmtMoney = (fen: number) => `${(fen / 100).toFixed(2)} 元`;
