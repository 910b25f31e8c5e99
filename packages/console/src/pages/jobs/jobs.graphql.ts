import { graphql } from '../../gql';

/** A background job as every job list shows it (后台任务, and the cancel / export results). */
export const JOB_FIELDS = graphql(`
  fragment JobFields on Job {
    id
    kind
    kindName
    title
    status
    statusName
    total
    processed
    progress
    attempts
    maxAttempts
    error
    cancelRequested
    areaCode
    areaName
    requestedByName
    mine
    createdAt
    finishedAt
    downloadUrl
  }
`);

export const JOBS = graphql(`
  query Jobs($page: Int!, $pageSize: Int!, $kind: String, $mine: Boolean) {
    jobs(page: $page, pageSize: $pageSize, kind: $kind, mine: $mine) {
      total
      items {
        ...JobFields
      }
    }
    jobKinds {
      kind
      name
    }
  }
`);

export const CANCEL_JOB = graphql(`
  mutation CancelJob($id: ID!) {
    cancelJob(id: $id) {
      ...JobFields
    }
  }
`);
