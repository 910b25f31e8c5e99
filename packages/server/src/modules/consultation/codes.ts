/** 个案会商 (README.md): levels, statuses and limits. */
export const CONSULTATION_LEVELS = { TOWN: '镇街联席会议', DISTRICT: '区县联席会议' } as const;
export type ConsultationLevel = keyof typeof CONSULTATION_LEVELS;

export const CONSULTATION_CASE_STATUSES = { PENDING: '待会商', DISCUSSED: '已会商', CLOSED: '已办结' } as const;
export type ConsultationCaseStatus = keyof typeof CONSULTATION_CASE_STATUSES;

export const CONSULTATION_TASK_STATUSES = { OPEN: '办理中', DONE: '已完成' } as const;
export type ConsultationTaskStatus = keyof typeof CONSULTATION_TASK_STATUSES;

/** Longest working-day limit a meeting may give a task (a deadline as a date is converted to working days). */
export const TASK_MAX_WORKING_DAYS = 60;
/** Cases one meeting record may discuss, tasks one decision may assign, members one record may list. */
export const MEETING_MAX_CASES = 30;
export const CASE_MAX_TASKS = 10;
export const MEETING_MAX_MEMBERS = 40;

/** 会商任务延期 (task-clock.ts): days one request may ask for; the limit with all extensions stays ≤ TASK_MAX_WORKING_DAYS. */
export const TASK_EXTENSION_MAX_DAYS = 30;
export const TASK_EXTENSION_STATUSES = { PENDING: '待审批', APPROVED: '已批准', REJECTED: '未批准' } as const;
