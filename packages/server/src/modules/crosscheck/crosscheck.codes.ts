/** Closed sets of the cross-check (registered as GraphQL enums in graphql/enums.ts). */
export const FINDING_STATUSES = { PENDING: '待复核', CONFIRMED: '属实', DISMISSED: '排除', RESOLVED: '已消除' } as const;
export const FINDING_SEVERITIES = { HIGH: '高', MEDIUM: '中', LOW: '低' } as const;
export const FINDING_DECISIONS = { CONFIRMED: '属实', DISMISSED: '排除' } as const;
export const FINDING_TASK_STATUSES = { PENDING: '待处理', DONE: '已处理' } as const;
/** What the owning department did about a confirmed finding; the first three change the benefit (changeBenefitStatus). */
export const FINDING_TASK_OUTCOMES = {
  STOPPED: '停止发放',
  SUSPENDED: '暂停发放',
  PHASE_OUT: '转入渐退',
  ADJUSTED: '已调整金额',
  KEPT: '核实后维持',
} as const;
export type FindingDecision = keyof typeof FINDING_DECISIONS;
export type FindingTaskOutcome = keyof typeof FINDING_TASK_OUTCOMES;

/** Benefit status a task outcome sets through the benefits module. */
export const OUTCOME_BENEFIT_STATUS: Partial<Record<FindingTaskOutcome, string>> = { STOPPED: 'STOPPED', SUSPENDED: 'SUSPENDED', PHASE_OUT: 'PHASE_OUT' };

/** Evidence sources: the reference datasets (modules/roster) and the ledger. */
export const DATASET_NAMES: Record<string, string> = {
  deaths: '死亡信息',
  vehicles: '车辆登记',
  property: '不动产登记',
  business: '工商登记',
  payroll: '财政供养人员',
  medical: '医保费用',
  status: '身份名册',
  income: '收入与存款',
  hukou: '户籍变动',
  cadres: '民政工作人员和村（社区）干部',
  unemployment: '失业登记',
  roster: '救助对象名册（导入冲突）',
  ledger: '家庭台账',
};

/** Most findings one review batch may decide. */
export const REVIEW_BATCH_MAX = 100;
