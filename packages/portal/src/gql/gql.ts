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
    "\n  query PortalCaptcha {\n    portalCaptcha {\n      token\n      image\n    }\n  }\n": typeof types.PortalCaptchaDocument,
    "\n  mutation SendPortalSmsCode($phone: String!, $purpose: CodePurpose!, $captchaToken: String!, $captchaAnswer: String!) {\n    sendPortalSmsCode(phone: $phone, purpose: $purpose, captchaToken: $captchaToken, captchaAnswer: $captchaAnswer) {\n      phoneMasked\n      resendAfterSeconds\n      expiresInMinutes\n    }\n  }\n": typeof types.SendPortalSmsCodeDocument,
    "\n  query PortalApplyData {\n    portalPrograms {\n      code\n      name\n      summary\n    }\n    portalTowns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n    portalApplyTerms {\n      consentText\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": typeof types.PortalApplyDataDocument,
    "\n  mutation SubmitCitizenApplication($input: CitizenApplicationInput!) {\n    submitCitizenApplication(input: $input) {\n      queryNo\n      phoneMasked\n      areaName\n    }\n  }\n": typeof types.SubmitCitizenApplicationDocument,
    "\n  query PortalFaqs {\n    portalFaqs {\n      id\n      question\n      answer\n      programCode\n      programName\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": typeof types.PortalFaqsDocument,
    "\n  query PortalHome {\n    portalInfo {\n      hotline\n    }\n    portalNotices(page: 1, pageSize: 3) {\n      total\n      items {\n        id\n        title\n        categoryName\n        pinned\n        publishedAt\n      }\n    }\n    portalWindows {\n      areaCode\n      isDistrict\n      name\n      address\n      hours\n      note\n    }\n  }\n": typeof types.PortalHomeDocument,
    "\n  query PortalMessageBoard($category: PortalMessageCategory, $page: Int!) {\n    portalMessageBoard(category: $category, page: $page, pageSize: 10) {\n      total\n      page\n      pageSize\n      items {\n        id\n        categoryName\n        areaName\n        title\n        content\n        writerName\n        createdAt\n        reply\n        replyUnit\n        repliedAt\n      }\n    }\n  }\n": typeof types.PortalMessageBoardDocument,
    "\n  query PortalTownsForMessage {\n    portalTowns {\n      code\n      name\n    }\n  }\n": typeof types.PortalTownsForMessageDocument,
    "\n  mutation SubmitPortalMessage($input: PortalMessageInput!) {\n    submitPortalMessage(input: $input) {\n      messageNo\n      phoneMasked\n      areaName\n      dueDate\n    }\n  }\n": typeof types.SubmitPortalMessageDocument,
    "\n  mutation LookupPortalMessage($number: String!, $phone: String!, $code: String!) {\n    lookupPortalMessage(number: $number, phone: $phone, code: $code) {\n      messageNo\n      categoryName\n      areaName\n      title\n      content\n      writerName\n      publicWanted\n      status\n      statusName\n      published\n      reply\n      replyUnit\n      repliedAt\n      hiddenReason\n      dueDate\n      createdAt\n    }\n  }\n": typeof types.LookupPortalMessageDocument,
    "\n  query PortalNoticeDetail($id: ID!) {\n    portalNotice(id: $id) {\n      id\n      title\n      body\n      category\n      categoryName\n      pinned\n      publishedAt\n    }\n  }\n": typeof types.PortalNoticeDetailDocument,
    "\n  query PortalNoticeList($category: PortalNoticeCategory, $page: Int!) {\n    portalNotices(category: $category, page: $page, pageSize: 10) {\n      total\n      page\n      pageSize\n      items {\n        id\n        title\n        category\n        categoryName\n        pinned\n        publishedAt\n      }\n    }\n  }\n": typeof types.PortalNoticeListDocument,
    "\n  query PortalProgram($code: String!) {\n    portalProgram(code: $code) {\n      code\n      name\n      ownerName\n      summary\n      whoQualifies\n      whatHelp\n      materials\n      timeLimit\n      howToApply\n      legalBasis\n      updatedAt\n    }\n    portalFaqs(programCode: $code) {\n      id\n      question\n      answer\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": typeof types.PortalProgramDocument,
    "\n  query PortalPrograms {\n    portalPrograms {\n      code\n      name\n      ownerName\n      summary\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": typeof types.PortalProgramsDocument,
    "\n  mutation LookupCitizenApplication($number: String!, $phone: String!, $code: String!) {\n    lookupCitizenApplication(number: $number, phone: $phone, code: $code) {\n      queryNo\n      receiptNo\n      status\n      statusName\n      channelName\n      applicantName\n      areaName\n      submittedAt\n      rejectReason\n      programNames\n      items {\n        programName\n        departmentName\n        statusName\n        outcomeName\n        dueDate\n        supplementNote\n        supplementDue\n        publicityUntil\n      }\n      steps {\n        at\n        text\n      }\n      messages {\n        at\n        content\n      }\n      reporterView\n    }\n  }\n": typeof types.LookupCitizenApplicationDocument,
    "\n  query PublicNotices($page: Int!, $pageSize: Int!, $areaCode: String) {\n    publicNotices(page: $page, pageSize: $pageSize, areaCode: $areaCode) {\n      total\n      items {\n        id\n        programName\n        nameMasked\n        areaName\n        householdSize\n        amount\n        startsOn\n        endsOn\n      }\n    }\n    publicNoticeAreas {\n      code\n      name\n      count\n    }\n  }\n": typeof types.PublicNoticesDocument,
    "\n  mutation SubmitPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {\n    submitPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {\n      id\n      receivedAt\n      message\n    }\n  }\n": typeof types.SubmitPublicityObjectionDocument,
    "\n  query PortalReportData {\n    portalTowns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": typeof types.PortalReportDataDocument,
    "\n  mutation SubmitCitizenReport($input: CitizenReportInput!) {\n    submitCitizenReport(input: $input) {\n      queryNo\n      phoneMasked\n      areaName\n    }\n  }\n": typeof types.SubmitCitizenReportDocument,
    "\n  query SelfCheck($answers: SelfCheckInput!) {\n    selfCheck(answers: $answers) {\n      programCode\n      programName\n      ownerName\n      outcome\n      verdict\n      reasons\n      missing\n      estimatedMonthly\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": typeof types.SelfCheckDocument,
    "\n  query SelfCheckPrograms {\n    portalPrograms {\n      code\n      name\n    }\n  }\n": typeof types.SelfCheckProgramsDocument,
    "\n  query PortalWindows {\n    portalWindows {\n      areaCode\n      areaName\n      isDistrict\n      name\n      address\n      hours\n      phone\n      mapText\n      note\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": typeof types.PortalWindowsDocument,
};
const documents: Documents = {
    "\n  query PortalCaptcha {\n    portalCaptcha {\n      token\n      image\n    }\n  }\n": types.PortalCaptchaDocument,
    "\n  mutation SendPortalSmsCode($phone: String!, $purpose: CodePurpose!, $captchaToken: String!, $captchaAnswer: String!) {\n    sendPortalSmsCode(phone: $phone, purpose: $purpose, captchaToken: $captchaToken, captchaAnswer: $captchaAnswer) {\n      phoneMasked\n      resendAfterSeconds\n      expiresInMinutes\n    }\n  }\n": types.SendPortalSmsCodeDocument,
    "\n  query PortalApplyData {\n    portalPrograms {\n      code\n      name\n      summary\n    }\n    portalTowns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n    portalApplyTerms {\n      consentText\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": types.PortalApplyDataDocument,
    "\n  mutation SubmitCitizenApplication($input: CitizenApplicationInput!) {\n    submitCitizenApplication(input: $input) {\n      queryNo\n      phoneMasked\n      areaName\n    }\n  }\n": types.SubmitCitizenApplicationDocument,
    "\n  query PortalFaqs {\n    portalFaqs {\n      id\n      question\n      answer\n      programCode\n      programName\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": types.PortalFaqsDocument,
    "\n  query PortalHome {\n    portalInfo {\n      hotline\n    }\n    portalNotices(page: 1, pageSize: 3) {\n      total\n      items {\n        id\n        title\n        categoryName\n        pinned\n        publishedAt\n      }\n    }\n    portalWindows {\n      areaCode\n      isDistrict\n      name\n      address\n      hours\n      note\n    }\n  }\n": types.PortalHomeDocument,
    "\n  query PortalMessageBoard($category: PortalMessageCategory, $page: Int!) {\n    portalMessageBoard(category: $category, page: $page, pageSize: 10) {\n      total\n      page\n      pageSize\n      items {\n        id\n        categoryName\n        areaName\n        title\n        content\n        writerName\n        createdAt\n        reply\n        replyUnit\n        repliedAt\n      }\n    }\n  }\n": types.PortalMessageBoardDocument,
    "\n  query PortalTownsForMessage {\n    portalTowns {\n      code\n      name\n    }\n  }\n": types.PortalTownsForMessageDocument,
    "\n  mutation SubmitPortalMessage($input: PortalMessageInput!) {\n    submitPortalMessage(input: $input) {\n      messageNo\n      phoneMasked\n      areaName\n      dueDate\n    }\n  }\n": types.SubmitPortalMessageDocument,
    "\n  mutation LookupPortalMessage($number: String!, $phone: String!, $code: String!) {\n    lookupPortalMessage(number: $number, phone: $phone, code: $code) {\n      messageNo\n      categoryName\n      areaName\n      title\n      content\n      writerName\n      publicWanted\n      status\n      statusName\n      published\n      reply\n      replyUnit\n      repliedAt\n      hiddenReason\n      dueDate\n      createdAt\n    }\n  }\n": types.LookupPortalMessageDocument,
    "\n  query PortalNoticeDetail($id: ID!) {\n    portalNotice(id: $id) {\n      id\n      title\n      body\n      category\n      categoryName\n      pinned\n      publishedAt\n    }\n  }\n": types.PortalNoticeDetailDocument,
    "\n  query PortalNoticeList($category: PortalNoticeCategory, $page: Int!) {\n    portalNotices(category: $category, page: $page, pageSize: 10) {\n      total\n      page\n      pageSize\n      items {\n        id\n        title\n        category\n        categoryName\n        pinned\n        publishedAt\n      }\n    }\n  }\n": types.PortalNoticeListDocument,
    "\n  query PortalProgram($code: String!) {\n    portalProgram(code: $code) {\n      code\n      name\n      ownerName\n      summary\n      whoQualifies\n      whatHelp\n      materials\n      timeLimit\n      howToApply\n      legalBasis\n      updatedAt\n    }\n    portalFaqs(programCode: $code) {\n      id\n      question\n      answer\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": types.PortalProgramDocument,
    "\n  query PortalPrograms {\n    portalPrograms {\n      code\n      name\n      ownerName\n      summary\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": types.PortalProgramsDocument,
    "\n  mutation LookupCitizenApplication($number: String!, $phone: String!, $code: String!) {\n    lookupCitizenApplication(number: $number, phone: $phone, code: $code) {\n      queryNo\n      receiptNo\n      status\n      statusName\n      channelName\n      applicantName\n      areaName\n      submittedAt\n      rejectReason\n      programNames\n      items {\n        programName\n        departmentName\n        statusName\n        outcomeName\n        dueDate\n        supplementNote\n        supplementDue\n        publicityUntil\n      }\n      steps {\n        at\n        text\n      }\n      messages {\n        at\n        content\n      }\n      reporterView\n    }\n  }\n": types.LookupCitizenApplicationDocument,
    "\n  query PublicNotices($page: Int!, $pageSize: Int!, $areaCode: String) {\n    publicNotices(page: $page, pageSize: $pageSize, areaCode: $areaCode) {\n      total\n      items {\n        id\n        programName\n        nameMasked\n        areaName\n        householdSize\n        amount\n        startsOn\n        endsOn\n      }\n    }\n    publicNoticeAreas {\n      code\n      name\n      count\n    }\n  }\n": types.PublicNoticesDocument,
    "\n  mutation SubmitPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {\n    submitPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {\n      id\n      receivedAt\n      message\n    }\n  }\n": types.SubmitPublicityObjectionDocument,
    "\n  query PortalReportData {\n    portalTowns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": types.PortalReportDataDocument,
    "\n  mutation SubmitCitizenReport($input: CitizenReportInput!) {\n    submitCitizenReport(input: $input) {\n      queryNo\n      phoneMasked\n      areaName\n    }\n  }\n": types.SubmitCitizenReportDocument,
    "\n  query SelfCheck($answers: SelfCheckInput!) {\n    selfCheck(answers: $answers) {\n      programCode\n      programName\n      ownerName\n      outcome\n      verdict\n      reasons\n      missing\n      estimatedMonthly\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": types.SelfCheckDocument,
    "\n  query SelfCheckPrograms {\n    portalPrograms {\n      code\n      name\n    }\n  }\n": types.SelfCheckProgramsDocument,
    "\n  query PortalWindows {\n    portalWindows {\n      areaCode\n      areaName\n      isDistrict\n      name\n      address\n      hours\n      phone\n      mapText\n      note\n    }\n    portalInfo {\n      hotline\n    }\n  }\n": types.PortalWindowsDocument,
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
export function graphql(source: "\n  query PortalCaptcha {\n    portalCaptcha {\n      token\n      image\n    }\n  }\n"): (typeof documents)["\n  query PortalCaptcha {\n    portalCaptcha {\n      token\n      image\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPortalSmsCode($phone: String!, $purpose: CodePurpose!, $captchaToken: String!, $captchaAnswer: String!) {\n    sendPortalSmsCode(phone: $phone, purpose: $purpose, captchaToken: $captchaToken, captchaAnswer: $captchaAnswer) {\n      phoneMasked\n      resendAfterSeconds\n      expiresInMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation SendPortalSmsCode($phone: String!, $purpose: CodePurpose!, $captchaToken: String!, $captchaAnswer: String!) {\n    sendPortalSmsCode(phone: $phone, purpose: $purpose, captchaToken: $captchaToken, captchaAnswer: $captchaAnswer) {\n      phoneMasked\n      resendAfterSeconds\n      expiresInMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalApplyData {\n    portalPrograms {\n      code\n      name\n      summary\n    }\n    portalTowns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n    portalApplyTerms {\n      consentText\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"): (typeof documents)["\n  query PortalApplyData {\n    portalPrograms {\n      code\n      name\n      summary\n    }\n    portalTowns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n    portalApplyTerms {\n      consentText\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCitizenApplication($input: CitizenApplicationInput!) {\n    submitCitizenApplication(input: $input) {\n      queryNo\n      phoneMasked\n      areaName\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCitizenApplication($input: CitizenApplicationInput!) {\n    submitCitizenApplication(input: $input) {\n      queryNo\n      phoneMasked\n      areaName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFaqs {\n    portalFaqs {\n      id\n      question\n      answer\n      programCode\n      programName\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"): (typeof documents)["\n  query PortalFaqs {\n    portalFaqs {\n      id\n      question\n      answer\n      programCode\n      programName\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalHome {\n    portalInfo {\n      hotline\n    }\n    portalNotices(page: 1, pageSize: 3) {\n      total\n      items {\n        id\n        title\n        categoryName\n        pinned\n        publishedAt\n      }\n    }\n    portalWindows {\n      areaCode\n      isDistrict\n      name\n      address\n      hours\n      note\n    }\n  }\n"): (typeof documents)["\n  query PortalHome {\n    portalInfo {\n      hotline\n    }\n    portalNotices(page: 1, pageSize: 3) {\n      total\n      items {\n        id\n        title\n        categoryName\n        pinned\n        publishedAt\n      }\n    }\n    portalWindows {\n      areaCode\n      isDistrict\n      name\n      address\n      hours\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMessageBoard($category: PortalMessageCategory, $page: Int!) {\n    portalMessageBoard(category: $category, page: $page, pageSize: 10) {\n      total\n      page\n      pageSize\n      items {\n        id\n        categoryName\n        areaName\n        title\n        content\n        writerName\n        createdAt\n        reply\n        replyUnit\n        repliedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalMessageBoard($category: PortalMessageCategory, $page: Int!) {\n    portalMessageBoard(category: $category, page: $page, pageSize: 10) {\n      total\n      page\n      pageSize\n      items {\n        id\n        categoryName\n        areaName\n        title\n        content\n        writerName\n        createdAt\n        reply\n        replyUnit\n        repliedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTownsForMessage {\n    portalTowns {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PortalTownsForMessage {\n    portalTowns {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPortalMessage($input: PortalMessageInput!) {\n    submitPortalMessage(input: $input) {\n      messageNo\n      phoneMasked\n      areaName\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPortalMessage($input: PortalMessageInput!) {\n    submitPortalMessage(input: $input) {\n      messageNo\n      phoneMasked\n      areaName\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LookupPortalMessage($number: String!, $phone: String!, $code: String!) {\n    lookupPortalMessage(number: $number, phone: $phone, code: $code) {\n      messageNo\n      categoryName\n      areaName\n      title\n      content\n      writerName\n      publicWanted\n      status\n      statusName\n      published\n      reply\n      replyUnit\n      repliedAt\n      hiddenReason\n      dueDate\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation LookupPortalMessage($number: String!, $phone: String!, $code: String!) {\n    lookupPortalMessage(number: $number, phone: $phone, code: $code) {\n      messageNo\n      categoryName\n      areaName\n      title\n      content\n      writerName\n      publicWanted\n      status\n      statusName\n      published\n      reply\n      replyUnit\n      repliedAt\n      hiddenReason\n      dueDate\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNoticeDetail($id: ID!) {\n    portalNotice(id: $id) {\n      id\n      title\n      body\n      category\n      categoryName\n      pinned\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  query PortalNoticeDetail($id: ID!) {\n    portalNotice(id: $id) {\n      id\n      title\n      body\n      category\n      categoryName\n      pinned\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalNoticeList($category: PortalNoticeCategory, $page: Int!) {\n    portalNotices(category: $category, page: $page, pageSize: 10) {\n      total\n      page\n      pageSize\n      items {\n        id\n        title\n        category\n        categoryName\n        pinned\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalNoticeList($category: PortalNoticeCategory, $page: Int!) {\n    portalNotices(category: $category, page: $page, pageSize: 10) {\n      total\n      page\n      pageSize\n      items {\n        id\n        title\n        category\n        categoryName\n        pinned\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProgram($code: String!) {\n    portalProgram(code: $code) {\n      code\n      name\n      ownerName\n      summary\n      whoQualifies\n      whatHelp\n      materials\n      timeLimit\n      howToApply\n      legalBasis\n      updatedAt\n    }\n    portalFaqs(programCode: $code) {\n      id\n      question\n      answer\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"): (typeof documents)["\n  query PortalProgram($code: String!) {\n    portalProgram(code: $code) {\n      code\n      name\n      ownerName\n      summary\n      whoQualifies\n      whatHelp\n      materials\n      timeLimit\n      howToApply\n      legalBasis\n      updatedAt\n    }\n    portalFaqs(programCode: $code) {\n      id\n      question\n      answer\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPrograms {\n    portalPrograms {\n      code\n      name\n      ownerName\n      summary\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"): (typeof documents)["\n  query PortalPrograms {\n    portalPrograms {\n      code\n      name\n      ownerName\n      summary\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LookupCitizenApplication($number: String!, $phone: String!, $code: String!) {\n    lookupCitizenApplication(number: $number, phone: $phone, code: $code) {\n      queryNo\n      receiptNo\n      status\n      statusName\n      channelName\n      applicantName\n      areaName\n      submittedAt\n      rejectReason\n      programNames\n      items {\n        programName\n        departmentName\n        statusName\n        outcomeName\n        dueDate\n        supplementNote\n        supplementDue\n        publicityUntil\n      }\n      steps {\n        at\n        text\n      }\n      messages {\n        at\n        content\n      }\n      reporterView\n    }\n  }\n"): (typeof documents)["\n  mutation LookupCitizenApplication($number: String!, $phone: String!, $code: String!) {\n    lookupCitizenApplication(number: $number, phone: $phone, code: $code) {\n      queryNo\n      receiptNo\n      status\n      statusName\n      channelName\n      applicantName\n      areaName\n      submittedAt\n      rejectReason\n      programNames\n      items {\n        programName\n        departmentName\n        statusName\n        outcomeName\n        dueDate\n        supplementNote\n        supplementDue\n        publicityUntil\n      }\n      steps {\n        at\n        text\n      }\n      messages {\n        at\n        content\n      }\n      reporterView\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicNotices($page: Int!, $pageSize: Int!, $areaCode: String) {\n    publicNotices(page: $page, pageSize: $pageSize, areaCode: $areaCode) {\n      total\n      items {\n        id\n        programName\n        nameMasked\n        areaName\n        householdSize\n        amount\n        startsOn\n        endsOn\n      }\n    }\n    publicNoticeAreas {\n      code\n      name\n      count\n    }\n  }\n"): (typeof documents)["\n  query PublicNotices($page: Int!, $pageSize: Int!, $areaCode: String) {\n    publicNotices(page: $page, pageSize: $pageSize, areaCode: $areaCode) {\n      total\n      items {\n        id\n        programName\n        nameMasked\n        areaName\n        householdSize\n        amount\n        startsOn\n        endsOn\n      }\n    }\n    publicNoticeAreas {\n      code\n      name\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {\n    submitPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {\n      id\n      receivedAt\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPublicityObjection($entryId: ID!, $content: String!, $contactName: String, $contactPhone: String) {\n    submitPublicityObjection(entryId: $entryId, content: $content, contactName: $contactName, contactPhone: $contactPhone) {\n      id\n      receivedAt\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalReportData {\n    portalTowns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"): (typeof documents)["\n  query PortalReportData {\n    portalTowns {\n      code\n      name\n      villages {\n        code\n        name\n      }\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCitizenReport($input: CitizenReportInput!) {\n    submitCitizenReport(input: $input) {\n      queryNo\n      phoneMasked\n      areaName\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCitizenReport($input: CitizenReportInput!) {\n    submitCitizenReport(input: $input) {\n      queryNo\n      phoneMasked\n      areaName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfCheck($answers: SelfCheckInput!) {\n    selfCheck(answers: $answers) {\n      programCode\n      programName\n      ownerName\n      outcome\n      verdict\n      reasons\n      missing\n      estimatedMonthly\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"): (typeof documents)["\n  query SelfCheck($answers: SelfCheckInput!) {\n    selfCheck(answers: $answers) {\n      programCode\n      programName\n      ownerName\n      outcome\n      verdict\n      reasons\n      missing\n      estimatedMonthly\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfCheckPrograms {\n    portalPrograms {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query SelfCheckPrograms {\n    portalPrograms {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalWindows {\n    portalWindows {\n      areaCode\n      areaName\n      isDistrict\n      name\n      address\n      hours\n      phone\n      mapText\n      note\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"): (typeof documents)["\n  query PortalWindows {\n    portalWindows {\n      areaCode\n      areaName\n      isDistrict\n      name\n      address\n      hours\n      phone\n      mapText\n      note\n    }\n    portalInfo {\n      hotline\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;