import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { makeIdNumber, makeName, masked, SURNAMES } from '../support/id-number';
import { HouseholdDetailPage, HouseholdForm, LedgerListPage } from '../support/ledger-pages';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 户籍台账 flow of a village window (cun01, 桂花村): 一表登记 of a three-person household with
 * live ID checks, masked IDs on the detail page, unmasking one with a reason, finding the
 * household in the list; then a department officer (minzheng01) sees only the shared view.
 */
const surname = SURNAMES[Math.floor(Math.random() * SURNAMES.length)];
const runTag = String(Date.now()).slice(-6);
const thisYear = new Date().getFullYear();
const head = { name: makeName(surname), idNumber: makeIdNumber(thisYear - 46, 'M') };
const spouse = { name: makeName(), idNumber: makeIdNumber(thisYear - 44, 'F'), relation: '配偶' };
let childName = makeName(surname);
while (childName === head.name) childName = makeName(surname);
const child = { name: childName, idNumber: makeIdNumber(thisYear - 15, 'F'), relation: '女' };
const address = `青石镇桂花村3组${runTag}号`;
const ID_MASK = /^\d{3}\*{11}[\dX]{4}$/;

test.describe.configure({ mode: 'serial' });

let householdUrl = '';

test.describe('户籍台账', () => {
  test('cun01 registers a household of three, sees masked IDs, unmasks one and finds the household', async ({ page }) => {
    test.setTimeout(120_000); // one long flow through three pages
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'cun01');
    const shell = new ConsoleShell(page);
    await shell.menu.getByRole('menuitem', { name: '户籍台账' }).click();
    const list = new LedgerListPage(page);
    await expect(list.heading).toBeVisible();
    await shell.waitForContent();
    await expectNoSeriousA11yViolations(page, 'cun01 户籍台账');

    // 一表登记
    await page.getByRole('button', { name: '一表登记' }).click();
    await expect(page).toHaveURL(/\/ledger\/new$/);
    await expect(page.getByRole('heading', { name: '一表登记' })).toBeVisible();
    // a village window's own village is preselected
    await expect(page.locator('.ant-cascader').first()).toContainText('桂花村');

    const form = new HouseholdForm(page);
    await form.fillHousehold({ groupNo: '3', address, phone: `139${runTag}00` });
    await form.fillMember(0, head);
    // live validation: derived birth date / sex / age …
    await expect(form.member(0).getByTestId('id-derived')).toContainText(`出生日期 ${head.idNumber.slice(6, 10)}-`);
    await expect(form.member(0).getByTestId('id-derived')).toContainText('男');
    // … and a wrong check digit is refused at once
    const badCheck = head.idNumber.slice(0, 17) + (head.idNumber[17] === '0' ? '1' : '0');
    await form.member(0).getByLabel('身份证号').fill(badCheck);
    await expect(form.member(0)).toContainText('身份证号码校验位错误');
    await expectNoSeriousA11yViolations(page, 'cun01 一表登记（校验位错误）');
    await form.member(0).getByLabel('身份证号').fill(head.idNumber);
    await expect(form.member(0)).not.toContainText('校验位错误');

    await form.fillMember(1, spouse);
    await form.fillMember(2, child);
    await expect(form.member(2).getByTestId('id-derived')).toContainText('女');
    await expect(page.getByText('共 3 人')).toBeVisible();
    await page.waitForLoadState('networkidle'); // the debounced server checks have answered
    await expect(page.locator('.ant-form-item-explain-error')).toHaveCount(0);
    // the whole form at the console's width: a taller window instead of a stitched full-page shot
    await page.setViewportSize({ width: 1366, height: 1400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifact('ledger-new.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    await form.submit();
    await expect(page).toHaveURL(/\/ledger\/[0-9a-f-]{36}$/);
    householdUrl = new URL(page.url()).pathname;

    // 家庭详情: masked IDs only
    const detail = new HouseholdDetailPage(page);
    await expect(page.getByRole('heading', { name: `家庭详情：${head.name}户` })).toBeVisible();
    await expect(page.getByText(address)).toBeVisible();
    for (const m of [head, spouse, child]) {
      const cell = detail.memberRow(m.name).locator('td').nth(1);
      const text = (await cell.innerText()).replace('查看完整', '').trim();
      expect(text).toMatch(ID_MASK);
      expect(text).toBe(masked(m.idNumber));
      await expect(page.getByText(m.idNumber)).toHaveCount(0);
    }
    await expect(detail.memberRow(head.name)).toContainText('户主');
    await expect(detail.memberRow(spouse.name)).toContainText('配偶');
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, 'cun01 家庭详情');
    await page.screenshot({ path: artifact('ledger-detail.png') });

    // 查看完整: a reason is required, then the full number is shown once
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 6_000 });
    const dialog = await detail.unmaskId(spouse.name, '核对家庭成员身份信息');
    await expect(dialog.getByTestId('unmasked-value')).toHaveText(spouse.idNumber);
    await expectNoSeriousA11yViolations(page, 'cun01 查看完整身份证号 dialog');
    await page.waitForTimeout(400); // let the button settle after the click
    await page.screenshot({ path: artifact('ledger-unmask.png') });
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(spouse.idNumber)).toHaveCount(0);

    // The same ID cannot be registered again ("已登记在 …").
    await page.goto('/ledger/new');
    const again = new HouseholdForm(page);
    await again.member(0).getByLabel('身份证号').fill(head.idNumber);
    await expect(again.member(0)).toContainText(`该身份证号已登记在桂花村（${head.name}）`);
    await expectNoSeriousA11yViolations(page, 'cun01 一表登记（已登记）');

    // 户籍台账 finds it by the head's name
    await shell.menu.getByRole('menuitem', { name: '户籍台账' }).click();
    await expect(list.heading).toBeVisible();
    await list.search(head.name);
    const row = list.row(head.name, address);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('桂花村');
    await expect(row).toContainText('完整');
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await expect(page.getByText(masked(child.idNumber))).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.mouse.move(700, 650);
    await page.waitForTimeout(400); // expand-icon and button animations settle
    await expectNoSeriousA11yViolations(page, 'cun01 户籍台账（检索、展开成员）');
    await page.screenshot({ path: artifact('ledger-list.png') });
    expect(errors).toEqual([]);
  });

  test('minzheng01 (no benefit of 民政 there) sees only the shared view', async ({ page }) => {
    test.skip(!householdUrl, 'needs the household registered by the previous test');
    await login(page, 'minzheng01');
    await page.goto(householdUrl);
    // a full page load right after signing in: generous on a busy machine
    await expect(page.getByText('本部门未办理该户事项，仅显示共享信息：姓名、脱敏身份证号、层级和各部门救助')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: `家庭详情：${head.name}户` })).toBeVisible();
    const detail = new HouseholdDetailPage(page);
    await expect(detail.memberRow(child.name)).toContainText(masked(child.idNumber));
    // no address, no unmasking, no editing, no detail tabs
    await expect(page.getByText(address)).toHaveCount(0);
    await expect(page.getByText('查看完整')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '编辑家庭信息' })).toHaveCount(0);
    await expect(page.getByRole('tab', { name: '收入' })).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, 'minzheng01 家庭详情（共享信息）');
    await page.screenshot({ path: artifact('ledger-shared.png') });
  });
});
