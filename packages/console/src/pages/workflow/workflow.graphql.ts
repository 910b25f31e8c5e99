import { graphql } from '../../gql';

/** Documents of the one-window workflow (受理登记, 申请, 转办单, 部门工作台, 督办看板). */

export const REFERRAL_FIELDS = graphql(`
  fragment ReferralFields on Referral {
    id
    access
    version
    applicationId
    receiptNo
    programCode
    programName
    departmentId
    departmentName
    status
    statusName
    outcome
    outcomeName
    reason
    householdId
    headName
    areaCode
    areaName
    tier
    tierName
    personId
    personName
    clock {
      startDate
      limitDays
      elapsedDays
      remainingDays
      dueDate
      warnDate
      level
      levelName
      paused
      overdueDays
    }
    signDue
    escalationLevel
    escalationName
    extendableTo
    extensionDays
    supplementNote
    supplementDue
    publicityStart
    publicityEnd
    decisionAmountFen
    decisionStartMonth
    decisionReason
    legalRemedy
    benefitId
    transferredFromId
    transferredToId
    closedOn
    screening {
      outcome
      outcomeName
      estimatedMonthlyFen
      missingFacts
      excludedBy
    }
    duplicateReason
    duplicateOf {
      kind
      programName
      personName
      statusName
      departmentName
      receiptNo
      startDate
      monthlyAmountFen
      areaName
      inScope
    }
    mine
    createdAt
  }
`);

export const HISTORY_FIELDS = graphql(`
  fragment HistoryFields on WorkflowHistoryEntry {
    id
    referralId
    kind
    kindName
    fromStatus
    toStatus
    note
    actorName
    actorDepartment
    at
  }
`);

export const MATERIAL_FIELDS = graphql(`
  fragment MaterialFields on ApplicationMaterial {
    id
    programCode
    name
    provided
    fileIds
    note
    coveredByReport
  }
`);

export const APPLICATION_FIELDS = graphql(`
  fragment ApplicationFields on Application {
    id
    access
    receiptNo
    queryNo
    status
    statusName
    channel
    channelName
    urgent
    householdId
    headName
    address
    areaCode
    areaName
    applicantPersonId
    applicantName
    contact {
      name
      address
      phoneMasked
      idMasked
      householdSize
      consentAt
      reporterName
      reporterRelation
      reporterPhoneMasked
    }
    advanceRelief {
      amountYuan
      grantDate
      paperworkDue
      grantedByName
      regularized
    }
    description
    requested {
      programCode
      programName
      personId
      reason
    }
    rejectReason
    windowAreaName
    acceptedAt
    acceptedByName
    createdAt
    createdByName
    closedAt
    authorizationSigned
    version
    referralCount
    doneCount
  }
`);

// ---- reads -------------------------------------------------------------------------------

export const APPLICATIONS = graphql(`
  query Applications($filter: ApplicationFilterInput, $page: Int!, $pageSize: Int!) {
    applications(filter: $filter, page: $page, pageSize: $pageSize) {
      items {
        ...ApplicationFields
      }
      total
      page
      pageSize
    }
  }
`);

/** Pre-applications waiting for the window (count for the tab badge). */
export const PENDING_PRE_COUNT = graphql(`
  query PendingPreApplicationCount {
    applications(filter: { statuses: ["PENDING_CONFIRM"] }, page: 1, pageSize: 1) {
      total
    }
  }
`);

export const APPLICATION = graphql(`
  query ApplicationDetail($id: ID!) {
    application(id: $id) {
      application {
        ...ApplicationFields
      }
      referrals {
        ...ReferralFields
      }
      materials {
        ...MaterialFields
      }
      history {
        ...HistoryFields
      }
      photos {
        ...ReportPhotoFields
      }
    }
  }
`);

export const REFERRALS = graphql(`
  query Referrals($filter: ReferralFilterInput, $page: Int!, $pageSize: Int!) {
    referrals(filter: $filter, page: $page, pageSize: $pageSize) {
      items {
        ...ReferralFields
      }
      total
      page
      pageSize
    }
  }
`);

/** Counters of the department workbench: one round trip, totals only. */
export const WORKBENCH_COUNTS = graphql(`
  query WorkbenchCounts {
    pendingSign: referrals(filter: { mine: true, statuses: ["PENDING_SIGN"] }, page: 1, pageSize: 1) {
      total
    }
    processing: referrals(filter: { mine: true, statuses: ["PROCESSING", "VERIFYING"] }, page: 1, pageSize: 1) {
      total
    }
    supplement: referrals(filter: { mine: true, statuses: ["SUPPLEMENT"] }, page: 1, pageSize: 1) {
      total
    }
    publicity: referrals(filter: { mine: true, statuses: ["PUBLICITY"] }, page: 1, pageSize: 1) {
      total
    }
    amber: referrals(filter: { mine: true, level: "AMBER" }, page: 1, pageSize: 1) {
      total
    }
    red: referrals(filter: { mine: true, level: "RED" }, page: 1, pageSize: 1) {
      total
    }
  }
`);

export const REFERRAL = graphql(`
  query ReferralDetail($id: ID!) {
    referral(id: $id) {
      referral {
        ...ReferralFields
      }
      history {
        ...HistoryFields
      }
      supervisions {
        id
        referralId
        level
        levelName
        message
        issuedByName
        issuedAt
        answerDue
        response
        respondedByName
        respondedAt
      }
      extensions {
        id
        referralId
        days
        reason
        status
        requestedByName
        requestedAt
        decidedByName
        decidedAt
        decisionNote
      }
      materials {
        ...MaterialFields
      }
    }
  }
`);

export const SUPERVISION_BOARD_ROW_FIELDS = graphql(`
  fragment SupervisionBoardRowFields on SupervisionBoardRow {
    key
    name
    open
    pendingSign
    amber
    red
    paused
    closed
    closedOnTime
    unansweredSupervisions
  }
`);

export const SUPERVISION_BOARD = graphql(`
  query SupervisionBoard {
    supervisionBoard {
      asOf
      advanceReliefs {
        ...AdvanceReliefFields
      }
      byDepartment {
        ...SupervisionBoardRowFields
      }
      byTown {
        ...SupervisionBoardRowFields
      }
      items {
        ...ReferralFields
      }
    }
  }
`);

export const PENDING_EXTENSIONS = graphql(`
  query PendingExtensions {
    pendingExtensions {
      id
      referralId
      days
      reason
      status
      requestedByName
      requestedAt
      receiptNo
      programName
      departmentName
      areaName
      dueDate
    }
  }
`);

/** The catalogue as the window needs it: owner and 材料清单 of each applicable program. */
export const INTAKE_PROGRAMS = graphql(`
  query IntakePrograms {
    programs {
      code
      name
      ownerCode
      ownerName
      materials
      publicity
      subject
      publicityRule {
        required
        days
        minors
      }
    }
  }
`);

/** The household an application is for: head, area and living members (applicant, MEMBER programs). */
export const INTAKE_HOUSEHOLD = graphql(`
  query IntakeHousehold($id: ID!) {
    household(id: $id) {
      ...HouseholdHeadFields
      members {
        ...MemberBriefFields
      }
    }
  }
`);

// ---- window ------------------------------------------------------------------------------

export const REGISTER_APPLICATION = graphql(`
  mutation RegisterApplication($input: ApplicationInput!) {
    registerApplication(input: $input) {
      id
      receiptNo
      referralIds
    }
  }
`);

export const CONFIRM_PRE_APPLICATION = graphql(`
  mutation ConfirmPreApplication($id: ID!, $input: ApplicationInput!) {
    confirmPreApplication(id: $id, input: $input) {
      id
      receiptNo
      referralIds
    }
  }
`);

export const REJECT_PRE_APPLICATION = graphql(`
  mutation RejectPreApplication($id: ID!, $reason: String!) {
    rejectPreApplication(id: $id, reason: $reason)
  }
`);

export const FOLLOW_UP_REFERRAL = graphql(`
  mutation FollowUpReferral($id: ID!, $note: String!) {
    followUpReferral(id: $id, note: $note)
  }
`);

export const PROVIDE_SUPPLEMENT = graphql(`
  mutation ProvideSupplement($ref: ReferralRefInput!, $note: String!, $fileIds: [ID!]) {
    provideSupplement(ref: $ref, note: $note, fileIds: $fileIds) {
      ...ReferralFields
    }
  }
`);

export const RESUBMIT_REFERRAL = graphql(`
  mutation ResubmitReferral($ref: ReferralRefInput!, $note: String!) {
    resubmitReferral(ref: $ref, note: $note) {
      ...ReferralFields
    }
  }
`);

export const WITHDRAW_REFERRAL = graphql(`
  mutation WithdrawReferral($ref: ReferralRefInput!, $reason: String!) {
    withdrawReferral(ref: $ref, reason: $reason) {
      ...ReferralFields
    }
  }
`);

// ---- informant (信息员) ---------------------------------------------------------------------

/** The applicable programs an informant may name (需要的救助). */
export const REPORT_PROGRAMS = graphql(`
  query ReportPrograms {
    programs {
      code
      name
      ownerName
    }
  }
`);

/** 线索照片 (bytes at /api/files/:id). */
export const REPORT_PHOTO_FIELDS = graphql(`
  fragment ReportPhotoFields on ReportPhoto {
    id
    name
    mime
    size
  }
`);

export const INFORMANT_RESPONSE_ROW_FIELDS = graphql(`
  fragment InformantResponseRowFields on InformantResponseRow {
    areaCode
    areaName
    received
    handled
    confirmed
    rejected
    pending
    pendingOverdue
    handledLate
    avgResponseHours
    maxResponseHours
    oldestPendingHours
  }
`);

/** 督办看板 线索响应: informants' reports per town (or one town's villages) for a period. */
export const INFORMANT_RESPONSE = graphql(`
  query InformantResponse($from: String!, $to: String!, $townCode: String) {
    informantResponse(from: $from, to: $to, townCode: $townCode) {
      from
      to
      asOf
      limitDays
      townCode
      townName
      rows {
        ...InformantResponseRowFields
      }
      total {
        ...InformantResponseRowFields
      }
    }
  }
`);

export const SUBMIT_PRE_APPLICATION = graphql(`
  mutation SubmitPreApplication($input: PreApplicationInput!) {
    submitPreApplication(input: $input)
  }
`);

/** 我报送的线索: the caller's own reports and what became of them. */
export const MY_PRE_APPLICATIONS = graphql(`
  query MyPreApplications($page: Int!, $pageSize: Int!) {
    myPreApplications(page: $page, pageSize: $pageSize) {
      items {
        id
        contactName
        address
        programNames
        urgent
        status
        statusName
        receiptNo
        rejectReason
        createdAt
        handledAt
        photos {
          ...ReportPhotoFields
        }
      }
      total
      page
      pageSize
    }
  }
`);

// ---- department --------------------------------------------------------------------------

export const SIGN_REFERRALS = graphql(`
  mutation SignReferrals($refs: [ReferralRefInput!]!) {
    signReferrals(refs: $refs) {
      id
      ok
      message
    }
  }
`);

export const REQUEST_SUPPLEMENT = graphql(`
  mutation RequestSupplement($ref: ReferralRefInput!, $note: String!, $dueDate: String) {
    requestSupplement(ref: $ref, note: $note, dueDate: $dueDate) {
      ...ReferralFields
    }
  }
`);

export const DECIDE_REFERRAL = graphql(`
  mutation DecideReferral($ref: ReferralRefInput!, $input: DecisionInput!) {
    decideReferral(ref: $ref, input: $input) {
      ...ReferralFields
    }
  }
`);

export const COMPLETE_PUBLICITY = graphql(`
  mutation CompletePublicity($ref: ReferralRefInput!, $objection: String) {
    completePublicity(ref: $ref, objection: $objection) {
      ...ReferralFields
    }
  }
`);

export const TRANSFER_REFERRAL = graphql(`
  mutation TransferReferral($ref: ReferralRefInput!, $targetProgramCode: String!, $reason: String!) {
    transferReferral(ref: $ref, targetProgramCode: $targetProgramCode, reason: $reason) {
      ...ReferralFields
    }
  }
`);

export const RETURN_REFERRAL = graphql(`
  mutation ReturnReferral($ref: ReferralRefInput!, $reason: String!) {
    returnReferral(ref: $ref, reason: $reason) {
      ...ReferralFields
    }
  }
`);

export const REQUEST_EXTENSION = graphql(`
  mutation RequestExtension($referralId: ID!, $days: Int!, $reason: String!) {
    requestExtension(referralId: $referralId, days: $days, reason: $reason)
  }
`);

export const ANSWER_SUPERVISION = graphql(`
  mutation AnswerSupervision($id: ID!, $response: String!) {
    answerSupervision(id: $id, response: $response)
  }
`);

// ---- supervisors -------------------------------------------------------------------------

export const SUPERVISE_REFERRAL = graphql(`
  mutation SuperviseReferral($referralId: ID!, $message: String!) {
    superviseReferral(referralId: $referralId, message: $message)
  }
`);

export const DECIDE_EXTENSION = graphql(`
  mutation DecideExtension($id: ID!, $approve: Boolean!, $note: String) {
    decideExtension(id: $id, approve: $approve, note: $note)
  }
`);

export const ADVANCE_RELIEF_FIELDS = graphql(`
  fragment AdvanceReliefFields on AdvanceRelief {
    id
    applicationId
    receiptNo
    queryNo
    name
    areaCode
    areaName
    amountYuan
    reason
    grantDate
    paperworkDue
    grantedByName
    state
    stateName
  }
`);

export const ADVANCE_RELIEF_RULES = graphql(`
  query AdvanceReliefRules {
    advanceReliefRules {
      maxYuan
      paperworkDays
    }
  }
`);

export const GRANT_ADVANCE_RELIEF = graphql(`
  mutation GrantAdvanceRelief($applicationId: ID!, $amountYuan: Float!, $reason: String!) {
    grantAdvanceRelief(applicationId: $applicationId, amountYuan: $amountYuan, reason: $reason) {
      ...AdvanceReliefFields
    }
  }
`);
