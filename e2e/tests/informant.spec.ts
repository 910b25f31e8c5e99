import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { makeIdNumber, makeName, SURNAMES } from '../support/id-number';
import { chooseOption, HouseholdForm } from '../support/ledger-pages';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 线索报送 (信息员): xinxi01 (新华村) reports a person in hardship as an urgent case (绿色通道);
 * the town window zhen01 finds it in 申请管理 → 待确认预申请 marked 绿色通道 (and leaves it there:
 * other specs only look for their own rows in that queue) and grants 先行救助 (绿色通道: 800 元 within the limit; 督办看板
 * lists the paperwork that must follow); xinxi01 follows it in 我报送的线索 as
 * 待窗口确认. Then the window starts to confirm it: the household is not in the ledger, so 一表登记 —
 * prefilled from the lead — and back to the lead with the new household chosen (left unconfirmed).
 * A fresh name per run, so reruns against one server find their own report.
 */
const surname = SURNAMES[Math.floor(Math.random() * SURNAMES.length)];
const runTag = String(Date.now()).slice(-6);
const person = makeName(surname);
const address = `新华村三组${runTag}号`;

test.describe.configure({ mode: 'serial' });

/** antd puts a space between two CJK characters of a button label ("清 空"). */
const btn = (label: string) => new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`);

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('main').locator('.ant-spin-spinning')).toHaveCount(0);
  await page.waitForTimeout(300); // animations
}

async function openReports(page: Page) {
  await login(page, 'xinxi01');
  await new ConsoleShell(page).menu.getByRole('menuitem', { name: '线索报送' }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('heading', { name: '线索报送' })).toBeVisible();
}

const myReports = (page: Page) => page.locator('.ant-card').filter({ hasText: '我报送的线索' });

test.describe('信息员线索报送', () => {
  test('xinxi01 reports an urgent case through the 绿色通道', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openReports(page);
    await settle(page);

    // The area defaults to the informant's own village and offers nothing else.
    const area = page.getByRole('main').locator('.ant-cascader');
    await expect(area).toContainText('新华村');

    // Required fields are checked before anything is sent.
    await page.getByRole('button', { name: '报送线索' }).click();
    await expect(page.getByText('请填写困难群众姓名')).toBeVisible();
    await expect(page.getByText('请说明困难情况')).toBeVisible();
    await page.getByLabel('联系电话').fill('12345');
    await expect(page.getByText('手机号码格式不正确')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'xinxi01 线索报送（未填写）');

    await page.getByLabel('困难群众姓名').fill(person);
    await page.getByLabel('联系电话').fill(`139${runTag}88`);
    await page.getByLabel('住址').fill(address);
    await chooseOption(page, page.getByLabel('需要的救助'), '临时救助');
    // the option list is virtual: type to bring the second one into view
    await page.getByLabel('需要的救助').fill('最低生活');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^最低生活保障$/ })
      .click();
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    await page.getByLabel('困难情况').fill('独自抚养两个孩子，近日突发重病住院，家中断炊（端到端测试）');
    await page.getByRole('switch', { name: '急难情形' }).click();
    await expect(page.getByRole('switch', { name: '急难情形' })).toBeChecked();
    await expect(page.getByRole('main')).toContainText('窗口优先处理，临时救助可先行救助');

    await page.getByRole('button', { name: '报送线索' }).click();
    await expect(page.getByText(`已报送 ${person} 的线索（急难情形，绿色通道）`)).toBeVisible();
    // The form is cleared for the next report; the village stays.
    await expect(page.getByLabel('困难群众姓名')).toHaveValue('');
    await expect(area).toContainText('新华村');

    const row = myReports(page).locator('tr.ant-table-row').filter({ hasText: person });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('待窗口确认');
    await expect(row).toContainText('绿色通道');
    await expect(row).toContainText('临时救助、最低生活保障');
    await expect(row).toContainText(address);
    await expectNoSeriousA11yViolations(page, 'xinxi01 线索报送（已报送）');
    expect(errors).toEqual([]);
  });

  test('zhen01 finds it in 申请管理 → 待确认预申请, marked 绿色通道 (left unconfirmed)', async ({ page }) => {
    await login(page, 'zhen01');
    await new ConsoleShell(page).menu.getByRole('menuitem', { name: '申请管理' }).click();
    await expect(page.getByRole('heading', { name: '申请管理' })).toBeVisible();
    await page.getByText('待确认预申请').click();
    const row = page.locator('tr.ant-table-row').filter({ hasText: person });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('绿色通道');
    await expect(row).toContainText('待窗口确认');
    await expect(row).toContainText('信息员报送');
    await expect(row).toContainText('临时救助');
    await expect(row.getByRole('button', { name: '确认受理' })).toBeVisible();
    await expect(row.getByRole('button', { name: '不予受理' })).toBeVisible();
    // The window sees who reported it (the informant does not see the window's view).
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await expect(page.getByRole('main')).toContainText(`联系人：${person}，${address}，139****${runTag.slice(-2)}88（村社民政社保员刘志强报送）`);
    await settle(page);
    await expectNoSeriousA11yViolations(page, 'zhen01 申请管理 待确认预申请（展开）');
    await page.screenshot({ path: artifact('informant-window-queue.png') });
  });

  test('zhen01 grants 先行救助 through the 绿色通道; 督办 tracks the paperwork that must follow', async ({ page }) => {
    await login(page, 'zhen01');
    await page.goto('/applications?view=pre');
    const row = page.locator('tr.ant-table-row').filter({ hasText: person });
    await row.getByRole('button', { name: '先行救助' }).click();
    const dialog = page.getByRole('dialog', { name: `先行救助（绿色通道）：${person}` });
    await expect(dialog).toContainText('最高 2000 元');
    await expect(dialog).toContainText('5 个工作日内补办临时救助手续');
    // Nothing filled: the form says what is missing.
    await dialog.getByRole('button', { name: '确认发放' }).click();
    await expect(dialog.getByText('请填写先行救助金额')).toBeVisible();
    await dialog.getByLabel('先行救助金额（元）').fill('800');
    await dialog.getByLabel('理由（急难情形）').fill('突发重病住院，家中断炊，先行救助基本生活（端到端测试）');
    await settle(page);
    await expectNoSeriousA11yViolations(page, 'zhen01 先行救助');
    await page.screenshot({ path: artifact('green-channel-grant.png') });
    await dialog.getByRole('button', { name: '确认发放' }).click();
    await expect(page.getByText(new RegExp(`已对${person}先行救助 800 元，须于 \\d{4}-\\d{2}-\\d{2} 前补办临时救助手续`))).toBeVisible();
    await expect(row).toContainText('先行救助 800 元·待补办');
    await expect(row.getByRole('button', { name: '先行救助' })).toHaveCount(0);

    // 督办看板 › 先行救助待补办: the grant waits for its paperwork.
    await page.goto('/supervision?tab=relief');
    const relief = page.getByRole('tabpanel').locator('tr.ant-table-row').filter({ hasText: person });
    await expect(relief).toContainText('待补办手续');
    await expect(relief).toContainText('800');
    await settle(page);
    await expectNoSeriousA11yViolations(page, 'zhen01 督办看板 先行救助待补办');
    await page.screenshot({ path: artifact('green-channel-supervision.png') });
  });

  test('xinxi01 follows it in 我报送的线索 as 待窗口确认', async ({ page }) => {
    await openReports(page);
    await settle(page);
    const table = myReports(page);
    const row = table.locator('tr.ant-table-row').filter({ hasText: person });
    await expect(row).toContainText('待窗口确认');
    await expect(row).toContainText('绿色通道');
    await expect(row).toContainText('等待窗口核实确认');
    // The demo's earlier report by the same informant is listed too; nothing else of the household shows.
    await expect(table.locator('tr.ant-table-row').filter({ hasText: '刘桂兰' })).toContainText('待窗口确认');
    await expect(table.getByRole('button', { name: btn('确认受理') })).toHaveCount(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1366, height: Math.max(768, Math.min(height + 20, 2000)) });
    await settle(page);
    await expectNoSeriousA11yViolations(page, 'xinxi01 我报送的线索');
    await page.screenshot({ path: artifact('informant-report.png') });
  });

  test('zhen01 converts it to 一表登记: the form keeps the lead’s data, and saving returns to the lead', async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, 'zhen01');
    await page.goto('/applications?view=pre');
    const row = page.locator('tr.ant-table-row').filter({ hasText: person });
    await row.getByRole('button', { name: '确认受理' }).click();
    await expect(page).toHaveURL(/\/applications\/new\?pre=[0-9a-f-]{36}/);
    const leadUrl = new URL(page.url());
    await expect(page.getByRole('heading', { name: '确认预申请并受理' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('该户尚未登记台账');

    await page.getByRole('button', { name: '未登记的家庭：先一表登记' }).click();
    await expect(page).toHaveURL(new RegExp(`/ledger/new\\?then=apply&pre=${leadUrl.searchParams.get('pre')}$`));
    await expect(page.getByTestId('lead-prefill')).toContainText(`${person}，${address}`);
    await expect(page.getByLabel('详细地址')).toHaveValue(address);
    const form = new HouseholdForm(page);
    await expect(form.member(0).getByLabel('姓名')).toHaveValue(person);
    await expect(page.getByRole('main').locator('.ant-cascader').first()).toContainText('新华村');
    await settle(page);
    await expectNoSeriousA11yViolations(page, 'zhen01 一表登记（线索预填）');
    await page.screenshot({ path: artifact('informant-lead-register.png') });

    await form
      .member(0)
      .getByLabel('身份证号')
      .fill(makeIdNumber(new Date().getFullYear() - 45, 'F'));
    await form.submit();
    await expect(page).toHaveURL(/\/applications\/new\?pre=[0-9a-f-]{36}&householdId=[0-9a-f-]{36}$/);
    expect(new URL(page.url()).searchParams.get('pre')).toBe(leadUrl.searchParams.get('pre'));
    await expect(page.getByRole('heading', { name: '确认预申请并受理' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`${person} · 新华村`); // the new household, chosen
    await expect(page.getByRole('main')).not.toContainText('该户尚未登记台账');
    await expect(page.getByText('申请事项', { exact: true })).toBeVisible();
    await expect(page.getByLabel('申请人')).toBeVisible();
    await settle(page);
    await expectNoSeriousA11yViolations(page, 'zhen01 确认预申请（已登记家庭）');
    await page.screenshot({ path: artifact('informant-lead-back.png') });
  });
});
