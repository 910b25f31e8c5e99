import { graphql } from '../../gql';

export const SMS_MESSAGES = graphql(`
  query SmsMessages($status: SmsStatus, $page: Int!, $pageSize: Int!) {
    smsMessages(status: $status, page: $page, pageSize: $pageSize) {
      total
      page
      pageSize
      items {
        id
        eventType
        templateCode
        recipientKind
        phoneMasked
        content
        areaCode
        urgent
        status
        attempts
        nextAttemptAt
        provider
        lastError
        sentAt
        deliveredAt
        createdAt
      }
    }
  }
`);

export const RETRY_SMS = graphql(`
  mutation RetrySmsMessage($id: ID!) {
    retrySmsMessage(id: $id) {
      id
      status
      attempts
    }
  }
`);

export const SMS_TEMPLATES = graphql(`
  query SmsTemplates {
    smsTemplates {
      code
      name
      recipientKind
      eventType
      content
      allowedVariables
      variables {
        name
        label
      }
      amountsApproved
      enabled
      urgent
      providerTemplateId
      version
      updatedByName
      updatedAt
    }
  }
`);

export const PREVIEW_SMS_TEMPLATE = graphql(`
  query PreviewSmsTemplate($code: String!, $content: String!, $amountsApproved: Boolean!) {
    previewSmsTemplate(code: $code, content: $content, amountsApproved: $amountsApproved) {
      content
      length
      problems
    }
  }
`);

export const UPDATE_SMS_TEMPLATE = graphql(`
  mutation UpdateSmsTemplate($code: String!, $input: SmsTemplateInput!, $version: Int!) {
    updateSmsTemplate(code: $code, input: $input, version: $version) {
      code
      content
      enabled
      urgent
      amountsApproved
      providerTemplateId
      version
    }
  }
`);

export const SMS_PROVIDER_CONFIG = graphql(`
  query SmsProviderConfig {
    smsProviderConfig {
      provider
      source
      endpoint
      accessKeyId
      secretSet
      signName
      sdkAppId
      region
      ratePerSecond
      receiptTokenSet
      quietStart
      quietEnd
      version
      updatedByName
      updatedAt
    }
  }
`);

export const UPDATE_SMS_PROVIDER_CONFIG = graphql(`
  mutation UpdateSmsProviderConfig($input: SmsProviderConfigInput!, $version: Int!) {
    updateSmsProviderConfig(input: $input, version: $version) {
      provider
      source
      secretSet
      receiptTokenSet
      version
    }
  }
`);
