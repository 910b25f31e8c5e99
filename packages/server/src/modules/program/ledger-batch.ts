import { factsFromLedger, previousMonth, type HouseholdFacts, type LedgerPersonRow, type LedgerRows, type LegalSupporterRow } from '@xiejiu/rules';
import { arrayOf, decodeRows, digits, int, isoDate, jsonObject, nullable, row, text } from '../../db/rows';
import type { RequestContext } from '../../graphql/request-context';
import { areaSql } from '../../shared/scope';
import { mapSliced } from '../../shared/slice';
import { scopedReadBatch } from '../../shared/sql';

/**
 * Bulk reading of ledger facts for what-if work (parameter preview, reassessment, simulation): a batch of
 * households with their active members, incomes, assets, benefits and legal supporters in ONE scoped round trip
 * (scopedReadBatch: RLS applies to every statement), by keyset on household id or by a list of ids.
 *
 * Income: the month before the reference date, as in screening. When that month is not recorded yet (a
 * date in the future, or a ledger updated quarterly) the latest recorded month of the 12 before it stands
 * in for it, so a what-if dated next month compares parameters on the household's known income rather
 * than on an empty month. A household with no income row at all has unknown income (信息不足).
 */
export interface LedgerHousehold {
  id: string;
  areaCode: string;
  /** Masked name of the head (张*). */
  headName: string | null;
  facts: HouseholdFacts;
  /** Program codes held by the household: benefit status per program (best of its rows). */
  holding: Map<string, string>;
  /**
   * The same per holder, for programs granted per person (MEMBER): key `holderKey(program, personId)`, the
   * person of the benefit row or null for a household-level row (which counts for every member).
   */
  holders: Map<string, string>;
}

/** Key of `LedgerHousehold.holders`. */
export const holderKey = (programCode: string, personId: string | null) => `${programCode}|${personId ?? ''}`;

/** The better of two benefit statuses (ACTIVE > PHASE_OUT > APPLYING > SUSPENDED > STOPPED). */
export function betterStatus(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return (STATUS_RANK[b] ?? 0) > (STATUS_RANK[a] ?? 0) ? b : a;
}

export type HouseholdSource = { after: string | null; limit: number } | { ids: string[] };

const STATUS_RANK: Record<string, number> = { ACTIVE: 5, PHASE_OUT: 4, APPLYING: 3, SUSPENDED: 2, STOPPED: 1 };
export const RECEIVING = new Set(['ACTIVE', 'PHASE_OUT']);

/** 'YYYY-MM-01' of the month twelve months before `month` ('YYYY-MM'). */
function yearBefore(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y - 1}-${String(m).padStart(2, '0')}-01`;
}

/**
 * Loads one batch. `source.after` pages by household id (null = from the start); `source.ids` loads those
 * households (still scoped). Only ACTIVE households. Returns the households in id order.
 */
const ledgerPerson = row<LedgerPersonRow>({
  personId: text,
  name: nullable(text),
  relation: text,
  birthDate: isoDate,
  sex: text,
  labourCapacity: nullable(text),
  disabilityType: nullable(text),
  disabilityGrade: nullable(int),
  seriousIllness: nullable(text),
  schoolStatus: nullable(text),
  employmentStatus: nullable(text),
  statuses: arrayOf(text),
  deathDate: nullable(isoDate),
});
type Rows = LedgerRows;
const ledgerAsset = row<Rows['assets'][number]>({ personId: nullable(text), kind: text, valueFen: digits, detail: nullable(jsonObject) });
const ledgerSupporter = row<LegalSupporterRow>({ personId: text, ability: text });
const ledgerBenefit = row<Rows['benefits'][number]>({ personId: nullable(text), programCode: text, status: text, monthlyAmountFen: nullable(digits) });

export async function loadLedgerBatch(ctx: RequestContext, source: HouseholdSource, date: string): Promise<LedgerHousehold[]> {
  const scope = areaSql(ctx, 'h.area_code');
  const incomeMonth = previousMonth(date);
  let batch: { sql: string; params: unknown[] };
  if ('ids' in source) {
    if (!source.ids.length) return [];
    batch = { sql: `select h.id from household h where h.id in (?) and h.status = 'ACTIVE' and ${scope.sql}`, params: [source.ids, ...scope.params] };
  } else {
    batch = {
      sql: `select h.id from household h where h.status = 'ACTIVE' and ${scope.sql} ${source.after ? 'and h.id > ?' : ''} order by h.id limit ?`,
      params: [...scope.params, ...(source.after ? [source.after] : []), source.limit],
    };
  }
  const withB = (sql: string, params: unknown[]) => ({ sql: `with b as materialized (${batch.sql}) ${sql}`, params: [...batch.params, ...params] });
  const [hh, persons, incomes, assets, benefits, supporters] = await scopedReadBatch(ctx, [
    withB(
      `select h.id, h.area_code as "areaCode", h.residence_type as "residenceType", h.no_legal_supporter_confirmed as "noLegalSupporterConfirmed",
              (select left(p.name, 1) || '*' from person p where p.id = h.head_person_id) as "headName"
         from household h join b on b.id = h.id order by h.id`,
      [],
    ),
    withB(
      `select m.household_id as "householdId", p.id as "personId", left(p.name, 1) || '*' as name, m.relation, p.birth_date::text as "birthDate", p.sex,
              p.labour_capacity as "labourCapacity", p.disability_type as "disabilityType", p.disability_grade as "disabilityGrade",
              p.serious_illness as "seriousIllness", p.school_status as "schoolStatus", p.employment_status as "employmentStatus",
              p.statuses, p.death_date::text as "deathDate"
         from membership m join b on b.id = m.household_id join person p on p.id = m.person_id where m.to_date is null`,
      [],
    ),
    withB(
      `, lm as (select i.household_id, max(i.month) as m from person_income i join b on b.id = i.household_id
                 where i.month >= ?::date and i.month <= ?::date group by i.household_id)
       select i.household_id as "householdId", i.person_id as "personId", i.category, i.amount_fen as "amountFen"
         from person_income i join lm on lm.household_id = i.household_id and lm.m = i.month`,
      [yearBefore(incomeMonth), `${incomeMonth}-01`],
    ),
    withB(
      `select a.household_id as "householdId", a.person_id as "personId", a.kind, a.value_fen as "valueFen", a.detail
         from person_asset a join b on b.id = a.household_id`,
      [],
    ),
    withB(
      `select x.household_id as "householdId", x.person_id as "personId", x.program_code as "programCode", x.status, x.monthly_amount_fen as "monthlyAmountFen"
         from benefit x join b on b.id = x.household_id`,
      [],
    ),
    // 法定义务人 (modules/household): legal support per member for 特困.
    withB(`select s.household_id as "householdId", s.person_id as "personId", s.ability from legal_supporter s join b on b.id = s.household_id`, []),
  ]);
  const group = (rows: Array<Record<string, unknown>>) => {
    const m = new Map<string, Array<Record<string, unknown>>>();
    for (const r of rows) {
      const k = r.householdId as string;
      let l = m.get(k);
      if (!l) m.set(k, (l = []));
      l.push(r);
    }
    return m;
  };
  const P = group(persons);
  const I = group(incomes);
  const A = group(assets);
  const B = group(benefits);
  const S = group(supporters);
  const NONE: Array<Record<string, unknown>> = [];
  // Building facts is CPU work: sliced, so a batch of 1,000 households does not hold the event loop.
  return mapSliced(hh, (h) => {
    const id = h.id as string;
    const inc = I.get(id);
    const bs = B.get(id) ?? NONE;
    const holding = new Map<string, string>();
    const holders = new Map<string, string>();
    for (const b of bs) {
      const code = b.programCode as string;
      const status = b.status as string;
      holding.set(code, betterStatus(holding.get(code), status)!);
      const k = holderKey(code, (b.personId as string | null) ?? null);
      holders.set(k, betterStatus(holders.get(k), status)!);
    }
    const facts = factsFromLedger(
      {
        household: { residenceType: h.residenceType as string, areaCode: h.areaCode as string },
        persons: decodeRows(P.get(id) ?? NONE, ledgerPerson, 'person'),
        // The latest recorded month stands in for the income month (see above).
        incomes: (inc ?? NONE).map((r) => ({
          personId: r.personId as string,
          category: r.category as string,
          month: incomeMonth,
          amountFen: r.amountFen as string,
        })),
        assets: decodeRows(A.get(id) ?? NONE, ledgerAsset, 'person_asset'),
        benefits: decodeRows(bs, ledgerBenefit, 'benefit'),
        supporters: decodeRows(S.get(id) ?? NONE, ledgerSupporter, 'legal_supporter'),
        noLegalSupporterConfirmed: (h.noLegalSupporterConfirmed as boolean | null) ?? null,
      },
      { applicationDate: date, incomesRecorded: !!inc, assetsRecorded: true },
    );
    return { id, areaCode: h.areaCode as string, headName: (h.headName as string | null) ?? null, facts, holding, holders };
  });
}

/** 12-digit code of the town (镇街) of an area code. */
export const townOf = (areaCode: string) => `${areaCode.slice(0, 9)}000`;
