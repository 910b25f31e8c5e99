import { graphql } from '../../gql';

/** 公示管理: the entries as published (masked), status and objections count. */
export const PUBLICITY_ENTRIES = graphql(`
  query PublicityEntries($page: Int!, $pageSize: Int!, $status: PublicityStatus, $areaCode: String) {
    publicityEntries(page: $page, pageSize: $pageSize, status: $status, areaCode: $areaCode) {
      total
      items {
        id
        referralId
        applicationId
        receiptNo
        programName
        nameMasked
        areaName
        householdSize
        amount
        startsOn
        endsOn
        status
        statusName
        takenDownAt
        objectionCount
        isPublic
      }
    }
  }
`);

export const RECORD_PUBLICITY_OBJECTION = graphql(`
  mutation RecordPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {
    recordPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {
      id
      status
      statusName
      objectionCount
      isPublic
    }
  }
`);

export const PUBLICITY_OBJECTIONS = graphql(`
  query PublicityObjections($entryId: ID!) {
    publicityObjections(entryId: $entryId) {
      id
      source
      sourceName
      content
      contactName
      contactPhoneMasked
      recordedByName
      createdAt
    }
  }
`);
