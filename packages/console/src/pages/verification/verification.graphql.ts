import { graphql } from '../../gql';

/** Documents of 统一核查 (ADR 0023): 核查任务, a verification with its records and computation, the report. */

export const VERIFICATION_LIST_FIELDS = graphql(`
  fragment VerificationListFields on Verification {
    id
    no
    householdId
    headName
    areaCode
    areaName
    referralId
    status
    statusName
    dueDate
    overdue
    startedByName
    startedAt
    draftedByName
    approvedByName
    conclusion
    reportId
    version
  }
`);

export const VERIFICATIONS = graphql(`
  query Verifications($filter: VerificationFilterInput, $page: Int!, $pageSize: Int!) {
    verifications(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        ...VerificationListFields
      }
    }
  }
`);

export const SOURCE_FIELDS = graphql(`
  fragment VerificationSourceFields on VerificationSource {
    dataset
    name
    status
    statusName
    asOf
    queriedAt
    rows
  }
`);

export const INCOME_FIELDS = graphql(`
  fragment VerificationIncomeFields on VerificationIncome {
    month
    lines {
      category
      name
      amountFen
      counted
    }
    deductionFen
    monthlyIncomeFen
    countedMembers
    perCapitaIncomeFen
    explanation
  }
`);

export const ASSETS_FIELDS = graphql(`
  fragment VerificationAssetsFields on VerificationAssets {
    financialAssetsFen
    financialAssetsPerCapitaFen
    homeCount
    hasNonResidentialProperty
    vehicles {
      nameMasked
      type
      source
    }
    nonExemptVehicles
    businessCapitalFen
    lines
  }
`);

export const PROGRAM_RESULT_FIELDS = graphql(`
  fragment VerificationProgramResultFields on VerificationProgramResult {
    code
    name
    outcome
    outcomeName
    estimatedMonthlyFen
    missingFacts
    lines
  }
`);

export const FINDING_FIELDS = graphql(`
  fragment VerificationFindingFields on VerificationFinding {
    ruleNo
    ruleName
    severity
    status
    statusName
    summary
  }
`);

export const MEMBER_FIELDS = graphql(`
  fragment VerificationMemberFields on VerificationMember {
    nameMasked
    idMasked
    relation
    relationName
    sex
    age
    notes
  }
`);

export const REPORT_FIELDS = graphql(`
  fragment VerificationReportFields on VerificationReport {
    id
    no
    version
    householdId
    verificationId
    issuedAt
    validUntil
    valid
    expired
    superseded
    conclusion
    conclusionName
    draftedByName
    approvedByName
    pdfUrl
  }
`);

export const VERIFICATION = graphql(`
  query Verification($id: ID!) {
    verification(id: $id) {
      ...VerificationListFields
      householdAddress
      reason
      draftedAt
      draftedByMe
      viewerCanManage
      viewerCanApprove
      approvedAt
      returnedReason
      cancelledReason
      conclusionName
      conclusionNote
      computedAt
      computation {
        computedAt
        asOf
        members {
          ...VerificationMemberFields
        }
        income {
          ...VerificationIncomeFields
        }
        assets {
          ...VerificationAssetsFields
        }
        evidenceLines
        missing
        programs {
          ...VerificationProgramResultFields
        }
        findings {
          ...VerificationFindingFields
        }
        proposedConclusion
        proposedConclusionName
        proposedReason
      }
      records {
        id
        method
        methodName
        summary
        dataMatch {
          queriedAt
          members
          sources {
            ...VerificationSourceFields
          }
        }
        homeVisit {
          visitedOn
          housing
          areaM2
          livingConditions
          appliances
          observations
          staffNames
          householdSigned
        }
        neighbour {
          visitedOn
          interviewees {
            name
            relation
            statement
          }
        }
        letter {
          sentOn
          recipient
          subject
          answeredOn
          answer
        }
        democraticReview {
          heldOn
          participantCount
          participantNames
          agree
          disagree
          abstain
          opinion
        }
        fileIds
        recordedByName
        recordedAt
      }
      authorisationId
      report {
        ...VerificationReportFields
      }
    }
  }
`);

/** The household's 核对授权书 (the verification names the one it relies on). */
export const VERIFICATION_AUTHORISATIONS = graphql(`
  query VerificationAuthorisations($id: ID!) {
    household(id: $id) {
      id
      authorisations {
        id
        signedOn
        validUntil
        valid
        status
        scope
        signerNames
      }
    }
  }
`);

export const VERIFICATION_REPORT = graphql(`
  query VerificationReport($id: ID!) {
    verificationReport(id: $id) {
      ...VerificationReportFields
      content {
        header {
          title
          office
          reportNo
          version
          verificationNo
          issuedAt
          validUntil
          queriedAt
          authorisation {
            signedOn
            validUntil
            scope
            scopeNames
          }
        }
        household {
          headNameMasked
          address
          areaName
          residenceType
          residenceTypeName
          memberCount
        }
        members {
          ...VerificationMemberFields
        }
        income {
          ...VerificationIncomeFields
        }
        assets {
          ...VerificationAssetsFields
        }
        findings {
          ...VerificationFindingFields
        }
        sources {
          ...VerificationSourceFields
        }
        methods {
          method
          name
          recordedAt
          recordedByName
          summary
        }
        programs {
          ...VerificationProgramResultFields
        }
        conclusion {
          code
          name
          note
          proposed
          proposedReason
        }
        draftedByName
        approvedByName
      }
    }
  }
`);

export const REFERRAL_VERIFICATION_REPORT = graphql(`
  query ReferralVerificationReport($id: ID!) {
    referral(id: $id) {
      referral {
        id
        verificationReport {
          ...VerificationReportFields
        }
      }
    }
  }
`);

export const START_HOUSEHOLD_VERIFICATION = graphql(`
  mutation StartHouseholdVerification($householdId: ID!, $referralRef: ReferralRefInput) {
    startHouseholdVerification(householdId: $householdId, referralRef: $referralRef) {
      id
      no
    }
  }
`);

export const RUN_DATA_MATCH = graphql(`
  mutation RunDataMatch($id: ID!) {
    runDataMatch(id: $id) {
      id
      version
    }
  }
`);

export const ADD_VERIFICATION_RECORD = graphql(`
  mutation AddVerificationRecord($id: ID!, $method: VerificationMethod!, $payload: VerificationPayloadInput!, $fileIds: [ID!]) {
    addVerificationRecord(id: $id, method: $method, payload: $payload, fileIds: $fileIds) {
      id
      version
    }
  }
`);

export const COMPUTE_VERIFICATION = graphql(`
  mutation ComputeVerification($id: ID!) {
    computeVerification(id: $id) {
      id
      version
    }
  }
`);

export const DRAFT_VERIFICATION = graphql(`
  mutation DraftVerification($id: ID!, $conclusion: VerificationConclusion!, $note: String, $version: Int!) {
    draftVerification(id: $id, conclusion: $conclusion, note: $note, version: $version) {
      id
      status
      version
    }
  }
`);

export const APPROVE_VERIFICATION = graphql(`
  mutation ApproveVerification($id: ID!, $version: Int!) {
    approveVerification(id: $id, version: $version) {
      id
      no
      version
    }
  }
`);

export const RETURN_VERIFICATION = graphql(`
  mutation ReturnVerification($id: ID!, $reason: String!, $version: Int!) {
    returnVerification(id: $id, reason: $reason, version: $version) {
      id
      status
      version
    }
  }
`);

export const CANCEL_VERIFICATION = graphql(`
  mutation CancelVerification($id: ID!, $reason: String!) {
    cancelVerification(id: $id, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const REQUEST_REVERIFICATION = graphql(`
  mutation RequestReverification($ref: ReferralRefInput!, $reason: String!) {
    requestReverification(ref: $ref, reason: $reason) {
      id
      no
    }
  }
`);

/** 互认 at the window: the household's valid report and which catalogue materials it covers. */
export const INTAKE_REPORT_COVERAGE = graphql(`
  query IntakeReportCoverage($householdId: ID!) {
    household(id: $householdId) {
      id
      verificationReport {
        id
        no
        validUntil
      }
    }
    programs {
      code
      materialItems {
        name
        coveredByReport
      }
    }
  }
`);
