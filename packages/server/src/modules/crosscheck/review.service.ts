import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../graphql/request-context';
import { nowOf, todayOf } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { isInScope } from '../../shared/scope';
import { recordAudit } from '../audit/audit.service';
import { Benefit } from '../household/benefit.entity';
import { changeBenefitStatus } from '../household/benefit.service';
import {
  FINDING_DECISIONS,
  FINDING_STATUSES,
  FINDING_TASK_OUTCOMES,
  OUTCOME_BENEFIT_STATUS,
  REVIEW_BATCH_MAX,
  type FindingDecision,
  type FindingTaskOutcome,
} from './crosscheck.codes';
import { getFinding, type FindingView } from './crosscheck.query';
import { Finding } from './finding.entity';

/**
 * 疑点复核 (README.md): the town window confirms (属实) or dismisses (排除, with a reason) a batch of
 * findings — all or nothing; a confirmed finding becomes a task of the department owning the benefit,
 * which completes it (两不变: only that department stops or adjusts the benefit, through the benefits
 * module's `changeBenefitStatus`). Every decision and completion is in the operation log.
 */

export interface ReviewFindingsInput {
  ids: string[];
  decision: FindingDecision;
  reason?: string | null;
}

const NOT_FOUND = '疑点不存在或不在您的管辖范围内';

/** The finding as the actor may act on it: in its area and, for an actor with a department, about its own benefit. */
function visibleTo(ctx: RequestContext, f: Finding): boolean {
  if (!isInScope(ctx, f.areaCode)) return false;
  return ctx.actor.kind === 'system' || !ctx.departmentId || f.departmentId === ctx.departmentId;
}

function cleanReason(reason: string | null | undefined, required: boolean, field: string, what: string): string | null {
  const r = reason?.trim() ?? '';
  if (!r) {
    if (required) throw new AppError('BAD_USER_INPUT', `请填写${what}`, { field });
    return null;
  }
  if ([...r].length < 4) throw new AppError('BAD_USER_INPUT', `${what}至少 4 个字`, { field });
  if ([...r].length > 500) throw new AppError('BAD_USER_INPUT', `${what}不能超过 500 个字`, { field });
  return r;
}

/**
 * Decides a batch of findings: every one must be visible to the actor, current and 待复核, or nothing is
 * saved (CONFLICT naming those already decided or resolved, `extensions.ids`). The rows are locked and
 * written through the entity (versioned UPDATE: a change committed in between → CONFLICT).
 */
export async function reviewFindings(ctx: RequestContext, input: ReviewFindingsInput): Promise<FindingView[]> {
  ctx.require('finding.review', '复核疑点');
  if (!(input.decision in FINDING_DECISIONS)) throw new AppError('BAD_USER_INPUT', '复核结论只能是属实或排除', { field: 'decision' });
  const ids = [...new Set(input.ids)];
  if (!ids.length) throw new AppError('BAD_USER_INPUT', '请选择要复核的疑点', { field: 'ids' });
  if (ids.length > REVIEW_BATCH_MAX) throw new AppError('BAD_USER_INPUT', `每次最多复核 ${REVIEW_BATCH_MAX} 条疑点`, { field: 'ids' });
  const reason = cleanReason(input.reason, input.decision === 'DISMISSED', 'reason', input.decision === 'DISMISSED' ? '排除理由' : '复核意见');
  await ctx.tx(async (em) => {
    const rows = await em.find(Finding, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    const visible = rows.filter((f) => visibleTo(ctx, f));
    if (visible.length !== ids.length) throw new AppError('NOT_FOUND', NOT_FOUND, { ids: ids.filter((id) => !visible.some((f) => f.id === id)) });
    const decided = visible.filter((f) => !f.isCurrent || f.status !== 'PENDING');
    if (decided.length) {
      throw new AppError(
        'CONFLICT',
        `有 ${decided.length} 条疑点已被复核或已消除（${decided.map((f) => `${f.personName ?? ''}${FINDING_STATUSES[f.status]}`).join('、')}），本批均未保存，请刷新后重试`,
        { ids: decided.map((f) => f.id) },
      );
    }
    const now = nowOf(ctx);
    for (const f of visible) {
      f.status = input.decision;
      f.reviewerId = ctx.actor.id ?? null;
      f.reviewerName = ctx.actor.name.slice(0, 64);
      f.reason = reason;
      f.decidedAt = now;
      if (input.decision === 'CONFIRMED') f.taskStatus = 'PENDING';
    }
    await em.flush();
    for (const f of visible) {
      await recordAudit(ctx, {
        action: 'finding.reviewed',
        entityType: 'finding',
        entityId: f.id,
        before: { status: 'PENDING' },
        after: { status: f.status, reason },
        detail: { ruleNo: f.ruleNo, ruleCode: f.ruleCode, householdId: f.householdId, areaCode: f.areaCode },
      });
    }
  });
  const out: FindingView[] = [];
  for (const id of ids) out.push(await getFinding(ctx, id));
  return out;
}

/**
 * The owning department's task for a confirmed finding: records the outcome and, for 停止 / 暂停 / 渐退,
 * changes the benefit through `changeBenefitStatus` (its own owner check and log) in the same transaction.
 */
export async function completeFindingTask(ctx: RequestContext, id: string, outcome: FindingTaskOutcome, note: string): Promise<FindingView> {
  ctx.require('benefit.manage', '处理疑点任务');
  if (!(outcome in FINDING_TASK_OUTCOMES)) throw new AppError('BAD_USER_INPUT', '处理结果不正确', { field: 'outcome' });
  const text = cleanReason(note, true, 'note', '处理情况说明')!;
  await ctx.tx(async (em) => {
    const f = await em.findOne(Finding, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!f || !isInScope(ctx, f.areaCode)) throw new AppError('NOT_FOUND', NOT_FOUND);
    if (ctx.actor.kind !== 'system' && (!ctx.departmentId || f.departmentId !== ctx.departmentId)) {
      throw new AppError('FORBIDDEN', '只有该救助事项的主管部门可以处理此疑点任务（两不变）');
    }
    if (f.status !== 'CONFIRMED' || f.taskStatus !== 'PENDING') throw new AppError('INVALID_STATE', '该疑点没有待处理的任务（须先经镇街复核属实）');
    const status = OUTCOME_BENEFIT_STATUS[outcome];
    if (status) {
      const b = f.benefitId ? await em.findOne(Benefit, { id: f.benefitId }) : null;
      if (!b) throw new AppError('NOT_FOUND', '疑点涉及的救助记录不存在');
      if (b.status !== status) await changeBenefitStatus(ctx, b.id, status, status === 'STOPPED' ? todayOf(ctx) : undefined, b.version);
    }
    f.taskStatus = 'DONE';
    f.taskOutcome = outcome;
    f.taskNote = text;
    f.taskDoneByName = ctx.actor.name.slice(0, 64);
    f.taskDoneAt = nowOf(ctx);
    await em.flush();
    await recordAudit(ctx, {
      action: 'finding.task_completed',
      entityType: 'finding',
      entityId: f.id,
      before: { taskStatus: 'PENDING' },
      after: { taskStatus: 'DONE', taskOutcome: outcome, taskNote: text },
      detail: { ruleNo: f.ruleNo, benefitId: f.benefitId, householdId: f.householdId },
    });
  });
  return getFinding(ctx, id);
}
