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
      materialItems {
        name
        required
        when
      }
      stepItems {
        code
        name
        limitDays
        limitKind
        clockPaused
        note
      }
      totalLimit {
        days
        kind
        extendableTo
        text
      }
      publicityRule {
        required
        days
        kind
        minors
      }
      versions {
        id
        effectiveFrom
        changes
        summary
        reason
        legalRef
        note
        recordedBy
        department
        inForce
      }
    }
  }
`);

export const AMEND_PROGRAM = graphql(`
  mutation AmendProgram($input: ProgramAmendmentInput!) {
    amendProgram(input: $input) {
      code
      versions {
        id
        effectiveFrom
        summary
      }
    }
  }
`);
