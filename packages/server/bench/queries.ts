import { print } from 'graphql';
import { HouseholdsDocument } from '../../console/src/gql/graphql';

/** The GraphQL text the benchmarks send — kept in this one place. */

/** An authenticated request that reads nothing from the ledger: P9's measured request. */
export const TRIVIAL_QUERY = `query BenchTrivial { me { id } }`;

/** The bare request: the P3 and P9 throughput reference (sent anonymous) and the P4 statement-count baseline. */
export const BASELINE_QUERY = `query BenchBaseline { __typename }`;

/**
 * The ledger's household search exactly as the console's 家庭台账 list sends it (its generated document:
 * every summary field, members and benefits), so the bench measures what a clerk waits for.
 */
export const SEARCH_FIELD = 'households';
export const searchQuery = (): string => print(HouseholdsDocument);

export interface SearchFilter {
  keyword?: string;
  areaCode?: string;
  tier?: string;
  programCode?: string;
  benefitStatus?: string;
  idNumber?: string;
}
