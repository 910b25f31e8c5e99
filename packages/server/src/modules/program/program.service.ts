import { factsFromLedger, formatValue, limitText, OUTCOME_NAMES, renderProgram, screenFacts, type HouseholdFacts, type ProgramResult } from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { requireDate } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { areaSql } from '../../shared/scope';
import { scopedReadBatch } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { departmentsByCode } from '../department/department.service';
import { catalogueInForce } from './catalogue.service';
import { programVersionViews, type ProgramVersionView } from './program-version.service';

/**
 * Program catalogue (read side) and screening over the ledger: the seed catalogue of packages/rules
 * with the dated parameter versions and program amendments the owning departments recorded.
 */
export interface ProgramView {
  code: string;
  name: string;
  ownerCode: string;
  ownerName: string | null;
  subject: string;
  description: string;
  legalBasis: string[];
  conditions: string[];
  amount: string[];
  /** The catalogue's note on the amount formula (plain words), or null. */
  amountNote: string | null;
  /** Where to apply (办理地点), as the catalogue says. */
  applyAt: string;
  materials: string[];
  steps: string[];
  publicity: string;
  materialItems: Array<{ name: string; required: boolean; when: string | null; coveredByReport: boolean }>;
  stepItems: Array<{ code: string; name: string; limitDays: number | null; limitKind: string | null; clockPaused: boolean; note: string | null }>;
  totalLimit: { days: number; kind: string; extendableTo: number | null; text: string } | null;
  publicityRule: { required: boolean; days: number | null; kind: string | null; minors: string };
  versions: ProgramVersionView[];
}

const lines = (ls: readonly { depth: number; text: string }[]) => ls.map((l) => `${'　'.repeat(l.depth)}${l.text}`);

/** Department code → name (the catalogue names owners by code). */
export async function departmentNames(ctx: RequestContext): Promise<Map<string, string>> {
  const depts = await departmentsByCode(ctx);
  return new Map([...depts.values()].map((d) => [d.code, d.name]));
}

export async function listPrograms(ctx: RequestContext, asOf?: string | null): Promise<ProgramView[]> {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
  const date = requireDate(asOf);
  const deptName = await departmentNames(ctx);
  const { catalogue, compiled } = await catalogueInForce(ctx, date);
  return catalogue.programs
    .filter((p) => p.applicable)
    .map((p) => {
      const r = renderProgram(compiled, p.code, { asOf: date });
      return {
        code: p.code,
        name: p.name,
        ownerCode: p.owner,
        ownerName: deptName.get(p.owner) ?? null,
        subject: p.subject,
        description: p.description,
        legalBasis: [...p.legalBasis],
        conditions: lines([...r.householdConditions, ...r.conditions]),
        amount: r.amount ? [r.amount] : [],
        amountNote: p.amount?.note ?? null,
        applyAt: p.applyAt,
        materials: p.materials.map((m) => `${m.name}${m.required ? '' : '（如有）'}${m.when ? `（${m.when}）` : ''}`),
        steps: p.steps.map(
          (s) => `${s.name}${s.limit ? `：${s.limit.days}${s.limit.kind === 'WORKING' ? ' 个工作日' : ' 日'}` : ''}${s.clockPaused ? '（暂停计时）' : ''}`,
        ),
        publicity: p.publicity.required
          ? `公示 ${p.publicity.days ?? ''}${p.publicity.kind === 'WORKING' ? ' 个工作日' : ' 日'}${p.publicity.minors === 'NEVER' ? '，未成年人不公示' : ''}`
          : '不公示',
        materialItems: p.materials.map((m) => ({ name: m.name, required: m.required, when: m.when ?? null, coveredByReport: !!m.coveredByReport })),
        stepItems: p.steps.map((s) => ({
          code: s.code,
          name: s.name,
          limitDays: s.limit?.days ?? null,
          limitKind: s.limit?.kind ?? null,
          clockPaused: !!s.clockPaused,
          note: s.note ?? null,
        })),
        totalLimit: p.totalLimit
          ? { days: p.totalLimit.days, kind: p.totalLimit.kind, extendableTo: p.totalLimit.extendableTo ?? null, text: limitText(p.totalLimit) }
          : null,
        publicityRule: { required: p.publicity.required, days: p.publicity.days ?? null, kind: p.publicity.kind ?? null, minors: p.publicity.minors },
        versions: programVersionViews(catalogue, p.code, date),
      };
    });
}

export interface ScreeningView {
  programCode: string;
  programName: string;
  owner: string;
  ownerName?: string | null;
  outcome: string;
  outcomeName: string;
  missingFacts: string[];
  excludedBy: string | null;
  estimatedMonthlyFen: number | null;
  notes: string[];
  trace: string[];
  parameters: string[];
}

function view(r: ProgramResult): ScreeningView {
  return {
    programCode: r.programCode,
    programName: r.programName,
    owner: r.owner,
    outcome: r.outcome,
    outcomeName: OUTCOME_NAMES[r.outcome],
    missingFacts: [...r.missingFacts],
    excludedBy: r.excludedBy ? `${r.excludedBy.programName}：${r.excludedBy.reason}` : null,
    estimatedMonthlyFen: r.estimatedMonthlyFen,
    notes: [...r.notes],
    trace: lines(r.trace),
    parameters: r.parametersUsed.map(
      (u) => `${u.name}：${formatValue(u.value, u.unit, u.codes)}（${u.effectiveFrom} 起，${u.legalRef}${u.note ? `，${u.note}` : ''}）`,
    ),
  };
}

/**
 * 按户筛查: every program against the household's ledger facts on `asOf`, with reasons. Needs
 * detail access (incomes and assets): windows in their area and departments involved with it.
 */
export async function screenHousehold(ctx: RequestContext, householdId: string, asOf?: string | null): Promise<ScreeningView[]> {
  ctx.require('household.read', '查看家庭台账');
  const date = requireDate(asOf);
  const scope = areaSql(ctx, 'h.area_code');
  const detail = ctx.detailScope;
  if (!detail) throw new AppError('FORBIDDEN', '只有办理该户事项的部门或辖区窗口可以筛查');
  const [hh, persons, incomes, assets, benefits, supporters] = await scopedReadBatch(ctx, [
    {
      sql: `select h.id, h.residence_type as "residenceType", h.area_code as "areaCode", h.no_legal_supporter_confirmed as "noLegalSupporterConfirmed",
              (app_detail_visible(h.id)) as visible from household h where h.id = ? and ${scope.sql}`,
      params: [householdId, ...scope.params],
    },
    {
      sql: `select p.id as "personId", left(p.name, 1) || '*' as name, m.relation, p.birth_date::text as "birthDate", p.sex,
              p.labour_capacity as "labourCapacity", p.disability_type as "disabilityType", p.disability_grade as "disabilityGrade",
              p.serious_illness as "seriousIllness", p.school_status as "schoolStatus", p.employment_status as "employmentStatus",
              p.statuses, p.death_date::text as "deathDate"
              from membership m join person p on p.id = m.person_id where m.household_id = ? and m.to_date is null`,
      params: [householdId],
    },
    {
      sql: `select person_id as "personId", category, month::text as month, amount_fen as "amountFen" from person_income where household_id = ?`,
      params: [householdId],
    },
    { sql: `select person_id as "personId", kind, value_fen as "valueFen", detail from person_asset where household_id = ?`, params: [householdId] },
    {
      sql: `select person_id as "personId", program_code as "programCode", status, monthly_amount_fen as "monthlyAmountFen" from benefit where household_id = ?`,
      params: [householdId],
    },
    // 法定义务人 (modules/household): legal support per member for 特困.
    { sql: `select person_id as "personId", ability from legal_supporter where household_id = ?`, params: [householdId] },
  ]);
  if (!hh.length) throw new AppError('NOT_FOUND', '家庭不存在或不在您的管辖范围内');
  if (!hh[0].visible) throw new AppError('FORBIDDEN', '只有办理该户事项的部门或辖区窗口可以筛查');
  const facts = factsFromLedger(
    {
      household: { residenceType: hh[0].residenceType as string, areaCode: hh[0].areaCode as string },
      persons: persons as never,
      incomes: incomes as never,
      assets: assets as never,
      benefits: benefits as never,
      supporters: supporters as never,
      noLegalSupporterConfirmed: (hh[0].noLegalSupporterConfirmed as boolean | null) ?? null,
    },
    { applicationDate: date, incomesRecorded: incomes.length > 0, assetsRecorded: true },
  );
  const { compiled } = await catalogueInForce(ctx);
  const results = screenFacts(facts, { asOf: date, catalogue: compiled }).map(view);
  await recordAudit(ctx, {
    action: 'household.screened',
    entityType: 'household',
    entityId: householdId,
    detail: {
      asOf: date,
      eligible: results
        .filter((r) => r.outcome === 'ELIGIBLE')
        .map((r) => r.programCode)
        .join(','),
    },
  });
  return results;
}

/** 一问一答 questionnaire screening without a ledger record (walk-in, later the portal self-check). */
export async function screenQuestionnaire(ctx: RequestContext, facts: HouseholdFacts, asOf?: string | null): Promise<ScreeningView[]> {
  if (!ctx.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
  const date = requireDate(asOf);
  if (!facts || typeof facts !== 'object' || !Array.isArray((facts as { members?: unknown }).members)) {
    throw new AppError('BAD_USER_INPUT', '问卷内容不完整：缺少家庭成员', { field: 'facts' });
  }
  if (facts.members.length > 30) throw new AppError('BAD_USER_INPUT', '家庭成员过多', { field: 'facts' });
  const { compiled } = await catalogueInForce(ctx);
  return screenFacts({ ...facts, applicationDate: facts.applicationDate ?? date }, { asOf: date, catalogue: compiled }).map(view);
}
