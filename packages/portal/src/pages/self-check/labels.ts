import { DISABILITY_TYPES, EMPLOYMENT_STATUSES, LABOUR_CAPACITIES, RELATIONS, RESIDENCE_TYPES, SCHOOL_STATUSES } from '@xiejiu/rules';
import type { ScreeningOutcome } from '../../gql/graphql';

/**
 * Chinese names of the questionnaire's choices: the ledger's code lists from @xiejiu/rules (the same words the
 * windows use; only these small lists reach the page's chunk), and plain words where the legal term would puzzle.
 */
export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

const choices = <V extends string>(list: Record<string, string>): Choice<V>[] => Object.entries(list).map(([value, label]) => ({ value: value as V, label }));

export const RESIDENCE_CHOICES = choices(RESIDENCE_TYPES).map((c) => ({ ...c, label: `${c.label}户籍` }));
export const RELATION_CHOICES = choices(RELATIONS);
export const LABOUR_CHOICES = choices(LABOUR_CAPACITIES);
export const DISABILITY_CHOICES = choices(DISABILITY_TYPES);
export const SCHOOL_CHOICES = choices(SCHOOL_STATUSES);
export const EMPLOYMENT_CHOICES = choices(EMPLOYMENT_STATUSES);
export const GRADE_CHOICES: Choice[] = ['一级', '二级', '三级', '四级'].map((label, i) => ({ value: String(i + 1), label }));

/** 法定赡养、抚养、扶养义务人 in plain words (schema: LegalSupport). */
export const LEGAL_SUPPORT_CHOICES: Choice[] = [
  { value: 'ABLE', label: '有，而且有能力供养' },
  { value: 'UNABLE', label: '有，但没有能力供养' },
  { value: 'NONE', label: '没有' },
];

export const UNKNOWN = '不清楚';

/** The result groups, in the order the server sorts them. */
export const GROUPS: Array<{ outcome: ScreeningOutcome; title: string }> = [
  { outcome: 'ELIGIBLE', title: '可能符合' },
  { outcome: 'INSUFFICIENT', title: '还需了解' },
  { outcome: 'EXCLUDED', title: '不能同时享受' },
  { outcome: 'INELIGIBLE', title: '暂不符合' },
];
