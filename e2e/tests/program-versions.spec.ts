import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 修改材料与时限 (issue 4, "two unchanged"): minzheng01 (民政) adds a material to 最低生活保障 from next
 * month in the editor, checks the listed changes and saves; the catalogue dated today still shows the
 * old list, dated next month the new one, with the version on the timeline. renshe01 (人社) gets no
 * button and the server refuses the edit.
 */
test.describe.configure({ mode: 'serial' });

const today = new Date();
const nextMonth = new Date(today.getFullYear(), today.getMonth() + 1, 1);
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const NEW_MATERIAL = '个人承诺书（演示）';

async function openDibao(page: Page) {
  await new ConsoleShell(page).menu.getByRole('menuitem', { name: '事项目录' }).click();
  await expect(page.getByRole('heading', { name: '事项目录' })).toBeVisible();
  await page
    .locator('.ant-collapse-header')
    .filter({ hasText: /^最低生活保障/ })
    .click();
  const panel = page.locator('.ant-collapse-item-active');
  await expect(panel.getByText('材料与时限的版本')).toBeVisible();
  return panel;
}

const materialsRow = (page: Page) => page.locator('.ant-collapse-item-active .ant-descriptions-row').filter({ hasText: '材料清单' });

async function viewOn(page: Page, date: string) {
  const picker = page.getByTestId('programs-as-of');
  await picker.click();
  await picker.fill(date);
  await picker.press('Enter');
  await page.waitForLoadState('networkidle');
}

test.describe('事项材料与时限的版本', () => {
  test('minzheng01 adds a material from next month; the catalogue dated next month shows it', async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'minzheng01');
    const panel = await openDibao(page);
    await panel.getByRole('button', { name: '修改材料与时限' }).click();
    const drawer = page.getByRole('dialog', { name: /修改材料与时限/ });
    await expect(drawer.getByLabel('材料1名称')).toHaveValue('申请书（一表登记）');
    await expect(drawer.getByLabel('生效日期')).toHaveValue(iso(nextMonth));
    const before = await drawer.getByLabel(/^材料\d+名称$/).count();
    await drawer.getByRole('button', { name: '添加材料' }).click();
    await drawer.getByLabel(`材料${before + 1}名称`).fill(NEW_MATERIAL);
    await drawer.getByLabel('依据（文件名称或文号）').fill('和安民发〔2026〕8号（演示）');
    await drawer.getByLabel('修改理由').fill('增加个人承诺事项');
    await expect(drawer.getByTestId('amend-diff')).toContainText(`新增材料：${NEW_MATERIAL}`);
    await expectNoSeriousA11yViolations(page, 'minzheng01 修改材料与时限 drawer');
    await page.screenshot({ path: artifact('program-amend-drawer.png') });
    await drawer.getByTestId('amend-diff').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('program-amend-diff.png') });

    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    const confirm = page.getByRole('dialog', { name: /确认自 .* 起修改最低生活保障/ });
    await expect(confirm.getByTestId('amend-confirm-changes')).toContainText(`新增材料：${NEW_MATERIAL}`);
    await expectNoSeriousA11yViolations(page, 'minzheng01 修改材料与时限 确认 dialog');
    await confirm.getByRole('button', { name: '确认保存' }).click();
    await expect(page.getByText(`已保存，自 ${iso(nextMonth)} 起生效`)).toBeVisible();
    await expect(drawer).toBeHidden();

    // Today: the old list, the new version waiting on the timeline.
    await expect(materialsRow(page)).not.toContainText(NEW_MATERIAL);
    const timeline = panel.getByTestId('program-versions');
    await expect(timeline).toContainText(`${iso(nextMonth)} 起`);
    await expect(timeline).toContainText('尚未生效');
    await expect(timeline).toContainText(`新增材料：${NEW_MATERIAL}`);

    // Dated next month: the new list.
    await viewOn(page, iso(nextMonth));
    await expect(materialsRow(page)).toContainText(NEW_MATERIAL);
    await expect(panel.getByTestId('program-versions')).not.toContainText('尚未生效');
    await expectNoSeriousA11yViolations(page, 'minzheng01 事项目录（次月的材料与版本）');
    await page.screenshot({ path: artifact('program-versions-next-month.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  test('renshe01 has no button and the server refuses the edit', async ({ page }) => {
    await login(page, 'renshe01');
    const panel = await openDibao(page);
    await expect(panel.getByRole('button', { name: '修改材料与时限' })).toHaveCount(0);
    const res = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: ProgramAmendmentInput!) { amendProgram(input: $i) { code } }',
          variables: { i: { programCode: 'DIBAO', effectiveFrom: '2030-01-01', publicity: { required: false }, legalRef: '越权', reason: '越权尝试' } },
        }),
      });
      return r.json();
    });
    expect(res.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.errors[0].message).toMatch(/只有.*民政局/);
  });
});
