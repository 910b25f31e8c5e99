import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, ImpactValue, Result, RunOptions } from 'axe-core';

/**
 * Accessibility check of what the page shows right now (信息无障碍, GB/T 37668 — WCAG 2.1 AA):
 * axe-core, bundled as a devDependency and evaluated from its source (no network), with its
 * default rule set (WCAG 2.0/2.1 A and AA plus axe's best practices). Serious and critical
 * violations fail the test; the message lists each rule, the nodes' selectors and, for colour
 * contrast, the measured numbers, so the next developer can fix them without rerunning.
 *
 * No rule is disabled and no element is excluded: fix the cause (theme tokens, labels, headers).
 */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const FAILING: ImpactValue[] = ['serious', 'critical'];
/** Nodes listed per rule in a failure message; the rest are counted. */
const NODES_SHOWN = 8;

export interface A11yOptions {
  /** Scan only this part of the page (a CSS selector), e.g. an open dialog. Default: the whole document. */
  include?: string;
  /** Record the failure and go on (`expect.soft`): a sweep over many pages reports them all. */
  soft?: boolean;
}

/** Waits until no finite CSS animation or transition runs (antd fades modals, drawers, tabs and tags in). */
async function waitForAnimations(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => {
        const timing = a.effect?.getComputedTiming();
        // Spinners, skeletons and active progress bars loop forever: they never "finish".
        return a.playState !== 'running' || timing?.iterations === Infinity;
      }),
    undefined,
    { timeout: 5_000, polling: 100 },
  );
}

/** Runs axe on the page (injecting it once per document) and returns its violations. */
export async function axeViolations(page: Page, options: A11yOptions = {}): Promise<Result[]> {
  await waitForAnimations(page);
  // Evaluated through the DevTools protocol, not a <script> tag: the console's CSP (script-src
  // 'self') rightly refuses inline scripts, and the tests must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    async ({ include, runOptions }) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeResults> } }).axe;
      return axe.run(include ? { include: [include] } : document, runOptions);
    },
    { include: options.include, runOptions: { resultTypes: ['violations'] } satisfies RunOptions },
  );
  return results.violations;
}

/** One readable block per violated rule: rule, impact, help, then selector + axe's summary per node. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, NODES_SHOWN).map((n) => {
        const summary = (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
        return `    - ${n.target.join(' ')}\n      ${summary}`;
      });
      const more = v.nodes.length > NODES_SHOWN ? [`    … and ${v.nodes.length - NODES_SHOWN} more nodes`] : [];
      return [`  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} nodes; ${v.helpUrl})`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/**
 * Fails when axe finds a serious or critical violation on the page (or in `options.include`).
 * `label` names the screen in the report, e.g. `'cun01 /ledger'` or `'作出决定 dialog'`.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string, options: A11yOptions = {}): Promise<void> {
  await test.step(`axe: ${label}`, async () => {
    const serious = (await axeViolations(page, options)).filter((v) => v.impact && FAILING.includes(v.impact));
    const count = serious.reduce((n, v) => n + v.nodes.length, 0);
    (options.soft ? expect.soft : expect)(
      count,
      `axe: serious/critical accessibility violations on ${label} (${page.url()})\n${formatViolations(serious)}\n`,
    ).toBe(0);
  });
}
