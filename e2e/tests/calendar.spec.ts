import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 节假日日历: the system administrator sees the seeded arrangement of this year, is warned that next
 * year's is missing, enters next year's 国庆节 (seven days from one click on the month grid) and a
 * make-up workday, sees them in the month grid and the list, and deletes them again.
 */
const thisYear = Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
const year = thisYear + 1;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const weekday = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const first = `${year}-10-01`;
// The Saturday or Sunday closest before 10-01: a make-up workday (调休上班).
let makeUp = plusDays(first, -1);
while (!['周六', '周日'].includes(weekday(makeUp))) makeUp = plusDays(makeUp, -1);

/** A day of the month grid: its name starts with the date in words, e.g. 10月1日（周四）…. */
const dayButton = (page: import('@playwright/test').Page, date: string) =>
  page.getByRole('button', { name: new RegExp(`^${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日（`) });

test('sysadmin enters next year’s 国庆节 and a 调休 day on the calendar, then removes them', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, 'sysadmin');
  const shell = new ConsoleShell(page);
  await shell.menu.getByRole('menuitem', { name: '节假日日历' }).click();
  await expect(page).toHaveURL(/\/calendar$/);
  await expect(page.getByRole('heading', { name: '节假日日历' })).toBeVisible();
  await shell.waitForContent();

  // Seeded arrangement of this year, and the warning for next year.
  if (thisYear === 2026) {
    await expect(page.getByText('春节 2月15日—2月23日（9 天）')).toBeVisible();
    await expect(dayButton(page, '2026-02-14')).toHaveAccessibleName(/春节调休上班，调休上班/);
  }
  const warning = page.getByRole('alert').filter({ hasText: `${year} 年节假日安排尚未录入` });
  await expect(warning).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'sysadmin 节假日日历');
  await page.screenshot({ path: artifact('calendar-this-year.png'), fullPage: false });

  await warning.getByRole('button', { name: `查看 ${year} 年` }).click();
  await expect(page.getByRole('radio', { name: `${year} 年` })).toBeChecked();
  await expect(page.getByText(`${year} 年尚无节假日安排`)).toBeVisible();

  // One click on 10-01 opens the form on that date as a holiday; seven consecutive days.
  await dayButton(page, first).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('radio', { name: '法定节假日' })).toBeChecked();
  await dialog.getByLabel('连续天数').fill('7');
  await dialog.getByLabel('名称').fill('国庆节');
  await expectNoSeriousA11yViolations(page, 'sysadmin 节假日 dialog');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 }); // seven days are saved one by one
  await expect(page.getByText(`国庆节 10月1日—10月7日（7 天）`)).toBeVisible();
  await expect(dayButton(page, plusDays(first, 6))).toHaveAccessibleName(/国庆节，法定节假日/);

  // The weekend day before the holiday becomes a make-up workday (the form defaults to 调休上班 there).
  await dayButton(page, makeUp).click();
  await expect(dialog.getByRole('radio', { name: '调休上班' })).toBeChecked();
  await dialog.getByLabel('名称').fill('国庆节调休上班');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(dayButton(page, makeUp)).toHaveAccessibleName(/国庆节调休上班，调休上班/);
  await expect(page.getByRole('alert').filter({ hasText: `${year} 年节假日安排尚未录入` })).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: artifact('calendar-next-year.png') });

  // The list shows who entered what; delete everything entered here again.
  await page.getByRole('radiogroup', { name: '视图' }).getByText('列表', { exact: true }).click(); // antd hides the radio input itself
  const row = page.getByRole('row').filter({ hasText: first });
  await expect(row).toContainText('国庆节');
  await expect(row).toContainText('法定节假日');
  await expect(row).toContainText('赵系统');
  await expectNoSeriousA11yViolations(page, 'sysadmin 节假日列表');
  await page.screenshot({ path: artifact('calendar-list.png') });
  for (const date of [makeUp, ...Array.from({ length: 7 }, (_, i) => plusDays(first, i))]) {
    await page
      .getByRole('row')
      .filter({ hasText: date })
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await expect(page.getByRole('row').filter({ hasText: date })).toHaveCount(0);
  }
  await expect(page.getByRole('alert').filter({ hasText: `${year} 年节假日安排尚未录入` })).toBeVisible();
  expect(errors).toEqual([]);
});
