import { expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './a11y';

/**
 * 适老化 checks of a portal page as it is on screen (packages/portal/README.md, "长辈模式 and sizes"):
 * tap targets ≥ 44 × 44 CSS px, no horizontal scrolling at the phone's width, and the smallest text.
 */

/** Every link, button and form control on screen is a tap target of at least 44 × 44 CSS px. */
export async function expectTapTargets(page: Page, label: string): Promise<void> {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('a[href], button, [role="link"], [role="button"], select, input, textarea'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ text: (el.textContent || el.getAttribute('value') || '').trim().slice(0, 20), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small, `tap targets under 44 × 44 px on ${label}`).toEqual([]);
}

/** Fits the phone width: no horizontal scrolling (`label` names the page in the failure). */
export async function expectNoHorizontalScroll(page: Page, label?: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, label && `horizontal scrolling on ${label}`).toBeLessThanOrEqual(0);
}

/** The smallest computed font-size of any visible element that holds text itself, and where it is. */
export function smallestText(page: Page): Promise<{ min: number; where: string }> {
  return page.evaluate(() => {
    let min = Number.POSITIVE_INFINITY;
    let where = '';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!ownText || el.closest('[aria-hidden="true"]') || el.getClientRects().length === 0) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < min) [min, where] = [size, el.textContent?.trim().slice(0, 20) ?? ''];
    }
    return { min, where };
  });
}

/**
 * All of the above for what is on screen, and axe: text at least `minText` CSS px (16 = body text at the default
 * size; 17.5 in 长辈模式, where small print is 0.875rem of 20 px), tap targets ≥ 44 px, no sideways scrolling.
 */
export async function expectReadable(page: Page, label: string, minText = 16): Promise<void> {
  const smallest = await smallestText(page);
  expect(smallest.min, `smallest text on ${label}: “${smallest.where}”`).toBeGreaterThanOrEqual(minText);
  await expectTapTargets(page, label);
  await expectNoHorizontalScroll(page, label);
  await expectNoSeriousA11yViolations(page, label);
}
