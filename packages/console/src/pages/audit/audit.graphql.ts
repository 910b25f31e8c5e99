import { graphql } from '../../gql';

export const AUDIT_LOGS = graphql(`
  query AuditLogs($filter: AuditLogFilterInput, $page: Int!, $pageSize: Int!) {
    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {
      items {
        id
        pos
        at
        actorName
        role
        areaCode
        areaName
        action
        actionName
        entityType
        entityId
        changes {
          field
          label
          before
          after
        }
        details {
          key
          label
          value
        }
        ip
        userAgent
        requestId
        hash
      }
      total
      page
      pageSize
    }
  }
`);

export const AUDIT_VERIFY = graphql(`
  query AuditVerify {
    auditVerify {
      ok
      checked
      firstBadPos
      problem
      message
    }
  }
`);

export const AUDIT_ACTIONS = graphql(`
  query AuditActions {
    auditActions {
      code
      name
    }
  }
`);
