import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/modules/exports/lists';
import { neutralise } from '../src/modules/exports/xlsx-writer';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { exportHelpers } from './support/export-helpers';
import { household, member } from './ledger-fixture';

/**
 * Exports of the operational lists (modules/exports/lists-work.ts): 后台任务, 站内消息, 接口令牌, 回调地址,
 * 管理员账号变更申请, 延期申请. Each file has its list operation's rows for the same filter and reader, is
 * refused without the list's permission, is in the operation log, never holds a secret, and neutralises
 * user-typed text a spreadsheet would run as a formula.
 */
let t: TestApp;
const cookies: Record<string, string> = {};
const uid: Record<string, string> = {};
const INJECTED = '=HYPERLINK("http://example.invalid/x","点我")';
let apiToken = '';
let webhookSecret = '';

const { sheet, exportAs, column, list, lastLog, cleanup } = exportHelpers(() => t, cookies, 'exports-work');

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  for (const u of ['town1', 'village1a', 'village2a', 'officer', 'joint', 'sysadmin', 'secadmin', 'auditadmin', 'norights']) cookies[u] = await t.cookieFor(u);
  for (const r of await ownerQuery(`select id, username from app_user`)) uid[r.username] = r.id;

  // 后台任务: two finding exports of town1 (one title typed as a formula), one of village1a.
  const job = (user: string, area: string, title: string, status: string, minutesAgo: number) =>
    ownerQuery(
      `insert into job (id, kind, title, status, total, processed, area_code, area_prefix, requested_by, requested_by_name, created_at)
       values (gen_random_uuid(), 'finding-export', $1, $2, 10, 10, $3, $3, $4, $5, now() - make_interval(mins => $6))`,
      [title, status, area, uid[user], `测试${user}`, minutesAgo],
    );
  await job('town1', AREAS.town1, INJECTED, 'DONE', 3);
  await job('town1', AREAS.town1, '疑点导出（10 条）', 'FAILED', 2);
  await job('village1a', AREAS.village1a, '甲村的疑点导出', 'DONE', 1);

  // 站内消息: three for town1 (one read), one for village1a.
  const note = (user: string, title: string, read: boolean, minutesAgo: number) =>
    ownerQuery(
      `insert into notification (id, user_id, kind, title, body, area_code, event_id, read_at, created_at)
       values (gen_random_uuid(), $1, 'NEW_REFERRAL', $2, '请及时签收', $3, gen_random_uuid(), $4, now() - make_interval(mins => $5))`,
      [uid[user], title, AREAS.town1, read ? new Date() : null, minutesAgo],
    );
  await note('town1', '+新转办 甲村', false, 3);
  await note('town1', '新转办 乙村', true, 2);
  await note('town1', '新转办 丙村', false, 1);
  await note('village1a', '别人的消息', false, 1);

  // 接口令牌 and 回调地址, through the security administrator's operations (the secrets are shown once).
  const created = await t.gql(
    `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }`,
    { i: { name: '-事件订阅系统', areaCode: AREAS.district, scopes: ['EVENTS_READ'], expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
    { cookie: cookies.secadmin },
  );
  expect(created.errors).toBeUndefined();
  apiToken = created.data!.createApiToken.token;
  const hook = await t.gql(
    `mutation($i: WebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret } }`,
    { i: { apiTokenId: created.data!.createApiToken.apiToken.id, url: 'https://example.com/hook', eventTypes: ['REFERRAL_CREATED'] } },
    { cookie: cookies.secadmin },
  );
  expect(hook.errors).toBeUndefined();
  webhookSecret = hook.data!.createWebhookSubscription.secret;

  // 管理员账号变更申请: the security administrator asks to reset the audit administrator's second factor.
  const req = await t.gql(
    `mutation($i: AdminChangeInput!) { requestAdminChange(input: $i) { id } }`,
    { i: { userId: uid.auditadmin, kind: 'MFA_RESET' } },
    {
      cookie: cookies.secadmin,
    },
  );
  expect(req.errors).toBeUndefined();

  // 延期待审批: one pending request on a town-1 referral, one already decided.
  const hh = await household(t, AREAS.village1a, [member('张延', '19700101', 'HEAD')]);
  const [mz] = await ownerQuery(`select id from department where code = 'MINZHENG'`);
  const app = randomUUID();
  const ref = randomUUID();
  await ownerQuery(
    `insert into application (id, household_id, area_code, channel, status, receipt_no, created_at, created_by_name) values ($1, $2, $3, 'WINDOW', 'ACCEPTED', 'SL-EXT-1', now(), '测试')`,
    [app, hh, AREAS.village1a],
  );
  await ownerQuery(
    `insert into referral (id, application_id, household_id, area_code, program_code, department_id, clock_start, limit_days, sign_due, status)
     values ($1, $2, $3, $4, 'DIBAO', $5, current_date, 20, current_date + 2, 'PENDING_SIGN')`,
    [ref, app, hh, AREAS.village1a, mz.id],
  );
  // 督办看板: a second referral past its sign-by date (预警、超期和逾期未签收), and a 先行救助 on the first application.
  const app2 = randomUUID();
  await ownerQuery(
    `insert into application (id, household_id, area_code, channel, status, receipt_no, created_at, created_by_name) values ($1, $2, $3, 'WINDOW', 'ACCEPTED', 'SL-EXT-2', now(), '测试')`,
    [app2, hh, AREAS.village1a],
  );
  await ownerQuery(
    `insert into referral (id, application_id, household_id, area_code, program_code, department_id, clock_start, limit_days, sign_due, status)
     values (gen_random_uuid(), $1, $2, $3, 'LINSHI', $4, current_date - 6, 20, current_date - 3, 'PENDING_SIGN')`,
    [app2, hh, AREAS.village1a, mz.id],
  );
  await ownerQuery(
    `insert into advance_relief (id, application_id, area_code, amount_fen, reason, grant_date, paperwork_due, granted_by_name)
     values (gen_random_uuid(), $1, $2, 50000, '=1+1 急需生活费', current_date, current_date + 5, '测试town1')`,
    [app, AREAS.village1a],
  );
  for (const [status, reason] of [
    ['PENDING', '@SUM(A1:A2) 入户核查需时'],
    ['APPROVED', '已批准的'],
  ]) {
    await ownerQuery(
      `insert into extension_request (id, referral_id, area_code, days, reason, status, requested_by_name) values (gen_random_uuid(), $1, $2, 5, $3, $4, '测试officer')`,
      [ref, AREAS.village1a, reason, status],
    );
  }
}, 120_000);

afterAll(async () => {
  await t?.close();
  cleanup();
});

describe('后台任务 and 站内消息: the user’s own list', () => {
  it('后台任务: the jobs the list shows for the filter, in its order; another user’s never', async () => {
    for (const filter of [{}, { mine: true }, { kind: 'finding-export', status: 'DONE' }]) {
      const { jobs } = await list(
        'town1',
        `query($k: String, $s: String, $m: Boolean) { jobs(page: 1, pageSize: 100, kind: $k, status: $s, mine: $m) { items { title statusName } } }`,
        {
          k: (filter as { kind?: string }).kind ?? null,
          s: (filter as { status?: string }).status ?? null,
          m: (filter as { mine?: boolean }).mine ?? null,
        },
      );
      const out = await exportAs('town1', 'jobs', filter);
      expect(out.status).toBe(200);
      expect(column(out.rows, '任务')).toEqual(jobs.items.map((j: { title: string }) => neutralise(j.title)));
      expect(column(out.rows, '状态')).toEqual(jobs.items.map((j: { statusName: string }) => j.statusName));
      expect(column(out.rows, '任务').join()).not.toContain('甲村的疑点导出');
    }
    expect(column((await exportAs('town1', 'jobs')).rows, '任务')).toHaveLength(2);
    // Formula injection: the title is text in the file, not a formula.
    expect(column((await exportAs('town1', 'jobs')).rows, '任务')).toContain(neutralise(INJECTED));
    expect(neutralise(INJECTED)).not.toMatch(/^=/);
    expect(column((await exportAs('village1a', 'jobs')).rows, '任务')).toEqual(['甲村的疑点导出']);
    expect((await lastLog('job.exported'))!.diff.detail).toMatchObject({ list: 'JOBS', rows: 1 });
    // A user without any permission has no jobs to see, and the export is empty (not refused: it is their own list).
    const none = await exportAs('norights', 'jobs');
    expect(none.status).toBe(200);
    expect(none.rows.slice(1)).toEqual([]);
    expect((await exportAs(null, 'jobs')).status).toBe(401);
    expect((await exportAs('town1', 'jobs', { status: 'WHATEVER' })).status).toBe(400);
  });

  it('站内消息: the reader’s own notifications, unread or all; another user’s never', async () => {
    for (const unreadOnly of [true, false]) {
      const { myNotifications } = await list(
        'town1',
        `query($u: Boolean) { myNotifications(unreadOnly: $u, page: 1, pageSize: 100) { items { title readAt } } }`,
        {
          u: unreadOnly,
        },
      );
      const out = await exportAs('town1', 'inbox-notifications', { unreadOnly });
      expect(out.status).toBe(200);
      expect(column(out.rows, '标题')).toEqual(myNotifications.items.map((n: { title: string }) => neutralise(n.title)));
      expect(column(out.rows, '状态')).toEqual(myNotifications.items.map((n: { readAt: string | null }) => (n.readAt ? '已读' : '未读')));
      expect(column(out.rows, '类型').every((k) => k === '新转办')).toBe(true);
      expect(column(out.rows, '标题')).not.toContain('别人的消息');
    }
    expect(column((await exportAs('town1', 'inbox-notifications', { unreadOnly: true })).rows, '标题')).toEqual(['新转办 丙村', neutralise('+新转办 甲村')]);
    expect(column((await exportAs('village1a', 'inbox-notifications')).rows, '标题')).toEqual(['别人的消息']);
    expect((await lastLog('inbox.exported'))!).toMatchObject({ actor_name: '测试village1a', diff: { detail: { list: 'INBOX_NOTIFICATIONS', rows: 1 } } });
    // An integrator token has no inbox: an empty file, nothing of anyone's.
    const byToken = await exportAs(`bearer:${apiToken}`, 'inbox-notifications');
    expect(byToken.status).toBe(200);
    expect(byToken.rows.slice(1)).toEqual([]);
  });
});

describe('接口令牌 and 回调地址: the security administrator’s lists, never a secret', () => {
  it('接口令牌: the list’s rows, no token, no hash; refused without apiToken.manage (and to tokens)', async () => {
    const { apiTokens } = await list('secadmin', `{ apiTokens(pageSize: 100) { items { name prefix } } }`);
    const out = await exportAs('secadmin', 'api-tokens');
    expect(out.status).toBe(200);
    expect(column(out.rows, '名称')).toEqual(apiTokens.items.map((x: { name: string }) => neutralise(x.name)));
    expect(column(out.rows, '名称')).toEqual([neutralise('-事件订阅系统')]);
    expect(column(out.rows, '权限范围')).toEqual(['订阅变更事件']);
    expect(column(out.rows, '状态')).toEqual(['有效']);
    // Used once above (the token's inbox export): a date, not 从未使用.
    expect(column(out.rows, '最近使用')[0]).toMatch(/^\d{4}-\d{2}-\d{2}/);
    const [{ token_hash: hash }] = await ownerQuery(`select token_hash from api_token`);
    const text = JSON.stringify(out.rows);
    expect(text).not.toContain(apiToken);
    expect(text).not.toContain(String(hash));
    expect(out.raw.includes(Buffer.from(apiToken))).toBe(false);
    expect((await lastLog('api_token.exported'))!.diff.detail).toMatchObject({ list: 'API_TOKENS', rows: 1 });
    for (const who of ['sysadmin', 'town1', 'norights', `bearer:${apiToken}`]) expect((await exportAs(who, 'api-tokens')).status, who).toBe(403);
  });

  it('回调地址: the list’s rows, no signing key; refused without apiToken.manage', async () => {
    const { webhookSubscriptions } = await list('secadmin', `{ webhookSubscriptions { url apiTokenName } }`);
    const out = await exportAs('secadmin', 'webhook-subscriptions');
    expect(out.status).toBe(200);
    expect(column(out.rows, '回调地址')).toEqual(webhookSubscriptions.map((s: { url: string }) => s.url));
    expect(column(out.rows, '事件')).toEqual(['转办单已派发']);
    expect(column(out.rows, '状态')).toEqual(['启用']);
    const [{ secret_enc: enc }] = await ownerQuery(`select secret_enc from webhook_subscription`);
    const text = JSON.stringify(out.rows);
    expect(text).not.toContain(webhookSecret);
    expect(text).not.toContain(String(enc));
    // The token filter of the list's query.
    expect((await exportAs('secadmin', 'webhook-subscriptions', { apiTokenId: randomUUID() })).rows.slice(1)).toEqual([]);
    expect((await lastLog('webhook.exported'))!.diff.detail).toMatchObject({ list: 'WEBHOOK_SUBSCRIPTIONS', rows: 0 });
    for (const who of ['sysadmin', 'town1', `bearer:${apiToken}`]) expect((await exportAs(who, 'webhook-subscriptions')).status, who).toBe(403);
  });
});

describe('管理员账号变更申请 and 督办看板 (延期申请, 督办事项, 先行救助)', () => {
  it('管理员账号变更申请: the pending requests as listed; refused without adminChange.review', async () => {
    const { adminChangeRequests } = await list('sysadmin', `{ adminChangeRequests(pending: true) { items { targetUsername kindName } } }`);
    const out = await exportAs('sysadmin', 'admin-change-requests', { pending: true });
    expect(out.status).toBe(200);
    expect(column(out.rows, '账号')).toEqual(
      adminChangeRequests.items.map((r: { targetUsername: string }) => `测试${r.targetUsername}（${r.targetUsername}）`),
    );
    expect(column(out.rows, '变更内容')).toEqual(['重置两步验证']);
    expect(column(out.rows, '状态')).toEqual(['待确认']);
    expect((await lastLog('admin_change.exported'))!.diff.detail).toMatchObject({ list: 'ADMIN_CHANGE_REQUESTS', filter: { pending: true }, rows: 1 });
    expect((await exportAs('town1', 'admin-change-requests')).status).toBe(403);
  });

  it('延期申请: the supervisor’s pending requests; refused without referral.supervise; formula text neutralised', async () => {
    const { pendingExtensions } = await list('joint', `{ pendingExtensions { receiptNo reason } }`);
    const out = await exportAs('joint', 'extension-requests');
    expect(out.status).toBe(200);
    expect(column(out.rows, '受理号')).toEqual(pendingExtensions.map((e: { receiptNo: string }) => e.receiptNo));
    expect(column(out.rows, '理由')).toEqual([neutralise('@SUM(A1:A2) 入户核查需时')]);
    expect(column(out.rows, '理由')[0]).not.toMatch(/^@/);
    expect((await lastLog('referral.extensions_exported'))!.diff.detail).toMatchObject({ list: 'EXTENSION_REQUESTS', rows: 1 });
    for (const who of ['town1', 'officer', 'secadmin']) expect((await exportAs(who, 'extension-requests')).status, who).toBe(403);
  });

  it('督办事项 and 先行救助: the board’s tables as listed; refused without application.read', async () => {
    const { supervisionBoard } = await list('town1', `{ supervisionBoard { items { receiptNo } advanceReliefs { reason } } }`);
    const items = await exportAs('town1', 'supervision-items');
    expect(items.status).toBe(200);
    expect(column(items.rows, '受理号')).toEqual(supervisionBoard.items.map((r: { receiptNo: string }) => r.receiptNo));
    expect(column(items.rows, '受理号')).toEqual(['SL-EXT-2']);
    expect(column(items.rows, '时限')).toEqual(['逾期未签收']);
    expect((await lastLog('referral.supervision_exported'))!.diff.detail).toMatchObject({ list: 'SUPERVISION_ITEMS', rows: 1 });
    const reliefs = await exportAs('town1', 'advance-reliefs', { open: true });
    expect(column(reliefs.rows, '理由')).toEqual(supervisionBoard.advanceReliefs.map((r: { reason: string }) => neutralise(r.reason)));
    expect(column(reliefs.rows, '理由')).toEqual([neutralise('=1+1 急需生活费')]);
    expect(column(reliefs.rows, '金额（元）')).toEqual(['500']);
    expect((await lastLog('advance_relief.exported'))!.diff.detail).toMatchObject({ list: 'ADVANCE_RELIEFS', rows: 1 });
    // Another town's window sees neither.
    expect((await exportAs('village2a', 'supervision-items')).rows.slice(1)).toEqual([]);
    expect((await exportAs('village2a', 'advance-reliefs')).rows.slice(1)).toEqual([]);
    for (const slug of ['supervision-items', 'advance-reliefs']) expect((await exportAs('sysadmin', slug)).status, slug).toBe(403);
  });

  it('the background export of an own list runs as its requester and is downloaded by them only', async () => {
    const start = await t.gql(
      `mutation($f: ExportFiltersInput) { startListExport(list: INBOX_NOTIFICATIONS, filters: $f) { id } }`,
      { f: { inboxNotifications: {} } },
      {
        cookie: cookies.town1,
      },
    );
    expect(start.errors).toBeUndefined();
    const id = start.data!.startListExport.id;
    await t.runJobs();
    const job = await list('town1', `query($id: ID!) { job(id: $id) { status downloadUrl } }`, { id });
    expect(job.job).toMatchObject({ status: 'DONE', downloadUrl: `/api/jobs/${id}/file` });
    const file = await t.app.inject({ method: 'GET', url: `/api/jobs/${id}/file`, headers: { cookie: cookies.town1 } });
    expect(file.statusCode).toBe(200);
    expect(column(await sheet(file.rawPayload), '标题')).toHaveLength(3);
    const other = await t.app.inject({ method: 'GET', url: `/api/jobs/${id}/file`, headers: { cookie: cookies.village1a } });
    expect(other.statusCode).toBe(404);
  });
});
