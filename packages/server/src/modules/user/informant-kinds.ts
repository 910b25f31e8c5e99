/**
 * 三级信息员 (issue #15 item 2): who an informant account belongs to — the village's 民政社保员, a 村社小组长, a 志愿者 or a
 * 网格员. Required when an account has the role INFORMANT, refused otherwise (user.service.ts); shown with each report
 * the informant makes (modules/workflow `createPreApplication`). Registered as a GraphQL enum in graphql/enums.ts.
 */
export const INFORMANT_KINDS = {
  SOCIAL_WORKER: '村社民政社保员',
  GROUP_LEADER: '村社小组长',
  VOLUNTEER: '志愿者',
  GRID_WORKER: '网格员',
} as const;
export type InformantKind = keyof typeof INFORMANT_KINDS;

export const informantKindName = (k: string | null | undefined): string | null => (k ? ((INFORMANT_KINDS as Record<string, string>)[k] ?? k) : null);
