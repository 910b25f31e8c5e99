import { graphql } from '../../gql';

/** One program's screening result, as every screening view shows it (table, reasoning, parameters). */
export const SCREENING_RESULT_FIELDS = graphql(`
  fragment ScreeningResultFields on ScreeningResult {
    programCode
    programName
    owner
    ownerName
    outcome
    outcomeName
    missingFacts
    excludedBy
    estimatedMonthlyFen
    notes
    trace
    parameters
  }
`);

/** Screens a ledger household (家庭详情 救助筛查, 救助筛查 按户, 受理登记, 转办单详情). */
export const SCREEN_HOUSEHOLD = graphql(`
  query ScreenHousehold($householdId: ID!, $asOf: String) {
    screenHousehold(householdId: $householdId, asOf: $asOf) {
      ...ScreeningResultFields
    }
  }
`);
