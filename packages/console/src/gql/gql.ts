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
    "\n  fragment CurrentUserFields on CurrentUser {\n    id\n    username\n    displayName\n    roles\n    roleNames\n    permissions\n    areaCode\n    areaName\n    areaLevel\n    departmentId\n    departmentName\n    mfaEnabled\n    mustChangePassword\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment AreaFields on Area {\n    code\n    name\n    level\n    levelName\n    parentCode\n    childCount\n  }\n": typeof types.AreaFieldsFragmentDoc,
    "\n  query AreaChildren($parentCode: String) {\n    areaChildren(parentCode: $parentCode) {\n      ...AreaFields\n    }\n  }\n": typeof types.AreaChildrenDocument,
    "\n  query Roles {\n    roles {\n      code\n      name\n      description\n      admin\n      permissions {\n        code\n        name\n      }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query DepartmentOptions {\n    departments(page: 1, pageSize: 100) {\n      items {\n        id\n        code\n        name\n        shortName\n      }\n      total\n    }\n  }\n": typeof types.DepartmentOptionsDocument,
    "\n  fragment SessionFields on SessionInfo {\n    id\n    createdAt\n    lastSeenAt\n    ip\n    userAgent\n    current\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation BeginMfaSetup {\n    beginMfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.BeginMfaSetupDocument,
    "\n  mutation ConfirmMfaSetup($code: String!) {\n    confirmMfaSetup(code: $code)\n  }\n": typeof types.ConfirmMfaSetupDocument,
    "\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    departmentId\n    departmentName\n    areaCode\n    permissions\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($page: Int!, $pageSize: Int!) {\n    apiTokens(page: $page, pageSize: $pageSize) {\n      items {\n        ...ApiTokenFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query Areas($parentCode: String, $keyword: String, $page: Int!, $pageSize: Int!) {\n    areas(parentCode: $parentCode, keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...AreaFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.AreasDocument,
    "\n  mutation CreateArea($input: AreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n    }\n  }\n": typeof types.CreateAreaDocument,
    "\n  mutation UpdateArea($code: String!, $name: String!) {\n    updateArea(code: $code, name: $name) {\n      ...AreaFields\n    }\n  }\n": typeof types.UpdateAreaDocument,
    "\n  mutation DeleteArea($code: String!) {\n    deleteArea(code: $code)\n  }\n": typeof types.DeleteAreaDocument,
    "\n  query AuditLogs($filter: AuditLogFilter, $page: Int!, $pageSize: Int!) {\n    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        pos\n        at\n        actorName\n        role\n        areaCode\n        action\n        actionName\n        entityType\n        entityId\n        diff\n        ip\n        userAgent\n        requestId\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query AuditVerify {\n    auditVerify {\n      ok\n      checked\n      firstBadPos\n      problem\n      message\n    }\n  }\n": typeof types.AuditVerifyDocument,
    "\n  query AuditActions {\n    auditActions {\n      code\n      name\n    }\n  }\n": typeof types.AuditActionsDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    shortName\n    areaCode\n    userCount\n    createdAt\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($keyword: String, $page: Int!, $pageSize: Int!) {\n    departments(keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...DepartmentFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  query ScreenHousehold($householdId: ID!, $asOf: String) {\n    screenHousehold(householdId: $householdId, asOf: $asOf) {\n      programCode\n      programName\n      owner\n      outcome\n      outcomeName\n      missingFacts\n      excludedBy\n      estimatedMonthlyFen\n      notes\n      trace\n      parameters\n    }\n  }\n": typeof types.ScreenHouseholdDocument,
    "\n  fragment MemberFields on Member {\n    id\n    name\n    idMasked\n    sex\n    birthDate\n    age\n    relation\n    relationName\n    isHead\n    deceased\n    deathDate\n    phoneMasked\n    labourCapacity\n    disabilityType\n    disabilityGrade\n    disabilityCert\n    seriousIllness\n    schoolStatus\n    employmentStatus\n    statuses\n    fromDate\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment BenefitFields on BenefitRecord {\n    id\n    personId\n    personName\n    programCode\n    programName\n    status\n    statusName\n    monthlyAmountFen\n    startDate\n    endDate\n    source\n    departmentId\n    departmentName\n  }\n": typeof types.BenefitFieldsFragmentDoc,
    "\n  fragment HouseholdSummaryFields on HouseholdSummary {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    residenceType\n    phoneMasked\n    headName\n    memberCount\n    status\n    tier\n    tierName\n    tierReason\n    members {\n      id\n      name\n      idMasked\n      sex\n      age\n      relation\n      relationName\n      isHead\n      deceased\n    }\n    benefits {\n      ...BenefitFields\n    }\n  }\n": typeof types.HouseholdSummaryFieldsFragmentDoc,
    "\n  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {\n    households(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...HouseholdSummaryFields\n      }\n      total\n      totalCapped\n      page\n      pageSize\n    }\n  }\n": typeof types.HouseholdsDocument,
    "\n  query Household($id: ID!) {\n    household(id: $id) {\n      id\n      access\n      areaCode\n      areaName\n      groupNo\n      address\n      residenceType\n      phoneMasked\n      headName\n      memberCount\n      status\n      tier\n      tierName\n      tierReason\n      members {\n        ...MemberFields\n      }\n      formerMembers {\n        ...MemberFields\n      }\n      benefits {\n        ...BenefitFields\n      }\n      incomes {\n        id\n        personId\n        personName\n        category\n        month\n        amountFen\n        note\n      }\n      assets {\n        id\n        personId\n        personName\n        kind\n        valueFen\n        detail\n        note\n      }\n      tierHistory {\n        id\n        fromTier\n        toTier\n        reason\n        actorName\n        at\n      }\n      events {\n        id\n        kind\n        summary\n        actorName\n        at\n      }\n    }\n  }\n": typeof types.HouseholdDocument,
    "\n  query CheckIdNumber($idNumber: String!) {\n    checkIdNumber(idNumber: $idNumber) {\n      valid\n      message\n      birthDate\n      sex\n      age\n      existing {\n        householdId\n        areaName\n        inScope\n        personName\n        active\n      }\n    }\n  }\n": typeof types.CheckIdNumberDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($id: ID!, $input: HouseholdFieldsInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateHouseholdDocument,
    "\n  mutation AddMember($householdId: ID!, $member: MemberInputType!) {\n    addMember(householdId: $householdId, member: $member) {\n      id\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInputType!) {\n    updatePerson(personId: $personId, input: $input)\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ChangeHead($householdId: ID!, $newHeadPersonId: ID!, $formerHeadRelation: String!) {\n    changeHead(householdId: $householdId, newHeadPersonId: $newHeadPersonId, formerHeadRelation: $formerHeadRelation) {\n      id\n    }\n  }\n": typeof types.ChangeHeadDocument,
    "\n  mutation MoveMember($personId: ID!, $toHouseholdId: ID!, $relation: String!, $newHeadPersonId: ID) {\n    moveMember(personId: $personId, toHouseholdId: $toHouseholdId, relation: $relation, newHeadPersonId: $newHeadPersonId)\n  }\n": typeof types.MoveMemberDocument,
    "\n  mutation SplitHousehold($householdId: ID!, $input: SplitHouseholdInput!) {\n    splitHousehold(householdId: $householdId, input: $input)\n  }\n": typeof types.SplitHouseholdDocument,
    "\n  mutation MergeHouseholds($sourceId: ID!, $targetId: ID!, $relations: [MemberRelationInput!]!) {\n    mergeHouseholds(sourceId: $sourceId, targetId: $targetId, relations: $relations)\n  }\n": typeof types.MergeHouseholdsDocument,
    "\n  mutation MarkDeceased($personId: ID!, $deathDate: String!, $newHeadPersonId: ID) {\n    markDeceased(personId: $personId, deathDate: $deathDate, newHeadPersonId: $newHeadPersonId)\n  }\n": typeof types.MarkDeceasedDocument,
    "\n  mutation Unmask($field: UnmaskField!, $reason: String!, $personId: ID, $householdId: ID) {\n    unmask(field: $field, reason: $reason, personId: $personId, householdId: $householdId)\n  }\n": typeof types.UnmaskDocument,
    "\n  mutation SetIncome($input: IncomeInputType!) {\n    setIncome(input: $input)\n  }\n": typeof types.SetIncomeDocument,
    "\n  mutation DeleteIncome($id: ID!) {\n    deleteIncome(id: $id)\n  }\n": typeof types.DeleteIncomeDocument,
    "\n  mutation AddAsset($input: AssetInputType!) {\n    addAsset(input: $input)\n  }\n": typeof types.AddAssetDocument,
    "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id)\n  }\n": typeof types.DeleteAssetDocument,
    "\n  fragment LoginResultFields on LoginResult {\n    status\n    user {\n      ...CurrentUserFields\n    }\n    mfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.LoginResultFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...LoginResultFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      ...LoginResultFields\n    }\n  }\n": typeof types.VerifyMfaDocument,
    "\n  query Programs($asOf: String) {\n    programs(asOf: $asOf) {\n      code\n      name\n      ownerCode\n      ownerName\n      description\n      legalBasis\n      conditions\n      amount\n      materials\n      steps\n      publicity\n    }\n  }\n": typeof types.ProgramsDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    areaCode\n    areaName\n    departmentId\n    departmentName\n    roles\n    roleNames\n    disabled\n    lockedUntil\n    mfaEnabled\n    lastLoginAt\n    createdAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($keyword: String, $areaCode: String, $role: String, $page: Int!, $pageSize: Int!) {\n    users(keyword: $keyword, areaCode: $areaCode, role: $role, page: $page, pageSize: $pageSize) {\n      items {\n        ...UserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserFields\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword)\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      ...SessionFields\n    }\n  }\n": typeof types.UserSessionsDocument,
};
const documents: Documents = {
    "\n  fragment CurrentUserFields on CurrentUser {\n    id\n    username\n    displayName\n    roles\n    roleNames\n    permissions\n    areaCode\n    areaName\n    areaLevel\n    departmentId\n    departmentName\n    mfaEnabled\n    mustChangePassword\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment AreaFields on Area {\n    code\n    name\n    level\n    levelName\n    parentCode\n    childCount\n  }\n": types.AreaFieldsFragmentDoc,
    "\n  query AreaChildren($parentCode: String) {\n    areaChildren(parentCode: $parentCode) {\n      ...AreaFields\n    }\n  }\n": types.AreaChildrenDocument,
    "\n  query Roles {\n    roles {\n      code\n      name\n      description\n      admin\n      permissions {\n        code\n        name\n      }\n    }\n  }\n": types.RolesDocument,
    "\n  query DepartmentOptions {\n    departments(page: 1, pageSize: 100) {\n      items {\n        id\n        code\n        name\n        shortName\n      }\n      total\n    }\n  }\n": types.DepartmentOptionsDocument,
    "\n  fragment SessionFields on SessionInfo {\n    id\n    createdAt\n    lastSeenAt\n    ip\n    userAgent\n    current\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation BeginMfaSetup {\n    beginMfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": types.BeginMfaSetupDocument,
    "\n  mutation ConfirmMfaSetup($code: String!) {\n    confirmMfaSetup(code: $code)\n  }\n": types.ConfirmMfaSetupDocument,
    "\n  query MySessions {\n    mySessions {\n      ...SessionFields\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    departmentId\n    departmentName\n    areaCode\n    permissions\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($page: Int!, $pageSize: Int!) {\n    apiTokens(page: $page, pageSize: $pageSize) {\n      items {\n        ...ApiTokenFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: ApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query Areas($parentCode: String, $keyword: String, $page: Int!, $pageSize: Int!) {\n    areas(parentCode: $parentCode, keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...AreaFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.AreasDocument,
    "\n  mutation CreateArea($input: AreaInput!) {\n    createArea(input: $input) {\n      ...AreaFields\n    }\n  }\n": types.CreateAreaDocument,
    "\n  mutation UpdateArea($code: String!, $name: String!) {\n    updateArea(code: $code, name: $name) {\n      ...AreaFields\n    }\n  }\n": types.UpdateAreaDocument,
    "\n  mutation DeleteArea($code: String!) {\n    deleteArea(code: $code)\n  }\n": types.DeleteAreaDocument,
    "\n  query AuditLogs($filter: AuditLogFilter, $page: Int!, $pageSize: Int!) {\n    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        pos\n        at\n        actorName\n        role\n        areaCode\n        action\n        actionName\n        entityType\n        entityId\n        diff\n        ip\n        userAgent\n        requestId\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query AuditVerify {\n    auditVerify {\n      ok\n      checked\n      firstBadPos\n      problem\n      message\n    }\n  }\n": types.AuditVerifyDocument,
    "\n  query AuditActions {\n    auditActions {\n      code\n      name\n    }\n  }\n": types.AuditActionsDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    code\n    name\n    shortName\n    areaCode\n    userCount\n    createdAt\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($keyword: String, $page: Int!, $pageSize: Int!) {\n    departments(keyword: $keyword, page: $page, pageSize: $pageSize) {\n      items {\n        ...DepartmentFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.DepartmentsDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($id: ID!, $input: DepartmentInput!) {\n    updateDepartment(id: $id, input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  query ScreenHousehold($householdId: ID!, $asOf: String) {\n    screenHousehold(householdId: $householdId, asOf: $asOf) {\n      programCode\n      programName\n      owner\n      outcome\n      outcomeName\n      missingFacts\n      excludedBy\n      estimatedMonthlyFen\n      notes\n      trace\n      parameters\n    }\n  }\n": types.ScreenHouseholdDocument,
    "\n  fragment MemberFields on Member {\n    id\n    name\n    idMasked\n    sex\n    birthDate\n    age\n    relation\n    relationName\n    isHead\n    deceased\n    deathDate\n    phoneMasked\n    labourCapacity\n    disabilityType\n    disabilityGrade\n    disabilityCert\n    seriousIllness\n    schoolStatus\n    employmentStatus\n    statuses\n    fromDate\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment BenefitFields on BenefitRecord {\n    id\n    personId\n    personName\n    programCode\n    programName\n    status\n    statusName\n    monthlyAmountFen\n    startDate\n    endDate\n    source\n    departmentId\n    departmentName\n  }\n": types.BenefitFieldsFragmentDoc,
    "\n  fragment HouseholdSummaryFields on HouseholdSummary {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    residenceType\n    phoneMasked\n    headName\n    memberCount\n    status\n    tier\n    tierName\n    tierReason\n    members {\n      id\n      name\n      idMasked\n      sex\n      age\n      relation\n      relationName\n      isHead\n      deceased\n    }\n    benefits {\n      ...BenefitFields\n    }\n  }\n": types.HouseholdSummaryFieldsFragmentDoc,
    "\n  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {\n    households(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...HouseholdSummaryFields\n      }\n      total\n      totalCapped\n      page\n      pageSize\n    }\n  }\n": types.HouseholdsDocument,
    "\n  query Household($id: ID!) {\n    household(id: $id) {\n      id\n      access\n      areaCode\n      areaName\n      groupNo\n      address\n      residenceType\n      phoneMasked\n      headName\n      memberCount\n      status\n      tier\n      tierName\n      tierReason\n      members {\n        ...MemberFields\n      }\n      formerMembers {\n        ...MemberFields\n      }\n      benefits {\n        ...BenefitFields\n      }\n      incomes {\n        id\n        personId\n        personName\n        category\n        month\n        amountFen\n        note\n      }\n      assets {\n        id\n        personId\n        personName\n        kind\n        valueFen\n        detail\n        note\n      }\n      tierHistory {\n        id\n        fromTier\n        toTier\n        reason\n        actorName\n        at\n      }\n      events {\n        id\n        kind\n        summary\n        actorName\n        at\n      }\n    }\n  }\n": types.HouseholdDocument,
    "\n  query CheckIdNumber($idNumber: String!) {\n    checkIdNumber(idNumber: $idNumber) {\n      valid\n      message\n      birthDate\n      sex\n      age\n      existing {\n        householdId\n        areaName\n        inScope\n        personName\n        active\n      }\n    }\n  }\n": types.CheckIdNumberDocument,
    "\n  mutation CreateHousehold($input: CreateHouseholdInput!) {\n    createHousehold(input: $input) {\n      id\n    }\n  }\n": types.CreateHouseholdDocument,
    "\n  mutation UpdateHousehold($id: ID!, $input: HouseholdFieldsInput!) {\n    updateHousehold(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateHouseholdDocument,
    "\n  mutation AddMember($householdId: ID!, $member: MemberInputType!) {\n    addMember(householdId: $householdId, member: $member) {\n      id\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInputType!) {\n    updatePerson(personId: $personId, input: $input)\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ChangeHead($householdId: ID!, $newHeadPersonId: ID!, $formerHeadRelation: String!) {\n    changeHead(householdId: $householdId, newHeadPersonId: $newHeadPersonId, formerHeadRelation: $formerHeadRelation) {\n      id\n    }\n  }\n": types.ChangeHeadDocument,
    "\n  mutation MoveMember($personId: ID!, $toHouseholdId: ID!, $relation: String!, $newHeadPersonId: ID) {\n    moveMember(personId: $personId, toHouseholdId: $toHouseholdId, relation: $relation, newHeadPersonId: $newHeadPersonId)\n  }\n": types.MoveMemberDocument,
    "\n  mutation SplitHousehold($householdId: ID!, $input: SplitHouseholdInput!) {\n    splitHousehold(householdId: $householdId, input: $input)\n  }\n": types.SplitHouseholdDocument,
    "\n  mutation MergeHouseholds($sourceId: ID!, $targetId: ID!, $relations: [MemberRelationInput!]!) {\n    mergeHouseholds(sourceId: $sourceId, targetId: $targetId, relations: $relations)\n  }\n": types.MergeHouseholdsDocument,
    "\n  mutation MarkDeceased($personId: ID!, $deathDate: String!, $newHeadPersonId: ID) {\n    markDeceased(personId: $personId, deathDate: $deathDate, newHeadPersonId: $newHeadPersonId)\n  }\n": types.MarkDeceasedDocument,
    "\n  mutation Unmask($field: UnmaskField!, $reason: String!, $personId: ID, $householdId: ID) {\n    unmask(field: $field, reason: $reason, personId: $personId, householdId: $householdId)\n  }\n": types.UnmaskDocument,
    "\n  mutation SetIncome($input: IncomeInputType!) {\n    setIncome(input: $input)\n  }\n": types.SetIncomeDocument,
    "\n  mutation DeleteIncome($id: ID!) {\n    deleteIncome(id: $id)\n  }\n": types.DeleteIncomeDocument,
    "\n  mutation AddAsset($input: AssetInputType!) {\n    addAsset(input: $input)\n  }\n": types.AddAssetDocument,
    "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id)\n  }\n": types.DeleteAssetDocument,
    "\n  fragment LoginResultFields on LoginResult {\n    status\n    user {\n      ...CurrentUserFields\n    }\n    mfaSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": types.LoginResultFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...LoginResultFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation VerifyMfa($code: String!) {\n    verifyMfa(code: $code) {\n      ...LoginResultFields\n    }\n  }\n": types.VerifyMfaDocument,
    "\n  query Programs($asOf: String) {\n    programs(asOf: $asOf) {\n      code\n      name\n      ownerCode\n      ownerName\n      description\n      legalBasis\n      conditions\n      amount\n      materials\n      steps\n      publicity\n    }\n  }\n": types.ProgramsDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    areaCode\n    areaName\n    departmentId\n    departmentName\n    roles\n    roleNames\n    disabled\n    lockedUntil\n    mfaEnabled\n    lastLoginAt\n    createdAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($keyword: String, $areaCode: String, $role: String, $page: Int!, $pageSize: Int!) {\n    users(keyword: $keyword, areaCode: $areaCode, role: $role, page: $page, pageSize: $pageSize) {\n      items {\n        ...UserFields\n      }\n      total\n      page\n      pageSize\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserRoles($id: ID!, $roles: [String!]!) {\n    setUserRoles(id: $id, roles: $roles) {\n      ...UserFields\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword)\n  }\n": types.ResetUserPasswordDocument,
    "\n  query UserSessions($userId: ID!) {\n    userSessions(userId: $userId) {\n      ...SessionFields\n    }\n  }\n": types.UserSessionsDocument,
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
export function graphql(source: "\n  fragment CurrentUserFields on CurrentUser {\n    id\n    username\n    displayName\n    roles\n    roleNames\n    permissions\n    areaCode\n    areaName\n    areaLevel\n    departmentId\n    departmentName\n    mfaEnabled\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on CurrentUser {\n    id\n    username\n    displayName\n    roles\n    roleNames\n    permissions\n    areaCode\n    areaName\n    areaLevel\n    departmentId\n    departmentName\n    mfaEnabled\n    mustChangePassword\n  }\n"];
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
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    departmentId\n    departmentName\n    areaCode\n    permissions\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    departmentId\n    departmentName\n    areaCode\n    permissions\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"];
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
export function graphql(source: "\n  query AuditLogs($filter: AuditLogFilter, $page: Int!, $pageSize: Int!) {\n    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        pos\n        at\n        actorName\n        role\n        areaCode\n        action\n        actionName\n        entityType\n        entityId\n        diff\n        ip\n        userAgent\n        requestId\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($filter: AuditLogFilter, $page: Int!, $pageSize: Int!) {\n    auditLogs(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        id\n        pos\n        at\n        actorName\n        role\n        areaCode\n        action\n        actionName\n        entityType\n        entityId\n        diff\n        ip\n        userAgent\n        requestId\n        hash\n      }\n      total\n      page\n      pageSize\n    }\n  }\n"];
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
export function graphql(source: "\n  query ScreenHousehold($householdId: ID!, $asOf: String) {\n    screenHousehold(householdId: $householdId, asOf: $asOf) {\n      programCode\n      programName\n      owner\n      outcome\n      outcomeName\n      missingFacts\n      excludedBy\n      estimatedMonthlyFen\n      notes\n      trace\n      parameters\n    }\n  }\n"): (typeof documents)["\n  query ScreenHousehold($householdId: ID!, $asOf: String) {\n    screenHousehold(householdId: $householdId, asOf: $asOf) {\n      programCode\n      programName\n      owner\n      outcome\n      outcomeName\n      missingFacts\n      excludedBy\n      estimatedMonthlyFen\n      notes\n      trace\n      parameters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    name\n    idMasked\n    sex\n    birthDate\n    age\n    relation\n    relationName\n    isHead\n    deceased\n    deathDate\n    phoneMasked\n    labourCapacity\n    disabilityType\n    disabilityGrade\n    disabilityCert\n    seriousIllness\n    schoolStatus\n    employmentStatus\n    statuses\n    fromDate\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    name\n    idMasked\n    sex\n    birthDate\n    age\n    relation\n    relationName\n    isHead\n    deceased\n    deathDate\n    phoneMasked\n    labourCapacity\n    disabilityType\n    disabilityGrade\n    disabilityCert\n    seriousIllness\n    schoolStatus\n    employmentStatus\n    statuses\n    fromDate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenefitFields on BenefitRecord {\n    id\n    personId\n    personName\n    programCode\n    programName\n    status\n    statusName\n    monthlyAmountFen\n    startDate\n    endDate\n    source\n    departmentId\n    departmentName\n  }\n"): (typeof documents)["\n  fragment BenefitFields on BenefitRecord {\n    id\n    personId\n    personName\n    programCode\n    programName\n    status\n    statusName\n    monthlyAmountFen\n    startDate\n    endDate\n    source\n    departmentId\n    departmentName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdSummaryFields on HouseholdSummary {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    residenceType\n    phoneMasked\n    headName\n    memberCount\n    status\n    tier\n    tierName\n    tierReason\n    members {\n      id\n      name\n      idMasked\n      sex\n      age\n      relation\n      relationName\n      isHead\n      deceased\n    }\n    benefits {\n      ...BenefitFields\n    }\n  }\n"): (typeof documents)["\n  fragment HouseholdSummaryFields on HouseholdSummary {\n    id\n    access\n    areaCode\n    areaName\n    groupNo\n    address\n    residenceType\n    phoneMasked\n    headName\n    memberCount\n    status\n    tier\n    tierName\n    tierReason\n    members {\n      id\n      name\n      idMasked\n      sex\n      age\n      relation\n      relationName\n      isHead\n      deceased\n    }\n    benefits {\n      ...BenefitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {\n    households(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...HouseholdSummaryFields\n      }\n      total\n      totalCapped\n      page\n      pageSize\n    }\n  }\n"): (typeof documents)["\n  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {\n    households(filter: $filter, page: $page, pageSize: $pageSize) {\n      items {\n        ...HouseholdSummaryFields\n      }\n      total\n      totalCapped\n      page\n      pageSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Household($id: ID!) {\n    household(id: $id) {\n      id\n      access\n      areaCode\n      areaName\n      groupNo\n      address\n      residenceType\n      phoneMasked\n      headName\n      memberCount\n      status\n      tier\n      tierName\n      tierReason\n      members {\n        ...MemberFields\n      }\n      formerMembers {\n        ...MemberFields\n      }\n      benefits {\n        ...BenefitFields\n      }\n      incomes {\n        id\n        personId\n        personName\n        category\n        month\n        amountFen\n        note\n      }\n      assets {\n        id\n        personId\n        personName\n        kind\n        valueFen\n        detail\n        note\n      }\n      tierHistory {\n        id\n        fromTier\n        toTier\n        reason\n        actorName\n        at\n      }\n      events {\n        id\n        kind\n        summary\n        actorName\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query Household($id: ID!) {\n    household(id: $id) {\n      id\n      access\n      areaCode\n      areaName\n      groupNo\n      address\n      residenceType\n      phoneMasked\n      headName\n      memberCount\n      status\n      tier\n      tierName\n      tierReason\n      members {\n        ...MemberFields\n      }\n      formerMembers {\n        ...MemberFields\n      }\n      benefits {\n        ...BenefitFields\n      }\n      incomes {\n        id\n        personId\n        personName\n        category\n        month\n        amountFen\n        note\n      }\n      assets {\n        id\n        personId\n        personName\n        kind\n        valueFen\n        detail\n        note\n      }\n      tierHistory {\n        id\n        fromTier\n        toTier\n        reason\n        actorName\n        at\n      }\n      events {\n        id\n        kind\n        summary\n        actorName\n        at\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AddMember($householdId: ID!, $member: MemberInputType!) {\n    addMember(householdId: $householdId, member: $member) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($householdId: ID!, $member: MemberInputType!) {\n    addMember(householdId: $householdId, member: $member) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInputType!) {\n    updatePerson(personId: $personId, input: $input)\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInputType!) {\n    updatePerson(personId: $personId, input: $input)\n  }\n"];
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
export function graphql(source: "\n  mutation SetIncome($input: IncomeInputType!) {\n    setIncome(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetIncome($input: IncomeInputType!) {\n    setIncome(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteIncome($id: ID!) {\n    deleteIncome(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteIncome($id: ID!) {\n    deleteIncome(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAsset($input: AssetInputType!) {\n    addAsset(input: $input)\n  }\n"): (typeof documents)["\n  mutation AddAsset($input: AssetInputType!) {\n    addAsset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAsset($id: ID!) {\n    deleteAsset(id: $id)\n  }\n"];
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
export function graphql(source: "\n  query Programs($asOf: String) {\n    programs(asOf: $asOf) {\n      code\n      name\n      ownerCode\n      ownerName\n      description\n      legalBasis\n      conditions\n      amount\n      materials\n      steps\n      publicity\n    }\n  }\n"): (typeof documents)["\n  query Programs($asOf: String) {\n    programs(asOf: $asOf) {\n      code\n      name\n      ownerCode\n      ownerName\n      description\n      legalBasis\n      conditions\n      amount\n      materials\n      steps\n      publicity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    areaCode\n    areaName\n    departmentId\n    departmentName\n    roles\n    roleNames\n    disabled\n    lockedUntil\n    mfaEnabled\n    lastLoginAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    areaCode\n    areaName\n    departmentId\n    departmentName\n    roles\n    roleNames\n    disabled\n    lockedUntil\n    mfaEnabled\n    lastLoginAt\n    createdAt\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;