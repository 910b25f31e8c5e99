import { expect, type Locator, type Page } from '@playwright/test';

/** Page objects of the console's 户籍台账 pages (list, 一表登记, 家庭详情). */

/** Opens an antd Select (by its field) and picks the option with exactly this label. */
export async function chooseOption(page: Page, field: Locator, option: string): Promise<void> {
  // The antd select around the field shows the chosen label. On a busy machine a click that lands while the
  // dropdown is still moving has been seen to choose nothing, or to wait on an option that never settles: check,
  // and choose again (at most 3 times).
  const select = field.locator(`xpath=ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`);
  for (let attempt = 1; ; attempt++) {
    await field.click();
    try {
      // Bounded: an option the (virtual) list keeps re-rendering under load is clicked again on the next attempt
      // instead of being retried until the test's own timeout.
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: new RegExp(`^${option}$`) })
        .click({ timeout: 10_000 });
      await expect(select).toContainText(option, { timeout: 2_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Chooses `path` (e.g. 青石镇 → 桂花村) in an antd cascader; a level the dropdown does not offer is skipped (a town
 * user's list may start at the villages). As with `chooseOption`, a click that lands while the dropdown or its
 * next column is still moving has been seen to open nothing: the cascader must show the last label, else the
 * path is chosen again (at most 3 times).
 */
export async function chooseCascaderPath(page: Page, cascader: Locator, path: string[]): Promise<void> {
  const menu = page.locator('.ant-cascader-dropdown:visible');
  const item = (label: string) => menu.locator('.ant-cascader-menu-item').filter({ hasText: new RegExp(`^${label}$`) });
  for (let attempt = 1; ; attempt++) {
    await cascader.click();
    await expect(menu.locator('.ant-cascader-menu-item').first()).toBeVisible();
    try {
      for (const [i, label] of path.entries()) {
        const last = i === path.length - 1;
        if (!last && !(await item(label).count())) continue;
        await item(label).click({ timeout: 5_000 });
      }
      await expect(cascader).toContainText(path[path.length - 1], { timeout: 2_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

export class LedgerListPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '户籍台账' });
    this.table = page.getByRole('main').locator('.ant-table').first();
  }

  async search(keyword: string): Promise<void> {
    await this.page.getByLabel('关键字').fill(keyword);
    await this.page.getByRole('button', { name: /查\s*询/ }).click();
  }

  /** The table row of a household, recognised by text it shows (户主, 地址 …). */
  row(...texts: string[]): Locator {
    let row = this.table.locator('tr.ant-table-row');
    for (const t of texts) row = row.filter({ hasText: t });
    return row;
  }
}

export interface MemberData {
  name: string;
  idNumber: string;
  /** 与户主关系 label; not asked for the head (row 0). */
  relation?: string;
}

export class HouseholdForm {
  constructor(readonly page: Page) {}

  member(index: number): Locator {
    return this.page.getByTestId(`member-${index}`);
  }

  async fillHousehold(data: { groupNo: string; address: string; phone: string }): Promise<void> {
    await this.page.getByLabel('组', { exact: true }).fill(data.groupNo);
    await this.page.getByLabel('详细地址').fill(data.address);
    await this.page.getByLabel('联系电话').first().fill(data.phone);
  }

  async fillMember(index: number, m: MemberData): Promise<void> {
    if (index > 0) {
      await this.page.getByRole('button', { name: '增加成员' }).click();
    }
    const card = this.member(index);
    await expect(card).toBeVisible();
    await card.getByLabel('姓名').fill(m.name);
    await card.getByLabel('身份证号').fill(m.idNumber);
    if (m.relation) await chooseOption(this.page, card.getByLabel('与户主关系'), m.relation);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: '提交登记' }).click();
  }
}

export class HouseholdDetailPage {
  readonly members: Locator;

  constructor(readonly page: Page) {
    this.members = page.getByRole('tabpanel').locator('.ant-table').first();
  }

  /** The member's row by the exact name in its first cell (王伟 must not also find 王伟华). */
  memberRow(name: string): Locator {
    return this.members.locator('tr.ant-table-row').filter({ has: this.page.locator('td:first-child').getByText(name, { exact: true }) });
  }

  /** Unmasks a member's ID number with a reason; leaves the modal open showing the number. */
  async unmaskId(name: string, reason: string): Promise<Locator> {
    await this.memberRow(name).getByText('查看完整').click();
    const dialog = this.page.getByRole('dialog', { name: `查看${name}的身份证号` });
    await dialog.getByLabel('查看理由').fill(reason);
    await dialog.getByRole('button', { name: /查\s*看/ }).click();
    return dialog;
  }
}
