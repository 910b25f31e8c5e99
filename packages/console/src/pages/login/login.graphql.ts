import { graphql } from '../../gql';

export const LOGIN_RESULT_FIELDS = graphql(`
  fragment LoginResultFields on LoginResult {
    status
    user {
      ...CurrentUserFields
    }
    mfaSetup {
      secret
      otpauthUrl
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      ...LoginResultFields
    }
  }
`);

export const VERIFY_MFA = graphql(`
  mutation VerifyMfa($code: String!) {
    verifyMfa(code: $code) {
      ...LoginResultFields
    }
  }
`);
