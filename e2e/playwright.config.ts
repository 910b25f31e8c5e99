import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built console and portal against the real server (see global-setup.ts).
 * Browser: Debian's chromium (scripts/ensure-chromium.sh) — Playwright's browser download cannot
 * reach the internet on these machines.
 */
export default defineConfig({
  testDir: path.join(__dirname, 'tests'),
  outputDir: path.join(__dirname, 'test-results'),
  globalSetup: path.join(__dirname, 'global-setup.ts'),
  // The tests share one server and log in as the same demo accounts: run them one at a time.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  use: {
    // Set by global-setup.ts (or given by the caller to test a running server).
    baseURL: process.env.E2E_BASE_URL,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // DOM snapshots of each action, kept for a failed test; no screencast: its frames cost the browser a third of
    // the run's CPU (docs/benchmarks.md, "CI time").
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
