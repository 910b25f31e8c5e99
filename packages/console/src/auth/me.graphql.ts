import { graphql } from '../gql';

export const CURRENT_USER_FIELDS = graphql(`
  fragment CurrentUserFields on CurrentUser {
    id
    username
    displayName
    roles
    roleNames
    permissions
    areaCode
    areaName
    areaLevel
    departmentId
    departmentName
    mfaEnabled
    mustChangePassword
    securityNotices {
      id
      kind
      status
      message
      at
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);
