import { EVENT_TYPES } from '../workflow/event-types';

/** The referral events the change feed carries (their names are the workflow's own). */
const REFERRAL_EVENTS = [
  'referral.created',
  'referral.signed',
  'referral.supplement_requested',
  'referral.supplement_provided',
  'referral.verification_started',
  'referral.publicity_started',
  'referral.publicity_objected',
  'referral.approved',
  'referral.refused',
  'referral.transferred',
  'referral.returned',
  'referral.resubmitted',
  'referral.withdrawn',
  'referral.escalated',
  'referral.supervised',
];

/** The change feed's event types and their Chinese names (ADR 0032; the GraphQL enum IntegrationEventType). */
export const INTEGRATION_EVENT_TYPES: Record<string, string> = {
  ...Object.fromEntries(REFERRAL_EVENTS.map((t) => [t, EVENT_TYPES[t]])),
  'benefit.recorded': '救助记录新增（享受中等）',
  'benefit.status_changed': '救助状态变更（暂停、恢复、停止、渐退）',
  'benefit.imported': '名册导入变更了救助记录（按村社和部门汇总）',
  'finding.opened': '新比对疑点（按村社和部门汇总）',
};

/** Event types by the entity they are about; the visibility rule (feed.ts) is per entity. */
export const EVENT_ENTITY = (type: string): 'referral' | 'benefit' | 'finding' =>
  type.startsWith('referral.') ? 'referral' : type.startsWith('benefit.') ? 'benefit' : 'finding';
