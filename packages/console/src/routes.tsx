import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  AimOutlined,
  AlertOutlined,
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CloudServerOutlined,
  CloudUploadOutlined,
  CommentOutlined,
  ContactsOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  GlobalOutlined,
  IdcardOutlined,
  InboxOutlined,
  MessageOutlined,
  MonitorOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ReconciliationOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SendOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from './access';

/** One row of the console's single routes table (Ant Design Pro style). */
export interface AppRoute {
  path: string;
  /** Menu label and page title. */
  name: string;
  icon?: ReactNode;
  /** Required permission; `undefined` = any signed-in user. */
  access?: Permission | readonly Permission[];
  /** Route-level code splitting: every page is its own chunk. */
  component: LazyExoticComponent<ComponentType>;
  /** `false` = outside the console shell and reachable without signing in. */
  layout?: false;
  hideInMenu?: boolean;
}

export const routes: AppRoute[] = [
  {
    path: '/login',
    name: '登录',
    layout: false,
    hideInMenu: true,
    component: lazy(() => import('./pages/login/LoginPage')),
  },
  {
    path: '/',
    name: '工作台',
    icon: <DashboardOutlined />,
    component: lazy(() => import('./pages/dashboard/DashboardPage')),
  },
  {
    // 站内消息: every signed-in user; opened from the header's bell (layout/NotificationBell.tsx).
    path: '/inbox',
    name: '站内消息',
    hideInMenu: true,
    component: lazy(() => import('./pages/inbox/InboxPage')),
  },
  {
    path: '/ledger',
    name: '户籍台账',
    icon: <ContactsOutlined />,
    access: 'HOUSEHOLD_READ',
    component: lazy(() => import('./pages/ledger/LedgerListPage')),
  },
  {
    path: '/reports',
    name: '线索报送',
    icon: <SendOutlined />,
    access: 'APPLICATION_PRE_SUBMIT',
    component: lazy(() => import('./pages/workflow/PreApplicationReportPage')),
  },
  {
    path: '/applications/new',
    name: '受理登记',
    icon: <FormOutlined />,
    access: 'APPLICATION_WRITE',
    component: lazy(() => import('./pages/workflow/ApplicationRegisterPage')),
  },
  {
    path: '/applications',
    name: '申请管理',
    icon: <ProfileOutlined />,
    access: 'APPLICATION_READ',
    component: lazy(() => import('./pages/workflow/ApplicationListPage')),
  },
  {
    path: '/applications/:id',
    name: '一件事详情',
    access: 'APPLICATION_READ',
    hideInMenu: true,
    component: lazy(() => import('./pages/workflow/ApplicationDetailPage')),
  },
  {
    path: '/workbench',
    name: '部门工作台',
    icon: <InboxOutlined />,
    access: 'REFERRAL_HANDLE',
    component: lazy(() => import('./pages/workflow/WorkbenchPage')),
  },
  {
    path: '/verifications',
    name: '核查任务',
    icon: <SafetyCertificateOutlined />,
    access: ['VERIFICATION_MANAGE', 'VERIFICATION_APPROVE'],
    component: lazy(() => import('./pages/verification/VerificationListPage')),
  },
  {
    path: '/verifications/:id',
    name: '核查详情',
    access: ['VERIFICATION_MANAGE', 'VERIFICATION_APPROVE'],
    hideInMenu: true,
    component: lazy(() => import('./pages/verification/VerificationDetailPage')),
  },
  {
    path: '/verification-reports/:id',
    name: '核查报告',
    // every department handling a referral of the household reads its report (互认)
    access: ['HOUSEHOLD_DETAIL', 'HOUSEHOLD_DETAIL_INVOLVED'],
    hideInMenu: true,
    component: lazy(() => import('./pages/verification/VerificationReportPage')),
  },
  {
    path: '/referrals/:id',
    name: '转办单详情',
    access: 'APPLICATION_READ',
    hideInMenu: true,
    component: lazy(() => import('./pages/workflow/ReferralDetailPage')),
  },
  {
    path: '/publicity',
    name: '公示管理',
    icon: <NotificationOutlined />,
    access: 'PUBLICITY_READ',
    component: lazy(() => import('./pages/publicity/PublicityPage')),
  },
  // 统计看板 (modules/dashboard): every figure from one query layer, drill-down district → town → village.
  {
    path: '/stats',
    name: '统计看板',
    icon: <BarChartOutlined />,
    access: 'DASHBOARD_READ',
    component: lazy(() => import('./pages/stats/StatsPage')),
  },
  {
    path: '/supervision',
    name: '督办看板',
    icon: <AlertOutlined />,
    access: 'APPLICATION_READ',
    component: lazy(() => import('./pages/workflow/SupervisionPage')),
  },
  // 个案会商 (modules/consultation): cases escalated to the joint meeting, meeting records, follow-up tasks of departments.
  {
    path: '/consultation',
    name: '个案会商',
    icon: <CommentOutlined />,
    access: ['CONSULTATION_RAISE', 'CONSULTATION_MEET', 'CONSULTATION_TASK_HANDLE'],
    component: lazy(() => import('./pages/consultation/ConsultationPage')),
  },
  // 协助完善台账 (modules/household change-request.service.ts): informants and windows propose changes, record 帮扶措施.
  {
    path: '/ledger-help',
    name: '协助完善台账',
    icon: <FormOutlined />,
    access: 'HOUSEHOLD_PROPOSE',
    component: lazy(() => import('./pages/ledger-help/LedgerHelpPage')),
  },
  // 主动发现 (modules/discovery): visit tasks from the discovery rules (政策找人).
  {
    path: '/discovery',
    name: '主动发现',
    icon: <AimOutlined />,
    access: 'APPLICATION_READ',
    component: lazy(() => import('./pages/discovery/DiscoveryPage')),
  },
  {
    path: '/programs',
    name: '事项目录',
    icon: <AppstoreOutlined />,
    component: lazy(() => import('./pages/programs/ProgramsPage')),
  },
  // 门户内容 (modules/portal): the portal's 受理窗口 (system administrator, town windows), 政策说明 (owner departments) and 留言.
  {
    path: '/portal-content',
    name: '门户内容',
    icon: <GlobalOutlined />,
    access: ['PORTAL_MANAGE', 'PROGRAM_MANAGE', 'PORTAL_MESSAGE_REPLY'],
    component: lazy(() => import('./pages/portal-content/PortalContentPage')),
  },
  {
    path: '/screening',
    name: '救助筛查',
    icon: <FileSearchOutlined />,
    access: 'HOUSEHOLD_READ',
    component: lazy(() => import('./pages/programs/ScreeningPage')),
  },
  {
    path: '/reassessment',
    name: '复核任务',
    icon: <ReconciliationOutlined />,
    access: 'HOUSEHOLD_READ',
    component: lazy(() => import('./pages/programs/ReassessmentPage')),
  },
  {
    path: '/simulation',
    name: '模拟测算',
    icon: <FundOutlined />,
    access: 'PROGRAM_SIMULATE',
    component: lazy(() => import('./pages/programs/SimulationPage')),
  },
  {
    path: '/jobs',
    name: '后台任务',
    icon: <ScheduleOutlined />,
    // Whoever may see some kind of job: reassessments, simulations, exports, the system's scheduled jobs.
    access: ['HOUSEHOLD_READ', 'PROGRAM_SIMULATE', 'HOUSEHOLD_EXPORT', 'JOB_SYSTEM'],
    component: lazy(() => import('./pages/jobs/JobsPage')),
  },
  {
    path: '/ledger/new',
    name: '一表登记',
    access: 'HOUSEHOLD_WRITE',
    hideInMenu: true,
    component: lazy(() => import('./pages/ledger/HouseholdCreatePage')),
  },
  {
    path: '/ledger/:id',
    name: '家庭详情',
    access: 'HOUSEHOLD_READ',
    hideInMenu: true,
    component: lazy(() => import('./pages/ledger/HouseholdDetailPage')),
  },
  {
    path: '/areas',
    name: '区划管理',
    icon: <ApartmentOutlined />,
    access: 'AREA_READ',
    component: lazy(() => import('./pages/areas/AreasPage')),
  },
  {
    path: '/departments',
    name: '部门管理',
    icon: <BankOutlined />,
    access: 'DEPARTMENT_READ',
    component: lazy(() => import('./pages/departments/DepartmentsPage')),
  },
  {
    path: '/users',
    name: '用户管理',
    icon: <TeamOutlined />,
    access: 'USER_READ',
    component: lazy(() => import('./pages/users/UsersPage')),
  },
  {
    path: '/calendar',
    name: '节假日日历',
    icon: <CalendarOutlined />,
    access: 'CALENDAR_MANAGE',
    component: lazy(() => import('./pages/calendar/CalendarPage')),
  },
  {
    path: '/settings',
    name: '系统设置',
    icon: <SettingOutlined />,
    access: 'SETTING_MANAGE',
    component: lazy(() => import('./pages/settings/SettingsPage')),
  },
  {
    path: '/sms',
    name: '短信记录',
    icon: <MessageOutlined />,
    access: 'SMS_READ',
    component: lazy(() => import('./pages/sms/SmsMessagesPage')),
  },
  {
    path: '/sms/templates',
    name: '短信模板',
    icon: <FileTextOutlined />,
    access: 'SMS_MANAGE',
    component: lazy(() => import('./pages/sms/SmsTemplatesPage')),
  },
  {
    path: '/sms/provider',
    name: '短信服务商',
    icon: <CloudServerOutlined />,
    access: 'SMS_MANAGE',
    component: lazy(() => import('./pages/sms/SmsProviderPage')),
  },
  {
    path: '/api-tokens',
    name: '接口令牌',
    icon: <ApiOutlined />,
    access: 'API_TOKEN_MANAGE',
    component: lazy(() => import('./pages/api-tokens/ApiTokensPage')),
  },
  {
    path: '/audit',
    name: '操作日志',
    icon: <AuditOutlined />,
    access: 'AUDIT_READ',
    component: lazy(() => import('./pages/audit/AuditPage')),
  },
  {
    path: '/imports',
    name: '数据导入',
    icon: <CloudUploadOutlined />,
    access: 'ROSTER_IMPORT',
    component: lazy(() => import('./pages/imports/ImportsPage')),
  },
  {
    path: '/identity-match',
    name: '身份比对',
    icon: <IdcardOutlined />,
    access: 'IDENTITY_MATCH',
    component: lazy(() => import('./pages/identity/IdentityMatchPage')),
  },
  {
    path: '/findings',
    name: '疑点复核',
    icon: <MonitorOutlined />,
    access: 'FINDING_READ',
    component: lazy(() => import('./pages/findings/FindingsPage')),
  },
];

export const shellRoutes = routes.filter((r) => r.layout !== false);
