import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { expectNoHorizontalScroll, expectTapTargets, smallestText } from '../support/mobile-checks';
import { artifact } from '../support/paths';

/** Body text of the home page (the hotline's note, from packages/portal/src/data/hotline.ts). */
const HOTLINE_NOTE = '工作日上班时间有人接听；紧急情况请拨打 110 / 120';

const fontSizeOf = (locator: Locator) => locator.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

/** The 公示 page has loaded its list (demo data: a few notices, or none). */
async function expectPublicityLoaded(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: '公示信息' })).toBeVisible();
  await expect(page.getByRole('article').first().or(page.getByText('目前没有正在公示的救助对象。'))).toBeVisible();
}

test.describe('公众门户 首页', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('renders the mobile home page under /portal, readable and accessible', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto('/portal');
    await expect(page.getByRole('heading', { level: 1, name: '协救 · 便民服务' })).toBeVisible();
    await expect(page.getByText('一门受理 · 协同办理 — 有困难，找一个窗口就够了')).toBeVisible();

    // The hotline and the windows come from the server: the 社会救助服务热线 of 系统设置 and the area tree's windows.
    const info = await (await page.request.post('/graphql', { data: { query: '{ portalInfo { hotline } portalWindows { isDistrict name } }' } })).json();
    const hotline = page.getByRole('link', { name: /拨打救助热线/ });
    await expect(hotline).toHaveAttribute('href', /^tel:\d+$/);
    await expect(hotline).toHaveText(info.data.portalInfo.hotline);

    await expect(page.getByRole('heading', { name: '救助热线' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '受理窗口' })).toBeVisible();
    const district = info.data.portalWindows.find((w: { isDistrict: boolean }) => w.isDistrict);
    await expect(page.getByText(district.name)).toBeVisible();
    await expect(page.getByText(/^地址：/).first()).toBeVisible();
    await expect(page.getByText(/^时间：/).first()).toBeVisible();
    const all = page.getByRole('link', { name: `查看全部 ${info.data.portalWindows.length} 个受理窗口（各镇街）` });
    await expect(all).toHaveAttribute('href', /\/chuangkou$/);
    // 政策查询 is live: the policy library.
    await expect(page.getByRole('link', { name: '政策查询' })).toHaveAttribute('href', /\/zhengce$/);
    await expect(page.getByRole('link', { name: '常见问题' })).toHaveAttribute('href', /\/wenda$/);
    await expect(page.getByRole('link', { name: '在线申请' })).toHaveAttribute('href', /\/shenqing$/);
    await expect(page.getByRole('link', { name: '办理进度查询' })).toHaveAttribute('href', /\/chaxun$/);

    // Every service is open: nothing is announced as 即将开放.
    await expect(page.getByRole('link', { name: '我要报告困难群众' })).toHaveAttribute('href', /\/baogao$/);
    await expect(page.getByText('即将开放')).toHaveCount(0);
    // 公示信息 is live (issue 14): a real link to the current notices.
    await expect(page.getByRole('link', { name: /公示信息/ })).toHaveAttribute('href', /\/gongshi$/);
    // 我能申请什么 (the self-check questionnaire) is live too, the first entry of the grid.
    await expect(page.getByRole('link', { name: '我能申请什么' })).toHaveAttribute('href', /\/zice$/);

    await expect(page.getByText('个人信息受法律保护，我们只在办理救助所需范围内使用')).toBeVisible();

    // 适老化: 长辈模式 is offered, off by default; the root font-size follows the user's setting (a percentage).
    await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', 'false');
    expect(await fontSizeOf(page.locator('html'))).toBe(16);
    // Body text ≥ 16 px, small print (tags) ≥ 14 px; the hotline is a 44 px tap target like every other control.
    expect(await fontSizeOf(page.getByText(HOTLINE_NOTE))).toBeGreaterThanOrEqual(16);
    expect(await fontSizeOf(page.getByText(/^地址：/).first())).toBeGreaterThanOrEqual(16);
    expect(await fontSizeOf(page.getByText('政策查询'))).toBeGreaterThanOrEqual(16);
    expect(await fontSizeOf(page.getByText('个人信息受法律保护，我们只在办理救助所需范围内使用'))).toBeGreaterThanOrEqual(16);
    const smallest = await smallestText(page);
    expect(smallest.min, `smallest text: “${smallest.where}”`).toBeGreaterThanOrEqual(14);
    expect((await hotline.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await expectTapTargets(page, 'home');
    await expectNoHorizontalScroll(page);

    // The favicon is linked under /portal and served by the server's static route.
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/portal/favicon.svg');
    const favicon = await page.request.get('/portal/favicon.svg');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toContain('image/svg+xml');

    await expectNoSeriousA11yViolations(page, 'portal home');
    await page.screenshot({ path: artifact('portal-home.png'), fullPage: true });

    await page.getByRole('link', { name: /公示信息/ }).click();
    await expectPublicityLoaded(page);
    await expectTapTargets(page, '公示');
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'portal 公示');
    expect(errors).toEqual([]);
  });

  test('长辈模式: larger type on every page, remembered across reloads', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto('/portal');
    const toggle = page.getByRole('button', { name: '长辈模式' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const note = page.getByText(HOTLINE_NOTE);
    const normal = await fontSizeOf(note);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/\bxj-elder\b/);
    expect(await fontSizeOf(page.locator('html'))).toBe(20);
    expect(await fontSizeOf(note)).toBeGreaterThanOrEqual(20);
    expect(await fontSizeOf(note)).toBeGreaterThan(normal);
    expect(await page.evaluate(() => localStorage.getItem('xj-portal-elder'))).toBe('1');

    // Remembered: a reload comes back in 长辈模式.
    await page.reload();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await fontSizeOf(note)).toBeGreaterThanOrEqual(20);
    expect(await fontSizeOf(page.getByText(/^地址：/).first())).toBeGreaterThanOrEqual(20);
    const smallest = await smallestText(page);
    expect(smallest.min, `smallest text: “${smallest.where}”`).toBeGreaterThanOrEqual(17.5);
    expect((await page.getByRole('link', { name: /拨打救助热线/ }).boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await expectTapTargets(page, 'home (长辈模式)');
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'portal home (长辈模式)');
    await page.screenshot({ path: artifact('portal-home-elder.png'), fullPage: true });

    // Every page: the 公示 page is in 长辈模式 too, and can turn it off.
    await page.getByRole('link', { name: /公示信息/ }).click();
    await expectPublicityLoaded(page);
    const publicityToggle = page.getByRole('button', { name: '长辈模式' });
    await expect(publicityToggle).toHaveAttribute('aria-pressed', 'true');
    expect(await fontSizeOf(page.getByText(/^拟给予社会救助的对象/))).toBeGreaterThanOrEqual(20);
    await expectTapTargets(page, '公示 (长辈模式)');
    await expectNoHorizontalScroll(page);
    await expectNoSeriousA11yViolations(page, 'portal 公示 (长辈模式)');

    await publicityToggle.click();
    await expect(publicityToggle).toHaveAttribute('aria-pressed', 'false');
    expect(await fontSizeOf(page.locator('html'))).toBe(16);
    expect(await page.evaluate(() => localStorage.getItem('xj-portal-elder'))).toBe('0');
    expect(errors).toEqual([]);
  });
});
