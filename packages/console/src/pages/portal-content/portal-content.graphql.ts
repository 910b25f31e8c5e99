import { graphql } from '../../gql';

export const SERVICE_WINDOWS = graphql(`
  query ServiceWindows {
    serviceWindows {
      areaCode
      areaName
      levelName
      isDistrict
      name
      defaultName
      nameIsDefault
      address
      hours
      phone
      mapText
      note
      configured
      updatedByName
      updatedAt
      version
      editable
    }
  }
`);

export const UPDATE_SERVICE_WINDOW = graphql(`
  mutation UpdateServiceWindow($areaCode: String!, $input: ServiceWindowInput!, $version: Int!) {
    updateServiceWindow(areaCode: $areaCode, input: $input, version: $version) {
      areaCode
      name
      version
    }
  }
`);

export const PROGRAM_PLAIN_TEXTS = graphql(`
  query ProgramPlainTexts {
    programPlainTexts {
      code
      name
      ownerCode
      ownerName
      shown {
        summary
        whoQualifies
        whatHelp
        howToApply
      }
      generated {
        summary
        whoQualifies
        whatHelp
        howToApply
      }
      edited {
        summary
        whoQualifies
        whatHelp
        howToApply
      }
      updatedByName
      updatedAt
      version
      mayEdit
    }
  }
`);

export const UPDATE_PROGRAM_PLAIN_TEXT = graphql(`
  mutation UpdateProgramPlainText($code: String!, $input: ProgramPlainTextInput!, $version: Int!) {
    updateProgramPlainText(code: $code, input: $input, version: $version) {
      code
      version
    }
  }
`);

export const FAQS = graphql(`
  query Faqs {
    faqs {
      id
      question
      answer
      programCode
      programName
      sortOrder
      published
      updatedByName
      updatedAt
      version
    }
  }
`);

export const SAVE_FAQ = graphql(`
  mutation SaveFaq($id: ID, $input: FaqInput!, $version: Int!) {
    saveFaq(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`);

export const DELETE_FAQ = graphql(`
  mutation DeleteFaq($id: ID!, $version: Int!) {
    deleteFaq(id: $id, version: $version)
  }
`);

// 留言 (modules/portal message.service.ts)
export const PORTAL_MESSAGES = graphql(`
  query PortalMessages($status: PortalMessageStatus, $category: PortalMessageCategory, $areaCode: String, $page: Int!, $pageSize: Int!) {
    portalMessages(status: $status, category: $category, areaCode: $areaCode, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        messageNo
        category
        categoryName
        areaCode
        areaName
        title
        content
        writerName
        phoneMasked
        publicWanted
        status
        statusName
        published
        reply
        replyUnit
        repliedByName
        repliedAt
        hiddenReason
        hiddenByName
        hiddenAt
        dueDate
        overdue
        createdAt
        version
      }
    }
  }
`);

export const REPLY_PORTAL_MESSAGE = graphql(`
  mutation ReplyPortalMessage($id: ID!, $reply: String!, $publish: Boolean!, $version: Int!) {
    replyPortalMessage(id: $id, reply: $reply, publish: $publish, version: $version) {
      id
      status
      published
      version
    }
  }
`);

export const HIDE_PORTAL_MESSAGE = graphql(`
  mutation HidePortalMessage($id: ID!, $reason: String!, $version: Int!) {
    hidePortalMessage(id: $id, reason: $reason, version: $version) {
      id
      status
      version
    }
  }
`);
