import { expect, test, type Page } from '@playwright/test';
import { expectReadable } from '../support/mobile-checks';
import { artifact } from '../support/paths';

/**
 * 我能申请什么 (/portal/zice, issue #15): a citizen on a phone answers a few plain questions step by step and sees what
 * the rules engine says (anonymous `selfCheck`: nothing stored). Checked in normal and 长辈模式 with axe.
 */

const PRIVACY = '不用填姓名和身份证号，不保存、不记名。结果仅供参考，以窗口受理和部门认定为准。';

const next = (page: Page) => page.getByRole('button', { name: '下一步' }).click();
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name: new RegExp(`${name}$`) });

/** The four steps for a household, from 户籍 to 开始测算; `members` fills step 2. */
async function answer(
  page: Page,
  {
    residence,
    members,
    otherIncome,
    deposits,
    homes,
  }: { residence: string; members: (page: Page) => Promise<void>; otherIncome: string; deposits?: string; homes?: string },
) {
  await expect(stepHeading(page, '户籍')).toBeVisible();
  await page.getByRole('radio', { name: residence }).check();
  await next(page);
  await expect(stepHeading(page, '家庭成员')).toBeVisible();
  await members(page);
  await next(page);
  await expect(stepHeading(page, '收入和财产')).toBeVisible();
  await page.getByLabel('全家上个月的其他收入（元，必填）').fill(otherIncome);
  if (deposits) await page.getByLabel('全家的存款和理财（元）').fill(deposits);
  if (homes) await page.getByLabel('全家有几套住房（套）').fill(homes);
  await next(page);
  await expect(stepHeading(page, '其他情况')).toBeVisible();
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '测算结果' })).toBeVisible();
}

test.describe('公众门户 我能申请什么', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('a rural elderly couple: 低保 may be possible, with the amount, the reasons and the way to apply', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // From the home grid: the first entry.
    await page.goto('/portal');
    await page.getByRole('link', { name: '我能申请什么' }).click();
    await expect(page).toHaveURL(/\/portal\/zice$/);
    await expect(page.getByRole('heading', { level: 1, name: '我能申请什么' })).toBeVisible();
    await expect(page.getByText(PRIVACY)).toBeVisible();

    // Step 1: 户籍 is required — the message is in Chinese and announced.
    await expect(stepHeading(page, '户籍')).toBeVisible();
    await expectReadable(page, 'self-check 户籍');
    await next(page);
    await expect(page.getByRole('alert')).toHaveText(/请选择城镇户籍还是农村户籍/);
    await page.getByRole('radio', { name: '农村户籍' }).check();
    await next(page);

    // Step 2: 本人 is 户主 by default; the age is checked on the phone before anything is sent.
    await expect(stepHeading(page, '家庭成员')).toBeVisible();
    const me = page.getByRole('group', { name: '本人', exact: true });
    await expect(me.getByLabel('您与户主的关系（必填）')).toHaveValue('HEAD');
    await next(page);
    await expect(page.getByRole('alert')).toHaveText(/请填写年龄（周岁）/);
    await expect(me.getByLabel('年龄（周岁，必填）')).toBeFocused();
    await me.getByLabel('年龄（周岁，必填）').fill('130');
    await next(page);
    await expect(page.getByRole('alert')).toHaveText(/年龄请填 0 到 120 之间的整数/);
    await expect(me.getByLabel('年龄（周岁，必填）')).toHaveAttribute('aria-invalid', 'true');
    await me.getByLabel('年龄（周岁，必填）').fill('71');
    await me.getByRole('radio', { name: '无劳动能力' }).check();
    await page.getByRole('button', { name: '添加一位家庭成员' }).click();
    const spouse = page.getByRole('group', { name: '成员2', exact: true });
    await spouse.getByLabel('与户主的关系（必填）').selectOption({ label: '配偶' });
    await spouse.getByLabel('年龄（周岁，必填）').fill('68');
    await spouse.getByRole('radio', { name: '无劳动能力' }).check();
    await expectReadable(page, 'self-check 家庭成员');
    await page.screenshot({ path: artifact('portal-self-check-members.png'), fullPage: true });
    await next(page);

    // Step 3: other income 300 元, deposits 2000, one home; step 4 left at 不清楚.
    await expect(stepHeading(page, '收入和财产')).toBeVisible();
    await page.getByLabel('全家上个月的其他收入（元，必填）').fill('300');
    await page.getByLabel('全家的存款和理财（元）').fill('2000');
    await page.getByLabel('全家有几套住房（套）').fill('1');
    await next(page);
    await expect(stepHeading(page, '其他情况')).toBeVisible();
    await expectReadable(page, 'self-check 其他情况');
    await page.getByRole('button', { name: '开始测算' }).click();

    // Results: 最低生活保障 under 可能符合, with 主管部门 and an estimated amount.
    await expect(page.getByRole('heading', { level: 2, name: '测算结果' })).toBeVisible();
    const possible = page.getByRole('region', { name: /^可能符合/ });
    const dibao = possible.getByRole('article', { name: '最低生活保障', exact: true });
    await expect(dibao.getByText('可能符合，建议申请')).toBeVisible();
    await expect(dibao.getByText(/^主管部门：.+/)).toBeVisible();
    await expect(dibao.getByText(/约 \d+(\.\d+)? 元\/月/)).toBeVisible();
    // 判断依据 opens on request.
    const reasons = dibao.getByRole('button', { name: '判断依据' });
    await expect(reasons).toHaveAttribute('aria-expanded', 'false');
    await reasons.click();
    await expect(reasons).toHaveAttribute('aria-expanded', 'true');
    await expect(dibao.getByText(/低保标准/).first()).toBeVisible();
    // 暂不符合 is folded away; the next step is the window or the hotline.
    const ineligible = page.getByRole('button', { name: /^暂不符合（\d+ 项）/ });
    await expect(ineligible).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('link', { name: /^拨打救助热线/ })).toHaveAttribute('href', /^tel:/);
    await expect(dibao.getByRole('link', { name: '在线申请' })).toHaveAttribute('href', '/portal/shenqing?programs=DIBAO');
    await expectReadable(page, 'self-check 结果');
    await page.screenshot({ path: artifact('portal-self-check-results.png'), fullPage: true });
    // Nothing kept in the browser but the 长辈模式 choice (none made yet).
    expect(await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])).toEqual([]);

    // 长辈模式: the same results, larger; then 修改回答 keeps the answers.
    await page.getByRole('button', { name: '长辈模式' }).click();
    await expect(page.locator('html')).toHaveClass(/\bxj-elder\b/);
    await ineligible.click();
    await expect(ineligible).toHaveAttribute('aria-expanded', 'true');
    await expectReadable(page, 'self-check 结果 (长辈模式)', 17.5);
    await page.screenshot({ path: artifact('portal-self-check-results-elder.png'), fullPage: true });

    await page.getByRole('button', { name: '修改回答' }).click();
    await expect(stepHeading(page, '户籍')).toBeVisible();
    await expect(page.getByRole('radio', { name: '农村户籍' })).toBeChecked();
    await next(page);
    await expect(page.getByRole('group', { name: '成员2', exact: true }).getByLabel('年龄（周岁，必填）')).toHaveValue('68');
    await expectReadable(page, 'self-check 家庭成员 (长辈模式)', 17.5);
    await page.screenshot({ path: artifact('portal-self-check-members-elder.png'), fullPage: true });
    await next(page);
    await next(page);
    await page.getByRole('button', { name: '开始测算' }).click();

    // The policy in plain words.
    await page
      .getByRole('region', { name: /^可能符合/ })
      .getByRole('article', { name: '最低生活保障', exact: true })
      .getByRole('link', { name: '查看政策详情' })
      .click();
    await expect(page).toHaveURL(/\/portal\/zhengce\/DIBAO$/);
    expect(errors).toEqual([]);
  });

  test('a question left unanswered: the result says what still needs to be known', async ({ page }) => {
    await page.goto('/portal/zice');
    // A man of 45 living alone in town who does not say whether he can work.
    await answer(page, {
      residence: '城镇户籍',
      members: async (p) => {
        await p.getByRole('group', { name: '本人', exact: true }).getByLabel('年龄（周岁，必填）').fill('45');
      },
      otherIncome: '300',
    });
    const unknown = page.getByRole('region', { name: /^还需了解/ });
    await expect(unknown.getByRole('article').first()).toBeVisible();
    await expect(unknown.getByText('还需了解更多情况，可到窗口咨询').first()).toBeVisible();
    await expect(unknown.getByRole('listitem').filter({ hasText: '劳动能力' }).first()).toBeVisible();
    await expect(unknown.getByRole('link', { name: '查看政策详情' }).first()).toHaveAttribute('href', /^\/portal\/zhengce\/[A-Z_]+$/);

    // 重新测算 asks first, then starts over with nothing kept.
    await page.getByRole('button', { name: '重新测算' }).click();
    await page.getByRole('button', { name: '清空重填' }).click();
    await expect(stepHeading(page, '户籍')).toBeVisible();
    await expect(page.getByRole('radio', { name: '城镇户籍' })).not.toBeChecked();
  });
});
