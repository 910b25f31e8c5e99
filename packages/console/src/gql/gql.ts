/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CurrentUserFields on CurrentUser {\n    id\n    username\n    displayName\n    roles\n    roleNames\n    permissions\n    areaCode\n    areaName\n    areaLevel\n    departmentId\n    departmentName\n    mfaEnabled\n    mustChangePassword\n    securityNotices {\n      id\n      kind\n      status\n      message\n      at\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment AreaFields on Area {\n    code\n    name\n    level\n    levelName\n    parentCode\n    childCount\n  }\n": typeof types.AreaFieldsFragmentDoc,
    "\n  query AreaChildren($parentCode: String) {\n    areaChildren(parentCode: $parentCode) {\n      ...AreaFields\n    }\n  }\n": typeof types.AreaChildrenDocument,
    "\n  query Roles {\n    roles {\n      code\n      name\n      description\n      admin\n      permissions {\n        code\n        name\n      }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query DepartmentOptions {\n    departments(page: 1, pageSize: 100) {\n      items {\n        id\n        code\n        name\n        shortName\n      }\n      total\n    }\n  }\n": typeof types.DepartmentOptionsDocument,
    "\n  fragment ScreeningResultFields on ScreeningResult {\n    programCode\n    programName\n    owner\n    ownerName\n    outcome\n    outcomeName\n    missingFacts\n    excludedBy\n    estimatedMonthlyFen\n    notes\n    trace\n    parameters\n  }\n": typeof types.ScreeningResultFieldsFragmentDoc,
    "\n  query ScreenHousehold($householdId: ID!, $asOf: String) {\n    screenHousehold(householdId: $householdId, asOf: $asOf) {\n      ...ScreeningResultFields\n    }\n  }\n": typeof types.ScreenHouseholdDocument,
    "\n  fragment SessionFields on SessionInfo {\n    id\n    createdAt\n    lastSeenAt\n    ip\n    userAgent\n    current\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation BeginMfaSetup {\n    beginMfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.BeginMfaSetupDocument,
    "\n  mutation ConfirmMfaSetup($code: String!) {\n    confirmMfaSetup(code: $code)\n  }\n": typeof types.ConfirmMfaSetupDocument,
    "\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation AcknowledgeSecurityNotices {\n    acknowledgeSecurityNotices\n  }\n": typeof types.AcknowledgeSecurityNoticesDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $page: Int!, $pageSize: Int!) {\n    myNotifications(unreadOnly: $unreadOnly, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    departmentId\n    departmentName\n    areaCode\n    areaName\n    scopes\n    permissions\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($page: Int!, $pageSize: Int!) {\n    apiTokens(page: $page, pageSize: $pageSize) {\n      items {\n        ...ApiTokenFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query ApiTokenScopes {\n    apiTokenScopes {\n      scope\n      name\n      description\n      needsDepartment\n      permissions {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ApiTokenScopesDocument,
    "\n  query Areas($parentCode: String, $keyword: String, $page: Int!, $pageSize: Int!) {\n    areas(parentCode: $parentCode, keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...AreaFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.AreasDocument,
    "\n  mutation CreateArea($input: AreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n    }\n  }\n": typeof types.CreateAreaDocument,
    "\n  mutation UpdateArea($code: String!, $name: String!) {\n    updateArea(code: $code, name: $name) {\n      ...AreaFields\n    }\n  }\n": typeof types.UpdateAreaDocument,
    "\n  mutation DeleteArea($code: String!) {\n    deleteArea(code: $code)\n  }\n": typeof types.DeleteAreaDocument,
    "\n  query AuditLogs($filter: AuditLogFilterInput, $page: Int!, $pageSize: Int!) {\n    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        pos\n        at\n        actorName\n        role\n        areaCode\n        areaName\n        action\n        actionName\n        entityType\n        entityId\n        changes {\n          field\n          label\n          before\n          after\n        }\n        details {\n          key\n          label\n          value\n        }\n        ip\n        userAgent\n        requestId\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query AuditVerify {\n    auditVerify {\n      ok\n      checked\n      firstBadPos\n      problem\n      message\n    }\n  }\n": typeof types.AuditVerifyDocument,
    "\n  query AuditActions {\n    auditActions {\n      code\n      name\n    }\n  }\n": typeof types.AuditActionsDocument,
    "\n  fragment CalendarDayFields on CalendarDay {\n    date\n    kind\n    kindName\n    name\n    weekday\n    source\n    updatedByName\n    updatedAt\n  }\n": typeof types.CalendarDayFieldsFragmentDoc,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      year\n      hasYear\n      missingYears\n      days {\n        ...CalendarDayFields\n      }\n    }\n  }\n": typeof types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($date: String!, $kind: DayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      ...CalendarDayFields\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n": typeof types.RemoveCalendarDayDocument,
    "\n  query MyTodos {\n    myTodos {\n      pendingSign\n      amber\n      red\n      leadsToConfirm\n      extensionReviews\n      adminChangeReviews\n    }\n  }\n": typeof types.MyTodosDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    shortName\n    areaCode\n    userCount\n    createdAt\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($keyword: String, $page: Int!, $pageSize: Int!) {\n    departments(keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...DepartmentFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  fragment VisitTaskFields on VisitTask {\n    id\n    ruleCode\n    ruleName\n    householdId\n    headName\n    personName\n    areaCode\n    areaName\n    summary\n    lines {\n      label\n      value\n    }\n    dueDate\n    overdue\n    status\n    statusName\n    outcome\n    outcomeName\n    outcomeNote\n    doneByName\n    doneAt\n    version\n  }\n": typeof types.VisitTaskFieldsFragmentDoc,
    "\n  query VisitTasks($status: VisitStatus, $ruleCode: String, $page: Int, $pageSize: Int) {\n    visitTasks(status: $status, ruleCode: $ruleCode, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...VisitTaskFields\n      }\n    }\n  }\n": typeof types.VisitTasksDocument,
    "\n  query DiscoveryOverview {\n    discoveryRules {\n      code\n      name\n      description\n      parameters\n    }\n    visitTaskStats {\n      ruleCode\n      ruleName\n      total\n      open\n      overdue\n      applied\n      notNeeded\n      refused\n    }\n  }\n": typeof types.DiscoveryOverviewDocument,
    "\n  mutation RecordVisitOutcome($id: ID!, $outcome: VisitOutcome!, $note: String, $version: Int!) {\n    recordVisitOutcome(id: $id, outcome: $outcome, note: $note, version: $version) {\n      ...VisitTaskFields\n    }\n  }\n": typeof types.RecordVisitOutcomeDocument,
    "\n  mutation RunDiscovery {\n    runDiscovery {\n      code\n      name\n      found\n      created\n    }\n  }\n": typeof types.RunDiscoveryDocument,
    "\n  fragment FindingFields on Finding {\n    id\n    ruleNo\n    ruleName\n    severity\n    status\n    summary\n    personName\n    idMasked\n    householdId\n    programName\n    departmentName\n    areaCode\n    areaName\n    townName\n    dueDate\n    overdue\n    createdAt\n    reviewerName\n    reason\n    decidedAt\n    taskStatus\n    taskOutcome\n    taskNote\n    version\n  }\n": typeof types.FindingFieldsFragmentDoc,
    "\n  query Findings($filter: FindingFilterInput, $page: Int!, $pageSize: Int!) {\n    findings(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...FindingFields\n      }\n    }\n  }\n": typeof types.FindingsDocument,
    "\n  query CrosscheckRules {\n    crosscheckRules {\n      no\n      name\n      implemented\n    }\n  }\n": typeof types.CrosscheckRulesDocument,
    "\n  query Finding($id: ID!) {\n    finding(id: $id) {\n      ...FindingFields\n      ruleCode\n      ruleVersion\n      townCode\n      evidenceAsOf\n      taskDoneByName\n      taskDoneAt\n      evidence {\n        label\n        value\n      }\n      sources {\n        dataset\n        datasetName\n        batchId\n        line\n        at\n      }\n      history {\n        id\n        status\n        summary\n        createdAt\n        decidedAt\n        reason\n      }\n    }\n  }\n": typeof types.FindingDocument,
    "\n  query FindingStats {\n    findingStats {\n      asOf\n      total {\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n      byRule {\n        ruleNo\n        ruleName\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n      byTown {\n        areaCode\n        areaName\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n    }\n  }\n": typeof types.FindingStatsDocument,
    "\n  mutation ReviewFindings($input: ReviewFindingsInput!) {\n    reviewFindings(input: $input) {\n      ...FindingFields\n    }\n  }\n": typeof types.ReviewFindingsDocument,
    "\n  mutation CompleteFindingTask($id: ID!, $outcome: FindingTaskOutcome!, $note: String!) {\n    completeFindingTask(id: $id, outcome: $outcome, note: $note) {\n      ...FindingFields\n    }\n  }\n": typeof types.CompleteFindingTaskDocument,
    "\n  mutation RunCrosscheck {\n    runCrosscheck\n  }\n": typeof types.RunCrosscheckDocument,
    "\n  mutation MatchIdentities($idNumbers: [String!]!) {\n    matchIdentities(idNumbers: $idNumbers) {\n      input\n      valid\n      message\n      idMasked\n      found\n      nameMasked\n      areaName\n      tier\n      tierName\n      assistanceObject\n      programs\n      statuses\n    }\n  }\n": typeof types.MatchIdentitiesDocument,
    "\n  query ImportDatasets {\n    importDatasets {\n      dataset\n      name\n      description\n      templateUrl\n      templateCsvUrl\n      columns {\n        header\n        required\n        note\n      }\n    }\n  }\n": typeof types.ImportDatasetsDocument,
    "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    dataset\n    datasetName\n    status\n    fileName\n    format\n    encoding\n    departmentName\n    rows\n    valid\n    imported\n    unchanged\n    duplicates\n    conflicts\n    errors\n    errorCounts {\n      code\n      name\n      rows\n    }\n    errorReportUrl\n    message\n    progress\n    cancelRequested\n    requestedByName\n    createdAt\n    finishedAt\n  }\n": typeof types.ImportBatchFieldsFragmentDoc,
    "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.ImportBatchDocument,
    "\n  query ImportBatches($filter: ImportBatchFilterInput, $page: Int!, $pageSize: Int!) {\n    importBatches(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...ImportBatchFields\n      }\n    }\n  }\n": typeof types.ImportBatchesDocument,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.CancelImportDocument,
    "\n  fragment JobFields on Job {\n    id\n    kind\n    kindName\n    title\n    status\n    statusName\n    total\n    processed\n    progress\n    attempts\n    maxAttempts\n    error\n    cancelRequested\n    areaCode\n    areaName\n    requestedByName\n    mine\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query Jobs($page: Int!, $pageSize: Int!, $kind: String, $mine: Boolean) {\n    jobs(page: $page, pageSize: $pageSize, kind: $kind, mine: $mine) {\n      total\n      items {\n        ...JobFields\n      }\n    }\n    jobKinds {\n      kind\n      name\n    }\n  }\n": typeof types.JobsDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n": typeof types.CancelJobDocument,
    "\n  mutation StartHouseholdExport($filter: HouseholdFilterInput) {\n    startHouseholdExport(filter: $filter) {\n      ...JobFields\n    }\n  }\n": typeof types.StartHouseholdExportDocument,
    "\n  fragment HouseholdChangeFields on HouseholdChangeRequest {\n    id\n    householdId\n    headName\n    personName\n    areaName\n    kind\n    kindName\n    effectiveDate\n    note\n    status\n    statusName\n    proposedByName\n    proposedAt\n    mine\n    decidedByName\n    decidedAt\n    decisionNote\n    version\n  }\n": typeof types.HouseholdChangeFieldsFragmentDoc,
    "\n  query HouseholdChanges($householdId: ID, $pending: Boolean, $mine: Boolean) {\n    householdChanges(householdId: $householdId, pending: $pending, mine: $mine) {\n      ...HouseholdChangeFields\n    }\n  }\n": typeof types.HouseholdChangesDocument,
    "\n  query HouseholdFollowups($householdId: ID) {\n    householdFollowups(householdId: $householdId) {\n      id\n      headName\n      personName\n      kind\n      kindName\n      measureDate\n      note\n      recordedByName\n    }\n  }\n": typeof types.HouseholdFollowupsDocument,
    "\n  query HelpableHouseholds($keyword: String!) {\n    helpableHouseholds(keyword: $keyword) {\n      id\n      headName\n      groupNo\n      address\n      members {\n        personId\n        name\n      }\n    }\n  }\n": typeof types.HelpableHouseholdsDocument,
    "\n  mutation ProposeHouseholdChange($input: HouseholdChangeInput!) {\n    proposeHouseholdChange(input: $input) {\n      ...HouseholdChangeFields\n    }\n  }\n": typeof types.ProposeHouseholdChangeDocument,
    "\n  mutation DecideHouseholdChange($id: ID!, $approve: Boolean!, $note: String, $version: Int!) {\n    decideHouseholdChange(id: $id, approve: $approve, note: $note, version: $version) {\n      ...HouseholdChangeFields\n    }\n  }\n": typeof types.DecideHouseholdChangeDocument,
    "\n  mutation RecordHouseholdFollowup($input: HouseholdFollowupInput!) {\n    recordHouseholdFollowup(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordHouseholdFollowupDocument,
    "\n  fragment MemberFields on Member {\n    id\n    name\n    idMasked\n    sex\n    birthDate\n    age\n    relation\n    relationName\n    isHead\n    deceased\n    deathDate\n    phoneMasked\n    labourCapacity\n    disabilityType\n    disabilityGrade\n    disabilityCert\n    seriousIllness\n    schoolStatus\n    employmentStatus\n    statuses\n    fromDate\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment BenefitBriefFields on BenefitRecord {\n    id\n    personName\n    programCode\n    programName\n    status\n    statusName\n    monthlyAmountFen\n    departmentName\n  }\n": typeof types.BenefitBriefFieldsFragmentDoc,
    "\n  fragment BenefitFields on BenefitRecord {\n    ...BenefitBriefFields\n    personId\n    startDate\n    endDate\n    source\n    departmentId\n  }\n": typeof types.BenefitFieldsFragmentDoc,
    "\n  fragment MemberBriefFields on Member {\n    id\n    name\n    idMasked\n    sex\n    age\n    relation\n    relationName\n    isHead\n    deceased\n  }\n": typeof types.MemberBriefFieldsFragmentDoc,
    "\n  fragment HouseholdHeadFields on Household {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    headName\n    memberCount\n    status\n    tier\n    tierName\n  }\n": typeof types.HouseholdHeadFieldsFragmentDoc,
    "\n  fragment HouseholdSummaryFields on HouseholdSummary {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    residenceType\n    phoneMasked\n    headName\n    memberCount\n    status\n    tier\n    tierName\n    tierReason\n    members {\n      ...MemberBriefFields\n    }\n    benefits {\n      ...BenefitBriefFields\n    }\n  }\n": typeof types.HouseholdSummaryFieldsFragmentDoc,
    "\n  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {\n    households(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...HouseholdSummaryFields\n      }\n      total\n      totalCapped\n      page\n      pageSize\n    }\n  }\n": typeof types.HouseholdsDocument,
    "\n  fragment LegalSupporterFields on LegalSupporter {\n    id\n    personId\n    personName\n    name\n    idMasked\n    duty\n    relation\n    supporterPersonId\n    supporterHouseholdId\n    ability\n    unableReason\n    monthlyIncomeFen\n    note\n    updatedAt\n    version\n  }\n": typeof types.LegalSupporterFieldsFragmentDoc,
    "\n  fragment AuthorisationFields on HouseholdAuthorisation {\n    id\n    signedOn\n    validUntil\n    scope\n    signerPersonIds\n    signerNames\n    fileId\n    fileName\n    note\n    recordedByName\n    createdAt\n    revokedAt\n    revokedReason\n    revokedByName\n    status\n    valid\n    version\n  }\n": typeof types.AuthorisationFieldsFragmentDoc,
    "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdHeadFields\n      residenceType\n      phoneMasked\n      tierReason\n      members {\n        ...MemberFields\n      }\n      formerMembers {\n        ...MemberFields\n      }\n      benefits {\n        ...BenefitFields\n      }\n      incomes {\n        id\n        personId\n        personName\n        category\n        month\n        amountFen\n        note\n      }\n      assets {\n        id\n        personId\n        personName\n        kind\n        valueFen\n        detail {\n          type\n          areaM2\n          count\n          nonResidential\n          capitalFen\n        }\n        note\n      }\n      tierHistory {\n        id\n        fromTier\n        toTier\n        reason\n        actorName\n        at\n      }\n      events {\n        id\n        kind\n        summary\n        actorName\n        at\n      }\n      noLegalSupporterConfirmed\n      legalSupporters {\n        ...LegalSupporterFields\n      }\n      authorisations {\n        ...AuthorisationFields\n      }\n    }\n  }\n": typeof types.HouseholdDocument,
    "\n  query CheckIdNumber($idNumber: String!) {\n    checkIdNumber(idNumber: $idNumber) {\n      valid\n      message\n      birthDate\n      sex\n      age\n      existing {\n        householdId\n        areaName\n        inScope\n        personName\n        active\n      }\n    }\n  }\n": typeof types.CheckIdNumberDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($id: ID!, $input: HouseholdFieldsInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateHouseholdDocument,
    "\n  mutation AddMember($householdId: ID!, $member: MemberInput!) {\n    addMember(householdId: $householdId, member: $member) {\n      id\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInput!) {\n    updatePerson(personId: $personId, input: $input)\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ChangeHead($householdId: ID!, $newHeadPersonId: ID!, $formerHeadRelation: String!) {\n    changeHead(householdId: $householdId, newHeadPersonId: $newHeadPersonId, formerHeadRelation: $formerHeadRelation) {\n      id\n    }\n  }\n": typeof types.ChangeHeadDocument,
    "\n  mutation MoveMember($personId: ID!, $toHouseholdId: ID!, $relation: String!, $newHeadPersonId: ID) {\n    moveMember(personId: $personId, toHouseholdId: $toHouseholdId, relation: $relation, newHeadPersonId: $newHeadPersonId)\n  }\n": typeof types.MoveMemberDocument,
    "\n  mutation SplitHousehold($householdId: ID!, $input: SplitHouseholdInput!) {\n    splitHousehold(householdId: $householdId, input: $input)\n  }\n": typeof types.SplitHouseholdDocument,
    "\n  mutation MergeHouseholds($sourceId: ID!, $targetId: ID!, $relations: [MemberRelationInput!]!) {\n    mergeHouseholds(sourceId: $sourceId, targetId: $targetId, relations: $relations)\n  }\n": typeof types.MergeHouseholdsDocument,
    "\n  mutation MarkDeceased($personId: ID!, $deathDate: String!, $newHeadPersonId: ID) {\n    markDeceased(personId: $personId, deathDate: $deathDate, newHeadPersonId: $newHeadPersonId)\n  }\n": typeof types.MarkDeceasedDocument,
    "\n  mutation Unmask($field: UnmaskField!, $reason: String!, $personId: ID, $householdId: ID) {\n    unmask(field: $field, reason: $reason, personId: $personId, householdId: $householdId)\n  }\n": typeof types.UnmaskDocument,
    "\n  mutation SetIncome($input: IncomeInput!) {\n    setIncome(input: $input)\n  }\n": typeof types.SetIncomeDocument,
    "\n  mutation DeleteIncome($id: ID!) {\n    deleteIncome(id: $id)\n  }\n": typeof types.DeleteIncomeDocument,
    "\n  mutation AddAsset($input: AssetInput!) {\n    addAsset(input: $input)\n  }\n": typeof types.AddAssetDocument,
    "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id)\n  }\n": typeof types.DeleteAssetDocument,
    "\n  mutation AddLegalSupporter($input: LegalSupporterInput!) {\n    addLegalSupporter(input: $input)\n  }\n": typeof types.AddLegalSupporterDocument,
    "\n  mutation UpdateLegalSupporter($id: ID!, $input: LegalSupporterUpdateInput!, $version: Int!) {\n    updateLegalSupporter(id: $id, input: $input, version: $version)\n  }\n": typeof types.UpdateLegalSupporterDocument,
    "\n  mutation RemoveLegalSupporter($id: ID!, $version: Int!) {\n    removeLegalSupporter(id: $id, version: $version)\n  }\n": typeof types.RemoveLegalSupporterDocument,
    "\n  mutation SetNoLegalSupporter($householdId: ID!, $confirmed: Boolean) {\n    setNoLegalSupporter(householdId: $householdId, confirmed: $confirmed)\n  }\n": typeof types.SetNoLegalSupporterDocument,
    "\n  mutation RecordAuthorisation($input: AuthorisationInput!) {\n    recordAuthorisation(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordAuthorisationDocument,
    "\n  mutation RevokeAuthorisation($id: ID!, $reason: String!, $version: Int!) {\n    revokeAuthorisation(id: $id, reason: $reason, version: $version)\n  }\n": typeof types.RevokeAuthorisationDocument,
    "\n  fragment LoginResultFields on LoginResult {\n    status\n    user {\n      ...CurrentUserFields\n    }\n    mfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.LoginResultFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...LoginResultFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      ...LoginResultFields\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  query ServiceWindows {\n    serviceWindows {\n      areaCode\n      areaName\n      levelName\n      isDistrict\n      name\n      defaultName\n      nameIsDefault\n      address\n      hours\n      phone\n      mapText\n      note\n      configured\n      updatedByName\n      updatedAt\n      version\n      editable\n    }\n  }\n": typeof types.ServiceWindowsDocument,
    "\n  mutation UpdateServiceWindow($areaCode: String!, $input: ServiceWindowInput!, $version: Int!) {\n    updateServiceWindow(areaCode: $areaCode, input: $input, version: $version) {\n      areaCode\n      name\n      version\n    }\n  }\n": typeof types.UpdateServiceWindowDocument,
    "\n  query ProgramPlainTexts {\n    programPlainTexts {\n      code\n      name\n      ownerCode\n      ownerName\n      shown {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      generated {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      edited {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      updatedByName\n      updatedAt\n      version\n      mayEdit\n    }\n  }\n": typeof types.ProgramPlainTextsDocument,
    "\n  mutation UpdateProgramPlainText($code: String!, $input: ProgramPlainTextInput!, $version: Int!) {\n    updateProgramPlainText(code: $code, input: $input, version: $version) {\n      code\n      version\n    }\n  }\n": typeof types.UpdateProgramPlainTextDocument,
    "\n  query Faqs {\n    faqs {\n      id\n      question\n      answer\n      programCode\n      programName\n      sortOrder\n      published\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n": typeof types.FaqsDocument,
    "\n  mutation SaveFaq($id: ID, $input: FaqInput!, $version: Int!) {\n    saveFaq(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.SaveFaqDocument,
    "\n  mutation DeleteFaq($id: ID!, $version: Int!) {\n    deleteFaq(id: $id, version: $version)\n  }\n": typeof types.DeleteFaqDocument,
    "\n  query Programs($asOf: String) {\n    programs(asOf: $asOf) {\n      code\n      name\n      ownerCode\n      ownerName\n      description\n      legalBasis\n      conditions\n      amount\n      materials\n      steps\n      publicity\n      materialItems {\n        name\n        required\n        when\n      }\n      stepItems {\n        code\n        name\n        limitDays\n        limitKind\n        clockPaused\n        note\n      }\n      totalLimit {\n        days\n        kind\n        extendableTo\n        text\n      }\n      publicityRule {\n        required\n        days\n        kind\n        minors\n      }\n      versions {\n        id\n        effectiveFrom\n        changes\n        summary\n        reason\n        legalRef\n        note\n        recordedBy\n        department\n        inForce\n      }\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  mutation AmendProgram($input: ProgramAmendmentInput!) {\n    amendProgram(input: $input) {\n      code\n      versions {\n        id\n        effectiveFrom\n        summary\n      }\n    }\n  }\n": typeof types.AmendProgramDocument,
    "\n  query ProgramParameters($programCode: String, $asOf: String) {\n    parameters(programCode: $programCode, asOf: $asOf) {\n      code\n      name\n      unit\n      programCode\n      ownerCode\n      valueAt\n      codesAt\n      codes {\n        code\n        name\n      }\n      versions {\n        effectiveFrom\n        value\n        legalRef\n        note\n        reason\n        recordedBy\n      }\n    }\n  }\n": typeof types.ProgramParametersDocument,
    "\n  mutation AddParameterVersion($input: ParameterVersionInput!) {\n    addParameterVersion(input: $input) {\n      code\n      valueAt\n    }\n  }\n": typeof types.AddParameterVersionDocument,
    "\n  query PreviewParameterVersion($programCode: String!, $parameterCode: String!, $effectiveFrom: String!, $value: ParameterValueInput!, $sampleSize: Int) {\n    previewParameterVersion(programCode: $programCode, parameterCode: $parameterCode, effectiveFrom: $effectiveFrom, value: $value, sampleSize: $sampleSize) {\n      parameterName\n      programName\n      effectiveFrom\n      currentValue\n      proposedValue\n      poolSize\n      changedCount\n      rows {\n        householdId\n        areaName\n        headName\n        benefitStatus\n        beforeOutcome\n        beforeOutcomeName\n        beforeAmountFen\n        afterOutcome\n        afterOutcomeName\n        afterAmountFen\n        changed\n        otherChanges\n      }\n    }\n  }\n": typeof types.PreviewParameterVersionDocument,
    "\n  fragment SimulationRowFields on SimulationRow {\n    programCode\n    programName\n    currentEligible\n    proposedEligible\n    gaining\n    losing\n    currentMonthlyFen\n    proposedMonthlyFen\n    deltaMonthlyFen\n  }\n": typeof types.SimulationRowFieldsFragmentDoc,
    "\n  fragment SimulationFields on Simulation {\n    asOf\n    changes {\n      parameterCode\n      parameterName\n      currentValue\n      proposedValue\n    }\n    programs\n    households\n    householdsGaining\n    householdsLosing\n    currentMonthlyFen\n    proposedMonthlyFen\n    deltaMonthlyFen\n    elapsedMs\n    rows {\n      townCode\n      townName\n      ...SimulationRowFields\n    }\n    programTotals {\n      ...SimulationRowFields\n    }\n  }\n": typeof types.SimulationFieldsFragmentDoc,
    "\n  fragment SimulationJobFields on SimulationJob {\n    id\n    asOf\n    status\n    statusName\n    total\n    processed\n    progress\n    areaName\n    requestedByName\n    error\n    mine\n    cancelRequested\n    createdAt\n    finishedAt\n    changes {\n      parameterName\n      proposedValue\n    }\n  }\n": typeof types.SimulationJobFieldsFragmentDoc,
    "\n  mutation StartSimulation($changes: [ParameterChangeInput!]!, $asOf: String) {\n    startSimulation(changes: $changes, asOf: $asOf) {\n      ...SimulationJobFields\n    }\n  }\n": typeof types.StartSimulationDocument,
    "\n  query SimulationJob($id: ID!) {\n    simulationJob(id: $id) {\n      ...SimulationJobFields\n      result {\n        ...SimulationFields\n      }\n    }\n  }\n": typeof types.SimulationJobDocument,
    "\n  query SimulationJobs($page: Int!, $pageSize: Int!) {\n    simulationJobs(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...SimulationJobFields\n        result {\n          deltaMonthlyFen\n          households\n        }\n      }\n    }\n  }\n": typeof types.SimulationJobsDocument,
    "\n  fragment ReassessmentJobFields on ReassessmentJob {\n    id\n    kind\n    kindName\n    programCode\n    programName\n    parameterName\n    asOf\n    status\n    statusName\n    total\n    processed\n    progress\n    areaCode\n    areaName\n    requestedByName\n    error\n    mine\n    cancelRequested\n    missedCount\n    reviewCount\n    createdAt\n    finishedAt\n  }\n": typeof types.ReassessmentJobFieldsFragmentDoc,
    "\n  query ReassessmentJobs($page: Int!, $pageSize: Int!) {\n    reassessmentJobs(page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        ...ReassessmentJobFields\n      }\n    }\n  }\n": typeof types.ReassessmentJobsDocument,
    "\n  query ReassessmentFindings($jobId: ID!, $kind: String, $townCode: String, $page: Int!, $pageSize: Int!) {\n    reassessmentFindings(jobId: $jobId, kind: $kind, townCode: $townCode, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        householdId\n        areaCode\n        areaName\n        headName\n        programName\n        kind\n        kindName\n        benefitStatus\n        beforeOutcomeName\n        afterOutcome\n        afterOutcomeName\n        beforeAmountFen\n        afterAmountFen\n      }\n    }\n  }\n": typeof types.ReassessmentFindingsDocument,
    "\n  mutation StartReassessment($programCode: String!, $areaCode: String) {\n    startReassessment(programCode: $programCode, areaCode: $areaCode) {\n      ...ReassessmentJobFields\n    }\n  }\n": typeof types.StartReassessmentDocument,
    "\n  query ScreenFacts($facts: ScreeningFactsInput!, $asOf: String) {\n    screenFacts(facts: $facts, asOf: $asOf) {\n      ...ScreeningResultFields\n    }\n  }\n": typeof types.ScreenFactsDocument,
    "\n  query ScreeningHouseholdSearch($keyword: String!) {\n    households(filter: { keyword: $keyword }, page: 1, pageSize: 10) {\n      items {\n        id\n        headName\n        areaName\n        memberCount\n        tierName\n        access\n      }\n    }\n  }\n": typeof types.ScreeningHouseholdSearchDocument,
    "\n  query PublicityEntries($page: Int!, $pageSize: Int!, $status: PublicityStatus, $areaCode: String) {\n    publicityEntries(page: $page, pageSize: $pageSize, status: $status, areaCode: $areaCode) {\n      total\n      items {\n        id\n        referralId\n        applicationId\n        receiptNo\n        programName\n        nameMasked\n        areaName\n        householdSize\n        amount\n        startsOn\n        endsOn\n        status\n        statusName\n        takenDownAt\n        objectionCount\n        isPublic\n      }\n    }\n  }\n": typeof types.PublicityEntriesDocument,
    "\n  mutation RecordPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {\n    recordPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {\n      id\n      status\n      statusName\n      objectionCount\n      isPublic\n    }\n  }\n": typeof types.RecordPublicityObjectionDocument,
    "\n  query PublicityObjections($entryId: ID!) {\n    publicityObjections(entryId: $entryId) {\n      id\n      source\n      sourceName\n      content\n      contactName\n      contactPhoneMasked\n      recordedByName\n      createdAt\n    }\n  }\n": typeof types.PublicityObjectionsDocument,
    "\n  query Settings {\n    settings {\n      key\n      name\n      description\n      value\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n": typeof types.SettingsDocument,
    "\n  mutation UpdateSetting($key: SettingKey!, $value: String!, $version: Int!) {\n    updateSetting(key: $key, value: $value, version: $version) {\n      key\n      value\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n": typeof types.UpdateSettingDocument,
    "\n  mutation SetUserMobile($userId: ID!, $mobile: String) {\n    setUserMobile(userId: $userId, mobile: $mobile)\n  }\n": typeof types.SetUserMobileDocument,
    "\n  query MyMobile {\n    me {\n      id\n      mobileMasked\n    }\n  }\n": typeof types.MyMobileDocument,
    "\n  mutation SetMyMobile($mobile: String) {\n    setMyMobile(mobile: $mobile)\n  }\n": typeof types.SetMyMobileDocument,
    "\n  query SmsMessages($status: SmsStatus, $page: Int!, $pageSize: Int!) {\n    smsMessages(status: $status, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        eventType\n        templateCode\n        recipientKind\n        phoneMasked\n        content\n        areaCode\n        urgent\n        status\n        attempts\n        nextAttemptAt\n        provider\n        lastError\n        sentAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n": typeof types.SmsMessagesDocument,
    "\n  mutation RetrySmsMessage($id: ID!) {\n    retrySmsMessage(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": typeof types.RetrySmsMessageDocument,
    "\n  query SmsTemplates {\n    smsTemplates {\n      code\n      name\n      recipientKind\n      eventType\n      content\n      allowedVariables\n      variables {\n        name\n        label\n      }\n      amountsApproved\n      enabled\n      urgent\n      providerTemplateId\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n": typeof types.SmsTemplatesDocument,
    "\n  query PreviewSmsTemplate($code: String!, $content: String!, $amountsApproved: Boolean!) {\n    previewSmsTemplate(code: $code, content: $content, amountsApproved: $amountsApproved) {\n      content\n      length\n      problems\n    }\n  }\n": typeof types.PreviewSmsTemplateDocument,
    "\n  mutation UpdateSmsTemplate($code: String!, $input: SmsTemplateInput!, $version: Int!) {\n    updateSmsTemplate(code: $code, input: $input, version: $version) {\n      code\n      content\n      enabled\n      urgent\n      amountsApproved\n      providerTemplateId\n      version\n    }\n  }\n": typeof types.UpdateSmsTemplateDocument,
    "\n  query SmsProviderConfig {\n    smsProviderConfig {\n      provider\n      source\n      endpoint\n      accessKeyId\n      secretSet\n      signName\n      sdkAppId\n      region\n      ratePerSecond\n      receiptTokenSet\n      quietStart\n      quietEnd\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n": typeof types.SmsProviderConfigDocument,
    "\n  mutation UpdateSmsProviderConfig($input: SmsProviderConfigInput!, $version: Int!) {\n    updateSmsProviderConfig(input: $input, version: $version) {\n      provider\n      source\n      secretSet\n      receiptTokenSet\n      version\n    }\n  }\n": typeof types.UpdateSmsProviderConfigDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    areaCode\n    areaName\n    departmentId\n    departmentName\n    roles\n    roleNames\n    disabled\n    lockedUntil\n    mfaEnabled\n    mobileMasked\n    lastLoginAt\n    createdAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($keyword: String, $areaCode: String, $role: String, $page: Int!, $pageSize: Int!) {\n    users(keyword: $keyword, areaCode: $areaCode, role: $role, page: $page, pageSize: $pageSize) {\n      items {\n        ...UserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword)\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      ...SessionFields\n    }\n  }\n": typeof types.UserSessionsDocument,
    "\n  mutation ResetUserMfa($id: ID!) {\n    resetUserMfa(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetUserMfaDocument,
    "\n  fragment AdminChangeFields on AdminChangeRequest {\n    id\n    kind\n    kindName\n    status\n    statusName\n    targetUserId\n    targetUsername\n    targetName\n    targetRoleNames\n    roleNames\n    requestedByName\n    requestedRoleName\n    requestedAt\n    expiresAt\n    decidedByName\n    decidedRoleName\n    decidedAt\n    decisionNote\n    canDecide\n    cannotDecideReason\n  }\n": typeof types.AdminChangeFieldsFragmentDoc,
    "\n  query AdminChangeRequests($pending: Boolean!, $page: Int!, $pageSize: Int!) {\n    adminChangeRequests(pending: $pending, page: $page, pageSize: $pageSize) {\n      items {\n        ...AdminChangeFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.AdminChangeRequestsDocument,
    "\n  mutation RequestAdminChange($input: AdminChangeInput!) {\n    requestAdminChange(input: $input) {\n      ...AdminChangeFields\n    }\n  }\n": typeof types.RequestAdminChangeDocument,
    "\n  mutation ConfirmAdminChange($id: ID!) {\n    confirmAdminChange(id: $id) {\n      ...AdminChangeFields\n    }\n  }\n": typeof types.ConfirmAdminChangeDocument,
    "\n  mutation RejectAdminChange($id: ID!, $note: String) {\n    rejectAdminChange(id: $id, note: $note) {\n      ...AdminChangeFields\n    }\n  }\n": typeof types.RejectAdminChangeDocument,
    "\n  fragment VerificationListFields on Verification {\n    id\n    no\n    householdId\n    headName\n    areaCode\n    areaName\n    referralId\n    status\n    statusName\n    dueDate\n    overdue\n    startedByName\n    startedAt\n    draftedByName\n    approvedByName\n    conclusion\n    reportId\n    version\n  }\n": typeof types.VerificationListFieldsFragmentDoc,
    "\n  query Verifications($filter: VerificationFilterInput, $page: Int!, $pageSize: Int!) {\n    verifications(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...VerificationListFields\n      }\n    }\n  }\n": typeof types.VerificationsDocument,
    "\n  fragment VerificationSourceFields on VerificationSource {\n    dataset\n    name\n    status\n    statusName\n    asOf\n    queriedAt\n    rows\n  }\n": typeof types.VerificationSourceFieldsFragmentDoc,
    "\n  fragment VerificationIncomeFields on VerificationIncome {\n    month\n    lines {\n      category\n      name\n      amountFen\n      counted\n    }\n    deductionFen\n    monthlyIncomeFen\n    countedMembers\n    perCapitaIncomeFen\n    explanation\n  }\n": typeof types.VerificationIncomeFieldsFragmentDoc,
    "\n  fragment VerificationAssetsFields on VerificationAssets {\n    financialAssetsFen\n    financialAssetsPerCapitaFen\n    homeCount\n    hasNonResidentialProperty\n    vehicles {\n      nameMasked\n      type\n      source\n    }\n    nonExemptVehicles\n    businessCapitalFen\n    lines\n  }\n": typeof types.VerificationAssetsFieldsFragmentDoc,
    "\n  fragment VerificationProgramResultFields on VerificationProgramResult {\n    code\n    name\n    outcome\n    outcomeName\n    estimatedMonthlyFen\n    missingFacts\n    lines\n  }\n": typeof types.VerificationProgramResultFieldsFragmentDoc,
    "\n  fragment VerificationFindingFields on VerificationFinding {\n    ruleNo\n    ruleName\n    severity\n    status\n    statusName\n    summary\n  }\n": typeof types.VerificationFindingFieldsFragmentDoc,
    "\n  fragment VerificationMemberFields on VerificationMember {\n    nameMasked\n    idMasked\n    relation\n    relationName\n    sex\n    age\n    notes\n  }\n": typeof types.VerificationMemberFieldsFragmentDoc,
    "\n  fragment VerificationReportFields on VerificationReport {\n    id\n    no\n    version\n    householdId\n    verificationId\n    issuedAt\n    validUntil\n    valid\n    expired\n    superseded\n    conclusion\n    conclusionName\n    draftedByName\n    approvedByName\n    pdfUrl\n  }\n": typeof types.VerificationReportFieldsFragmentDoc,
    "\n  query Verification($id: ID!) {\n    verification(id: $id) {\n      ...VerificationListFields\n      householdAddress\n      reason\n      draftedAt\n      draftedByMe\n      viewerCanManage\n      viewerCanApprove\n      approvedAt\n      returnedReason\n      cancelledReason\n      conclusionName\n      conclusionNote\n      computedAt\n      computation {\n        computedAt\n        asOf\n        members {\n          ...VerificationMemberFields\n        }\n        income {\n          ...VerificationIncomeFields\n        }\n        assets {\n          ...VerificationAssetsFields\n        }\n        evidenceLines\n        missing\n        programs {\n          ...VerificationProgramResultFields\n        }\n        findings {\n          ...VerificationFindingFields\n        }\n        proposedConclusion\n        proposedConclusionName\n        proposedReason\n      }\n      records {\n        id\n        method\n        methodName\n        summary\n        dataMatch {\n          queriedAt\n          members\n          sources {\n            ...VerificationSourceFields\n          }\n        }\n        homeVisit {\n          visitedOn\n          housing\n          areaM2\n          livingConditions\n          appliances\n          observations\n          staffNames\n          householdSigned\n        }\n        neighbour {\n          visitedOn\n          interviewees {\n            name\n            relation\n            statement\n          }\n        }\n        letter {\n          sentOn\n          recipient\n          subject\n          answeredOn\n          answer\n        }\n        democraticReview {\n          heldOn\n          participantCount\n          participantNames\n          agree\n          disagree\n          abstain\n          opinion\n        }\n        fileIds\n        recordedByName\n        recordedAt\n      }\n      authorisationId\n      report {\n        ...VerificationReportFields\n      }\n    }\n  }\n": typeof types.VerificationDocument,
    "\n  query VerificationAuthorisations($id: ID!) {\n    household(id: $id) {\n      id\n      authorisations {\n        id\n        signedOn\n        validUntil\n        valid\n        status\n        scope\n        signerNames\n      }\n    }\n  }\n": typeof types.VerificationAuthorisationsDocument,
    "\n  query VerificationReport($id: ID!) {\n    verificationReport(id: $id) {\n      ...VerificationReportFields\n      content {\n        header {\n          title\n          office\n          reportNo\n          version\n          verificationNo\n          issuedAt\n          validUntil\n          queriedAt\n          authorisation {\n            signedOn\n            validUntil\n            scope\n            scopeNames\n          }\n        }\n        household {\n          headNameMasked\n          address\n          areaName\n          residenceType\n          residenceTypeName\n          memberCount\n        }\n        members {\n          ...VerificationMemberFields\n        }\n        income {\n          ...VerificationIncomeFields\n        }\n        assets {\n          ...VerificationAssetsFields\n        }\n        findings {\n          ...VerificationFindingFields\n        }\n        sources {\n          ...VerificationSourceFields\n        }\n        methods {\n          method\n          name\n          recordedAt\n          recordedByName\n          summary\n        }\n        programs {\n          ...VerificationProgramResultFields\n        }\n        conclusion {\n          code\n          name\n          note\n          proposed\n          proposedReason\n        }\n        draftedByName\n        approvedByName\n      }\n    }\n  }\n": typeof types.VerificationReportDocument,
    "\n  query ReferralVerificationReport($id: ID!) {\n    referral(id: $id) {\n      referral {\n        id\n        verificationReport {\n          ...VerificationReportFields\n        }\n      }\n    }\n  }\n": typeof types.ReferralVerificationReportDocument,
    "\n  mutation StartHouseholdVerification($householdId: ID!, $referralRef: ReferralRefInput) {\n    startHouseholdVerification(householdId: $householdId, referralRef: $referralRef) {\n      id\n      no\n    }\n  }\n": typeof types.StartHouseholdVerificationDocument,
    "\n  mutation RunDataMatch($id: ID!) {\n    runDataMatch(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.RunDataMatchDocument,
    "\n  mutation AddVerificationRecord($id: ID!, $method: VerificationMethod!, $payload: VerificationPayloadInput!, $fileIds: [ID!]) {\n    addVerificationRecord(id: $id, method: $method, payload: $payload, fileIds: $fileIds) {\n      id\n      version\n    }\n  }\n": typeof types.AddVerificationRecordDocument,
    "\n  mutation ComputeVerification($id: ID!) {\n    computeVerification(id: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ComputeVerificationDocument,
    "\n  mutation DraftVerification($id: ID!, $conclusion: VerificationConclusion!, $note: String, $version: Int!) {\n    draftVerification(id: $id, conclusion: $conclusion, note: $note, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.DraftVerificationDocument,
    "\n  mutation ApproveVerification($id: ID!, $version: Int!) {\n    approveVerification(id: $id, version: $version) {\n      id\n      no\n      version\n    }\n  }\n": typeof types.ApproveVerificationDocument,
    "\n  mutation ReturnVerification($id: ID!, $reason: String!, $version: Int!) {\n    returnVerification(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReturnVerificationDocument,
    "\n  mutation CancelVerification($id: ID!, $reason: String!) {\n    cancelVerification(id: $id, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CancelVerificationDocument,
    "\n  mutation RequestReverification($ref: ReferralRefInput!, $reason: String!) {\n    requestReverification(ref: $ref, reason: $reason) {\n      id\n      no\n    }\n  }\n": typeof types.RequestReverificationDocument,
    "\n  query IntakeReportCoverage($householdId: ID!) {\n    household(id: $householdId) {\n      id\n      verificationReport {\n        id\n        no\n        validUntil\n      }\n    }\n    programs {\n      code\n      materialItems {\n        name\n        coveredByReport\n      }\n    }\n  }\n": typeof types.IntakeReportCoverageDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    access\n    version\n    applicationId\n    receiptNo\n    programCode\n    programName\n    departmentId\n    departmentName\n    status\n    statusName\n    outcome\n    outcomeName\n    reason\n    householdId\n    headName\n    areaCode\n    areaName\n    tier\n    tierName\n    personId\n    personName\n    clock {\n      startDate\n      limitDays\n      elapsedDays\n      remainingDays\n      dueDate\n      warnDate\n      level\n      levelName\n      paused\n      overdueDays\n    }\n    signDue\n    escalationLevel\n    escalationName\n    extendableTo\n    extensionDays\n    supplementNote\n    supplementDue\n    publicityStart\n    publicityEnd\n    decisionAmountFen\n    decisionStartMonth\n    decisionReason\n    legalRemedy\n    benefitId\n    transferredFromId\n    transferredToId\n    closedOn\n    screening {\n      outcome\n      outcomeName\n      estimatedMonthlyFen\n      missingFacts\n      excludedBy\n    }\n    duplicateReason\n    duplicateOf {\n      kind\n      programName\n      personName\n      statusName\n      departmentName\n      receiptNo\n      startDate\n      monthlyAmountFen\n      areaName\n      inScope\n    }\n    mine\n    createdAt\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  fragment HistoryFields on WorkflowHistoryEntry {\n    id\n    referralId\n    kind\n    kindName\n    fromStatus\n    toStatus\n    note\n    actorName\n    actorDepartment\n    at\n  }\n": typeof types.HistoryFieldsFragmentDoc,
    "\n  fragment MaterialFields on ApplicationMaterial {\n    id\n    programCode\n    name\n    provided\n    fileIds\n    note\n    coveredByReport\n  }\n": typeof types.MaterialFieldsFragmentDoc,
    "\n  fragment ApplicationFields on Application {\n    id\n    access\n    receiptNo\n    queryNo\n    status\n    statusName\n    channel\n    channelName\n    urgent\n    householdId\n    headName\n    address\n    areaCode\n    areaName\n    applicantPersonId\n    applicantName\n    contact {\n      name\n      address\n      phoneMasked\n      idMasked\n      householdSize\n      consentAt\n    }\n    advanceRelief {\n      amountYuan\n      grantDate\n      paperworkDue\n      grantedByName\n      regularized\n    }\n    description\n    requested {\n      programCode\n      programName\n      personId\n      reason\n    }\n    rejectReason\n    windowAreaName\n    acceptedAt\n    acceptedByName\n    createdAt\n    createdByName\n    closedAt\n    authorizationSigned\n    version\n    referralCount\n    doneCount\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  query Applications($filter: ApplicationFilterInput, $page: Int!, $pageSize: Int!) {\n    applications(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...ApplicationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.ApplicationsDocument,
    "\n  query PendingPreApplicationCount {\n    applications(filter: { statuses: [\"PENDING_CONFIRM\"] }, page: 1, pageSize: 1) {\n      total\n    }\n  }\n": typeof types.PendingPreApplicationCountDocument,
    "\n  query ApplicationDetail($id: ID!) {\n    application(id: $id) {\n      application {\n        ...ApplicationFields\n      }\n      referrals {\n        ...ReferralFields\n      }\n      materials {\n        ...MaterialFields\n      }\n      history {\n        ...HistoryFields\n      }\n    }\n  }\n": typeof types.ApplicationDetailDocument,
    "\n  query Referrals($filter: ReferralFilterInput, $page: Int!, $pageSize: Int!) {\n    referrals(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...ReferralFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query WorkbenchCounts {\n    pendingSign: referrals(filter: { mine: true, statuses: [\"PENDING_SIGN\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    processing: referrals(filter: { mine: true, statuses: [\"PROCESSING\", \"VERIFYING\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    supplement: referrals(filter: { mine: true, statuses: [\"SUPPLEMENT\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    publicity: referrals(filter: { mine: true, statuses: [\"PUBLICITY\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    amber: referrals(filter: { mine: true, level: \"AMBER\" }, page: 1, pageSize: 1) {\n      total\n    }\n    red: referrals(filter: { mine: true, level: \"RED\" }, page: 1, pageSize: 1) {\n      total\n    }\n  }\n": typeof types.WorkbenchCountsDocument,
    "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      referral {\n        ...ReferralFields\n      }\n      history {\n        ...HistoryFields\n      }\n      supervisions {\n        id\n        referralId\n        level\n        levelName\n        message\n        issuedByName\n        issuedAt\n        answerDue\n        response\n        respondedByName\n        respondedAt\n      }\n      extensions {\n        id\n        referralId\n        days\n        reason\n        status\n        requestedByName\n        requestedAt\n        decidedByName\n        decidedAt\n        decisionNote\n      }\n      materials {\n        ...MaterialFields\n      }\n    }\n  }\n": typeof types.ReferralDetailDocument,
    "\n  fragment SupervisionBoardRowFields on SupervisionBoardRow {\n    key\n    name\n    open\n    pendingSign\n    amber\n    red\n    paused\n    closed\n    closedOnTime\n    unansweredSupervisions\n  }\n": typeof types.SupervisionBoardRowFieldsFragmentDoc,
    "\n  query SupervisionBoard {\n    supervisionBoard {\n      asOf\n      advanceReliefs {\n        ...AdvanceReliefFields\n      }\n      byDepartment {\n        ...SupervisionBoardRowFields\n      }\n      byTown {\n        ...SupervisionBoardRowFields\n      }\n      items {\n        ...ReferralFields\n      }\n    }\n  }\n": typeof types.SupervisionBoardDocument,
    "\n  query PendingExtensions {\n    pendingExtensions {\n      id\n      referralId\n      days\n      reason\n      status\n      requestedByName\n      requestedAt\n      receiptNo\n      programName\n      departmentName\n      areaName\n      dueDate\n    }\n  }\n": typeof types.PendingExtensionsDocument,
    "\n  query IntakePrograms {\n    programs {\n      code\n      name\n      ownerCode\n      ownerName\n      materials\n      publicity\n      subject\n      publicityRule {\n        required\n        days\n        minors\n      }\n    }\n  }\n": typeof types.IntakeProgramsDocument,
    "\n  query IntakeHousehold($id: ID!) {\n    household(id: $id) {\n      ...HouseholdHeadFields\n      members {\n        ...MemberBriefFields\n      }\n    }\n  }\n": typeof types.IntakeHouseholdDocument,
    "\n  mutation RegisterApplication($input: ApplicationInput!) {\n    registerApplication(input: $input) {\n      id\n      receiptNo\n      referralIds\n    }\n  }\n": typeof types.RegisterApplicationDocument,
    "\n  mutation ConfirmPreApplication($id: ID!, $input: ApplicationInput!) {\n    confirmPreApplication(id: $id, input: $input) {\n      id\n      receiptNo\n      referralIds\n    }\n  }\n": typeof types.ConfirmPreApplicationDocument,
    "\n  mutation RejectPreApplication($id: ID!, $reason: String!) {\n    rejectPreApplication(id: $id, reason: $reason)\n  }\n": typeof types.RejectPreApplicationDocument,
    "\n  mutation FollowUpReferral($id: ID!, $note: String!) {\n    followUpReferral(id: $id, note: $note)\n  }\n": typeof types.FollowUpReferralDocument,
    "\n  mutation ProvideSupplement($ref: ReferralRefInput!, $note: String!, $fileIds: [ID!]) {\n    provideSupplement(ref: $ref, note: $note, fileIds: $fileIds) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ProvideSupplementDocument,
    "\n  mutation ResubmitReferral($ref: ReferralRefInput!, $note: String!) {\n    resubmitReferral(ref: $ref, note: $note) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ResubmitReferralDocument,
    "\n  mutation WithdrawReferral($ref: ReferralRefInput!, $reason: String!) {\n    withdrawReferral(ref: $ref, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": typeof types.WithdrawReferralDocument,
    "\n  query ReportPrograms {\n    programs {\n      code\n      name\n      ownerName\n    }\n  }\n": typeof types.ReportProgramsDocument,
    "\n  mutation SubmitPreApplication($input: PreApplicationInput!) {\n    submitPreApplication(input: $input)\n  }\n": typeof types.SubmitPreApplicationDocument,
    "\n  query MyPreApplications($page: Int!, $pageSize: Int!) {\n    myPreApplications(page: $page, pageSize: $pageSize) {\n      items {\n        id\n        contactName\n        address\n        programNames\n        urgent\n        status\n        statusName\n        receiptNo\n        rejectReason\n        createdAt\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.MyPreApplicationsDocument,
    "\n  mutation SignReferrals($refs: [ReferralRefInput!]!) {\n    signReferrals(refs: $refs) {\n      id\n      ok\n      message\n    }\n  }\n": typeof types.SignReferralsDocument,
    "\n  mutation RequestSupplement($ref: ReferralRefInput!, $note: String!, $dueDate: String) {\n    requestSupplement(ref: $ref, note: $note, dueDate: $dueDate) {\n      ...ReferralFields\n    }\n  }\n": typeof types.RequestSupplementDocument,
    "\n  mutation DecideReferral($ref: ReferralRefInput!, $input: DecisionInput!) {\n    decideReferral(ref: $ref, input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.DecideReferralDocument,
    "\n  mutation CompletePublicity($ref: ReferralRefInput!, $objection: String) {\n    completePublicity(ref: $ref, objection: $objection) {\n      ...ReferralFields\n    }\n  }\n": typeof types.CompletePublicityDocument,
    "\n  mutation TransferReferral($ref: ReferralRefInput!, $targetProgramCode: String!, $reason: String!) {\n    transferReferral(ref: $ref, targetProgramCode: $targetProgramCode, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": typeof types.TransferReferralDocument,
    "\n  mutation ReturnReferral($ref: ReferralRefInput!, $reason: String!) {\n    returnReferral(ref: $ref, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReturnReferralDocument,
    "\n  mutation RequestExtension($referralId: ID!, $days: Int!, $reason: String!) {\n    requestExtension(referralId: $referralId, days: $days, reason: $reason)\n  }\n": typeof types.RequestExtensionDocument,
    "\n  mutation AnswerSupervision($id: ID!, $response: String!) {\n    answerSupervision(id: $id, response: $response)\n  }\n": typeof types.AnswerSupervisionDocument,
    "\n  mutation SuperviseReferral($referralId: ID!, $message: String!) {\n    superviseReferral(referralId: $referralId, message: $message)\n  }\n": typeof types.SuperviseReferralDocument,
    "\n  mutation DecideExtension($id: ID!, $approve: Boolean!, $note: String) {\n    decideExtension(id: $id, approve: $approve, note: $note)\n  }\n": typeof types.DecideExtensionDocument,
    "\n  fragment AdvanceReliefFields on AdvanceRelief {\n    id\n    applicationId\n    receiptNo\n    queryNo\n    name\n    areaCode\n    areaName\n    amountYuan\n    reason\n    grantDate\n    paperworkDue\n    grantedByName\n    state\n    stateName\n  }\n": typeof types.AdvanceReliefFieldsFragmentDoc,
    "\n  query AdvanceReliefRules {\n    advanceReliefRules {\n      maxYuan\n      paperworkDays\n    }\n  }\n": typeof types.AdvanceReliefRulesDocument,
    "\n  mutation GrantAdvanceRelief($applicationId: ID!, $amountYuan: Float!, $reason: String!) {\n    grantAdvanceRelief(applicationId: $applicationId, amountYuan: $amountYuan, reason: $reason) {\n      ...AdvanceReliefFields\n    }\n  }\n": typeof types.GrantAdvanceReliefDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on CurrentUser {\n    id\n    username\n    displayName\n    roles\n    roleNames\n    permissions\n    areaCode\n    areaName\n    areaLevel\n    departmentId\n    departmentName\n    mfaEnabled\n    mustChangePassword\n    securityNotices {\n      id\n      kind\n      status\n      message\n      at\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment AreaFields on Area {\n    code\n    name\n    level\n    levelName\n    parentCode\n    childCount\n  }\n": types.AreaFieldsFragmentDoc,
    "\n  query AreaChildren($parentCode: String) {\n    areaChildren(parentCode: $parentCode) {\n      ...AreaFields\n    }\n  }\n": types.AreaChildrenDocument,
    "\n  query Roles {\n    roles {\n      code\n      name\n      description\n      admin\n      permissions {\n        code\n        name\n      }\n    }\n  }\n": types.RolesDocument,
    "\n  query DepartmentOptions {\n    departments(page: 1, pageSize: 100) {\n      items {\n        id\n        code\n        name\n        shortName\n      }\n      total\n    }\n  }\n": types.DepartmentOptionsDocument,
    "\n  fragment ScreeningResultFields on ScreeningResult {\n    programCode\n    programName\n    owner\n    ownerName\n    outcome\n    outcomeName\n    missingFacts\n    excludedBy\n    estimatedMonthlyFen\n    notes\n    trace\n    parameters\n  }\n": types.ScreeningResultFieldsFragmentDoc,
    "\n  query ScreenHousehold($householdId: ID!, $asOf: String) {\n    screenHousehold(householdId: $householdId, asOf: $asOf) {\n      ...ScreeningResultFields\n    }\n  }\n": types.ScreenHouseholdDocument,
    "\n  fragment SessionFields on SessionInfo {\n    id\n    createdAt\n    lastSeenAt\n    ip\n    userAgent\n    current\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation BeginMfaSetup {\n    beginMfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": types.BeginMfaSetupDocument,
    "\n  mutation ConfirmMfaSetup($code: String!) {\n    confirmMfaSetup(code: $code)\n  }\n": types.ConfirmMfaSetupDocument,
    "\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation AcknowledgeSecurityNotices {\n    acknowledgeSecurityNotices\n  }\n": types.AcknowledgeSecurityNoticesDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $page: Int!, $pageSize: Int!) {\n    myNotifications(unreadOnly: $unreadOnly, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    departmentId\n    departmentName\n    areaCode\n    areaName\n    scopes\n    permissions\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($page: Int!, $pageSize: Int!) {\n    apiTokens(page: $page, pageSize: $pageSize) {\n      items {\n        ...ApiTokenFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query ApiTokenScopes {\n    apiTokenScopes {\n      scope\n      name\n      description\n      needsDepartment\n      permissions {\n        code\n        name\n      }\n    }\n  }\n": types.ApiTokenScopesDocument,
    "\n  query Areas($parentCode: String, $keyword: String, $page: Int!, $pageSize: Int!) {\n    areas(parentCode: $parentCode, keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...AreaFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.AreasDocument,
    "\n  mutation CreateArea($input: AreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n    }\n  }\n": types.CreateAreaDocument,
    "\n  mutation UpdateArea($code: String!, $name: String!) {\n    updateArea(code: $code, name: $name) {\n      ...AreaFields\n    }\n  }\n": types.UpdateAreaDocument,
    "\n  mutation DeleteArea($code: String!) {\n    deleteArea(code: $code)\n  }\n": types.DeleteAreaDocument,
    "\n  query AuditLogs($filter: AuditLogFilterInput, $page: Int!, $pageSize: Int!) {\n    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        pos\n        at\n        actorName\n        role\n        areaCode\n        areaName\n        action\n        actionName\n        entityType\n        entityId\n        changes {\n          field\n          label\n          before\n          after\n        }\n        details {\n          key\n          label\n          value\n        }\n        ip\n        userAgent\n        requestId\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query AuditVerify {\n    auditVerify {\n      ok\n      checked\n      firstBadPos\n      problem\n      message\n    }\n  }\n": types.AuditVerifyDocument,
    "\n  query AuditActions {\n    auditActions {\n      code\n      name\n    }\n  }\n": types.AuditActionsDocument,
    "\n  fragment CalendarDayFields on CalendarDay {\n    date\n    kind\n    kindName\n    name\n    weekday\n    source\n    updatedByName\n    updatedAt\n  }\n": types.CalendarDayFieldsFragmentDoc,
    "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      year\n      hasYear\n      missingYears\n      days {\n        ...CalendarDayFields\n      }\n    }\n  }\n": types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($date: String!, $kind: DayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      ...CalendarDayFields\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n": types.RemoveCalendarDayDocument,
    "\n  query MyTodos {\n    myTodos {\n      pendingSign\n      amber\n      red\n      leadsToConfirm\n      extensionReviews\n      adminChangeReviews\n    }\n  }\n": types.MyTodosDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    shortName\n    areaCode\n    userCount\n    createdAt\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($keyword: String, $page: Int!, $pageSize: Int!) {\n    departments(keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...DepartmentFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  fragment VisitTaskFields on VisitTask {\n    id\n    ruleCode\n    ruleName\n    householdId\n    headName\n    personName\n    areaCode\n    areaName\n    summary\n    lines {\n      label\n      value\n    }\n    dueDate\n    overdue\n    status\n    statusName\n    outcome\n    outcomeName\n    outcomeNote\n    doneByName\n    doneAt\n    version\n  }\n": types.VisitTaskFieldsFragmentDoc,
    "\n  query VisitTasks($status: VisitStatus, $ruleCode: String, $page: Int, $pageSize: Int) {\n    visitTasks(status: $status, ruleCode: $ruleCode, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...VisitTaskFields\n      }\n    }\n  }\n": types.VisitTasksDocument,
    "\n  query DiscoveryOverview {\n    discoveryRules {\n      code\n      name\n      description\n      parameters\n    }\n    visitTaskStats {\n      ruleCode\n      ruleName\n      total\n      open\n      overdue\n      applied\n      notNeeded\n      refused\n    }\n  }\n": types.DiscoveryOverviewDocument,
    "\n  mutation RecordVisitOutcome($id: ID!, $outcome: VisitOutcome!, $note: String, $version: Int!) {\n    recordVisitOutcome(id: $id, outcome: $outcome, note: $note, version: $version) {\n      ...VisitTaskFields\n    }\n  }\n": types.RecordVisitOutcomeDocument,
    "\n  mutation RunDiscovery {\n    runDiscovery {\n      code\n      name\n      found\n      created\n    }\n  }\n": types.RunDiscoveryDocument,
    "\n  fragment FindingFields on Finding {\n    id\n    ruleNo\n    ruleName\n    severity\n    status\n    summary\n    personName\n    idMasked\n    householdId\n    programName\n    departmentName\n    areaCode\n    areaName\n    townName\n    dueDate\n    overdue\n    createdAt\n    reviewerName\n    reason\n    decidedAt\n    taskStatus\n    taskOutcome\n    taskNote\n    version\n  }\n": types.FindingFieldsFragmentDoc,
    "\n  query Findings($filter: FindingFilterInput, $page: Int!, $pageSize: Int!) {\n    findings(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...FindingFields\n      }\n    }\n  }\n": types.FindingsDocument,
    "\n  query CrosscheckRules {\n    crosscheckRules {\n      no\n      name\n      implemented\n    }\n  }\n": types.CrosscheckRulesDocument,
    "\n  query Finding($id: ID!) {\n    finding(id: $id) {\n      ...FindingFields\n      ruleCode\n      ruleVersion\n      townCode\n      evidenceAsOf\n      taskDoneByName\n      taskDoneAt\n      evidence {\n        label\n        value\n      }\n      sources {\n        dataset\n        datasetName\n        batchId\n        line\n        at\n      }\n      history {\n        id\n        status\n        summary\n        createdAt\n        decidedAt\n        reason\n      }\n    }\n  }\n": types.FindingDocument,
    "\n  query FindingStats {\n    findingStats {\n      asOf\n      total {\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n      byRule {\n        ruleNo\n        ruleName\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n      byTown {\n        areaCode\n        areaName\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n    }\n  }\n": types.FindingStatsDocument,
    "\n  mutation ReviewFindings($input: ReviewFindingsInput!) {\n    reviewFindings(input: $input) {\n      ...FindingFields\n    }\n  }\n": types.ReviewFindingsDocument,
    "\n  mutation CompleteFindingTask($id: ID!, $outcome: FindingTaskOutcome!, $note: String!) {\n    completeFindingTask(id: $id, outcome: $outcome, note: $note) {\n      ...FindingFields\n    }\n  }\n": types.CompleteFindingTaskDocument,
    "\n  mutation RunCrosscheck {\n    runCrosscheck\n  }\n": types.RunCrosscheckDocument,
    "\n  mutation MatchIdentities($idNumbers: [String!]!) {\n    matchIdentities(idNumbers: $idNumbers) {\n      input\n      valid\n      message\n      idMasked\n      found\n      nameMasked\n      areaName\n      tier\n      tierName\n      assistanceObject\n      programs\n      statuses\n    }\n  }\n": types.MatchIdentitiesDocument,
    "\n  query ImportDatasets {\n    importDatasets {\n      dataset\n      name\n      description\n      templateUrl\n      templateCsvUrl\n      columns {\n        header\n        required\n        note\n      }\n    }\n  }\n": types.ImportDatasetsDocument,
    "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    dataset\n    datasetName\n    status\n    fileName\n    format\n    encoding\n    departmentName\n    rows\n    valid\n    imported\n    unchanged\n    duplicates\n    conflicts\n    errors\n    errorCounts {\n      code\n      name\n      rows\n    }\n    errorReportUrl\n    message\n    progress\n    cancelRequested\n    requestedByName\n    createdAt\n    finishedAt\n  }\n": types.ImportBatchFieldsFragmentDoc,
    "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n": types.ImportBatchDocument,
    "\n  query ImportBatches($filter: ImportBatchFilterInput, $page: Int!, $pageSize: Int!) {\n    importBatches(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...ImportBatchFields\n      }\n    }\n  }\n": types.ImportBatchesDocument,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n": types.CancelImportDocument,
    "\n  fragment JobFields on Job {\n    id\n    kind\n    kindName\n    title\n    status\n    statusName\n    total\n    processed\n    progress\n    attempts\n    maxAttempts\n    error\n    cancelRequested\n    areaCode\n    areaName\n    requestedByName\n    mine\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n": types.JobFieldsFragmentDoc,
    "\n  query Jobs($page: Int!, $pageSize: Int!, $kind: String, $mine: Boolean) {\n    jobs(page: $page, pageSize: $pageSize, kind: $kind, mine: $mine) {\n      total\n      items {\n        ...JobFields\n      }\n    }\n    jobKinds {\n      kind\n      name\n    }\n  }\n": types.JobsDocument,
    "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n": types.CancelJobDocument,
    "\n  mutation StartHouseholdExport($filter: HouseholdFilterInput) {\n    startHouseholdExport(filter: $filter) {\n      ...JobFields\n    }\n  }\n": types.StartHouseholdExportDocument,
    "\n  fragment HouseholdChangeFields on HouseholdChangeRequest {\n    id\n    householdId\n    headName\n    personName\n    areaName\n    kind\n    kindName\n    effectiveDate\n    note\n    status\n    statusName\n    proposedByName\n    proposedAt\n    mine\n    decidedByName\n    decidedAt\n    decisionNote\n    version\n  }\n": types.HouseholdChangeFieldsFragmentDoc,
    "\n  query HouseholdChanges($householdId: ID, $pending: Boolean, $mine: Boolean) {\n    householdChanges(householdId: $householdId, pending: $pending, mine: $mine) {\n      ...HouseholdChangeFields\n    }\n  }\n": types.HouseholdChangesDocument,
    "\n  query HouseholdFollowups($householdId: ID) {\n    householdFollowups(householdId: $householdId) {\n      id\n      headName\n      personName\n      kind\n      kindName\n      measureDate\n      note\n      recordedByName\n    }\n  }\n": types.HouseholdFollowupsDocument,
    "\n  query HelpableHouseholds($keyword: String!) {\n    helpableHouseholds(keyword: $keyword) {\n      id\n      headName\n      groupNo\n      address\n      members {\n        personId\n        name\n      }\n    }\n  }\n": types.HelpableHouseholdsDocument,
    "\n  mutation ProposeHouseholdChange($input: HouseholdChangeInput!) {\n    proposeHouseholdChange(input: $input) {\n      ...HouseholdChangeFields\n    }\n  }\n": types.ProposeHouseholdChangeDocument,
    "\n  mutation DecideHouseholdChange($id: ID!, $approve: Boolean!, $note: String, $version: Int!) {\n    decideHouseholdChange(id: $id, approve: $approve, note: $note, version: $version) {\n      ...HouseholdChangeFields\n    }\n  }\n": types.DecideHouseholdChangeDocument,
    "\n  mutation RecordHouseholdFollowup($input: HouseholdFollowupInput!) {\n    recordHouseholdFollowup(input: $input) {\n      id\n    }\n  }\n": types.RecordHouseholdFollowupDocument,
    "\n  fragment MemberFields on Member {\n    id\n    name\n    idMasked\n    sex\n    birthDate\n    age\n    relation\n    relationName\n    isHead\n    deceased\n    deathDate\n    phoneMasked\n    labourCapacity\n    disabilityType\n    disabilityGrade\n    disabilityCert\n    seriousIllness\n    schoolStatus\n    employmentStatus\n    statuses\n    fromDate\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment BenefitBriefFields on BenefitRecord {\n    id\n    personName\n    programCode\n    programName\n    status\n    statusName\n    monthlyAmountFen\n    departmentName\n  }\n": types.BenefitBriefFieldsFragmentDoc,
    "\n  fragment BenefitFields on BenefitRecord {\n    ...BenefitBriefFields\n    personId\n    startDate\n    endDate\n    source\n    departmentId\n  }\n": types.BenefitFieldsFragmentDoc,
    "\n  fragment MemberBriefFields on Member {\n    id\n    name\n    idMasked\n    sex\n    age\n    relation\n    relationName\n    isHead\n    deceased\n  }\n": types.MemberBriefFieldsFragmentDoc,
    "\n  fragment HouseholdHeadFields on Household {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    headName\n    memberCount\n    status\n    tier\n    tierName\n  }\n": types.HouseholdHeadFieldsFragmentDoc,
    "\n  fragment HouseholdSummaryFields on HouseholdSummary {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    residenceType\n    phoneMasked\n    headName\n    memberCount\n    status\n    tier\n    tierName\n    tierReason\n    members {\n      ...MemberBriefFields\n    }\n    benefits {\n      ...BenefitBriefFields\n    }\n  }\n": types.HouseholdSummaryFieldsFragmentDoc,
    "\n  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {\n    households(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...HouseholdSummaryFields\n      }\n      total\n      totalCapped\n      page\n      pageSize\n    }\n  }\n": types.HouseholdsDocument,
    "\n  fragment LegalSupporterFields on LegalSupporter {\n    id\n    personId\n    personName\n    name\n    idMasked\n    duty\n    relation\n    supporterPersonId\n    supporterHouseholdId\n    ability\n    unableReason\n    monthlyIncomeFen\n    note\n    updatedAt\n    version\n  }\n": types.LegalSupporterFieldsFragmentDoc,
    "\n  fragment AuthorisationFields on HouseholdAuthorisation {\n    id\n    signedOn\n    validUntil\n    scope\n    signerPersonIds\n    signerNames\n    fileId\n    fileName\n    note\n    recordedByName\n    createdAt\n    revokedAt\n    revokedReason\n    revokedByName\n    status\n    valid\n    version\n  }\n": types.AuthorisationFieldsFragmentDoc,
    "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdHeadFields\n      residenceType\n      phoneMasked\n      tierReason\n      members {\n        ...MemberFields\n      }\n      formerMembers {\n        ...MemberFields\n      }\n      benefits {\n        ...BenefitFields\n      }\n      incomes {\n        id\n        personId\n        personName\n        category\n        month\n        amountFen\n        note\n      }\n      assets {\n        id\n        personId\n        personName\n        kind\n        valueFen\n        detail {\n          type\n          areaM2\n          count\n          nonResidential\n          capitalFen\n        }\n        note\n      }\n      tierHistory {\n        id\n        fromTier\n        toTier\n        reason\n        actorName\n        at\n      }\n      events {\n        id\n        kind\n        summary\n        actorName\n        at\n      }\n      noLegalSupporterConfirmed\n      legalSupporters {\n        ...LegalSupporterFields\n      }\n      authorisations {\n        ...AuthorisationFields\n      }\n    }\n  }\n": types.HouseholdDocument,
    "\n  query CheckIdNumber($idNumber: String!) {\n    checkIdNumber(idNumber: $idNumber) {\n      valid\n      message\n      birthDate\n      sex\n      age\n      existing {\n        householdId\n        areaName\n        inScope\n        personName\n        active\n      }\n    }\n  }\n": types.CheckIdNumberDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n    }\n  }\n": types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($id: ID!, $input: HouseholdFieldsInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateHouseholdDocument,
    "\n  mutation AddMember($householdId: ID!, $member: MemberInput!) {\n    addMember(householdId: $householdId, member: $member) {\n      id\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInput!) {\n    updatePerson(personId: $personId, input: $input)\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ChangeHead($householdId: ID!, $newHeadPersonId: ID!, $formerHeadRelation: String!) {\n    changeHead(householdId: $householdId, newHeadPersonId: $newHeadPersonId, formerHeadRelation: $formerHeadRelation) {\n      id\n    }\n  }\n": types.ChangeHeadDocument,
    "\n  mutation MoveMember($personId: ID!, $toHouseholdId: ID!, $relation: String!, $newHeadPersonId: ID) {\n    moveMember(personId: $personId, toHouseholdId: $toHouseholdId, relation: $relation, newHeadPersonId: $newHeadPersonId)\n  }\n": types.MoveMemberDocument,
    "\n  mutation SplitHousehold($householdId: ID!, $input: SplitHouseholdInput!) {\n    splitHousehold(householdId: $householdId, input: $input)\n  }\n": types.SplitHouseholdDocument,
    "\n  mutation MergeHouseholds($sourceId: ID!, $targetId: ID!, $relations: [MemberRelationInput!]!) {\n    mergeHouseholds(sourceId: $sourceId, targetId: $targetId, relations: $relations)\n  }\n": types.MergeHouseholdsDocument,
    "\n  mutation MarkDeceased($personId: ID!, $deathDate: String!, $newHeadPersonId: ID) {\n    markDeceased(personId: $personId, deathDate: $deathDate, newHeadPersonId: $newHeadPersonId)\n  }\n": types.MarkDeceasedDocument,
    "\n  mutation Unmask($field: UnmaskField!, $reason: String!, $personId: ID, $householdId: ID) {\n    unmask(field: $field, reason: $reason, personId: $personId, householdId: $householdId)\n  }\n": types.UnmaskDocument,
    "\n  mutation SetIncome($input: IncomeInput!) {\n    setIncome(input: $input)\n  }\n": types.SetIncomeDocument,
    "\n  mutation DeleteIncome($id: ID!) {\n    deleteIncome(id: $id)\n  }\n": types.DeleteIncomeDocument,
    "\n  mutation AddAsset($input: AssetInput!) {\n    addAsset(input: $input)\n  }\n": types.AddAssetDocument,
    "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id)\n  }\n": types.DeleteAssetDocument,
    "\n  mutation AddLegalSupporter($input: LegalSupporterInput!) {\n    addLegalSupporter(input: $input)\n  }\n": types.AddLegalSupporterDocument,
    "\n  mutation UpdateLegalSupporter($id: ID!, $input: LegalSupporterUpdateInput!, $version: Int!) {\n    updateLegalSupporter(id: $id, input: $input, version: $version)\n  }\n": types.UpdateLegalSupporterDocument,
    "\n  mutation RemoveLegalSupporter($id: ID!, $version: Int!) {\n    removeLegalSupporter(id: $id, version: $version)\n  }\n": types.RemoveLegalSupporterDocument,
    "\n  mutation SetNoLegalSupporter($householdId: ID!, $confirmed: Boolean) {\n    setNoLegalSupporter(householdId: $householdId, confirmed: $confirmed)\n  }\n": types.SetNoLegalSupporterDocument,
    "\n  mutation RecordAuthorisation($input: AuthorisationInput!) {\n    recordAuthorisation(input: $input) {\n      id\n    }\n  }\n": types.RecordAuthorisationDocument,
    "\n  mutation RevokeAuthorisation($id: ID!, $reason: String!, $version: Int!) {\n    revokeAuthorisation(id: $id, reason: $reason, version: $version)\n  }\n": types.RevokeAuthorisationDocument,
    "\n  fragment LoginResultFields on LoginResult {\n    status\n    user {\n      ...CurrentUserFields\n    }\n    mfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": types.LoginResultFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...LoginResultFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      ...LoginResultFields\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  query ServiceWindows {\n    serviceWindows {\n      areaCode\n      areaName\n      levelName\n      isDistrict\n      name\n      defaultName\n      nameIsDefault\n      address\n      hours\n      phone\n      mapText\n      note\n      configured\n      updatedByName\n      updatedAt\n      version\n      editable\n    }\n  }\n": types.ServiceWindowsDocument,
    "\n  mutation UpdateServiceWindow($areaCode: String!, $input: ServiceWindowInput!, $version: Int!) {\n    updateServiceWindow(areaCode: $areaCode, input: $input, version: $version) {\n      areaCode\n      name\n      version\n    }\n  }\n": types.UpdateServiceWindowDocument,
    "\n  query ProgramPlainTexts {\n    programPlainTexts {\n      code\n      name\n      ownerCode\n      ownerName\n      shown {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      generated {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      edited {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      updatedByName\n      updatedAt\n      version\n      mayEdit\n    }\n  }\n": types.ProgramPlainTextsDocument,
    "\n  mutation UpdateProgramPlainText($code: String!, $input: ProgramPlainTextInput!, $version: Int!) {\n    updateProgramPlainText(code: $code, input: $input, version: $version) {\n      code\n      version\n    }\n  }\n": types.UpdateProgramPlainTextDocument,
    "\n  query Faqs {\n    faqs {\n      id\n      question\n      answer\n      programCode\n      programName\n      sortOrder\n      published\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n": types.FaqsDocument,
    "\n  mutation SaveFaq($id: ID, $input: FaqInput!, $version: Int!) {\n    saveFaq(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n": types.SaveFaqDocument,
    "\n  mutation DeleteFaq($id: ID!, $version: Int!) {\n    deleteFaq(id: $id, version: $version)\n  }\n": types.DeleteFaqDocument,
    "\n  query Programs($asOf: String) {\n    programs(asOf: $asOf) {\n      code\n      name\n      ownerCode\n      ownerName\n      description\n      legalBasis\n      conditions\n      amount\n      materials\n      steps\n      publicity\n      materialItems {\n        name\n        required\n        when\n      }\n      stepItems {\n        code\n        name\n        limitDays\n        limitKind\n        clockPaused\n        note\n      }\n      totalLimit {\n        days\n        kind\n        extendableTo\n        text\n      }\n      publicityRule {\n        required\n        days\n        kind\n        minors\n      }\n      versions {\n        id\n        effectiveFrom\n        changes\n        summary\n        reason\n        legalRef\n        note\n        recordedBy\n        department\n        inForce\n      }\n    }\n  }\n": types.ProgramsDocument,
    "\n  mutation AmendProgram($input: ProgramAmendmentInput!) {\n    amendProgram(input: $input) {\n      code\n      versions {\n        id\n        effectiveFrom\n        summary\n      }\n    }\n  }\n": types.AmendProgramDocument,
    "\n  query ProgramParameters($programCode: String, $asOf: String) {\n    parameters(programCode: $programCode, asOf: $asOf) {\n      code\n      name\n      unit\n      programCode\n      ownerCode\n      valueAt\n      codesAt\n      codes {\n        code\n        name\n      }\n      versions {\n        effectiveFrom\n        value\n        legalRef\n        note\n        reason\n        recordedBy\n      }\n    }\n  }\n": types.ProgramParametersDocument,
    "\n  mutation AddParameterVersion($input: ParameterVersionInput!) {\n    addParameterVersion(input: $input) {\n      code\n      valueAt\n    }\n  }\n": types.AddParameterVersionDocument,
    "\n  query PreviewParameterVersion($programCode: String!, $parameterCode: String!, $effectiveFrom: String!, $value: ParameterValueInput!, $sampleSize: Int) {\n    previewParameterVersion(programCode: $programCode, parameterCode: $parameterCode, effectiveFrom: $effectiveFrom, value: $value, sampleSize: $sampleSize) {\n      parameterName\n      programName\n      effectiveFrom\n      currentValue\n      proposedValue\n      poolSize\n      changedCount\n      rows {\n        householdId\n        areaName\n        headName\n        benefitStatus\n        beforeOutcome\n        beforeOutcomeName\n        beforeAmountFen\n        afterOutcome\n        afterOutcomeName\n        afterAmountFen\n        changed\n        otherChanges\n      }\n    }\n  }\n": types.PreviewParameterVersionDocument,
    "\n  fragment SimulationRowFields on SimulationRow {\n    programCode\n    programName\n    currentEligible\n    proposedEligible\n    gaining\n    losing\n    currentMonthlyFen\n    proposedMonthlyFen\n    deltaMonthlyFen\n  }\n": types.SimulationRowFieldsFragmentDoc,
    "\n  fragment SimulationFields on Simulation {\n    asOf\n    changes {\n      parameterCode\n      parameterName\n      currentValue\n      proposedValue\n    }\n    programs\n    households\n    householdsGaining\n    householdsLosing\n    currentMonthlyFen\n    proposedMonthlyFen\n    deltaMonthlyFen\n    elapsedMs\n    rows {\n      townCode\n      townName\n      ...SimulationRowFields\n    }\n    programTotals {\n      ...SimulationRowFields\n    }\n  }\n": types.SimulationFieldsFragmentDoc,
    "\n  fragment SimulationJobFields on SimulationJob {\n    id\n    asOf\n    status\n    statusName\n    total\n    processed\n    progress\n    areaName\n    requestedByName\n    error\n    mine\n    cancelRequested\n    createdAt\n    finishedAt\n    changes {\n      parameterName\n      proposedValue\n    }\n  }\n": types.SimulationJobFieldsFragmentDoc,
    "\n  mutation StartSimulation($changes: [ParameterChangeInput!]!, $asOf: String) {\n    startSimulation(changes: $changes, asOf: $asOf) {\n      ...SimulationJobFields\n    }\n  }\n": types.StartSimulationDocument,
    "\n  query SimulationJob($id: ID!) {\n    simulationJob(id: $id) {\n      ...SimulationJobFields\n      result {\n        ...SimulationFields\n      }\n    }\n  }\n": types.SimulationJobDocument,
    "\n  query SimulationJobs($page: Int!, $pageSize: Int!) {\n    simulationJobs(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...SimulationJobFields\n        result {\n          deltaMonthlyFen\n          households\n        }\n      }\n    }\n  }\n": types.SimulationJobsDocument,
    "\n  fragment ReassessmentJobFields on ReassessmentJob {\n    id\n    kind\n    kindName\n    programCode\n    programName\n    parameterName\n    asOf\n    status\n    statusName\n    total\n    processed\n    progress\n    areaCode\n    areaName\n    requestedByName\n    error\n    mine\n    cancelRequested\n    missedCount\n    reviewCount\n    createdAt\n    finishedAt\n  }\n": types.ReassessmentJobFieldsFragmentDoc,
    "\n  query ReassessmentJobs($page: Int!, $pageSize: Int!) {\n    reassessmentJobs(page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        ...ReassessmentJobFields\n      }\n    }\n  }\n": types.ReassessmentJobsDocument,
    "\n  query ReassessmentFindings($jobId: ID!, $kind: String, $townCode: String, $page: Int!, $pageSize: Int!) {\n    reassessmentFindings(jobId: $jobId, kind: $kind, townCode: $townCode, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        householdId\n        areaCode\n        areaName\n        headName\n        programName\n        kind\n        kindName\n        benefitStatus\n        beforeOutcomeName\n        afterOutcome\n        afterOutcomeName\n        beforeAmountFen\n        afterAmountFen\n      }\n    }\n  }\n": types.ReassessmentFindingsDocument,
    "\n  mutation StartReassessment($programCode: String!, $areaCode: String) {\n    startReassessment(programCode: $programCode, areaCode: $areaCode) {\n      ...ReassessmentJobFields\n    }\n  }\n": types.StartReassessmentDocument,
    "\n  query ScreenFacts($facts: ScreeningFactsInput!, $asOf: String) {\n    screenFacts(facts: $facts, asOf: $asOf) {\n      ...ScreeningResultFields\n    }\n  }\n": types.ScreenFactsDocument,
    "\n  query ScreeningHouseholdSearch($keyword: String!) {\n    households(filter: { keyword: $keyword }, page: 1, pageSize: 10) {\n      items {\n        id\n        headName\n        areaName\n        memberCount\n        tierName\n        access\n      }\n    }\n  }\n": types.ScreeningHouseholdSearchDocument,
    "\n  query PublicityEntries($page: Int!, $pageSize: Int!, $status: PublicityStatus, $areaCode: String) {\n    publicityEntries(page: $page, pageSize: $pageSize, status: $status, areaCode: $areaCode) {\n      total\n      items {\n        id\n        referralId\n        applicationId\n        receiptNo\n        programName\n        nameMasked\n        areaName\n        householdSize\n        amount\n        startsOn\n        endsOn\n        status\n        statusName\n        takenDownAt\n        objectionCount\n        isPublic\n      }\n    }\n  }\n": types.PublicityEntriesDocument,
    "\n  mutation RecordPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {\n    recordPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {\n      id\n      status\n      statusName\n      objectionCount\n      isPublic\n    }\n  }\n": types.RecordPublicityObjectionDocument,
    "\n  query PublicityObjections($entryId: ID!) {\n    publicityObjections(entryId: $entryId) {\n      id\n      source\n      sourceName\n      content\n      contactName\n      contactPhoneMasked\n      recordedByName\n      createdAt\n    }\n  }\n": types.PublicityObjectionsDocument,
    "\n  query Settings {\n    settings {\n      key\n      name\n      description\n      value\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n": types.SettingsDocument,
    "\n  mutation UpdateSetting($key: SettingKey!, $value: String!, $version: Int!) {\n    updateSetting(key: $key, value: $value, version: $version) {\n      key\n      value\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n": types.UpdateSettingDocument,
    "\n  mutation SetUserMobile($userId: ID!, $mobile: String) {\n    setUserMobile(userId: $userId, mobile: $mobile)\n  }\n": types.SetUserMobileDocument,
    "\n  query MyMobile {\n    me {\n      id\n      mobileMasked\n    }\n  }\n": types.MyMobileDocument,
    "\n  mutation SetMyMobile($mobile: String) {\n    setMyMobile(mobile: $mobile)\n  }\n": types.SetMyMobileDocument,
    "\n  query SmsMessages($status: SmsStatus, $page: Int!, $pageSize: Int!) {\n    smsMessages(status: $status, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        eventType\n        templateCode\n        recipientKind\n        phoneMasked\n        content\n        areaCode\n        urgent\n        status\n        attempts\n        nextAttemptAt\n        provider\n        lastError\n        sentAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n": types.SmsMessagesDocument,
    "\n  mutation RetrySmsMessage($id: ID!) {\n    retrySmsMessage(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": types.RetrySmsMessageDocument,
    "\n  query SmsTemplates {\n    smsTemplates {\n      code\n      name\n      recipientKind\n      eventType\n      content\n      allowedVariables\n      variables {\n        name\n        label\n      }\n      amountsApproved\n      enabled\n      urgent\n      providerTemplateId\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n": types.SmsTemplatesDocument,
    "\n  query PreviewSmsTemplate($code: String!, $content: String!, $amountsApproved: Boolean!) {\n    previewSmsTemplate(code: $code, content: $content, amountsApproved: $amountsApproved) {\n      content\n      length\n      problems\n    }\n  }\n": types.PreviewSmsTemplateDocument,
    "\n  mutation UpdateSmsTemplate($code: String!, $input: SmsTemplateInput!, $version: Int!) {\n    updateSmsTemplate(code: $code, input: $input, version: $version) {\n      code\n      content\n      enabled\n      urgent\n      amountsApproved\n      providerTemplateId\n      version\n    }\n  }\n": types.UpdateSmsTemplateDocument,
    "\n  query SmsProviderConfig {\n    smsProviderConfig {\n      provider\n      source\n      endpoint\n      accessKeyId\n      secretSet\n      signName\n      sdkAppId\n      region\n      ratePerSecond\n      receiptTokenSet\n      quietStart\n      quietEnd\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n": types.SmsProviderConfigDocument,
    "\n  mutation UpdateSmsProviderConfig($input: SmsProviderConfigInput!, $version: Int!) {\n    updateSmsProviderConfig(input: $input, version: $version) {\n      provider\n      source\n      secretSet\n      receiptTokenSet\n      version\n    }\n  }\n": types.UpdateSmsProviderConfigDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    areaCode\n    areaName\n    departmentId\n    departmentName\n    roles\n    roleNames\n    disabled\n    lockedUntil\n    mfaEnabled\n    mobileMasked\n    lastLoginAt\n    createdAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($keyword: String, $areaCode: String, $role: String, $page: Int!, $pageSize: Int!) {\n    users(keyword: $keyword, areaCode: $areaCode, role: $role, page: $page, pageSize: $pageSize) {\n      items {\n        ...UserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserFields\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword)\n  }\n": types.ResetUserPasswordDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      ...SessionFields\n    }\n  }\n": types.UserSessionsDocument,
    "\n  mutation ResetUserMfa($id: ID!) {\n    resetUserMfa(id: $id) {\n      ...UserFields\n    }\n  }\n": types.ResetUserMfaDocument,
    "\n  fragment AdminChangeFields on AdminChangeRequest {\n    id\n    kind\n    kindName\n    status\n    statusName\n    targetUserId\n    targetUsername\n    targetName\n    targetRoleNames\n    roleNames\n    requestedByName\n    requestedRoleName\n    requestedAt\n    expiresAt\n    decidedByName\n    decidedRoleName\n    decidedAt\n    decisionNote\n    canDecide\n    cannotDecideReason\n  }\n": types.AdminChangeFieldsFragmentDoc,
    "\n  query AdminChangeRequests($pending: Boolean!, $page: Int!, $pageSize: Int!) {\n    adminChangeRequests(pending: $pending, page: $page, pageSize: $pageSize) {\n      items {\n        ...AdminChangeFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.AdminChangeRequestsDocument,
    "\n  mutation RequestAdminChange($input: AdminChangeInput!) {\n    requestAdminChange(input: $input) {\n      ...AdminChangeFields\n    }\n  }\n": types.RequestAdminChangeDocument,
    "\n  mutation ConfirmAdminChange($id: ID!) {\n    confirmAdminChange(id: $id) {\n      ...AdminChangeFields\n    }\n  }\n": types.ConfirmAdminChangeDocument,
    "\n  mutation RejectAdminChange($id: ID!, $note: String) {\n    rejectAdminChange(id: $id, note: $note) {\n      ...AdminChangeFields\n    }\n  }\n": types.RejectAdminChangeDocument,
    "\n  fragment VerificationListFields on Verification {\n    id\n    no\n    householdId\n    headName\n    areaCode\n    areaName\n    referralId\n    status\n    statusName\n    dueDate\n    overdue\n    startedByName\n    startedAt\n    draftedByName\n    approvedByName\n    conclusion\n    reportId\n    version\n  }\n": types.VerificationListFieldsFragmentDoc,
    "\n  query Verifications($filter: VerificationFilterInput, $page: Int!, $pageSize: Int!) {\n    verifications(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...VerificationListFields\n      }\n    }\n  }\n": types.VerificationsDocument,
    "\n  fragment VerificationSourceFields on VerificationSource {\n    dataset\n    name\n    status\n    statusName\n    asOf\n    queriedAt\n    rows\n  }\n": types.VerificationSourceFieldsFragmentDoc,
    "\n  fragment VerificationIncomeFields on VerificationIncome {\n    month\n    lines {\n      category\n      name\n      amountFen\n      counted\n    }\n    deductionFen\n    monthlyIncomeFen\n    countedMembers\n    perCapitaIncomeFen\n    explanation\n  }\n": types.VerificationIncomeFieldsFragmentDoc,
    "\n  fragment VerificationAssetsFields on VerificationAssets {\n    financialAssetsFen\n    financialAssetsPerCapitaFen\n    homeCount\n    hasNonResidentialProperty\n    vehicles {\n      nameMasked\n      type\n      source\n    }\n    nonExemptVehicles\n    businessCapitalFen\n    lines\n  }\n": types.VerificationAssetsFieldsFragmentDoc,
    "\n  fragment VerificationProgramResultFields on VerificationProgramResult {\n    code\n    name\n    outcome\n    outcomeName\n    estimatedMonthlyFen\n    missingFacts\n    lines\n  }\n": types.VerificationProgramResultFieldsFragmentDoc,
    "\n  fragment VerificationFindingFields on VerificationFinding {\n    ruleNo\n    ruleName\n    severity\n    status\n    statusName\n    summary\n  }\n": types.VerificationFindingFieldsFragmentDoc,
    "\n  fragment VerificationMemberFields on VerificationMember {\n    nameMasked\n    idMasked\n    relation\n    relationName\n    sex\n    age\n    notes\n  }\n": types.VerificationMemberFieldsFragmentDoc,
    "\n  fragment VerificationReportFields on VerificationReport {\n    id\n    no\n    version\n    householdId\n    verificationId\n    issuedAt\n    validUntil\n    valid\n    expired\n    superseded\n    conclusion\n    conclusionName\n    draftedByName\n    approvedByName\n    pdfUrl\n  }\n": types.VerificationReportFieldsFragmentDoc,
    "\n  query Verification($id: ID!) {\n    verification(id: $id) {\n      ...VerificationListFields\n      householdAddress\n      reason\n      draftedAt\n      draftedByMe\n      viewerCanManage\n      viewerCanApprove\n      approvedAt\n      returnedReason\n      cancelledReason\n      conclusionName\n      conclusionNote\n      computedAt\n      computation {\n        computedAt\n        asOf\n        members {\n          ...VerificationMemberFields\n        }\n        income {\n          ...VerificationIncomeFields\n        }\n        assets {\n          ...VerificationAssetsFields\n        }\n        evidenceLines\n        missing\n        programs {\n          ...VerificationProgramResultFields\n        }\n        findings {\n          ...VerificationFindingFields\n        }\n        proposedConclusion\n        proposedConclusionName\n        proposedReason\n      }\n      records {\n        id\n        method\n        methodName\n        summary\n        dataMatch {\n          queriedAt\n          members\n          sources {\n            ...VerificationSourceFields\n          }\n        }\n        homeVisit {\n          visitedOn\n          housing\n          areaM2\n          livingConditions\n          appliances\n          observations\n          staffNames\n          householdSigned\n        }\n        neighbour {\n          visitedOn\n          interviewees {\n            name\n            relation\n            statement\n          }\n        }\n        letter {\n          sentOn\n          recipient\n          subject\n          answeredOn\n          answer\n        }\n        democraticReview {\n          heldOn\n          participantCount\n          participantNames\n          agree\n          disagree\n          abstain\n          opinion\n        }\n        fileIds\n        recordedByName\n        recordedAt\n      }\n      authorisationId\n      report {\n        ...VerificationReportFields\n      }\n    }\n  }\n": types.VerificationDocument,
    "\n  query VerificationAuthorisations($id: ID!) {\n    household(id: $id) {\n      id\n      authorisations {\n        id\n        signedOn\n        validUntil\n        valid\n        status\n        scope\n        signerNames\n      }\n    }\n  }\n": types.VerificationAuthorisationsDocument,
    "\n  query VerificationReport($id: ID!) {\n    verificationReport(id: $id) {\n      ...VerificationReportFields\n      content {\n        header {\n          title\n          office\n          reportNo\n          version\n          verificationNo\n          issuedAt\n          validUntil\n          queriedAt\n          authorisation {\n            signedOn\n            validUntil\n            scope\n            scopeNames\n          }\n        }\n        household {\n          headNameMasked\n          address\n          areaName\n          residenceType\n          residenceTypeName\n          memberCount\n        }\n        members {\n          ...VerificationMemberFields\n        }\n        income {\n          ...VerificationIncomeFields\n        }\n        assets {\n          ...VerificationAssetsFields\n        }\n        findings {\n          ...VerificationFindingFields\n        }\n        sources {\n          ...VerificationSourceFields\n        }\n        methods {\n          method\n          name\n          recordedAt\n          recordedByName\n          summary\n        }\n        programs {\n          ...VerificationProgramResultFields\n        }\n        conclusion {\n          code\n          name\n          note\n          proposed\n          proposedReason\n        }\n        draftedByName\n        approvedByName\n      }\n    }\n  }\n": types.VerificationReportDocument,
    "\n  query ReferralVerificationReport($id: ID!) {\n    referral(id: $id) {\n      referral {\n        id\n        verificationReport {\n          ...VerificationReportFields\n        }\n      }\n    }\n  }\n": types.ReferralVerificationReportDocument,
    "\n  mutation StartHouseholdVerification($householdId: ID!, $referralRef: ReferralRefInput) {\n    startHouseholdVerification(householdId: $householdId, referralRef: $referralRef) {\n      id\n      no\n    }\n  }\n": types.StartHouseholdVerificationDocument,
    "\n  mutation RunDataMatch($id: ID!) {\n    runDataMatch(id: $id) {\n      id\n      version\n    }\n  }\n": types.RunDataMatchDocument,
    "\n  mutation AddVerificationRecord($id: ID!, $method: VerificationMethod!, $payload: VerificationPayloadInput!, $fileIds: [ID!]) {\n    addVerificationRecord(id: $id, method: $method, payload: $payload, fileIds: $fileIds) {\n      id\n      version\n    }\n  }\n": types.AddVerificationRecordDocument,
    "\n  mutation ComputeVerification($id: ID!) {\n    computeVerification(id: $id) {\n      id\n      version\n    }\n  }\n": types.ComputeVerificationDocument,
    "\n  mutation DraftVerification($id: ID!, $conclusion: VerificationConclusion!, $note: String, $version: Int!) {\n    draftVerification(id: $id, conclusion: $conclusion, note: $note, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": types.DraftVerificationDocument,
    "\n  mutation ApproveVerification($id: ID!, $version: Int!) {\n    approveVerification(id: $id, version: $version) {\n      id\n      no\n      version\n    }\n  }\n": types.ApproveVerificationDocument,
    "\n  mutation ReturnVerification($id: ID!, $reason: String!, $version: Int!) {\n    returnVerification(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n": types.ReturnVerificationDocument,
    "\n  mutation CancelVerification($id: ID!, $reason: String!) {\n    cancelVerification(id: $id, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n": types.CancelVerificationDocument,
    "\n  mutation RequestReverification($ref: ReferralRefInput!, $reason: String!) {\n    requestReverification(ref: $ref, reason: $reason) {\n      id\n      no\n    }\n  }\n": types.RequestReverificationDocument,
    "\n  query IntakeReportCoverage($householdId: ID!) {\n    household(id: $householdId) {\n      id\n      verificationReport {\n        id\n        no\n        validUntil\n      }\n    }\n    programs {\n      code\n      materialItems {\n        name\n        coveredByReport\n      }\n    }\n  }\n": types.IntakeReportCoverageDocument,
    "\n  fragment ReferralFields on Referral {\n    id\n    access\n    version\n    applicationId\n    receiptNo\n    programCode\n    programName\n    departmentId\n    departmentName\n    status\n    statusName\n    outcome\n    outcomeName\n    reason\n    householdId\n    headName\n    areaCode\n    areaName\n    tier\n    tierName\n    personId\n    personName\n    clock {\n      startDate\n      limitDays\n      elapsedDays\n      remainingDays\n      dueDate\n      warnDate\n      level\n      levelName\n      paused\n      overdueDays\n    }\n    signDue\n    escalationLevel\n    escalationName\n    extendableTo\n    extensionDays\n    supplementNote\n    supplementDue\n    publicityStart\n    publicityEnd\n    decisionAmountFen\n    decisionStartMonth\n    decisionReason\n    legalRemedy\n    benefitId\n    transferredFromId\n    transferredToId\n    closedOn\n    screening {\n      outcome\n      outcomeName\n      estimatedMonthlyFen\n      missingFacts\n      excludedBy\n    }\n    duplicateReason\n    duplicateOf {\n      kind\n      programName\n      personName\n      statusName\n      departmentName\n      receiptNo\n      startDate\n      monthlyAmountFen\n      areaName\n      inScope\n    }\n    mine\n    createdAt\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  fragment HistoryFields on WorkflowHistoryEntry {\n    id\n    referralId\n    kind\n    kindName\n    fromStatus\n    toStatus\n    note\n    actorName\n    actorDepartment\n    at\n  }\n": types.HistoryFieldsFragmentDoc,
    "\n  fragment MaterialFields on ApplicationMaterial {\n    id\n    programCode\n    name\n    provided\n    fileIds\n    note\n    coveredByReport\n  }\n": types.MaterialFieldsFragmentDoc,
    "\n  fragment ApplicationFields on Application {\n    id\n    access\n    receiptNo\n    queryNo\n    status\n    statusName\n    channel\n    channelName\n    urgent\n    householdId\n    headName\n    address\n    areaCode\n    areaName\n    applicantPersonId\n    applicantName\n    contact {\n      name\n      address\n      phoneMasked\n      idMasked\n      householdSize\n      consentAt\n    }\n    advanceRelief {\n      amountYuan\n      grantDate\n      paperworkDue\n      grantedByName\n      regularized\n    }\n    description\n    requested {\n      programCode\n      programName\n      personId\n      reason\n    }\n    rejectReason\n    windowAreaName\n    acceptedAt\n    acceptedByName\n    createdAt\n    createdByName\n    closedAt\n    authorizationSigned\n    version\n    referralCount\n    doneCount\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  query Applications($filter: ApplicationFilterInput, $page: Int!, $pageSize: Int!) {\n    applications(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...ApplicationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.ApplicationsDocument,
    "\n  query PendingPreApplicationCount {\n    applications(filter: { statuses: [\"PENDING_CONFIRM\"] }, page: 1, pageSize: 1) {\n      total\n    }\n  }\n": types.PendingPreApplicationCountDocument,
    "\n  query ApplicationDetail($id: ID!) {\n    application(id: $id) {\n      application {\n        ...ApplicationFields\n      }\n      referrals {\n        ...ReferralFields\n      }\n      materials {\n        ...MaterialFields\n      }\n      history {\n        ...HistoryFields\n      }\n    }\n  }\n": types.ApplicationDetailDocument,
    "\n  query Referrals($filter: ReferralFilterInput, $page: Int!, $pageSize: Int!) {\n    referrals(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...ReferralFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.ReferralsDocument,
    "\n  query WorkbenchCounts {\n    pendingSign: referrals(filter: { mine: true, statuses: [\"PENDING_SIGN\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    processing: referrals(filter: { mine: true, statuses: [\"PROCESSING\", \"VERIFYING\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    supplement: referrals(filter: { mine: true, statuses: [\"SUPPLEMENT\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    publicity: referrals(filter: { mine: true, statuses: [\"PUBLICITY\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    amber: referrals(filter: { mine: true, level: \"AMBER\" }, page: 1, pageSize: 1) {\n      total\n    }\n    red: referrals(filter: { mine: true, level: \"RED\" }, page: 1, pageSize: 1) {\n      total\n    }\n  }\n": types.WorkbenchCountsDocument,
    "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      referral {\n        ...ReferralFields\n      }\n      history {\n        ...HistoryFields\n      }\n      supervisions {\n        id\n        referralId\n        level\n        levelName\n        message\n        issuedByName\n        issuedAt\n        answerDue\n        response\n        respondedByName\n        respondedAt\n      }\n      extensions {\n        id\n        referralId\n        days\n        reason\n        status\n        requestedByName\n        requestedAt\n        decidedByName\n        decidedAt\n        decisionNote\n      }\n      materials {\n        ...MaterialFields\n      }\n    }\n  }\n": types.ReferralDetailDocument,
    "\n  fragment SupervisionBoardRowFields on SupervisionBoardRow {\n    key\n    name\n    open\n    pendingSign\n    amber\n    red\n    paused\n    closed\n    closedOnTime\n    unansweredSupervisions\n  }\n": types.SupervisionBoardRowFieldsFragmentDoc,
    "\n  query SupervisionBoard {\n    supervisionBoard {\n      asOf\n      advanceReliefs {\n        ...AdvanceReliefFields\n      }\n      byDepartment {\n        ...SupervisionBoardRowFields\n      }\n      byTown {\n        ...SupervisionBoardRowFields\n      }\n      items {\n        ...ReferralFields\n      }\n    }\n  }\n": types.SupervisionBoardDocument,
    "\n  query PendingExtensions {\n    pendingExtensions {\n      id\n      referralId\n      days\n      reason\n      status\n      requestedByName\n      requestedAt\n      receiptNo\n      programName\n      departmentName\n      areaName\n      dueDate\n    }\n  }\n": types.PendingExtensionsDocument,
    "\n  query IntakePrograms {\n    programs {\n      code\n      name\n      ownerCode\n      ownerName\n      materials\n      publicity\n      subject\n      publicityRule {\n        required\n        days\n        minors\n      }\n    }\n  }\n": types.IntakeProgramsDocument,
    "\n  query IntakeHousehold($id: ID!) {\n    household(id: $id) {\n      ...HouseholdHeadFields\n      members {\n        ...MemberBriefFields\n      }\n    }\n  }\n": types.IntakeHouseholdDocument,
    "\n  mutation RegisterApplication($input: ApplicationInput!) {\n    registerApplication(input: $input) {\n      id\n      receiptNo\n      referralIds\n    }\n  }\n": types.RegisterApplicationDocument,
    "\n  mutation ConfirmPreApplication($id: ID!, $input: ApplicationInput!) {\n    confirmPreApplication(id: $id, input: $input) {\n      id\n      receiptNo\n      referralIds\n    }\n  }\n": types.ConfirmPreApplicationDocument,
    "\n  mutation RejectPreApplication($id: ID!, $reason: String!) {\n    rejectPreApplication(id: $id, reason: $reason)\n  }\n": types.RejectPreApplicationDocument,
    "\n  mutation FollowUpReferral($id: ID!, $note: String!) {\n    followUpReferral(id: $id, note: $note)\n  }\n": types.FollowUpReferralDocument,
    "\n  mutation ProvideSupplement($ref: ReferralRefInput!, $note: String!, $fileIds: [ID!]) {\n    provideSupplement(ref: $ref, note: $note, fileIds: $fileIds) {\n      ...ReferralFields\n    }\n  }\n": types.ProvideSupplementDocument,
    "\n  mutation ResubmitReferral($ref: ReferralRefInput!, $note: String!) {\n    resubmitReferral(ref: $ref, note: $note) {\n      ...ReferralFields\n    }\n  }\n": types.ResubmitReferralDocument,
    "\n  mutation WithdrawReferral($ref: ReferralRefInput!, $reason: String!) {\n    withdrawReferral(ref: $ref, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": types.WithdrawReferralDocument,
    "\n  query ReportPrograms {\n    programs {\n      code\n      name\n      ownerName\n    }\n  }\n": types.ReportProgramsDocument,
    "\n  mutation SubmitPreApplication($input: PreApplicationInput!) {\n    submitPreApplication(input: $input)\n  }\n": types.SubmitPreApplicationDocument,
    "\n  query MyPreApplications($page: Int!, $pageSize: Int!) {\n    myPreApplications(page: $page, pageSize: $pageSize) {\n      items {\n        id\n        contactName\n        address\n        programNames\n        urgent\n        status\n        statusName\n        receiptNo\n        rejectReason\n        createdAt\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.MyPreApplicationsDocument,
    "\n  mutation SignReferrals($refs: [ReferralRefInput!]!) {\n    signReferrals(refs: $refs) {\n      id\n      ok\n      message\n    }\n  }\n": types.SignReferralsDocument,
    "\n  mutation RequestSupplement($ref: ReferralRefInput!, $note: String!, $dueDate: String) {\n    requestSupplement(ref: $ref, note: $note, dueDate: $dueDate) {\n      ...ReferralFields\n    }\n  }\n": types.RequestSupplementDocument,
    "\n  mutation DecideReferral($ref: ReferralRefInput!, $input: DecisionInput!) {\n    decideReferral(ref: $ref, input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.DecideReferralDocument,
    "\n  mutation CompletePublicity($ref: ReferralRefInput!, $objection: String) {\n    completePublicity(ref: $ref, objection: $objection) {\n      ...ReferralFields\n    }\n  }\n": types.CompletePublicityDocument,
    "\n  mutation TransferReferral($ref: ReferralRefInput!, $targetProgramCode: String!, $reason: String!) {\n    transferReferral(ref: $ref, targetProgramCode: $targetProgramCode, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": types.TransferReferralDocument,
    "\n  mutation ReturnReferral($ref: ReferralRefInput!, $reason: String!) {\n    returnReferral(ref: $ref, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": types.ReturnReferralDocument,
    "\n  mutation RequestExtension($referralId: ID!, $days: Int!, $reason: String!) {\n    requestExtension(referralId: $referralId, days: $days, reason: $reason)\n  }\n": types.RequestExtensionDocument,
    "\n  mutation AnswerSupervision($id: ID!, $response: String!) {\n    answerSupervision(id: $id, response: $response)\n  }\n": types.AnswerSupervisionDocument,
    "\n  mutation SuperviseReferral($referralId: ID!, $message: String!) {\n    superviseReferral(referralId: $referralId, message: $message)\n  }\n": types.SuperviseReferralDocument,
    "\n  mutation DecideExtension($id: ID!, $approve: Boolean!, $note: String) {\n    decideExtension(id: $id, approve: $approve, note: $note)\n  }\n": types.DecideExtensionDocument,
    "\n  fragment AdvanceReliefFields on AdvanceRelief {\n    id\n    applicationId\n    receiptNo\n    queryNo\n    name\n    areaCode\n    areaName\n    amountYuan\n    reason\n    grantDate\n    paperworkDue\n    grantedByName\n    state\n    stateName\n  }\n": types.AdvanceReliefFieldsFragmentDoc,
    "\n  query AdvanceReliefRules {\n    advanceReliefRules {\n      maxYuan\n      paperworkDays\n    }\n  }\n": types.AdvanceReliefRulesDocument,
    "\n  mutation GrantAdvanceRelief($applicationId: ID!, $amountYuan: Float!, $reason: String!) {\n    grantAdvanceRelief(applicationId: $applicationId, amountYuan: $amountYuan, reason: $reason) {\n      ...AdvanceReliefFields\n    }\n  }\n": types.GrantAdvanceReliefDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on CurrentUser {\n    id\n    username\n    displayName\n    roles\n    roleNames\n    permissions\n    areaCode\n    areaName\n    areaLevel\n    departmentId\n    departmentName\n    mfaEnabled\n    mustChangePassword\n    securityNotices {\n      id\n      kind\n      status\n      message\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on CurrentUser {\n    id\n    username\n    displayName\n    roles\n    roleNames\n    permissions\n    areaCode\n    areaName\n    areaLevel\n    departmentId\n    departmentName\n    mfaEnabled\n    mustChangePassword\n    securityNotices {\n      id\n      kind\n      status\n      message\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AreaFields on Area {\n    code\n    name\n    level\n    levelName\n    parentCode\n    childCount\n  }\n"): (typeof documents)["\n  fragment AreaFields on Area {\n    code\n    name\n    level\n    levelName\n    parentCode\n    childCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaChildren($parentCode: String) {\n    areaChildren(parentCode: $parentCode) {\n      ...AreaFields\n    }\n  }\n"): (typeof documents)["\n  query AreaChildren($parentCode: String) {\n    areaChildren(parentCode: $parentCode) {\n      ...AreaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      code\n      name\n      description\n      admin\n      permissions {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      code\n      name\n      description\n      admin\n      permissions {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentOptions {\n    departments(page: 1, pageSize: 100) {\n      items {\n        id\n        code\n        name\n        shortName\n      }\n      total\n    }\n  }\n"): (typeof documents)["\n  query DepartmentOptions {\n    departments(page: 1, pageSize: 100) {\n      items {\n        id\n        code\n        name\n        shortName\n      }\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScreeningResultFields on ScreeningResult {\n    programCode\n    programName\n    owner\n    ownerName\n    outcome\n    outcomeName\n    missingFacts\n    excludedBy\n    estimatedMonthlyFen\n    notes\n    trace\n    parameters\n  }\n"): (typeof documents)["\n  fragment ScreeningResultFields on ScreeningResult {\n    programCode\n    programName\n    owner\n    ownerName\n    outcome\n    outcomeName\n    missingFacts\n    excludedBy\n    estimatedMonthlyFen\n    notes\n    trace\n    parameters\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreenHousehold($householdId: ID!, $asOf: String) {\n    screenHousehold(householdId: $householdId, asOf: $asOf) {\n      ...ScreeningResultFields\n    }\n  }\n"): (typeof documents)["\n  query ScreenHousehold($householdId: ID!, $asOf: String) {\n    screenHousehold(householdId: $householdId, asOf: $asOf) {\n      ...ScreeningResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on SessionInfo {\n    id\n    createdAt\n    lastSeenAt\n    ip\n    userAgent\n    current\n  }\n"): (typeof documents)["\n  fragment SessionFields on SessionInfo {\n    id\n    createdAt\n    lastSeenAt\n    ip\n    userAgent\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginMfaSetup {\n    beginMfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation BeginMfaSetup {\n    beginMfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaSetup($code: String!) {\n    confirmMfaSetup(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaSetup($code: String!) {\n    confirmMfaSetup(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeSecurityNotices {\n    acknowledgeSecurityNotices\n  }\n"): (typeof documents)["\n  mutation AcknowledgeSecurityNotices {\n    acknowledgeSecurityNotices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($unreadOnly: Boolean, $page: Int!, $pageSize: Int!) {\n    myNotifications(unreadOnly: $unreadOnly, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($unreadOnly: Boolean, $page: Int!, $pageSize: Int!) {\n    myNotifications(unreadOnly: $unreadOnly, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    departmentId\n    departmentName\n    areaCode\n    areaName\n    scopes\n    permissions\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    departmentId\n    departmentName\n    areaCode\n    areaName\n    scopes\n    permissions\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($page: Int!, $pageSize: Int!) {\n    apiTokens(page: $page, pageSize: $pageSize) {\n      items {\n        ...ApiTokenFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($page: Int!, $pageSize: Int!) {\n    apiTokens(page: $page, pageSize: $pageSize) {\n      items {\n        ...ApiTokenFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokenScopes {\n    apiTokenScopes {\n      scope\n      name\n      description\n      needsDepartment\n      permissions {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokenScopes {\n    apiTokenScopes {\n      scope\n      name\n      description\n      needsDepartment\n      permissions {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Areas($parentCode: String, $keyword: String, $page: Int!, $pageSize: Int!) {\n    areas(parentCode: $parentCode, keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...AreaFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Areas($parentCode: String, $keyword: String, $page: Int!, $pageSize: Int!) {\n    areas(parentCode: $parentCode, keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...AreaFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArea($input: AreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArea($input: AreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArea($code: String!, $name: String!) {\n    updateArea(code: $code, name: $name) {\n      ...AreaFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArea($code: String!, $name: String!) {\n    updateArea(code: $code, name: $name) {\n      ...AreaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArea($code: String!) {\n    deleteArea(code: $code)\n  }\n"): (typeof documents)["\n  mutation DeleteArea($code: String!) {\n    deleteArea(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($filter: AuditLogFilterInput, $page: Int!, $pageSize: Int!) {\n    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        pos\n        at\n        actorName\n        role\n        areaCode\n        areaName\n        action\n        actionName\n        entityType\n        entityId\n        changes {\n          field\n          label\n          before\n          after\n        }\n        details {\n          key\n          label\n          value\n        }\n        ip\n        userAgent\n        requestId\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($filter: AuditLogFilterInput, $page: Int!, $pageSize: Int!) {\n    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        pos\n        at\n        actorName\n        role\n        areaCode\n        areaName\n        action\n        actionName\n        entityType\n        entityId\n        changes {\n          field\n          label\n          before\n          after\n        }\n        details {\n          key\n          label\n          value\n        }\n        ip\n        userAgent\n        requestId\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerify {\n    auditVerify {\n      ok\n      checked\n      firstBadPos\n      problem\n      message\n    }\n  }\n"): (typeof documents)["\n  query AuditVerify {\n    auditVerify {\n      ok\n      checked\n      firstBadPos\n      problem\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarDayFields on CalendarDay {\n    date\n    kind\n    kindName\n    name\n    weekday\n    source\n    updatedByName\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CalendarDayFields on CalendarDay {\n    date\n    kind\n    kindName\n    name\n    weekday\n    source\n    updatedByName\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      year\n      hasYear\n      missingYears\n      days {\n        ...CalendarDayFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarDays($year: Int!) {\n    calendarDays(year: $year) {\n      year\n      hasYear\n      missingYears\n      days {\n        ...CalendarDayFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($date: String!, $kind: DayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      ...CalendarDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($date: String!, $kind: DayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      ...CalendarDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarDay($date: String!) {\n    removeCalendarDay(date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTodos {\n    myTodos {\n      pendingSign\n      amber\n      red\n      leadsToConfirm\n      extensionReviews\n      adminChangeReviews\n    }\n  }\n"): (typeof documents)["\n  query MyTodos {\n    myTodos {\n      pendingSign\n      amber\n      red\n      leadsToConfirm\n      extensionReviews\n      adminChangeReviews\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    shortName\n    areaCode\n    userCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    shortName\n    areaCode\n    userCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments($keyword: String, $page: Int!, $pageSize: Int!) {\n    departments(keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...DepartmentFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Departments($keyword: String, $page: Int!, $pageSize: Int!) {\n    departments(keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...DepartmentFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitTaskFields on VisitTask {\n    id\n    ruleCode\n    ruleName\n    householdId\n    headName\n    personName\n    areaCode\n    areaName\n    summary\n    lines {\n      label\n      value\n    }\n    dueDate\n    overdue\n    status\n    statusName\n    outcome\n    outcomeName\n    outcomeNote\n    doneByName\n    doneAt\n    version\n  }\n"): (typeof documents)["\n  fragment VisitTaskFields on VisitTask {\n    id\n    ruleCode\n    ruleName\n    householdId\n    headName\n    personName\n    areaCode\n    areaName\n    summary\n    lines {\n      label\n      value\n    }\n    dueDate\n    overdue\n    status\n    statusName\n    outcome\n    outcomeName\n    outcomeNote\n    doneByName\n    doneAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitTasks($status: VisitStatus, $ruleCode: String, $page: Int, $pageSize: Int) {\n    visitTasks(status: $status, ruleCode: $ruleCode, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...VisitTaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisitTasks($status: VisitStatus, $ruleCode: String, $page: Int, $pageSize: Int) {\n    visitTasks(status: $status, ruleCode: $ruleCode, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...VisitTaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoveryOverview {\n    discoveryRules {\n      code\n      name\n      description\n      parameters\n    }\n    visitTaskStats {\n      ruleCode\n      ruleName\n      total\n      open\n      overdue\n      applied\n      notNeeded\n      refused\n    }\n  }\n"): (typeof documents)["\n  query DiscoveryOverview {\n    discoveryRules {\n      code\n      name\n      description\n      parameters\n    }\n    visitTaskStats {\n      ruleCode\n      ruleName\n      total\n      open\n      overdue\n      applied\n      notNeeded\n      refused\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisitOutcome($id: ID!, $outcome: VisitOutcome!, $note: String, $version: Int!) {\n    recordVisitOutcome(id: $id, outcome: $outcome, note: $note, version: $version) {\n      ...VisitTaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisitOutcome($id: ID!, $outcome: VisitOutcome!, $note: String, $version: Int!) {\n    recordVisitOutcome(id: $id, outcome: $outcome, note: $note, version: $version) {\n      ...VisitTaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDiscovery {\n    runDiscovery {\n      code\n      name\n      found\n      created\n    }\n  }\n"): (typeof documents)["\n  mutation RunDiscovery {\n    runDiscovery {\n      code\n      name\n      found\n      created\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingFields on Finding {\n    id\n    ruleNo\n    ruleName\n    severity\n    status\n    summary\n    personName\n    idMasked\n    householdId\n    programName\n    departmentName\n    areaCode\n    areaName\n    townName\n    dueDate\n    overdue\n    createdAt\n    reviewerName\n    reason\n    decidedAt\n    taskStatus\n    taskOutcome\n    taskNote\n    version\n  }\n"): (typeof documents)["\n  fragment FindingFields on Finding {\n    id\n    ruleNo\n    ruleName\n    severity\n    status\n    summary\n    personName\n    idMasked\n    householdId\n    programName\n    departmentName\n    areaCode\n    areaName\n    townName\n    dueDate\n    overdue\n    createdAt\n    reviewerName\n    reason\n    decidedAt\n    taskStatus\n    taskOutcome\n    taskNote\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Findings($filter: FindingFilterInput, $page: Int!, $pageSize: Int!) {\n    findings(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...FindingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Findings($filter: FindingFilterInput, $page: Int!, $pageSize: Int!) {\n    findings(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...FindingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrosscheckRules {\n    crosscheckRules {\n      no\n      name\n      implemented\n    }\n  }\n"): (typeof documents)["\n  query CrosscheckRules {\n    crosscheckRules {\n      no\n      name\n      implemented\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Finding($id: ID!) {\n    finding(id: $id) {\n      ...FindingFields\n      ruleCode\n      ruleVersion\n      townCode\n      evidenceAsOf\n      taskDoneByName\n      taskDoneAt\n      evidence {\n        label\n        value\n      }\n      sources {\n        dataset\n        datasetName\n        batchId\n        line\n        at\n      }\n      history {\n        id\n        status\n        summary\n        createdAt\n        decidedAt\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query Finding($id: ID!) {\n    finding(id: $id) {\n      ...FindingFields\n      ruleCode\n      ruleVersion\n      townCode\n      evidenceAsOf\n      taskDoneByName\n      taskDoneAt\n      evidence {\n        label\n        value\n      }\n      sources {\n        dataset\n        datasetName\n        batchId\n        line\n        at\n      }\n      history {\n        id\n        status\n        summary\n        createdAt\n        decidedAt\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingStats {\n    findingStats {\n      asOf\n      total {\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n      byRule {\n        ruleNo\n        ruleName\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n      byTown {\n        areaCode\n        areaName\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindingStats {\n    findingStats {\n      asOf\n      total {\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n      byRule {\n        ruleNo\n        ruleName\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n      byTown {\n        areaCode\n        areaName\n        pending\n        confirmed\n        dismissed\n        resolved\n        overdue\n        tasksPending\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFindings($input: ReviewFindingsInput!) {\n    reviewFindings(input: $input) {\n      ...FindingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFindings($input: ReviewFindingsInput!) {\n    reviewFindings(input: $input) {\n      ...FindingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteFindingTask($id: ID!, $outcome: FindingTaskOutcome!, $note: String!) {\n    completeFindingTask(id: $id, outcome: $outcome, note: $note) {\n      ...FindingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteFindingTask($id: ID!, $outcome: FindingTaskOutcome!, $note: String!) {\n    completeFindingTask(id: $id, outcome: $outcome, note: $note) {\n      ...FindingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunCrosscheck {\n    runCrosscheck\n  }\n"): (typeof documents)["\n  mutation RunCrosscheck {\n    runCrosscheck\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchIdentities($idNumbers: [String!]!) {\n    matchIdentities(idNumbers: $idNumbers) {\n      input\n      valid\n      message\n      idMasked\n      found\n      nameMasked\n      areaName\n      tier\n      tierName\n      assistanceObject\n      programs\n      statuses\n    }\n  }\n"): (typeof documents)["\n  mutation MatchIdentities($idNumbers: [String!]!) {\n    matchIdentities(idNumbers: $idNumbers) {\n      input\n      valid\n      message\n      idMasked\n      found\n      nameMasked\n      areaName\n      tier\n      tierName\n      assistanceObject\n      programs\n      statuses\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportDatasets {\n    importDatasets {\n      dataset\n      name\n      description\n      templateUrl\n      templateCsvUrl\n      columns {\n        header\n        required\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportDatasets {\n    importDatasets {\n      dataset\n      name\n      description\n      templateUrl\n      templateCsvUrl\n      columns {\n        header\n        required\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportBatchFields on ImportBatch {\n    id\n    dataset\n    datasetName\n    status\n    fileName\n    format\n    encoding\n    departmentName\n    rows\n    valid\n    imported\n    unchanged\n    duplicates\n    conflicts\n    errors\n    errorCounts {\n      code\n      name\n      rows\n    }\n    errorReportUrl\n    message\n    progress\n    cancelRequested\n    requestedByName\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment ImportBatchFields on ImportBatch {\n    id\n    dataset\n    datasetName\n    status\n    fileName\n    format\n    encoding\n    departmentName\n    rows\n    valid\n    imported\n    unchanged\n    duplicates\n    conflicts\n    errors\n    errorCounts {\n      code\n      name\n      rows\n    }\n    errorReportUrl\n    message\n    progress\n    cancelRequested\n    requestedByName\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  query ImportBatch($id: ID!) {\n    importBatch(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatches($filter: ImportBatchFilterInput, $page: Int!, $pageSize: Int!) {\n    importBatches(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...ImportBatchFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportBatches($filter: ImportBatchFilterInput, $page: Int!, $pageSize: Int!) {\n    importBatches(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...ImportBatchFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job {\n    id\n    kind\n    kindName\n    title\n    status\n    statusName\n    total\n    processed\n    progress\n    attempts\n    maxAttempts\n    error\n    cancelRequested\n    areaCode\n    areaName\n    requestedByName\n    mine\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment JobFields on Job {\n    id\n    kind\n    kindName\n    title\n    status\n    statusName\n    total\n    processed\n    progress\n    attempts\n    maxAttempts\n    error\n    cancelRequested\n    areaCode\n    areaName\n    requestedByName\n    mine\n    createdAt\n    finishedAt\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs($page: Int!, $pageSize: Int!, $kind: String, $mine: Boolean) {\n    jobs(page: $page, pageSize: $pageSize, kind: $kind, mine: $mine) {\n      total\n      items {\n        ...JobFields\n      }\n    }\n    jobKinds {\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  query Jobs($page: Int!, $pageSize: Int!, $kind: String, $mine: Boolean) {\n    jobs(page: $page, pageSize: $pageSize, kind: $kind, mine: $mine) {\n      total\n      items {\n        ...JobFields\n      }\n    }\n    jobKinds {\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelJob($id: ID!) {\n    cancelJob(id: $id) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartHouseholdExport($filter: HouseholdFilterInput) {\n    startHouseholdExport(filter: $filter) {\n      ...JobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartHouseholdExport($filter: HouseholdFilterInput) {\n    startHouseholdExport(filter: $filter) {\n      ...JobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdChangeFields on HouseholdChangeRequest {\n    id\n    householdId\n    headName\n    personName\n    areaName\n    kind\n    kindName\n    effectiveDate\n    note\n    status\n    statusName\n    proposedByName\n    proposedAt\n    mine\n    decidedByName\n    decidedAt\n    decisionNote\n    version\n  }\n"): (typeof documents)["\n  fragment HouseholdChangeFields on HouseholdChangeRequest {\n    id\n    householdId\n    headName\n    personName\n    areaName\n    kind\n    kindName\n    effectiveDate\n    note\n    status\n    statusName\n    proposedByName\n    proposedAt\n    mine\n    decidedByName\n    decidedAt\n    decisionNote\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdChanges($householdId: ID, $pending: Boolean, $mine: Boolean) {\n    householdChanges(householdId: $householdId, pending: $pending, mine: $mine) {\n      ...HouseholdChangeFields\n    }\n  }\n"): (typeof documents)["\n  query HouseholdChanges($householdId: ID, $pending: Boolean, $mine: Boolean) {\n    householdChanges(householdId: $householdId, pending: $pending, mine: $mine) {\n      ...HouseholdChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdFollowups($householdId: ID) {\n    householdFollowups(householdId: $householdId) {\n      id\n      headName\n      personName\n      kind\n      kindName\n      measureDate\n      note\n      recordedByName\n    }\n  }\n"): (typeof documents)["\n  query HouseholdFollowups($householdId: ID) {\n    householdFollowups(householdId: $householdId) {\n      id\n      headName\n      personName\n      kind\n      kindName\n      measureDate\n      note\n      recordedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpableHouseholds($keyword: String!) {\n    helpableHouseholds(keyword: $keyword) {\n      id\n      headName\n      groupNo\n      address\n      members {\n        personId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpableHouseholds($keyword: String!) {\n    helpableHouseholds(keyword: $keyword) {\n      id\n      headName\n      groupNo\n      address\n      members {\n        personId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeHouseholdChange($input: HouseholdChangeInput!) {\n    proposeHouseholdChange(input: $input) {\n      ...HouseholdChangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeHouseholdChange($input: HouseholdChangeInput!) {\n    proposeHouseholdChange(input: $input) {\n      ...HouseholdChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideHouseholdChange($id: ID!, $approve: Boolean!, $note: String, $version: Int!) {\n    decideHouseholdChange(id: $id, approve: $approve, note: $note, version: $version) {\n      ...HouseholdChangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideHouseholdChange($id: ID!, $approve: Boolean!, $note: String, $version: Int!) {\n    decideHouseholdChange(id: $id, approve: $approve, note: $note, version: $version) {\n      ...HouseholdChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordHouseholdFollowup($input: HouseholdFollowupInput!) {\n    recordHouseholdFollowup(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordHouseholdFollowup($input: HouseholdFollowupInput!) {\n    recordHouseholdFollowup(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    name\n    idMasked\n    sex\n    birthDate\n    age\n    relation\n    relationName\n    isHead\n    deceased\n    deathDate\n    phoneMasked\n    labourCapacity\n    disabilityType\n    disabilityGrade\n    disabilityCert\n    seriousIllness\n    schoolStatus\n    employmentStatus\n    statuses\n    fromDate\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    name\n    idMasked\n    sex\n    birthDate\n    age\n    relation\n    relationName\n    isHead\n    deceased\n    deathDate\n    phoneMasked\n    labourCapacity\n    disabilityType\n    disabilityGrade\n    disabilityCert\n    seriousIllness\n    schoolStatus\n    employmentStatus\n    statuses\n    fromDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitBriefFields on BenefitRecord {\n    id\n    personName\n    programCode\n    programName\n    status\n    statusName\n    monthlyAmountFen\n    departmentName\n  }\n"): (typeof documents)["\n  fragment BenefitBriefFields on BenefitRecord {\n    id\n    personName\n    programCode\n    programName\n    status\n    statusName\n    monthlyAmountFen\n    departmentName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitFields on BenefitRecord {\n    ...BenefitBriefFields\n    personId\n    startDate\n    endDate\n    source\n    departmentId\n  }\n"): (typeof documents)["\n  fragment BenefitFields on BenefitRecord {\n    ...BenefitBriefFields\n    personId\n    startDate\n    endDate\n    source\n    departmentId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberBriefFields on Member {\n    id\n    name\n    idMasked\n    sex\n    age\n    relation\n    relationName\n    isHead\n    deceased\n  }\n"): (typeof documents)["\n  fragment MemberBriefFields on Member {\n    id\n    name\n    idMasked\n    sex\n    age\n    relation\n    relationName\n    isHead\n    deceased\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdHeadFields on Household {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    headName\n    memberCount\n    status\n    tier\n    tierName\n  }\n"): (typeof documents)["\n  fragment HouseholdHeadFields on Household {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    headName\n    memberCount\n    status\n    tier\n    tierName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdSummaryFields on HouseholdSummary {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    residenceType\n    phoneMasked\n    headName\n    memberCount\n    status\n    tier\n    tierName\n    tierReason\n    members {\n      ...MemberBriefFields\n    }\n    benefits {\n      ...BenefitBriefFields\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdSummaryFields on HouseholdSummary {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    residenceType\n    phoneMasked\n    headName\n    memberCount\n    status\n    tier\n    tierName\n    tierReason\n    members {\n      ...MemberBriefFields\n    }\n    benefits {\n      ...BenefitBriefFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {\n    households(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...HouseholdSummaryFields\n      }\n      total\n      totalCapped\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {\n    households(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...HouseholdSummaryFields\n      }\n      total\n      totalCapped\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalSupporterFields on LegalSupporter {\n    id\n    personId\n    personName\n    name\n    idMasked\n    duty\n    relation\n    supporterPersonId\n    supporterHouseholdId\n    ability\n    unableReason\n    monthlyIncomeFen\n    note\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment LegalSupporterFields on LegalSupporter {\n    id\n    personId\n    personName\n    name\n    idMasked\n    duty\n    relation\n    supporterPersonId\n    supporterHouseholdId\n    ability\n    unableReason\n    monthlyIncomeFen\n    note\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthorisationFields on HouseholdAuthorisation {\n    id\n    signedOn\n    validUntil\n    scope\n    signerPersonIds\n    signerNames\n    fileId\n    fileName\n    note\n    recordedByName\n    createdAt\n    revokedAt\n    revokedReason\n    revokedByName\n    status\n    valid\n    version\n  }\n"): (typeof documents)["\n  fragment AuthorisationFields on HouseholdAuthorisation {\n    id\n    signedOn\n    validUntil\n    scope\n    signerPersonIds\n    signerNames\n    fileId\n    fileName\n    note\n    recordedByName\n    createdAt\n    revokedAt\n    revokedReason\n    revokedByName\n    status\n    valid\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdHeadFields\n      residenceType\n      phoneMasked\n      tierReason\n      members {\n        ...MemberFields\n      }\n      formerMembers {\n        ...MemberFields\n      }\n      benefits {\n        ...BenefitFields\n      }\n      incomes {\n        id\n        personId\n        personName\n        category\n        month\n        amountFen\n        note\n      }\n      assets {\n        id\n        personId\n        personName\n        kind\n        valueFen\n        detail {\n          type\n          areaM2\n          count\n          nonResidential\n          capitalFen\n        }\n        note\n      }\n      tierHistory {\n        id\n        fromTier\n        toTier\n        reason\n        actorName\n        at\n      }\n      events {\n        id\n        kind\n        summary\n        actorName\n        at\n      }\n      noLegalSupporterConfirmed\n      legalSupporters {\n        ...LegalSupporterFields\n      }\n      authorisations {\n        ...AuthorisationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Household($id: ID!) {\n    household(id: $id) {\n      ...HouseholdHeadFields\n      residenceType\n      phoneMasked\n      tierReason\n      members {\n        ...MemberFields\n      }\n      formerMembers {\n        ...MemberFields\n      }\n      benefits {\n        ...BenefitFields\n      }\n      incomes {\n        id\n        personId\n        personName\n        category\n        month\n        amountFen\n        note\n      }\n      assets {\n        id\n        personId\n        personName\n        kind\n        valueFen\n        detail {\n          type\n          areaM2\n          count\n          nonResidential\n          capitalFen\n        }\n        note\n      }\n      tierHistory {\n        id\n        fromTier\n        toTier\n        reason\n        actorName\n        at\n      }\n      events {\n        id\n        kind\n        summary\n        actorName\n        at\n      }\n      noLegalSupporterConfirmed\n      legalSupporters {\n        ...LegalSupporterFields\n      }\n      authorisations {\n        ...AuthorisationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckIdNumber($idNumber: String!) {\n    checkIdNumber(idNumber: $idNumber) {\n      valid\n      message\n      birthDate\n      sex\n      age\n      existing {\n        householdId\n        areaName\n        inScope\n        personName\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckIdNumber($idNumber: String!) {\n    checkIdNumber(idNumber: $idNumber) {\n      valid\n      message\n      birthDate\n      sex\n      age\n      existing {\n        householdId\n        areaName\n        inScope\n        personName\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateHousehold($id: ID!, $input: HouseholdFieldsInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateHousehold($id: ID!, $input: HouseholdFieldsInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($householdId: ID!, $member: MemberInput!) {\n    addMember(householdId: $householdId, member: $member) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($householdId: ID!, $member: MemberInput!) {\n    addMember(householdId: $householdId, member: $member) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInput!) {\n    updatePerson(personId: $personId, input: $input)\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInput!) {\n    updatePerson(personId: $personId, input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeHead($householdId: ID!, $newHeadPersonId: ID!, $formerHeadRelation: String!) {\n    changeHead(householdId: $householdId, newHeadPersonId: $newHeadPersonId, formerHeadRelation: $formerHeadRelation) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeHead($householdId: ID!, $newHeadPersonId: ID!, $formerHeadRelation: String!) {\n    changeHead(householdId: $householdId, newHeadPersonId: $newHeadPersonId, formerHeadRelation: $formerHeadRelation) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMember($personId: ID!, $toHouseholdId: ID!, $relation: String!, $newHeadPersonId: ID) {\n    moveMember(personId: $personId, toHouseholdId: $toHouseholdId, relation: $relation, newHeadPersonId: $newHeadPersonId)\n  }\n"): (typeof documents)["\n  mutation MoveMember($personId: ID!, $toHouseholdId: ID!, $relation: String!, $newHeadPersonId: ID) {\n    moveMember(personId: $personId, toHouseholdId: $toHouseholdId, relation: $relation, newHeadPersonId: $newHeadPersonId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitHousehold($householdId: ID!, $input: SplitHouseholdInput!) {\n    splitHousehold(householdId: $householdId, input: $input)\n  }\n"): (typeof documents)["\n  mutation SplitHousehold($householdId: ID!, $input: SplitHouseholdInput!) {\n    splitHousehold(householdId: $householdId, input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeHouseholds($sourceId: ID!, $targetId: ID!, $relations: [MemberRelationInput!]!) {\n    mergeHouseholds(sourceId: $sourceId, targetId: $targetId, relations: $relations)\n  }\n"): (typeof documents)["\n  mutation MergeHouseholds($sourceId: ID!, $targetId: ID!, $relations: [MemberRelationInput!]!) {\n    mergeHouseholds(sourceId: $sourceId, targetId: $targetId, relations: $relations)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDeceased($personId: ID!, $deathDate: String!, $newHeadPersonId: ID) {\n    markDeceased(personId: $personId, deathDate: $deathDate, newHeadPersonId: $newHeadPersonId)\n  }\n"): (typeof documents)["\n  mutation MarkDeceased($personId: ID!, $deathDate: String!, $newHeadPersonId: ID) {\n    markDeceased(personId: $personId, deathDate: $deathDate, newHeadPersonId: $newHeadPersonId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unmask($field: UnmaskField!, $reason: String!, $personId: ID, $householdId: ID) {\n    unmask(field: $field, reason: $reason, personId: $personId, householdId: $householdId)\n  }\n"): (typeof documents)["\n  mutation Unmask($field: UnmaskField!, $reason: String!, $personId: ID, $householdId: ID) {\n    unmask(field: $field, reason: $reason, personId: $personId, householdId: $householdId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIncome($input: IncomeInput!) {\n    setIncome(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetIncome($input: IncomeInput!) {\n    setIncome(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIncome($id: ID!) {\n    deleteIncome(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteIncome($id: ID!) {\n    deleteIncome(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAsset($input: AssetInput!) {\n    addAsset(input: $input)\n  }\n"): (typeof documents)["\n  mutation AddAsset($input: AssetInput!) {\n    addAsset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLegalSupporter($input: LegalSupporterInput!) {\n    addLegalSupporter(input: $input)\n  }\n"): (typeof documents)["\n  mutation AddLegalSupporter($input: LegalSupporterInput!) {\n    addLegalSupporter(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLegalSupporter($id: ID!, $input: LegalSupporterUpdateInput!, $version: Int!) {\n    updateLegalSupporter(id: $id, input: $input, version: $version)\n  }\n"): (typeof documents)["\n  mutation UpdateLegalSupporter($id: ID!, $input: LegalSupporterUpdateInput!, $version: Int!) {\n    updateLegalSupporter(id: $id, input: $input, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLegalSupporter($id: ID!, $version: Int!) {\n    removeLegalSupporter(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveLegalSupporter($id: ID!, $version: Int!) {\n    removeLegalSupporter(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNoLegalSupporter($householdId: ID!, $confirmed: Boolean) {\n    setNoLegalSupporter(householdId: $householdId, confirmed: $confirmed)\n  }\n"): (typeof documents)["\n  mutation SetNoLegalSupporter($householdId: ID!, $confirmed: Boolean) {\n    setNoLegalSupporter(householdId: $householdId, confirmed: $confirmed)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAuthorisation($input: AuthorisationInput!) {\n    recordAuthorisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAuthorisation($input: AuthorisationInput!) {\n    recordAuthorisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAuthorisation($id: ID!, $reason: String!, $version: Int!) {\n    revokeAuthorisation(id: $id, reason: $reason, version: $version)\n  }\n"): (typeof documents)["\n  mutation RevokeAuthorisation($id: ID!, $reason: String!, $version: Int!) {\n    revokeAuthorisation(id: $id, reason: $reason, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoginResultFields on LoginResult {\n    status\n    user {\n      ...CurrentUserFields\n    }\n    mfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  fragment LoginResultFields on LoginResult {\n    status\n    user {\n      ...CurrentUserFields\n    }\n    mfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...LoginResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...LoginResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      ...LoginResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      ...LoginResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceWindows {\n    serviceWindows {\n      areaCode\n      areaName\n      levelName\n      isDistrict\n      name\n      defaultName\n      nameIsDefault\n      address\n      hours\n      phone\n      mapText\n      note\n      configured\n      updatedByName\n      updatedAt\n      version\n      editable\n    }\n  }\n"): (typeof documents)["\n  query ServiceWindows {\n    serviceWindows {\n      areaCode\n      areaName\n      levelName\n      isDistrict\n      name\n      defaultName\n      nameIsDefault\n      address\n      hours\n      phone\n      mapText\n      note\n      configured\n      updatedByName\n      updatedAt\n      version\n      editable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceWindow($areaCode: String!, $input: ServiceWindowInput!, $version: Int!) {\n    updateServiceWindow(areaCode: $areaCode, input: $input, version: $version) {\n      areaCode\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceWindow($areaCode: String!, $input: ServiceWindowInput!, $version: Int!) {\n    updateServiceWindow(areaCode: $areaCode, input: $input, version: $version) {\n      areaCode\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramPlainTexts {\n    programPlainTexts {\n      code\n      name\n      ownerCode\n      ownerName\n      shown {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      generated {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      edited {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      updatedByName\n      updatedAt\n      version\n      mayEdit\n    }\n  }\n"): (typeof documents)["\n  query ProgramPlainTexts {\n    programPlainTexts {\n      code\n      name\n      ownerCode\n      ownerName\n      shown {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      generated {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      edited {\n        summary\n        whoQualifies\n        whatHelp\n        howToApply\n      }\n      updatedByName\n      updatedAt\n      version\n      mayEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgramPlainText($code: String!, $input: ProgramPlainTextInput!, $version: Int!) {\n    updateProgramPlainText(code: $code, input: $input, version: $version) {\n      code\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgramPlainText($code: String!, $input: ProgramPlainTextInput!, $version: Int!) {\n    updateProgramPlainText(code: $code, input: $input, version: $version) {\n      code\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Faqs {\n    faqs {\n      id\n      question\n      answer\n      programCode\n      programName\n      sortOrder\n      published\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query Faqs {\n    faqs {\n      id\n      question\n      answer\n      programCode\n      programName\n      sortOrder\n      published\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFaq($id: ID, $input: FaqInput!, $version: Int!) {\n    saveFaq(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFaq($id: ID, $input: FaqInput!, $version: Int!) {\n    saveFaq(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFaq($id: ID!, $version: Int!) {\n    deleteFaq(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteFaq($id: ID!, $version: Int!) {\n    deleteFaq(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programs($asOf: String) {\n    programs(asOf: $asOf) {\n      code\n      name\n      ownerCode\n      ownerName\n      description\n      legalBasis\n      conditions\n      amount\n      materials\n      steps\n      publicity\n      materialItems {\n        name\n        required\n        when\n      }\n      stepItems {\n        code\n        name\n        limitDays\n        limitKind\n        clockPaused\n        note\n      }\n      totalLimit {\n        days\n        kind\n        extendableTo\n        text\n      }\n      publicityRule {\n        required\n        days\n        kind\n        minors\n      }\n      versions {\n        id\n        effectiveFrom\n        changes\n        summary\n        reason\n        legalRef\n        note\n        recordedBy\n        department\n        inForce\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programs($asOf: String) {\n    programs(asOf: $asOf) {\n      code\n      name\n      ownerCode\n      ownerName\n      description\n      legalBasis\n      conditions\n      amount\n      materials\n      steps\n      publicity\n      materialItems {\n        name\n        required\n        when\n      }\n      stepItems {\n        code\n        name\n        limitDays\n        limitKind\n        clockPaused\n        note\n      }\n      totalLimit {\n        days\n        kind\n        extendableTo\n        text\n      }\n      publicityRule {\n        required\n        days\n        kind\n        minors\n      }\n      versions {\n        id\n        effectiveFrom\n        changes\n        summary\n        reason\n        legalRef\n        note\n        recordedBy\n        department\n        inForce\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendProgram($input: ProgramAmendmentInput!) {\n    amendProgram(input: $input) {\n      code\n      versions {\n        id\n        effectiveFrom\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AmendProgram($input: ProgramAmendmentInput!) {\n    amendProgram(input: $input) {\n      code\n      versions {\n        id\n        effectiveFrom\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramParameters($programCode: String, $asOf: String) {\n    parameters(programCode: $programCode, asOf: $asOf) {\n      code\n      name\n      unit\n      programCode\n      ownerCode\n      valueAt\n      codesAt\n      codes {\n        code\n        name\n      }\n      versions {\n        effectiveFrom\n        value\n        legalRef\n        note\n        reason\n        recordedBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgramParameters($programCode: String, $asOf: String) {\n    parameters(programCode: $programCode, asOf: $asOf) {\n      code\n      name\n      unit\n      programCode\n      ownerCode\n      valueAt\n      codesAt\n      codes {\n        code\n        name\n      }\n      versions {\n        effectiveFrom\n        value\n        legalRef\n        note\n        reason\n        recordedBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddParameterVersion($input: ParameterVersionInput!) {\n    addParameterVersion(input: $input) {\n      code\n      valueAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddParameterVersion($input: ParameterVersionInput!) {\n    addParameterVersion(input: $input) {\n      code\n      valueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewParameterVersion($programCode: String!, $parameterCode: String!, $effectiveFrom: String!, $value: ParameterValueInput!, $sampleSize: Int) {\n    previewParameterVersion(programCode: $programCode, parameterCode: $parameterCode, effectiveFrom: $effectiveFrom, value: $value, sampleSize: $sampleSize) {\n      parameterName\n      programName\n      effectiveFrom\n      currentValue\n      proposedValue\n      poolSize\n      changedCount\n      rows {\n        householdId\n        areaName\n        headName\n        benefitStatus\n        beforeOutcome\n        beforeOutcomeName\n        beforeAmountFen\n        afterOutcome\n        afterOutcomeName\n        afterAmountFen\n        changed\n        otherChanges\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewParameterVersion($programCode: String!, $parameterCode: String!, $effectiveFrom: String!, $value: ParameterValueInput!, $sampleSize: Int) {\n    previewParameterVersion(programCode: $programCode, parameterCode: $parameterCode, effectiveFrom: $effectiveFrom, value: $value, sampleSize: $sampleSize) {\n      parameterName\n      programName\n      effectiveFrom\n      currentValue\n      proposedValue\n      poolSize\n      changedCount\n      rows {\n        householdId\n        areaName\n        headName\n        benefitStatus\n        beforeOutcome\n        beforeOutcomeName\n        beforeAmountFen\n        afterOutcome\n        afterOutcomeName\n        afterAmountFen\n        changed\n        otherChanges\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimulationRowFields on SimulationRow {\n    programCode\n    programName\n    currentEligible\n    proposedEligible\n    gaining\n    losing\n    currentMonthlyFen\n    proposedMonthlyFen\n    deltaMonthlyFen\n  }\n"): (typeof documents)["\n  fragment SimulationRowFields on SimulationRow {\n    programCode\n    programName\n    currentEligible\n    proposedEligible\n    gaining\n    losing\n    currentMonthlyFen\n    proposedMonthlyFen\n    deltaMonthlyFen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimulationFields on Simulation {\n    asOf\n    changes {\n      parameterCode\n      parameterName\n      currentValue\n      proposedValue\n    }\n    programs\n    households\n    householdsGaining\n    householdsLosing\n    currentMonthlyFen\n    proposedMonthlyFen\n    deltaMonthlyFen\n    elapsedMs\n    rows {\n      townCode\n      townName\n      ...SimulationRowFields\n    }\n    programTotals {\n      ...SimulationRowFields\n    }\n  }\n"): (typeof documents)["\n  fragment SimulationFields on Simulation {\n    asOf\n    changes {\n      parameterCode\n      parameterName\n      currentValue\n      proposedValue\n    }\n    programs\n    households\n    householdsGaining\n    householdsLosing\n    currentMonthlyFen\n    proposedMonthlyFen\n    deltaMonthlyFen\n    elapsedMs\n    rows {\n      townCode\n      townName\n      ...SimulationRowFields\n    }\n    programTotals {\n      ...SimulationRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimulationJobFields on SimulationJob {\n    id\n    asOf\n    status\n    statusName\n    total\n    processed\n    progress\n    areaName\n    requestedByName\n    error\n    mine\n    cancelRequested\n    createdAt\n    finishedAt\n    changes {\n      parameterName\n      proposedValue\n    }\n  }\n"): (typeof documents)["\n  fragment SimulationJobFields on SimulationJob {\n    id\n    asOf\n    status\n    statusName\n    total\n    processed\n    progress\n    areaName\n    requestedByName\n    error\n    mine\n    cancelRequested\n    createdAt\n    finishedAt\n    changes {\n      parameterName\n      proposedValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSimulation($changes: [ParameterChangeInput!]!, $asOf: String) {\n    startSimulation(changes: $changes, asOf: $asOf) {\n      ...SimulationJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSimulation($changes: [ParameterChangeInput!]!, $asOf: String) {\n    startSimulation(changes: $changes, asOf: $asOf) {\n      ...SimulationJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulationJob($id: ID!) {\n    simulationJob(id: $id) {\n      ...SimulationJobFields\n      result {\n        ...SimulationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimulationJob($id: ID!) {\n    simulationJob(id: $id) {\n      ...SimulationJobFields\n      result {\n        ...SimulationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulationJobs($page: Int!, $pageSize: Int!) {\n    simulationJobs(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...SimulationJobFields\n        result {\n          deltaMonthlyFen\n          households\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimulationJobs($page: Int!, $pageSize: Int!) {\n    simulationJobs(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...SimulationJobFields\n        result {\n          deltaMonthlyFen\n          households\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReassessmentJobFields on ReassessmentJob {\n    id\n    kind\n    kindName\n    programCode\n    programName\n    parameterName\n    asOf\n    status\n    statusName\n    total\n    processed\n    progress\n    areaCode\n    areaName\n    requestedByName\n    error\n    mine\n    cancelRequested\n    missedCount\n    reviewCount\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment ReassessmentJobFields on ReassessmentJob {\n    id\n    kind\n    kindName\n    programCode\n    programName\n    parameterName\n    asOf\n    status\n    statusName\n    total\n    processed\n    progress\n    areaCode\n    areaName\n    requestedByName\n    error\n    mine\n    cancelRequested\n    missedCount\n    reviewCount\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReassessmentJobs($page: Int!, $pageSize: Int!) {\n    reassessmentJobs(page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        ...ReassessmentJobFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReassessmentJobs($page: Int!, $pageSize: Int!) {\n    reassessmentJobs(page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        ...ReassessmentJobFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReassessmentFindings($jobId: ID!, $kind: String, $townCode: String, $page: Int!, $pageSize: Int!) {\n    reassessmentFindings(jobId: $jobId, kind: $kind, townCode: $townCode, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        householdId\n        areaCode\n        areaName\n        headName\n        programName\n        kind\n        kindName\n        benefitStatus\n        beforeOutcomeName\n        afterOutcome\n        afterOutcomeName\n        beforeAmountFen\n        afterAmountFen\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReassessmentFindings($jobId: ID!, $kind: String, $townCode: String, $page: Int!, $pageSize: Int!) {\n    reassessmentFindings(jobId: $jobId, kind: $kind, townCode: $townCode, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        householdId\n        areaCode\n        areaName\n        headName\n        programName\n        kind\n        kindName\n        benefitStatus\n        beforeOutcomeName\n        afterOutcome\n        afterOutcomeName\n        beforeAmountFen\n        afterAmountFen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReassessment($programCode: String!, $areaCode: String) {\n    startReassessment(programCode: $programCode, areaCode: $areaCode) {\n      ...ReassessmentJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartReassessment($programCode: String!, $areaCode: String) {\n    startReassessment(programCode: $programCode, areaCode: $areaCode) {\n      ...ReassessmentJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreenFacts($facts: ScreeningFactsInput!, $asOf: String) {\n    screenFacts(facts: $facts, asOf: $asOf) {\n      ...ScreeningResultFields\n    }\n  }\n"): (typeof documents)["\n  query ScreenFacts($facts: ScreeningFactsInput!, $asOf: String) {\n    screenFacts(facts: $facts, asOf: $asOf) {\n      ...ScreeningResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScreeningHouseholdSearch($keyword: String!) {\n    households(filter: { keyword: $keyword }, page: 1, pageSize: 10) {\n      items {\n        id\n        headName\n        areaName\n        memberCount\n        tierName\n        access\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScreeningHouseholdSearch($keyword: String!) {\n    households(filter: { keyword: $keyword }, page: 1, pageSize: 10) {\n      items {\n        id\n        headName\n        areaName\n        memberCount\n        tierName\n        access\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicityEntries($page: Int!, $pageSize: Int!, $status: PublicityStatus, $areaCode: String) {\n    publicityEntries(page: $page, pageSize: $pageSize, status: $status, areaCode: $areaCode) {\n      total\n      items {\n        id\n        referralId\n        applicationId\n        receiptNo\n        programName\n        nameMasked\n        areaName\n        householdSize\n        amount\n        startsOn\n        endsOn\n        status\n        statusName\n        takenDownAt\n        objectionCount\n        isPublic\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicityEntries($page: Int!, $pageSize: Int!, $status: PublicityStatus, $areaCode: String) {\n    publicityEntries(page: $page, pageSize: $pageSize, status: $status, areaCode: $areaCode) {\n      total\n      items {\n        id\n        referralId\n        applicationId\n        receiptNo\n        programName\n        nameMasked\n        areaName\n        householdSize\n        amount\n        startsOn\n        endsOn\n        status\n        statusName\n        takenDownAt\n        objectionCount\n        isPublic\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {\n    recordPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {\n      id\n      status\n      statusName\n      objectionCount\n      isPublic\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {\n    recordPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {\n      id\n      status\n      statusName\n      objectionCount\n      isPublic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicityObjections($entryId: ID!) {\n    publicityObjections(entryId: $entryId) {\n      id\n      source\n      sourceName\n      content\n      contactName\n      contactPhoneMasked\n      recordedByName\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PublicityObjections($entryId: ID!) {\n    publicityObjections(entryId: $entryId) {\n      id\n      source\n      sourceName\n      content\n      contactName\n      contactPhoneMasked\n      recordedByName\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Settings {\n    settings {\n      key\n      name\n      description\n      value\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query Settings {\n    settings {\n      key\n      name\n      description\n      value\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSetting($key: SettingKey!, $value: String!, $version: Int!) {\n    updateSetting(key: $key, value: $value, version: $version) {\n      key\n      value\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSetting($key: SettingKey!, $value: String!, $version: Int!) {\n    updateSetting(key: $key, value: $value, version: $version) {\n      key\n      value\n      updatedByName\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserMobile($userId: ID!, $mobile: String) {\n    setUserMobile(userId: $userId, mobile: $mobile)\n  }\n"): (typeof documents)["\n  mutation SetUserMobile($userId: ID!, $mobile: String) {\n    setUserMobile(userId: $userId, mobile: $mobile)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMobile {\n    me {\n      id\n      mobileMasked\n    }\n  }\n"): (typeof documents)["\n  query MyMobile {\n    me {\n      id\n      mobileMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyMobile($mobile: String) {\n    setMyMobile(mobile: $mobile)\n  }\n"): (typeof documents)["\n  mutation SetMyMobile($mobile: String) {\n    setMyMobile(mobile: $mobile)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsMessages($status: SmsStatus, $page: Int!, $pageSize: Int!) {\n    smsMessages(status: $status, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        eventType\n        templateCode\n        recipientKind\n        phoneMasked\n        content\n        areaCode\n        urgent\n        status\n        attempts\n        nextAttemptAt\n        provider\n        lastError\n        sentAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SmsMessages($status: SmsStatus, $page: Int!, $pageSize: Int!) {\n    smsMessages(status: $status, page: $page, pageSize: $pageSize) {\n      total\n      page\n      pageSize\n      items {\n        id\n        eventType\n        templateCode\n        recipientKind\n        phoneMasked\n        content\n        areaCode\n        urgent\n        status\n        attempts\n        nextAttemptAt\n        provider\n        lastError\n        sentAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetrySmsMessage($id: ID!) {\n    retrySmsMessage(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation RetrySmsMessage($id: ID!) {\n    retrySmsMessage(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsTemplates {\n    smsTemplates {\n      code\n      name\n      recipientKind\n      eventType\n      content\n      allowedVariables\n      variables {\n        name\n        label\n      }\n      amountsApproved\n      enabled\n      urgent\n      providerTemplateId\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SmsTemplates {\n    smsTemplates {\n      code\n      name\n      recipientKind\n      eventType\n      content\n      allowedVariables\n      variables {\n        name\n        label\n      }\n      amountsApproved\n      enabled\n      urgent\n      providerTemplateId\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewSmsTemplate($code: String!, $content: String!, $amountsApproved: Boolean!) {\n    previewSmsTemplate(code: $code, content: $content, amountsApproved: $amountsApproved) {\n      content\n      length\n      problems\n    }\n  }\n"): (typeof documents)["\n  query PreviewSmsTemplate($code: String!, $content: String!, $amountsApproved: Boolean!) {\n    previewSmsTemplate(code: $code, content: $content, amountsApproved: $amountsApproved) {\n      content\n      length\n      problems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSmsTemplate($code: String!, $input: SmsTemplateInput!, $version: Int!) {\n    updateSmsTemplate(code: $code, input: $input, version: $version) {\n      code\n      content\n      enabled\n      urgent\n      amountsApproved\n      providerTemplateId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSmsTemplate($code: String!, $input: SmsTemplateInput!, $version: Int!) {\n    updateSmsTemplate(code: $code, input: $input, version: $version) {\n      code\n      content\n      enabled\n      urgent\n      amountsApproved\n      providerTemplateId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SmsProviderConfig {\n    smsProviderConfig {\n      provider\n      source\n      endpoint\n      accessKeyId\n      secretSet\n      signName\n      sdkAppId\n      region\n      ratePerSecond\n      receiptTokenSet\n      quietStart\n      quietEnd\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SmsProviderConfig {\n    smsProviderConfig {\n      provider\n      source\n      endpoint\n      accessKeyId\n      secretSet\n      signName\n      sdkAppId\n      region\n      ratePerSecond\n      receiptTokenSet\n      quietStart\n      quietEnd\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSmsProviderConfig($input: SmsProviderConfigInput!, $version: Int!) {\n    updateSmsProviderConfig(input: $input, version: $version) {\n      provider\n      source\n      secretSet\n      receiptTokenSet\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSmsProviderConfig($input: SmsProviderConfigInput!, $version: Int!) {\n    updateSmsProviderConfig(input: $input, version: $version) {\n      provider\n      source\n      secretSet\n      receiptTokenSet\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    areaCode\n    areaName\n    departmentId\n    departmentName\n    roles\n    roleNames\n    disabled\n    lockedUntil\n    mfaEnabled\n    mobileMasked\n    lastLoginAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    areaCode\n    areaName\n    departmentId\n    departmentName\n    roles\n    roleNames\n    disabled\n    lockedUntil\n    mfaEnabled\n    mobileMasked\n    lastLoginAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($keyword: String, $areaCode: String, $role: String, $page: Int!, $pageSize: Int!) {\n    users(keyword: $keyword, areaCode: $areaCode, role: $role, page: $page, pageSize: $pageSize) {\n      items {\n        ...UserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Users($keyword: String, $areaCode: String, $role: String, $page: Int!, $pageSize: Int!) {\n    users(keyword: $keyword, areaCode: $areaCode, role: $role, page: $page, pageSize: $pageSize) {\n      items {\n        ...UserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserMfa($id: ID!) {\n    resetUserMfa(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserMfa($id: ID!) {\n    resetUserMfa(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminChangeFields on AdminChangeRequest {\n    id\n    kind\n    kindName\n    status\n    statusName\n    targetUserId\n    targetUsername\n    targetName\n    targetRoleNames\n    roleNames\n    requestedByName\n    requestedRoleName\n    requestedAt\n    expiresAt\n    decidedByName\n    decidedRoleName\n    decidedAt\n    decisionNote\n    canDecide\n    cannotDecideReason\n  }\n"): (typeof documents)["\n  fragment AdminChangeFields on AdminChangeRequest {\n    id\n    kind\n    kindName\n    status\n    statusName\n    targetUserId\n    targetUsername\n    targetName\n    targetRoleNames\n    roleNames\n    requestedByName\n    requestedRoleName\n    requestedAt\n    expiresAt\n    decidedByName\n    decidedRoleName\n    decidedAt\n    decisionNote\n    canDecide\n    cannotDecideReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChangeRequests($pending: Boolean!, $page: Int!, $pageSize: Int!) {\n    adminChangeRequests(pending: $pending, page: $page, pageSize: $pageSize) {\n      items {\n        ...AdminChangeFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query AdminChangeRequests($pending: Boolean!, $page: Int!, $pageSize: Int!) {\n    adminChangeRequests(pending: $pending, page: $page, pageSize: $pageSize) {\n      items {\n        ...AdminChangeFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAdminChange($input: AdminChangeInput!) {\n    requestAdminChange(input: $input) {\n      ...AdminChangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAdminChange($input: AdminChangeInput!) {\n    requestAdminChange(input: $input) {\n      ...AdminChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAdminChange($id: ID!) {\n    confirmAdminChange(id: $id) {\n      ...AdminChangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmAdminChange($id: ID!) {\n    confirmAdminChange(id: $id) {\n      ...AdminChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAdminChange($id: ID!, $note: String) {\n    rejectAdminChange(id: $id, note: $note) {\n      ...AdminChangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectAdminChange($id: ID!, $note: String) {\n    rejectAdminChange(id: $id, note: $note) {\n      ...AdminChangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationListFields on Verification {\n    id\n    no\n    householdId\n    headName\n    areaCode\n    areaName\n    referralId\n    status\n    statusName\n    dueDate\n    overdue\n    startedByName\n    startedAt\n    draftedByName\n    approvedByName\n    conclusion\n    reportId\n    version\n  }\n"): (typeof documents)["\n  fragment VerificationListFields on Verification {\n    id\n    no\n    householdId\n    headName\n    areaCode\n    areaName\n    referralId\n    status\n    statusName\n    dueDate\n    overdue\n    startedByName\n    startedAt\n    draftedByName\n    approvedByName\n    conclusion\n    reportId\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Verifications($filter: VerificationFilterInput, $page: Int!, $pageSize: Int!) {\n    verifications(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...VerificationListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Verifications($filter: VerificationFilterInput, $page: Int!, $pageSize: Int!) {\n    verifications(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...VerificationListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationSourceFields on VerificationSource {\n    dataset\n    name\n    status\n    statusName\n    asOf\n    queriedAt\n    rows\n  }\n"): (typeof documents)["\n  fragment VerificationSourceFields on VerificationSource {\n    dataset\n    name\n    status\n    statusName\n    asOf\n    queriedAt\n    rows\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationIncomeFields on VerificationIncome {\n    month\n    lines {\n      category\n      name\n      amountFen\n      counted\n    }\n    deductionFen\n    monthlyIncomeFen\n    countedMembers\n    perCapitaIncomeFen\n    explanation\n  }\n"): (typeof documents)["\n  fragment VerificationIncomeFields on VerificationIncome {\n    month\n    lines {\n      category\n      name\n      amountFen\n      counted\n    }\n    deductionFen\n    monthlyIncomeFen\n    countedMembers\n    perCapitaIncomeFen\n    explanation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationAssetsFields on VerificationAssets {\n    financialAssetsFen\n    financialAssetsPerCapitaFen\n    homeCount\n    hasNonResidentialProperty\n    vehicles {\n      nameMasked\n      type\n      source\n    }\n    nonExemptVehicles\n    businessCapitalFen\n    lines\n  }\n"): (typeof documents)["\n  fragment VerificationAssetsFields on VerificationAssets {\n    financialAssetsFen\n    financialAssetsPerCapitaFen\n    homeCount\n    hasNonResidentialProperty\n    vehicles {\n      nameMasked\n      type\n      source\n    }\n    nonExemptVehicles\n    businessCapitalFen\n    lines\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationProgramResultFields on VerificationProgramResult {\n    code\n    name\n    outcome\n    outcomeName\n    estimatedMonthlyFen\n    missingFacts\n    lines\n  }\n"): (typeof documents)["\n  fragment VerificationProgramResultFields on VerificationProgramResult {\n    code\n    name\n    outcome\n    outcomeName\n    estimatedMonthlyFen\n    missingFacts\n    lines\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationFindingFields on VerificationFinding {\n    ruleNo\n    ruleName\n    severity\n    status\n    statusName\n    summary\n  }\n"): (typeof documents)["\n  fragment VerificationFindingFields on VerificationFinding {\n    ruleNo\n    ruleName\n    severity\n    status\n    statusName\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationMemberFields on VerificationMember {\n    nameMasked\n    idMasked\n    relation\n    relationName\n    sex\n    age\n    notes\n  }\n"): (typeof documents)["\n  fragment VerificationMemberFields on VerificationMember {\n    nameMasked\n    idMasked\n    relation\n    relationName\n    sex\n    age\n    notes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationReportFields on VerificationReport {\n    id\n    no\n    version\n    householdId\n    verificationId\n    issuedAt\n    validUntil\n    valid\n    expired\n    superseded\n    conclusion\n    conclusionName\n    draftedByName\n    approvedByName\n    pdfUrl\n  }\n"): (typeof documents)["\n  fragment VerificationReportFields on VerificationReport {\n    id\n    no\n    version\n    householdId\n    verificationId\n    issuedAt\n    validUntil\n    valid\n    expired\n    superseded\n    conclusion\n    conclusionName\n    draftedByName\n    approvedByName\n    pdfUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Verification($id: ID!) {\n    verification(id: $id) {\n      ...VerificationListFields\n      householdAddress\n      reason\n      draftedAt\n      draftedByMe\n      viewerCanManage\n      viewerCanApprove\n      approvedAt\n      returnedReason\n      cancelledReason\n      conclusionName\n      conclusionNote\n      computedAt\n      computation {\n        computedAt\n        asOf\n        members {\n          ...VerificationMemberFields\n        }\n        income {\n          ...VerificationIncomeFields\n        }\n        assets {\n          ...VerificationAssetsFields\n        }\n        evidenceLines\n        missing\n        programs {\n          ...VerificationProgramResultFields\n        }\n        findings {\n          ...VerificationFindingFields\n        }\n        proposedConclusion\n        proposedConclusionName\n        proposedReason\n      }\n      records {\n        id\n        method\n        methodName\n        summary\n        dataMatch {\n          queriedAt\n          members\n          sources {\n            ...VerificationSourceFields\n          }\n        }\n        homeVisit {\n          visitedOn\n          housing\n          areaM2\n          livingConditions\n          appliances\n          observations\n          staffNames\n          householdSigned\n        }\n        neighbour {\n          visitedOn\n          interviewees {\n            name\n            relation\n            statement\n          }\n        }\n        letter {\n          sentOn\n          recipient\n          subject\n          answeredOn\n          answer\n        }\n        democraticReview {\n          heldOn\n          participantCount\n          participantNames\n          agree\n          disagree\n          abstain\n          opinion\n        }\n        fileIds\n        recordedByName\n        recordedAt\n      }\n      authorisationId\n      report {\n        ...VerificationReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Verification($id: ID!) {\n    verification(id: $id) {\n      ...VerificationListFields\n      householdAddress\n      reason\n      draftedAt\n      draftedByMe\n      viewerCanManage\n      viewerCanApprove\n      approvedAt\n      returnedReason\n      cancelledReason\n      conclusionName\n      conclusionNote\n      computedAt\n      computation {\n        computedAt\n        asOf\n        members {\n          ...VerificationMemberFields\n        }\n        income {\n          ...VerificationIncomeFields\n        }\n        assets {\n          ...VerificationAssetsFields\n        }\n        evidenceLines\n        missing\n        programs {\n          ...VerificationProgramResultFields\n        }\n        findings {\n          ...VerificationFindingFields\n        }\n        proposedConclusion\n        proposedConclusionName\n        proposedReason\n      }\n      records {\n        id\n        method\n        methodName\n        summary\n        dataMatch {\n          queriedAt\n          members\n          sources {\n            ...VerificationSourceFields\n          }\n        }\n        homeVisit {\n          visitedOn\n          housing\n          areaM2\n          livingConditions\n          appliances\n          observations\n          staffNames\n          householdSigned\n        }\n        neighbour {\n          visitedOn\n          interviewees {\n            name\n            relation\n            statement\n          }\n        }\n        letter {\n          sentOn\n          recipient\n          subject\n          answeredOn\n          answer\n        }\n        democraticReview {\n          heldOn\n          participantCount\n          participantNames\n          agree\n          disagree\n          abstain\n          opinion\n        }\n        fileIds\n        recordedByName\n        recordedAt\n      }\n      authorisationId\n      report {\n        ...VerificationReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationAuthorisations($id: ID!) {\n    household(id: $id) {\n      id\n      authorisations {\n        id\n        signedOn\n        validUntil\n        valid\n        status\n        scope\n        signerNames\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationAuthorisations($id: ID!) {\n    household(id: $id) {\n      id\n      authorisations {\n        id\n        signedOn\n        validUntil\n        valid\n        status\n        scope\n        signerNames\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationReport($id: ID!) {\n    verificationReport(id: $id) {\n      ...VerificationReportFields\n      content {\n        header {\n          title\n          office\n          reportNo\n          version\n          verificationNo\n          issuedAt\n          validUntil\n          queriedAt\n          authorisation {\n            signedOn\n            validUntil\n            scope\n            scopeNames\n          }\n        }\n        household {\n          headNameMasked\n          address\n          areaName\n          residenceType\n          residenceTypeName\n          memberCount\n        }\n        members {\n          ...VerificationMemberFields\n        }\n        income {\n          ...VerificationIncomeFields\n        }\n        assets {\n          ...VerificationAssetsFields\n        }\n        findings {\n          ...VerificationFindingFields\n        }\n        sources {\n          ...VerificationSourceFields\n        }\n        methods {\n          method\n          name\n          recordedAt\n          recordedByName\n          summary\n        }\n        programs {\n          ...VerificationProgramResultFields\n        }\n        conclusion {\n          code\n          name\n          note\n          proposed\n          proposedReason\n        }\n        draftedByName\n        approvedByName\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationReport($id: ID!) {\n    verificationReport(id: $id) {\n      ...VerificationReportFields\n      content {\n        header {\n          title\n          office\n          reportNo\n          version\n          verificationNo\n          issuedAt\n          validUntil\n          queriedAt\n          authorisation {\n            signedOn\n            validUntil\n            scope\n            scopeNames\n          }\n        }\n        household {\n          headNameMasked\n          address\n          areaName\n          residenceType\n          residenceTypeName\n          memberCount\n        }\n        members {\n          ...VerificationMemberFields\n        }\n        income {\n          ...VerificationIncomeFields\n        }\n        assets {\n          ...VerificationAssetsFields\n        }\n        findings {\n          ...VerificationFindingFields\n        }\n        sources {\n          ...VerificationSourceFields\n        }\n        methods {\n          method\n          name\n          recordedAt\n          recordedByName\n          summary\n        }\n        programs {\n          ...VerificationProgramResultFields\n        }\n        conclusion {\n          code\n          name\n          note\n          proposed\n          proposedReason\n        }\n        draftedByName\n        approvedByName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralVerificationReport($id: ID!) {\n    referral(id: $id) {\n      referral {\n        id\n        verificationReport {\n          ...VerificationReportFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralVerificationReport($id: ID!) {\n    referral(id: $id) {\n      referral {\n        id\n        verificationReport {\n          ...VerificationReportFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartHouseholdVerification($householdId: ID!, $referralRef: ReferralRefInput) {\n    startHouseholdVerification(householdId: $householdId, referralRef: $referralRef) {\n      id\n      no\n    }\n  }\n"): (typeof documents)["\n  mutation StartHouseholdVerification($householdId: ID!, $referralRef: ReferralRefInput) {\n    startHouseholdVerification(householdId: $householdId, referralRef: $referralRef) {\n      id\n      no\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDataMatch($id: ID!) {\n    runDataMatch(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RunDataMatch($id: ID!) {\n    runDataMatch(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVerificationRecord($id: ID!, $method: VerificationMethod!, $payload: VerificationPayloadInput!, $fileIds: [ID!]) {\n    addVerificationRecord(id: $id, method: $method, payload: $payload, fileIds: $fileIds) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddVerificationRecord($id: ID!, $method: VerificationMethod!, $payload: VerificationPayloadInput!, $fileIds: [ID!]) {\n    addVerificationRecord(id: $id, method: $method, payload: $payload, fileIds: $fileIds) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComputeVerification($id: ID!) {\n    computeVerification(id: $id) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ComputeVerification($id: ID!) {\n    computeVerification(id: $id) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftVerification($id: ID!, $conclusion: VerificationConclusion!, $note: String, $version: Int!) {\n    draftVerification(id: $id, conclusion: $conclusion, note: $note, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DraftVerification($id: ID!, $conclusion: VerificationConclusion!, $note: String, $version: Int!) {\n    draftVerification(id: $id, conclusion: $conclusion, note: $note, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVerification($id: ID!, $version: Int!) {\n    approveVerification(id: $id, version: $version) {\n      id\n      no\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveVerification($id: ID!, $version: Int!) {\n    approveVerification(id: $id, version: $version) {\n      id\n      no\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnVerification($id: ID!, $reason: String!, $version: Int!) {\n    returnVerification(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnVerification($id: ID!, $reason: String!, $version: Int!) {\n    returnVerification(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVerification($id: ID!, $reason: String!) {\n    cancelVerification(id: $id, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CancelVerification($id: ID!, $reason: String!) {\n    cancelVerification(id: $id, reason: $reason) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReverification($ref: ReferralRefInput!, $reason: String!) {\n    requestReverification(ref: $ref, reason: $reason) {\n      id\n      no\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReverification($ref: ReferralRefInput!, $reason: String!) {\n    requestReverification(ref: $ref, reason: $reason) {\n      id\n      no\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeReportCoverage($householdId: ID!) {\n    household(id: $householdId) {\n      id\n      verificationReport {\n        id\n        no\n        validUntil\n      }\n    }\n    programs {\n      code\n      materialItems {\n        name\n        coveredByReport\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeReportCoverage($householdId: ID!) {\n    household(id: $householdId) {\n      id\n      verificationReport {\n        id\n        no\n        validUntil\n      }\n    }\n    programs {\n      code\n      materialItems {\n        name\n        coveredByReport\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    id\n    access\n    version\n    applicationId\n    receiptNo\n    programCode\n    programName\n    departmentId\n    departmentName\n    status\n    statusName\n    outcome\n    outcomeName\n    reason\n    householdId\n    headName\n    areaCode\n    areaName\n    tier\n    tierName\n    personId\n    personName\n    clock {\n      startDate\n      limitDays\n      elapsedDays\n      remainingDays\n      dueDate\n      warnDate\n      level\n      levelName\n      paused\n      overdueDays\n    }\n    signDue\n    escalationLevel\n    escalationName\n    extendableTo\n    extensionDays\n    supplementNote\n    supplementDue\n    publicityStart\n    publicityEnd\n    decisionAmountFen\n    decisionStartMonth\n    decisionReason\n    legalRemedy\n    benefitId\n    transferredFromId\n    transferredToId\n    closedOn\n    screening {\n      outcome\n      outcomeName\n      estimatedMonthlyFen\n      missingFacts\n      excludedBy\n    }\n    duplicateReason\n    duplicateOf {\n      kind\n      programName\n      personName\n      statusName\n      departmentName\n      receiptNo\n      startDate\n      monthlyAmountFen\n      areaName\n      inScope\n    }\n    mine\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ReferralFields on Referral {\n    id\n    access\n    version\n    applicationId\n    receiptNo\n    programCode\n    programName\n    departmentId\n    departmentName\n    status\n    statusName\n    outcome\n    outcomeName\n    reason\n    householdId\n    headName\n    areaCode\n    areaName\n    tier\n    tierName\n    personId\n    personName\n    clock {\n      startDate\n      limitDays\n      elapsedDays\n      remainingDays\n      dueDate\n      warnDate\n      level\n      levelName\n      paused\n      overdueDays\n    }\n    signDue\n    escalationLevel\n    escalationName\n    extendableTo\n    extensionDays\n    supplementNote\n    supplementDue\n    publicityStart\n    publicityEnd\n    decisionAmountFen\n    decisionStartMonth\n    decisionReason\n    legalRemedy\n    benefitId\n    transferredFromId\n    transferredToId\n    closedOn\n    screening {\n      outcome\n      outcomeName\n      estimatedMonthlyFen\n      missingFacts\n      excludedBy\n    }\n    duplicateReason\n    duplicateOf {\n      kind\n      programName\n      personName\n      statusName\n      departmentName\n      receiptNo\n      startDate\n      monthlyAmountFen\n      areaName\n      inScope\n    }\n    mine\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryFields on WorkflowHistoryEntry {\n    id\n    referralId\n    kind\n    kindName\n    fromStatus\n    toStatus\n    note\n    actorName\n    actorDepartment\n    at\n  }\n"): (typeof documents)["\n  fragment HistoryFields on WorkflowHistoryEntry {\n    id\n    referralId\n    kind\n    kindName\n    fromStatus\n    toStatus\n    note\n    actorName\n    actorDepartment\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaterialFields on ApplicationMaterial {\n    id\n    programCode\n    name\n    provided\n    fileIds\n    note\n    coveredByReport\n  }\n"): (typeof documents)["\n  fragment MaterialFields on ApplicationMaterial {\n    id\n    programCode\n    name\n    provided\n    fileIds\n    note\n    coveredByReport\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on Application {\n    id\n    access\n    receiptNo\n    queryNo\n    status\n    statusName\n    channel\n    channelName\n    urgent\n    householdId\n    headName\n    address\n    areaCode\n    areaName\n    applicantPersonId\n    applicantName\n    contact {\n      name\n      address\n      phoneMasked\n      idMasked\n      householdSize\n      consentAt\n    }\n    advanceRelief {\n      amountYuan\n      grantDate\n      paperworkDue\n      grantedByName\n      regularized\n    }\n    description\n    requested {\n      programCode\n      programName\n      personId\n      reason\n    }\n    rejectReason\n    windowAreaName\n    acceptedAt\n    acceptedByName\n    createdAt\n    createdByName\n    closedAt\n    authorizationSigned\n    version\n    referralCount\n    doneCount\n  }\n"): (typeof documents)["\n  fragment ApplicationFields on Application {\n    id\n    access\n    receiptNo\n    queryNo\n    status\n    statusName\n    channel\n    channelName\n    urgent\n    householdId\n    headName\n    address\n    areaCode\n    areaName\n    applicantPersonId\n    applicantName\n    contact {\n      name\n      address\n      phoneMasked\n      idMasked\n      householdSize\n      consentAt\n    }\n    advanceRelief {\n      amountYuan\n      grantDate\n      paperworkDue\n      grantedByName\n      regularized\n    }\n    description\n    requested {\n      programCode\n      programName\n      personId\n      reason\n    }\n    rejectReason\n    windowAreaName\n    acceptedAt\n    acceptedByName\n    createdAt\n    createdByName\n    closedAt\n    authorizationSigned\n    version\n    referralCount\n    doneCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applications($filter: ApplicationFilterInput, $page: Int!, $pageSize: Int!) {\n    applications(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...ApplicationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Applications($filter: ApplicationFilterInput, $page: Int!, $pageSize: Int!) {\n    applications(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...ApplicationFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingPreApplicationCount {\n    applications(filter: { statuses: [\"PENDING_CONFIRM\"] }, page: 1, pageSize: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query PendingPreApplicationCount {\n    applications(filter: { statuses: [\"PENDING_CONFIRM\"] }, page: 1, pageSize: 1) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationDetail($id: ID!) {\n    application(id: $id) {\n      application {\n        ...ApplicationFields\n      }\n      referrals {\n        ...ReferralFields\n      }\n      materials {\n        ...MaterialFields\n      }\n      history {\n        ...HistoryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationDetail($id: ID!) {\n    application(id: $id) {\n      application {\n        ...ApplicationFields\n      }\n      referrals {\n        ...ReferralFields\n      }\n      materials {\n        ...MaterialFields\n      }\n      history {\n        ...HistoryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($filter: ReferralFilterInput, $page: Int!, $pageSize: Int!) {\n    referrals(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...ReferralFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Referrals($filter: ReferralFilterInput, $page: Int!, $pageSize: Int!) {\n    referrals(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...ReferralFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchCounts {\n    pendingSign: referrals(filter: { mine: true, statuses: [\"PENDING_SIGN\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    processing: referrals(filter: { mine: true, statuses: [\"PROCESSING\", \"VERIFYING\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    supplement: referrals(filter: { mine: true, statuses: [\"SUPPLEMENT\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    publicity: referrals(filter: { mine: true, statuses: [\"PUBLICITY\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    amber: referrals(filter: { mine: true, level: \"AMBER\" }, page: 1, pageSize: 1) {\n      total\n    }\n    red: referrals(filter: { mine: true, level: \"RED\" }, page: 1, pageSize: 1) {\n      total\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchCounts {\n    pendingSign: referrals(filter: { mine: true, statuses: [\"PENDING_SIGN\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    processing: referrals(filter: { mine: true, statuses: [\"PROCESSING\", \"VERIFYING\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    supplement: referrals(filter: { mine: true, statuses: [\"SUPPLEMENT\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    publicity: referrals(filter: { mine: true, statuses: [\"PUBLICITY\"] }, page: 1, pageSize: 1) {\n      total\n    }\n    amber: referrals(filter: { mine: true, level: \"AMBER\" }, page: 1, pageSize: 1) {\n      total\n    }\n    red: referrals(filter: { mine: true, level: \"RED\" }, page: 1, pageSize: 1) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      referral {\n        ...ReferralFields\n      }\n      history {\n        ...HistoryFields\n      }\n      supervisions {\n        id\n        referralId\n        level\n        levelName\n        message\n        issuedByName\n        issuedAt\n        answerDue\n        response\n        respondedByName\n        respondedAt\n      }\n      extensions {\n        id\n        referralId\n        days\n        reason\n        status\n        requestedByName\n        requestedAt\n        decidedByName\n        decidedAt\n        decisionNote\n      }\n      materials {\n        ...MaterialFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralDetail($id: ID!) {\n    referral(id: $id) {\n      referral {\n        ...ReferralFields\n      }\n      history {\n        ...HistoryFields\n      }\n      supervisions {\n        id\n        referralId\n        level\n        levelName\n        message\n        issuedByName\n        issuedAt\n        answerDue\n        response\n        respondedByName\n        respondedAt\n      }\n      extensions {\n        id\n        referralId\n        days\n        reason\n        status\n        requestedByName\n        requestedAt\n        decidedByName\n        decidedAt\n        decisionNote\n      }\n      materials {\n        ...MaterialFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionBoardRowFields on SupervisionBoardRow {\n    key\n    name\n    open\n    pendingSign\n    amber\n    red\n    paused\n    closed\n    closedOnTime\n    unansweredSupervisions\n  }\n"): (typeof documents)["\n  fragment SupervisionBoardRowFields on SupervisionBoardRow {\n    key\n    name\n    open\n    pendingSign\n    amber\n    red\n    paused\n    closed\n    closedOnTime\n    unansweredSupervisions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionBoard {\n    supervisionBoard {\n      asOf\n      advanceReliefs {\n        ...AdvanceReliefFields\n      }\n      byDepartment {\n        ...SupervisionBoardRowFields\n      }\n      byTown {\n        ...SupervisionBoardRowFields\n      }\n      items {\n        ...ReferralFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionBoard {\n    supervisionBoard {\n      asOf\n      advanceReliefs {\n        ...AdvanceReliefFields\n      }\n      byDepartment {\n        ...SupervisionBoardRowFields\n      }\n      byTown {\n        ...SupervisionBoardRowFields\n      }\n      items {\n        ...ReferralFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingExtensions {\n    pendingExtensions {\n      id\n      referralId\n      days\n      reason\n      status\n      requestedByName\n      requestedAt\n      receiptNo\n      programName\n      departmentName\n      areaName\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  query PendingExtensions {\n    pendingExtensions {\n      id\n      referralId\n      days\n      reason\n      status\n      requestedByName\n      requestedAt\n      receiptNo\n      programName\n      departmentName\n      areaName\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakePrograms {\n    programs {\n      code\n      name\n      ownerCode\n      ownerName\n      materials\n      publicity\n      subject\n      publicityRule {\n        required\n        days\n        minors\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakePrograms {\n    programs {\n      code\n      name\n      ownerCode\n      ownerName\n      materials\n      publicity\n      subject\n      publicityRule {\n        required\n        days\n        minors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeHousehold($id: ID!) {\n    household(id: $id) {\n      ...HouseholdHeadFields\n      members {\n        ...MemberBriefFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeHousehold($id: ID!) {\n    household(id: $id) {\n      ...HouseholdHeadFields\n      members {\n        ...MemberBriefFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterApplication($input: ApplicationInput!) {\n    registerApplication(input: $input) {\n      id\n      receiptNo\n      referralIds\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterApplication($input: ApplicationInput!) {\n    registerApplication(input: $input) {\n      id\n      receiptNo\n      referralIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPreApplication($id: ID!, $input: ApplicationInput!) {\n    confirmPreApplication(id: $id, input: $input) {\n      id\n      receiptNo\n      referralIds\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPreApplication($id: ID!, $input: ApplicationInput!) {\n    confirmPreApplication(id: $id, input: $input) {\n      id\n      receiptNo\n      referralIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPreApplication($id: ID!, $reason: String!) {\n    rejectPreApplication(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RejectPreApplication($id: ID!, $reason: String!) {\n    rejectPreApplication(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpReferral($id: ID!, $note: String!) {\n    followUpReferral(id: $id, note: $note)\n  }\n"): (typeof documents)["\n  mutation FollowUpReferral($id: ID!, $note: String!) {\n    followUpReferral(id: $id, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvideSupplement($ref: ReferralRefInput!, $note: String!, $fileIds: [ID!]) {\n    provideSupplement(ref: $ref, note: $note, fileIds: $fileIds) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProvideSupplement($ref: ReferralRefInput!, $note: String!, $fileIds: [ID!]) {\n    provideSupplement(ref: $ref, note: $note, fileIds: $fileIds) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitReferral($ref: ReferralRefInput!, $note: String!) {\n    resubmitReferral(ref: $ref, note: $note) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitReferral($ref: ReferralRefInput!, $note: String!) {\n    resubmitReferral(ref: $ref, note: $note) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReferral($ref: ReferralRefInput!, $reason: String!) {\n    withdrawReferral(ref: $ref, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawReferral($ref: ReferralRefInput!, $reason: String!) {\n    withdrawReferral(ref: $ref, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPrograms {\n    programs {\n      code\n      name\n      ownerName\n    }\n  }\n"): (typeof documents)["\n  query ReportPrograms {\n    programs {\n      code\n      name\n      ownerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPreApplication($input: PreApplicationInput!) {\n    submitPreApplication(input: $input)\n  }\n"): (typeof documents)["\n  mutation SubmitPreApplication($input: PreApplicationInput!) {\n    submitPreApplication(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPreApplications($page: Int!, $pageSize: Int!) {\n    myPreApplications(page: $page, pageSize: $pageSize) {\n      items {\n        id\n        contactName\n        address\n        programNames\n        urgent\n        status\n        statusName\n        receiptNo\n        rejectReason\n        createdAt\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query MyPreApplications($page: Int!, $pageSize: Int!) {\n    myPreApplications(page: $page, pageSize: $pageSize) {\n      items {\n        id\n        contactName\n        address\n        programNames\n        urgent\n        status\n        statusName\n        receiptNo\n        rejectReason\n        createdAt\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignReferrals($refs: [ReferralRefInput!]!) {\n    signReferrals(refs: $refs) {\n      id\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SignReferrals($refs: [ReferralRefInput!]!) {\n    signReferrals(refs: $refs) {\n      id\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSupplement($ref: ReferralRefInput!, $note: String!, $dueDate: String) {\n    requestSupplement(ref: $ref, note: $note, dueDate: $dueDate) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSupplement($ref: ReferralRefInput!, $note: String!, $dueDate: String) {\n    requestSupplement(ref: $ref, note: $note, dueDate: $dueDate) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReferral($ref: ReferralRefInput!, $input: DecisionInput!) {\n    decideReferral(ref: $ref, input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideReferral($ref: ReferralRefInput!, $input: DecisionInput!) {\n    decideReferral(ref: $ref, input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePublicity($ref: ReferralRefInput!, $objection: String) {\n    completePublicity(ref: $ref, objection: $objection) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePublicity($ref: ReferralRefInput!, $objection: String) {\n    completePublicity(ref: $ref, objection: $objection) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferReferral($ref: ReferralRefInput!, $targetProgramCode: String!, $reason: String!) {\n    transferReferral(ref: $ref, targetProgramCode: $targetProgramCode, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation TransferReferral($ref: ReferralRefInput!, $targetProgramCode: String!, $reason: String!) {\n    transferReferral(ref: $ref, targetProgramCode: $targetProgramCode, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnReferral($ref: ReferralRefInput!, $reason: String!) {\n    returnReferral(ref: $ref, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnReferral($ref: ReferralRefInput!, $reason: String!) {\n    returnReferral(ref: $ref, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestExtension($referralId: ID!, $days: Int!, $reason: String!) {\n    requestExtension(referralId: $referralId, days: $days, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation RequestExtension($referralId: ID!, $days: Int!, $reason: String!) {\n    requestExtension(referralId: $referralId, days: $days, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSupervision($id: ID!, $response: String!) {\n    answerSupervision(id: $id, response: $response)\n  }\n"): (typeof documents)["\n  mutation AnswerSupervision($id: ID!, $response: String!) {\n    answerSupervision(id: $id, response: $response)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuperviseReferral($referralId: ID!, $message: String!) {\n    superviseReferral(referralId: $referralId, message: $message)\n  }\n"): (typeof documents)["\n  mutation SuperviseReferral($referralId: ID!, $message: String!) {\n    superviseReferral(referralId: $referralId, message: $message)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideExtension($id: ID!, $approve: Boolean!, $note: String) {\n    decideExtension(id: $id, approve: $approve, note: $note)\n  }\n"): (typeof documents)["\n  mutation DecideExtension($id: ID!, $approve: Boolean!, $note: String) {\n    decideExtension(id: $id, approve: $approve, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdvanceReliefFields on AdvanceRelief {\n    id\n    applicationId\n    receiptNo\n    queryNo\n    name\n    areaCode\n    areaName\n    amountYuan\n    reason\n    grantDate\n    paperworkDue\n    grantedByName\n    state\n    stateName\n  }\n"): (typeof documents)["\n  fragment AdvanceReliefFields on AdvanceRelief {\n    id\n    applicationId\n    receiptNo\n    queryNo\n    name\n    areaCode\n    areaName\n    amountYuan\n    reason\n    grantDate\n    paperworkDue\n    grantedByName\n    state\n    stateName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvanceReliefRules {\n    advanceReliefRules {\n      maxYuan\n      paperworkDays\n    }\n  }\n"): (typeof documents)["\n  query AdvanceReliefRules {\n    advanceReliefRules {\n      maxYuan\n      paperworkDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAdvanceRelief($applicationId: ID!, $amountYuan: Float!, $reason: String!) {\n    grantAdvanceRelief(applicationId: $applicationId, amountYuan: $amountYuan, reason: $reason) {\n      ...AdvanceReliefFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantAdvanceRelief($applicationId: ID!, $amountYuan: Float!, $reason: String!) {\n    grantAdvanceRelief(applicationId: $applicationId, amountYuan: $amountYuan, reason: $reason) {\n      ...AdvanceReliefFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;