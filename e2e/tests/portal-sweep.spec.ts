import { expect, type Page, test } from '@playwright/test';
import { expectReadable } from '../support/mobile-checks';

/**
 * Every page of the public portal at 375×667, in the normal type and in 长辈模式 (issue #15: "axe clean at 375×667 in
 * normal and 长辈模式"): no serious or critical axe violation, tap targets ≥ 44 px, no sideways scrolling, and no text
 * smaller than small print (14 px; 17.5 px in 长辈模式, where small print is 0.875rem of 20 px). The pages' own
 * behaviour is in their specs (portal-home, portal-policy, portal-faq, portal-messages, portal-notices, portal-apply,
 * portal-publicity, portal-self-check).
 */
test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function anonymous<T>(page: Page, query: string): Promise<T> {
  const body = await page.evaluate(async (q) => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    return res.json();
  }, query);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** The page has drawn its content: its heading is there and nothing says 正在加载 / 正在读取. */
async function loaded(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^正在(加载|读取)/)).toHaveCount(0, { timeout: 15_000 });
}

for (const elder of [false, true]) {
  test(`every portal page is readable and accessible${elder ? ' in 长辈模式' : ''}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/portal/');
    await page.evaluate((on) => localStorage.setItem('xj-portal-elder', on ? '1' : '0'), elder);
    const { portalNotices, portalPrograms } = await anonymous<{ portalNotices: { items: Array<{ id: string }> }; portalPrograms: Array<{ code: string }> }>(
      page,
      '{ portalNotices(page: 1, pageSize: 1) { items { id } } portalPrograms { code } }',
    );
    const pages = [
      '/portal/',
      '/portal/zhengce',
      `/portal/zhengce/${portalPrograms[0].code}`,
      '/portal/chuangkou',
      '/portal/zice',
      '/portal/wenda',
      '/portal/gongshi',
      '/portal/gonggao',
      ...(portalNotices.items[0] ? [`/portal/gonggao/${portalNotices.items[0].id}`] : []),
      '/portal/liuyan',
      '/portal/liuyan?v=xie',
      '/portal/liuyan?v=chaxun',
      '/portal/shenqing',
      '/portal/chaxun',
      '/portal/baogao',
    ];
    for (const path of pages) {
      await page.goto(path);
      await loaded(page);
      await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', String(elder));
      await expectReadable(page, `${path}${elder ? '（长辈模式）' : ''}`, elder ? 17.5 : 14);
    }
  });
}
