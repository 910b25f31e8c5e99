import { graphql } from '../../gql';

export const MEMBER_FIELDS = graphql(`
  fragment MemberFields on Member {
    id
    name
    idMasked
    sex
    birthDate
    age
    relation
    relationName
    isHead
    deceased
    deathDate
    phoneMasked
    labourCapacity
    disabilityType
    disabilityGrade
    disabilityCert
    seriousIllness
    schoolStatus
    employmentStatus
    statuses
    fromDate
  }
`);

/** A benefit as the list shows it (the programs a household receives, with a tooltip per record). */
export const BENEFIT_BRIEF_FIELDS = graphql(`
  fragment BenefitBriefFields on BenefitRecord {
    id
    personName
    programCode
    programName
    status
    statusName
    monthlyAmountFen
    departmentName
  }
`);

/** A benefit record in full (the household's detail page). */
export const BENEFIT_FIELDS = graphql(`
  fragment BenefitFields on BenefitRecord {
    ...BenefitBriefFields
    personId
    startDate
    endDate
    source
    departmentId
  }
`);

/** A member as lists and pickers show it (search results, the window's household). */
export const MEMBER_BRIEF_FIELDS = graphql(`
  fragment MemberBriefFields on Member {
    id
    name
    idMasked
    sex
    age
    relation
    relationName
    isHead
    deceased
  }
`);

/** The head of a household's detail (户头): what the detail page and the window both show. */
export const HOUSEHOLD_HEAD_FIELDS = graphql(`
  fragment HouseholdHeadFields on Household {
    id
    access
    areaCode
    areaName
    groupNo
    address
    headName
    memberCount
    status
    tier
    tierName
  }
`);

export const HOUSEHOLD_SUMMARY_FIELDS = graphql(`
  fragment HouseholdSummaryFields on HouseholdSummary {
    id
    access
    areaCode
    areaName
    groupNo
    address
    residenceType
    phoneMasked
    headName
    memberCount
    status
    tier
    tierName
    tierReason
    members {
      ...MemberBriefFields
    }
    benefits {
      ...BenefitBriefFields
    }
  }
`);

export const HOUSEHOLDS = graphql(`
  query Households($filter: HouseholdFilterInput, $page: Int!, $pageSize: Int!) {
    households(filter: $filter, page: $page, pageSize: $pageSize) {
      items {
        ...HouseholdSummaryFields
      }
      total
      totalCapped
      page
      pageSize
    }
  }
`);

export const LEGAL_SUPPORTER_FIELDS = graphql(`
  fragment LegalSupporterFields on LegalSupporter {
    id
    personId
    personName
    name
    idMasked
    duty
    relation
    supporterPersonId
    supporterHouseholdId
    ability
    unableReason
    monthlyIncomeFen
    note
    updatedAt
    version
  }
`);

export const AUTHORISATION_FIELDS = graphql(`
  fragment AuthorisationFields on HouseholdAuthorisation {
    id
    signedOn
    validUntil
    scope
    signerPersonIds
    signerNames
    fileId
    fileName
    note
    recordedByName
    createdAt
    revokedAt
    revokedReason
    revokedByName
    status
    valid
    version
  }
`);

export const HOUSEHOLD = graphql(`
  query Household($id: ID!) {
    household(id: $id) {
      ...HouseholdHeadFields
      residenceType
      phoneMasked
      tierReason
      members {
        ...MemberFields
      }
      formerMembers {
        ...MemberFields
      }
      benefits {
        ...BenefitFields
      }
      incomes {
        id
        personId
        personName
        category
        month
        amountFen
        note
      }
      assets {
        id
        personId
        personName
        kind
        valueFen
        detail {
          type
          areaM2
          count
          nonResidential
          capitalFen
        }
        note
      }
      tierHistory {
        id
        fromTier
        toTier
        reason
        actorName
        at
      }
      events {
        id
        kind
        summary
        actorName
        at
      }
      noLegalSupporterConfirmed
      legalSupporters {
        ...LegalSupporterFields
      }
      authorisations {
        ...AuthorisationFields
      }
    }
  }
`);

export const CHECK_ID_NUMBER = graphql(`
  query CheckIdNumber($idNumber: String!) {
    checkIdNumber(idNumber: $idNumber) {
      valid
      message
      birthDate
      sex
      age
      existing {
        householdId
        areaName
        inScope
        personName
        active
      }
    }
  }
`);

export const CREATE_HOUSEHOLD = graphql(`
  mutation CreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      id
    }
  }
`);

export const UPDATE_HOUSEHOLD = graphql(`
  mutation UpdateHousehold($id: ID!, $input: HouseholdFieldsInput!) {
    updateHousehold(id: $id, input: $input) {
      id
    }
  }
`);

export const ADD_MEMBER = graphql(`
  mutation AddMember($householdId: ID!, $member: MemberInput!) {
    addMember(householdId: $householdId, member: $member) {
      id
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation UpdatePerson($personId: ID!, $input: PersonUpdateInput!) {
    updatePerson(personId: $personId, input: $input)
  }
`);

export const CHANGE_HEAD = graphql(`
  mutation ChangeHead($householdId: ID!, $newHeadPersonId: ID!, $formerHeadRelation: String!) {
    changeHead(householdId: $householdId, newHeadPersonId: $newHeadPersonId, formerHeadRelation: $formerHeadRelation) {
      id
    }
  }
`);

export const MOVE_MEMBER = graphql(`
  mutation MoveMember($personId: ID!, $toHouseholdId: ID!, $relation: String!, $newHeadPersonId: ID) {
    moveMember(personId: $personId, toHouseholdId: $toHouseholdId, relation: $relation, newHeadPersonId: $newHeadPersonId)
  }
`);

export const SPLIT_HOUSEHOLD = graphql(`
  mutation SplitHousehold($householdId: ID!, $input: SplitHouseholdInput!) {
    splitHousehold(householdId: $householdId, input: $input)
  }
`);

export const MERGE_HOUSEHOLDS = graphql(`
  mutation MergeHouseholds($sourceId: ID!, $targetId: ID!, $relations: [MemberRelationInput!]!) {
    mergeHouseholds(sourceId: $sourceId, targetId: $targetId, relations: $relations)
  }
`);

export const MARK_DECEASED = graphql(`
  mutation MarkDeceased($personId: ID!, $deathDate: String!, $newHeadPersonId: ID) {
    markDeceased(personId: $personId, deathDate: $deathDate, newHeadPersonId: $newHeadPersonId)
  }
`);

export const UNMASK = graphql(`
  mutation Unmask($field: UnmaskField!, $reason: String!, $personId: ID, $householdId: ID) {
    unmask(field: $field, reason: $reason, personId: $personId, householdId: $householdId)
  }
`);

export const SET_INCOME = graphql(`
  mutation SetIncome($input: IncomeInput!) {
    setIncome(input: $input)
  }
`);

export const DELETE_INCOME = graphql(`
  mutation DeleteIncome($id: ID!) {
    deleteIncome(id: $id)
  }
`);

export const ADD_ASSET = graphql(`
  mutation AddAsset($input: AssetInput!) {
    addAsset(input: $input)
  }
`);

export const DELETE_ASSET = graphql(`
  mutation DeleteAsset($id: ID!) {
    deleteAsset(id: $id)
  }
`);

export const ADD_LEGAL_SUPPORTER = graphql(`
  mutation AddLegalSupporter($input: LegalSupporterInput!) {
    addLegalSupporter(input: $input)
  }
`);

export const UPDATE_LEGAL_SUPPORTER = graphql(`
  mutation UpdateLegalSupporter($id: ID!, $input: LegalSupporterUpdateInput!, $version: Int!) {
    updateLegalSupporter(id: $id, input: $input, version: $version)
  }
`);

export const REMOVE_LEGAL_SUPPORTER = graphql(`
  mutation RemoveLegalSupporter($id: ID!, $version: Int!) {
    removeLegalSupporter(id: $id, version: $version)
  }
`);

export const SET_NO_LEGAL_SUPPORTER = graphql(`
  mutation SetNoLegalSupporter($householdId: ID!, $confirmed: Boolean) {
    setNoLegalSupporter(householdId: $householdId, confirmed: $confirmed)
  }
`);

export const RECORD_AUTHORISATION = graphql(`
  mutation RecordAuthorisation($input: AuthorisationInput!) {
    recordAuthorisation(input: $input) {
      id
    }
  }
`);

export const REVOKE_AUTHORISATION = graphql(`
  mutation RevokeAuthorisation($id: ID!, $reason: String!, $version: Int!) {
    revokeAuthorisation(id: $id, reason: $reason, version: $version)
  }
`);
