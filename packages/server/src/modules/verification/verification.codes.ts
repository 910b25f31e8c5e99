/** Codes of unified verification (统一核查, ADR 0023) with their Chinese names. */

export const VERIFICATION_STATUSES = {
  OPEN: '核查中',
  DRAFTED: '待复核',
  APPROVED: '已出具报告',
  CANCELLED: '已撤销',
} as const;
export type VerificationStatus = keyof typeof VERIFICATION_STATUSES;

export const VERIFICATION_METHODS = {
  DATA_MATCH: '信息比对',
  HOME_VISIT: '入户调查',
  NEIGHBOUR: '邻里访问',
  LETTER: '信函索证',
  DEMOCRATIC_REVIEW: '民主评议',
} as const;
export type VerificationMethod = keyof typeof VERIFICATION_METHODS;

export const VERIFICATION_CONCLUSIONS = {
  ELIGIBLE_RANGE: '符合救助条件',
  INELIGIBLE: '不符合救助条件',
  NEEDS_REVIEW: '存在疑点需进一步核实',
} as const;
export type VerificationConclusion = keyof typeof VERIFICATION_CONCLUSIONS;

/** Per source of the data match. */
export const MATCH_STATUSES = { FOUND: '有记录', NONE: '无记录', ERROR: '查询失败' } as const;
export type MatchStatus = keyof typeof MATCH_STATUSES;

export const HOUSING_KINDS = { OWN: '自有住房', RENT: '租房', BORROWED: '借住', OTHER: '其他' } as const;

/** Working days from the start to the due date (calendar module). */
export const VERIFICATION_DUE_WORKING_DAYS = 10;
/** Default validity of a report in months (system setting VERIFICATION_REPORT_VALID_MONTHS). */
export const DEFAULT_REPORT_VALID_MONTHS = 6;
/** Programs a verification evaluates (the means-tested ones first). */
export const VERIFIED_PROGRAMS = ['DIBAO', 'TEKUN', 'DIBAO_EDGE', 'SPENDING_HARDSHIP'] as const;
