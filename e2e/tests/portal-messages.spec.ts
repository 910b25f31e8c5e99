import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { chooseOption } from '../support/ledger-pages';
import { login } from '../support/login';
import { expectReadable } from '../support/mobile-checks';
import { artifact } from '../support/paths';

/**
 * 留言 (/portal/liuyan; issue #15, modules/portal message.service.ts): a citizen on a phone writes a message to 青石镇
 * with a phone verified by an SMS code and gets a 留言编号; it is not on the board yet. The town window (zhen01) replies
 * in the console (门户内容 › 留言) and publishes it; the board then shows the message and the reply with the name masked
 * and the ID and mobile numbers in the text masked; the writer sees the reply with the number, the phone and a code.
 *
 * The e2e server runs with CAPTCHA_ENABLED=false and the `log` SMS provider (codes read from the server log), like
 * portal-apply.spec.ts. A fresh phone and title per run.
 */
const runTag = String(Date.now()).slice(-8);
const phone = `137${runTag}`;
const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
const title = `临时救助怎么申请 ${runTag}`;
const writer = '欧阳小芳';
const replyText = `您好，临时救助可到青石镇便民服务中心申请，也可以在网上申请。（答复 ${runTag}）`;

test.describe.configure({ mode: 'serial' });

function codesSent(): string[] {
  const file = process.env.E2E_SERVER_LOG;
  if (!file) throw new Error('E2E_SERVER_LOG is not set: run the browser tests through e2e/global-setup.ts');
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(new RegExp(`\\[sms:log\\] ${masked.replace(/\*/g, '\\*')} .*?验证码(\\d{6})`, 'g'))].map((m) => m[1]);
}

/** When this run last asked for a code: one code per phone and purpose a minute (the server's resend wait). */
let lastCodeAt = 0;

async function getCode(page: Page): Promise<string> {
  const wait = lastCodeAt + 62_000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  lastCodeAt = Date.now();
  const before = codesSent().length;
  await page.getByLabel('图形验证码', { exact: true }).fill('1234');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByText(`验证码已发送至 ${masked}，10 分钟内有效`)).toBeVisible();
  await expect.poll(() => codesSent().length, { timeout: 15_000, message: 'the SMS code reaches the phone' }).toBeGreaterThan(before);
  return codesSent().at(-1)!;
}

let messageNo = '';

test.describe('公众门户 留言', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('a citizen writes a message with a verified phone and gets a 留言编号; it is not public yet', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/portal/');
    await page.getByRole('link', { name: /^留言/ }).click();
    await expect(page).toHaveURL(/\/portal\/liuyan$/);
    await expect(page.getByRole('heading', { level: 1, name: '留言' })).toBeVisible();
    await expectReadable(page, '留言板');
    await page.screenshot({ path: artifact('portal-messages-board-empty.png'), fullPage: true });

    await page.getByRole('link', { name: '我要留言' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '我要留言' })).toBeVisible();
    // Nothing filled: each field says what is missing, in Chinese, before anything is sent.
    await page.getByRole('button', { name: '提交留言' }).click();
    await expect(page.getByText('请选择留言类别')).toBeVisible();
    await expect(page.getByText('请选择留言涉及的镇（街道）')).toBeVisible();
    await expect(page.getByText('请填写留言标题')).toBeVisible();
    await expect(page.getByText('请填写留言内容')).toBeVisible();
    await expect(page.getByText('请选择是否公开')).toBeVisible();
    await expect(page.getByText('请输入正确的 11 位手机号码')).toBeVisible();
    await expectReadable(page, '我要留言（未填写）');

    await page.getByLabel('留言类别').selectOption({ label: '政策咨询' });
    await page.getByLabel('涉及的镇（街道）').selectOption('500199101000');
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByRole('textbox', { name: '留言内容' }).fill(`身份证号 500199198001011234，电话 ${phone}。家里老人突发重病，想问临时救助怎么申请？`);
    await page.getByRole('radio', { name: /^公开/ }).check();
    await page.getByLabel('您的姓名').fill(writer);
    await page.getByLabel('手机号码', { exact: true }).fill(phone);
    const code = await getCode(page);
    await page.getByLabel('短信验证码', { exact: true }).fill(code);
    await expectReadable(page, '我要留言（已填写）');
    await page.screenshot({ path: artifact('portal-messages-write.png'), fullPage: true });
    await page.getByRole('button', { name: '提交留言' }).click();

    await expect(page.getByRole('heading', { name: '留言已提交' })).toBeVisible();
    messageNo = (await page.getByText(/^留言编号：/).textContent())?.match(/LY\d{14}/)?.[0] ?? '';
    expect(messageNo).toMatch(/^LY\d{14}$/);
    await expectReadable(page, '我要留言（已提交）');
    await page.screenshot({ path: artifact('portal-messages-done.png'), fullPage: true });

    // Not on the board before staff reply.
    await page.goto('/portal/liuyan');
    await expect(page.getByRole('heading', { level: 1, name: '留言' })).toBeVisible();
    await expect(page.getByText('正在加载……')).toBeHidden();
    await expect(page.getByText(title)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test.describe('工作台 门户内容 › 留言', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the town window replies and publishes it', async ({ page }) => {
    test.skip(!messageNo, 'needs the message of the previous test');
    await login(page, 'zhen01');
    await page.goto('/portal-content');
    await new ConsoleShell(page).waitUntilLoaded();
    await page.getByRole('tab', { name: '留言' }).click();
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('待处理');
    await expect(row).toContainText(messageNo);
    await expect(row).toContainText(masked);
    await expect(row).toContainText('同意公开');
    await expectNoSeriousA11yViolations(page, '门户内容 › 留言 (zhen01)');
    await page.screenshot({ path: artifact('console-portal-messages.png') });

    await page.getByRole('button', { name: `回复：${title}` }).click();
    const dialog = page.getByRole('dialog', { name: `回复留言：${title}` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await expect(dialog.getByText('请填写答复内容')).toBeVisible();
    await dialog.getByLabel('答复内容').fill(replyText);
    await expect(dialog.getByRole('switch', { name: '在门户留言板公开' })).toBeChecked();
    await expectNoSeriousA11yViolations(page, '回复留言 dialog', { include: '.ant-modal' });
    await page.screenshot({ path: artifact('console-portal-message-reply.png') });
    await dialog.getByRole('button', { name: '提交答复' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('已答复，留言和答复已在门户留言板公开')).toBeVisible();

    // Filter 已回复: the row, on the board.
    await chooseOption(page, page.getByLabel('状态', { exact: true }), '已回复');
    const replied = page.getByRole('row').filter({ hasText: title });
    await expect(replied).toContainText('已回复');
    await expect(replied).toContainText('已在留言板');
    await page.screenshot({ path: artifact('console-portal-messages-replied.png') });
  });
});

test.describe('公众门户 留言 (答复后)', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('the board shows the message and the reply, masked; the writer sees it with the number, the phone and a code', async ({ page }) => {
    test.skip(!messageNo, 'needs the message of the first test');
    test.setTimeout(180_000); // may wait out the minute between two codes to one phone
    await page.goto('/portal/liuyan');
    const item = page.getByRole('article', { name: title });
    await expect(item).toBeVisible();
    await expect(item).toContainText(replyText);
    await expect(item).toContainText('欧**芳');
    await expect(item).toContainText('500***********1234');
    await expect(item).toContainText(masked);
    await expect(item).toContainText('政策咨询');
    await expect(item).toContainText('青石镇');
    const main = page.getByRole('main');
    await expect(main).not.toContainText(phone);
    await expect(main).not.toContainText(writer);
    await expect(main).not.toContainText('500199198001011234');
    await expect(main).not.toContainText(messageNo);
    // The category filter: 投诉举报 does not list it.
    await page.getByRole('button', { name: '投诉举报' }).click();
    await expect(page.getByRole('button', { name: '投诉举报' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('article', { name: title })).toHaveCount(0);
    await page.getByRole('button', { name: '政策咨询' }).click();
    await expect(page.getByRole('article', { name: title })).toBeVisible();
    await expectReadable(page, '留言板（有答复）');
    await page.screenshot({ path: artifact('portal-messages-board.png'), fullPage: true });

    // The writer's own view.
    await page.getByRole('link', { name: '查看我的留言' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '查看我的留言' })).toBeVisible();
    await page.getByLabel('留言编号').fill(messageNo);
    await page.getByLabel('手机号码', { exact: true }).fill(phone);
    const code = await getCode(page);
    await page.getByLabel('短信验证码', { exact: true }).fill(code);
    await page.getByRole('button', { name: '查看答复' }).click();
    await expect(page.getByRole('heading', { name: `${title}：已回复` })).toBeVisible();
    await expect(page.getByText(replyText)).toBeVisible();
    await expectReadable(page, '查看我的留言（结果）');
    await page.screenshot({ path: artifact('portal-messages-own.png'), fullPage: true });
  });
});
