import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { apiSession, type ApiSession } from '../support/api';
import { login } from '../support/login';
import { artifact } from '../support/paths';

/**
 * 短信、站内消息与公示 (issue 14, ADR 0024). zhen01 (青石镇窗口) registers, for a 桂花村 household without assistance,
 * 就业救助 (人社, no 公示) and 低保 (民政, 公示 7 working days). renshe01 approves 就业救助; minzheng01 approves 低保, which
 * enters 公示. Nothing here runs a job by hand: each transition wakes the outbox consumer and the delivery job.
 *
 * Checked in the browser: renshe01's 短信记录 shows the approval SMS (log provider: 已提交) to the applicant and to the
 * window staff (demo mobiles of cun01 and zhen01); zhen01's bell counts it and the drawer opens the referral; the
 * 公示管理 page and the portal's 公示信息 show the entry masked (张*明), never the full name, until its end date.
 */
const TOWN = '500199101000'; // 青石镇 (zhen01's town)

interface Candidate {
  id: string;
  headName: string | null;
  phoneMasked: string | null;
  members: Array<{ id: string; name: string; isHead: boolean; age: number | null; deceased: boolean; phoneMasked: string | null }>;
  benefits: Array<{ programCode: string }>;
}

let receiptNo = '';
let employReferral = '';
let headName = '';

const masked = (name: string) => (name.length === 2 ? `${name[0]}*` : `${name[0]}*${name.slice(-1)}`);

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('main').locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 30_000 });
}

/** A 青石镇 household with no assistance and no open case, whose head is 18–59 and alive, with a mobile (the head's or the household's). */
async function pickHousehold(zhen: ApiSession): Promise<Candidate> {
  const { households } = await zhen.gql<{ households: { items: Candidate[] } }>(
    `query($f: HouseholdFilterInput) { households(filter: $f, page: 1, pageSize: 100) {
       items { id headName phoneMasked members { id name isHead age deceased phoneMasked } benefits { programCode } } } }`,
    { f: { areaCode: TOWN } },
  );
  const { referrals } = await zhen.gql<{ referrals: { items: Array<{ householdId: string }> } }>(
    'query { referrals(filter: { open: true }, page: 1, pageSize: 100) { items { householdId } } }',
  );
  const busy = new Set(referrals.items.map((r) => r.householdId));
  const h = households.items.find((x) => {
    const head = x.members.find((m) => m.isHead);
    return (
      !busy.has(x.id) &&
      x.benefits.length === 0 &&
      !!head &&
      !head.deceased &&
      (head.age ?? 0) >= 18 &&
      (head.age ?? 99) <= 59 &&
      /^1\d{2}\*{4}\d{4}$/.test(head.phoneMasked ?? x.phoneMasked ?? '') &&
      head.name.length >= 2
    );
  });
  if (!h) throw new Error('no 青石镇 household without assistance whose head has a mobile in the demo data');
  return h;
}

async function referralVersion(s: ApiSession, id: string) {
  const { referral } = await s.gql<{ referral: { referral: { id: string; version: number; status: string } } }>(
    'query($id: ID!) { referral(id: $id) { referral { id version status } } }',
    { id },
  );
  return referral.referral;
}

/** Signs and approves a referral as its department (over the API: the decision UI has its own spec). */
async function approve(user: string, referralId: string, monthlyAmountFen: number) {
  const s = await apiSession(user);
  try {
    let r = await referralVersion(s, referralId);
    const { signReferrals } = await s.gql<{ signReferrals: Array<{ ok: boolean; message: string | null }> }>(
      'mutation($refs: [ReferralRefInput!]!) { signReferrals(refs: $refs) { id ok message } }',
      { refs: [{ id: r.id, version: r.version }] },
    );
    expect(signReferrals[0], `${user} signs`).toMatchObject({ ok: true });
    r = await referralVersion(s, referralId);
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    await s.gql('mutation($ref: ReferralRefInput!, $i: DecisionInput!) { decideReferral(ref: $ref, input: $i) { id status } }', {
      ref: { id: r.id, version: r.version },
      i: { approve: true, monthlyAmountFen, startMonth: month },
    });
  } finally {
    await s.dispose();
  }
}

test.describe.configure({ mode: 'serial' });

test.describe('短信、站内消息与公示', () => {
  test.beforeAll(async () => {
    const zhen = await apiSession('zhen01');
    try {
      const h = await pickHousehold(zhen);
      const head = h.members.find((m) => m.isHead)!;
      headName = head.name;
      const { registerApplication } = await zhen.gql<{ registerApplication: { receiptNo: string; referralIds: string[] } }>(
        'mutation($i: ApplicationInput!) { registerApplication(input: $i) { receiptNo referralIds } }',
        {
          i: {
            householdId: h.id,
            applicantPersonId: head.id,
            programs: [{ programCode: 'EMPLOY', personId: head.id }, { programCode: 'DIBAO' }],
            authorizationSigned: true,
            description: '户主失业半年，家庭收入骤降',
            materials: [{ name: '居民身份证', provided: true }],
          },
        },
      );
      receiptNo = registerApplication.receiptNo;
      const { referrals } = await zhen.gql<{ referrals: { items: Array<{ id: string; programCode: string; receiptNo: string }> } }>(
        'query($f: ReferralFilterInput) { referrals(filter: $f, page: 1, pageSize: 100) { items { id programCode receiptNo } } }',
        { f: { open: true } },
      );
      const mine = referrals.items.filter((r) => r.receiptNo === receiptNo);
      employReferral = mine.find((r) => r.programCode === 'EMPLOY')!.id;
      const dibao = mine.find((r) => r.programCode === 'DIBAO')!.id;
      await approve('renshe01', employReferral, 0);
      await approve('minzheng01', dibao, 45_000);
    } finally {
      await zhen.dispose();
    }
  });

  test('an approval: the SMS is in 短信记录 within seconds, and the window’s bell opens the referral', async ({ page }) => {
    // The delivery worker runs in the server: wait for the log provider's 已提交.
    const renshe = await apiSession('renshe01');
    try {
      await expect
        .poll(
          async () => {
            const { smsMessages } = await renshe.gql<{
              smsMessages: { items: Array<{ eventType: string; status: string; content: string; recipientKind: string }> };
            }>('query { smsMessages(page: 1, pageSize: 50) { items { eventType status content recipientKind } } }');
            return smsMessages.items
              .filter((m) => m.eventType === 'referral.approved' && m.content.includes(receiptNo) && m.status === 'SENT')
              .map((m) => m.recipientKind);
          },
          { timeout: 30_000, intervals: [500, 1000] },
        )
        .toEqual(expect.arrayContaining(['APPLICANT', 'WINDOW'])); // the applicant and zhen01 (and cun01 in 桂花村)
    } finally {
      await renshe.dispose();
    }

    await login(page, 'renshe01');
    await page.goto('/sms');
    await settle(page);
    await expect(page.getByRole('heading', { name: '短信记录' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: receiptNo }).filter({ hasText: '经审核确认符合条件' }).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText('已提交');
    await expect(row).toContainText(/1\d{2}\*{4}\d{4}/); // masked mobile
    await expect(page.getByRole('main')).not.toContainText(headName); // names are masked in every SMS
    await expectNoSeriousA11yViolations(page, 'renshe01 短信记录');
    await page.screenshot({ path: artifact('sms-records.png') });

    // The window's bell: 办结结果 for the approved referral.
    await page.context().clearCookies();
    await login(page, 'zhen01');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAccessibleName(/站内消息，\d+ 条未读/);
    await bell.click();
    const drawer = page.getByRole('dialog', { name: '站内消息' });
    const item = drawer.getByRole('listitem').filter({ hasText: receiptNo }).filter({ hasText: /批准/ }).first();
    await expect(item).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(400); // the drawer's slide-in
    await page.screenshot({ path: artifact('inbox-bell.png') });
    await item.getByRole('button').first().click();
    await expect(page).toHaveURL(new RegExp(`/referrals/${employReferral}$`));
  });

  test('公示: masked in 公示管理 and on the portal until its end date; the full name never', async ({ page, browser }) => {
    await login(page, 'zhen01');
    await page.goto('/publicity');
    await settle(page);
    const row = page
      .getByRole('row')
      .filter({ hasText: masked(headName) })
      .filter({ hasText: '最低生活保障' })
      .first();
    await expect(row).toBeVisible();
    await expect(row).toContainText('公示中');
    await expect(row).toContainText('450');
    await expect(page.getByRole('main')).not.toContainText(headName);
    await expectNoSeriousA11yViolations(page, 'zhen01 公示管理');
    await page.screenshot({ path: artifact('publicity-console.png') });

    // The public list, anonymous, on a phone.
    const phone = await browser.newContext({ viewport: { width: 375, height: 667 }, locale: 'zh-CN', isMobile: true });
    try {
      const p = await phone.newPage();
      await p.goto('/portal/gongshi');
      const card = p.getByRole('article', { name: `公示：${masked(headName)}` }).first();
      await expect(card).toBeVisible({ timeout: 15_000 });
      await expect(card).toContainText(/公示期/);
      await expect(p.locator('body')).not.toContainText(headName);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(p, '门户 公示信息 375×667');
      await p.screenshot({ path: artifact('publicity-portal.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});
