import { BENEFIT_SOURCES, BENEFIT_STATUSES, monthlyAmountCap, PROGRAM_NAMES, PROGRAM_OWNERS } from '@xiejiu/rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { isIsoDate, nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { emitBenefitEvent } from '../integration/events';
import { departmentByCode, departmentById } from '../department/department.service';
import { catalogueInForce } from '../program/catalogue.service';
import { Benefit } from './benefit.entity';
import { addEvent, lockHousehold, recomputeTier } from './ledger-write';

/**
 * The benefits chain. "Two unchanged": only the owning department records or changes a
 * program's benefits (decisions of the workflow issue and roster imports call this too);
 * every change re-derives the household's tier.
 */
async function ownerDepartment(ctx: RequestContext, programCode: string): Promise<{ id: string; name: string }> {
  const deptCode = PROGRAM_OWNERS[programCode];
  if (!deptCode) throw new AppError('BAD_USER_INPUT', `未知救助事项：${programCode}`, { field: 'programCode' });
  const dept = await departmentByCode(ctx, deptCode);
  if (!dept) throw new AppError('BAD_USER_INPUT', `事项的主管部门（${deptCode}）尚未建立`, { field: 'programCode' });
  return dept;
}

function assertOwner(ctx: RequestContext, dept: { id: string; name: string }): void {
  if (ctx.actor.kind === 'system') return;
  if (ctx.departmentId !== dept.id) throw new AppError('FORBIDDEN', `只有${dept.name}可以变更该事项的救助记录（两不变）`);
}

const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * 月救助金额上限: the monthly amount of a program's benefit may not exceed the program's dated
 * parameter `<PROGRAM>.max_monthly_amount` in force on `onDate` (the benefit's start date), as
 * recorded in the catalogue (seed values, then the owning department's versions). Refuses with
 * the cap, its date and its legal reference. Used by recordBenefit and by a referral's approval.
 */
export async function assertMonthlyAmountCap(
  ctx: RequestContext,
  programCode: string,
  amountFen: number,
  onDate: string,
  field = 'monthlyAmountFen',
): Promise<void> {
  const { catalogue } = await catalogueInForce(ctx);
  const cap = monthlyAmountCap(catalogue, programCode, onDate);
  if (cap && amountFen > cap.capFen) {
    const program = PROGRAM_NAMES[programCode] ?? programCode;
    throw new AppError(
      'BAD_USER_INPUT',
      `${program}的月救助金额不能超过 ${yuan(cap.capFen)} 元（${cap.version.effectiveFrom} 起的月救助金额上限，依据：${cap.version.legalRef}）`,
      {
        field,
        maxFen: cap.capFen,
        parameterCode: cap.code,
      },
    );
  }
}

export interface BenefitInput {
  householdId: string;
  personId?: string | null;
  programCode: string;
  status: string;
  monthlyAmountFen: number;
  startDate?: string | null;
  endDate?: string | null;
  source: string;
  sourceRef?: string | null;
}

export async function recordBenefit(ctx: RequestContext, input: BenefitInput): Promise<string> {
  ctx.require('benefit.manage', '维护救助记录');
  if (!(input.status in BENEFIT_STATUSES)) throw new AppError('BAD_USER_INPUT', '救助状态不正确', { field: 'status' });
  if (!(input.source in BENEFIT_SOURCES)) throw new AppError('BAD_USER_INPUT', '来源不正确', { field: 'source' });
  if (!Number.isInteger(input.monthlyAmountFen) || input.monthlyAmountFen < 0)
    throw new AppError('BAD_USER_INPUT', '月救助金额须为非负整数（分）', { field: 'monthlyAmountFen' });
  for (const [k, v] of [
    ['startDate', input.startDate],
    ['endDate', input.endDate],
  ] as const) {
    if (v && !isIsoDate(v)) throw new AppError('BAD_USER_INPUT', '日期格式应为 YYYY-MM-DD', { field: k });
  }
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    throw new AppError('BAD_USER_INPUT', '结束日期不能早于开始日期', { field: 'endDate' });
  return ctx.tx(async (em) => {
    const dept = await ownerDepartment(ctx, input.programCode);
    assertOwner(ctx, dept);
    await assertMonthlyAmountCap(ctx, input.programCode, input.monthlyAmountFen, input.startDate ?? todayOf(ctx));
    const h = await lockHousehold(ctx, em, input.householdId);
    if (input.personId) {
      const ok = await sqlRows(em, `select 1 from membership where person_id = ? and household_id = ? and to_date is null`, [input.personId, h.id]);
      if (!ok.length) throw new AppError('BAD_USER_INPUT', '享受人须是本户现有成员', { field: 'personId' });
    }
    const b = em.create(Benefit, {
      householdId: h.id,
      personId: input.personId ?? null,
      areaCode: h.areaCode,
      programCode: input.programCode,
      status: input.status,
      monthlyAmountFen: String(input.monthlyAmountFen),
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      departmentId: dept.id,
      createdAt: nowOf(ctx),
      updatedAt: nowOf(ctx),
    });
    await em.flush();
    const program = PROGRAM_NAMES[input.programCode] ?? input.programCode;
    await addEvent(
      ctx,
      em,
      h,
      'benefit.recorded',
      `${dept.name}：${program}（${BENEFIT_STATUSES[input.status]}，月 ${(input.monthlyAmountFen / 100).toFixed(2)} 元）`,
    );
    await recomputeTier(ctx, em, h.id, `${program}${BENEFIT_STATUSES[input.status]}`);
    await emitBenefitEvent(ctx, em, 'benefit.recorded', b.id); // the integrators' change feed (modules/integration)
    await recordAudit(ctx, {
      action: 'benefit.recorded',
      entityType: 'household',
      entityId: h.id,
      after: { programCode: input.programCode, status: input.status, monthlyAmountFen: input.monthlyAmountFen },
    });
    return b.id;
  });
}

/** 暂停 / 恢复 / 停止 / 渐退 of one benefit by its owning department; `version` guards concurrent edits. */
export async function changeBenefitStatus(
  ctx: RequestContext,
  benefitId: string,
  status: string,
  endDate: string | null | undefined,
  version: number,
): Promise<void> {
  ctx.require('benefit.manage', '维护救助记录');
  if (!(status in BENEFIT_STATUSES)) throw new AppError('BAD_USER_INPUT', '救助状态不正确', { field: 'status' });
  if (endDate && !isIsoDate(endDate)) throw new AppError('BAD_USER_INPUT', '日期格式应为 YYYY-MM-DD', { field: 'endDate' });
  await ctx.tx(async (em) => {
    const b = await em.findOne(Benefit, { id: benefitId });
    if (!b) throw new AppError('NOT_FOUND', '救助记录不存在或不在您的管辖范围内');
    const dept = await ownerDepartment(ctx, b.programCode);
    assertOwner(ctx, dept);
    if (b.version !== version) throw new AppError('CONFLICT', '该救助记录已被他人修改，请刷新后重试');
    const h = await lockHousehold(ctx, em, b.householdId);
    const before = { status: b.status, endDate: b.endDate };
    b.status = status;
    if (endDate !== undefined) b.endDate = endDate;
    await em.flush();
    const program = PROGRAM_NAMES[b.programCode] ?? b.programCode;
    await addEvent(ctx, em, h, 'benefit.status', `${dept.name}：${program} ${BENEFIT_STATUSES[before.status]} → ${BENEFIT_STATUSES[status]}`);
    await recomputeTier(ctx, em, h.id, `${program}${BENEFIT_STATUSES[status]}`);
    await emitBenefitEvent(ctx, em, 'benefit.status_changed', b.id, before.status); // the integrators' change feed
    await recordAudit(ctx, { action: 'benefit.status_changed', entityType: 'household', entityId: h.id, before, after: { status, endDate: b.endDate } });
  });
}

export interface ApplyingBenefitInput {
  householdId: string;
  personId: string | null;
  programCode: string;
  departmentId: string;
  /** The receipt number (受理号) of the application. */
  sourceRef: string;
}

/**
 * 申请中: the link a pending application adds to the benefits chain, so every department sees the
 * application and exclusions can "pay one while the other is pending". Opened by the one-window
 * workflow when a referral is created (the window routes; the owning department decides later).
 */
export async function openApplyingBenefit(ctx: RequestContext, em: EntityManager, input: ApplyingBenefitInput): Promise<string> {
  const h = await lockHousehold(ctx, em, input.householdId);
  const b = em.create(Benefit, {
    householdId: h.id,
    personId: input.personId,
    areaCode: h.areaCode,
    programCode: input.programCode,
    status: 'APPLYING',
    source: 'DECISION',
    sourceRef: input.sourceRef,
    departmentId: input.departmentId,
    createdAt: nowOf(ctx),
    updatedAt: nowOf(ctx),
  });
  await em.flush();
  const dept = await departmentById(ctx, input.departmentId);
  await addEvent(
    ctx,
    em,
    h,
    'benefit.applying',
    `${dept?.name ?? ''}：${PROGRAM_NAMES[input.programCode] ?? input.programCode}（申请中，受理号 ${input.sourceRef}）`,
  );
  return b.id;
}

/**
 * The owning department's decision on a 申请中 link: approved → 享受中 with the amount and start date
 * (tier recomputed); otherwise the link is removed — the referral keeps the record of the refusal,
 * withdrawal or transfer.
 */
export async function settleApplyingBenefit(
  ctx: RequestContext,
  em: EntityManager,
  benefitId: string,
  outcome: { approved: true; monthlyAmountFen: number; startDate: string } | { approved: false; reason: string },
): Promise<void> {
  const b = await em.findOne(Benefit, { id: benefitId });
  if (b?.status !== 'APPLYING') return;
  const h = await lockHousehold(ctx, em, b.householdId, { allowClosed: true });
  const program = PROGRAM_NAMES[b.programCode] ?? b.programCode;
  if (!outcome.approved) {
    await em.removeAndFlush(b);
    await addEvent(ctx, em, h, 'benefit.not_granted', `${program}申请${outcome.reason}（受理号 ${b.sourceRef ?? ''}）`);
    return;
  }
  ctx.require('benefit.manage', '维护救助记录');
  const dept = await ownerDepartment(ctx, b.programCode);
  assertOwner(ctx, dept);
  await assertMonthlyAmountCap(ctx, b.programCode, outcome.monthlyAmountFen, outcome.startDate);
  b.status = 'ACTIVE';
  b.monthlyAmountFen = String(outcome.monthlyAmountFen);
  b.startDate = outcome.startDate;
  await em.flush();
  await addEvent(ctx, em, h, 'benefit.recorded', `${dept.name}：${program}（享受中，月 ${(outcome.monthlyAmountFen / 100).toFixed(2)} 元）`);
  await recomputeTier(ctx, em, h.id, `${program}享受中`);
  await emitBenefitEvent(ctx, em, 'benefit.status_changed', b.id, 'APPLYING'); // the integrators' change feed
  await recordAudit(ctx, {
    action: 'benefit.recorded',
    entityType: 'household',
    entityId: h.id,
    after: { programCode: b.programCode, status: 'ACTIVE', monthlyAmountFen: outcome.monthlyAmountFen },
  });
}
