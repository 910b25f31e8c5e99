/** Closed sets of 协助完善台账 (change-request.service.ts), registered as GraphQL enums in graphql/enums.ts. */
export const CHANGE_KINDS = {
  MOVED: '迁出或搬离',
  DIED: '死亡',
  ILLNESS: '新发重病',
  JOB_LOST: '失业',
  INCOME_CHANGE: '收入变化',
  OTHER: '其他变化',
} as const;
export const CHANGE_STATUSES = { PENDING: '待审核', APPROVED: '已通过', REJECTED: '未通过' } as const;
export const FOLLOWUP_KINDS = { HELP: '帮扶', COUNSEL: '心理疏导', GUARDIAN: '监护干预', OTHER: '其他' } as const;
