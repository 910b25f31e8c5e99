/**
 * The length and character rule of every String input of the API, in one place: each
 * input-type field (`Type.field`) and each argument of a query or mutation (`Query.op.arg`,
 * `Mutation.op.arg`). `input-validation.ts` enforces them before any resolver runs, so an
 * oversized or control-character value never reaches a service or the database.
 * `test/input-rules.test.ts` fails when a String input of `schema.graphql` has no rule here
 * (or a rule names an input that no longer exists): a new field must say how long it may be.
 *
 * Lengths count characters (code points: 𠮷 is one), like PostgreSQL's varchar. The limits match
 * the columns that store the values and the services' own checks (which stay: they trim, and
 * they know the meaning). Kinds:
 * - `text`: one line; control characters, bidirectional overrides and unpaired surrogates refused;
 * - `multiline`: as text, but line breaks and tabs allowed (notes, reasons, descriptions);
 * - `code`: printable ASCII without spaces (codes, dates, months, area codes, usernames);
 * - `secret`: passwords and one-time codes; as text, never trimmed or echoed.
 * (The API has no JSON scalar: structured inputs are typed input objects, ADR 0016.)
 */
export type InputKind = 'text' | 'multiline' | 'code' | 'secret';

export interface InputRule {
  max: number;
  /** Chinese name of the field, used in the message (“备注不能超过 200 个字”). */
  label: string;
  kind: InputKind;
}

const text = (label: string, max: number): InputRule => ({ label, max, kind: 'text' });
const para = (label: string, max: number): InputRule => ({ label, max, kind: 'multiline' });
const code = (label: string, max = 32): InputRule => ({ label, max, kind: 'code' });
const secret = (label: string, max: number): InputRule => ({ label, max, kind: 'secret' });

const AREA = code('区划代码', 12);
const DATE = code('日期', 10);
const MONTH = code('月份', 10);
const PROGRAM = code('救助事项代码');
const PERSON_NAME = text('姓名', 50);
const PHONE = text('联系电话', 20);
const ADDRESS = text('详细地址', 200);
const GROUP = text('组', 20);
const RESIDENCE = code('城乡类别', 10);
const RELATION = code('与户主关系', 16);
const KEYWORD = text('关键词', 50);
const NOTE = para('备注', 200);
const ID_NUMBER = text('身份证号', 40); // typed with spaces or full-width digits, normalised by the service
const STATUS = code('状态', 16);
const LIMIT_KIND = code('计时方式', 16);

const facts = (type: string): Record<string, InputRule> => ({
  [`${type}.labourCapacity`]: code('劳动能力', 10),
  [`${type}.disabilityType`]: code('残疾类别', 16),
  [`${type}.disabilityCert`]: text('残疾证号', 40),
  [`${type}.seriousIllness`]: para('重病情况', 100),
  [`${type}.schoolStatus`]: code('在学状态', 16),
  [`${type}.employmentStatus`]: code('就业状态', 20),
  [`${type}.statuses`]: code('特殊状态', 16),
  [`${type}.name`]: PERSON_NAME,
  [`${type}.idNumber`]: ID_NUMBER,
  [`${type}.phone`]: PHONE,
  [`${type}.relation`]: RELATION,
});

export const INPUT_RULES: Readonly<Record<string, InputRule>> = {
  // ------------------------------------------------------------------ input types
  'ApiTokenInput.areaCode': AREA,
  'ApiTokenInput.name': text('令牌名称', 50),
  // 变更事件和回调地址 (modules/integration)
  'Query.events.after': code('游标', 20),
  'WebhookSubscriptionInput.url': code('回调地址', 500),

  'ApplicationFilterInput.keyword': KEYWORD,
  'ApplicationFilterInput.statuses': STATUS,
  'ApplicationInput.description': para('情况说明', 1000),

  'AreaInput.code': AREA,
  'AreaInput.name': text('区划名称', 50),
  'AreaInput.parentCode': AREA,

  'AssetInput.kind': code('财产类别', 16),
  'AssetInput.note': NOTE,

  'AuditLogFilterInput.action': code('操作类型', 64),
  'AuditLogFilterInput.actorName': text('操作人', 64),
  'AuditLogFilterInput.entityId': code('对象编号', 64),
  'AuditLogFilterInput.entityType': code('对象类型', 64),
  'AuditLogFilterInput.keyword': KEYWORD,

  'BenefitInput.endDate': DATE,
  'BenefitInput.programCode': PROGRAM,
  'BenefitInput.source': code('来源', 10),
  'BenefitInput.sourceRef': text('来源编号', 64),
  'BenefitInput.startDate': DATE,
  'BenefitInput.status': STATUS,

  'CreateHouseholdInput.address': ADDRESS,
  'CreateHouseholdInput.areaCode': AREA,
  'CreateHouseholdInput.groupNo': GROUP,
  'CreateHouseholdInput.phone': PHONE,
  'CreateHouseholdInput.residenceType': RESIDENCE,

  'CreateUserInput.areaCode': AREA,
  'CreateUserInput.displayName': text('姓名', 32),
  'AdminChangeInput.newPassword': secret('新密码', 128),
  'AdminChangeInput.roles': code('角色', 32),

  'CreateUserInput.password': secret('密码', 128),
  'CreateUserInput.roles': code('角色', 32),
  'CreateUserInput.username': code('用户名', 64),

  'DecisionInput.legalRemedy': para('救济途径告知', 1000),
  'DecisionInput.reason': para('理由', 1000),
  'DecisionInput.startMonth': MONTH,

  'DepartmentInput.code': code('部门代码', 32),
  'DepartmentInput.name': text('部门名称', 50),
  'DepartmentInput.shortName': text('部门简称', 10),

  'HouseholdFieldsInput.address': ADDRESS,
  'HouseholdFieldsInput.areaCode': AREA,
  'HouseholdFieldsInput.groupNo': GROUP,
  'HouseholdFieldsInput.phone': PHONE,
  'HouseholdFieldsInput.residenceType': RESIDENCE,

  'HouseholdFilterInput.areaCode': AREA,
  'HouseholdFilterInput.benefitStatus': STATUS,
  'HouseholdFilterInput.idNumber': ID_NUMBER,
  'HouseholdFilterInput.keyword': KEYWORD,
  'HouseholdFilterInput.programCode': PROGRAM,
  'HouseholdFilterInput.tier': code('层级', 4),

  'IncomeInput.category': code('收入类别', 16),
  'IncomeInput.month': MONTH,
  'IncomeInput.note': NOTE,

  'LegalSupporterInput.name': PERSON_NAME,
  'LegalSupporterInput.idNumber': ID_NUMBER,
  'LegalSupporterInput.note': NOTE,
  'LegalSupporterUpdateInput.name': PERSON_NAME,
  'LegalSupporterUpdateInput.idNumber': ID_NUMBER,
  'LegalSupporterUpdateInput.note': NOTE,
  'AuthorisationInput.signedOn': DATE,
  'AuthorisationInput.validUntil': DATE,
  'AuthorisationInput.note': NOTE,

  'MaterialInput.name': text('材料名称', 200),
  'MaterialInput.note': para('材料备注', 300),
  'MaterialInput.programCode': PROGRAM,

  ...facts('MemberInput'),
  'MemberRelationInput.relation': RELATION,

  'ParameterChangeInput.parameterCode': code('参数代码', 64),
  'ParameterVersionInput.code': code('参数代码', 64),
  'ParameterVersionInput.effectiveFrom': DATE,
  'ParameterVersionInput.legalRef': text('依据', 200),
  'ParameterVersionInput.note': para('说明', 200),
  'ParameterVersionInput.reason': para('调整理由', 300),
  'ParameterValueInput.codes': code('参数取值', 32),

  ...facts('PersonUpdateInput'),

  'PreApplicationInput.address': ADDRESS,
  'PreApplicationInput.areaCode': AREA,
  'PreApplicationInput.contactName': PERSON_NAME,
  'PreApplicationInput.contactPhone': PHONE,
  'PreApplicationInput.description': para('困难情况', 1000),

  'ProgramAmendmentInput.effectiveFrom': DATE,
  'ProgramAmendmentInput.legalRef': text('依据', 200),
  'ProgramAmendmentInput.note': para('说明', 200),
  'ProgramAmendmentInput.programCode': PROGRAM,
  'ProgramAmendmentInput.reason': para('修改理由', 300),
  'ProgramMaterialInput.name': text('材料名称', 200),
  'ProgramMaterialInput.when': text('适用情形', 100),
  'ProgramPublicityInput.kind': LIMIT_KIND,
  'ProgramStepLimitInput.code': code('环节代码', 32),
  'ProgramStepLimitInput.kind': LIMIT_KIND,
  'ProgramTotalLimitInput.kind': LIMIT_KIND,

  'ReferralFilterInput.areaCode': AREA,
  'ReferralFilterInput.keyword': KEYWORD,
  'ReferralFilterInput.level': code('预警级别', 16),
  'ReferralFilterInput.programCode': PROGRAM,
  'ReferralFilterInput.statuses': STATUS,

  'RequestedProgramInput.programCode': PROGRAM,
  'RequestedProgramInput.reason': para('申请理由', 500),
  'RequestedProgramInput.duplicateReason': para('重复申请说明', 500),

  'ScreeningFactsInput.areaCode': AREA,
  'ScreeningFactsInput.applicationDate': DATE,
  'ScreeningMemberInput.personId': code('成员编号', 40),
  'ScreeningMemberInput.name': text('显示名', 50),
  'ScreeningMemberInput.birthDate': DATE,
  'ScreeningMemberInput.seriousIllness': para('重病情况', 100),
  'ScreeningMemberInput.deathDate': DATE,
  'ScreeningIncomeInput.month': DATE,
  'ScreeningAssetInput.personId': code('成员编号', 40),
  'ScreeningBenefitInput.programCode': PROGRAM,
  'ScreeningBenefitInput.personId': code('成员编号', 40),

  'SplitHouseholdInput.address': ADDRESS,
  'SplitHouseholdInput.areaCode': AREA,
  'SplitHouseholdInput.groupNo': GROUP,
  'SplitHouseholdInput.phone': PHONE,
  'SplitHouseholdInput.residenceType': RESIDENCE,

  'UpdateUserInput.areaCode': AREA,
  'UpdateUserInput.displayName': text('姓名', 32),

  'FindingFilterInput.areaCode': AREA,
  'FindingFilterInput.keyword': KEYWORD,
  'ReviewFindingsInput.reason': para('复核意见或排除理由', 500),
  'Query.dashboard.areaCode': AREA,
  'Query.findingStats.areaCode': AREA,
  'Query.publicNotices.areaCode': AREA,
  'Query.publicityEntries.areaCode': AREA,
  'Mutation.completeFindingTask.note': para('处理情况说明', 500),

  // 统一核查 (modules/verification; the service validates each method's payload again)
  'VerificationFilterInput.areaCode': AREA,
  'VerificationFilterInput.search': KEYWORD,
  'HomeVisitInput.visitedOn': DATE,
  'HomeVisitInput.livingConditions': para('生活状况', 1000),
  'HomeVisitInput.appliances': para('家用电器及生活设施', 500),
  'HomeVisitInput.observations': para('调查发现', 1000),
  'HomeVisitInput.staffNames': PERSON_NAME,
  'NeighbourIntervieweeInput.name': PERSON_NAME,
  'NeighbourIntervieweeInput.relation': text('与该户关系', 50),
  'NeighbourIntervieweeInput.statement': para('受访人陈述', 1000),
  'NeighbourVisitInput.visitedOn': DATE,
  'LetterInput.sentOn': DATE,
  'LetterInput.recipient': text('收函单位', 100),
  'LetterInput.subject': para('索证事项', 300),
  'LetterInput.answeredOn': DATE,
  'LetterInput.answer': para('回函内容', 1000),
  'DemocraticReviewInput.heldOn': DATE,
  'DemocraticReviewInput.participantNames': PERSON_NAME,
  'DemocraticReviewInput.opinion': para('评议意见', 1000),
  'Mutation.startHouseholdVerification.reason': para('核查事由', 500),
  'Mutation.draftVerification.note': para('核查结论说明', 1000),
  'Mutation.returnVerification.reason': para('退回理由', 500),
  'Mutation.cancelVerification.reason': para('撤销理由', 500),
  'Mutation.requestReverification.reason': para('重新核查的理由', 500),

  // ------------------------------------------------------------------ query arguments
  'Query.area.code': AREA,
  'Query.areaChildren.parentCode': AREA,
  'Query.areas.keyword': KEYWORD,
  'Query.areas.parentCode': AREA,
  'Query.checkIdNumber.idNumber': ID_NUMBER,
  'Mutation.matchIdentities.idNumbers': ID_NUMBER,
  'Mutation.contactMissedFinding.note': para('联系情况', 300),
  'Query.departments.keyword': KEYWORD,
  'Query.jobs.kind': code('任务类型', 40),
  'Query.jobs.status': STATUS,
  'Query.parameters.asOf': DATE,
  'Query.parameters.programCode': PROGRAM,
  'Query.previewParameterVersion.effectiveFrom': DATE,
  'Query.previewParameterVersion.parameterCode': code('参数代码', 64),
  'Query.previewParameterVersion.programCode': PROGRAM,
  'Query.programs.asOf': DATE,
  'Query.reassessmentFindings.kind': code('复核结论', 16),
  'Query.reassessmentFindings.townCode': AREA,
  'Query.screenFacts.asOf': DATE,
  'Query.screenHousehold.asOf': DATE,
  'Query.users.areaCode': AREA,
  'Query.users.keyword': KEYWORD,
  'Query.users.role': code('角色', 32),
  'Query.workingDayInfo.from': DATE,
  'Query.workingDayInfo.to': DATE,
  'Query.informantResponse.from': DATE,
  'Query.informantResponse.to': DATE,
  'Query.informantResponse.townCode': AREA,

  // ------------------------------------------------------------------ mutation arguments
  'Mutation.answerSupervision.response': para('答复内容', 1000),
  'Mutation.changeBenefitStatus.endDate': DATE,
  'Mutation.changeBenefitStatus.status': STATUS,
  'Mutation.changeHead.formerHeadRelation': RELATION,
  'Mutation.changePassword.newPassword': secret('新密码', 128),
  'Mutation.changePassword.oldPassword': secret('原密码', 128),
  'Mutation.completePublicity.objection': para('异议情况', 1000),
  // 公示 objections: the service refuses over 1000 with its own reason (OBJECTION_TOO_LONG); this is the outer bound.
  'CitizenApplicationInput.phone': PHONE,
  'CitizenApplicationInput.code': secret('短信验证码', 10),
  'CitizenApplicationInput.name': PERSON_NAME,
  'CitizenApplicationInput.idNumber': ID_NUMBER,
  'CitizenApplicationInput.address': ADDRESS,
  'CitizenApplicationInput.areaCode': AREA,
  'CitizenApplicationInput.programs': PROGRAM,
  'CitizenApplicationInput.description': para('困难情况', 1000),
  'CitizenReportInput.phone': PHONE,
  'CitizenReportInput.code': secret('短信验证码', 10),
  'CitizenReportInput.reporterName': text('您的称呼', 50),
  'CitizenReportInput.relation': text('与当事人的关系', 20),
  'CitizenReportInput.name': PERSON_NAME,
  'CitizenReportInput.personPhone': PHONE,
  'CitizenReportInput.areaCode': AREA,
  'CitizenReportInput.address': ADDRESS,
  'CitizenReportInput.description': para('困难情况', 1000),
  'Mutation.sendPortalSmsCode.phone': PHONE,
  'Mutation.sendPortalSmsCode.captchaToken': code('图形验证码', 200),
  'Mutation.sendPortalSmsCode.captchaAnswer': text('图形验证码', 10),
  'Mutation.lookupCitizenApplication.number': text('受理号', 40),
  'Mutation.lookupCitizenApplication.phone': PHONE,
  'Mutation.lookupCitizenApplication.code': secret('短信验证码', 10),
  'Mutation.grantAdvanceRelief.reason': para('先行救助理由', 500),
  'Mutation.startListExport.reason': para('导出完整身份信息的理由', 200),
  'VisitTaskFilterInput.ruleCode': code('发现规则', 32),
  'UserFilterInput.keyword': KEYWORD,
  'UserFilterInput.areaCode': AREA,
  'UserFilterInput.role': code('角色', 32),
  'JobFilterInput.kind': code('任务类型', 40),
  'JobFilterInput.status': STATUS,
  'PublicityEntryFilterInput.areaCode': AREA,
  'PortalMessageFilterInput.areaCode': AREA,
  'AreaListFilterInput.parentCode': AREA,
  'AreaListFilterInput.keyword': KEYWORD,
  'DepartmentFilterInput.keyword': KEYWORD,
  'ProgramCatalogueFilterInput.asOf': DATE,
  'ProgramCatalogueFilterInput.ownerCode': code('主管部门', 32),
  'ProgramCatalogueFilterInput.keyword': KEYWORD,
  'Mutation.recordVisitOutcome.note': para('走访说明', 500),
  'Query.visitTasks.ruleCode': code('发现规则'),
  // 个案会商 (modules/consultation): the service trims and names the field with the same limits.
  'RaiseConsultationInput.reason': para('提请会商的事由和困难', 1000),
  'JointMeetingInput.areaCode': AREA,
  'JointMeetingInput.meetingDate': DATE,
  'JointMeetingInput.place': text('会议地点', 100),
  'JointMeetingInput.recorder': PERSON_NAME,
  'JointMeetingInput.summary': para('会议纪要', 2000),
  'MeetingMemberInput.name': PERSON_NAME,
  'MeetingMemberInput.department': text('单位或部门', 50),
  'MeetingCaseInput.decision': para('会商意见', 2000),
  'MeetingTaskInput.content': para('任务内容', 500),
  'MeetingTaskInput.dueDate': DATE,
  'Mutation.completeConsultationTask.note': para('办理情况', 1000),
  'Mutation.requestConsultationTaskExtension.reason': para('延期理由', 500),
  'Mutation.decideConsultationTaskExtension.note': para('审批意见', 500),
  'HouseholdChangeInput.effectiveDate': DATE,
  'HouseholdChangeInput.note': para('情况说明', 500),
  'HouseholdFollowupInput.measureDate': DATE,
  'HouseholdFollowupInput.note': para('措施内容', 500),
  'Mutation.decideHouseholdChange.note': para('审核意见', 500),
  'Query.helpableHouseholds.keyword': text('关键字', 50),
  'Mutation.submitPublicityObjection.content': para('异议内容', 4000),
  'Mutation.submitPublicityObjection.contactName': text('联系人', 50),
  'Mutation.submitPublicityObjection.contactPhone': PHONE,
  'Mutation.recordPublicityObjection.content': para('异议内容', 4000),
  'Mutation.recordPublicityObjection.contactName': text('联系人', 50),
  'Mutation.recordPublicityObjection.contactPhone': PHONE,
  'Mutation.confirmMfaSetup.code': secret('动态验证码', 16),
  'Mutation.decideExtension.note': para('审批意见', 500),
  'Mutation.deleteArea.code': AREA,
  'Mutation.followUpReferral.note': para('跟踪反馈内容', 500),
  'Mutation.login.password': secret('密码', 128),
  'Mutation.login.username': text('用户名', 64),
  'Mutation.markDeceased.deathDate': DATE,
  'Mutation.moveMember.relation': RELATION,
  'Mutation.provideSupplement.note': para('补正情况说明', 500),
  'Mutation.rejectPreApplication.reason': para('不予受理理由', 500),
  'Mutation.removeCalendarDay.date': DATE,
  'Mutation.requestExtension.reason': para('延期理由', 500),
  'Mutation.requestSupplement.dueDate': DATE,
  'Mutation.requestSupplement.note': para('需补正的材料或情况', 500),
  'Mutation.rejectAdminChange.note': para('拒绝理由', 500),
  'Mutation.resetUserPassword.newPassword': secret('新密码', 128),
  'Mutation.resubmitReferral.note': para('处理情况说明', 500),
  'Mutation.returnReferral.reason': para('退回理由', 500),
  'Mutation.revokeAuthorisation.reason': para('撤销原因', 200),
  'Mutation.setCalendarDay.date': DATE,
  'Mutation.setCalendarDay.name': text('名称', 20),
  'Mutation.updateSetting.value': text('设置值', 200),
  // 门户内容 (modules/portal): the limits of the service (window.service.ts, policy.service.ts), which also trims and names the field.
  'Mutation.updateServiceWindow.areaCode': AREA,
  'SelfCheckInput.areaCode': AREA,
  'SelfCheckInput.currentPrograms': PROGRAM,
  'ServiceWindowInput.name': text('窗口名称', 60),
  'ServiceWindowInput.address': text('地址', 200),
  'ServiceWindowInput.hours': text('办公时间', 100),
  'ServiceWindowInput.phone': text('咨询电话', 20),
  'ServiceWindowInput.mapText': para('地图和交通说明', 300),
  'ServiceWindowInput.note': para('备注', 300),
  'Query.portalProgram.code': PROGRAM,
  'Mutation.updateProgramPlainText.code': PROGRAM,
  'ProgramPlainTextInput.summary': text('一句话说明', 200),
  'ProgramPlainTextInput.whoQualifies': para('谁可以申请', 2000),
  'ProgramPlainTextInput.whatHelp': para('能得到什么帮助', 2000),
  'ProgramPlainTextInput.howToApply': para('怎么申请', 1000),
  'Query.portalFaqs.programCode': PROGRAM,
  'FaqInput.question': text('问题', 200),
  'FaqInput.answer': para('回答', 2000),
  'FaqInput.programCode': PROGRAM,
  // 通知公告 (modules/portal notice.service.ts): the service trims and names the field with the same limits.
  'NoticeInput.title': text('标题', 100),
  'NoticeInput.body': para('正文', 5000),
  // 留言 (modules/portal message.service.ts): the service trims and names the field with the same limits.
  'PortalMessageInput.phone': PHONE,
  'PortalMessageInput.code': secret('短信验证码', 10),
  'PortalMessageInput.name': PERSON_NAME,
  'PortalMessageInput.areaCode': AREA,
  'PortalMessageInput.title': text('留言标题', 50),
  'PortalMessageInput.content': para('留言内容', 1000),
  'Mutation.lookupPortalMessage.number': text('留言编号', 40),
  'Mutation.lookupPortalMessage.phone': PHONE,
  'Mutation.lookupPortalMessage.code': secret('短信验证码', 10),
  'Query.portalMessages.areaCode': AREA,
  'Mutation.replyPortalMessage.reply': para('答复内容', 2000),
  'Mutation.hidePortalMessage.reason': para('屏蔽理由', 200),
  // 短信 (modules/sms)
  'Mutation.setMyMobile.mobile': PHONE,
  'Mutation.setUserMobile.mobile': PHONE,
  'Mutation.updateSmsTemplate.code': code('模板编码'),
  'Query.previewSmsTemplate.code': code('模板编码'),
  'Query.previewSmsTemplate.content': text('模板内容', 300),
  'SmsTemplateInput.content': text('模板内容', 300),
  'SmsTemplateInput.providerTemplateId': code('服务商模板编号', 64),
  'SmsProviderConfigInput.endpoint': code('接口地址', 300),
  'SmsProviderConfigInput.accessKeyId': code('访问密钥 ID', 128),
  'SmsProviderConfigInput.secret': secret('密钥', 200),
  'SmsProviderConfigInput.receiptToken': secret('回执令牌', 200),
  'SmsProviderConfigInput.signName': text('短信签名', 32),
  'SmsProviderConfigInput.sdkAppId': code('短信应用 ID', 32),
  'SmsProviderConfigInput.region': code('地域', 32),
  'SmsProviderConfigInput.quietStart': code('免打扰开始', 5),
  'SmsProviderConfigInput.quietEnd': code('免打扰结束', 5),
  'Mutation.setUserRoles.roles': code('角色', 32),
  'Mutation.startReassessment.areaCode': AREA,
  'Mutation.startReassessment.programCode': PROGRAM,
  'Mutation.startSimulation.asOf': DATE,
  'Mutation.startVerification.note': para('核查说明', 500),
  'Mutation.superviseReferral.message': para('督办意见', 1000),
  'Mutation.transferReferral.reason': para('转办理由', 500),
  'Mutation.transferReferral.targetProgramCode': PROGRAM,
  'Mutation.unmask.reason': para('查看理由', 200),
  'Mutation.updateArea.code': AREA,
  'Mutation.updateArea.name': text('区划名称', 50),
  'Mutation.verifyMfa.code': secret('动态验证码', 16),
  'Mutation.withdrawReferral.reason': para('撤回原因', 500),
};

/** Largest number of items in any list input (members, programs, refs …); services may allow fewer. */
export const MAX_LIST_ITEMS = 200;

/** ID values: UUIDs, receipt numbers, area codes — short printable ASCII. */
export const ID_RULE: InputRule = { label: '编号', max: 64, kind: 'code' };
