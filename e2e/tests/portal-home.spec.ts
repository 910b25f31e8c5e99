import { expect, test } from '@playwright/test';
import { artifact } from '../support/paths';

test.describe('公众门户 首页', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('renders the mobile home page under /portal', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto('/portal');
    await expect(page.getByRole('heading', { level: 1, name: '协救 · 便民服务' })).toBeVisible();
    await expect(page.getByText('一门受理 · 协同办理 — 有困难，找一个窗口就够了')).toBeVisible();

    const hotline = page.getByRole('link', { name: /拨打救助热线/ });
    await expect(hotline).toHaveAttribute('href', /^tel:/);
    await expect(hotline).toHaveText('023-12345');
    await expect(page.getByText('演示号码')).toBeVisible();

    await expect(page.getByRole('heading', { name: '救助热线' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '受理窗口' })).toBeVisible();
    await expect(page.getByText('演示数据')).toBeVisible();
    await expect(page.getByText(/^地址：/).first()).toBeVisible();
    await expect(page.getByText(/^时间：/).first()).toBeVisible();

    // Features of later issues are shown, disabled, never as fake pages.
    for (const title of ['政策问答', '办理进度查询', '在线申请', '我要报告困难群众']) {
      const entry = page.getByRole('link', { name: `${title}（即将开放）` });
      await expect(entry).toHaveAttribute('aria-disabled', 'true');
    }
    await expect(page.getByText('即将开放')).toHaveCount(4);
    // 公示信息 is live (issue 14): a real link to the current notices.
    await expect(page.getByRole('link', { name: /公示信息/ })).toHaveAttribute('href', /\/gongshi$/);

    await expect(page.getByText('个人信息受法律保护，我们只在办理救助所需范围内使用')).toBeVisible();

    // Fits the phone width: no horizontal scrolling.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.screenshot({ path: artifact('portal-home.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
