/**
 * Maps rows of the household ledger (按户台账: household, active memberships + persons, person_income,
 * person_asset, benefit) to HouseholdFacts. Pure: the server loads the rows (scoped, decrypted as
 * needed) and passes plain objects; bigint columns may arrive as strings.
 */
import type { AssetFacts, BenefitFacts, HouseholdFacts, IncomeFacts, LegalSupport, MemberFacts, ResidenceType } from './facts';

type Fen = number | string | bigint;

export interface LedgerPersonRow {
  personId: string;
  /** Masked name for traces (张*三). Never pass an ID number. */
  name?: string | null;
  /** membership.relation */
  relation: string;
  birthDate: string;
  sex: string;
  labourCapacity: string | null;
  disabilityType: string | null;
  disabilityGrade: number | null;
  seriousIllness: string | null;
  schoolStatus: string | null;
  employmentStatus: string | null;
  statuses: string[];
  deathDate: string | null;
}

export interface LedgerRows {
  household: { residenceType: string; areaCode: string };
  /** Persons with an active membership (to_date is null). */
  persons: LedgerPersonRow[];
  incomes: { personId: string; category: string; month: string; amountFen: Fen }[];
  assets: { personId: string | null; kind: string; valueFen: Fen; detail?: Record<string, unknown> | null }[];
  benefits: { personId: string | null; programCode: string; status: string; monthlyAmountFen?: Fen | null }[];
  /**
   * 法定赡养/抚养/扶养义务人 recorded per member (legal_supporter: `personId` = the member supported,
   * `ability` ABLE / UNABLE / UNKNOWN). Left out: the ledger was not asked (legal support unknown).
   */
  supporters?: LegalSupporterRow[];
  /** household.no_legal_supporter_confirmed: true = asked, nobody; null/undefined = not asked. */
  noLegalSupporterConfirmed?: boolean | null;
}

export interface LegalSupporterRow {
  personId: string;
  ability: string;
}

/**
 * The legal support of one member from the supporter rows: any ABLE → ABLE; only UNABLE → UNABLE;
 * none recorded and the household confirmed "nobody" → NONE; otherwise unknown (undefined, 信息不足) —
 * e.g. a supporter whose ability is not checked yet (UNKNOWN) and no ABLE one.
 */
export function legalSupportOf(supporters: readonly LegalSupporterRow[], noneConfirmed: boolean | null, personId: string): LegalSupport | undefined {
  const own = supporters.filter((s) => s.personId === personId);
  if (own.some((s) => s.ability === 'ABLE')) return 'ABLE';
  if (own.length) return own.every((s) => s.ability === 'UNABLE') ? 'UNABLE' : undefined;
  return noneConfirmed === true ? 'NONE' : undefined;
}

export interface LedgerFactOptions {
  applicationDate: string;
  /** False when the household's incomes were never recorded (→ 信息不足 instead of zero income). Default true. */
  incomesRecorded?: boolean;
  /** False when assets were never declared or checked. Default true. */
  assetsRecorded?: boolean;
  /** Answers the ledger does not hold (questionnaire, case file); unknown when left out. */
  housingDifficulty?: boolean | null;
  suddenHardship?: boolean | null;
  rigidSpendingFenLast12m?: number | null;
  unionMember?: boolean | null;
  disasterAffected?: boolean | null;
  legalSupport?: LegalSupport | null;
  /** Per-person answers the ledger does not hold (legal supporter, care level, parents' situation, marriage). */
  personExtras?: Record<string, Partial<Pick<MemberFacts, 'legalSupport' | 'careLevel' | 'fatherStatus' | 'motherStatus' | 'married'>>>;
}

const num = (x: Fen | null | undefined): number | null => (x === null || x === undefined ? null : Number(x));
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const int = (x: unknown): number | null =>
  typeof x === 'number' && Number.isFinite(x) ? x : typeof x === 'string' && x.trim() !== '' && Number.isFinite(Number(x)) ? Number(x) : null;

export function factsFromLedger(rows: LedgerRows, opts: LedgerFactOptions): HouseholdFacts {
  const incomesRecorded = opts.incomesRecorded ?? true;
  const byPerson = new Map<string, IncomeFacts[]>();
  for (const r of rows.incomes) {
    let list = byPerson.get(r.personId);
    if (!list) byPerson.set(r.personId, (list = []));
    list.push({ category: r.category, month: r.month, amountFen: Number(r.amountFen) });
  }
  // Recorded supporters decide per member; unknown members fall back to opts.legalSupport (household-wide).
  const supportOf = (personId: string): { legalSupport?: LegalSupport } => {
    if (rows.supporters === undefined && rows.noLegalSupporterConfirmed == null) return {};
    const s = legalSupportOf(rows.supporters ?? [], rows.noLegalSupporterConfirmed ?? null, personId);
    return s ? { legalSupport: s } : {};
  };
  const members: MemberFacts[] = rows.persons.map((p) => ({
    personId: p.personId,
    name: p.name ?? null,
    relation: p.relation,
    birthDate: p.birthDate,
    sex: p.sex === 'M' || p.sex === 'F' ? p.sex : null,
    // Ledger nulls: labour capacity / employment unknown; disability, illness, school, death = none.
    labourCapacity: p.labourCapacity ?? undefined,
    disabilityType: p.disabilityType,
    disabilityGrade: p.disabilityGrade,
    seriousIllness: p.seriousIllness,
    schoolStatus: p.schoolStatus,
    employmentStatus: p.employmentStatus ?? undefined,
    statuses: p.statuses,
    deathDate: p.deathDate,
    incomes: incomesRecorded ? (byPerson.get(p.personId) ?? []) : undefined,
    ...supportOf(p.personId),
    ...(opts.personExtras?.[p.personId] ?? {}),
  }));
  const assets: AssetFacts[] | undefined =
    opts.assetsRecorded === false
      ? undefined
      : rows.assets.map((a) => {
          const d = a.detail ?? {};
          return {
            kind: a.kind,
            valueFen: Number(a.valueFen),
            personId: a.personId,
            vehicleType: a.kind === 'VEHICLE' ? str(d.type) : null,
            count: a.kind === 'PROPERTY' ? int(d.count) : null,
            areaM2: a.kind === 'PROPERTY' ? int(d.areaM2) : null,
            nonResidential: a.kind === 'PROPERTY' ? d.nonResidential === true : null,
            capitalFen: a.kind === 'BUSINESS' ? int(d.capitalFen) : null,
          };
        });
  const benefits: BenefitFacts[] = rows.benefits.map((b) => ({
    programCode: b.programCode,
    status: b.status,
    personId: b.personId,
    monthlyAmountFen: num(b.monthlyAmountFen),
  }));
  return {
    residenceType:
      rows.household.residenceType === 'URBAN' || rows.household.residenceType === 'RURAL' ? (rows.household.residenceType as ResidenceType) : null,
    areaCode: rows.household.areaCode,
    members,
    assets,
    benefits,
    applicationDate: opts.applicationDate,
    housingDifficulty: opts.housingDifficulty,
    suddenHardship: opts.suddenHardship,
    rigidSpendingFenLast12m: opts.rigidSpendingFenLast12m,
    unionMember: opts.unionMember,
    disasterAffected: opts.disasterAffected,
    legalSupport: opts.legalSupport,
  };
}
