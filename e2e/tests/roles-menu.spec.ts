import { expect, test } from '@playwright/test';
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
  VILLAGE_WINDOW: ['area.read', 'department.read', 'household.read', 'household.detail', 'household.write', 'household.unmask'],
  TOWN_WINDOW: ['area.read', 'department.read', 'household.read', 'household.detail', 'household.write', 'household.unmask', 'household.export'],
  DEPT_OFFICER: ['area.read', 'department.read', 'household.read', 'household.unmask', 'household.export', 'benefit.manage'],
  INFORMANT: ['area.read'],
  JOINT_MEMBER: ['area.read', 'department.read', 'household.read'],
  SYS_ADMIN: ['area.read', 'department.read', 'area.manage', 'department.manage', 'user.read', 'user.manage', 'calendar.manage'],
  SEC_ADMIN: ['area.read', 'department.read', 'user.read', 'user.security', 'apiToken.manage'],
  AUDIT_ADMIN: ['area.read', 'audit.read'],
};

/** Sider menu entries of the console and the permission each needs (undefined = everyone). */
const MENU: { label: string; access?: string }[] = [
  { label: '工作台' },
  { label: '户籍台账', access: 'household.read' },
  { label: '事项目录' },
  { label: '区划管理', access: 'area.read' },
  { label: '部门管理', access: 'department.read' },
  { label: '用户管理', access: 'user.read' },
  { label: '接口令牌', access: 'apiToken.manage' },
  { label: '操作日志', access: 'audit.read' },
];

function expectedMenu(role: RoleCode): string[] {
  const granted = new Set(ROLE_PERMISSIONS[role]);
  return MENU.filter((m) => m.access === undefined || granted.has(m.access)).map((m) => m.label);
}

/** The rules the product owner stated, checked on top of the exact table. */
const MUST_SEE: Partial<Record<RoleCode, string[]>> = {
  // issue 3: windows see their area's households, departments the shared view of every household
  VILLAGE_WINDOW: ['户籍台账'],
  TOWN_WINDOW: ['户籍台账'],
  DEPT_OFFICER: ['户籍台账'],
  SYS_ADMIN: ['区划管理', '部门管理', '用户管理'],
  SEC_ADMIN: ['用户管理', '接口令牌'],
  AUDIT_ADMIN: ['操作日志'],
};
// The brief also said VILLAGE_WINDOW does not see 部门管理, but roles.ts gives every staff role
// department.read and routes.tsx shows 部门管理 for department.read: the code wins here until the
// lead decides (reported as a mismatch).
const MUST_NOT_SEE: Partial<Record<RoleCode, string[]>> = {
  AUDIT_ADMIN: ['用户管理'],
  VILLAGE_WINDOW: ['用户管理', '操作日志', '接口令牌'],
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
      await page.screenshot({ path: artifact(`menu-${account.username}.png`) });
    });
  }
});

test.describe('登录与访问控制', () => {
  test('a wrong password shows an error and stays on /login', async ({ page }) => {
    await login(page, 'zhen01', { password: `${DEMO_PASSWORD}-wrong`, expectSuccess: false });
    await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
    await expect(page).toHaveURL(/\/login$/);
    await page.screenshot({ path: artifact('login-wrong-password.png') });
  });

  test('an anonymous visit to /users redirects to /login', async ({ page }) => {
    await page.goto('/users');
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel('用户名', { exact: true })).toBeVisible();
  });
});
