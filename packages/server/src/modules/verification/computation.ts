import type { EntityManager } from '@mikro-orm/postgresql';
import {
  evaluatePrograms,
  INCOME_CATEGORIES,
  factsFromLedger,
  householdFigures,
  OUTCOME_NAMES,
  previousMonth,
  RELATIONS,
  type HouseholdFacts,
  type HouseholdFigures,
  type LedgerPersonRow,
  type LedgerRows,
} from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { ageOn, nowOf } from '../../shared/dates';
import { sqlRows } from '../../shared/sql';
import { FINDING_SEVERITIES, FINDING_STATUSES } from '../crosscheck/crosscheck.codes';
import { RULES } from '../crosscheck/rules';
import { catalogueInForce } from '../program/catalogue.service';
import type { MatchEvidence } from './data-match';
import type { ReportAssets, ReportFinding, ReportIncome, ReportMember, ReportProgram } from './report-content';
import { VERIFICATION_CONCLUSIONS, VERIFIED_PROGRAMS, type VerificationConclusion } from './verification.codes';

/**
 * 核算 (ADR 0023, "Computation"): the household's ledger facts (`factsFromLedger`, as the program module's
 * screening builds them) plus the evidence of the latest 信息比对 record, evaluated with the rules engine and
 * the parameters in force (the same as screening); the figures come from the engine (`householdFigures`) —
 * no means-test arithmetic here. Adds the household's current cross-check findings and a proposed conclusion.
 */
export interface VerificationComputation {
  computedAt: string;
  asOf: string;
  members: ReportMember[];
  figures: HouseholdFigures;
  /** Facts added from the reference data (Chinese lines). */
  evidenceLines: string[];
  vehicles: Array<{ nameMasked: string; type: string; source: string }>;
  programs: ReportProgram[];
  findings: ReportFinding[];
  proposedConclusion: VerificationConclusion;
  proposedConclusionName: string;
  proposedReason: string;
}

/** A member as the rules engine reads it (`LedgerPersonRow`), with what the data match and the report need. */
interface PersonRow extends LedgerPersonRow {
  name: string;
  nameMasked: string;
  idMasked: string;
  idBidx: string;
}

export interface HouseholdLedger {
  household: { id: string; areaCode: string; residenceType: string; address: string; headPersonId: string | null; noLegalSupporterConfirmed: boolean | null };
  persons: PersonRow[];
  incomes: LedgerRows['incomes'];
  assets: LedgerRows['assets'];
  benefits: LedgerRows['benefits'];
  supporters: NonNullable<LedgerRows['supporters']>;
}

export const maskName = (name: string): string => {
  const chars = [...name];
  if (chars.length <= 1) return `${name}*`;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
};

/** The household's ledger rows in the caller's transaction (scope and detail by RLS). */
export async function loadLedger(em: EntityManager, householdId: string): Promise<HouseholdLedger | null> {
  const [h] = await sqlRows<HouseholdLedger['household']>(
    em,
    `select id, area_code as "areaCode", residence_type as "residenceType", address, head_person_id as "headPersonId",
            no_legal_supporter_confirmed as "noLegalSupporterConfirmed" from household where id = ?`,
    [householdId],
  );
  if (!h) return null;
  const persons = await sqlRows<PersonRow>(
    em,
    `select p.id as "personId", p.name, p.id_masked as "idMasked", p.id_bidx as "idBidx", m.relation, p.birth_date::text as "birthDate", p.sex,
            p.labour_capacity as "labourCapacity", p.disability_type as "disabilityType", p.disability_grade as "disabilityGrade",
            p.serious_illness as "seriousIllness", p.school_status as "schoolStatus", p.employment_status as "employmentStatus",
            p.statuses, p.death_date::text as "deathDate"
       from membership m join person p on p.id = m.person_id where m.household_id = ? and m.to_date is null
      order by case when m.relation = 'HEAD' then 0 else 1 end, p.birth_date`,
    [householdId],
  );
  for (const p of persons) p.nameMasked = maskName(p.name);
  const incomes = await sqlRows<LedgerRows['incomes'][number]>(
    em,
    `select person_id as "personId", category, month::text as month, amount_fen as "amountFen" from person_income where household_id = ?`,
    [householdId],
  );
  const assets = await sqlRows<LedgerRows['assets'][number]>(
    em,
    `select person_id as "personId", kind, value_fen as "valueFen", detail from person_asset where household_id = ?`,
    [householdId],
  );
  const benefits = await sqlRows<LedgerRows['benefits'][number]>(
    em,
    `select person_id as "personId", program_code as "programCode", status, monthly_amount_fen as "monthlyAmountFen" from benefit where household_id = ?`,
    [householdId],
  );
  // 法定义务人 (household module): legal support per member for 特困, as screening reads it.
  const supporters = await sqlRows<{ personId: string; ability: string }>(
    em,
    `select person_id as "personId", ability from legal_supporter where household_id = ?`,
    [householdId],
  );
  return { household: h, persons, incomes, assets, benefits, supporters };
}

/** Registry text (小型轿车, 二轮摩托车 …) → the engine's VEHICLE_TYPES code. */
export function vehicleTypeCode(text: string): string {
  if (/残疾人|轮椅/.test(text)) return 'mobility';
  if (/电动自行车/.test(text)) return 'e-bike';
  if (/摩托/.test(text)) return 'motorcycle';
  if (/农用|拖拉机|三轮|低速/.test(text)) return 'farm';
  if (/货车|挂车|牵引/.test(text)) return 'truck';
  if (/轿车|客车|汽车|越野|面包|SUV|乘用/i.test(text)) return 'car';
  return 'other';
}

const REF_INCOME_CATEGORY: Record<string, string> = { PENSION: 'PENSION_BASIC', FUND: 'TRANSFER' };

/**
 * The household's facts: the ledger plus the reference evidence. A reference fact the ledger already holds
 * for the member (a vehicle of that type, any property / business row, an income of that category in the
 * income month) is not added twice.
 */
export function factsWithEvidence(
  ledger: HouseholdLedger,
  evidence: MatchEvidence | null,
  asOf: string,
): { facts: HouseholdFacts; lines: string[]; vehicles: VerificationComputation['vehicles'] } {
  const names = new Map(ledger.persons.map((p) => [p.personId, p.nameMasked]));
  const lines: string[] = [];
  const incomes = [...ledger.incomes];
  const assets = [...ledger.assets];
  const persons = ledger.persons.map((p) => ({ ...p, name: p.nameMasked }));
  const incomeMonth = `${previousMonth(asOf)}-01`;
  const has = (personId: string, kind: string, test: (d: Record<string, unknown>) => boolean = () => true) =>
    ledger.assets.some((a) => a.personId === personId && a.kind === kind && test(a.detail ?? {}));
  if (evidence) {
    for (const v of evidence.vehicles) {
      const type = vehicleTypeCode(v.vehicleType);
      if (has(v.personId, 'VEHICLE', (d) => d.type === type)) continue;
      assets.push({ personId: v.personId, kind: 'VEHICLE', valueFen: 0, detail: { type, plate: v.plateMasked, source: 'vehicles' } });
      lines.push(`${names.get(v.personId)}：车辆登记 ${v.plateMasked}（${v.vehicleType}）计入家庭财产`);
    }
    const propertyOf = new Set(ledger.assets.filter((a) => a.kind === 'PROPERTY').map((a) => a.personId));
    for (const p of evidence.property) {
      if (propertyOf.has(p.personId)) continue;
      assets.push({
        personId: p.personId,
        kind: 'PROPERTY',
        valueFen: 0,
        detail: { count: 1, areaM2: Math.round(p.floorArea), nonResidential: p.usage !== 'RESIDENTIAL', source: 'property' },
      });
      lines.push(`${names.get(p.personId)}：不动产登记 ${p.floorArea} 平方米（${p.usage === 'RESIDENTIAL' ? '住宅' : '非住宅'}）计入家庭财产`);
    }
    const businessOf = new Set(ledger.assets.filter((a) => a.kind === 'BUSINESS').map((a) => a.personId));
    for (const b of evidence.business) {
      if (b.regStatus !== 'ACTIVE' || businessOf.has(b.personId)) continue;
      assets.push({ personId: b.personId, kind: 'BUSINESS', valueFen: b.capitalFen, detail: { capitalFen: b.capitalFen, source: 'business' } });
      lines.push(`${names.get(b.personId)}：工商登记 ${b.company}（存续）计入家庭财产`);
    }
    const hasIncome = (personId: string, category: string) =>
      incomes.some((i) => i.personId === personId && i.category === category && i.month.slice(0, 7) === incomeMonth.slice(0, 7));
    for (const p of evidence.payroll) {
      if (p.fromDate > asOf || (p.toDate && p.toDate < incomeMonth) || hasIncome(p.personId, 'WAGE')) continue;
      incomes.push({ personId: p.personId, category: 'WAGE', month: incomeMonth, amountFen: p.monthlyPayFen });
      lines.push(`${names.get(p.personId)}：财政供养 ${p.employer} 月工资计入 ${incomeMonth.slice(0, 7)} 工资性收入`);
    }
    // Latest reported amount per member and category.
    const latest = new Map<string, MatchEvidence['incomes'][number]>();
    for (const i of evidence.incomes) {
      const k = `${i.personId}|${i.category}`;
      const cur = latest.get(k);
      if (!cur || cur.asOf < i.asOf) latest.set(k, i);
    }
    for (const i of latest.values()) {
      if (i.category === 'DEPOSIT' || i.category === 'SECURITIES') {
        if (has(i.personId, 'DEPOSIT')) continue;
        assets.push({ personId: i.personId, kind: 'DEPOSIT', valueFen: i.amountFen, detail: { source: 'income' } });
        lines.push(`${names.get(i.personId)}：${i.category === 'DEPOSIT' ? '存款' : '证券理财'}（截至 ${i.asOf}）计入家庭金融资产`);
      } else {
        const category = REF_INCOME_CATEGORY[i.category];
        if (!category || hasIncome(i.personId, category)) continue;
        incomes.push({ personId: i.personId, category, month: incomeMonth, amountFen: i.amountFen });
        lines.push(`${names.get(i.personId)}：${i.category === 'PENSION' ? '养老金' : '公积金'}（截至 ${i.asOf}）计入 ${incomeMonth.slice(0, 7)} 收入`);
      }
    }
    for (const dd of evidence.deaths) {
      const p = persons.find((x) => x.personId === dd.personId);
      if (p && !p.deathDate && dd.deathDate <= asOf) {
        p.deathDate = dd.deathDate;
        lines.push(`${p.nameMasked}：死亡信息 ${dd.deathDate}，不再计入家庭成员`);
      }
    }
    for (const pr of evidence.prison) {
      const p = persons.find((x) => x.personId === pr.personId);
      if (p && pr.fromDate <= asOf && (!pr.toDate || pr.toDate >= asOf) && !p.statuses.includes('PRISON')) {
        p.statuses = [...p.statuses, 'PRISON'];
        lines.push(`${p.nameMasked}：服刑人员名册（${pr.fromDate} 起），按规定不计入家庭成员`);
      }
    }
  }
  const facts = factsFromLedger(
    {
      household: { residenceType: ledger.household.residenceType, areaCode: ledger.household.areaCode },
      persons: persons as never,
      incomes,
      assets,
      benefits: ledger.benefits,
      supporters: ledger.supporters,
      noLegalSupporterConfirmed: ledger.household.noLegalSupporterConfirmed,
    },
    { applicationDate: asOf, incomesRecorded: incomes.length > 0, assetsRecorded: true },
  );
  const vehicles = assets
    .filter((a) => a.kind === 'VEHICLE')
    .map((a) => ({
      nameMasked: a.personId ? (names.get(a.personId) ?? '') : '',
      type: String((a.detail as Record<string, unknown> | null)?.type ?? ''),
      source: String((a.detail as Record<string, unknown> | null)?.source ?? 'ledger'),
    }));
  return { facts, lines, vehicles };
}

/** Current findings (待复核 / 属实) of the household's cross-check. */
export async function householdFindings(em: EntityManager, householdId: string): Promise<ReportFinding[]> {
  const rows = await sqlRows<{ ruleNo: number; severity: string; status: string; summary: string }>(
    em,
    `select rule_no as "ruleNo", severity, status, summary from finding
      where household_id = ? and is_current and status in ('PENDING', 'CONFIRMED') order by rule_no, created_at`,
    [householdId],
  );
  return rows.map((r) => ({
    ruleNo: r.ruleNo,
    ruleName: RULES.find((x) => x.no === r.ruleNo)?.name ?? `规则 ${r.ruleNo}`,
    severity: FINDING_SEVERITIES[r.severity as keyof typeof FINDING_SEVERITIES] ?? r.severity,
    status: r.status,
    statusName: FINDING_STATUSES[r.status as keyof typeof FINDING_STATUSES] ?? r.status,
    summary: r.summary,
  }));
}

export function reportMembers(ledger: HouseholdLedger, asOf: string): ReportMember[] {
  return ledger.persons.map((p) => ({
    nameMasked: p.nameMasked,
    idMasked: p.idMasked,
    relation: p.relation,
    relationName: RELATIONS[p.relation] ?? p.relation,
    sex: p.sex === 'M' ? '男' : p.sex === 'F' ? '女' : null,
    age: p.birthDate ? ageOn(p.birthDate, asOf) : null,
    notes: [...(p.deathDate ? [`已于 ${p.deathDate} 死亡`] : []), ...(p.statuses.includes('PRISON') ? ['服刑'] : [])],
  }));
}

/** Evaluates the verified programs and proposes a conclusion. */
export async function computeFor(
  ctx: RequestContext,
  em: EntityManager,
  ledger: HouseholdLedger,
  evidence: MatchEvidence | null,
  sourcesFailed: number,
  asOf: string,
): Promise<VerificationComputation> {
  const { compiled } = await catalogueInForce(ctx, asOf);
  const { facts, lines, vehicles } = factsWithEvidence(ledger, evidence, asOf);
  const programs = VERIFIED_PROGRAMS.filter((c) => compiled.byCode.has(c));
  const results = evaluatePrograms(facts, compiled, { asOf, programs });
  const figures = householdFigures(facts, compiled, asOf);
  const findings = await householdFindings(em, ledger.household.id);
  const reportPrograms: ReportProgram[] = results.map((r) => ({
    code: r.programCode,
    name: r.programName,
    outcome: r.outcome,
    outcomeName: OUTCOME_NAMES[r.outcome],
    estimatedMonthlyFen: r.estimatedMonthlyFen,
    missingFacts: [...r.missingFacts],
    lines: r.trace.map((t) => `${'　'.repeat(t.depth)}${t.text}`),
  }));
  let proposed: VerificationConclusion;
  let reason: string;
  const eligible = reportPrograms.filter((p) => p.outcome === 'ELIGIBLE');
  const dibao = reportPrograms.find((p) => p.code === 'DIBAO');
  if (!evidence) {
    proposed = 'NEEDS_REVIEW';
    reason = '尚未进行信息比对';
  } else if (sourcesFailed) {
    proposed = 'NEEDS_REVIEW';
    reason = `${sourcesFailed} 个数据来源查询失败，须补充核实`;
  } else if (findings.length) {
    proposed = 'NEEDS_REVIEW';
    reason = `该户有 ${findings.length} 条比对疑点未消除：${findings.map((f) => f.ruleName).join('、')}`;
  } else if (eligible.length) {
    proposed = 'ELIGIBLE_RANGE';
    reason = `符合：${eligible.map((p) => p.name).join('、')}`;
  } else if (dibao?.outcome === 'INSUFFICIENT') {
    proposed = 'NEEDS_REVIEW';
    reason = `信息不足：${dibao.missingFacts.join('、')}`;
  } else {
    proposed = 'INELIGIBLE';
    reason = `不符合${reportPrograms.map((p) => p.name).join('、')}的条件`;
  }
  return {
    computedAt: nowOf(ctx).toISOString(),
    asOf,
    members: reportMembers(ledger, asOf),
    figures,
    evidenceLines: lines,
    vehicles,
    programs: reportPrograms,
    findings,
    proposedConclusion: proposed,
    proposedConclusionName: VERIFICATION_CONCLUSIONS[proposed],
    proposedReason: reason,
  };
}

const INCOME_LINE = /收入|计入家庭成员/;

/** The report's income and asset sections from a computation (the engine's figures, as they are). */
export function incomeAndAssets(c: VerificationComputation): { income: ReportIncome; assets: ReportAssets } {
  const f = c.figures;
  const lines = f.income
    ? [
        ...Object.entries(f.income.counted).map(([category, amountFen]) => ({
          category,
          name: INCOME_CATEGORIES[category] ?? category,
          amountFen,
          counted: true,
        })),
        ...Object.entries(f.income.excluded).map(([category, amountFen]) => ({
          category,
          name: INCOME_CATEGORIES[category] ?? category,
          amountFen,
          counted: false,
        })),
      ]
    : [];
  return {
    income: {
      month: f.incomeMonth,
      lines,
      deductionFen: f.income?.deductionFen ?? 0,
      monthlyIncomeFen: f.monthlyIncomeFen,
      countedMembers: f.countedMembers,
      perCapitaIncomeFen: f.perCapitaIncomeFen,
      explanation: f.lines.filter((l) => INCOME_LINE.test(l)),
    },
    assets: {
      financialAssetsFen: f.financialAssetsFen,
      financialAssetsPerCapitaFen: f.financialAssetsPerCapitaFen,
      homeCount: f.homeCount,
      hasNonResidentialProperty: f.hasNonResidentialProperty,
      vehicles: c.vehicles,
      nonExemptVehicles: f.nonExemptVehicles,
      businessCapitalFen: f.businessCapitalFen,
      lines: [...c.evidenceLines, ...f.lines.filter((l) => !INCOME_LINE.test(l))],
    },
  };
}
