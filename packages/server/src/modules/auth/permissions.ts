/**
 * Readable permission names, declared on every resolver with @Authorized(...).
 * `public` marks the few operations open without a session (login, me).
 */
export const Permission = {
  Public: 'public',
  /** Any authenticated session (including a pending-MFA one is NOT enough). */
  Authenticated: 'authenticated',
  /** Allowed while a session still awaits its second factor. */
  MfaPending: 'mfa.pending',
  /** Any full session, including one that must change its password first (changePassword). */
  PasswordChange: 'password.change',
  AreaRead: 'area.read',
  AreaManage: 'area.manage',
  DepartmentRead: 'department.read',
  DepartmentManage: 'department.manage',
  UserRead: 'user.read',
  UserManage: 'user.manage',
  UserSecurity: 'user.security',
  ApiTokenManage: 'apiToken.manage',
  AuditRead: 'audit.read',
  HouseholdRead: 'household.read',
  HouseholdDetail: 'household.detail',
  /** Detail of the households the actor's department is involved with (benefit or referral). */
  HouseholdDetailInvolved: 'household.detailInvolved',
  HouseholdWrite: 'household.write',
  HouseholdUnmask: 'household.unmask',
  HouseholdExport: 'household.export',
  BenefitManage: 'benefit.manage',
  ProgramManage: 'program.manage',
  ProgramSimulate: 'program.simulate',
  CalendarManage: 'calendar.manage',
  /** System settings (系统设置: the 社会救助服务热线 of the receipt …). */
  SettingManage: 'setting.manage',
  ApplicationRead: 'application.read',
  ApplicationWrite: 'application.write',
  ApplicationPreSubmit: 'application.preSubmit',
  ReferralHandle: 'referral.handle',
  ReferralSupervise: 'referral.supervise',
  /** Review (confirm or reject) a change to an administrator's credentials or roles (two-person rule). */
  AdminChangeReview: 'adminChange.review',
  /** 数据导入: a department's rosters and reference datasets into the 大数据库 (modules/roster). */
  RosterImport: 'roster.import',
  /** 身份比对: which persons of a department's own list are 社会救助 / 优抚 objects in the platform (modules/identity). */
  IdentityMatch: 'identity.match',
  /** Integrator tokens: push rosters and reference data (the same import as roster.import, for systems). */
  ReferencePush: 'reference.push',
  /** The change feed `events(after:)` (modules/integration): events about what the caller may read anyway. */
  EventRead: 'event.read',
  JobSystem: 'job.system',
  /** Cross-check findings (比对疑点, modules/crosscheck). */
  FindingRead: 'finding.read',
  FindingReview: 'finding.review',
  CrosscheckRun: 'crosscheck.run',
  /** 统一核查 (modules/verification): start, record, compute, draft (windows, 民政 department officers). */
  VerificationManage: 'verification.manage',
  /** 统一核查: approve or return a drafted conclusion (maker-checker: never one's own draft). */
  VerificationApprove: 'verification.approve',
  /** 短信记录 and templates (modules/sms): the system administrator; 民政 officers read their area's messages. */
  SmsRead: 'sms.read',
  /** 短信: retry, edit templates, configure the provider (the system administrator). */
  SmsManage: 'sms.manage',
  /** 公示 (modules/publicity): the entries as published (masked), their status and objections, in the reader's area. */
  PublicityRead: 'publicity.read',
  /** 公示: print the notice for the village board, with full names (logged as an unmasking export). */
  PublicityPrint: 'publicity.print',
  /** 门户内容 (modules/portal): the portal's 受理窗口 — the system administrator any of the district, a town window its own town. */
  PortalManage: 'portal.manage',
  /** 绿色通道 先行救助 (modules/workflow advance-relief.service.ts): the town window grants 临时救助 first, within the limit. */
  ReliefAdvance: 'relief.advance',
  /** 协助完善台账 (modules/household change-request.service.ts): propose a change to a household, record 帮扶措施. */
  HouseholdPropose: 'household.propose',
  /** 留言 (modules/portal message.service.ts): read, reply to and block citizens' messages of the area (town: its own). */
  PortalMessageReply: 'portal.message.reply',
  /** 统计看板 (modules/dashboard): aggregate figures of the reader's area, drill-down to its towns and villages. */
  DashboardRead: 'dashboard.read',
  /** 个案会商 (modules/consultation): escalate a case no single department can settle to the town or district joint meeting. */
  ConsultationRaise: 'consultation.raise',
  /** 个案会商: record a joint meeting (联席会议) with its decisions and assign follow-up tasks to departments. */
  ConsultationMeet: 'consultation.meet',
  /** 个案会商: handle (complete) the follow-up tasks assigned to one's own department. */
  ConsultationTaskHandle: 'consultation.task.handle',
} as const;

export type PermissionCode = (typeof Permission)[keyof typeof Permission];

/** Chinese names shown in the console. */
export const PERMISSION_NAMES: Record<string, string> = {
  'area.read': '查看区划',
  'area.manage': '管理区划',
  'department.read': '查看部门',
  'department.manage': '管理部门',
  'user.read': '查看用户',
  'user.manage': '管理用户账号',
  'user.security': '安全管理（角色分配、解锁、重置密码、会话）',
  'apiToken.manage': '管理接口令牌',
  'audit.read': '查阅操作日志',
  'household.read': '查看家庭台账（共享信息）',
  'household.detail': '查看辖区家庭详细信息（收入、财产、健康等）',
  'household.detailInvolved': '查看本部门经办家庭的详细信息（有本部门救助记录或转办单的家庭）',
  'household.write': '登记和维护家庭台账',
  'household.unmask': '查看完整身份证号和电话（须说明理由）',
  'household.export': '导出台账',
  'benefit.manage': '维护本部门救助记录',
  'program.manage': '维护本部门事项参数',
  'program.simulate': '模拟测算（参数调整影响）',
  'calendar.manage': '维护节假日日历（法定节假日与调休）',
  'setting.manage': '维护系统设置（服务热线等）',
  'application.read': '查看申请和转办单',
  'application.write': '受理申请、分办转办、跟踪反馈',
  'application.preSubmit': '报送预申请（信息员）',
  'referral.handle': '办理本部门转办单（签收、补正、决定）',
  'referral.supervise': '督办超期事项、审批延期',
  'adminChange.review': '确认或拒绝管理员账号的密码、两步验证和角色变更（双人复核）',
  'roster.import': '导入本部门救助名册和比对数据（大数据库）',
  'identity.match': '身份比对：查询本部门名单中的人员是否为社会救助、优抚等对象',
  'reference.push': '推送名册等参考数据（对接系统）',
  'event.read': '读取变更事件（转办单、救助记录、疑点的变化；只含本人可查看的对象）',
  'job.system': '查看系统后台任务（督办扫描、消息出站、任务恢复）',
  'finding.read': '查看比对疑点（本辖区；部门：本部门救助记录的疑点）',
  'finding.review': '复核比对疑点（属实 / 排除）',
  'crosscheck.run': '发起全面比对',
  'verification.manage': '办理家庭经济状况核查（发起、录入、核算、起草结论）',
  'verification.approve': '复核核查结论并出具核查报告（不得复核本人起草的结论）',
  'sms.read': '查看短信记录和短信模板（部门：本部门转办事项的短信，本辖区）',
  'sms.manage': '管理短信：重新发送、修改短信模板、配置短信服务商',
  'publicity.read': '查看本辖区的公示记录（脱敏）和异议情况',
  'publicity.print': '打印张贴用的公示（含完整姓名，记入操作日志）',
  'portal.manage': '维护便民服务门户的受理窗口信息（镇街窗口：本镇街）、常见问题和通知公告（区县）',
  'relief.advance': '绿色通道先行救助（急难情形，限额内先行发放临时救助，事后补办手续）',
  'household.propose': '协助完善台账：提出家庭变更（须他人审核）、记录帮扶措施',
  'portal.message.reply': '办理便民服务留言：查看、回复和屏蔽本辖区群众留言',
  'dashboard.read': '查看统计看板（本辖区，可下钻到镇街、村社）',
  'consultation.raise': '提请个案会商（单个部门难以解决的个案提交镇街或区县联席会议）',
  'consultation.meet': '记录联席会议（会商个案、会商意见）并向部门分派会商任务',
  'consultation.task.handle': '办理本部门的会商任务',
};
