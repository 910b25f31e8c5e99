/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 生活自理能力 */
export type CareLevel =
  /** 完全丧失生活自理能力 */
  | 'FULL'
  /** 部分丧失生活自理能力 */
  | 'PARTIAL'
  /** 具备生活自理能力 */
  | 'SELF';

/** 网上预申请（手机号须先获取短信验证码） */
export type CitizenApplicationInput = {
  /** 现住址 */
  address: string;
  /** 所在村（社区）12 位区划代码 */
  areaCode: string;
  /** 短信验证码（6 位） */
  code: string;
  /** 同意核对家庭经济状况（必须为 true） */
  consent: boolean;
  /** 家庭困难情况 */
  description: string;
  /** 共同生活的家庭人口 */
  householdSize?: number | null | undefined;
  /** 申请人身份证号（可不填，窗口联系时核实） */
  idNumber?: string | null | undefined;
  /** 申请人姓名 */
  name: string;
  /** 申请人手机号码（接收验证码和办理短信） */
  phone: string;
  /** 想申请的救助事项代码 */
  programs: Array<string>;
  /** 情况紧急（突发事件、意外伤害、重大疾病等） */
  urgent?: boolean | null | undefined;
};

/** 报告身边的困难群众（报告人手机号须先获取短信验证码） */
export type CitizenReportInput = {
  /** 住址或常在的地方 */
  address: string;
  /** 所在村（社区）12 位区划代码 */
  areaCode: string;
  /** 短信验证码（6 位） */
  code: string;
  /** 看到的困难情况 */
  description: string;
  /** 困难群众姓名（不知道全名可写姓氏称呼） */
  name: string;
  /** 困难群众的电话（知道时填写） */
  personPhone?: string | null | undefined;
  /** 报告人手机号码（接收验证码，凭它查询处理情况） */
  phone: string;
  /** 与困难群众的关系，如 邻居、亲属（可不填） */
  relation?: string | null | undefined;
  /** 报告人称呼（可不填） */
  reporterName?: string | null | undefined;
  /** 情况紧急 */
  urgent?: boolean | null | undefined;
};

/** 短信验证码的用途 */
export type CodePurpose =
  /** 网上申请社会救助 */
  | 'APPLY'
  /** 查询申请进度 */
  | 'LOOKUP'
  /** 留言或查看留言答复 */
  | 'MESSAGE'
  /** 报告身边的困难群众 */
  | 'REPORT';

/** 残疾类别（第二代残疾人证） */
export type DisabilityType =
  /** 听力残疾 */
  | 'HEARING'
  /** 智力残疾 */
  | 'INTELLECTUAL'
  /** 精神残疾 */
  | 'MENTAL'
  /** 多重残疾 */
  | 'MULTIPLE'
  /** 肢体残疾 */
  | 'PHYSICAL'
  /** 言语残疾 */
  | 'SPEECH'
  /** 视力残疾 */
  | 'VISUAL';

/** 就业状态 */
export type EmploymentStatus =
  /** 在业 */
  | 'EMPLOYED'
  /** 务农 */
  | 'FARMING'
  /** 灵活就业 */
  | 'FLEXIBLE'
  /** 非劳动年龄 */
  | 'NOT_WORKING_AGE'
  /** 离退休 */
  | 'RETIRED'
  /** 失业/无业 */
  | 'UNEMPLOYED';

/** 劳动能力 */
export type LabourCapacity =
  /** 有劳动能力 */
  | 'FULL'
  /** 无劳动能力 */
  | 'NONE'
  /** 部分丧失劳动能力 */
  | 'PARTIAL';

/** 法定赡养、抚养、扶养义务人情况 */
export type LegalSupport =
  /** 法定义务人有履行义务能力 */
  | 'ABLE'
  /** 无法定赡养、抚养、扶养义务人 */
  | 'NONE'
  /** 法定义务人无履行义务能力 */
  | 'UNABLE';

/** 与户主关系 */
export type MemberRelation =
  /** 儿媳/女婿 */
  | 'CHILD_IN_LAW'
  /** 女 */
  | 'DAUGHTER'
  /** 父亲 */
  | 'FATHER'
  /** 孙子女 */
  | 'GRANDCHILD'
  /** 祖父母 */
  | 'GRANDPARENT'
  /** 户主 */
  | 'HEAD'
  /** 母亲 */
  | 'MOTHER'
  /** 其他 */
  | 'OTHER'
  /** 兄弟姐妹 */
  | 'SIBLING'
  /** 子 */
  | 'SON'
  /** 配偶 */
  | 'SPOUSE';

/** 留言类别 */
export type PortalMessageCategory =
  /** 投诉举报 */
  | 'COMPLAINT'
  /** 政策咨询 */
  | 'POLICY'
  /** 办理进度 */
  | 'PROGRESS'
  /** 意见建议 */
  | 'SUGGESTION';

/** 网上留言（手机号须先获取用途为 MESSAGE 的短信验证码） */
export type PortalMessageInput = {
  /** 留言涉及的镇（街道）12 位区划代码 */
  areaCode: string;
  category: PortalMessageCategory;
  /** 短信验证码（6 位） */
  code: string;
  /** 留言内容（5–1000 字） */
  content: string;
  /** 是否公开：true = 答复后可在留言板公开（身份证号、手机号自动隐去） */
  isPublic: boolean;
  /** 留言人姓名（公开时脱敏） */
  name: string;
  /** 手机号码（不公开） */
  phone: string;
  /** 标题（≤ 50 字） */
  title: string;
};

/** 留言状态 */
export type PortalMessageStatus =
  /** 已屏蔽 */
  | 'HIDDEN'
  /** 待处理 */
  | 'PENDING'
  /** 已回复 */
  | 'REPLIED';

/** 通知公告类别 */
export type PortalNoticeCategory =
  /** 通知 */
  | 'NOTICE'
  /** 政策解读 */
  | 'POLICY'
  /** 工作动态 */
  | 'WORK';

/** 城乡类别 */
export type ResidenceType =
  /** 农村 */
  | 'RURAL'
  /** 城镇 */
  | 'URBAN';

/** 在学状态 */
export type SchoolStatus =
  /** 大专及以上 */
  | 'COLLEGE'
  /** 初中 */
  | 'JUNIOR'
  /** 未在学 */
  | 'NONE'
  /** 学前教育 */
  | 'PRESCHOOL'
  /** 小学 */
  | 'PRIMARY'
  /** 高中/中职 */
  | 'SENIOR';

/** 筛查结论 */
export type ScreeningOutcome =
  /** 符合 */
  | 'ELIGIBLE'
  /** 因互斥排除 */
  | 'EXCLUDED'
  /** 不符合 */
  | 'INELIGIBLE'
  /** 信息不足 */
  | 'INSUFFICIENT';

/** 我能申请什么：按家庭情况自助测算（不保存、不记名） */
export type SelfCheckInput = {
  /** 所在村社或镇街的 12 位区划代码 */
  areaCode?: string | null | undefined;
  /** 汽车价值（元）；没有填 0 */
  carValue?: number | null | undefined;
  /** 正在享受的救助（事项代码） */
  currentPrograms?: Array<string> | null | undefined;
  /** 存款、理财等金融资产合计（元） */
  deposits?: number | null | undefined;
  /** 受灾 */
  disasterAffected?: boolean | null | undefined;
  /** 拥有住房套数 */
  homes?: number | null | undefined;
  /** 住房困难 */
  housingDifficulty?: boolean | null | undefined;
  /** 赡养、抚养、扶养义务人情况 */
  legalSupport?: LegalSupport | null | undefined;
  /** 共同生活的家庭成员（含本人，1–15 人） */
  members: Array<SelfCheckMemberInput>;
  /** 全家上个月其他收入合计（元）：经营、养老金、租金、赡养费等；没有填 0 */
  otherIncome: number;
  /** 城市或农村户籍 */
  residenceType: ResidenceType;
  /** 近 12 个月医疗、教育等刚性支出（元） */
  rigidSpending12m?: number | null | undefined;
  /** 遇到突发性、紧迫性、临时性困难 */
  suddenHardship?: boolean | null | undefined;
  /** 家中有工会会员 */
  unionMember?: boolean | null | undefined;
  /** 全家上个月工资收入合计（元）；没有填 0 */
  wageIncome?: number | null | undefined;
};

/** 自助测算：一名家庭成员（不填姓名和身份证号） */
export type SelfCheckMemberInput = {
  /** 年龄（周岁） */
  age: number;
  /** 生活自理能力 */
  careLevel?: CareLevel | null | undefined;
  /** 残疾等级 1（一级，最重）… 4 */
  disabilityGrade?: number | null | undefined;
  /** 残疾类别；不填为无残疾 */
  disabilityType?: DisabilityType | null | undefined;
  /** 就业情况；不填为不清楚 */
  employmentStatus?: EmploymentStatus | null | undefined;
  /** 劳动能力；不填为不清楚 */
  labourCapacity?: LabourCapacity | null | undefined;
  /** 与户主关系（户主本人为 HEAD） */
  relation: MemberRelation;
  /** 在学情况；不填为不清楚 */
  schoolStatus?: SchoolStatus | null | undefined;
  /** 患有重特大疾病；不填为不清楚 */
  seriousIllness?: boolean | null | undefined;
  sex?: Sex | null | undefined;
};

/** 性别（由身份证号得出） */
export type Sex =
  /** 女 */
  | 'F'
  /** 男 */
  | 'M';

export type PortalCaptchaQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalCaptchaQuery = { portalCaptcha: { token: string, image: string } };

export type SendPortalSmsCodeMutationVariables = Exact<{
  phone: string;
  purpose: CodePurpose;
  captchaToken: string;
  captchaAnswer: string;
}>;


export type SendPortalSmsCodeMutation = { sendPortalSmsCode: { phoneMasked: string, resendAfterSeconds: number, expiresInMinutes: number } };

export type PortalApplyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalApplyDataQuery = { portalPrograms: Array<{ code: string, name: string, summary: string }>, portalTowns: Array<{ code: string, name: string, villages: Array<{ code: string, name: string }> }>, portalApplyTerms: { consentText: string }, portalInfo: { hotline: string | null } };

export type SubmitCitizenApplicationMutationVariables = Exact<{
  input: CitizenApplicationInput;
}>;


export type SubmitCitizenApplicationMutation = { submitCitizenApplication: { queryNo: string, phoneMasked: string, areaName: string } };

export type PortalFaqsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalFaqsQuery = { portalFaqs: Array<{ id: string, question: string, answer: string, programCode: string | null, programName: string | null }>, portalInfo: { hotline: string | null } };

export type PortalHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalHomeQuery = { portalInfo: { hotline: string | null }, portalNotices: { total: number, items: Array<{ id: string, title: string, categoryName: string, pinned: boolean, publishedAt: string | null }> }, portalWindows: Array<{ areaCode: string, isDistrict: boolean, name: string, address: string | null, hours: string | null, note: string | null }> };

export type PortalMessageBoardQueryVariables = Exact<{
  category?: PortalMessageCategory | null | undefined;
  page: number;
}>;


export type PortalMessageBoardQuery = { portalMessageBoard: { total: number, page: number, pageSize: number, items: Array<{ id: string, categoryName: string, areaName: string, title: string, content: string, writerName: string, createdAt: string, reply: string, replyUnit: string | null, repliedAt: string }> } };

export type PortalTownsForMessageQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalTownsForMessageQuery = { portalTowns: Array<{ code: string, name: string }> };

export type SubmitPortalMessageMutationVariables = Exact<{
  input: PortalMessageInput;
}>;


export type SubmitPortalMessageMutation = { submitPortalMessage: { messageNo: string, phoneMasked: string, areaName: string, dueDate: string } };

export type LookupPortalMessageMutationVariables = Exact<{
  number: string;
  phone: string;
  code: string;
}>;


export type LookupPortalMessageMutation = { lookupPortalMessage: { messageNo: string, categoryName: string, areaName: string, title: string, content: string, writerName: string, publicWanted: boolean, status: PortalMessageStatus, statusName: string, published: boolean, reply: string | null, replyUnit: string | null, repliedAt: string | null, hiddenReason: string | null, dueDate: string, createdAt: string } };

export type PortalNoticeDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalNoticeDetailQuery = { portalNotice: { id: string, title: string, body: string, category: PortalNoticeCategory, categoryName: string, pinned: boolean, publishedAt: string | null } | null };

export type PortalNoticeListQueryVariables = Exact<{
  category?: PortalNoticeCategory | null | undefined;
  page: number;
}>;


export type PortalNoticeListQuery = { portalNotices: { total: number, page: number, pageSize: number, items: Array<{ id: string, title: string, category: PortalNoticeCategory, categoryName: string, pinned: boolean, publishedAt: string | null }> } };

export type PortalProgramQueryVariables = Exact<{
  code: string;
}>;


export type PortalProgramQuery = { portalProgram: { code: string, name: string, ownerName: string | null, summary: string, whoQualifies: string, whatHelp: string, materials: Array<string>, timeLimit: string, howToApply: string, legalBasis: Array<string>, updatedAt: string | null } | null, portalFaqs: Array<{ id: string, question: string, answer: string }>, portalInfo: { hotline: string | null } };

export type PortalProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalProgramsQuery = { portalPrograms: Array<{ code: string, name: string, ownerName: string | null, summary: string }>, portalInfo: { hotline: string | null } };

export type LookupCitizenApplicationMutationVariables = Exact<{
  number: string;
  phone: string;
  code: string;
}>;


export type LookupCitizenApplicationMutation = { lookupCitizenApplication: { queryNo: string | null, receiptNo: string | null, status: string, statusName: string, channelName: string, applicantName: string, areaName: string, submittedAt: string, rejectReason: string | null, programNames: Array<string>, reporterView: boolean, items: Array<{ programName: string, departmentName: string, statusName: string, outcomeName: string | null, dueDate: string | null, supplementNote: string | null, supplementDue: string | null, publicityUntil: string | null }>, steps: Array<{ at: string, text: string }>, messages: Array<{ at: string, content: string }> } };

export type PublicNoticesQueryVariables = Exact<{
  page: number;
  pageSize: number;
  areaCode?: string | null | undefined;
}>;


export type PublicNoticesQuery = { publicNotices: { total: number, items: Array<{ id: string, programName: string, nameMasked: string, areaName: string, householdSize: number, amount: number | null, startsOn: string, endsOn: string }> }, publicNoticeAreas: Array<{ code: string, name: string, count: number }> };

export type SubmitPublicityObjectionMutationVariables = Exact<{
  entryId: string | number;
  content: string;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
}>;


export type SubmitPublicityObjectionMutation = { submitPublicityObjection: { id: string, receivedAt: string, message: string } };

export type PortalReportDataQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalReportDataQuery = { portalTowns: Array<{ code: string, name: string, villages: Array<{ code: string, name: string }> }>, portalInfo: { hotline: string | null } };

export type SubmitCitizenReportMutationVariables = Exact<{
  input: CitizenReportInput;
}>;


export type SubmitCitizenReportMutation = { submitCitizenReport: { queryNo: string, phoneMasked: string, areaName: string } };

export type SelfCheckQueryVariables = Exact<{
  answers: SelfCheckInput;
}>;


export type SelfCheckQuery = { selfCheck: Array<{ programCode: string, programName: string, ownerName: string | null, outcome: ScreeningOutcome, verdict: string, reasons: Array<string>, missing: Array<string>, estimatedMonthly: number | null }>, portalInfo: { hotline: string | null } };

export type SelfCheckProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfCheckProgramsQuery = { portalPrograms: Array<{ code: string, name: string }> };

export type PortalWindowsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalWindowsQuery = { portalWindows: Array<{ areaCode: string, areaName: string, isDistrict: boolean, name: string, address: string | null, hours: string | null, phone: string | null, mapText: string | null, note: string | null }>, portalInfo: { hotline: string | null } };


export const PortalCaptchaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalCaptcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalCaptcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"image"}}]}}]}}]} as unknown as DocumentNode<PortalCaptchaQuery, PortalCaptchaQueryVariables>;
export const SendPortalSmsCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPortalSmsCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CodePurpose"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captchaToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"captchaAnswer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPortalSmsCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}},{"kind":"Argument","name":{"kind":"Name","value":"captchaToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captchaToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"captchaAnswer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"captchaAnswer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"resendAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"expiresInMinutes"}}]}}]}}]} as unknown as DocumentNode<SendPortalSmsCodeMutation, SendPortalSmsCodeMutationVariables>;
export const PortalApplyDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalApplyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalTowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalApplyTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]} as unknown as DocumentNode<PortalApplyDataQuery, PortalApplyDataQueryVariables>;
export const SubmitCitizenApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCitizenApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CitizenApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCitizenApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryNo"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]} as unknown as DocumentNode<SubmitCitizenApplicationMutation, SubmitCitizenApplicationMutationVariables>;
export const PortalFaqsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFaqs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalFaqs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"programCode"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]} as unknown as DocumentNode<PortalFaqsQuery, PortalFaqsQueryVariables>;
export const PortalHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"isDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PortalHomeQuery, PortalHomeQueryVariables>;
export const PortalMessageBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMessageBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMessageCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalMessageBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"writerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"replyUnit"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PortalMessageBoardQuery, PortalMessageBoardQueryVariables>;
export const PortalTownsForMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalTownsForMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalTowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortalTownsForMessageQuery, PortalTownsForMessageQueryVariables>;
export const SubmitPortalMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPortalMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPortalMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageNo"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<SubmitPortalMessageMutation, SubmitPortalMessageMutationVariables>;
export const LookupPortalMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LookupPortalMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookupPortalMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageNo"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"writerName"}},{"kind":"Field","name":{"kind":"Name","value":"publicWanted"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"replyUnit"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<LookupPortalMessageMutation, LookupPortalMessageMutationVariables>;
export const PortalNoticeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalNoticeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PortalNoticeDetailQuery, PortalNoticeDetailQueryVariables>;
export const PortalNoticeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalNoticeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalNoticeCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<PortalNoticeListQuery, PortalNoticeListQueryVariables>;
export const PortalProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"whoQualifies"}},{"kind":"Field","name":{"kind":"Name","value":"whatHelp"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"howToApply"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalFaqs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]} as unknown as DocumentNode<PortalProgramQuery, PortalProgramQueryVariables>;
export const PortalProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]} as unknown as DocumentNode<PortalProgramsQuery, PortalProgramsQueryVariables>;
export const LookupCitizenApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LookupCitizenApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookupCitizenApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryNo"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"programNames"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"statusName"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplementNote"}},{"kind":"Field","name":{"kind":"Name","value":"supplementDue"}},{"kind":"Field","name":{"kind":"Name","value":"publicityUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterView"}}]}}]}}]} as unknown as DocumentNode<LookupCitizenApplicationMutation, LookupCitizenApplicationMutationVariables>;
export const PublicNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"nameMasked"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"householdSize"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicNoticeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<PublicNoticesQuery, PublicNoticesQueryVariables>;
export const SubmitPublicityObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPublicityObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactPhone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPublicityObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactName"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactPhone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactPhone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitPublicityObjectionMutation, SubmitPublicityObjectionMutationVariables>;
export const PortalReportDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalReportData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalTowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]} as unknown as DocumentNode<PortalReportDataQuery, PortalReportDataQueryVariables>;
export const SubmitCitizenReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCitizenReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CitizenReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCitizenReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryNo"}},{"kind":"Field","name":{"kind":"Name","value":"phoneMasked"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}}]}}]}}]} as unknown as DocumentNode<SubmitCitizenReportMutation, SubmitCitizenReportMutationVariables>;
export const SelfCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programCode"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedMonthly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]} as unknown as DocumentNode<SelfCheckQuery, SelfCheckQueryVariables>;
export const SelfCheckProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfCheckPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SelfCheckProgramsQuery, SelfCheckProgramsQueryVariables>;
export const PortalWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"isDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mapText"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]} as unknown as DocumentNode<PortalWindowsQuery, PortalWindowsQueryVariables>;