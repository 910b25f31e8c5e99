/** Closed sets and limits of 通知公告 (registered as a GraphQL enum in graphql/enums.ts; constants apart to avoid import cycles). */
export const NOTICE_CATEGORIES = { NOTICE: '通知', POLICY: '政策解读', WORK: '工作动态' } as const;
export type NoticeCategory = keyof typeof NOTICE_CATEGORIES;
export const NOTICE_TITLE_MAX = 100;
export const NOTICE_BODY_MAX = 5000;
