import type { RequestContext } from '../../graphql/request-context';
import { listConsultationTaskExtensions } from '../consultation/task-clock';
import { listFindings } from '../program/reassessment.service';
import { listAdminChanges } from '../user/admin-change.service';
import { countApplications, countReferrals, pendingExtensions, type ReferralFilter } from '../workflow/workflow.query';

/** The 工作台's to-do counts; `null` = the actor may not see that queue (the console hides it). */
export interface WorkbenchTodosView {
  pendingSign: number | null;
  amber: number | null;
  red: number | null;
  leadsToConfirm: number | null;
  extensionReviews: number | null;
  adminChangeReviews: number | null;
  missedToContact: number | null;
}

/**
 * 工作台: how much waits for the actor in each queue it may work on. Every count is the `total` of the
 * list it links to, through that list's own query function — so the scope (area prefix, a token's or an
 * officer's department) and the permission checks are the lists' own, not a second copy. All counts run
 * in one transaction (one scope setting).
 *
 * A department officer's 预警/超期 are its department's (as on the 部门工作台); anybody else reading
 * referrals counts those of the area (as on the 督办看板).
 */
export function myTodos(ctx: RequestContext): Promise<WorkbenchTodosView> {
  return ctx.tx(async () => {
    const officer = ctx.can('referral.handle') && !!ctx.departmentId;
    const referrals = ctx.can('application.read');
    const level = (l: 'AMBER' | 'RED'): ReferralFilter => ({ level: l, mine: officer });
    return {
      pendingSign: officer ? await countReferrals(ctx, { mine: true, statuses: ['PENDING_SIGN'] }) : null,
      amber: referrals ? await countReferrals(ctx, level('AMBER')) : null,
      red: referrals ? await countReferrals(ctx, level('RED')) : null,
      leadsToConfirm: ctx.can('application.write') ? await countApplications(ctx, { statuses: ['PENDING_CONFIRM'] }) : null,
      // Referrals' and 会商任务' extension requests: both wait on the 督办看板's 延期待审批 tab.
      extensionReviews: ctx.can('referral.supervise')
        ? (await pendingExtensions(ctx)).length + (ctx.can('consultation.meet') ? (await listConsultationTaskExtensions(ctx, 'PENDING')).length : 0)
        : null,
      adminChangeReviews: ctx.can('adminChange.review') ? (await listAdminChanges(ctx, true, { page: 1, pageSize: 1 })).total : null,
      missedToContact: ctx.can('household.write') ? (await listFindings(ctx, { kind: 'MISSED', contacted: false }, { page: 1, pageSize: 1 })).total : null,
    };
  });
}
