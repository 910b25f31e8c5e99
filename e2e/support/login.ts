import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoAccounts } from './accounts';
import { totp, totpSecondsLeft } from './totp';

export interface LoginOptions {
  /** Defaults to the demo password. */
  password?: string;
  /** Base32 TOTP secret; defaults to the demo account's secret (administrators). */
  totpSecret?: string;
  /** Wait for the signed-in console (default true). False: return right after submitting. */
  expectSuccess?: boolean;
}

// antd puts a space between two CJK characters in a button ("登 录"), so match either form. After a
// second submit antd's loading icon can stay in the button in its leave motion (invisible, but its
// aria-label "loading" joins the button's accessible name), so allow that prefix too.
const LOGIN_BUTTON = /^\s*(loading\s*)?登\s*录\s*$/;
const VERIFY_BUTTON = /^\s*(loading\s*)?验\s*证\s*$/;

/**
 * The TOTP step each account last signed in with, in this worker. The server refuses a code of a
 * step already used (replay protection), so a second sign-in within the same 30 s waits for the
 * next step instead of being refused first.
 */
const lastStepOf = new Map<string, number>();
const currentStep = () => Math.floor(Date.now() / 30_000);

const onLoginPage = (page: Page) => new URL(page.url()).pathname.replace(/\/+$/, '') === '/login';

/**
 * Signs in through the console's login form (用户名 / 密码 → 登录), then, when the form asks for
 * 动态验证码, enters the current TOTP code and clicks 验证. Resolves once the console has left /login.
 */
export async function login(page: Page, username: string, options: LoginOptions = {}): Promise<void> {
  const password = options.password ?? DEMO_PASSWORD;
  const totpSecret = options.totpSecret ?? demoAccounts.find((a) => a.username === username)?.totpSecret;

  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: LOGIN_BUTTON }).click();
  if (options.expectSuccess === false) return;

  const totpField = page.getByLabel('动态验证码', { exact: true });
  const step = await waitForLoginStep(page, totpField);
  if (step === 'mfa') {
    if (!totpSecret) throw new Error(`login(${username}): the console asks for 动态验证码 but no TOTP secret was given`);
    for (let attempt = 1; ; attempt++) {
      // A code about to expire may be stale by the time the server checks it: use the next one.
      if (totpSecondsLeft() < 3 || lastStepOf.get(username) === currentStep()) await page.waitForTimeout(totpSecondsLeft() * 1000 + 200);
      lastStepOf.set(username, currentStep());
      await totpField.fill(totp(totpSecret));
      const previousError = page.getByTestId('login-error');
      const hadError = await previousError.isVisible();
      await page.getByRole('button', { name: VERIFY_BUTTON }).click();
      // The form clears the previous error when it submits; do not read the stale one.
      if (hadError) await previousError.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => undefined);
      const outcome = await verifyOutcome(page);
      if (outcome === 'in') return;
      // The server refuses a code of a step already used (replay protection): this account signed
      // in moments ago in an earlier test (another worker process, say). Wait for the next step once.
      if (attempt === 1 && /已使用/.test(outcome)) {
        await page.waitForTimeout(totpSecondsLeft() * 1000 + 200);
        continue;
      }
      throw new Error(`login(${username}): still on /login after 验证 (${outcome})`);
    }
  }
}

/** After 验证: 'in' once the console left /login, or the text of the error shown. */
async function verifyOutcome(page: Page): Promise<string> {
  let outcome = 'waiting';
  await expect
    .poll(
      async () => {
        if (!onLoginPage(page)) return (outcome = 'in');
        const alert = page.getByTestId('login-error');
        if (await alert.isVisible()) return (outcome = (await alert.innerText()).trim());
        return 'waiting';
      },
      { message: 'login: waiting for the answer to 验证', timeout: 15_000, intervals: [100, 200, 500] },
    )
    .not.toBe('waiting');
  return outcome;
}

async function waitForLoginStep(page: Page, totpField: ReturnType<Page['getByLabel']> | null): Promise<'in' | 'mfa'> {
  let step: 'in' | 'mfa' | undefined;
  await expect
    .poll(
      async () => {
        if (!onLoginPage(page)) return (step = 'in');
        if (totpField && (await totpField.isVisible())) return (step = 'mfa');
        // A visible error on the login page ends the wait early with its text.
        const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
        if (await alert.isVisible()) return `error: ${(await alert.innerText()).trim()}`;
        return 'waiting';
      },
      { message: 'login: waiting to leave /login or for 动态验证码', timeout: 15_000, intervals: [100, 200, 500] },
    )
    .toMatch(/^(in|mfa)$/);
  return step!;
}
