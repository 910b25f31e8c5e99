import {
  affectedPrograms,
  formatValue,
  ParameterError,
  parameterFullName,
  parameterOwner,
  parameterValueIssue,
  valueAt,
  withParameterValueAt,
  withParameterVersion,
  type Catalogue,
  type ParamValue,
} from '@xiejiu/rules';
import type { RequestContext } from '../../graphql/request-context';
import { isIsoDate, requireDate, todayCn } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { areaSql, requirePrefix } from '../../shared/scope';
import { forEachSliced, mapSliced } from '../../shared/slice';
import { scopedReadBatch } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { catalogueInForce } from './catalogue.service';
import { loadLedgerBatch, RECEIVING, townOf, type LedgerHousehold } from './ledger-batch';
import { areaNames } from '../area/area.service';
import { compareHousehold, compareSetup, outcomeName, requireOwner, type CompareSetup } from './whatif';

/** Households per batch of the whole-ledger passes (one scoped round trip each). */
export const WHATIF_BATCH = 250;
const PREVIEW_POOL = 400;

function checkValue(catalogue: Catalogue, code: string, value: unknown, field = 'value'): void {
  const issue = parameterValueIssue(catalogue, code, value);
  if (issue) throw new AppError('BAD_USER_INPUT', issue, { field });
}

function paramOf(catalogue: Catalogue, code: string) {
  const p = catalogue.parameters.find((x) => x.code === code);
  if (!p) throw new AppError('BAD_USER_INPUT', `未知的参数：${code}`, { field: 'parameterCode' });
  return p;
}

// ---------------------------------------------------------------- preview

export interface PreviewRowView {
  householdId: string;
  areaCode: string;
  areaName: string | null;
  headName: string | null;
  benefitStatus: string | null;
  beforeOutcome: string;
  beforeOutcomeName: string;
  beforeAmountFen: number | null;
  afterOutcome: string;
  afterOutcomeName: string;
  afterAmountFen: number | null;
  changed: boolean;
  otherChanges: string[];
}

export interface PreviewView {
  parameterCode: string;
  parameterName: string;
  programCode: string;
  programName: string;
  effectiveFrom: string;
  currentValue: string | null;
  proposedValue: string;
  poolSize: number;
  changedCount: number;
  rows: PreviewRowView[];
}

export interface PreviewInput {
  programCode: string;
  parameterCode: string;
  effectiveFrom: string;
  value: ParamValue;
  sampleSize?: number | null;
}

/**
 * Parameter editor preview: re-screens a sample of households in the caller's scope whose ledger detail
 * the caller may read — those receiving the parameter's program first, then households of a tier — with
 * the value in force and with the proposed one on its effective date. Households whose verdict or
 * amount changes come first. Reads only; logged like a screening.
 */
export async function previewParameterVersion(ctx: RequestContext, input: PreviewInput): Promise<PreviewView> {
  ctx.require('program.manage', '维护事项参数');
  const date = input.effectiveFrom ?? '';
  if (!isIsoDate(date)) throw new AppError('BAD_USER_INPUT', '生效日期格式应为 YYYY-MM-DD', { field: 'effectiveFrom' });
  if (date <= todayCn()) throw new AppError('BAD_USER_INPUT', '新参数最早从明天起生效，不能改写已生效的历史', { field: 'effectiveFrom' });
  const sampleSize = input.sampleSize ?? 20;
  if (!Number.isInteger(sampleSize) || sampleSize < 1 || sampleSize > 100)
    throw new AppError('BAD_USER_INPUT', '样本户数须在 1–100 之间', { field: 'sampleSize' });
  const { catalogue } = await catalogueInForce(ctx);
  const param = paramOf(catalogue, input.parameterCode);
  if (param.program !== input.programCode) throw new AppError('BAD_USER_INPUT', `参数 ${param.code} 不属于事项 ${input.programCode}`, { field: 'programCode' });
  checkValue(catalogue, param.code, input.value);
  await requireOwner(ctx, parameterOwner(catalogue, param.code)!, '调整该参数');
  let after: Catalogue;
  try {
    after = withParameterVersion(catalogue, param.code, { effectiveFrom: date, value: input.value, legalRef: '预览' });
  } catch (e) {
    if (e instanceof ParameterError) throw new AppError('BAD_USER_INPUT', e.message, { field: 'effectiveFrom' });
    throw e;
  }
  const programs = affectedPrograms(catalogue, [param.code]);
  const main = programs.includes(param.program) ? param.program : programs[0];
  const setup = compareSetup(catalogue, after, date, programs, [param.code]);

  // Pool: receiving the program, then households of a tier (most likely near a threshold).
  const hs = areaSql(ctx, 'h.area_code');
  const [pool] = await scopedReadBatch(ctx, [
    {
      sql: `(select h.id, 0 as rank from household h
             where h.status = 'ACTIVE' and ${hs.sql} and app_detail_visible(h.id)
               and exists (select 1 from benefit x where x.household_id = h.id and x.program_code = ? and x.status in ('ACTIVE', 'PHASE_OUT'))
             order by h.id limit ?)
          union all
          (select h.id, 1 from household h
             where h.status = 'ACTIVE' and h.tier is not null and ${hs.sql} and app_detail_visible(h.id)
             order by h.tier, h.area_code, h.created_at, h.id limit ?)`,
      params: [...hs.params, main ?? param.program, PREVIEW_POOL, ...hs.params, PREVIEW_POOL],
    },
  ]);
  const ids = [...new Set(pool.map((r) => r.id as string))];
  const households = await loadLedgerBatch(ctx, { ids }, date);

  // ≤ 800 households evaluated twice: sliced so the request does not hold the event loop (P8).
  const ranked = await mapSliced(households, (h) => {
    const c = compareHousehold(h.facts, setup);
    const b = main ? c.before.get(main) : undefined;
    const a = main ? c.after.get(main) : undefined;
    const changed = !!b && !!a && (b.outcome !== a.outcome || b.amountFen !== a.amountFen);
    const otherChanges: string[] = [];
    for (const code of programs) {
      if (code === main) continue;
      const x = c.before.get(code)!;
      const y = c.after.get(code)!;
      if (x.outcome !== y.outcome) otherChanges.push(`${setup.before.programNames[code] ?? code}：${outcomeName(x.outcome)} → ${outcomeName(y.outcome)}`);
    }
    const status = main ? (h.holding.get(main) ?? null) : null;
    const score =
      (changed ? 0 : otherChanges.length ? 1 : 2) * 10 +
      (status && RECEIVING.has(status) ? 0 : 1) * 5 +
      (b?.outcome === 'ELIGIBLE' || a?.outcome === 'ELIGIBLE' ? 0 : 1);
    return { h, b, a, changed, otherChanges, status, score };
  });
  ranked.sort((x, y) => x.score - y.score || (x.h.id < y.h.id ? -1 : 1));
  const sample = ranked.slice(0, sampleSize);
  const names = await areaNames(
    ctx,
    sample.map((r) => r.h.areaCode),
  );
  const rows: PreviewRowView[] = sample.map(({ h, b, a, changed, otherChanges, status }) => ({
    householdId: h.id,
    areaCode: h.areaCode,
    areaName: names.get(h.areaCode) ?? null,
    headName: h.headName,
    benefitStatus: status,
    beforeOutcome: b?.outcome ?? 'INELIGIBLE',
    beforeOutcomeName: outcomeName(b?.outcome ?? 'INELIGIBLE'),
    beforeAmountFen: b?.amountFen ?? null,
    afterOutcome: a?.outcome ?? 'INELIGIBLE',
    afterOutcomeName: outcomeName(a?.outcome ?? 'INELIGIBLE'),
    afterAmountFen: a?.amountFen ?? null,
    changed,
    otherChanges,
  }));
  const inForce = valueAt(param, date);
  const view: PreviewView = {
    parameterCode: param.code,
    parameterName: parameterFullName(param),
    programCode: main ?? param.program,
    programName: setup.before.programNames[main ?? param.program] ?? param.program,
    effectiveFrom: date,
    currentValue: inForce ? formatValue(inForce.value, param.unit, param.codes) : null,
    proposedValue: formatValue(input.value, param.unit, param.codes),
    poolSize: households.length,
    changedCount: ranked.filter((r) => r.changed).length,
    rows,
  };
  await recordAudit(ctx, {
    action: 'parameter.previewed',
    entityType: 'parameter',
    entityId: param.code,
    detail: { effectiveFrom: date, value: JSON.stringify(input.value), households: households.length, changed: view.changedCount },
  });
  return view;
}

// ---------------------------------------------------------------- simulation

export interface ParameterChange {
  parameterCode: string;
  value: ParamValue;
}

export interface SimulationRowView {
  townCode: string | null;
  townName: string | null;
  programCode: string;
  programName: string;
  currentEligible: number;
  proposedEligible: number;
  gaining: number;
  losing: number;
  currentMonthlyFen: number;
  proposedMonthlyFen: number;
  deltaMonthlyFen: number;
}

export interface SimulationView {
  asOf: string;
  changes: Array<{ parameterCode: string; parameterName: string; currentValue: string | null; proposedValue: string }>;
  programs: string[];
  households: number;
  householdsGaining: number;
  householdsLosing: number;
  currentMonthlyFen: number;
  proposedMonthlyFen: number;
  deltaMonthlyFen: number;
  /** Town × program (towns with any eligible household on either side). */
  rows: SimulationRowView[];
  /** Per program over the whole scope (townCode null). */
  programTotals: SimulationRowView[];
  elapsedMs: number;
}

/** Validated proposal: the changes described in Chinese and the before/after catalogues on `date`. */
export interface SimulationPlan {
  date: string;
  changes: SimulationView['changes'];
  /** Parameter codes changed. */
  changed: string[];
  programs: string[];
  setup: CompareSetup;
}

/**
 * Checks the proposed values against the catalogue (1–20, known, not repeated, valid values) and builds
 * the before/after setup on `date`. Used when a simulation is requested and again when its job runs.
 */
export function planSimulation(catalogue: Catalogue, changes: ParameterChange[], date: string): SimulationPlan {
  if (!Array.isArray(changes) || changes.length < 1 || changes.length > 20)
    throw new AppError('BAD_USER_INPUT', '请填写 1–20 项参数调整', { field: 'changes' });
  let after = catalogue;
  const seen = new Set<string>();
  const described: SimulationView['changes'] = [];
  for (const ch of changes) {
    const p = paramOf(catalogue, ch.parameterCode);
    if (seen.has(p.code)) throw new AppError('BAD_USER_INPUT', `参数重复：${parameterFullName(p)}`, { field: 'changes' });
    seen.add(p.code);
    checkValue(catalogue, p.code, ch.value, 'changes');
    after = withParameterValueAt(after, p.code, date, ch.value);
    const cur = valueAt(p, date);
    described.push({
      parameterCode: p.code,
      parameterName: parameterFullName(p),
      currentValue: cur ? formatValue(cur.value, p.unit, p.codes) : null,
      proposedValue: formatValue(ch.value, p.unit, p.codes),
    });
  }
  const programs = affectedPrograms(catalogue, [...seen]);
  return { date, changes: described, changed: [...seen], programs, setup: compareSetup(catalogue, after, date, programs, seen) };
}

type SimulationCell = Omit<SimulationRowView, 'townName' | 'programName'>;

/** Running totals of a simulation; plain JSON (a job stores it with its cursor to resume). */
export interface SimulationTally {
  households: number;
  gaining: number;
  losing: number;
  /** By `${townCode ?? '*'}|${programCode}` ('*' = the whole scope). */
  cells: Record<string, SimulationCell>;
}

export const emptyTally = (): SimulationTally => ({ households: 0, gaining: 0, losing: 0, cells: {} });

/** Adds one batch of households to the tally (the simulation job's step), in slices of the event loop. */
export async function tallyBatch(tally: SimulationTally, setup: CompareSetup, batch: readonly LedgerHousehold[]): Promise<void> {
  const cell = (town: string | null, program: string) => {
    const k = `${town ?? '*'}|${program}`;
    return (tally.cells[k] ??= {
      townCode: town,
      programCode: program,
      currentEligible: 0,
      proposedEligible: 0,
      gaining: 0,
      losing: 0,
      currentMonthlyFen: 0,
      proposedMonthlyFen: 0,
      deltaMonthlyFen: 0,
    });
  };
  await forEachSliced(batch, (h) => {
    tally.households++;
    const c = compareHousehold(h.facts, setup);
    let gains = false;
    let loses = false;
    const town = townOf(h.areaCode);
    for (const code of setup.programs) {
      const b = c.before.get(code)!;
      const a = c.after.get(code)!;
      const be = b.outcome === 'ELIGIBLE';
      const ae = a.outcome === 'ELIGIBLE';
      if (!be && !ae) continue;
      const bAmt = be ? (b.amountFen ?? 0) : 0;
      const aAmt = ae ? (a.amountFen ?? 0) : 0;
      for (const x of [cell(town, code), cell(null, code)]) {
        if (be) x.currentEligible++;
        if (ae) x.proposedEligible++;
        if (!be && ae) x.gaining++;
        if (be && !ae) x.losing++;
        x.currentMonthlyFen += bAmt;
        x.proposedMonthlyFen += aAmt;
        x.deltaMonthlyFen += aAmt - bAmt;
      }
      if (!be && ae) gains = true;
      if (be && !ae) loses = true;
    }
    if (gains) tally.gaining++;
    if (loses) tally.losing++;
  });
}

/** The finished view of a tally: town and program names, rows by town then program order, totals. */
export async function simulationView(ctx: RequestContext, plan: SimulationPlan, tally: SimulationTally, elapsedMs: number): Promise<SimulationView> {
  const programNames = plan.setup.before.programNames;
  const all: SimulationRowView[] = Object.values(tally.cells).map((c) => ({ ...c, townName: null, programName: programNames[c.programCode] ?? c.programCode }));
  const names = await areaNames(
    ctx,
    all.filter((c) => c.townCode).map((c) => c.townCode!),
  );
  for (const c of all) if (c.townCode) c.townName = names.get(c.townCode) ?? null;
  const order = new Map(plan.programs.map((p, i) => [p, i]));
  const byProgram = (x: SimulationRowView, y: SimulationRowView) => order.get(x.programCode)! - order.get(y.programCode)!;
  const programTotals = all.filter((c) => c.townCode === null).sort(byProgram);
  const rows = all.filter((c) => c.townCode !== null).sort((x, y) => (x.townCode! < y.townCode! ? -1 : x.townCode! > y.townCode! ? 1 : byProgram(x, y)));
  const sum = (f: (r: SimulationRowView) => number) => programTotals.reduce((s, r) => s + f(r), 0);
  return {
    asOf: plan.date,
    changes: plan.changes,
    programs: plan.programs,
    households: tally.households,
    householdsGaining: tally.gaining,
    householdsLosing: tally.losing,
    currentMonthlyFen: sum((r) => r.currentMonthlyFen),
    proposedMonthlyFen: sum((r) => r.proposedMonthlyFen),
    deltaMonthlyFen: sum((r) => r.deltaMonthlyFen),
    rows,
    programTotals,
    elapsedMs,
  };
}

/** Checks the request of a simulation (permission, date, changes) and plans it. */
export async function requestSimulation(ctx: RequestContext, changes: ParameterChange[], asOf?: string | null): Promise<SimulationPlan> {
  // Departments maintaining parameters and the joint meeting (联席会议).
  ctx.require('program.simulate', '进行模拟测算');
  const date = requireDate(asOf);
  const { catalogue } = await catalogueInForce(ctx);
  const plan = planSimulation(catalogue, changes, date);
  requirePrefix(ctx);
  return plan;
}
