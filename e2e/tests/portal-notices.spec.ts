import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { chooseOption } from '../support/ledger-pages';
import { login } from '../support/login';
import { expectNoHorizontalScroll, expectTapTargets, smallestText } from '../support/mobile-checks';
import { artifact } from '../support/paths';

/**
 * 通知公告 (issue #15, modules/portal): the district's system administrator publishes a notice in the console (门户内容 ›
 * 通知公告, 1366×768); it shows on the portal home among the latest 3 (置顶 first) and on its own page (375×667), then
 * goes back to a draft and is deleted. The demo notices are written out by hand from packages/server/src/seed/portal-demo.ts.
 */

const TITLE = '2027 年元旦假期社会救助窗口安排';
const BODY = '元旦假期（1 月 1 日至 3 日）各镇街社会救助窗口休息，1 月 4 日起照常受理。\n假期中遇到突发困难，请拨打社会救助服务热线 12349。';

test.describe('通知公告: console to portal', () => {
  test('the system administrator publishes a pinned notice; the portal home and its page show it; draft and delete take it away', async ({ page, browser }) => {
    await login(page, 'sysadmin');
    await page.goto('/portal-content');
    await new ConsoleShell(page).waitUntilLoaded();
    await page.getByRole('tab', { name: '通知公告' }).click();
    await expect(page.getByText('社会救助服务热线和受理窗口时间', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: '新增公告' }).click();
    const dialog = page.getByRole('dialog', { name: '新增公告' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.getByText('请填写标题')).toBeVisible();
    await dialog.getByLabel('标题', { exact: true }).fill(TITLE);
    // personal data is refused by the server, with the field's message
    await dialog.getByLabel('正文', { exact: true }).fill('有事请找李主任 13912345678');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.getByText(/正文含有手机号码/)).toBeVisible();
    await dialog.getByLabel('正文', { exact: true }).fill(BODY);
    await chooseOption(page, dialog.getByLabel('类别'), '通知');
    await dialog.getByRole('switch', { name: '置顶' }).click();
    await dialog.getByRole('switch', { name: '发布' }).click();
    await expectNoSeriousA11yViolations(page, '新增公告 dialog', { include: '.ant-modal' });
    await page.screenshot({ path: artifact('console-portal-notice-edit.png') });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await expect(row).toContainText('已发布');
    await expect(row).toContainText('通知');
    await expect(row).toContainText('是');
    await expectNoSeriousA11yViolations(page, '门户内容 › 通知公告 (sysadmin)');
    await page.screenshot({ path: artifact('console-portal-notices.png') });

    // the portal, on a phone
    const phone = await browser.newContext({
      baseURL: process.env.E2E_BASE_URL,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const portal = await phone.newPage();
    const errors: string[] = [];
    portal.on('pageerror', (e) => errors.push(e.message));
    await portal.goto('/portal/');
    const home = portal.getByTestId('home-notices');
    await expect(home.getByRole('link')).toHaveCount(3);
    // pinned first (the newest pinned), then the demo's pinned hotline notice
    await expect(home.getByRole('link').nth(0)).toContainText(TITLE);
    await expect(home.getByRole('link').nth(0)).toContainText('置顶');
    await expect(home.getByRole('link').nth(1)).toContainText('社会救助服务热线和受理窗口时间');
    await portal.getByTestId('home-notices').scrollIntoViewIfNeeded();
    await expectTapTargets(portal, '首页 通知公告');
    await expectNoHorizontalScroll(portal, '首页 通知公告');
    await expectNoSeriousA11yViolations(portal, '首页 (通知公告)');
    await portal.screenshot({ path: artifact('portal-home-notices.png'), fullPage: true });

    await home.getByRole('link', { name: new RegExp(TITLE) }).click();
    await expect(portal).toHaveURL(/\/portal\/gonggao\/[0-9a-f-]{36}$/);
    await expect(portal.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const body = portal.getByTestId('notice-body');
    await expect(body).toHaveText(BODY);
    // line breaks kept; body text ≥ 16 px, small print (the category tag) ≥ 14 px
    expect(await body.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
    expect(Number.parseFloat(await body.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    expect((await smallestText(portal)).min).toBeGreaterThanOrEqual(14);
    await expectTapTargets(portal, '公告详情');
    await expectNoHorizontalScroll(portal, '公告详情');
    await expectNoSeriousA11yViolations(portal, '公告详情');
    await portal.screenshot({ path: artifact('portal-notice-detail.png'), fullPage: true });

    // 返回 to the list: category filter
    await portal.getByRole('link', { name: '返回通知公告' }).click();
    await expect(portal).toHaveURL(/\/portal\/gonggao$/);
    await expect(portal.getByRole('heading', { level: 1, name: '通知公告' })).toBeVisible();
    await expect(portal.getByTestId('notice-list').getByRole('link')).toHaveCount(4);
    await portal.getByRole('button', { name: '政策解读' }).click();
    await expect(portal.getByTestId('notice-list').getByRole('link')).toHaveCount(1);
    await expect(portal.getByTestId('notice-list')).toContainText('关于 2027 年城乡低保标准调整的通知');
    await expectTapTargets(portal, '通知公告');
    await expectNoHorizontalScroll(portal, '通知公告');
    await expectNoSeriousA11yViolations(portal, '通知公告');
    await portal.screenshot({ path: artifact('portal-notices.png'), fullPage: true });

    // 长辈模式: larger, still whole
    await portal.getByRole('button', { name: '全部' }).click();
    await portal.getByRole('button', { name: '长辈模式' }).click();
    await expect(portal.getByTestId('notice-list').getByRole('link')).toHaveCount(4);
    await expectTapTargets(portal, '通知公告 (长辈模式)');
    await expectNoHorizontalScroll(portal, '通知公告 (长辈模式)');
    await expectNoSeriousA11yViolations(portal, '通知公告 (长辈模式)');
    await portal.screenshot({ path: artifact('portal-notices-elder.png'), fullPage: true });
    await portal
      .getByTestId('notice-list')
      .getByRole('link', { name: new RegExp(TITLE) })
      .click();
    await expect(portal.getByTestId('notice-body')).toBeVisible();
    expect(Number.parseFloat(await portal.getByTestId('notice-body').evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);
    await expectNoHorizontalScroll(portal, '公告详情 (长辈模式)');
    await portal.screenshot({ path: artifact('portal-notice-detail-elder.png'), fullPage: true });
    const detailUrl = portal.url();

    // back to a draft: gone from the portal (its page says so)
    await page.getByRole('button', { name: `修改公告：${TITLE}` }).click();
    const edit = page.getByRole('dialog', { name: '修改公告' });
    await edit.getByRole('switch', { name: '发布' }).click();
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: TITLE })).toContainText('草稿');
    await portal.goto(detailUrl);
    await expect(portal.getByText('没有找到这条公告，可能已撤下。')).toBeVisible();
    await portal.goto('/portal/');
    await expect(portal.getByTestId('home-notices').getByRole('link').nth(0)).toContainText('社会救助服务热线和受理窗口时间');

    // deleted
    await page.getByRole('button', { name: `删除公告：${TITLE}` }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await expect(page.getByText('公告已删除')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: TITLE })).toHaveCount(0);
    expect(errors).toEqual([]);
    await phone.close();
  });
});
