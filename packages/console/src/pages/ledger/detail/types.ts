import type { HouseholdQuery, MemberFieldsFragment } from '../../../gql/graphql';

export type HouseholdDetail = HouseholdQuery['household'];
export type Member = MemberFieldsFragment;

/** What the detail page's parts need besides the household itself. */
export interface DetailContext {
  household: HouseholdDetail;
  /** FULL access + household.write + household still active. */
  canWrite: boolean;
  /** household.unmask + FULL access. */
  canUnmask: boolean;
  /** Re-reads the household after a change. */
  reload: () => Promise<unknown>;
}
