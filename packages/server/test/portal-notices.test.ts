import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';

/**
 * 通知公告 (modules/portal notice.service.ts, issue #15): the district publishes notices; the portal (no login) shows the
 * published ones, pinned first then the newest, never a draft, who wrote it or the version. Kept by the district only
 * (a town window is FORBIDDEN); bad input refused with the field named and nothing written; no ID or mobile numbers in
 * public text; optimistic locking; every change logged.
 */

let t: TestApp;
const as = async (u: string) => ({ cookie: await t.cookieFor(u) });

const LIST = `query($c: PortalNoticeCategory, $p: Int, $s: Int) { portalNotices(category: $c, page: $p, pageSize: $s) {
  total page pageSize items { id title body category categoryName pinned publishedAt } } }`;
const ONE = `query($id: ID!) { portalNotice(id: $id) { id title body category categoryName pinned publishedAt } }`;
const STAFF = `{ notices { id title category pinned published publishedAt createdAt updatedByName updatedAt version } }`;
const SAVE = `mutation($id: ID, $i: NoticeInput!, $v: Int!) { saveNotice(id: $id, input: $i, version: $v) {
  id title body category categoryName pinned published publishedAt updatedByName version } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteNotice(id: $id, version: $v) }`;

const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;
const noticeRows = async () =>
  ownerQuery<{ id: string; title: string; version: number; published: boolean }>(
    `select id, title, version, published from portal_notice order by created_at, id`,
  );
const auditTotal = async () => Number((await ownerQuery(`select count(*) as n from audit_log`))[0].n);
/** A fixed service clock (so publishedAt orders the notices). */
const setNow = (iso: string | null) => {
  t.runtime.clock = iso ? () => new Date(iso) : undefined;
};

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  await ownerQuery(`update app_user set must_change_password = false`);
});
afterEach(() => setNow(null));
afterAll(async () => t?.close());

describe('通知公告: kept by the district, published to everyone', () => {
  it('publishes, pins, drafts, changes and deletes; the portal shows published ones only, pinned first then newest; logged', async () => {
    const admin = await as('sysadmin');
    const save = async (i: Record<string, unknown>, id: string | null = null, v = 0) => {
      const r = await t.gql(SAVE, { id, i, v }, admin);
      expect(r.errors, JSON.stringify(i)).toBeUndefined();
      return r.data!.saveNotice as { id: string; version: number; publishedAt: string | null; [k: string]: unknown };
    };
    setNow('2026-12-01T02:00:00Z');
    const policy = await save({ title: ' 关于 2027 年城乡低保标准调整的通知 ', body: '第一段。\r\n第二段。', category: 'POLICY', published: true });
    expect(policy).toMatchObject({
      title: '关于 2027 年城乡低保标准调整的通知',
      body: '第一段。\n第二段。',
      category: 'POLICY',
      categoryName: '政策解读',
      pinned: false,
      published: true,
      publishedAt: '2026-12-01T02:00:00.000Z',
      version: 1,
      updatedByName: '测试sysadmin',
    });
    setNow('2026-12-02T02:00:00Z');
    const hotline = await save({ title: '社会救助服务热线和受理窗口时间', body: '热线 12349。', category: 'NOTICE', pinned: true, published: true });
    setNow('2026-12-03T02:00:00Z');
    const work = await save({ title: '冬季困难群众走访慰问', body: '走访慰问。', category: 'WORK', published: true });
    const draft = await save({ title: '草稿公告', body: '还在写', category: 'NOTICE' });
    expect(draft).toMatchObject({ published: false, publishedAt: null, pinned: false });

    // anonymous: published only, pinned first, then newest; total for paging; by category
    const pub = await t.gql(LIST);
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.portalNotices).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(pub.data!.portalNotices.items.map((n: { title: string }) => n.title)).toEqual([
      '社会救助服务热线和受理窗口时间',
      '冬季困难群众走访慰问',
      '关于 2027 年城乡低保标准调整的通知',
    ]);
    const page2 = (await t.gql(LIST, { p: 2, s: 2 })).data!.portalNotices;
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((n: { title: string }) => n.title)).toEqual(['关于 2027 年城乡低保标准调整的通知']);
    const policies = (await t.gql(LIST, { c: 'POLICY' })).data!.portalNotices;
    expect(policies.total).toBe(1);
    expect(policies.items[0]).toMatchObject({ id: policy.id, categoryName: '政策解读', body: '第一段。\n第二段。' });
    expect(code(await t.gql(LIST, { c: 'NOPE' }))).toBe('BAD_USER_INPUT');

    // detail: published only; a draft, an unknown and a malformed id are null
    expect((await t.gql(ONE, { id: hotline.id })).data!.portalNotice).toMatchObject({ title: '社会救助服务热线和受理窗口时间', pinned: true });
    for (const id of [draft.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const r = await t.gql(ONE, { id });
      expect(r.errors, id).toBeUndefined();
      expect(r.data!.portalNotice, id).toBeNull();
    }
    // an id with spaces or quotes never reaches the service (the input rules of every ID)
    expect(code(await t.gql(ONE, { id: "1' or '1'='1" }))).toBe('BAD_USER_INPUT');

    // staff: drafts too (first), with who changed it
    const staff = (await t.gql(STAFF, undefined, admin)).data!.notices as Array<{ title: string; updatedByName: string }>;
    expect(staff.map((n) => n.title)).toEqual(['草稿公告', '社会救助服务热线和受理窗口时间', '冬季困难群众走访慰问', '关于 2027 年城乡低保标准调整的通知']);
    expect(staff.every((n) => n.updatedByName === '测试sysadmin')).toBe(true);

    // publish the draft (publishedAt set now); take the work notice back to a draft and republish (the first date stays)
    setNow('2026-12-04T02:00:00Z');
    const published = await save({ title: '元旦假期窗口安排', body: '照常受理。', category: 'NOTICE', published: true }, draft.id, draft.version);
    expect(published).toMatchObject({ published: true, publishedAt: '2026-12-04T02:00:00.000Z', version: 2 });
    const unpublished = await save({ title: '冬季困难群众走访慰问', body: '走访慰问。', category: 'WORK', published: false }, work.id, work.version);
    expect((await t.gql(ONE, { id: work.id })).data!.portalNotice).toBeNull();
    setNow('2026-12-05T02:00:00Z');
    const again = await save({ title: '冬季困难群众走访慰问', body: '走访慰问。', category: 'WORK', published: true }, work.id, unpublished.version);
    expect(again.publishedAt).toBe('2026-12-03T02:00:00.000Z');
    expect((await t.gql(DELETE, { id: policy.id, v: policy.version }, admin)).data!.deleteNotice).toBe(true);
    expect((await t.gql(LIST)).data!.portalNotices.items.map((n: { title: string }) => n.title)).toEqual([
      '社会救助服务热线和受理窗口时间',
      '元旦假期窗口安排',
      '冬季困难群众走访慰问',
    ]);

    const audits = await ownerQuery<{ action: string; actor_name: string; diff: { changes: Record<string, { before?: unknown; after?: unknown }> } }>(
      `select action, actor_name, diff from audit_log where entity_type = 'portal_notice' order by pos`,
    );
    expect(audits.map((a) => a.action)).toEqual([
      'portal.notice_created',
      'portal.notice_created',
      'portal.notice_created',
      'portal.notice_created',
      'portal.notice_updated',
      'portal.notice_updated',
      'portal.notice_updated',
      'portal.notice_deleted',
    ]);
    expect(audits.every((a) => a.actor_name === '测试sysadmin')).toBe(true);
    expect(audits[4].diff.changes.title).toEqual({ before: '草稿公告', after: '元旦假期窗口安排' });
    expect(audits[4].diff.changes.published).toEqual({ before: false, after: true });
    expect(audits[7].diff.changes.title).toEqual({ before: '关于 2027 年城乡低保标准调整的通知' });
  });

  it('a town window, a village window, an officer and the public may not read the staff list or change notices', async () => {
    const before = await noticeRows();
    const auditsBefore = await auditTotal();
    const input = { title: '镇街能发吗？', body: '不能。', category: 'NOTICE', published: true };
    const town = await t.gql(SAVE, { id: null, i: input, v: 0 }, await as('town1'));
    expect(code(town)).toBe('FORBIDDEN');
    expect(town.errors![0].message).toBe('通知公告由区县统一维护，镇街和村社不能修改');
    expect(code(await t.gql(STAFF, undefined, await as('town1')))).toBe('FORBIDDEN');
    for (const u of ['village1a', 'officer']) expect(code(await t.gql(SAVE, { id: null, i: input, v: 0 }, await as(u))), u).toBe('FORBIDDEN');
    expect(code(await t.gql(SAVE, { id: null, i: input, v: 0 }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(STAFF))).toBe('UNAUTHENTICATED');
    const [first] = before;
    expect(code(await t.gql(DELETE, { id: first.id, v: first.version }, await as('town1')))).toBe('FORBIDDEN');
    expect(code(await t.gql(DELETE, { id: first.id, v: first.version }))).toBe('UNAUTHENTICATED');
    expect(await noticeRows()).toEqual(before);
    expect(await auditTotal()).toBe(auditsBefore);
  });

  it('refuses bad input and personal numbers with the field named, an unknown id and a stale version — nothing written', async () => {
    const admin = await as('sysadmin');
    const before = await noticeRows();
    const auditsBefore = await auditTotal();
    const ok = { title: '有标题', body: '有正文', category: 'NOTICE' };
    const bad: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ ...ok, title: '  ' }, 'title', /请填写标题/],
      [{ ...ok, title: '两行\n标题' }, 'title', /标题/], // the input rules: one line
      [{ ...ok, title: '标'.repeat(101) }, 'title', /100/],
      [{ ...ok, body: '' }, 'body', /请填写正文/],
      [{ ...ok, body: '文'.repeat(5001) }, 'body', /5000/],
      [{ ...ok, category: null }, 'category', /类别/],
      [{ ...ok, title: '张三 110101199003071234 的情况说明' }, 'title', /身份证号/],
      [{ ...ok, body: '联系人王五，身份证号 11010119900307123X。' }, 'body', /身份证号/],
      [{ ...ok, body: '有事请打 13912345678 找李主任' }, 'body', /手机号码/],
      [{ ...ok, title: '咨询电话13812345678' }, 'title', /手机号码/],
    ];
    for (const [i, field, message] of bad) {
      const r = await t.gql(SAVE, { id: null, i, v: 0 }, admin);
      expect(code(r), JSON.stringify(i).slice(0, 80)).toBe('BAD_USER_INPUT');
      expect((r.errors![0].extensions as { field?: string }).field, JSON.stringify(i).slice(0, 80)).toBe(field);
      expect(r.errors![0].message).toMatch(message);
      expect(r.errors![0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // an unknown category is refused by the schema (enum)
    expect(code(await t.gql(SAVE, { id: null, i: { ...ok, category: 'NEWS' }, v: 0 }, admin))).toBe('BAD_USER_INPUT');
    // a public number (hotline, office phone) and dates are fine — checked without writing: a stale version
    const [first] = before;
    const stale = await t.gql(SAVE, { id: first.id, i: { ...ok, body: '热线 12349，电话 023-61000121，2027年1月1日起' }, v: first.version - 1 }, admin);
    expect(code(stale)).toBe('CONFLICT');
    expect(code(await t.gql(DELETE, { id: first.id, v: first.version + 1 }, admin))).toBe('CONFLICT');
    expect(code(await t.gql(SAVE, { id: '00000000-0000-4000-8000-000000000000', i: ok, v: 1 }, admin))).toBe('NOT_FOUND');
    expect(code(await t.gql(DELETE, { id: 'not-a-uuid', v: 1 }, admin))).toBe('NOT_FOUND');
    expect(code(await t.gql(SAVE, { id: null, i: ok, v: 3 }, admin))).toBe('BAD_USER_INPUT');
    expect(await noticeRows()).toEqual(before);
    expect(await auditTotal()).toBe(auditsBefore);
  });

  it('the public answers carry no editor, version or draft state', async () => {
    const texts = JSON.stringify([(await t.gql(LIST)).data]);
    expect(texts).not.toContain('测试sysadmin');
    for (const q of [`{ portalNotices { items { updatedByName } } }`, `{ portalNotices { items { version } } }`, `{ portalNotices { items { published } } }`])
      expect(code(await t.gql(q))).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
