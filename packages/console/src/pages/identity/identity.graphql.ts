import { graphql } from '../../gql';

/** 身份比对: at most 200 ID numbers per call (the server's list limit); every call is logged. */
export const MATCH_IDENTITIES = graphql(`
  mutation MatchIdentities($idNumbers: [String!]!) {
    matchIdentities(idNumbers: $idNumbers) {
      input
      valid
      message
      idMasked
      found
      nameMasked
      areaName
      tier
      tierName
      assistanceObject
      programs
      statuses
    }
  }
`);
