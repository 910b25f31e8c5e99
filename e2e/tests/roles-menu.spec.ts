import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { demoAccounts, DEMO_PASSWORD, type RoleCode } from '../support/accounts';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * Expectations written out by hand (not imported from the code under test), checked against
 * packages/server/src/modules/auth/roles.ts (role → permissions) and
 * packages/console/src/routes.tsx (menu entry → access).
 */
const ROLE_PERMISSIONS: Record<RoleCode, string[]> = {
  VILLAGE_WINDOW: [
    'AREA_READ',
    'DEPARTMENT_READ',
    'HOUSEHOLD_READ',
    'HOUSEHOLD_DETAIL',
    'HOUSEHOLD_WRITE',
    'HOUSEHOLD_UNMASK',
    'HOUSEHOLD_EXPORT',
    'APPLICATION_READ',
    'APPLICATION_WRITE',
    'FINDING_READ',
    'VERIFICATION_MANAGE',
    'PUBLICITY_READ',
    'PUBLICITY_PRINT',
    'HOUSEHOLD_PROPOSE',
    'CONSULTATION_RAISE',
    'DASHBOARD_READ',
  ],
  TOWN_WINDOW: [
    'AREA_READ',
    'DEPARTMENT_READ',
    'HOUSEHOLD_READ',
    'HOUSEHOLD_DETAIL',
    'HOUSEHOLD_WRITE',
    'HOUSEHOLD_UNMASK',
    'HOUSEHOLD_EXPORT',
    'APPLICATION_READ',
    'APPLICATION_WRITE',
    'FINDING_READ',
    'VERIFICATION_MANAGE',
    'FINDING_REVIEW',
    'CROSSCHECK_RUN',
    'VERIFICATION_APPROVE',
    'PUBLICITY_READ',
    'PUBLICITY_PRINT',
    'HOUSEHOLD_PROPOSE',
    'CONSULTATION_RAISE',
    'DASHBOARD_READ',
    'PORTAL_MANAGE',
    'RELIEF_ADVANCE',
    'PORTAL_MESSAGE_REPLY',
  ],
  DEPT_OFFICER: [
    'AREA_READ',
    'DEPARTMENT_READ',
    'HOUSEHOLD_READ',
    'HOUSEHOLD_DETAIL_INVOLVED',
    'HOUSEHOLD_UNMASK',
    'HOUSEHOLD_EXPORT',
    'BENEFIT_MANAGE',
    'PROGRAM_MANAGE',
    'PROGRAM_SIMULATE',
    'APPLICATION_READ',
    'REFERRAL_HANDLE',
    'ROSTER_IMPORT',
    'IDENTITY_MATCH',
    'FINDING_READ',
    'VERIFICATION_MANAGE',
    'VERIFICATION_APPROVE',
    'PUBLICITY_READ',
    'PUBLICITY_PRINT',
    'SMS_READ',
    'PORTAL_MESSAGE_REPLY',
    'DASHBOARD_READ',
    'CONSULTATION_RAISE',
    'CONSULTATION_TASK_HANDLE',
  ],
  INFORMANT: ['AREA_READ', 'APPLICATION_PRE_SUBMIT', 'HOUSEHOLD_PROPOSE'],
  TOWN_LEADER: [
    'AREA_READ',
    'DEPARTMENT_READ',
    'HOUSEHOLD_READ',
    'APPLICATION_READ',
    'REFERRAL_SUPERVISE',
    'FINDING_READ',
    'PUBLICITY_READ',
    'CONSULTATION_MEET',
    'DASHBOARD_READ',
  ],
  JOINT_MEMBER: [
    'AREA_READ',
    'DEPARTMENT_READ',
    'HOUSEHOLD_READ',
    'PROGRAM_SIMULATE',
    'APPLICATION_READ',
    'REFERRAL_SUPERVISE',
    'FINDING_READ',
    'PUBLICITY_READ',
    'CONSULTATION_MEET',
    'DASHBOARD_READ',
  ],
  SYS_ADMIN: [
    'AREA_READ',
    'DEPARTMENT_READ',
    'AREA_MANAGE',
    'DEPARTMENT_MANAGE',
    'USER_READ',
    'USER_MANAGE',
    'CALENDAR_MANAGE',
    'SETTING_MANAGE',
    'ADMIN_CHANGE_REVIEW',
    'JOB_SYSTEM',
    'SMS_READ',
    'SMS_MANAGE',
    'PORTAL_MANAGE',
  ],
  SEC_ADMIN: ['AREA_READ', 'DEPARTMENT_READ', 'USER_READ', 'USER_SECURITY', 'API_TOKEN_MANAGE', 'ADMIN_CHANGE_REVIEW'],
  AUDIT_ADMIN: ['AREA_READ', 'AUDIT_READ', 'ADMIN_CHANGE_REVIEW'],
};

/** Sider menu entries of the console and the permission each needs (undefined = everyone; a list = any of them). */
const MENU: { label: string; access?: string | string[] }[] = [
  { label: '工作台' },
  { label: '户籍台账', access: 'HOUSEHOLD_READ' },
  // informants report people in hardship (预申请) and follow their reports
  { label: '线索报送', access: 'APPLICATION_PRE_SUBMIT' },
  // issue 5: one window (受理登记、申请管理), departments (部门工作台), supervisors and everyone reading applications (督办看板)
  { label: '受理登记', access: 'APPLICATION_WRITE' },
  { label: '申请管理', access: 'APPLICATION_READ' },
  { label: '部门工作台', access: 'REFERRAL_HANDLE' },
  // issue 13 (统一核查): windows and 民政 officers verify households; town windows and officers approve
  { label: '核查任务', access: ['VERIFICATION_MANAGE', 'VERIFICATION_APPROVE'] },
  // issue 14 (公示): windows, departments, town leaders and the joint meeting follow the 公示 of their area
  { label: '公示管理', access: 'PUBLICITY_READ' },
  // issue 16 (统计看板): the joint meeting, town leaders, windows and departments — figures of their own area
  { label: '统计看板', access: 'DASHBOARD_READ' },
  { label: '督办看板', access: 'APPLICATION_READ' },
  // issue 16 (个案会商): windows and departments escalate, the joint meeting (town leaders, joint members) records, departments follow up
  { label: '个案会商', access: ['CONSULTATION_RAISE', 'CONSULTATION_MEET', 'CONSULTATION_TASK_HANDLE'] },
  // issue 15: informants and windows help keep the ledger current (协助完善台账); discovery rules' visit tasks (主动发现)
  { label: '协助完善台账', access: 'HOUSEHOLD_PROPOSE' },
  { label: '主动发现', access: 'APPLICATION_READ' },
  { label: '事项目录' },
  // issue 15 (门户内容): the portal's windows (system administrator, town windows) and the owner departments' policy texts
  { label: '门户内容', access: ['PORTAL_MANAGE', 'PROGRAM_MANAGE', 'PORTAL_MESSAGE_REPLY'] },
  { label: '救助筛查', access: 'HOUSEHOLD_READ' },
  { label: '复核任务', access: 'HOUSEHOLD_READ' },
  // Departments maintaining parameters and the joint meeting.
  { label: '模拟测算', access: 'PROGRAM_SIMULATE' },
  // Background jobs: whoever may see some kind of job (reassessments, simulations, exports, system jobs).
  { label: '后台任务', access: ['HOUSEHOLD_READ', 'PROGRAM_SIMULATE', 'HOUSEHOLD_EXPORT', 'JOB_SYSTEM'] },
  { label: '区划管理', access: 'AREA_READ' },
  { label: '部门管理', access: 'DEPARTMENT_READ' },
  { label: '用户管理', access: 'USER_READ' },
  { label: '节假日日历', access: 'CALENDAR_MANAGE' },
  { label: '系统设置', access: 'SETTING_MANAGE' },
  // issue 14 (短信): the system administrator manages SMS; department officers read their department's messages
  { label: '短信记录', access: 'SMS_READ' },
  { label: '短信模板', access: 'SMS_MANAGE' },
  { label: '短信服务商', access: 'SMS_MANAGE' },
  { label: '接口令牌', access: 'API_TOKEN_MANAGE' },
  { label: '操作日志', access: 'AUDIT_READ' },
  // issue 12 (大数据库): departments import rosters and reference data, match their lists; findings are reviewed by towns
  { label: '数据导入', access: 'ROSTER_IMPORT' },
  { label: '身份比对', access: 'IDENTITY_MATCH' },
  { label: '疑点复核', access: 'FINDING_READ' },
];

function expectedMenu(role: RoleCode): string[] {
  const granted = new Set(ROLE_PERMISSIONS[role]);
  return MENU.filter((m) => m.access === undefined || (Array.isArray(m.access) ? m.access.some((a) => granted.has(a)) : granted.has(m.access))).map(
    (m) => m.label,
  );
}

/** The rules the product owner stated, checked on top of the exact table. */
const MUST_SEE: Partial<Record<RoleCode, string[]>> = {
  // issue 3: windows see their area's households, departments the shared view of every household
  VILLAGE_WINDOW: ['户籍台账', '受理登记', '申请管理'],
  TOWN_WINDOW: ['户籍台账', '受理登记', '申请管理', '督办看板', '疑点复核', '核查任务'],
  DEPT_OFFICER: ['户籍台账', '部门工作台', '督办看板', '数据导入', '身份比对'],
  TOWN_LEADER: ['督办看板'],
  JOINT_MEMBER: ['督办看板', '统计看板'],
  SYS_ADMIN: ['区划管理', '部门管理', '用户管理'],
  SEC_ADMIN: ['用户管理', '接口令牌'],
  AUDIT_ADMIN: ['操作日志'],
  INFORMANT: ['线索报送'],
};
// An earlier plan also said VILLAGE_WINDOW does not see 部门管理, but roles.ts gives every staff role
// department.read and routes.tsx shows 部门管理 for department.read: the code wins here until the
// lead decides (reported as a mismatch).
const MUST_NOT_SEE: Partial<Record<RoleCode, string[]>> = {
  AUDIT_ADMIN: ['用户管理', '受理登记', '部门工作台', '督办看板'],
  VILLAGE_WINDOW: ['用户管理', '操作日志', '接口令牌', '部门工作台', '数据导入', '身份比对'],
  TOWN_LEADER: ['受理登记', '部门工作台'],
  INFORMANT: ['受理登记', '申请管理', '督办看板'],
};

test.describe('角色菜单', () => {
  for (const account of demoAccounts) {
    test(`${account.username} (${account.roleName}) sees the menu of ${account.role}`, async ({ page }) => {
      await login(page, account.username);
      const shell = new ConsoleShell(page);
      const labels = await shell.menuLabels();

      expect(labels).toContain('工作台');
      expect(labels).toContain('区划管理'); // every role holds area.read
      for (const label of MUST_SEE[account.role] ?? []) expect(labels).toContain(label);
      for (const label of MUST_NOT_SEE[account.role] ?? []) expect(labels).not.toContain(label);
      expect([...labels].sort()).toEqual(expectedMenu(account.role).sort());

      // Home page (工作台) of this user, fully loaded, for the record.
      await shell.waitForContent();
      await expect(shell.content).toContainText(account.username);
      await expectNoSeriousA11yViolations(page, `${account.username} 工作台`);
      await page.screenshot({ path: artifact(`menu-${account.username}.png`) });
    });
  }
});

test.describe('登录与访问控制', () => {
  test('a wrong password shows an error and stays on /login', async ({ page }) => {
    await login(page, 'zhen01', { password: `${DEMO_PASSWORD}-wrong`, expectSuccess: false });
    await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
    await expect(page).toHaveURL(/\/login$/);
    await expectNoSeriousA11yViolations(page, '登录页：用户名或密码错误');
    await page.screenshot({ path: artifact('login-wrong-password.png') });
  });

  test('an anonymous visit to /users redirects to /login', async ({ page }) => {
    await page.goto('/users');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel('用户名', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '登录页');
  });
});
