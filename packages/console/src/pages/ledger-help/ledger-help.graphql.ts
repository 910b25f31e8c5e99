import { graphql } from '../../gql';

export const CHANGE_FIELDS = graphql(`
  fragment HouseholdChangeFields on HouseholdChangeRequest {
    id
    householdId
    headName
    personName
    areaName
    kind
    kindName
    effectiveDate
    note
    status
    statusName
    proposedByName
    proposedAt
    mine
    decidedByName
    decidedAt
    decisionNote
    version
  }
`);

export const HOUSEHOLD_CHANGES = graphql(`
  query HouseholdChanges($householdId: ID, $pending: Boolean, $mine: Boolean) {
    householdChanges(householdId: $householdId, pending: $pending, mine: $mine) {
      ...HouseholdChangeFields
    }
  }
`);

export const HOUSEHOLD_FOLLOWUPS = graphql(`
  query HouseholdFollowups($householdId: ID) {
    householdFollowups(householdId: $householdId) {
      id
      headName
      personName
      kind
      kindName
      measureDate
      note
      recordedByName
    }
  }
`);

export const HELPABLE_HOUSEHOLDS = graphql(`
  query HelpableHouseholds($keyword: String!) {
    helpableHouseholds(keyword: $keyword) {
      id
      headName
      groupNo
      address
      members {
        personId
        name
      }
    }
  }
`);

export const PROPOSE_CHANGE = graphql(`
  mutation ProposeHouseholdChange($input: HouseholdChangeInput!) {
    proposeHouseholdChange(input: $input) {
      ...HouseholdChangeFields
    }
  }
`);

export const DECIDE_CHANGE = graphql(`
  mutation DecideHouseholdChange($id: ID!, $approve: Boolean!, $note: String, $version: Int!) {
    decideHouseholdChange(id: $id, approve: $approve, note: $note, version: $version) {
      ...HouseholdChangeFields
    }
  }
`);

export const RECORD_FOLLOWUP = graphql(`
  mutation RecordHouseholdFollowup($input: HouseholdFollowupInput!) {
    recordHouseholdFollowup(input: $input) {
      id
    }
  }
`);
