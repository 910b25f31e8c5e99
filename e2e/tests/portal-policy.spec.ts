import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';
import { expectNoHorizontalScroll, expectReadable, expectTapTargets } from '../support/mobile-checks';
import { artifact } from '../support/paths';

/**
 * 政策查询 and 受理窗口 of the public portal (issue #15, modules/portal), as a citizen on a phone: the programs by
 * department, one program in plain words (who, what help, which materials, how long, how to apply), and the windows
 * of the district and every demo town with their made-up addresses. Expectations written out by hand.
 */

/** The demo district and its towns (packages/server/src/seed/demo-district.ts), each with a window on the portal. */
const DEMO_TOWNS = ['城南街道', '城北街道', '东湖街道', '青石镇', '白鹤镇', '龙泉镇', '石桥镇', '云岭乡'];
const DISTRICT_WINDOW = '和安区政务服务中心 社会救助综合窗口';

test.describe('公众门户 政策查询和受理窗口', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('a citizen finds a program, reads it in plain words, and finds the window of every town', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // 政策查询: programs by department, each a link
    await page.goto('/portal/zhengce');
    await expect(page.getByRole('heading', { level: 1, name: '政策查询' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '和安区民政局' })).toBeVisible();
    const dibao = page.getByRole('link', { name: /^最低生活保障/ });
    await expect(dibao).toHaveAttribute('href', '/portal/zhengce/DIBAO');
    await expect(page.getByRole('link', { name: /^重度残疾人护理补贴/ })).toBeVisible();
    await expectReadable(page, '政策查询');
    await page.screenshot({ path: artifact('portal-policy-list.png'), fullPage: true });

    // search by name
    await page.getByLabel('按名称查找').fill('残疾');
    await expect(page.getByRole('link', { name: /^困难残疾人生活补贴/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /^最低生活保障/ })).toHaveCount(0);
    await page.getByLabel('按名称查找').fill('没有这种救助');
    await expect(page.getByText('没有找到“没有这种救助”')).toBeVisible();
    await page.getByLabel('按名称查找').fill('');

    // one program in plain words
    await dibao.click();
    await expect(page).toHaveURL(/\/portal\/zhengce\/DIBAO$/);
    await expect(page.getByRole('heading', { level: 1, name: '最低生活保障' })).toBeVisible();
    await expect(page.getByText('主管部门：和安区民政局')).toBeVisible();
    for (const h of ['谁可以申请', '能得到什么帮助', '需要哪些材料', '多久办结', '怎么申请', '政策依据']) {
      await expect(page.getByRole('heading', { level: 2, name: h })).toBeVisible();
    }
    const materials = page.getByRole('listitem').filter({ hasText: '户口簿、居民身份证' });
    await expect(materials).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: '残疾人证（有残疾成员时）' })).toBeVisible();
    // the standard in force, rendered from the catalogue
    await expect(page.getByText(/低保标准（按城乡类别：城市 \d+\.\d\d 元／农村 \d+\.\d\d 元）/).first()).toBeVisible();
    await expect(page.getByText('一般 30 个工作日内办结，情况特殊的可延长至 45 个工作日。')).toBeVisible();
    await expect(page.getByText(/办理地点：户籍所在地镇街便民服务中心/)).toBeVisible();
    await expect(page.getByRole('link', { name: '拨打救助热线 12349' })).toHaveAttribute('href', 'tel:12349');
    await expectReadable(page, '政策查询 › 最低生活保障');
    await page.screenshot({ path: artifact('portal-policy-dibao.png'), fullPage: true });

    // the windows: the district and every demo town, with address, hours and a phone to tap
    await page.getByRole('link', { name: '查看受理窗口的地址和时间' }).click();
    await expect(page).toHaveURL(/\/portal\/chuangkou$/);
    await expect(page.getByRole('heading', { level: 1, name: '受理窗口' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: DISTRICT_WINDOW })).toBeVisible();
    for (const town of DEMO_TOWNS) {
      const card = page.getByRole('article', { name: `${town}便民服务中心 社会救助窗口` });
      await expect(card, town).toBeVisible();
      await expect(card.getByText(/^地址：/)).toBeVisible();
      await expect(card.getByText(/^时间：/)).toBeVisible();
      await expect(card.getByRole('link', { name: /^咨询电话 / })).toHaveAttribute('href', /^tel:[0-9-]+$/);
    }
    await expect(page.getByRole('article')).toHaveCount(DEMO_TOWNS.length + 1);
    await expect(page.getByText('青石镇人民路 18 号 便民服务中心一楼 3 号窗口')).toBeVisible();
    await expect(page.getByRole('link', { name: '拨打 12349' })).toHaveAttribute('href', 'tel:12349');
    // demo data says so on screen
    await expect(page.getByText('演示数据：地址、时间和电话均为虚构').first()).toBeVisible();
    await expectReadable(page, '受理窗口');
    await page.screenshot({ path: artifact('portal-windows.png'), fullPage: true });

    expect(errors).toEqual([]);
  });

  test('长辈模式 on the policy and window pages; an unknown program says so', async ({ page }) => {
    await page.goto('/portal/zhengce/TEMP');
    await expect(page.getByRole('heading', { level: 1, name: '临时救助' })).toBeVisible();
    await page.getByRole('button', { name: '长辈模式' }).click();
    await expect(page.locator('html')).toHaveClass(/\bxj-elder\b/);
    await expect(page.getByRole('heading', { level: 2, name: '需要哪些材料' })).toBeVisible();
    await expectTapTargets(page, '临时救助 (长辈模式)');
    await expectNoHorizontalScroll(page, '临时救助 (长辈模式)');
    await expectNoSeriousA11yViolations(page, '临时救助 (长辈模式)');
    await page.screenshot({ path: artifact('portal-policy-temp-elder.png'), fullPage: true });

    await page.goto('/portal/chuangkou');
    await expect(page.getByRole('article', { name: '青石镇便民服务中心 社会救助窗口' })).toBeVisible();
    await expectTapTargets(page, '受理窗口 (长辈模式)');
    await expectNoSeriousA11yViolations(page, '受理窗口 (长辈模式)');
    await page.screenshot({ path: artifact('portal-windows-elder.png'), fullPage: true });

    await page.goto('/portal/zhengce/NO_SUCH');
    await expect(page.getByText('没有找到这项政策，可能已经调整。')).toBeVisible();
    await expect(page.getByRole('link', { name: '查看全部政策' })).toHaveAttribute('href', '/portal/zhengce');
  });
});

test.describe('工作台 门户内容', () => {
  test('a town window edits its own window (and no other); the portal shows it', async ({ page }) => {
    await login(page, 'zhen01');
    await page.goto('/portal-content');
    const shell = new ConsoleShell(page);
    await shell.waitUntilLoaded();
    await expect(page.getByRole('heading', { level: 4, name: '门户内容' })).toBeVisible();
    await expect(page.getByRole('tab', { name: '受理窗口' })).toHaveAttribute('aria-selected', 'true');
    // 常见问题 are kept by the district: not a town window's tab.
    await expect(page.getByRole('tab', { name: '常见问题' })).toHaveCount(0);
    // Only its own town is editable.
    await expect(page.getByRole('button', { name: '修改青石镇便民服务中心 社会救助窗口' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^修改/ })).toHaveCount(1);
    await expect(page.getByText('不在辖区')).toHaveCount(DEMO_TOWNS.length);
    await expectNoSeriousA11yViolations(page, '门户内容 › 受理窗口 (zhen01)');
    await page.screenshot({ path: artifact('console-portal-windows.png') });

    await page.getByRole('button', { name: '修改青石镇便民服务中心 社会救助窗口' }).click();
    const dialog = page.getByRole('dialog', { name: '修改受理窗口：青石镇' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('咨询电话').fill('请打电话');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.getByText('请填写数字和连字符，如 023-61234567')).toBeVisible();
    await dialog.getByLabel('咨询电话').fill('023-61000199');
    await dialog.getByLabel('办公时间').fill('工作日 8:30–12:00，14:00–17:30（周六上午值班）');
    await expectNoSeriousA11yViolations(page, '修改受理窗口 dialog', { include: '.ant-modal' });
    await page.screenshot({ path: artifact('console-portal-window-edit.png') });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('工作日 8:30–12:00，14:00–17:30（周六上午值班）')).toBeVisible();

    await page.goto('/portal/chuangkou');
    const card = page.getByRole('article', { name: '青石镇便民服务中心 社会救助窗口' });
    await expect(card.getByText('工作日 8:30–12:00，14:00–17:30（周六上午值班）')).toBeVisible();
    await expect(card.getByRole('link', { name: '咨询电话 023-61000199' })).toHaveAttribute('href', 'tel:023-61000199');
  });

  test('the owner department rewrites a policy text; the portal shows it; 恢复自动生成 brings the generated one back', async ({ page }) => {
    const mine = '家里每人每月收入低于低保标准、存款房产车辆符合规定的，可以申请每月发放的低保金。';
    await login(page, 'minzheng01');
    await page.goto('/portal-content');
    await new ConsoleShell(page).waitUntilLoaded();
    // Department officers see only the policy texts.
    await expect(page.getByRole('tab', { name: '受理窗口' })).toHaveCount(0);
    await expect(page.getByRole('tab', { name: '政策说明' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('checkbox', { name: '只看本部门主管的事项' })).toBeChecked();
    await expectNoSeriousA11yViolations(page, '门户内容 › 政策说明 (minzheng01)');
    await page.screenshot({ path: artifact('console-portal-policies.png') });

    await page.getByRole('button', { name: '修改最低生活保障的政策说明' }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: '政策说明：最低生活保障' });
    await expect(drawer).toBeVisible();
    const summary = drawer.getByLabel('一句话说明');
    await expect(summary).toHaveAttribute('placeholder', /共同生活的家庭成员人均收入低于当地低保标准/);
    await summary.fill(mine);
    await expectNoSeriousA11yViolations(page, '政策说明 drawer', { include: '.ant-drawer' });
    await page.screenshot({ path: artifact('console-portal-policy-edit.png') });
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('cell', { name: mine })).toBeVisible();

    await page.goto('/portal/zhengce/DIBAO');
    await expect(page.getByText(mine)).toBeVisible();

    await page.goto('/portal-content');
    await page.getByRole('button', { name: '修改最低生活保障的政策说明' }).click();
    await drawer.getByRole('button', { name: '恢复自动生成' }).click();
    await expect(drawer.getByLabel('一句话说明')).toHaveValue('');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await expect(drawer).toBeHidden();
    await page.goto('/portal/zhengce/DIBAO');
    await expect(page.getByText(/^共同生活的家庭成员人均收入低于当地低保标准/)).toBeVisible();
  });
});
