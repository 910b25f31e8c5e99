import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * Program parameters (issue 4): minzheng01 (民政) raises the rural 低保 standard from next month in the
 * parameter editor after previewing it on sample households; screening dated today still uses the old
 * standard, dated next month the new one; the save queues a reassessment job that finishes with its
 * 漏救 / 复核 lists. renshe01 (人社) sees no edit button and the server refuses the edit. lianxi01 (联席会议)
 * runs a what-if simulation (a background job: progress, then the result and the 最近测算 row).
 */
test.describe.configure({ mode: 'serial' });

const today = new Date();
const nextMonth = new Date(today.getFullYear(), today.getMonth() + 1, 1);
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

async function openDibao(page: Page) {
  const shell = new ConsoleShell(page);
  await shell.menu.getByRole('menuitem', { name: '事项目录' }).click();
  await expect(page.getByRole('heading', { name: '事项目录' })).toBeVisible();
  await page
    .locator('.ant-collapse-header')
    .filter({ hasText: /^最低生活保障/ })
    .click();
  const params = page.getByRole('row').filter({ hasText: 'DIBAO.standard.RURAL' });
  await expect(params).toBeVisible();
  return params;
}

/** The trace of the 最低生活保障 row of a screening result (expanded). */
async function dibaoTrace(page: Page): Promise<string> {
  const results = page.getByTestId('screening-results');
  const row = results.getByRole('row').filter({ hasText: '最低生活保障' }).first();
  await row.getByRole('button', { name: /展开行|Expand row/ }).click();
  const detail = results.locator('.ant-table-expanded-row').filter({ hasText: '判断过程' }).first();
  await expect(detail).toBeVisible();
  const text = (await detail.textContent()) ?? '';
  await row.getByRole('button', { name: /关闭行|Collapse row/ }).click();
  return text;
}

test.describe('事项参数', () => {
  test('minzheng01 previews and saves a new rural 低保 standard from next month', async ({ page }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'minzheng01');
    const row = await openDibao(page);
    await expect(row).toContainText('650.00 元');
    await expectNoSeriousA11yViolations(page, 'minzheng01 事项目录（参数）');
    await page.screenshot({ path: artifact('programs-parameters.png') });

    await row.getByRole('button', { name: '调整 低保标准（农村）' }).click();
    const dialog = page.getByRole('dialog', { name: /调整参数/ });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('新值').fill('700');
    await expect(dialog.getByLabel('生效日期')).toHaveValue(iso(nextMonth));
    await dialog.getByLabel('依据（文件名称或文号）').fill('和安府发〔2026〕12号（演示）');
    await dialog.getByLabel('调整理由').fill('按上年城乡居民人均消费支出调整');
    await expect(dialog.getByRole('button', { name: /保\s*存/ })).toBeDisabled();
    await expectNoSeriousA11yViolations(page, 'minzheng01 调整参数 dialog（未预览，保存不可用）');
    await dialog.getByRole('button', { name: /预览影响/ }).click();
    const preview = dialog.getByTestId('parameter-preview');
    await expect(preview).toContainText('650.00 元');
    await expect(preview).toContainText('700.00 元');
    await expect(preview.getByRole('row').nth(1)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'minzheng01 调整参数 dialog（预览）');
    await page.screenshot({ path: artifact('programs-parameter-preview.png') });

    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByText('已保存新参数版本')).toBeVisible();
    await expect(dialog).toBeHidden();
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    await expect(page.getByText('待生效').first()).toBeVisible();
    await expect(page.getByText(`${iso(nextMonth)} 起 700.00 元`)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'minzheng01 事项目录（参数时间线）');
    await page.screenshot({ path: artifact('programs-parameter-timeline.png') });
    expect(errors).toEqual([]);
  });

  test('screening today uses the old standard, dated next month the new one', async ({ page }) => {
    await login(page, 'minzheng01');
    await new ConsoleShell(page).menu.getByRole('menuitem', { name: '救助筛查' }).click();
    await page.getByRole('tab', { name: '窗口问卷' }).click();
    await page.getByLabel('成员1出生日期').fill('1980-05-01');
    await page.getByLabel('成员1出生日期').press('Enter');
    await page.getByLabel('成员1月收入').fill('300');
    await page.getByTestId('screen-questionnaire').click();
    expect(await dibaoTrace(page)).toContain('低保标准 650.00 元（农村）');
    await expectNoSeriousA11yViolations(page, 'minzheng01 救助筛查（问卷结果）');
    await page.screenshot({ path: artifact('programs-screening-today.png') });

    const date = page.locator('#asOf');
    await date.click();
    await date.fill(iso(nextMonth));
    await date.press('Enter');
    await page.getByTestId('screen-questionnaire').click();
    await expect.poll(() => dibaoTrace(page)).toContain('低保标准 700.00 元（农村）');
    await page.screenshot({ path: artifact('programs-screening-next-month.png') });
  });

  test('the save queued a reassessment job that completes with its lists', async ({ page }) => {
    await login(page, 'minzheng01');
    await new ConsoleShell(page).menu.getByRole('menuitem', { name: '复核任务' }).click();
    const job = page.getByRole('row').filter({ hasText: '参数调整后复核' }).first();
    await expect(job).toBeVisible();
    await expect(job).toContainText('已完成', { timeout: 60_000 });
    await expect(page.getByRole('tab', { name: /疑似漏救/ })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, 'minzheng01 复核任务（已完成）');
    await page.screenshot({ path: artifact('programs-reassessment.png'), fullPage: true });
  });

  test('renshe01 has no edit button and the server refuses the edit', async ({ page }) => {
    await login(page, 'renshe01');
    const row = await openDibao(page);
    await expect(row.getByRole('button', { name: /调整/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'renshe01 事项目录（无调整按钮）');
    await page.screenshot({ path: artifact('programs-parameters-renshe.png') });
    const res = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: ParameterVersionInput!) { addParameterVersion(input: $i) { code } }',
          variables: { i: { code: 'DIBAO.standard.RURAL', effectiveFrom: '2030-01-01', value: { number: 1 }, legalRef: '越权', reason: '越权尝试' } },
        }),
      });
      return r.json();
    });
    expect(res.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.errors[0].message).toMatch(/只有.*民政局/);
  });

  test('lianxi01 simulates a higher standard over the district', async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, 'lianxi01');
    await new ConsoleShell(page).menu.getByRole('menuitem', { name: '模拟测算' }).click();
    await page.getByLabel('参数1').click();
    await page.getByLabel('参数1').fill('低保标准（城市）');
    await page.locator('.ant-select-item-option').filter({ hasText: '低保标准（城市）' }).first().click();
    await page.getByLabel('拟调整值1').fill('1000');
    await page.getByTestId('run-simulation').click();
    // A background job: progress while it runs, then the result and a finished row in 最近测算.
    await expect(page.getByText('评估家庭')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('img', { name: '各镇街每月金额变化' })).toBeVisible();
    const recent = page.getByRole('row').filter({ hasText: '低保标准（城市） →' }).first();
    await expect(recent).toContainText('已完成');
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, 'lianxi01 模拟测算（结果）');
    await page.screenshot({ path: artifact('programs-simulation.png'), fullPage: true });
  });
});
