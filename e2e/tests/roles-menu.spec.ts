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
  VILLAGE_WINDOW: ['area.read', 'department.read', 'household.read', 'household.detail', 'household.write', 'household.unmask', 'household.export', 'application.read', 'application.write'],
  TOWN_WINDOW: ['area.read', 'department.read', 'household.read', 'household.detail', 'household.write', 'household.unmask', 'household.export', 'application.read', 'application.write'],
  DEPT_OFFICER: ['area.read', 'department.read', 'household.read', 'household.detailInvolved', 'household.unmask', 'household.export', 'benefit.manage', 'program.manage', 'program.simulate', 'application.read', 'referral.handle'],
  INFORMANT: ['area.read', 'application.preSubmit'],
  TOWN_LEADER: ['area.read', 'department.read', 'household.read', 'application.read', 'referral.supervise'],
  JOINT_MEMBER: ['area.read', 'department.read', 'household.read', 'program.simulate', 'application.read', 'referral.supervise'],
  SYS_ADMIN: ['area.read', 'department.read', 'area.manage', 'department.manage', 'user.read', 'user.manage', 'calendar.manage', 'setting.manage', 'adminChange.review', 'job.system'],
  SEC_ADMIN: ['area.read', 'department.read', 'user.read', 'user.security', 'apiToken.manage', 'adminChange.review'],
  AUDIT_ADMIN: ['area.read', 'audit.read', 'adminChange.review'],
};

/** Sider menu entries of the console and the permission each needs (undefined = everyone; a list = any of them). */
const MENU: { label: string; access?: string | string[] }[] = [
  { label: '工作台' },
  { label: '户籍台账', access: 'household.read' },
  // informants report people in hardship (预申请) and follow their reports
  { label: '线索报送', access: 'application.preSubmit' },
  // issue 5: one window (受理登记、申请管理), departments (部门工作台), supervisors and everyone reading applications (督办看板)
  { label: '受理登记', access: 'application.write' },
  { label: '申请管理', access: 'application.read' },
  { label: '部门工作台', access: 'referral.handle' },
  { label: '督办看板', access: 'application.read' },
  { label: '事项目录' },
  { label: '救助筛查', access: 'household.read' },
  { label: '复核任务', access: 'household.read' },
  // Departments maintaining parameters and the joint meeting.
  { label: '模拟测算', access: 'program.simulate' },
  // Background jobs: whoever may see some kind of job (reassessments, simulations, exports, system jobs).
  { label: '后台任务', access: ['household.read', 'program.simulate', 'household.export', 'job.system'] },
  { label: '区划管理', access: 'area.read' },
  { label: '部门管理', access: 'department.read' },
  { label: '用户管理', access: 'user.read' },
  { label: '节假日日历', access: 'calendar.manage' },
  { label: '系统设置', access: 'setting.manage' },
  { label: '接口令牌', access: 'apiToken.manage' },
  { label: '操作日志', access: 'audit.read' },
];

function expectedMenu(role: RoleCode): string[] {
  const granted = new Set(ROLE_PERMISSIONS[role]);
  return MENU.filter((m) => m.access === undefined || (Array.isArray(m.access) ? m.access.some((a) => granted.has(a)) : granted.has(m.access))).map((m) => m.label);
}

/** The rules the product owner stated, checked on top of the exact table. */
const MUST_SEE: Partial<Record<RoleCode, string[]>> = {
  // issue 3: windows see their area's households, departments the shared view of every household
  VILLAGE_WINDOW: ['户籍台账', '受理登记', '申请管理'],
  TOWN_WINDOW: ['户籍台账', '受理登记', '申请管理', '督办看板'],
  DEPT_OFFICER: ['户籍台账', '部门工作台', '督办看板'],
  TOWN_LEADER: ['督办看板'],
  JOINT_MEMBER: ['督办看板'],
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
  VILLAGE_WINDOW: ['用户管理', '操作日志', '接口令牌', '部门工作台'],
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
