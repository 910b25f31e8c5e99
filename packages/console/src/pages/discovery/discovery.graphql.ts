import { graphql } from '../../gql';

export const VISIT_TASK_FIELDS = graphql(`
  fragment VisitTaskFields on VisitTask {
    id
    ruleCode
    ruleName
    householdId
    headName
    personName
    areaCode
    areaName
    summary
    lines {
      label
      value
    }
    dueDate
    overdue
    status
    statusName
    outcome
    outcomeName
    outcomeNote
    doneByName
    doneAt
    version
  }
`);

export const VISIT_TASKS = graphql(`
  query VisitTasks($status: VisitStatus, $ruleCode: String, $page: Int, $pageSize: Int) {
    visitTasks(status: $status, ruleCode: $ruleCode, page: $page, pageSize: $pageSize) {
      total
      items {
        ...VisitTaskFields
      }
    }
  }
`);

export const DISCOVERY_OVERVIEW = graphql(`
  query DiscoveryOverview {
    discoveryRules {
      code
      name
      description
      parameters
    }
    visitTaskStats {
      ruleCode
      ruleName
      total
      open
      overdue
      applied
      notNeeded
      refused
    }
  }
`);

export const RECORD_VISIT_OUTCOME = graphql(`
  mutation RecordVisitOutcome($id: ID!, $outcome: VisitOutcome!, $note: String, $version: Int!) {
    recordVisitOutcome(id: $id, outcome: $outcome, note: $note, version: $version) {
      ...VisitTaskFields
    }
  }
`);

export const RUN_DISCOVERY = graphql(`
  mutation RunDiscovery {
    runDiscovery {
      code
      name
      found
      created
    }
  }
`);
