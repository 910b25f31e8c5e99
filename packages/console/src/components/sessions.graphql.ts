import { graphql } from '../gql';

export const SESSION_FIELDS = graphql(`
  fragment SessionFields on SessionInfo {
    id
    createdAt
    lastSeenAt
    ip
    userAgent
    current
  }
`);

export const REVOKE_SESSION = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);
