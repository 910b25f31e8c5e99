import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/accounts';
import { ConsoleShell } from '../support/console-shell';
import { chooseCascaderPath, chooseOption } from '../support/ledger-pages';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 安全管理员's pages: 接口令牌 by integrator scope, and the two-person rule for administrators
 * (secadmin requests a password reset of auditadmin, sysadmin confirms, auditadmin is told).
 */

/** Opens a console page and waits for a landmark of its loaded content (the machines are slow and shared). */
async function open(page: Page, path: string, loaded: (page: Page) => ReturnType<Page['getByText']>): Promise<void> {
  await page.goto(path);
  await new ConsoleShell(page).waitUntilLoaded();
  await expect(loaded(page)).toBeVisible({ timeout: 30_000 });
}

test.describe('接口令牌', () => {
  test('secadmin issues a token by scope; it can handle its department’s referrals and nothing administrative', async ({ page }) => {
    test.setTimeout(180_000);
    await login(page, 'secadmin');
    await open(page, '/api-tokens', (p) => p.getByRole('button', { name: /新建令牌/ }));
    await page.getByRole('button', { name: /新建令牌/ }).click();
    const dialog = page.getByRole('dialog', { name: '新建接口令牌' });
    for (const scope of ['读取共享台账', '读取本部门经办家庭详情', '办理本部门转办单', '维护本部门救助记录', '推送参考数据', '订阅变更事件']) {
      await expect(dialog.getByRole('checkbox', { name: new RegExp(`^${scope} `) })).toBeVisible();
    }
    await dialog.getByLabel('令牌名称').fill('区民政局低保经办系统');
    await dialog.getByRole('checkbox', { name: /^办理本部门转办单 / }).check();
    await dialog.getByRole('checkbox', { name: /^订阅变更事件 / }).check();
    // The area the way every spec picks one: chosen again when a click lands while the dropdown still moves.
    await chooseCascaderPath(page, dialog.locator('.ant-cascader').first(), ['和安区']);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    await expect(dialog.getByText('所选权限范围须指定所属部门')).toBeVisible();
    await page.screenshot({ path: artifact('api-token-create-scopes.png') });
    await chooseOption(page, dialog.getByRole('combobox', { name: /所属部门/ }), '和安区民政局');
    await dialog.getByRole('button', { name: /创\s*建/ }).click();

    const token = (await page.getByTestId('api-token-value').innerText()).trim();
    expect(token).toMatch(/^xjt_/);
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    const row = page.getByRole('row', { name: /区民政局低保经办系统/ }).first();
    await expect(row.getByText('办理本部门转办单')).toBeVisible();
    await page.screenshot({ path: artifact('api-tokens-list.png') });

    const call = async (query: string) =>
      (await page.request.post('/graphql', { headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, data: { query } })).json();
    const mine = await call('{ referrals(filter: { mine: true }) { total } }');
    expect(mine.errors).toBeUndefined();
    const users = await call('{ users { total } }');
    expect(users.errors[0].extensions.code).toBe('FORBIDDEN');
    const households = await call('{ households { total } }');
    expect(households.errors[0].extensions.code).toBe('FORBIDDEN');
    // 变更事件 and 回调地址 (modules/integration, docs/api.md): the token reads its feed; secadmin registers its callback URL.
    const events = await call('{ events(limit: 5) { nextCursor hasMore } }');
    expect(events.errors).toBeUndefined();
    await page.getByRole('button', { name: /登记回调地址/ }).click();
    const hook = page.getByRole('dialog', { name: '登记回调地址' });
    await chooseOption(page, hook.getByRole('combobox', { name: /接口令牌/ }), '区民政局低保经办系统（和安区民政局）');
    await hook.getByLabel('回调地址').fill('http://127.0.0.1:9/hook');
    await hook.getByRole('button', { name: /登\s*记/ }).click();
    await expect(hook.getByText('回调地址不能指向本机或内部网络地址')).toBeVisible();
    await hook.getByLabel('回调地址').fill('https://minzheng.example.gov.cn/xiejiu/hook');
    await hook.getByRole('button', { name: /登\s*记/ }).click();
    expect((await page.getByTestId('webhook-secret-value').innerText()).trim()).toMatch(/^whsec_/);
    await page.getByRole('button', { name: '我已妥善保存' }).click();
    await expect(page.getByTestId('webhook-secret-value')).toBeHidden();
    await expect(page.getByRole('row', { name: /minzheng\.example\.gov\.cn/ })).toBeVisible();
    await page.screenshot({ path: artifact('api-tokens-webhooks.png'), fullPage: true });
  });
});

test.describe('管理员账号变更的双人复核', () => {
  const TEMP = 'Reset@2026abc';

  test('secadmin requests, sysadmin confirms, auditadmin is told at the next login', async ({ page }) => {
    // 安全管理员: the reset of an administrator's password becomes a request.
    test.setTimeout(240_000);
    await login(page, 'secadmin');
    await open(page, '/users', (p) => p.getByRole('row', { name: /^auditadmin / }));
    const row = page.getByRole('row', { name: /^auditadmin / });
    await row.getByRole('button', { name: /安全/ }).click();
    await page.getByRole('menuitem', { name: '重置密码' }).click();
    const dialog = page.getByRole('dialog', { name: /重置密码：周审计/ });
    await expect(dialog.getByText('管理员账号：双人复核')).toBeVisible();
    await dialog.getByLabel('新密码', { exact: true }).fill(TEMP);
    await dialog.getByLabel('确认新密码').fill(TEMP);
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await expect(page.getByText(/已提交申请，须由另一类管理员/)).toBeVisible();
    const pending = page.getByRole('region', { name: '待确认的管理员账号变更' }).getByRole('row', { name: /周审计（auditadmin）/ });
    await expect(pending.getByText('不能确认或拒绝自己提交的申请')).toBeVisible();
    await pending.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('users-admin-change-requested.png') });

    // 系统管理员: the request waits on the 工作台; confirming applies it.
    await page.context().clearCookies();
    await login(page, 'sysadmin');
    const card = page.getByRole('region', { name: '待确认的管理员账号变更' });
    const request = card.getByRole('row', { name: /周审计（auditadmin）/ });
    await expect(request.getByText('孙安全（安全管理员）')).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: artifact('dashboard-admin-change-pending.png') });
    await request.getByRole('button', { name: /确\s*认/ }).click();
    await page.getByRole('button', { name: '确认生效' }).click();
    await expect(page.getByText(/已确认：周审计 的重置密码已生效/)).toBeVisible();
    await expect(card).toHaveCount(0);

    // 审计管理员: signs in with the new password and sees who reset it and who confirmed.
    await page.context().clearCookies();
    await login(page, 'auditadmin', { password: TEMP });
    const notice = page.getByRole('alert').filter({ hasText: '账号安全提醒' });
    await expect(notice).toContainText(/您的密码于 .* 重置：由孙安全（安全管理员）申请，经赵系统（系统管理员）确认后生效/, { timeout: 30_000 });
    await expect(page.getByText('请先修改密码')).toBeVisible();
    await page.screenshot({ path: artifact('security-notice-after-reset.png') });
    await page.getByRole('button', { name: '修改密码' }).click();
    const change = page.getByRole('dialog', { name: '修改密码' });
    await change.getByLabel('原密码').fill(TEMP);
    await change.getByLabel('新密码', { exact: true }).fill(DEMO_PASSWORD);
    await change.getByLabel('确认新密码').fill(DEMO_PASSWORD);
    await change.getByRole('button', { name: /确\s*定|修\s*改/ }).click();
    await expect(change).toBeHidden();
    await notice.getByRole('button', { name: '我已知悉' }).click();
    await expect(page.getByText('账号安全提醒')).toHaveCount(0);
  });
});
