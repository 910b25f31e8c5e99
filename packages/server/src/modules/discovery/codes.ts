/** Closed sets of 主动发现 (registered as GraphQL enums in graphql/enums.ts). */
export const VISIT_STATUSES = { OPEN: '待走访', DONE: '已走访' } as const;
export const VISIT_OUTCOMES = { APPLIED: '已申请', NOT_NEEDED: '无需救助', REFUSED: '本人拒绝' } as const;
export type VisitOutcome = keyof typeof VISIT_OUTCOMES;
/** Working days the village has to visit. */
export const VISIT_DUE_WORKING_DAYS = 10;
