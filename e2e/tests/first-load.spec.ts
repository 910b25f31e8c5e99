import { expect, test, type Page } from '@playwright/test';
import { ConsoleShell } from '../support/console-shell';
import { login } from '../support/login';

/**
 * What the browser downloads (bar P7, docs/benchmarks.md): the scripts of a first visit with an empty cache, as
 * the browser received them — compressed (br or gzip, from the build's precompressed files), hashed ones cached
 * `immutable`, the total under the budget; the login page without the console shell.
 */
interface Loaded {
  url: string;
  /** Bytes received for the response (headers and the encoded body). */
  bytes: number;
  encoding: string;
  cacheControl: string;
}

const BUDGET = { console: 1_000_000, portal: 300_000 };

/** Records every script the page fetches while `visit` runs, with the browser cache emptied and off. */
async function scriptsOf(page: Page, visit: () => Promise<void>): Promise<Loaded[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const byId = new Map<string, Loaded>();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type !== 'Script') return;
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    byId.set(e.requestId, { url: e.response.url, bytes: 0, encoding: h['content-encoding'] ?? 'identity', cacheControl: h['cache-control'] ?? '' });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const l = byId.get(e.requestId);
    if (l) l.bytes = e.encodedDataLength;
  });
  await visit();
  await page.waitForLoadState('networkidle');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  await cdp.detach();
  return [...byId.values()];
}

function expectServedWell(scripts: Loaded[], budget: number, label: string): number {
  expect(scripts.length, label).toBeGreaterThan(0);
  for (const s of scripts) {
    // Files under 1 KiB have no precompressed variant (scripts/precompress.mjs): as they are, headers included < 2 kB.
    if (s.encoding === 'identity') expect(s.bytes, `${s.url} is small enough to be sent as it is`).toBeLessThan(2048);
    else expect(['br', 'gzip'], `${s.url} is sent compressed`).toContain(s.encoding);
    expect(s.cacheControl, `${s.url} is cached for good`).toBe('public, max-age=31536000, immutable');
    expect(s.bytes, s.url).toBeGreaterThan(0);
  }
  const total = scripts.reduce((a, s) => a + s.bytes, 0);
  test.info().annotations.push({
    type: 'first-load',
    description: `${label}: ${scripts.length} scripts, ${(total / 1000).toFixed(1)} kB received`,
  });
  const encodings = [...new Set(scripts.map((s) => s.encoding))].join('/');
  console.log(`[first-load] ${label}: ${scripts.length} scripts, ${(total / 1000).toFixed(1)} kB received (${encodings}, headers included)`);
  expect(total, label).toBeLessThan(budget);
  return total;
}

test.describe('首次加载 / first load (P7)', () => {
  test('the login page loads compressed, immutable scripts under budget, without the console shell', async ({ page }) => {
    const scripts = await scriptsOf(page, async () => {
      await page.goto('/login');
      await expect(page.getByLabel('用户名', { exact: true })).toBeVisible();
    });
    expectServedWell(scripts, BUDGET.console, 'login page');
    expect(scripts.filter((s) => /\/ConsoleShell-/.test(s.url)).map((s) => s.url)).toEqual([]);
  });

  test('/ledger loads compressed, immutable scripts under budget', async ({ page }) => {
    await login(page, 'cun01');
    const shell = new ConsoleShell(page);
    // The dashboard the login lands on finishes loading first, so none of its scripts is counted for /ledger.
    await shell.waitForContent();
    const scripts = await scriptsOf(page, async () => {
      await page.goto('/ledger');
      await expect(page.getByRole('heading', { name: '户籍台账' })).toBeVisible();
      await shell.waitForContent();
    });
    expectServedWell(scripts, BUDGET.console, '/ledger');
    expect(scripts.some((s) => /\/ConsoleShell-/.test(s.url))).toBe(true);
  });

  test('the portal home loads compressed, immutable scripts under budget', async ({ page }) => {
    const scripts = await scriptsOf(page, async () => {
      await page.goto('/portal/');
      await page.waitForLoadState('load');
    });
    expectServedWell(scripts, BUDGET.portal, 'portal home');
  });
});
