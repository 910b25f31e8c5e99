import { graphql } from '../../gql';

export const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    areaCode
    areaName
    departmentId
    departmentName
    roles
    roleNames
    disabled
    lockedUntil
    mfaEnabled
    lastLoginAt
    createdAt
  }
`);

export const USERS = graphql(`
  query Users($keyword: String, $areaCode: String, $role: String, $page: Int!, $pageSize: Int!) {
    users(keyword: $keyword, areaCode: $areaCode, role: $role, page: $page, pageSize: $pageSize) {
      items {
        ...UserFields
      }
      total
      page
      pageSize
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserFields
    }
  }
`);

export const SET_USER_ROLES = graphql(`
  mutation SetUserRoles($id: ID!, $roles: [String!]!) {
    setUserRoles(id: $id, roles: $roles) {
      ...UserFields
    }
  }
`);

export const UNLOCK_USER = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...UserFields
    }
  }
`);

export const RESET_USER_PASSWORD = graphql(`
  mutation ResetUserPassword($id: ID!, $newPassword: String!) {
    resetUserPassword(id: $id, newPassword: $newPassword)
  }
`);

export const USER_SESSIONS = graphql(`
  query UserSessions($userId: ID!) {
    userSessions(userId: $userId) {
      ...SessionFields
    }
  }
`);
