import { graphql } from '../gql';

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);

export const BEGIN_MFA_SETUP = graphql(`
  mutation BeginMfaSetup {
    beginMfaSetup {
      secret
      otpauthUrl
    }
  }
`);

export const CONFIRM_MFA_SETUP = graphql(`
  mutation ConfirmMfaSetup($code: String!) {
    confirmMfaSetup(code: $code)
  }
`);

export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      ...SessionFields
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const ACKNOWLEDGE_SECURITY_NOTICES = graphql(`
  mutation AcknowledgeSecurityNotices {
    acknowledgeSecurityNotices
  }
`);
