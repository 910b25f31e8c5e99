import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';
import { expectNoHorizontalScroll, expectTapTargets } from '../support/mobile-checks';
import { chooseOption } from '../support/ledger-pages';
import { artifact } from '../support/paths';

/**
 * 常见问题 (issue #15, modules/portal): the district's questions and answers on the portal (/wenda, and with a
 * program's 政策查询 page), kept in the console (门户内容 › 常见问题). Expectations written out by hand from the demo
 * seed (packages/server/src/seed/portal-demo.ts).
 */

test.describe('公众门户 常见问题', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('a citizen opens a question, follows it to its policy, and finds it again on the policy page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/portal/');
    await page.getByRole('link', { name: '常见问题' }).click();
    await expect(page).toHaveURL(/\/portal\/wenda$/);
    await expect(page.getByRole('heading', { level: 1, name: '常见问题' })).toBeVisible();

    const q = page.locator('summary', { hasText: '低保和临时救助可以同时申请吗？' });
    await expect(q).toBeVisible();
    const answer = page.getByText(/^可以。家里遭遇突发困难/);
    await expect(answer).toBeHidden();
    await q.click();
    await expect(answer).toBeVisible();
    await expectTapTargets(page, '常见问题');
    await expectNoHorizontalScroll(page, '常见问题');
    await expectNoSeriousA11yViolations(page, '常见问题');
    await page.screenshot({ path: artifact('portal-faq.png'), fullPage: true });

    await page.getByRole('link', { name: '查看政策：临时救助' }).click();
    await expect(page).toHaveURL(/\/portal\/zhengce\/TEMP$/);
    await expect(page.getByRole('heading', { level: 2, name: '常见问题' })).toBeVisible();
    await expect(page.locator('summary', { hasText: '低保和临时救助可以同时申请吗？' })).toBeVisible();
    // a general question is not on a program's page
    await expect(page.locator('summary', { hasText: '申请社会救助要去哪里办？' })).toHaveCount(0);

    // 长辈模式
    await page.goto('/portal/wenda');
    await page.getByRole('button', { name: '长辈模式' }).click();
    await page.locator('summary', { hasText: '我的个人信息会被公开吗？' }).click();
    await expect(page.getByText(/^不会公开您的身份证号/)).toBeVisible();
    await expectTapTargets(page, '常见问题 (长辈模式)');
    await expectNoHorizontalScroll(page, '常见问题 (长辈模式)');
    await page.screenshot({ path: artifact('portal-faq-elder.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});

test.describe('工作台 门户内容 › 常见问题', () => {
  test('the system administrator adds a question for 低保, the portal shows it; as a draft it disappears; deleted', async ({ page }) => {
    const question = '低保金每月什么时候发？';
    const answerText = '一般每月中旬前发放到本人的社会保障卡或银行账户，遇节假日顺延。';
    await login(page, 'sysadmin');
    await page.goto('/portal-content');
    await new ConsoleShell(page).waitUntilLoaded();
    await page.getByRole('tab', { name: '常见问题' }).click();
    await expect(page.getByText('申请社会救助要去哪里办？', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: '新增问题' }).click();
    const dialog = page.getByRole('dialog', { name: '新增问题' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.getByText('请填写问题')).toBeVisible();
    await dialog.getByLabel('问题', { exact: true }).fill(question);
    await dialog.getByLabel('回答', { exact: true }).fill(answerText);
    // A click on a moving dropdown has been seen to choose nothing on a busy machine: chooseOption checks and retries.
    await chooseOption(page, dialog.getByLabel('关联事项'), '最低生活保障');
    await dialog.getByLabel('排序').fill('5');
    await expectNoSeriousA11yViolations(page, '新增问题 dialog', { include: '.ant-modal' });
    await page.screenshot({ path: artifact('console-portal-faq-edit.png') });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: question });
    await expect(row).toContainText('最低生活保障');
    await expect(row).toContainText('已发布');
    await expectNoSeriousA11yViolations(page, '门户内容 › 常见问题 (sysadmin)');
    await page.screenshot({ path: artifact('console-portal-faqs.png') });

    // sort order 5: first on the portal, and on the 低保 page
    await page.goto('/portal/wenda');
    await expect(page.locator('summary').first()).toHaveText(question);
    await page.goto('/portal/zhengce/DIBAO');
    await expect(page.locator('summary', { hasText: question })).toBeVisible();

    // back to a draft: gone from the portal
    await page.goto('/portal-content');
    await page.getByRole('tab', { name: '常见问题' }).click();
    await page.getByRole('button', { name: `修改问题：${question}` }).click();
    const edit = page.getByRole('dialog', { name: '修改问题' });
    await edit.getByRole('switch', { name: '发布' }).click();
    await edit.getByRole('button', { name: /保\s*存/ }).click();
    await expect(edit).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: question })).toContainText('草稿');
    await page.goto('/portal/wenda');
    await expect(page.getByRole('heading', { level: 1, name: '常见问题' })).toBeVisible();
    await expect(page.locator('summary').first()).toBeVisible();
    await expect(page.locator('summary', { hasText: question })).toHaveCount(0);

    // deleted
    await page.goto('/portal-content');
    await page.getByRole('tab', { name: '常见问题' }).click();
    await page.getByRole('button', { name: `删除问题：${question}` }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /删\s*除/ })
      .click();
    await expect(page.getByText('问题已删除')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: question })).toHaveCount(0);
  });
});
