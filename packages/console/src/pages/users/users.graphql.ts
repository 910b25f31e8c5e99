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
    informantKind
    informantKindName
    disabled
    lockedUntil
    mfaEnabled
    mobileMasked
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
  mutation SetUserRoles($id: ID!, $roles: [String!]!, $informantKind: InformantKind) {
    setUserRoles(id: $id, roles: $roles, informantKind: $informantKind) {
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

export const RESET_USER_MFA = graphql(`
  mutation ResetUserMfa($id: ID!) {
    resetUserMfa(id: $id) {
      ...UserFields
    }
  }
`);

export const ADMIN_CHANGE_FIELDS = graphql(`
  fragment AdminChangeFields on AdminChangeRequest {
    id
    kind
    kindName
    status
    statusName
    targetUserId
    targetUsername
    targetName
    targetRoleNames
    roleNames
    requestedByName
    requestedRoleName
    requestedAt
    expiresAt
    decidedByName
    decidedRoleName
    decidedAt
    decisionNote
    canDecide
    cannotDecideReason
  }
`);

export const ADMIN_CHANGE_REQUESTS = graphql(`
  query AdminChangeRequests($pending: Boolean!, $page: Int!, $pageSize: Int!) {
    adminChangeRequests(pending: $pending, page: $page, pageSize: $pageSize) {
      items {
        ...AdminChangeFields
      }
      total
      page
      pageSize
    }
  }
`);

export const REQUEST_ADMIN_CHANGE = graphql(`
  mutation RequestAdminChange($input: AdminChangeInput!) {
    requestAdminChange(input: $input) {
      ...AdminChangeFields
    }
  }
`);

export const CONFIRM_ADMIN_CHANGE = graphql(`
  mutation ConfirmAdminChange($id: ID!) {
    confirmAdminChange(id: $id) {
      ...AdminChangeFields
    }
  }
`);

export const REJECT_ADMIN_CHANGE = graphql(`
  mutation RejectAdminChange($id: ID!, $note: String) {
    rejectAdminChange(id: $id, note: $note) {
      ...AdminChangeFields
    }
  }
`);
