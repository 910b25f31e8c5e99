/** Closed sets and limits of 留言 (registered as GraphQL enums in graphql/enums.ts; constants apart to avoid import cycles). */
export const MESSAGE_CATEGORIES = { POLICY: '政策咨询', PROGRESS: '办理进度', SUGGESTION: '意见建议', COMPLAINT: '投诉举报' } as const;
export type MessageCategory = keyof typeof MESSAGE_CATEGORIES;
export const MESSAGE_STATUSES = { PENDING: '待处理', REPLIED: '已回复', HIDDEN: '已屏蔽' } as const;
export type MessageStatus = keyof typeof MESSAGE_STATUSES;

/** Working days staff have to reply (on the holiday calendar). */
export const MESSAGE_REPLY_WORKING_DAYS = 5;
/**
 * Messages per phone per 24 h. Each message spends an SMS code and a phone gets at most 5 codes a day for every
 * purpose together (modules/citizen), so 3 leaves room for looking replies up.
 */
export const MESSAGES_PER_PHONE_PER_DAY = 3;
/** Messages per sending address per hour (when rate limits are on, `RATE_LIMIT_ENABLED`). */
export const MESSAGES_PER_ADDRESS_PER_HOUR = 10;
export const MESSAGE_TITLE_MAX = 50;
export const MESSAGE_CONTENT_MIN = 5;
export const MESSAGE_CONTENT_MAX = 1000;
export const MESSAGE_REPLY_MAX = 2000;
export const MESSAGE_HIDE_REASON_MAX = 200;
