import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { apiSession, type ApiSession } from '../support/api';
import { ConsoleShell } from '../support/console-shell';
import { chooseOption } from '../support/ledger-pages';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 疑点复核 of a town window (zhen01, 青石镇 500199101000), self-contained: minzheng01 imports a small 死亡信息
 * file (through the import API) naming a member of a 低保 household of 青石镇 as deceased two months ago; zhen01
 * starts 立即全面比对 on the page, finds the person's findings (rule 1, 死亡人员仍享受救助), opens the evidence,
 * and dismisses them with a reason in one batch: they show as 排除.
 */
const TOWN = '500199101000';

interface Households {
  households: { items: Array<{ id: string; members: Array<{ id: string; name: string; isHead: boolean; deceased: boolean }> }> };
}

/**
 * A member of a household of the town whose 低保 is being paid, without a finding of rule 1 yet (the demo data has
 * findings of its own):
 * name and full ID number (minzheng01 may unmask there; zhen01 sees every finding of the town).
 */
async function dibaoMember(minzheng: ApiSession, exclude: string[] = []): Promise<{ name: string; idNumber: string }> {
  const { households } = await minzheng.gql<Households>(
    'query($f: HouseholdFilterInput) { households(filter: $f, page: 1, pageSize: 50) { items { id members { id name isHead deceased } } } }',
    { f: { areaCode: TOWN, programCode: 'DIBAO', benefitStatus: 'ACTIVE' } },
  );
  const heads = households.items
    .flatMap((h) => h.members.filter((m) => !m.deceased && !exclude.includes(m.name)).map((m) => ({ h, m })))
    .sort(() => Math.random() - 0.5);
  const zhen = await apiSession('zhen01');
  try {
    for (const { h, m } of heads) {
      const { findings } = await zhen.gql<{ findings: { total: number } }>(
        'query($f: FindingFilterInput) { findings(filter: $f, page: 1, pageSize: 1) { total } }',
        { f: { keyword: m.name, ruleNo: 1 } },
      );
      if (findings.total > 0) continue;
      const { unmask } = await minzheng.gql<{ unmask: string }>(
        'mutation($h: ID, $p: ID, $r: String!) { unmask(field: ID_NUMBER, householdId: $h, personId: $p, reason: $r) }',
        { h: h.id, p: m.id, r: '端到端测试：准备死亡信息比对数据' },
      );
      return { name: m.name, idNumber: unmask };
    }
  } finally {
    await zhen.dispose();
  }
  throw new Error('no member of a 低保 household in 青石镇 without a death finding in the demo data');
}

/** 死亡信息 through the import endpoint (multipart with the CSRF header), waited for until done. */
async function importDeath(minzheng: ApiSession, person: { name: string; idNumber: string }, deathDate: string) {
  const csv = `\uFEFF姓名,身份证号,死亡日期,来源\r\n${person.name},${person.idNumber},${deathDate},公安\r\n`;
  const res = await minzheng.http.post('/api/imports/deaths', {
    headers: { 'x-xiejiu-csrf': '1' },
    multipart: { file: { name: 'deaths-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') } },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { batchId } = (await res.json()) as { batchId: string };
  await expect
    .poll(
      async () => {
        const { importBatch } = await minzheng.gql<{ importBatch: { status: string; imported: number; unchanged: number } }>(
          'query($id: ID!) { importBatch(id: $id) { status imported unchanged } }',
          { id: batchId },
        );
        return importBatch.status === 'DONE' ? `DONE ${importBatch.imported + importBatch.unchanged}` : importBatch.status;
      },
      { timeout: 60_000, intervals: [500, 1000] },
    )
    .toBe('DONE 1');
}

function monthsAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(10);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
}

/** zhen01 starts the cross-check over the API and waits until the person has pending findings of rule 1. */
async function crosscheckFinds(name: string): Promise<string[]> {
  const zhen = await apiSession('zhen01');
  await zhen.gql('mutation { runCrosscheck }');
  let ids: string[] = [];
  await expect
    .poll(
      async () => {
        const { findings } = await zhen.gql<{ findings: { items: Array<{ id: string; departmentName: string | null }> } }>(
          'query($f: FindingFilterInput) { findings(filter: $f, page: 1, pageSize: 20) { items { id departmentName } } }',
          { f: { ruleNo: 1, keyword: name, status: 'PENDING' } },
        );
        ids = findings.items.filter((f) => f.departmentName === '和安区民政局').map((f) => f.id);
        return ids.length;
      },
      { message: 'the cross-check finds the imported death', timeout: 150_000, intervals: [2000] },
    )
    .toBeGreaterThan(0);
  await zhen.gql('mutation($i: ReviewFindingsInput!) { reviewFindings(input: $i) { id } }', {
    i: { ids, decision: 'CONFIRMED', reason: '经入户核实，本人已于死亡信息所载日期死亡' },
  });
  await zhen.dispose();
  return ids;
}

const used: string[] = [];

test.describe('疑点复核', () => {
  test('zhen01 runs the cross-check, opens a finding’s evidence and dismisses it with a reason', async ({ page }) => {
    test.setTimeout(240_000);
    const minzheng = await apiSession('minzheng01');
    const person = await dibaoMember(minzheng);
    used.push(person.name);
    await importDeath(minzheng, person, monthsAgo(2));
    await minzheng.dispose();

    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'zhen01');
    const shell = new ConsoleShell(page);
    await shell.menu.getByRole('menuitem', { name: '疑点复核' }).click();
    await expect(page.getByRole('heading', { name: /^疑点复核/ })).toBeVisible({ timeout: 30_000 });
    await shell.waitForContent();
    await expectNoSeriousA11yViolations(page, 'zhen01 疑点复核');
    await page.screenshot({ path: artifact('findings-list.png') });

    // 立即全面比对 (a background job), then the person's findings appear
    await page.getByRole('button', { name: '立即全面比对' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '开始比对' }).click();
    await expect(page.getByText('已开始全面比对')).toBeVisible();
    // The message's link opens 后台任务 (antd renders messages outside the router, where a <Link> throws).
    await page.getByRole('link', { name: '查看后台任务' }).click();
    await expect(page.getByRole('heading', { name: /^后台任务/ })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/jobs');
    await page.goBack();
    await expect(page.getByRole('heading', { name: /^疑点复核/ })).toBeVisible();
    const zhen = await apiSession('zhen01');
    await expect
      .poll(
        async () =>
          (
            await zhen.gql<{ findings: { total: number } }>('query($f: FindingFilterInput) { findings(filter: $f, page: 1, pageSize: 1) { total } }', {
              f: { ruleNo: 1, keyword: person.name, status: 'PENDING' },
            })
          ).findings.total,
        { message: 'the cross-check finds the imported death', timeout: 150_000, intervals: [2000] },
      )
      .toBeGreaterThan(0);
    await zhen.dispose();

    // filter: rule 1 and the person's name
    await page.getByLabel('规则', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^1\. / }).click();
    await page.getByLabel('姓名', { exact: true }).fill(person.name);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: person.name });
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    await expect(rows.first()).toContainText('死亡人员仍享受救助');
    await expect(rows.first()).toContainText('待复核');
    await expect(rows.first()).toContainText('高');

    // the evidence drawer: lines and sources
    await rows
      .first()
      .getByRole('button', { name: /查看依据/ })
      .click();
    const drawer = page.getByRole('dialog').filter({ hasText: '疑点依据' });
    await expect(drawer.getByText('疑点依据：1. 死亡人员仍享受救助')).toBeVisible();
    await expect(drawer.getByRole('region', { name: '依据' })).toContainText('死亡日期');
    await expect(drawer.getByRole('region', { name: '依据' })).toContainText(monthsAgo(2));
    await expect(drawer.getByRole('region', { name: '依据' })).toContainText('公安');
    await expect(drawer.getByRole('region', { name: '数据来源' })).toContainText('死亡信息');
    await page.waitForTimeout(400); // drawer animation
    await expectNoSeriousA11yViolations(page, 'zhen01 疑点依据');
    await page.screenshot({ path: artifact('findings-evidence.png') });
    await drawer
      .getByRole('button', { name: /^关\s*闭$/ })
      .last()
      .click();
    await expect(drawer).toBeHidden();

    // batch: select the person's findings, 排除 with a reason
    for (let i = 0; i < count; i++) await rows.nth(i).getByRole('checkbox').check();
    await expect(page.getByText(`已选 ${count} 条待复核疑点`)).toBeVisible();
    await page.getByRole('button', { name: /^close 排\s*除$|^排\s*除$/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: `排除 ${count} 条疑点` });
    await dialog.getByRole('button', { name: /^排\s*除$/ }).click();
    await expect(dialog.getByText('请填写排除理由')).toBeVisible();
    await dialog.getByLabel('排除理由').fill('经入户核实，本人健在，死亡信息系同名误登，已请公安更正');
    await expectNoSeriousA11yViolations(page, 'zhen01 排除疑点 dialog');
    await page.screenshot({ path: artifact('findings-dismiss.png') });
    await dialog.getByRole('button', { name: /^排\s*除$/ }).click();
    await expect(page.getByText(`已排除 ${count} 条疑点`)).toBeVisible();
    for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText('排除');
    await expect(rows.first()).not.toContainText('待复核');

    // the drawer now names the reason; the statistics tab counts it
    await rows
      .first()
      .getByRole('button', { name: /查看依据/ })
      .click();
    await expect(drawer).toContainText('同名误登');
    await drawer
      .getByRole('button', { name: /^关\s*闭$/ })
      .last()
      .click();
    await page.getByRole('tab', { name: '统计' }).click();
    await expect(page.getByRole('row').filter({ hasText: '1. 死亡人员仍享受救助' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '青石镇' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousA11yViolations(page, 'zhen01 疑点统计');
    await page.screenshot({ path: artifact('findings-stats.png') });
    expect(errors).toEqual([]);
  });

  test('minzheng01 handles a confirmed finding among its 待处理任务: 停止发放', async ({ page }) => {
    test.setTimeout(240_000);
    const minzheng = await apiSession('minzheng01');
    const person = await dibaoMember(minzheng, used);
    await importDeath(minzheng, person, monthsAgo(3));
    await minzheng.dispose();
    await crosscheckFinds(person.name); // confirmed by zhen01 over the API

    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await login(page, 'minzheng01');
    const shell = new ConsoleShell(page);
    await shell.menu.getByRole('menuitem', { name: '疑点复核' }).click();
    await expect(page.getByRole('heading', { name: /^疑点复核/ })).toBeVisible({ timeout: 30_000 });
    // a department officer reviews nothing and runs nothing
    await expect(page.getByRole('button', { name: '立即全面比对' })).toHaveCount(0);
    await page.getByRole('tab', { name: '待处理任务' }).click();
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: person.name }).filter({ hasText: '死亡人员仍享受救助' }).first();
    await expect(row).toContainText('属实');
    await expect(row).toContainText('最低生活保障');
    await shell.waitForContent();
    await expectNoSeriousA11yViolations(page, 'minzheng01 疑点复核（待处理任务）');
    await page.screenshot({ path: artifact('findings-tasks.png') });

    await row.getByRole('button', { name: /^处\s*理$/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '处理疑点' });
    await chooseOption(page, dialog.getByLabel('处理结果'), '停止发放');
    await dialog.getByLabel('说明').fill('经核实本人已死亡，自本月起停止发放低保金');
    await expectNoSeriousA11yViolations(page, 'minzheng01 处理疑点 dialog');
    await dialog.getByRole('button', { name: /^提\s*交$/ }).click();
    await expect(page.getByText('已处理', { exact: true })).toBeVisible();
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: person.name }).filter({ hasText: '死亡人员仍享受救助' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
