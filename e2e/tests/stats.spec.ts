import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';

/**
 * 统计看板 (issue 16 item 1): a joint-meeting member (lianxi01, 和安区) opens the dashboard from the menu and drills
 * down district → town → village (rows of the 救助对象（按区域） table), saving a screenshot of each level; the
 * chart's data exports as xlsx and the chart as a PNG; the page carries no serious axe violation.
 */

const areaCard = (page: Page) => page.locator('.ant-card').filter({ has: page.getByText('救助对象（按区域）', { exact: true }) });

async function loaded(page: Page, areaName: string) {
  await expect(page.locator('.ant-breadcrumb')).toContainText(areaName);
  await new ConsoleShell(page).waitForContent();
  await expect(areaCard(page).locator('canvas').first()).toBeVisible();
}

test('a joint-meeting member drills the dashboard down to a village', async ({ page }, testInfo) => {
  await login(page, 'lianxi01');
  const shell = new ConsoleShell(page);
  await shell.menu.getByRole('menuitem', { name: '统计看板' }).click();
  await expect(page).toHaveURL(/\/stats$/);
  await loaded(page, '和安区');
  await expect(page.getByRole('heading', { name: '统计看板' })).toBeVisible();
  // Every town of the district is a row (with zeros where it has nothing).
  const towns = areaCard(page).locator('tbody').getByRole('link');
  await expect(towns).toHaveCount(8);
  await page.screenshot({ path: testInfo.outputPath('stats-1-district.png'), fullPage: true });

  // 导出数据 and 下载图片 of the card.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    areaCard(page)
      .getByRole('button', { name: /导出数据/ })
      .click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('救助对象（按区域）-和安区.xlsx');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    areaCard(page)
      .getByRole('button', { name: /下载图片/ })
      .click(),
  ]);
  expect(png.suggestedFilename()).toBe('救助对象（按区域）-和安区.png');

  // District → town: a row of the table.
  const town = (await towns.first().textContent())!.trim();
  await towns.first().click();
  await expect(page).toHaveURL(/\/stats\?area=500199\d{3}000$/);
  await loaded(page, town);
  await page.screenshot({ path: testInfo.outputPath('stats-2-town.png'), fullPage: true });

  // Town → village: the row of the village with the most recipient households (a picture with data in it).
  const rows = areaCard(page)
    .locator('tbody tr')
    .filter({ has: page.getByRole('link') });
  const households = (await rows.locator('td:nth-child(2)').allTextContents()).map((s) => Number(s.replace(/[^\d]/g, '')) || 0);
  const best = rows.nth(households.indexOf(Math.max(...households))).getByRole('link');
  const village = (await best.textContent())!.trim();
  await best.click();
  await expect(page).toHaveURL(/\/stats\?area=500199\d{6}$/);
  await loaded(page, village);
  await expect(page.locator('.ant-breadcrumb')).toContainText(town);
  await expect(page.locator('.ant-breadcrumb').getByRole('link')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('stats-3-village.png'), fullPage: true });
  await expectNoSeriousA11yViolations(page, '/stats (village)');

  // 打印: the print view leaves the menu, the header and the buttons out.
  await page.emulateMedia({ media: 'print' });
  await expect(shell.sider).toBeHidden();
  await expect(page.getByRole('button', { name: /打\s*印/ })).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('stats-4-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Back up through the breadcrumb.
  await page.locator('.ant-breadcrumb').getByRole('link', { name: '和安区' }).click();
  await loaded(page, '和安区');
  await expect(areaCard(page).locator('tbody').getByRole('link')).toHaveCount(8);
});
