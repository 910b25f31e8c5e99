import { graphql } from '../../gql';

export const PARAMETERS = graphql(`
  query ProgramParameters($programCode: String, $asOf: String) {
    parameters(programCode: $programCode, asOf: $asOf) {
      code
      name
      unit
      programCode
      ownerCode
      valueAt
      codesAt
      codes {
        code
        name
      }
      versions {
        effectiveFrom
        value
        legalRef
        note
        reason
        recordedBy
      }
    }
  }
`);

export const ADD_PARAMETER_VERSION = graphql(`
  mutation AddParameterVersion($input: ParameterVersionInput!) {
    addParameterVersion(input: $input) {
      code
      valueAt
    }
  }
`);

export const PREVIEW_PARAMETER = graphql(`
  query PreviewParameterVersion($programCode: String!, $parameterCode: String!, $effectiveFrom: String!, $value: ParameterValueInput!, $sampleSize: Int) {
    previewParameterVersion(programCode: $programCode, parameterCode: $parameterCode, effectiveFrom: $effectiveFrom, value: $value, sampleSize: $sampleSize) {
      parameterName
      programName
      effectiveFrom
      currentValue
      proposedValue
      poolSize
      changedCount
      rows {
        householdId
        areaName
        headName
        benefitStatus
        beforeOutcome
        beforeOutcomeName
        beforeAmountFen
        afterOutcome
        afterOutcomeName
        afterAmountFen
        changed
        otherChanges
      }
    }
  }
`);

/** One program's totals in a simulation (per town in `rows`, over the whole area in `programTotals`). */
export const SIMULATION_ROW_FIELDS = graphql(`
  fragment SimulationRowFields on SimulationRow {
    programCode
    programName
    currentEligible
    proposedEligible
    gaining
    losing
    currentMonthlyFen
    proposedMonthlyFen
    deltaMonthlyFen
  }
`);

/** The result of a simulation (the same shape whether computed in the request or by a job). */
export const SIMULATION_FIELDS = graphql(`
  fragment SimulationFields on Simulation {
    asOf
    changes {
      parameterCode
      parameterName
      currentValue
      proposedValue
    }
    programs
    households
    householdsGaining
    householdsLosing
    currentMonthlyFen
    proposedMonthlyFen
    deltaMonthlyFen
    elapsedMs
    rows {
      townCode
      townName
      ...SimulationRowFields
    }
    programTotals {
      ...SimulationRowFields
    }
  }
`);

/** A simulation job without its result (lists, polling). */
export const SIMULATION_JOB_FIELDS = graphql(`
  fragment SimulationJobFields on SimulationJob {
    id
    asOf
    status
    statusName
    total
    processed
    progress
    areaName
    requestedByName
    error
    mine
    cancelRequested
    createdAt
    finishedAt
    changes {
      parameterName
      proposedValue
    }
  }
`);

export const START_SIMULATION = graphql(`
  mutation StartSimulation($changes: [ParameterChangeInput!]!, $asOf: String) {
    startSimulation(changes: $changes, asOf: $asOf) {
      ...SimulationJobFields
    }
  }
`);

export const SIMULATION_JOB = graphql(`
  query SimulationJob($id: ID!) {
    simulationJob(id: $id) {
      ...SimulationJobFields
      result {
        ...SimulationFields
      }
    }
  }
`);

export const SIMULATION_JOBS = graphql(`
  query SimulationJobs($page: Int!, $pageSize: Int!) {
    simulationJobs(page: $page, pageSize: $pageSize) {
      total
      items {
        ...SimulationJobFields
        result {
          deltaMonthlyFen
          households
        }
      }
    }
  }
`);

export const JOB_FIELDS = graphql(`
  fragment ReassessmentJobFields on ReassessmentJob {
    id
    kind
    kindName
    programCode
    programName
    parameterName
    asOf
    status
    statusName
    total
    processed
    progress
    areaCode
    areaName
    requestedByName
    error
    mine
    cancelRequested
    missedCount
    reviewCount
    createdAt
    finishedAt
  }
`);

export const REASSESSMENT_JOBS = graphql(`
  query ReassessmentJobs($page: Int!, $pageSize: Int!) {
    reassessmentJobs(page: $page, pageSize: $pageSize) {
      total
      page
      pageSize
      items {
        ...ReassessmentJobFields
      }
    }
  }
`);

export const REASSESSMENT_FINDINGS = graphql(`
  query ReassessmentFindings($jobId: ID!, $kind: String, $townCode: String, $page: Int!, $pageSize: Int!) {
    reassessmentFindings(jobId: $jobId, kind: $kind, townCode: $townCode, page: $page, pageSize: $pageSize) {
      total
      page
      pageSize
      items {
        id
        householdId
        areaCode
        areaName
        headName
        programName
        kind
        kindName
        benefitStatus
        beforeOutcomeName
        afterOutcome
        afterOutcomeName
        beforeAmountFen
        afterAmountFen
      }
    }
  }
`);

export const START_REASSESSMENT = graphql(`
  mutation StartReassessment($programCode: String!, $areaCode: String) {
    startReassessment(programCode: $programCode, areaCode: $areaCode) {
      ...ReassessmentJobFields
    }
  }
`);

export const SCREEN_FACTS = graphql(`
  query ScreenFacts($facts: ScreeningFactsInput!, $asOf: String) {
    screenFacts(facts: $facts, asOf: $asOf) {
      ...ScreeningResultFields
    }
  }
`);

export const FIND_HOUSEHOLDS = graphql(`
  query ScreeningHouseholdSearch($keyword: String!) {
    households(filter: { keyword: $keyword }, page: 1, pageSize: 10) {
      items {
        id
        headName
        areaName
        memberCount
        tierName
        access
      }
    }
  }
`);
