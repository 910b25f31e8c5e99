import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { apiSession, type ApiSession } from '../support/api';
import { ConsoleShell } from '../support/console-shell';
import { makeIdNumber } from '../support/id-number';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 身份比对 of a 医保 officer (yibao01): the ID numbers of two 低保 households' heads (民政救助对象, found in the
 * demo data through the API as minzheng01, who may unmask in households with a 民政 benefit), one plain
 * resident (a household without a tier, found as cun01 in 桂花村), one number not in the ledger and one invalid
 * number — first pasted, then read from a CSV file; the result table, the summary line and the CSV export.
 */
interface Households {
  households: { items: Array<{ id: string; members: Array<{ id: string; name: string; isHead: boolean; deceased: boolean }> }> };
}

async function fullIds(session: ApiSession, tier: string, programCode: string | null, count: number): Promise<string[]> {
  const { households } = await session.gql<Households>(
    `query($f: HouseholdFilterInput) { households(filter: $f, page: 1, pageSize: ${count * 3}) { items { id members { id name isHead deceased } } } }`,
    { f: { tier, programCode } },
  );
  const out: string[] = [];
  for (const h of households.items) {
    const head = h.members.find((m) => m.isHead && !m.deceased);
    if (!head) continue;
    const { unmask } = await session.gql<{ unmask: string }>(
      'mutation($h: ID, $p: ID, $r: String!) { unmask(field: ID_NUMBER, householdId: $h, personId: $p, reason: $r) }',
      { h: h.id, p: head.id, r: '端到端测试：准备身份比对名单' },
    );
    out.push(unmask);
    if (out.length === count) break;
  }
  expect(out, `${count} heads of ${tier} households in the demo data`).toHaveLength(count);
  return out;
}

test.describe('身份比对', () => {
  test('yibao01 matches a list of ID numbers and sees who are 民政救助对象', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const minzheng = await apiSession('minzheng01');
    const dibao = await fullIds(minzheng, 'T2', 'DIBAO', 2);
    await minzheng.dispose();
    const cun = await apiSession('cun01');
    const [plain] = await fullIds(cun, 'NONE', null, 1);
    await cun.dispose();
    const unknown = makeIdNumber(1990, 'F', '500199');
    const invalid = `${dibao[0].slice(0, 17)}${dibao[0][17] === '0' ? '1' : '0'}`;

    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'yibao01');
    const shell = new ConsoleShell(page);
    await shell.menu.getByRole('menuitem', { name: '身份比对' }).click();
    await expect(page.getByRole('heading', { name: '身份比对' })).toBeVisible();
    await expect(page.getByText('每次比对都记入操作日志')).toBeVisible();
    await shell.waitForContent();
    await expectNoSeriousA11yViolations(page, 'yibao01 身份比对');

    // pasted: commas, spaces and new lines all separate; a repeat is dropped
    const box = page.getByLabel(/^身份证号/);
    await box.fill(`${dibao[0]}, ${dibao[1]} ${plain}\n${unknown}\n${invalid}\n${dibao[0]}`);
    await expect(page.getByText('已识别 5 个号码')).toBeVisible();

    // … or read from a CSV file (the 身份证号 column), in the browser
    await page.getByRole('button', { name: '清空' }).click();
    const file = testInfo.outputPath('yibao-list.csv');
    fs.writeFileSync(
      file,
      `\uFEFF姓名,身份证号,参保类型\r\n甲,${dibao[0]},职工\r\n乙,${dibao[1]},居民\r\n丙,${plain},居民\r\n丁,${unknown},居民\r\n戊,${invalid},居民\r\n`,
    );
    await page.locator('input[type=file]').setInputFiles(file);
    await expect(box).toHaveValue([dibao[0], dibao[1], plain, unknown, invalid].join('\n'));
    await expect(page.getByText('已识别 5 个号码')).toBeVisible();

    await page.getByRole('button', { name: '开始比对' }).click();
    const results = page.locator('.ant-card').filter({ has: page.getByText('比对结果', { exact: true }) });
    await expect(results).toBeVisible({ timeout: 30_000 });
    const row = (id: string) => results.getByRole('row').filter({ hasText: id });
    const cells = async (id: string) => (await row(id).locator('td').allInnerTexts()).map((t) => t.trim());
    for (const id of dibao) {
      const c = await cells(id);
      expect(c[2]).toBe('在台账');
      expect(c[4]).toBe('低保对象');
      expect(c[5]).toBe('是');
      expect(c[6]).toContain('最低生活保障');
      expect(c[1]).toMatch(/\*/); // masked name
    }
    const p = await cells(plain);
    expect(p[2]).toBe('在台账');
    expect(p[5]).toBe('否');
    expect((await cells(unknown))[2]).toBe('未在台账');
    expect((await cells(invalid))[2]).toMatch(/^无效：.*校验/);
    await expect(page.getByTestId('identity-summary')).toHaveText(/^共比对 5 个号码，其中民政救助对象 2 人，优抚对象 \d+ 人，未在台账 1 人，无效号码 1 个。$/);
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, 'yibao01 身份比对（结果）');
    await page.setViewportSize({ width: 1366, height: 1100 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifact('identity-result.png') });
    await page.setViewportSize({ width: 1366, height: 768 });

    // export: UTF-8 with BOM, one line per number
    const [download] = await Promise.all([page.waitForEvent('download'), results.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^身份比对结果-\d{8}-\d{4}\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF身份证号（输入）,')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(6);
    expect(csv).toContain(dibao[1]);
    expect(errors).toEqual([]);
  });
});
