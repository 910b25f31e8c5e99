import http from 'node:http';
import type { AddressInfo } from 'node:net';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhook, XiejiuClient, XiejiuError } from '../examples/api-client';
import { checkCallbackUrl, hmacSm3Hex, isPrivateAddress } from '../src/modules/integration/signature';
import { loadConfig } from '../src/config';
import { emitFindingEvents } from '../src/modules/integration/events';
import { pruneIntegration } from '../src/modules/integration/prune';
import { sqlRows } from '../src/shared/sql';
import { postWebhook } from '../src/modules/integration/webhook-delivery';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { multipart } from './file-helpers';
import { household, makeId, member } from './ledger-fixture';

/**
 * Issue #16 item 4 — the integrator API (modules/integration, ADR 0032, docs/api.md): the change feed with cursors and
 * the department rule, webhooks signed with HMAC-SM3 and retried through the delivery queue, per-token rate limits,
 * and the example client of docs/api.md run against a real listening server.
 */

let t: TestApp;
let baseUrl: string;
let depts: Record<string, string>;
let hh: string;
let headId: string;
let headIdNumber: string;
const tokens: Record<string, string> = {};
const tokenIds: Record<string, string> = {};

const WEBHOOKS = { allowPrivateUrls: true, maxAttempts: 3, retryBaseSeconds: 0, timeoutMs: 3000, feedRetentionDays: 365, deliveryRetentionDays: 90 };
const in30days = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

async function token(name: string, scopes: string[], department: string | null): Promise<void> {
  const res = await t.gql(
    `mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }`,
    { i: { name, areaCode: AREAS.district, departmentId: department ? depts[department] : null, scopes, expiresAt: in30days() } },
    { cookie: await t.cookieFor('secadmin') },
  );
  expect(res.errors).toBeUndefined();
  tokens[name] = res.data!.createApiToken.token;
  tokenIds[name] = res.data!.createApiToken.apiToken.id;
}

const EVENTS = `query($after: String, $limit: Int, $types: [IntegrationEventType!]) {
  events(after: $after, limit: $limit, types: $types) {
    items { cursor id type typeName entity entityId areaCode departmentIds payload { referralId receiptNo programCode departmentId applicantNameMasked nameMasked fromStatus toStatus status monthlyAmountFen } }
    nextCursor hasMore } }`;

async function feed(auth: { bearer?: string; cookie?: string }, after: string | null = null, limit = 500) {
  const res = await t.gql(EVENTS, { after, limit }, auth);
  expect(res.errors).toBeUndefined();
  return res.data!.events as { items: Array<Record<string, any>>; nextCursor: string; hasMore: boolean };
}

/** A local receiver on 127.0.0.1: answers with the next status of `plan` (then 200), records every call. */
function receiver(plan: number[] = []) {
  const calls: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      calls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = plan.shift() ?? 200;
      res.end('ok');
    });
  });
  return {
    calls,
    plan,
    server,
    async start(): Promise<string> {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open({ webhooks: WEBHOOKS });
  await seedFixture(t);
  depts = Object.fromEntries((await ownerQuery<{ id: string; code: string }>(`select id, code from department`)).map((d) => [d.code, d.id]));
  const head = member('钱一鸣', '19700101', 'HEAD');
  headIdNumber = head.idNumber;
  hh = await household(t, AREAS.village1a, [head, member('钱二', '19720101', 'SPOUSE', 'F')]);
  [{ id: headId }] = await ownerQuery<{ id: string }>(
    `select p.id from person p join membership m on m.person_id = p.id where m.household_id = $1 and p.name = '钱一鸣'`,
    [hh],
  );
  await token('民政系统', ['REFERRAL_HANDLE', 'BENEFIT_MANAGE', 'EVENTS_READ', 'IDENTITY_MATCH'], 'MINZHENG');
  await token('人社系统', ['REFERRAL_HANDLE', 'EVENTS_READ'], 'RENSHE');
  await token('无事件权限', ['REFERRAL_HANDLE'], 'MINZHENG');
  await token('只有事件权限', ['EVENTS_READ'], 'MINZHENG');
  const reg = await t.gql(
    `mutation($i: ApplicationInput!) { registerApplication(input: $i) { id } }`,
    {
      i: {
        householdId: hh,
        applicantPersonId: headId,
        programs: [{ programCode: 'DIBAO' }, { programCode: 'EMPLOY', personId: headId }],
        authorizationSigned: true,
        materials: [{ name: '居民身份证', provided: true }],
      },
    },
    { cookie: await t.cookieFor('town1') },
  );
  expect(reg.errors).toBeUndefined();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t?.close());

describe('the change feed', () => {
  it('shows a referral created to its department only, masked, and to staff of the area', async () => {
    const mz = await feed({ bearer: tokens.民政系统 });
    expect(mz.items.map((e) => [e.type, e.payload.programCode])).toEqual([['REFERRAL_CREATED', 'DIBAO']]);
    const [created] = mz.items;
    expect(created).toMatchObject({ entity: 'referral', areaCode: AREAS.village1a, departmentIds: [depts.MINZHENG], typeName: '转办单已派发' });
    expect(created.payload).toMatchObject({ receiptNo: expect.any(String), applicantNameMasked: '钱*鸣', toStatus: 'PENDING_SIGN' });
    // No personal data in the feed: neither the ID number nor the full name appears anywhere in the stored rows.
    const raw = JSON.stringify(await ownerQuery(`select * from integration_event`));
    expect(raw).not.toContain(headIdNumber);
    expect(raw).not.toContain('钱一鸣');

    const rs = await feed({ bearer: tokens.人社系统 });
    expect(rs.items.map((e) => [e.type, e.payload.programCode])).toEqual([['REFERRAL_CREATED', 'EMPLOY']]);
    // Staff read the referrals of their area (like the referral list); another town's window sees nothing.
    expect((await feed({ cookie: await t.cookieFor('town1') })).items).toHaveLength(2);
    expect((await feed({ cookie: await t.cookieFor('officer') })).items).toHaveLength(2);
    expect((await feed({ cookie: await t.cookieFor('village2a') })).items).toHaveLength(0);
  });

  it('refuses a token without EVENTS_READ and a user without the permission; shows nothing a token may not read otherwise', async () => {
    expect(code(await t.gql(EVENTS, {}, { bearer: tokens.无事件权限 }))).toBe('FORBIDDEN');
    expect(code(await t.gql(EVENTS, {}, { cookie: await t.cookieFor('secadmin') }))).toBe('FORBIDDEN');
    expect(code(await t.gql(EVENTS, {}))).toBe('UNAUTHENTICATED');
    // EVENTS_READ alone: the feed is about objects the token's other scopes may read — here none.
    expect((await feed({ bearer: tokens.只有事件权限 })).items).toEqual([]);
    const bad = await t.gql(EVENTS, { after: 'abc' }, { bearer: tokens.民政系统 });
    expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(code(await t.gql(EVENTS, { limit: 501 }, { bearer: tokens.民政系统 }))).toBe('BAD_USER_INPUT');
  });

  it('the example client signs and decides its referral; the events follow with a cursor; another department cannot touch it', async () => {
    const mz = new XiejiuClient(baseUrl, tokens.民政系统);
    const rs = new XiejiuClient(baseUrl, tokens.人社系统);
    const start = (await mz.events(null)).nextCursor;
    const rsStart = (await rs.events(null)).nextCursor;
    const mine = await mz.referrals();
    expect(mine.items.map((r) => r.programCode)).toEqual(['DIBAO']);
    const dibao = mine.items[0];
    // 人社's system can neither see nor sign nor decide 民政's referral.
    expect((await rs.referrals()).items.map((r) => r.programCode)).toEqual(['EMPLOY']);
    expect(await rs.sign([{ id: dibao.id, version: dibao.version }])).toEqual([expect.objectContaining({ id: dibao.id, ok: false })]);
    const foreign = await rs.decide({ id: dibao.id, version: dibao.version }, { approve: false, reason: '家庭人均收入高于标准' }).catch((e: unknown) => e);
    expect(foreign).toBeInstanceOf(XiejiuError);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain((foreign as XiejiuError).code);
    expect((await ownerQuery(`select status from referral where id = $1`, [dibao.id]))[0].status).toBe('PENDING_SIGN');

    expect(await mz.sign([{ id: dibao.id, version: dibao.version }])).toEqual([expect.objectContaining({ ok: true })]);
    const signed = (await mz.referrals()).items[0];
    const decided = await mz.decide({ id: signed.id, version: signed.version }, { approve: false, reason: '家庭人均收入高于低保标准' });
    expect(decided).toMatchObject({ status: 'DONE', outcome: 'REFUSED' });
    // The decision is in the operation log under the token, like a console user's.
    expect((await ownerQuery(`select actor_name from audit_log where action = 'referral.refused'`))[0].actor_name).toMatch(/^接口令牌:民政系统/);

    const after = await mz.allEventsAfter(start);
    expect(after.events.map((e) => [e.type, e.payload.fromStatus, e.payload.toStatus])).toEqual([
      ['REFERRAL_SIGNED', 'PENDING_SIGN', 'PROCESSING'],
      ['REFERRAL_REFUSED', 'PROCESSING', 'DONE'],
    ]);
    // 人社 sees none of it; nothing new → the cursor stays.
    expect((await rs.events(rsStart)).items).toEqual([]);
    const again = await mz.events(after.cursor);
    expect(again).toMatchObject({ items: [], nextCursor: after.cursor, hasMore: false });
  });

  it('pages with the cursor: limit 1 walks every event once, in order', async () => {
    const all = await feed({ cookie: await t.cookieFor('town1') });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page = await feed({ cookie: await t.cookieFor('town1') }, after, 1);
      seen.push(...page.items.map((e) => e.id));
      after = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(all.items.map((e) => e.id));
    expect(new Set(all.items.map((e) => Number(e.cursor))).size).toBe(all.items.length);
    const cursors = all.items.map((e) => Number(e.cursor));
    expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);
  });

  it('a benefit recorded and changed by the department becomes an event for that department only', async () => {
    const before = (await feed({ bearer: tokens.民政系统 })).nextCursor;
    const rec = await t.gql(
      `mutation($i: BenefitInput!) { recordBenefit(input: $i) }`,
      { i: { householdId: hh, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: 60000, source: 'DECISION' } },
      { bearer: tokens.民政系统 },
    );
    expect(rec.errors).toBeUndefined();
    const [b] = await ownerQuery<{ version: number }>(`select version from benefit where id = $1`, [rec.data!.recordBenefit]);
    const change = await t.gql(
      `mutation($id: ID!, $v: Int!) { changeBenefitStatus(id: $id, status: "SUSPENDED", version: $v) }`,
      { id: rec.data!.recordBenefit, v: b.version },
      { bearer: tokens.民政系统 },
    );
    expect(change.errors).toBeUndefined();
    const mz = await feed({ bearer: tokens.民政系统 }, before);
    expect(mz.items.map((e) => [e.type, e.payload.status, e.payload.fromStatus ?? null])).toEqual([
      ['BENEFIT_RECORDED', 'ACTIVE', null],
      ['BENEFIT_STATUS_CHANGED', 'SUSPENDED', 'ACTIVE'],
    ]);
    expect(mz.items[0].payload).toMatchObject({ monthlyAmountFen: 60000, nameMasked: '钱*鸣' });
    expect((await feed({ bearer: tokens.人社系统 }, before)).items).toEqual([]);
    // A rolled-back change leaves no event: a refused benefit (other department's program) writes nothing.
    const refused = await t.gql(
      `mutation($i: BenefitInput!) { recordBenefit(input: $i) }`,
      { i: { householdId: hh, programCode: 'EMPLOY', status: 'ACTIVE', monthlyAmountFen: 0, source: 'DECISION' } },
      { bearer: tokens.民政系统 },
    );
    expect(code(refused)).toBe('FORBIDDEN');
    expect((await feed({ cookie: await t.cookieFor('town1') }, before)).items).toHaveLength(2);
  });

  it('a roster import writes one summary event per village and department, set-based', async () => {
    const before = (await feed({ bearer: tokens.民政系统 })).nextCursor;
    const [a, b, c] = [makeId('19600101'), makeId('19620101', 'F'), makeId('19480101')];
    const rows = [
      '姓名,身份证号,救助项目编码,月救助金额(元),开始日期,结束日期,区划代码,户主身份证号,与户主关系,联系电话,备注',
      `孙名册,${a},DIBAO,600,2026-01-01,,${AREAS.village1a},${a},户主,,`,
      `周名册,${b},DIBAO,600,2026-01-01,,${AREAS.village1a},${a},配偶,,`,
      `吴特困,${c},TEKUN,900,2026-01-01,,${AREAS.village2a},${c},本人,,`,
    ];
    const body = multipart('名册.csv', Buffer.from(`${rows.join('\r\n')}\r\n`));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports/roster',
      headers: { cookie: await t.cookieFor('officer'), 'content-type': body.contentType, 'x-xiejiu-csrf': '1' },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    await t.runJobs({ only: ['roster-import'] });
    const mz = await feed({ bearer: tokens.民政系统 }, before, 500);
    const imported = mz.items.filter((e) => e.type === 'BENEFIT_IMPORTED');
    expect(imported.map((e) => [e.areaCode, e.departmentIds])).toEqual(
      expect.arrayContaining([
        [AREAS.village1a, [depts.MINZHENG]],
        [AREAS.village2a, [depts.MINZHENG]],
      ]),
    );
    expect(imported).toHaveLength(2);
    expect((await feed({ bearer: tokens.人社系统 }, before)).items.filter((e) => e.type === 'BENEFIT_IMPORTED')).toEqual([]);
    // A town window sees its own town's villages only.
    const town = (await feed({ cookie: await t.cookieFor('town1') }, before)).items.filter((e) => e.type === 'BENEFIT_IMPORTED');
    expect(town.map((e) => e.areaCode)).toEqual([AREAS.village1a]);
  });

  it('new findings become one count per village and department: the department (officer, BENEFIT_MANAGE token) its own only', async () => {
    const before = (await feed({ cookie: await t.cookieFor('town1') })).nextCursor;
    const runId = crypto.randomUUID();
    const finding = (dept: string, area: string, n: number) =>
      ownerQuery(
        `insert into finding (id, rule_no, rule_code, rule_version, severity, subject_key, department_id, area_code, fingerprint, summary, evidence, run_id, due_date, created_at, updated_at)
         values (gen_random_uuid(), 3, 'VEHICLE', 1, 'HIGH', $1, $2, $3, 'f', '疑点', '{}'::jsonb, $4, current_date + 14, now(), now())`,
        [`test:${dept}:${area}:${n}`, depts[dept], area, runId],
      );
    await finding('MINZHENG', AREAS.village1a, 1);
    await finding('MINZHENG', AREAS.village1a, 2);
    await finding('RENSHE', AREAS.village1a, 1);
    await finding('MINZHENG', AREAS.village2a, 1);
    const sys = t.system('crosscheck');
    await sys.tx((em) => emitFindingEvents(sys, em, runId));
    const opened = (items: Array<Record<string, any>>) =>
      items.filter((e) => e.type === 'FINDING_OPENED').map((e) => [e.areaCode, e.departmentIds[0] === depts.MINZHENG ? '民政' : '人社']);
    // 民政's system (BENEFIT_MANAGE) and 民政's officer: their department's, in both towns; counts only.
    expect(opened((await feed({ bearer: tokens.民政系统 }, before)).items).sort()).toEqual([
      [AREAS.village1a, '民政'],
      [AREAS.village2a, '民政'],
    ]);
    expect(opened((await feed({ cookie: await t.cookieFor('officer') }, before)).items).sort()).toEqual([
      [AREAS.village1a, '民政'],
      [AREAS.village2a, '民政'],
    ]);
    // 人社's token has no BENEFIT_MANAGE: no finding events. Town 1's window: every department's, its own town only.
    expect(opened((await feed({ bearer: tokens.人社系统 }, before)).items)).toEqual([]);
    expect(opened((await feed({ cookie: await t.cookieFor('town1') }, before)).items).sort()).toEqual([
      [AREAS.village1a, '人社'],
      [AREAS.village1a, '民政'],
    ]);
    const [mz] = (
      await t.gql(
        `query($a: String) { events(after: $a, types: [FINDING_OPENED]) { items { payload { count ruleNos } } } }`,
        { a: before },
        { bearer: tokens.民政系统 },
      )
    ).data!.events.items;
    expect(mz.payload).toEqual({ count: 2, ruleNos: [3] });
  });

  it('identity match for 医保 / 人社 systems through the example client', async () => {
    const mz = new XiejiuClient(baseUrl, tokens.民政系统);
    const [hit, miss] = await mz.matchIdentities([headIdNumber, '110101198001011234']);
    expect(hit).toMatchObject({ valid: true, found: true, nameMasked: expect.stringMatching(/^钱/) });
    expect(miss).toMatchObject({ found: false });
  });
});

/** GB/T 32905 SM3 in plain TypeScript — independent of OpenSSL — and HMAC (RFC 2104) over it. */
function sm3(msg: Buffer): Buffer {
  const rotl = (x: number, n: number) => ((x << (n % 32)) | (x >>> (32 - (n % 32)))) >>> 0;
  const P0 = (x: number) => (x ^ rotl(x, 9) ^ rotl(x, 17)) >>> 0;
  const P1 = (x: number) => (x ^ rotl(x, 15) ^ rotl(x, 23)) >>> 0;
  const len = msg.length;
  const padded = Buffer.alloc(Math.ceil((len + 9) / 64) * 64);
  msg.copy(padded);
  padded[len] = 0x80;
  padded.writeUInt32BE(Math.floor((len * 8) / 2 ** 32), padded.length - 8);
  padded.writeUInt32BE((len * 8) >>> 0, padded.length - 4);
  const V = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];
  for (let off = 0; off < padded.length; off += 64) {
    const W: number[] = [];
    for (let j = 0; j < 16; j++) W[j] = padded.readUInt32BE(off + j * 4);
    for (let j = 16; j < 68; j++) W[j] = (P1(W[j - 16] ^ W[j - 9] ^ rotl(W[j - 3], 15)) ^ rotl(W[j - 13], 7) ^ W[j - 6]) >>> 0;
    let [A, B, C, D, E, F, G, H] = V;
    for (let j = 0; j < 64; j++) {
      const T = j < 16 ? 0x79cc4519 : 0x7a879d8a;
      const SS1 = rotl((rotl(A, 12) + E + rotl(T, j)) >>> 0, 7);
      const SS2 = (SS1 ^ rotl(A, 12)) >>> 0;
      const FF = j < 16 ? A ^ B ^ C : (A & B) | (A & C) | (B & C);
      const GG = j < 16 ? E ^ F ^ G : (E & F) | (~E & G);
      const TT1 = (FF + D + SS2 + ((W[j] ^ W[j + 4]) >>> 0)) >>> 0;
      const TT2 = (GG + H + SS1 + W[j]) >>> 0;
      D = C;
      C = rotl(B, 9);
      B = A;
      A = TT1;
      H = G;
      G = rotl(F, 19);
      F = E;
      E = P0(TT2);
    }
    [A, B, C, D, E, F, G, H].forEach((x, i) => {
      V[i] = (V[i] ^ x) >>> 0;
    });
  }
  const out = Buffer.alloc(32);
  for (let i = 0; i < 8; i++) out.writeUInt32BE(V[i], i * 4);
  return out;
}
function hmacSm3Independent(key: Buffer, data: Buffer): string {
  const k = Buffer.alloc(64);
  (key.length > 64 ? sm3(key) : key).copy(k);
  const ipad = Buffer.from(k.map((b) => b ^ 0x36));
  const opad = Buffer.from(k.map((b) => b ^ 0x5c));
  return sm3(Buffer.concat([opad, sm3(Buffer.concat([ipad, data]))])).toString('hex');
}

describe('webhooks', () => {
  it('HMAC-SM3 matches the GM/T 0042-2015 appendix D.3 vector and an independent implementation', () => {
    expect(sm3(Buffer.from('abc')).toString('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    const key = Buffer.from('0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20', 'hex');
    const msg = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopqabcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    expect(hmacSm3Hex(key, msg)).toBe('ca05e144ed05d1857840d1f318a4a8669e559fc8391f414485bfdf7bb408963a');
    expect(hmacSm3Independent(key, Buffer.from(msg))).toBe('ca05e144ed05d1857840d1f318a4a8669e559fc8391f414485bfdf7bb408963a');
    const long = crypto.randomBytes(100); // a key longer than the block is hashed first
    expect(hmacSm3Hex(long, 'x')).toBe(hmacSm3Independent(long, Buffer.from('x')));
  });

  it('refuses callback URLs that are not http(s) or point inside (SSRF), unless the setting allows private addresses', async () => {
    for (const url of [
      'http://localhost/x',
      'http://127.0.0.1:8080/x',
      'http://10.1.2.3/x',
      'http://169.254.169.254/latest',
      'http://[::1]/x',
      'http://192.168.1.1/',
    ]) {
      expect(() => checkCallbackUrl(url, false), url).toThrow(/本机或内部网络/);
      expect(() => checkCallbackUrl(url, true), url).not.toThrow();
    }
    expect(() => checkCallbackUrl('ftp://example.com/x', true)).toThrow(/http 或 https/);
    expect(() => checkCallbackUrl('https://u:p@example.com/x', true)).toThrow(/用户名和密码/);
    expect(checkCallbackUrl('https://api.example.com/hook', false).href).toBe('https://api.example.com/hook');
    expect(isPrivateAddress('::ffff:10.0.0.1')).toBe(true);
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    // …and on every connection: a name that resolves to a loopback address (DNS rebinding) is refused before connecting.
    const inside = receiver();
    const url = (await inside.start()).replace('127.0.0.1', 'localhost');
    await expect(postWebhook(url, {}, '{}', { ...WEBHOOKS, allowPrivateUrls: false })).rejects.toThrow(/private address/);
    expect(inside.calls).toHaveLength(0);
    expect(await postWebhook(url, {}, '{}', WEBHOOKS)).toBe(200);
    await inside.close();
    // The production default refuses them at registration too.
    expect(loadConfig({ NODE_ENV: 'production' }).webhooks.allowPrivateUrls).toBe(false);
    const cookie = await t.cookieFor('secadmin');
    const CREATE = `mutation($i: WebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret } }`;
    const ftp = await t.gql(CREATE, { i: { apiTokenId: tokenIds.民政系统, url: 'ftp://example.com/x', eventTypes: [] } }, { cookie });
    expect(ftp.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'url' } });
    // Only for a token with EVENTS_READ; only the security administrator (apiToken.manage).
    const noScope = await t.gql(CREATE, { i: { apiTokenId: tokenIds.无事件权限, url: 'https://example.com/x', eventTypes: [] } }, { cookie });
    expect(noScope.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'apiTokenId' } });
    const byToken = await t.gql(CREATE, { i: { apiTokenId: tokenIds.民政系统, url: 'https://example.com/x', eventTypes: [] } }, { bearer: tokens.民政系统 });
    expect(code(byToken)).toBe('FORBIDDEN');
    expect(
      code(
        await t.gql(CREATE, { i: { apiTokenId: tokenIds.民政系统, url: 'https://example.com/x', eventTypes: [] } }, { cookie: await t.cookieFor('sysadmin') }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('delivers a signed event that the receiver verifies; 500 twice then 200 → delivered on the third try, exactly once', async () => {
    const mzHook = receiver([500, 500]);
    const rsHook = receiver();
    const cookie = await t.cookieFor('secadmin');
    const CREATE = `mutation($i: WebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { secret subscription { id version active eventTypes } } }`;
    const mz = await t.gql(CREATE, { i: { apiTokenId: tokenIds.民政系统, url: await mzHook.start(), eventTypes: ['BENEFIT_RECORDED'] } }, { cookie });
    expect(mz.errors).toBeUndefined();
    const secret: string = mz.data!.createWebhookSubscription.secret;
    expect(secret).toMatch(/^whsec_/);
    const rs = await t.gql(CREATE, { i: { apiTokenId: tokenIds.人社系统, url: await rsHook.start(), eventTypes: [] } }, { cookie });
    expect(rs.errors).toBeUndefined();
    // The secret is stored sealed, never in plain text, and not in the operation log.
    const [row] = await ownerQuery(`select secret_enc from webhook_subscription where id = $1`, [mz.data!.createWebhookSubscription.subscription.id]);
    expect(row.secret_enc).not.toContain(secret);
    expect(JSON.stringify(await ownerQuery(`select diff from audit_log where action = 'webhook.created'`))).not.toContain(secret);

    const rec = await t.gql(
      `mutation($i: BenefitInput!) { recordBenefit(input: $i) }`,
      { i: { householdId: hh, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: 50000, source: 'DECISION' } },
      { bearer: tokens.民政系统 },
    );
    expect(rec.errors).toBeUndefined();
    await t.runJobs();
    expect(mzHook.calls).toHaveLength(3);
    const ids = new Set(mzHook.calls.map((c) => c.headers['x-xiejiu-delivery']));
    expect(ids.size).toBe(1);
    for (const c of mzHook.calls) {
      expect(c.headers['x-xiejiu-event']).toBe('BENEFIT_RECORDED');
      const ts = String(c.headers['x-xiejiu-timestamp']);
      // Verified independently (plain-TypeScript SM3) and with the example receiver code of docs/api.md.
      expect(c.headers['x-xiejiu-signature']).toBe(`hmac-sm3=${hmacSm3Independent(Buffer.from(secret), Buffer.from(`${ts}.${c.body}`))}`);
      expect(verifyWebhook(secret, c.headers, c.body)).toBe(true);
      expect(verifyWebhook(secret, c.headers, c.body.replace('50000', '90000'))).toBe(false);
      expect(verifyWebhook('whsec_wrong', c.headers, c.body)).toBe(false);
    }
    const body = JSON.parse(mzHook.calls[2].body);
    expect(body).toMatchObject({
      deliveryId: [...ids][0],
      event: { type: 'BENEFIT_RECORDED', entity: 'benefit', departmentIds: [depts.MINZHENG], payload: { programCode: 'DIBAO', monthlyAmountFen: 50000 } },
    });
    const [d] = await ownerQuery(`select status, attempts, last_status from webhook_delivery where id = $1`, [[...ids][0]]);
    expect(d).toMatchObject({ status: 'DELIVERED', attempts: 3, last_status: 200 });
    // 人社's subscription gets nothing of 民政's benefit.
    expect(rsHook.calls).toHaveLength(0);
    // Once: later runs send nothing more.
    await t.makeJobsDue();
    await ownerQuery(`select graphile_worker.add_job('webhook-deliver', '{}'::json, job_key => 'wake:webhook-deliver')`);
    await t.runJobs();
    expect(mzHook.calls).toHaveLength(3);
    const list = await t.gql(`{ webhookSubscriptions { id url delivered pending failed active } }`, {}, { cookie });
    expect(list.data!.webhookSubscriptions.find((s: { id: string }) => s.id === mz.data!.createWebhookSubscription.subscription.id)).toMatchObject({
      delivered: 1,
      pending: 0,
      failed: 0,
      active: true,
    });
    const off = await t.gql(
      `mutation($id: ID!, $v: Int!) { disableWebhookSubscription(id: $id, version: $v) { active } }`,
      { id: mz.data!.createWebhookSubscription.subscription.id, v: mz.data!.createWebhookSubscription.subscription.version },
      { cookie },
    );
    expect(off.data!.disableWebhookSubscription.active).toBe(false);
    await mzHook.close();
    await rsHook.close();
  });

  it('gives up after the last attempt and records the failure in the operation log', async () => {
    const hook = receiver([500, 503, 500, 500]);
    const cookie = await t.cookieFor('secadmin');
    const res = await t.gql(
      `mutation($i: WebhookSubscriptionInput!) { createWebhookSubscription(input: $i) { subscription { id } } }`,
      { i: { apiTokenId: tokenIds.民政系统, url: await hook.start(), eventTypes: [] } },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    const rec = await t.gql(
      `mutation($i: BenefitInput!) { recordBenefit(input: $i) }`,
      { i: { householdId: hh, programCode: 'DIBAO', status: 'ACTIVE', monthlyAmountFen: 30000, source: 'DECISION' } },
      { bearer: tokens.民政系统 },
    );
    expect(rec.errors).toBeUndefined();
    await t.runJobs();
    expect(hook.calls).toHaveLength(WEBHOOKS.maxAttempts);
    const [d] = await ownerQuery(`select status, attempts, last_error from webhook_delivery where subscription_id = $1`, [
      res.data!.createWebhookSubscription.subscription.id,
    ]);
    expect(d).toMatchObject({ status: 'FAILED', attempts: 3, last_error: 'HTTP 500' });
    const log = await ownerQuery(`select diff from audit_log where action = 'webhook.delivery_failed'`);
    expect(log).toHaveLength(1);
    await hook.close();
  });
});

describe('a token’s own callbacks', () => {
  it('myWebhookSubscriptions: a token sees its own subscriptions and their counts, never another token’s; a staff session none', async () => {
    const MY = `{ myWebhookSubscriptions { id apiTokenId url active delivered pending failed lastError } }`;
    const ids = async (token: string) =>
      (await ownerQuery<{ id: string }>(`select id from webhook_subscription where api_token_id = $1 order by id`, [token])).map((r) => r.id);
    for (const name of ['民政系统', '人社系统']) {
      const res = await t.gql(MY, {}, { bearer: tokens[name] });
      expect(res.errors).toBeUndefined();
      const mine = res.data!.myWebhookSubscriptions as Array<{ id: string; apiTokenId: string; delivered: number }>;
      expect(mine.map((s) => s.id).sort()).toEqual(await ids(tokenIds[name]));
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((s) => s.apiTokenId === tokenIds[name])).toBe(true);
    }
    // The example client (docs/api.md) reads the same list.
    const viaClient = await new XiejiuClient(baseUrl, tokens.人社系统).myWebhooks();
    expect(viaClient.map((s) => s.id).sort()).toEqual(await ids(tokenIds.人社系统));
    // The 民政 subscription delivered its event (the test above); the counts are the same as the admin's list.
    const admin = await t.gql(
      `query($id: ID) { webhookSubscriptions(apiTokenId: $id) { id delivered failed } }`,
      { id: tokenIds.民政系统 },
      { cookie: await t.cookieFor('secadmin') },
    );
    const own = await t.gql(`{ myWebhookSubscriptions { id delivered failed } }`, {}, { bearer: tokens.民政系统 });
    expect(own.data!.myWebhookSubscriptions).toEqual(admin.data!.webhookSubscriptions);
    // A staff session with event.read gets an empty list (the 接口令牌 page is where staff see them).
    const staff = await t.gql(MY, {}, { cookie: await t.cookieFor('officer') });
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.myWebhookSubscriptions).toEqual([]);
  });
});

describe('rate limits per token', () => {
  it('a token over its limit gets RATE_LIMITED; another token is not affected', async () => {
    const limited = await TestApp.open({ webhooks: WEBHOOKS, rateLimit: { ...t.runtime.config.rateLimit, enabled: true, token: 3 } });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.gql(EVENTS, {}, { bearer: tokens.民政系统 })).status).toBe(200);
      const over = await limited.gql(EVENTS, {}, { bearer: tokens.民政系统 });
      expect(over.status).toBe(429);
      expect(over.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' }, message: '请求过于频繁，请稍后再试' });
      expect(over.headers['retry-after']).toBeDefined();
      expect((await limited.gql(EVENTS, {}, { bearer: tokens.人社系统 })).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('retention (integration-prune)', () => {
  it('removes old events once every active subscription queued them, and old finished deliveries; keeps the rest; logged', async () => {
    await ownerQuery(`update webhook_subscription set active = false`);
    const event = async (daysAgo: number) =>
      (
        await ownerQuery<{ seq: string }>(
          `insert into integration_event (type, entity, area_code, occurred_at) values ('benefit.recorded', 'benefit', $1, now() - make_interval(days => $2)) returning seq`,
          [AREAS.village1a, daysAgo],
        )
      )[0].seq;
    const [e1, e2, e3, e4] = [await event(400), await event(399), await event(398), await event(3)];
    const [tokenRow] = await ownerQuery<{ id: string }>(`select id from api_token order by created_at limit 1`);
    const sub = crypto.randomUUID();
    await ownerQuery(
      `insert into webhook_subscription (id, api_token_id, url, secret_enc, active, dispatched_seq, created_by_name) values ($1, $2, 'http://127.0.0.1:9/hook', 'x', true, $3, '测试')`,
      [sub, tokenRow.id, e1],
    );
    const delivery = async (seq: string, status: string, daysAgo: number) => {
      const id = crypto.randomUUID();
      await ownerQuery(
        `insert into webhook_delivery (id, subscription_id, event_seq, event_type, body, status, created_at) values ($1, $2, $3, 'benefit.recorded', '{}', $4, now() - make_interval(days => $5))`,
        [id, sub, seq, status, daysAgo],
      );
      return id;
    };
    const gone = [await delivery(e1, 'DELIVERED', 100), await delivery(e2, 'FAILED', 95)];
    const d3 = await delivery(e3, 'PENDING', 100);
    const d4 = await delivery(e4, 'DELIVERED', 10);
    const seqs = async () =>
      (await ownerQuery<{ seq: string }>(`select seq from integration_event where seq = any($1::bigint[])`, [[e1, e2, e3, e4]])).map((r) => r.seq);
    const deliveries = async () =>
      (await ownerQuery<{ id: string }>(`select id from webhook_delivery where subscription_id = $1 order by created_at`, [sub])).map((r) => r.id).sort();

    // e1 is old and queued (dispatched_seq); e2, e3 are old but not yet queued for the active subscription; e4 is recent.
    expect(await pruneIntegration(t.system('prune'))).toEqual({ events: 1, deliveries: 2 });
    expect(await seqs()).toEqual([e2, e3, e4]);
    expect(await deliveries()).toEqual([d3, d4].sort());
    expect(await deliveries()).not.toContain(gone[0]);
    const [log] = await ownerQuery<{ diff: { detail: Record<string, number> } }>(
      `select diff from audit_log where action = 'integration.pruned' order by pos desc limit 1`,
    );
    expect(log.diff.detail).toMatchObject({ events: 1, deliveries: 2, feedRetentionDays: 365, deliveryRetentionDays: 90 });

    // Once no active subscription waits for them, the old events go too; a PENDING delivery never does.
    await ownerQuery(`update webhook_subscription set active = false where id = $1`, [sub]);
    expect(await pruneIntegration(t.system('prune'))).toEqual({ events: 2, deliveries: 0 });
    expect(await seqs()).toEqual([e4]);
    expect(await deliveries()).toEqual([d3, d4].sort());
    // The application role cannot shorten the feed itself: no DELETE, and the owner's function refuses a cutoff under 30 days.
    const sys = t.system('prune');
    await expect(sys.tx((em) => sqlRows(em, `delete from integration_event where seq = ?`, [e4]))).rejects.toThrow(/permission denied/);
    await expect(sys.tx((em) => sqlRows(em, `select integration_prune_events(now() - interval '10 days', 10)`))).rejects.toThrow(/至少保留 30 天/);
    expect(await seqs()).toEqual([e4]);
    // Nothing left to remove: no log row.
    const before = (await ownerQuery(`select count(*)::int as n from audit_log where action = 'integration.pruned'`))[0].n;
    expect(await pruneIntegration(t.system('prune'))).toEqual({ events: 0, deliveries: 0 });
    expect((await ownerQuery(`select count(*)::int as n from audit_log where action = 'integration.pruned'`))[0].n).toBe(before);
  });
});
