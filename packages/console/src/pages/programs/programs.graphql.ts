import { graphql } from '../../gql';

export const PROGRAMS = graphql(`
  query Programs($asOf: String) {
    programs(asOf: $asOf) {
      code
      name
      ownerCode
      ownerName
      description
      legalBasis
      conditions
      amount
      materials
      steps
      publicity
    }
  }
`);
