import { expect, type Locator, type Page } from '@playwright/test';

/** Page object of the console's frame: the sider menu and the user area of the header. */
export class ConsoleShell {
  readonly sider: Locator;
  readonly menu: Locator;
  /** The page area right of the menu (antd Layout.Content renders <main>). */
  readonly content: Locator;

  constructor(readonly page: Page) {
    this.sider = page.locator('aside.ant-layout-sider');
    this.menu = this.sider.getByRole('menu').first();
    this.content = page.getByRole('main');
  }

  async waitUntilLoaded(): Promise<void> {
    await expect(this.menu).toBeVisible();
  }

  /** Waits until the routed page's chunk and its queries have loaded (no spinner left). */
  async waitForContent(): Promise<void> {
    await this.waitUntilLoaded();
    await this.page.waitForLoadState('networkidle');
    await expect(this.content.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  /** Visible labels of the sider's menu entries (leaf items and submenu titles), in order. */
  async menuLabels(): Promise<string[]> {
    await this.waitUntilLoaded();
    const items = this.menu.getByRole('menuitem');
    const texts = await items.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => (el.textContent ?? '').trim()));
    return texts.filter(Boolean);
  }
}
