import { businessRule, depositsRule, propertyRule, vehicleRule } from './assets';
import { ageTransitionRule, amountRule, identityRule, reviewOverdueRule } from './periodic';
import { deathRule, payrollRule } from './person-facts';
import type { CrosscheckRule } from './rule';
import { cadreRule, doubleStatusRule, excludedMemberRule, hukouRule, twoHouseholdsRule } from './statuses';

/** The rules in number order (docs/domain.md, "Verification and suspicious findings"; README's table). */
export const RULES: readonly CrosscheckRule[] = [
  deathRule,
  payrollRule,
  vehicleRule,
  propertyRule,
  businessRule,
  depositsRule,
  doubleStatusRule,
  twoHouseholdsRule,
  hukouRule,
  excludedMemberRule,
  cadreRule,
  reviewOverdueRule,
  ageTransitionRule,
  identityRule,
  amountRule,
];

/** Rule 16 疑似漏救 (missed assistance) is reserved: numbered, not implemented. */
export const RESERVED_RULES = [{ no: 16, code: 'MISSED', name: '疑似漏救', description: '预留：符合条件但未享受救助的家庭（尚未实现）。' }];

export const RULE_BY_NO = new Map(RULES.map((r) => [r.no, r]));

export const RULE_NAMES: Record<number, string> = Object.fromEntries([...RULES, ...RESERVED_RULES].map((r) => [r.no, r.name]));

export type { CrosscheckRule, RuleParams } from './rule';
