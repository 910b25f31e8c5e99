import type { VerificationQuery } from '../../gql/graphql';

export type VerificationDetail = NonNullable<VerificationQuery['verification']>;
export type VerificationRecord = VerificationDetail['records'][number];

/** What every tab of the detail page gets. */
export interface TabProps {
  v: VerificationDetail;
  /** OPEN and the user may record (verification.manage). */
  editable: boolean;
  reload: () => Promise<unknown>;
}
