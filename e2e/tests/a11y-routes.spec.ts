import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { DEMO_PASSWORD, demoAccounts } from '../support/accounts';
import { ConsoleShell } from '../support/console-shell';
import { consoleRoutes } from '../support/console-routes';
import { login } from '../support/login';

/**
 * 信息无障碍 sweep (GB/T 37668, WCAG 2.1 AA): every route of the console's routes table must show no serious or
 * critical axe violation — the 工作台 (which differs most by role) for the demo account of every role, every other
 * page once, with the first role in the list that may open it (the same page's structure does not change with the
 * role, its rows do; checking each page for every role took six of CI's thirty minutes).
 * The table is read from routes.tsx, so a new page is covered without touching this file; a new
 * route with a parameter needs a sample below (the sweep fails and says so). Each route of a role
 * is checked softly, so one run lists every page that fails. Flows (dialogs, drawers, filled
 * forms, error states) are checked in the flow specs.
 */
const routes = consoleRoutes();
const roles = demoAccounts.filter((a, i) => demoAccounts.findIndex((b) => b.role === a.role) === i);

async function gql<T>(page: Page, query: string): Promise<T> {
  const body = await page.evaluate(async (q) => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    return res.json();
  }, query);
  if (body.errors?.length) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** A real id the signed-in user may open, for each parameterised route of the table. */
const SAMPLES: Record<string, (page: Page) => Promise<string | undefined>> = {
  '/ledger/:id': async (page) =>
    (await gql<{ households: { items: { id: string }[] } }>(page, '{ households(pageSize: 1) { items { id } } }')).households.items[0]?.id,
  '/applications/:id': async (page) =>
    (await gql<{ applications: { items: { id: string }[] } }>(page, '{ applications(pageSize: 1) { items { id } } }')).applications.items[0]?.id,
  '/referrals/:id': async (page) =>
    (await gql<{ referrals: { items: { id: string }[] } }>(page, '{ referrals(pageSize: 1) { items { id } } }')).referrals.items[0]?.id,
  '/verifications/:id': async (page) =>
    (await gql<{ verifications: { items: { id: string }[] } }>(page, '{ verifications(pageSize: 1) { items { id } } }')).verifications.items[0]?.id,
  '/verification-reports/:id': async (page) =>
    (
      await gql<{ verifications: { items: { reportId: string | null }[] } }>(
        page,
        '{ verifications(filter: { status: APPROVED }, pageSize: 1) { items { reportId } } }',
      )
    ).verifications.items[0]?.reportId ?? undefined,
};

/**
 * Opens a console route inside the running app, as the menu does (history + popstate: the router
 * follows it), instead of reloading the page: the sweep checks pages, not the sign-in and bundle
 * start-up each reload repeats, and axe stays injected. First loads are measured in first-load.spec.ts.
 */
async function openInApp(page: Page, url: string) {
  await page.evaluate((u) => {
    window.history.pushState(null, '', u);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, url);
  await expect.poll(() => new URL(page.url()).pathname).toBe(url);
}

/** The page and its queries have loaded (the district-wide lists of a department can take a while on a busy machine). */
async function settle(page: Page) {
  await new ConsoleShell(page).waitUntilLoaded();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('main').locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 30_000 });
  // The sider menu moves its selection to the new route after the route renders; the old item's blue fades out over
  // 0.3 s while its text is already dimmed (3.5:1 mid-fade, seen under load). Let that transition start, so axe's
  // wait for running animations (support/a11y.ts) covers it; and park the pointer where it hovers nothing.
  await page.waitForTimeout(400);
  const size = page.viewportSize();
  if (size) await page.mouse.move(size.width - 2, size.height - 2);
}

test.describe('信息无障碍：登录页', () => {
  test('the login form, its error and the 动态验证码 step', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByLabel('用户名', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/login', { soft: true });

    await login(page, 'zhen01', { password: `${DEMO_PASSWORD}-wrong`, expectSuccess: false });
    await expect(page.getByTestId('login-error')).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/login with 用户名或密码错误', { soft: true });

    await page.getByLabel('用户名', { exact: true }).fill('sysadmin');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /^\s*(loading\s*)?登\s*录\s*$/ }).click();
    await expect(page.getByLabel('动态验证码', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, '/login 动态验证码 step', { soft: true });
  });
});

/** Pages already checked in this run (the tests run in order in one worker: playwright.config.ts). */
const checked = new Set<string>();

test.describe('信息无障碍：每个页面（工作台按每个角色）', () => {
  for (const account of roles) {
    test(`${account.username} (${account.roleName})`, async ({ page }) => {
      test.setTimeout(300_000);
      await login(page, account.username);
      await settle(page);
      const { me } = await gql<{ me: { permissions: string[] } }>(page, '{ me { permissions } }');
      const can = (r: { access?: string[] }) => !r.access || r.access.some((p) => me.permissions.includes(p));

      for (const route of routes.filter((r) => !r.public && can(r) && (r.path === '/' || !checked.has(r.path)))) {
        let url = route.path;
        if (url.includes(':')) {
          const sample = SAMPLES[route.path];
          expect(sample, `no sample id for the route ${route.path} (${route.name}): add one to SAMPLES in a11y-routes.spec.ts`).toBeDefined();
          const id = await sample!(page);
          if (!id) {
            test.info().annotations.push({ type: 'a11y', description: `${account.username}: nothing to open at ${route.path}` });
            continue;
          }
          url = url.replace(/:[^/]+/, id);
        }
        await openInApp(page, url);
        await settle(page);
        await expect(page.getByText('无权访问')).toHaveCount(0);
        await expectNoSeriousA11yViolations(page, `${account.username} ${route.path} (${route.name})`, { soft: true });
        checked.add(route.path);
      }
    });
  }
});

test.describe('信息无障碍：无权访问和页面不存在', () => {
  test('xinxi01 opens a page of another role and a page that does not exist', async ({ page }) => {
    await login(page, 'xinxi01');
    await settle(page);
    await page.goto('/ledger');
    await expect(page.getByText('无权访问', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'xinxi01 /ledger (无权访问)', { soft: true });
    await page.goto('/no-such-page');
    await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'xinxi01 页面不存在', { soft: true });
  });
});
