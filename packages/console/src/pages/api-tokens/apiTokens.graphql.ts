import { graphql } from '../../gql';

export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    departmentId
    departmentName
    areaCode
    areaName
    scopes
    permissions
    expiresAt
    revokedAt
    lastUsedAt
    createdAt
  }
`);

export const API_TOKENS = graphql(`
  query ApiTokens($page: Int!, $pageSize: Int!) {
    apiTokens(page: $page, pageSize: $pageSize) {
      items {
        ...ApiTokenFields
      }
      total
      page
      pageSize
    }
  }
`);

export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($input: ApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export const API_TOKEN_SCOPES = graphql(`
  query ApiTokenScopes {
    apiTokenScopes {
      scope
      name
      description
      needsDepartment
      permissions {
        code
        name
      }
    }
  }
`);

export const WEBHOOK_FIELDS = graphql(`
  fragment WebhookFields on WebhookSubscription {
    id
    apiTokenId
    apiTokenName
    url
    eventTypes
    active
    createdByName
    createdAt
    disabledAt
    version
    delivered
    pending
    failed
    lastError
    lastDeliveredAt
  }
`);

export const WEBHOOK_SUBSCRIPTIONS = graphql(`
  query WebhookSubscriptions {
    webhookSubscriptions {
      ...WebhookFields
    }
  }
`);

export const CREATE_WEBHOOK = graphql(`
  mutation CreateWebhookSubscription($input: WebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        ...WebhookFields
      }
    }
  }
`);

export const DISABLE_WEBHOOK = graphql(`
  mutation DisableWebhookSubscription($id: ID!, $version: Int!) {
    disableWebhookSubscription(id: $id, version: $version) {
      ...WebhookFields
    }
  }
`);
