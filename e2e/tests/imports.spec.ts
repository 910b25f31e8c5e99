import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { makeIdNumber, makeName } from '../support/id-number';
import { chooseOption } from '../support/ledger-pages';
import { login } from '../support/login';
import { artifact } from '../support/paths';
import { xlsxText } from '../support/xlsx';

/**
 * 数据导入 of a 民政 department officer (minzheng01): the 救助对象名册 template, then a small roster CSV with
 * two valid rows (new persons of 青石镇's villages, 低保) and three rows with errors (a wrong check digit, an
 * unknown program code, an unknown 区划代码): the batch's progress, result counts, error codes with their names,
 * the error report (xlsx with 错误说明), and the batch in 导入历史.
 */
const HEADER = ['姓名', '身份证号', '救助项目编码', '月救助金额(元)', '开始日期', '结束日期', '区划代码', '户主身份证号', '与户主关系', '联系电话', '备注'];
const thisYear = new Date().getFullYear();
const VILLAGE_A = '500199101201'; // 青石镇 桂花村 (demo-district.ts)
const VILLAGE_B = '500199101202';

function rosterCsv(): string {
  const ok1 = makeIdNumber(thisYear - 52, 'M');
  const ok2 = makeIdNumber(thisYear - 67, 'F');
  const good = makeIdNumber(thisYear - 40, 'M');
  const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
  const rows = [
    [makeName(), ok1, 'DIBAO', '650.00', '2026-01-01', '', VILLAGE_A, '', '', '', 'e2e 导入'],
    [makeName(), ok2, 'DIBAO', '480.50', '2026-02-01', '', VILLAGE_B, '', '', '', ''],
    [makeName(), badCheck, 'DIBAO', '600', '2026-01-01', '', VILLAGE_A, '', '', '', ''],
    [makeName(), makeIdNumber(thisYear - 33, 'F'), 'NO_SUCH_PROGRAM', '600', '2026-01-01', '', VILLAGE_A, '', '', '', ''],
    [makeName(), makeIdNumber(thisYear - 29, 'M'), 'DIBAO', '600', '2026-01-01', '', '500199101299', '', '', '', ''],
  ];
  return `\uFEFF${[HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}

test.describe('数据导入', () => {
  test('minzheng01 downloads the roster template, imports a roster with errors and downloads the error report', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'minzheng01');
    const shell = new ConsoleShell(page);
    await shell.menu.getByRole('menuitem', { name: '数据导入' }).click();
    await expect(page.getByRole('heading', { name: '数据导入' })).toBeVisible();
    await shell.waitForContent();

    await chooseOption(page, page.getByLabel('数据集', { exact: true }), '救助对象名册');
    await expect(page.getByText('本部门正在发放的救助对象，一人一个救助项目一行')).toBeVisible();
    await page.getByRole('button', { name: /模板各列填写说明/ }).click();
    await expect(page.getByRole('cell', { name: '救助项目编码', exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'minzheng01 数据导入（填写说明）');
    await page.screenshot({ path: artifact('imports-template.png') });

    // the template is an xlsx workbook with the roster's columns
    const [templateDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel 模板' }).click()]);
    expect(templateDownload.suggestedFilename()).toBe('救助对象名册模板.xlsx');
    const template = fs.readFileSync(await templateDownload.path());
    expect(template.subarray(0, 2).toString()).toBe('PK');
    expect(xlsxText(template)).toContain('救助项目编码');

    await page.getByRole('button', { name: /模板各列填写说明/ }).click(); // fold the notes again

    // upload a roster CSV with 2 valid rows and 3 rows with errors
    const file = testInfo.outputPath('roster-e2e.csv');
    fs.writeFileSync(file, rosterCsv());
    await page.locator('.ant-upload-drag input[type=file]').setInputFiles(file);
    const panel = page.locator('.ant-card').filter({ has: page.getByText('本次导入：救助对象名册') });
    await expect(panel).toBeVisible();
    await expect(panel.getByText('已完成', { exact: true })).toBeVisible({ timeout: 60_000 });
    const stat = (title: string) =>
      panel
        .locator('.ant-statistic')
        .filter({ has: page.getByText(title, { exact: true }) })
        .locator('.ant-statistic-content');
    await expect(stat('数据行数')).toHaveText('5');
    await expect(stat('有效行')).toHaveText('2');
    await expect(stat('新增或更新')).toHaveText('2');
    await expect(stat('错误行')).toHaveText('3');
    for (const [code, name] of [
      ['BAD_CHECK_DIGIT', '身份证号校验位错误'],
      ['UNKNOWN_PROGRAM', '救助项目编码不存在'],
      ['UNKNOWN_AREA', '区划代码不是已登记的村（社区）'],
    ]) {
      const row = panel.getByRole('row').filter({ hasText: code });
      await expect(row).toContainText(name);
      await expect(row).toContainText('1');
    }
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, 'minzheng01 数据导入（结果）');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(700, 700);
    await page.screenshot({ path: artifact('imports-upload.png') });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('imports-result.png') });

    // the error report: an xlsx naming each row's 错误说明
    const [reportDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '下载错误报告' }).click()]);
    expect(reportDownload.suggestedFilename()).toMatch(/^救助对象名册-错误报告-.+\.xlsx$/);
    const report = xlsxText(fs.readFileSync(await reportDownload.path()));
    expect(report).toContain('错误说明');
    expect(report).toContain('校验位');

    // 导入历史: the batch is there, newest first, with its result; filtered by dataset and status
    const history = page.locator('.ant-card').filter({ has: page.getByText('导入历史', { exact: true }) });
    await chooseOption(page, history.getByLabel('按数据集筛选'), '救助对象名册');
    await chooseOption(page, history.getByLabel('按状态筛选'), '已完成');
    const first = history.locator('.ant-table-tbody tr.ant-table-row').first();
    await expect(first).toContainText('roster-e2e.csv');
    await expect(first).toContainText('共 5 行，有效 2，新增或更新 2');
    await expect(first.getByRole('button', { name: '下载错误报告' })).toBeVisible();
    await first.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('imports-history.png') });
    expect(errors).toEqual([]);
  });

  test('an upload the server refuses shows its Chinese message', async ({ page }, testInfo) => {
    await login(page, 'minzheng01');
    const shell = new ConsoleShell(page);
    await shell.menu.getByRole('menuitem', { name: '数据导入' }).click();
    // a page right after signing in: generous on a busy machine
    await expect(page.getByRole('heading', { name: '数据导入' })).toBeVisible({ timeout: 30_000 });
    await shell.waitForContent();
    await expect(page.getByLabel('数据集', { exact: true })).toBeEnabled();
    await expect(page.getByRole('button', { name: '下载 Excel 模板' })).toBeEnabled({ timeout: 30_000 });
    const file = testInfo.outputPath('not-a-roster.csv');
    fs.writeFileSync(file, '\uFEFF名字,号码\r\n张三,1\r\n');
    await page.locator('.ant-upload-drag input[type=file]').setInputFiles(file);
    // either refused at upload (header check) or the batch fails with a message: both are in Chinese
    const refusal = page.getByRole('alert').filter({ hasText: /表头|列|模板/ });
    await expect(refusal.first()).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: artifact('imports-refused.png') });
  });
});
