import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 个案会商 (issue #16 item 2): zhen01 (青石镇 window) escalates a case from its application to the town joint meeting;
 * zhenzhang01 (青石镇分管负责人) records the meeting with a decision that assigns a task to 人社; renshe01 sees it in
 * 我的会商任务, asks for a 3-day extension which zhenzhang01 approves on the 督办看板, and completes it.
 */

async function gql<T>(page: Page, query: string): Promise<T> {
  const body = await page.evaluate(async (q) => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    return res.json();
  }, query);
  if (body.errors?.length) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

const REASON = '户主重病卧床，住房漏雨，子女失业，需人社、住建协同解决（e2e）';

test('a case goes to 个案会商 and its decision becomes a task of 人社', async ({ page }) => {
  test.setTimeout(90_000);
  const shell = new ConsoleShell(page);

  // 1. The town window escalates a case from the application's page.
  await login(page, 'zhen01');
  const apps = await gql<{ applications: { items: Array<{ id: string; householdId: string | null; headName: string | null }> } }>(
    page,
    '{ applications(pageSize: 20) { items { id householdId headName } } }',
  );
  const app = apps.applications.items.find((a) => a.householdId && a.headName)!;
  await page.goto(`/applications/${app.id}`);
  await page.getByRole('button', { name: /提请会商/ }).click();
  const raise = page.getByRole('dialog', { name: '提请个案会商' });
  await raise.getByLabel('事由和困难').fill(REASON);
  await raise.getByRole('button', { name: /提请会商/ }).click();
  await expect(page).toHaveURL(/\/consultation$/);
  const row = shell.content.locator('tr.ant-table-row').filter({ hasText: REASON });
  await expect(row).toContainText('待会商');
  await expect(row).toContainText(`${app.headName}户`);
  await page.screenshot({ path: artifact('consultation-raised.png') });

  // 2. The town's joint meeting records the meeting: the case, the decision, a task for 人社 in 5 working days.
  await page.context().clearCookies();
  await login(page, 'zhenzhang01');
  await page.goto('/consultation');
  await page.getByRole('button', { name: /记录联席会议/ }).click();
  const form = page.getByRole('dialog', { name: '记录联席会议' });
  await form.getByLabel('会议地点').fill('青石镇人民政府三楼会议室');
  await form.getByLabel('参会人员1姓名').fill('马卫东');
  await form.getByLabel('参会人员1单位').fill('青石镇人民政府');
  await form.getByLabel('参会人员2姓名').fill('黄伟');
  await form.getByLabel('参会人员2单位').fill('区人社局');
  await form.getByLabel('个案').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: `${app.headName}户` })
    .first()
    .click();
  await form.getByLabel('会商意见').fill('人社为其子女安排公益性岗位；民政给予临时救助');
  await form.getByLabel('承办部门').fill('人力资源');
  await page.locator('.ant-select-item-option').filter({ hasText: '人力资源和社会保障局' }).first().click();
  await form.getByLabel('任务内容').fill('为其子女安排公益性岗位');
  await form.getByLabel('时限（工作日）').fill('5');
  await expectNoSeriousA11yViolations(page, '记录联席会议');
  await page.screenshot({ path: artifact('consultation-meeting-form.png') });
  await form.getByRole('button', { name: /保存会议记录/ }).click();
  await expect(form).toBeHidden();
  await expect(shell.content.locator('tr.ant-table-row').first()).toContainText('青石镇人民政府三楼会议室');
  await page.screenshot({ path: artifact('consultation-meeting.png') });

  // 3. 人社 sees the task in 我的会商任务, tracked in working days, and completes it.
  await page.context().clearCookies();
  await login(page, 'renshe01');
  await page.goto('/consultation');
  await expect(page.getByRole('tab', { name: '我的会商任务', selected: true })).toBeVisible();
  const task = shell.content.locator('tr.ant-table-row').filter({ hasText: '为其子女安排公益性岗位' });
  await expect(task).toContainText('剩 5 个工作日');
  await expectNoSeriousA11yViolations(page, '我的会商任务');
  await page.screenshot({ path: artifact('consultation-task.png') });

  // 4. 人社 asks for 3 more working days; the town leader approves beside the referrals' extensions; the deadline moves.
  await task.getByRole('button', { name: '申请延期' }).click();
  const ask = page.getByRole('dialog', { name: /申请延期/ });
  await ask.getByLabel('延期（工作日）').fill('3');
  await ask.getByLabel('延期理由').fill('公益性岗位需待下周开发（e2e）');
  await page.screenshot({ path: artifact('consultation-extension-request.png') });
  await ask.getByRole('button', { name: /提交延期申请/ }).click();
  await expect(ask).toBeHidden();
  await expect(task).toContainText('延期待审批');
  await page.context().clearCookies();
  await login(page, 'zhenzhang01');
  await page.goto('/supervision?tab=extensions');
  const ext = shell.content.locator('tr.ant-table-row').filter({ hasText: '公益性岗位需待下周开发（e2e）' });
  await expect(ext).toContainText('3 个工作日');
  await ext.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('consultation-extension-approve.png') });
  await ext.getByRole('button', { name: /^同\s*意$/ }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^同\s*意$/ })
    .click();
  await expect(ext).toHaveCount(0);
  await page.context().clearCookies();
  await login(page, 'renshe01');
  await page.goto('/consultation');
  await expect(task).toContainText('已延期 3 个工作日');
  await expect(task).toContainText('剩 8 个工作日');
  await page.screenshot({ path: artifact('consultation-task-extended.png') });

  await task.getByRole('button', { name: '完成' }).click();
  const done = page.getByRole('dialog', { name: /完成会商任务/ });
  await done.getByLabel('办理情况').fill('已安排到村保洁公益性岗位');
  await done.getByRole('button', { name: /完\s*成/ }).click();
  await expect(task).toHaveCount(0);
});
