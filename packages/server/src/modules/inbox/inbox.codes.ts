/** Kinds of staff notifications (站内消息) and their Chinese names (ADR 0024; GraphQL enum `NotificationKind`). */
export const NOTIFICATION_KINDS = {
  NEW_REFERRAL: '新转办',
  SUPPLEMENT_PROVIDED: '材料已补正',
  SUPPLEMENT_REQUESTED: '需补正材料',
  WARNING: '即将超期',
  OVERDUE: '已超期',
  SUPERVISED: '督办',
  DECIDED: '办结结果',
  RETURNED: '退回窗口',
  PUBLICITY_OBJECTION: '公示异议',
  FINDINGS: '新疑点',
  REVIEW_DUE: '复核待办',
  CONSULTATION_TASK: '会商任务',
  CONSULTATION_TASK_WARNING: '会商任务即将超期',
  CONSULTATION_TASK_OVERDUE: '会商任务已超期',
  CONSULTATION_EXTENSION: '会商任务延期',
} as const;
export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

/**
 * Who receives a notification, resolved when the event is consumed (`inbox.handler.ts`):
 * - `DEPARTMENT`: officers (holders of `referral.handle`) of the referral's department whose area covers the event's;
 * - `WINDOW`: windows (holders of `application.write`, no department) whose area covers the event's or is the
 *   accepting window's area, and the user who submitted the application when recorded;
 * - `FINDING_REVIEWERS`: holders of `finding.review` whose area covers the event's (the town windows);
 * - `VERIFICATION_APPROVERS`: holders of `verification.approve` whose area covers the event's, without a
 *   department or of the department owning 低保, never the drafter (maker-checker);
 * - `MEETING_SUPERVISORS`: holders of `consultation.meet` at the joint meeting's own level — for a town's meeting the
 *   users whose area is that town (镇街分管负责人), for the district's the users whose area is the district (联席会议成员).
 */
export type RecipientRule = 'DEPARTMENT' | 'WINDOW' | 'FINDING_REVIEWERS' | 'VERIFICATION_APPROVERS' | 'MEETING_SUPERVISORS';
