import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 导出 Excel of a list page (modules/exports, ADR 0031): zhen01 exports the 疑点复核 list (its current filter); the
 * file arrives named after the list (a zip, i.e. xlsx). The server tests check its rows, masking and the log.
 */
test('zhen01 exports the filtered findings list to xlsx', async ({ page }) => {
  await login(page, 'zhen01');
  const shell = new ConsoleShell(page);
  await shell.menu.getByRole('menuitem', { name: '疑点复核' }).click();
  await expect(page.getByRole('heading', { name: /^疑点复核/ })).toBeVisible({ timeout: 30_000 });
  await shell.waitForContent();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^比对疑点-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await page.screenshot({ path: artifact('exports-findings.png') });
});
