import { graphql } from '../../gql';

export const SET_USER_MOBILE = graphql(`
  mutation SetUserMobile($userId: ID!, $mobile: String) {
    setUserMobile(userId: $userId, mobile: $mobile)
  }
`);

export const MY_MOBILE = graphql(`
  query MyMobile {
    me {
      id
      mobileMasked
    }
  }
`);

export const SET_MY_MOBILE = graphql(`
  mutation SetMyMobile($mobile: String) {
    setMyMobile(mobile: $mobile)
  }
`);
