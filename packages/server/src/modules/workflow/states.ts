/** Referral (转办单) and application states, their Chinese names, and who may move a referral where. */

export const REFERRAL_STATUSES = {
  PENDING_SIGN: '待签收',
  PROCESSING: '办理中',
  SUPPLEMENT: '补正中',
  VERIFYING: '核查中',
  PUBLICITY: '公示中',
  DONE: '已办结',
  TRANSFERRED: '已转办',
  RETURNED: '已退回',
  WITHDRAWN: '已撤回',
} as const;
export type ReferralStatus = keyof typeof REFERRAL_STATUSES;

export const OUTCOMES = { APPROVED: '批准', REFUSED: '不予批准' } as const;
export type Outcome = keyof typeof OUTCOMES;

export const APPLICATION_STATUSES = {
  PENDING_CONFIRM: '待窗口确认',
  ACCEPTED: '已受理',
  CLOSED: '已办结',
  REJECTED: '不予受理',
} as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUSES;

/** 绿色通道 先行救助 and its paperwork (advance-relief.service.ts). */
export const ADVANCE_RELIEF_STATES = { PENDING: '待补办手续', DONE: '已补办', OVERDUE: '补办超期' } as const;
export type AdvanceReliefState = keyof typeof ADVANCE_RELIEF_STATES;

export const CHANNELS = { WINDOW: '窗口受理', PORTAL: '网上预申请', INFORMANT: '信息员报送', PUBLIC: '群众报告' } as const;
export type Channel = keyof typeof CHANNELS;

/** States in which the referral's clock does not run (补正, 公示). */
export const PAUSED_STATUSES: readonly ReferralStatus[] = ['SUPPLEMENT', 'PUBLICITY'];
/** Final states: nothing more happens to the referral itself. RETURNED waits for the window. */
export const FINAL_STATUSES: readonly ReferralStatus[] = ['DONE', 'TRANSFERRED', 'WITHDRAWN'];
/** Still with the department (counted in 待办, clocks running or paused). */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['PENDING_SIGN', 'PROCESSING', 'SUPPLEMENT', 'VERIFYING', 'PUBLICITY'];

export function isFinal(s: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(s);
}

export function statusName(s: string): string {
  return (REFERRAL_STATUSES as Record<string, string>)[s] ?? s;
}

/** 督办 levels: who is chasing the department. */
export const ESCALATION_LEVELS: Record<number, string> = {
  0: '未督办',
  1: '镇街督办',
  2: '区县督办',
  3: '联席会议督办',
};

/** Default text of the legal remedy on a refusal (docs/domain.md, "One-window handling", step 6). */
export const DEFAULT_LEGAL_REMEDY =
  '如对本决定不服，可自收到本决定之日起六十日内向本级人民政府或上一级主管部门申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

/** Most photos on one report. */
export const REPORT_PHOTO_MAX = 6;
/** The material that holds a report's photos (common material: no program); it stays with the confirmed application. */
export const REPORT_PHOTO_MATERIAL = '线索照片';
