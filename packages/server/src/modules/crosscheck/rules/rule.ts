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
  /** This run's rows of `crosscheck_recipient` (the engine builds them first). */
  runId: string;
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

/**
 * `rb`: this run's `crosscheck_recipient` rows joined `on` a condition — each counted benefit with a person
 * it counts on (its personal holder, or an active member of its household for a household-level benefit),
 * the person's name, masked ID, birth and death dates, statuses and active membership. `living`: only
 * persons without a death date; `programs`: only these programs; `all`: also the other active members
 * of a household with a personal benefit (rule 11).
 */
export function recipients(on: string, p: RuleParams, opts: { programs?: readonly string[] | null; living?: boolean; all?: boolean } = {}): Sql {
  const programs = opts.programs ? sql` and rb.program_code = any(${textArray(opts.programs)}::text[])` : sql``;
  return sql`join crosscheck_recipient rb on ${raw(on)} and rb.run_id = ${p.runId}::uuid${raw(opts.all ? '' : ' and rb.counts')}${raw(opts.living === false ? '' : ' and rb.death_date is null')}${programs}`;
}

/** The subject columns of a recipient row `rb`. */
export const RSUBJECT = raw(`rb.benefit_id::text || ':' || rb.person_id::text as subject_key, rb.person_id, rb.household_id, rb.benefit_id,
  rb.program_code, rb.department_id, rb.area_code, rb.person_name, rb.id_masked`);

/**
 * `hb` source: one row per counted benefit of `programs` (this run's recipients), naming its personal holder
 * or else the household head; `householdLevel`: household-level benefits only; `active`: 享受中 only (not 渐退);
 * `within`: only the benefits of these households (a subquery of household ids), so a rule that found few
 * households does not deduplicate every benefit of the run.
 */
export function benefitRows(p: RuleParams, programs: readonly string[], opts: { householdLevel?: boolean; active?: boolean; within?: Sql } = {}): Sql {
  const within = opts.within ? sql` and rb.household_id in (${opts.within})` : sql``;
  return sql`(select distinct on (rb.benefit_id) rb.* from crosscheck_recipient rb
     where rb.run_id = ${p.runId}::uuid and rb.counts and rb.member_household_id = rb.household_id
       and rb.program_code = any(${textArray(programs)}::text[])${raw(opts.householdLevel ? ' and rb.benefit_person_id is null' : '')}${raw(opts.active ? ` and rb.status = 'ACTIVE'` : '')}
       and (rb.benefit_person_id is null or rb.death_date is null)${within}
     order by rb.benefit_id, rb.head desc, (rb.death_date is null) desc, rb.person_id)`;
}

export const HSUBJECT = raw(`hb.benefit_id::text as subject_key, hb.person_id, hb.household_id, hb.benefit_id,
  hb.program_code, hb.department_id, hb.area_code, hb.person_name, hb.id_masked`);

/** Counted members per household (living, active, no excluded status), from this run's recipients; `within`: only these households (a subquery of ids). */
export function countedByHousehold(p: RuleParams, within?: Sql): Sql {
  return sql`(select rb.household_id, count(distinct rb.person_id) as counted from crosscheck_recipient rb
     where rb.run_id = ${p.runId}::uuid and rb.member_household_id = rb.household_id and rb.death_date is null
       and not (rb.statuses && ${textArray(p.excludedMemberStatuses)}::text[])${within ? sql` and rb.household_id in (${within})` : sql``}
     group by rb.household_id)`;
}

/** Counted income per household in the income month (excluded categories out, employment cost deducted from wages), and whether any income is recorded. */
export function incomeByHousehold(p: RuleParams): Sql {
  return sql`(select i.household_id,
       coalesce(sum(case when i.category = any(${textArray(p.excludedIncomeCategories)}::text[]) then 0
                         when i.category = 'WAGE' then floor(i.amount_fen * (1 - ${p.employmentCostRatio}::numeric))
                         else i.amount_fen end), 0)::bigint as income
     from person_income i where i.month = ${p.incomeMonth}::date group by i.household_id)`;
}

/** The 低保 standard of recipient row `hb` (by residence type). */
export const standardOfRow = (p: RuleParams) =>
  sql`(case hb.residence_type when 'URBAN' then ${p.standardUrbanFen}::bigint else ${p.standardRuralFen}::bigint end)`;
