import { graphql } from '../../gql';

/** A finding as the lists show it (疑点列表, 待处理任务). */
export const FINDING_FIELDS = graphql(`
  fragment FindingFields on Finding {
    id
    ruleNo
    ruleName
    severity
    status
    summary
    personName
    idMasked
    householdId
    programName
    departmentName
    areaCode
    areaName
    townName
    dueDate
    overdue
    createdAt
    reviewerName
    reason
    decidedAt
    taskStatus
    taskOutcome
    taskNote
    version
  }
`);

export const FINDINGS = graphql(`
  query Findings($filter: FindingFilterInput, $page: Int!, $pageSize: Int!) {
    findings(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        ...FindingFields
      }
    }
  }
`);

export const CROSSCHECK_RULES = graphql(`
  query CrosscheckRules {
    crosscheckRules {
      no
      name
      implemented
    }
  }
`);

/** One finding with its evidence, sources and the subject's earlier findings (the evidence drawer). */
export const FINDING = graphql(`
  query Finding($id: ID!) {
    finding(id: $id) {
      ...FindingFields
      ruleCode
      ruleVersion
      townCode
      evidenceAsOf
      taskDoneByName
      taskDoneAt
      evidence {
        label
        value
      }
      sources {
        dataset
        datasetName
        batchId
        line
        at
      }
      history {
        id
        status
        summary
        createdAt
        decidedAt
        reason
      }
    }
  }
`);

export const FINDING_STATS = graphql(`
  query FindingStats {
    findingStats {
      asOf
      total {
        pending
        confirmed
        dismissed
        resolved
        overdue
        tasksPending
      }
      byRule {
        ruleNo
        ruleName
        pending
        confirmed
        dismissed
        resolved
        overdue
        tasksPending
      }
      byTown {
        areaCode
        areaName
        pending
        confirmed
        dismissed
        resolved
        overdue
        tasksPending
      }
    }
  }
`);

export const REVIEW_FINDINGS = graphql(`
  mutation ReviewFindings($input: ReviewFindingsInput!) {
    reviewFindings(input: $input) {
      ...FindingFields
    }
  }
`);

export const COMPLETE_FINDING_TASK = graphql(`
  mutation CompleteFindingTask($id: ID!, $outcome: FindingTaskOutcome!, $note: String!) {
    completeFindingTask(id: $id, outcome: $outcome, note: $note) {
      ...FindingFields
    }
  }
`);

export const RUN_CROSSCHECK = graphql(`
  mutation RunCrosscheck {
    runCrosscheck
  }
`);
