import { graphql } from '../../../gql';

export const SCREEN_HOUSEHOLD = graphql(`
  query ScreenHousehold($householdId: ID!, $asOf: String) {
    screenHousehold(householdId: $householdId, asOf: $asOf) {
      programCode
      programName
      owner
      outcome
      outcomeName
      missingFacts
      excludedBy
      estimatedMonthlyFen
      notes
      trace
      parameters
    }
  }
`);
