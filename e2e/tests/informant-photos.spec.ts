import { crc32, deflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { makeName, SURNAMES } from '../support/id-number';
import { chooseOption } from '../support/ledger-pages';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 线索照片 and 线索响应 (issue #15 item 2): xinxi01 (新华村) reports from a phone (375 × 667): one column, large
 * controls, a photo attached and sent to /api/files, the report submitted; 我报送的线索 shows it as cards with the
 * photo. The town window zhen01 opens the report's detail from 待确认预申请 and sees the photo's thumbnail (loaded
 * through /api/files). The town leader zhenzhang01 finds the report in 督办看板 → 线索响应 (青石镇: received, pending),
 * and drills into the villages. A fresh name per run.
 */
const runTag = String(Date.now()).slice(-6);
const person = makeName(SURNAMES[Math.floor(Math.random() * SURNAMES.length)]);
const address = `新华村五组${runTag}号`;

test.describe.configure({ mode: 'serial' });

/** A real PNG of `w × h`, a warm orange with a darker band: something to see in a thumbnail. */
function photoPng(w = 160, h = 120): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const band = y > h * 0.6;
      row.set(band ? [120, 72, 40] : [240, 160, 70], 1 + x * 3);
    }
    rows.push(row);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('main').locator('.ant-spin-spinning')).toHaveCount(0);
  await page.waitForTimeout(300); // animations
}

/** Every loaded <img> in `scope` has real pixels (the thumbnail came through /api/files). */
async function expectImagesLoaded(page: Page, selector: string) {
  await expect
    .poll(async () =>
      page.locator(selector).evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)),
    )
    .not.toContain(false);
  expect(await page.locator(selector).count()).toBeGreaterThan(0);
}

test.describe('线索照片和线索响应', () => {
  test('xinxi01 on a phone attaches a photo and reports', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 375, height: 667 });
    await login(page, 'xinxi01');
    await page.goto('/reports');
    await expect(page.getByRole('heading', { name: '线索报送' })).toBeVisible();
    await settle(page);

    // The menu is folded away on a phone; the form is one column wide and nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const name = page.getByLabel('困难群众姓名');
    const phone = page.getByLabel('联系电话');
    const nameBox = (await name.boundingBox())!;
    const phoneBox = (await phone.boundingBox())!;
    expect(phoneBox.y).toBeGreaterThan(nameBox.y + nameBox.height); // stacked, not side by side
    expect(nameBox.width).toBeGreaterThan(280);
    expect(nameBox.height).toBeGreaterThanOrEqual(44);
    const submit = page.getByRole('button', { name: '报送线索' });
    expect((await submit.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expectNoSeriousA11yViolations(page, 'xinxi01 线索报送（手机）');

    await name.fill(person);
    await page.getByLabel('住址').fill(address);
    await chooseOption(page, page.getByLabel('需要的救助'), '临时救助');
    await page.keyboard.press('Escape');
    await page.getByLabel('困难情况').fill('老人独居，房屋一角垮塌，需要临时救助（端到端测试，附照片）');

    // The photo goes to /api/files as soon as it is chosen; a non-image is refused before anything is sent.
    await page.locator('input[type=file]').setInputFiles({ name: '现场.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await expect(page.getByText('“现场.txt”不是 JPG 或 PNG 照片')).toBeVisible();
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/files') && r.request().method() === 'POST');
    await page.locator('input[type=file]').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: photoPng() });
    expect((await uploaded).status()).toBe(201);
    await expect(page.locator('.ant-upload-list-item-done')).toHaveCount(1);
    await page.screenshot({ path: artifact('informant-photos-phone-form.png'), fullPage: true });

    await submit.click();
    await expect(page.getByText(`已报送 ${person} 的线索，等待窗口确认`)).toBeVisible();
    await expect(page.locator('.ant-upload-list-item')).toHaveCount(0); // cleared for the next report

    // 我报送的线索 as cards: the report, waiting, with its photo.
    const card = page.getByTestId(/^report-/).filter({ hasText: person });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText('待窗口确认');
    await expect(card).toContainText('处理：未处理');
    await expect(card.getByRole('img', { name: /现场\.png/ })).toBeVisible();
    await settle(page);
    await expectImagesLoaded(page, '[data-testid^="report-"] [data-testid=report-photos] img');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('informant-photos-phone-list.png') });
    await expectNoSeriousA11yViolations(page, 'xinxi01 我报送的线索（手机）');
    expect(errors).toEqual([]);
  });

  test('the form still fits 1366 × 768: two columns', async ({ page }) => {
    await login(page, 'xinxi01');
    await page.goto('/reports');
    await settle(page);
    const nameBox = (await page.getByLabel('困难群众姓名').boundingBox())!;
    const programsBox = (await page.getByLabel('需要的救助').boundingBox())!;
    expect(programsBox.x).toBeGreaterThan(nameBox.x + 300); // the right column
    await expect(page.getByRole('menuitem', { name: '线索报送' })).toBeVisible();
    await page.screenshot({ path: artifact('informant-photos-desktop.png') });
  });

  test('zhen01 sees the photo on the report’s detail', async ({ page }) => {
    await login(page, 'zhen01');
    await page.goto('/applications?view=pre');
    const row = page.locator('tr.ant-table-row').filter({ hasText: person });
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: '详情' }).click();
    await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
    const photos = page.locator('.ant-card').filter({ hasText: '线索照片（1）' });
    await expect(photos).toBeVisible();
    await expect(photos.getByRole('img', { name: /现场\.png/ })).toBeVisible();
    await settle(page);
    await expectImagesLoaded(page, '[data-testid=report-photos] img');
    await expect(page.getByTestId('material').filter({ hasText: '线索照片' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'zhen01 预申请详情（线索照片）');
    await page.screenshot({ path: artifact('informant-photos-window-detail.png'), fullPage: true });
    // The preview opens the full photo.
    await photos.getByRole('img', { name: /现场\.png/ }).click();
    await expect(page.locator('.ant-image-preview-img')).toBeVisible();
    await page.screenshot({ path: artifact('informant-photos-window-preview.png') });
  });

  test('zhenzhang01 sees the report in 督办看板 → 线索响应', async ({ page }) => {
    await login(page, 'zhenzhang01');
    await page.goto('/supervision?tab=reports');
    const tab = page.getByTestId('informant-response');
    await expect(tab).toBeVisible();
    const town = tab.locator('tr.ant-table-row').filter({ hasText: '青石镇' });
    await expect(town).toHaveCount(1);
    // The report of this run is pending (this month): at least one received and one pending.
    const cells = town.locator('td');
    expect(Number(await cells.nth(1).innerText())).toBeGreaterThanOrEqual(1);
    expect(Number(await cells.nth(4).innerText())).toBeGreaterThanOrEqual(1);
    await settle(page);
    await expectNoSeriousA11yViolations(page, 'zhenzhang01 督办看板 线索响应');
    await page.screenshot({ path: artifact('informant-response-towns.png') });
    // Drill into the villages: 新华村 has this run's report.
    await town.getByRole('button', { name: /青石镇/ }).click();
    const village = tab.locator('tr.ant-table-row').filter({ hasText: '新华村' });
    await expect(village).toHaveCount(1);
    expect(Number(await village.locator('td').nth(4).innerText())).toBeGreaterThanOrEqual(1);
    await expect(tab.getByRole('button', { name: '全部镇街' })).toBeVisible();
    await settle(page);
    await expectNoSeriousA11yViolations(page, 'zhenzhang01 督办看板 线索响应（村社）');
    await page.screenshot({ path: artifact('informant-response-villages.png') });
  });
});
