/** The change feed's event types and their Chinese names (ADR 0032; the GraphQL enum IntegrationEventType). */
export const INTEGRATION_EVENT_TYPES: Record<string, string> = {
  'referral.created': '转办单已派发',
  'referral.signed': '部门已签收',
  'referral.supplement_requested': '要求补正材料',
  'referral.supplement_provided': '材料已补正',
  'referral.verification_started': '开始核查',
  'referral.publicity_started': '进入公示',
  'referral.publicity_objected': '公示有异议，重新调查',
  'referral.approved': '批准',
  'referral.refused': '不予批准',
  'referral.transferred': '已转办其他部门',
  'referral.returned': '退回窗口',
  'referral.resubmitted': '窗口重新派发',
  'referral.withdrawn': '申请人撤回',
  'referral.escalated': '升级督办',
  'referral.supervised': '督办',
  'benefit.recorded': '救助记录新增（享受中等）',
  'benefit.status_changed': '救助状态变更（暂停、恢复、停止、渐退）',
  'benefit.imported': '名册导入变更了救助记录（按村社和部门汇总）',
  'finding.opened': '新比对疑点（按村社和部门汇总）',
};

/** Event types by the entity they are about; the visibility rule (feed.ts) is per entity. */
export const EVENT_ENTITY = (type: string): 'referral' | 'benefit' | 'finding' =>
  type.startsWith('referral.') ? 'referral' : type.startsWith('benefit.') ? 'benefit' : 'finding';
