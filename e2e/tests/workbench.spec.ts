import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 工作台 (the console's home page): each role sees its to-do counts — 待签收, 预警, 超期, 待确认线索,
 * 待复核 — and each count opens the list it counts, filtered. The demo data has 民政's amber and
 * overdue referrals, the informant's urgent lead in 青石镇 and an extension request in 青石镇.
 */

async function home(page: Page, username: string) {
  await login(page, username);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  const todos = page.getByRole('navigation', { name: '我的待办' });
  await expect(todos).toBeVisible();
  await page.waitForLoadState('networkidle');
  return todos;
}

const countOf = async (page: Page, key: string) => Number(((await page.getByTestId(`todo-${key}`).innerText()).match(/(\d+)\s*件/) ?? [])[1]);

/** The total an antd table's pagination shows ("共 N 件"), or the number of rows without one. */
async function listTotal(page: Page): Promise<number> {
  const main = page.getByRole('main');
  await expect(main.locator('.ant-spin-spinning')).toHaveCount(0);
  const total = main.locator('.ant-pagination-total-text');
  if (await total.count()) return Number(((await total.first().innerText()).match(/\d+/) ?? ['0'])[0]);
  return main.locator('tr.ant-table-row').count();
}

test.describe('工作台待办', () => {
  test('zhen01 (镇街窗口): 预警, 超期 and 待确认线索 of 青石镇; 待确认线索 opens the pre-applications', async ({ page }) => {
    const todos = await home(page, 'zhen01');
    await expect(todos.getByRole('link')).toHaveText([/预警/, /超期/, /待确认线索/]);
    const leads = await countOf(page, 'leadsToConfirm');
    expect(leads).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'zhen01 工作台');
    await page.screenshot({ path: artifact('workbench-zhen01.png') });

    await page.getByTestId('todo-leadsToConfirm').click();
    await expect(page).toHaveURL(/\/applications\?view=pre$/);
    await expect(page.getByRole('main').locator('.ant-segmented-item-selected')).toContainText('待确认预申请');
    await expect(page.locator('tr.ant-table-row').filter({ hasText: '刘桂兰' })).toBeVisible();
    expect(await listTotal(page)).toBe(leads);
  });

  test('minzheng01 (部门经办): 待签收, 预警 and 超期 of 民政; 超期 opens the workbench tab', async ({ page }) => {
    const todos = await home(page, 'minzheng01');
    await expect(todos.getByRole('link')).toHaveText([/待签收/, /预警/, /超期/]);
    const red = await countOf(page, 'red');
    expect(red).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'minzheng01 工作台');
    await page.screenshot({ path: artifact('workbench-minzheng01.png') });

    await page.getByTestId('todo-red').click();
    await expect(page).toHaveURL(/\/workbench\?tab=red$/);
    await expect(page.getByRole('tab', { name: /超期/, selected: true })).toBeVisible();
    await expect(page.locator('[data-clock="RED"]').first()).toBeVisible();
    expect(await listTotal(page)).toBe(red);
    await expectNoSeriousA11yViolations(page, 'minzheng01 部门工作台 超期');
  });

  test('zhenzhang01 (镇街分管负责人): 待复核 opens the extension requests of the 督办看板', async ({ page }) => {
    const todos = await home(page, 'zhenzhang01');
    await expect(todos.getByRole('link')).toHaveText([/预警/, /超期/, /待复核/]);
    await expect(page.getByTestId('todo-extensionReviews')).toContainText('延期申请待审批');
    await page.screenshot({ path: artifact('workbench-zhenzhang01.png') });
    await page.getByTestId('todo-extensionReviews').click();
    await expect(page).toHaveURL(/\/supervision\?tab=extensions$/);
    await expect(page.getByRole('tab', { name: /延期待审批/, selected: true })).toBeVisible();
  });

  test('sysadmin: only 待复核 of administrator changes; xinxi01 (信息员): nothing to do', async ({ page }) => {
    const todos = await home(page, 'sysadmin');
    await expect(todos.getByRole('link')).toHaveText([/待复核/]);
    await expect(page.getByTestId('todo-adminChangeReviews')).toContainText('管理员账号变更待确认');

    await page.context().clearCookies();
    await login(page, 'xinxi01');
    await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
    await expect(page.getByText('当前账号没有需要办理的待办事项')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'xinxi01 工作台');
  });

  test('minzheng01: 公示期满确认 stays disabled during 公示, saying when it may be given', async ({ page }) => {
    await login(page, 'minzheng01');
    await page.goto('/workbench?tab=publicity');
    await expect(page.getByRole('tab', { name: /公示中/, selected: true })).toBeVisible();
    await page
      .locator('tr.ant-table-row')
      .first()
      .getByRole('button', { name: /办\s*理/ })
      .click();
    await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}$/);
    const confirm = page.getByRole('button', { name: '公示期满确认' });
    await expect(confirm).toBeDisabled();
    await confirm.hover({ force: true });
    await expect(page.getByRole('tooltip')).toContainText(/公示期至 \d{4}-\d{2}-\d{2}，\d{4}-\d{2}-\d{2} 起方可确认/);
    await page.waitForTimeout(300);
    await expectNoSeriousA11yViolations(page, 'minzheng01 转办单详情（公示中）');
    await page.screenshot({ path: artifact('workbench-publicity-disabled.png') });
  });

  test('sysadmin: 系统设置 shows the 社会救助服务热线 and saves a change', async ({ page }) => {
    await login(page, 'sysadmin');
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: '系统设置' })).toBeVisible();
    const row = page.locator('tr.ant-table-row').filter({ hasText: '社会救助服务热线' });
    await expect(row).toContainText('12349');
    await row.getByRole('button', { name: '修改社会救助服务热线' }).click();
    const dialog = page.getByRole('dialog', { name: '修改社会救助服务热线' });
    await dialog.getByLabel('社会救助服务热线').fill('023-12349');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('社会救助服务热线已保存')).toBeVisible();
    await expect(row).toContainText('023-12349');
    await expect(row).toContainText('赵系统');
    await expectNoSeriousA11yViolations(page, 'sysadmin 系统设置');
    await page.screenshot({ path: artifact('settings.png') });
  });
});
