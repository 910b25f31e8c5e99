import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/modules/files/files.http';
import { createUser } from '../src/modules/user/user.service';
import { AREAS, ownerQuery, PASSWORD, resetDatabase, seedFixture, TestApp } from './harness';
import { jpegOf, multipart, multipartFiles, PNG } from './file-helpers';
import { household, member } from './ledger-fixture';

/**
 * 信息员线索 (issue #15 item 2): photos on a report and the response times of reports for supervisors.
 *
 * Photos: the informant uploads JPEG/PNG through the one upload endpoint (`/api/files`, its checks), attaches up to
 * 6 to the report; they are the report's material 线索照片, seen (and downloadable) by the windows of its village, by
 * the informant who took them — by no other window or informant; they stay with the application the window confirms.
 * A non-image or an oversize file is refused in Chinese and nothing is written.
 *
 * Response times (督办看板 线索响应): planted reports with fixed times and a fixed clock; the figures equal a direct
 * count and hand-computed working hours; every town in scope is a row (zeros too); a scoped viewer sees its towns only.
 */

const MAX = 64 * 1024;
let t: TestApp;
let storageDir: string;
const cookies = new Map<string, string>();
let hh1a: string;
let head1a: string;
let hh1b: string;
let head1b: string;

const SUBMIT = `mutation($i: PreApplicationInput!) { submitPreApplication(input: $i) }`;
const MINE = `{ myPreApplications { items { id status handledAt receiptNo rejectReason photos { id name mime size } } } }`;
const DETAIL = `query($id: ID!) { application(id: $id) { application { status areaCode } photos { id name mime size } materials { name programCode required provided fileIds } } }`;
const CONFIRM = `mutation($id: ID!, $i: ApplicationInput!) { confirmPreApplication(id: $id, input: $i) { receiptNo referralIds } }`;
const BOARD = `query($from: String!, $to: String!, $town: String) { informantResponse(from: $from, to: $to, townCode: $town) {
  from to asOf limitDays townCode townName
  rows { areaCode areaName received handled confirmed rejected pending pendingOverdue handledLate avgResponseHours maxResponseHours oldestPendingHours }
  total { areaCode areaName received handled confirmed rejected pending pendingOverdue handledLate avgResponseHours maxResponseHours oldestPendingHours } } }`;

const as = (user: string) => ({ cookie: cookies.get(user)! });

async function upload(user: string, files: Array<{ filename: string; bytes: Buffer }>) {
  const body = files.length === 1 ? multipart(files[0].filename, files[0].bytes) : multipartFiles(files);
  return t.app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { 'content-type': body.contentType, cookie: cookies.get(user)!, [CSRF_HEADER]: '1' },
    payload: body.payload,
  });
}

const download = (user: string, id: string) => t.app.inject({ method: 'GET', url: `/api/files/${id}`, headers: { cookie: cookies.get(user)! } });

const report = (over: Record<string, unknown> = {}) => ({
  contactName: '孙小梅',
  contactPhone: '13900002222',
  address: '一镇甲村 3 组 6 号',
  areaCode: AREAS.village1a,
  programs: [{ programCode: 'TEMP' }],
  description: '房屋漏雨倒塌一角，老人独居无人照料',
  urgent: false,
  ...over,
});

/** What a report with photos writes: files (rows and bytes), applications, materials, links in the log. */
async function written() {
  const [r] = await ownerQuery<Record<string, number>>(
    `select (select count(*)::int from stored_file) as files, (select count(*)::int from stored_file where owner_id is not null) as linked,
            (select count(*)::int from application) as apps, (select count(*)::int from application_material) as materials,
            (select count(*)::int from audit_log where action in ('file.uploaded', 'file.linked', 'application.pre_submitted')) as audits`,
  );
  return { ...r, bytes: fs.readdirSync(storageDir, { recursive: true }).length };
}

beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-informant-'));
  t = await TestApp.open({ fileStorageDir: storageDir, fileMaxBytes: MAX });
  await resetDatabase();
  await seedFixture(t);
  const sys = t.system('informant-reports-test', AREAS.district);
  for (const [username, area, role] of [
    ['informant1a', AREAS.village1a, 'INFORMANT'],
    ['informant1a2', AREAS.village1a, 'INFORMANT'],
    ['informant2a', AREAS.village2a, 'INFORMANT'],
    ['leader1', AREAS.town1, 'TOWN_LEADER'],
  ] as const) {
    await createUser(sys, {
      username,
      displayName: `测试${username}`,
      areaCode: area,
      roles: [role],
      informantKind: role === 'INFORMANT' ? 'GRID_WORKER' : null,
      password: PASSWORD,
    });
  }
  await ownerQuery(`update app_user set must_change_password = false`);
  for (const u of ['informant1a', 'informant1a2', 'informant2a', 'leader1', 'village1a', 'village1b', 'village2a', 'town1', 'officer', 'joint', 'sysadmin'])
    cookies.set(u, await t.cookieFor(u));
  hh1a = await household(t, AREAS.village1a, [member('孙小梅', '19500101', 'HEAD', 'F')]);
  head1a = (await ownerQuery<{ person_id: string }>(`select person_id from membership where household_id = $1`, [hh1a]))[0].person_id;
  hh1b = await household(t, AREAS.village1b, [member('周大山', '19520202', 'HEAD')]);
  head1b = (await ownerQuery<{ person_id: string }>(`select person_id from membership where household_id = $1`, [hh1b]))[0].person_id;
});
afterAll(async () => {
  await t?.close();
  if (storageDir) fs.rmSync(storageDir, { recursive: true, force: true });
});

describe('photos on a report', () => {
  let reportId: string;
  let photoIds: string[];

  it('the informant uploads two photos through /api/files and attaches them to the report', async () => {
    const res = await upload('informant1a', [
      { filename: '房屋.png', bytes: PNG },
      { filename: '老人.jpg', bytes: jpegOf(640, 480) },
    ]);
    expect(res.statusCode).toBe(201);
    const files = res.json().files as Array<{ id: string; mime: string; name: string }>;
    expect(files.map((f) => f.mime)).toEqual(['image/png', 'image/jpeg']);
    photoIds = files.map((f) => f.id);

    const sub = await t.gql(SUBMIT, { i: report({ photoFileIds: photoIds }) }, as('informant1a'));
    expect(sub.errors).toBeUndefined();
    reportId = sub.data!.submitPreApplication;

    const [mat] = await ownerQuery(
      `select name, program_code, required, provided, file_ids::text[] as ids, area_code from application_material where application_id = $1`,
      [reportId],
    );
    expect(mat).toMatchObject({ name: '线索照片', program_code: null, required: false, provided: true, ids: photoIds, area_code: AREAS.village1a });
    const linked = await ownerQuery(`select owner_type, owner_id, area_code from stored_file where id = any($1::uuid[])`, [photoIds]);
    expect(linked).toEqual(photoIds.map(() => ({ owner_type: 'application', owner_id: reportId, area_code: AREAS.village1a })));
    // Every write in the operation log: two uploads, the link, the report (naming its photos).
    const log = await ownerQuery<{ action: string; entity_id: string; diff: unknown }>(
      `select action, entity_id, diff from audit_log where action in ('file.uploaded', 'file.linked', 'application.pre_submitted') order by pos`,
    );
    expect(log.map((l) => l.action)).toEqual(['file.uploaded', 'file.uploaded', 'file.linked', 'application.pre_submitted']);
    expect(JSON.stringify(log[3].diff)).toContain(photoIds[0]);
    const [hist] = await ownerQuery(`select note from referral_event where application_id = $1`, [reportId]);
    expect(hist.note).toContain('附照片 2 张');
  });

  it('the informant sees them on 我报送的线索 and may download them', async () => {
    const mine = await t.gql(MINE, {}, as('informant1a'));
    expect(mine.errors).toBeUndefined();
    const item = mine.data!.myPreApplications.items.find((i: { id: string }) => i.id === reportId);
    expect(item).toMatchObject({ status: 'PENDING_CONFIRM', handledAt: null });
    expect(item.photos.map((p: { id: string }) => p.id)).toEqual(photoIds);
    expect(item.photos[0]).toMatchObject({ name: '房屋.png', mime: 'image/png', size: PNG.length });
    const res = await download('informant1a', photoIds[0]);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(PNG)).toBe(true);
  });

  it('the window of the village sees the photos on the report; the town window too', async () => {
    for (const who of ['village1a', 'town1']) {
      const res = await t.gql(DETAIL, { id: reportId }, as(who));
      expect(res.errors, who).toBeUndefined();
      expect(res.data!.application.photos.map((p: { id: string }) => p.id)).toEqual(photoIds);
      expect(res.data!.application.materials).toEqual([{ name: '线索照片', programCode: null, required: false, provided: true, fileIds: photoIds }]);
      expect((await download(who, photoIds[1])).statusCode, who).toBe(200);
    }
  });

  it('another village’s window, another informant of the village or of another village: nothing', async () => {
    for (const who of ['village1b', 'village2a']) {
      const res = await t.gql(DETAIL, { id: reportId }, as(who));
      expect(res.errors![0].extensions!.code, who).toBe('NOT_FOUND');
      expect((await download(who, photoIds[0])).statusCode, who).toBe(404);
    }
    for (const who of ['informant1a2', 'informant2a']) {
      expect((await download(who, photoIds[0])).statusCode, who).toBe(404);
      const mine = await t.gql(MINE, {}, as(who));
      expect(mine.data!.myPreApplications.items, who).toEqual([]);
    }
    // The joint meeting reads cases in the shared view: no photos.
    const shared = await t.gql(DETAIL, { id: reportId }, as('joint'));
    expect(shared.data!.application.photos).toEqual([]);
    expect((await download('joint', photoIds[0])).statusCode).toBe(403);
  });

  it('a non-image is refused for an informant in Chinese, and nothing is written', async () => {
    const before = await written();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
    for (const [filename, bytes] of [
      ['情况说明.pdf', pdf],
      ['照片.png', Buffer.from('MZ\x90\x00 not an image', 'latin1')],
    ] as const) {
      const res = await upload('informant1a', [{ filename, bytes }]);
      expect(res.statusCode, filename).toBe(400);
      expect(res.json()).toMatchObject({
        error: 'BAD_USER_INPUT',
        reason: 'FILE_TYPE_NOT_ALLOWED',
        message: '线索照片仅支持 JPG、PNG 图片（按文件内容识别，修改扩展名无效）',
      });
    }
    // One bad file of several refuses all of them, naming it.
    const mixed = await upload('informant1a', [
      { filename: 'a.png', bytes: PNG },
      { filename: 'b.pdf', bytes: pdf },
    ]);
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().message).toBe('第 2 个文件（b.pdf）：线索照片仅支持 JPG、PNG 图片（按文件内容识别，修改扩展名无效）');
    expect(await written()).toEqual(before);
  });

  it('an oversize photo is refused (413) in Chinese, and nothing is written', async () => {
    const before = await written();
    const res = await upload('informant1a', [{ filename: 'big.png', bytes: Buffer.concat([PNG, randomBytes(MAX)]) }]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    expect(res.json().message).toContain('文件超过 64 KB 的大小上限');
    expect(await written()).toEqual(before);
  });

  it('a report with another informant’s photo, a window’s file or too many photos is refused, writing nothing', async () => {
    const theirs = (await upload('informant1a2', [{ filename: 'x.png', bytes: PNG }])).json().id as string;
    const windows = (await upload('village1a', [{ filename: 'w.png', bytes: PNG }])).json().id as string;
    const seven = (
      (
        await upload(
          'informant1a',
          Array.from({ length: 7 }, (_, i) => ({ filename: `p${i}.png`, bytes: PNG })),
        )
      ).json().files as Array<{ id: string }>
    ).map((f) => f.id);
    const cases: Array<[string[], string, string]> = [
      [[theirs], 'FORBIDDEN', '只能使用本人上传的照片'],
      [[windows], 'FORBIDDEN', '只能使用本人上传的照片'],
      [[randomUUID()], 'NOT_FOUND', '材料不存在或不在您的管辖范围内'],
      [seven, 'BAD_USER_INPUT', '每条线索最多上传 6 张照片'],
      [photoIds, 'CONFLICT', '材料已用于其他申请，请重新上传'],
    ];
    for (const [ids, code, message] of cases) {
      const before = await written();
      const res = await t.gql(SUBMIT, { i: report({ photoFileIds: ids }) }, as('informant1a'));
      expect(res.errors?.[0].extensions?.code, message).toBe(code);
      expect(res.errors![0].message).toBe(message);
      expect(await written()).toEqual(before);
    }
    // A window still uploads materials as before (PDF too): the images-only rule is the informant's.
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    );
    expect((await upload('village1a', [{ filename: '申请书.pdf', bytes: pdf }])).statusCode).toBe(201);
  });

  it('confirmed into an application, the photos stay with it as materials; the department handling it reads them', async () => {
    const conf = await t.gql(
      CONFIRM,
      {
        id: reportId,
        i: {
          householdId: hh1a,
          applicantPersonId: head1a,
          programs: [{ programCode: 'TEMP' }],
          authorizationSigned: true,
          materials: [{ name: '身份证', provided: true }],
        },
      },
      as('village1a'),
    );
    expect(conf.errors).toBeUndefined();
    const res = await t.gql(DETAIL, { id: reportId }, as('village1a'));
    expect(res.data!.application.application.status).toBe('ACCEPTED');
    expect(res.data!.application.photos.map((p: { id: string }) => p.id)).toEqual(photoIds);
    expect(res.data!.application.materials.map((m: { name: string }) => m.name).sort()).toEqual(['线索照片', '身份证'].sort());
    // 临时救助 goes to 民政: its officer reads the materials of the case, photos included.
    expect((await download('officer', photoIds[0])).statusCode).toBe(200);
    // The informant follows it: handled, with the time; the photos still theirs to see.
    const mine = await t.gql(MINE, {}, as('informant1a'));
    const item = mine.data!.myPreApplications.items.find((i: { id: string }) => i.id === reportId);
    expect(item.status).toBe('ACCEPTED');
    expect(item.receiptNo).toBe(conf.data!.confirmPreApplication.receiptNo);
    expect(Date.now() - Date.parse(item.handledAt)).toBeLessThan(60_000);
    expect(item.photos).toHaveLength(2);
  });

  it('confirmed for a household of another village (town window), the photos move to that village', async () => {
    const up = (await upload('informant1a', [{ filename: '门口.png', bytes: PNG }])).json();
    const sub = await t.gql(SUBMIT, { i: report({ contactName: '周大山', photoFileIds: [up.id] }) }, as('informant1a'));
    expect(sub.errors).toBeUndefined();
    const id = sub.data!.submitPreApplication;
    const conf = await t.gql(
      CONFIRM,
      { id, i: { householdId: hh1b, applicantPersonId: head1b, programs: [{ programCode: 'TEMP' }], authorizationSigned: true } },
      as('town1'),
    );
    expect(conf.errors).toBeUndefined();
    expect((await ownerQuery(`select area_code from stored_file where id = $1`, [up.id]))[0].area_code).toBe(AREAS.village1b);
    expect((await ownerQuery(`select area_code from application_material where application_id = $1`, [id]))[0].area_code).toBe(AREAS.village1b);
    const w = await t.gql(DETAIL, { id }, as('village1b'));
    expect(w.data!.application.photos.map((p: { id: string }) => p.id)).toEqual([up.id]);
    expect((await download('village1b', up.id)).statusCode).toBe(200);
    expect((await download('village1a', up.id)).statusCode).toBe(404);
    const [log] = await ownerQuery(`select diff from audit_log where action = 'application.confirmed' and entity_id = $1`, [id]);
    expect(JSON.stringify(log.diff)).toContain(AREAS.village1b);
  });

  it('a refused report shows when it was handled', async () => {
    const sub = await t.gql(SUBMIT, { i: report({ contactName: '吴老汉' }) }, as('informant1a'));
    const id = sub.data!.submitPreApplication;
    const rej = await t.gql(`mutation($id: ID!) { rejectPreApplication(id: $id, reason: "经核实已由子女赡养") }`, { id }, as('village1a'));
    expect(rej.errors).toBeUndefined();
    const mine = await t.gql(MINE, {}, as('informant1a'));
    const item = mine.data!.myPreApplications.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ status: 'REJECTED', rejectReason: '经核实已由子女赡养', photos: [] });
    expect(Date.now() - Date.parse(item.handledAt)).toBeLessThan(60_000);
  });
});

describe('response times of reports (督办看板 线索响应)', () => {
  /** A report planted with fixed times (China time), channel INFORMANT unless said. */
  async function plant(area: string, created: string, outcome: { status: string; at?: string }, channel = 'INFORMANT') {
    const at = outcome.at ? `${outcome.at}+08:00` : null;
    await ownerQuery(
      `insert into application (id, area_code, channel, status, created_at, created_by_name, accepted_at, closed_at, reject_reason)
       values ($1, $2, $3, $4, $5, '测试', $6, $7, $8)`,
      [
        randomUUID(),
        area,
        channel,
        outcome.status,
        `${created}+08:00`,
        outcome.status === 'ACCEPTED' ? at : null,
        outcome.status === 'REJECTED' ? at : null,
        outcome.status === 'REJECTED' ? '不符合' : null,
      ],
    );
  }

  // March 2027: Mon 1 … Fri 5, Sat 6, Sun 7, Mon 8, Tue 9. The clock: Tue 2027-03-09 10:00.
  const NOW = new Date('2027-03-09T10:00:00+08:00');
  const period = { from: '2027-03-01', to: '2027-03-31' };

  beforeAll(async () => {
    // A: Fri 17:00 → Mon 10:00 confirmed: 7 h (Fri) + 10 h (Mon) = 17 working hours (the weekend counts nothing).
    await plant(AREAS.village1a, '2027-03-05T17:00:00', { status: 'ACCEPTED', at: '2027-03-08T10:00:00' });
    // B: Mon 09:00 → Wed 09:00 refused: 48 working hours — later than 1 working day.
    await plant(AREAS.village1a, '2027-03-01T09:00:00', { status: 'REJECTED', at: '2027-03-03T09:00:00' });
    // C: Thu 12:00, still pending at Tue 10:00: 12 + 24 (Fri) + 24 (Mon) + 10 = 70 working hours — over the limit.
    await plant(AREAS.village1b, '2027-03-04T12:00:00', { status: 'PENDING_CONFIRM' });
    // D: Tue 08:00, pending: 2 working hours.
    await plant(AREAS.village2a, '2027-03-09T08:00:00', { status: 'PENDING_CONFIRM' });
    // Not counted: before the period (28 Feb 23:00 China time), and a portal pre-application.
    await plant(AREAS.village1a, '2027-02-28T23:00:00', { status: 'PENDING_CONFIRM' });
    await plant(AREAS.village1a, '2027-03-02T09:00:00', { status: 'PENDING_CONFIRM' }, 'PORTAL');
    t.runtime.clock = () => NOW;
  });
  afterAll(() => {
    t.runtime.clock = undefined;
  });

  const zero = {
    received: 0,
    handled: 0,
    confirmed: 0,
    rejected: 0,
    pending: 0,
    pendingOverdue: 0,
    handledLate: 0,
    avgResponseHours: null,
    maxResponseHours: null,
    oldestPendingHours: null,
  };

  it('per town, as the district sees it: equal to a direct count and hand-computed working hours', async () => {
    const res = await t.gql(BOARD, period, as('joint'));
    expect(res.errors).toBeUndefined();
    const b = res.data!.informantResponse;
    expect(b).toMatchObject({ from: '2027-03-01', to: '2027-03-31', limitDays: 1, townCode: null, asOf: NOW.toISOString() });
    // A direct count of the planted reports of the period, per town.
    const counted = await ownerQuery<{ town: string; received: number; pending: number }>(
      `select left(area_code, 9) || '000' as town, count(*)::int as received, count(*) filter (where status = 'PENDING_CONFIRM')::int as pending
         from application where channel = 'INFORMANT' and created_at >= '2027-03-01T00:00:00+08:00' and created_at < '2027-04-01T00:00:00+08:00'
        group by 1 order by 1`,
    );
    expect(
      b.rows.map((r: { areaCode: string; received: number; pending: number }) => ({ town: r.areaCode, received: r.received, pending: r.pending })),
    ).toEqual(counted);
    const byCode = Object.fromEntries(b.rows.map((r: { areaCode: string }) => [r.areaCode, r]));
    expect(byCode[AREAS.town1]).toMatchObject({
      received: 3,
      handled: 2,
      confirmed: 1,
      rejected: 1,
      pending: 1,
      pendingOverdue: 1,
      handledLate: 1,
      avgResponseHours: 32.5, // (17 + 48) / 2
      maxResponseHours: 48,
      oldestPendingHours: 70,
    });
    expect(byCode[AREAS.town2]).toMatchObject({ ...zero, received: 1, pending: 1, oldestPendingHours: 2 });
    expect(b.total).toMatchObject({
      areaName: '合计',
      received: 4,
      handled: 2,
      pending: 2,
      pendingOverdue: 1,
      handledLate: 1,
      avgResponseHours: 32.5,
      maxResponseHours: 48,
    });
  });

  it('every town in scope appears, with zeros when it had no reports', async () => {
    const res = await t.gql(BOARD, { from: '2027-02-01', to: '2027-02-27' }, as('joint'));
    expect(res.errors).toBeUndefined();
    const towns = await ownerQuery<{ code: string; name: string }>(`select code, name from area where level = 2 order by code`);
    expect(res.data!.informantResponse.rows).toEqual(towns.map((a) => ({ areaCode: a.code, areaName: a.name, ...zero })));
    expect(res.data!.informantResponse.total).toMatchObject(zero);
  });

  it('drill-down: the villages of a town, each a row', async () => {
    const res = await t.gql(BOARD, { ...period, town: AREAS.town1 }, as('joint'));
    expect(res.errors).toBeUndefined();
    const b = res.data!.informantResponse;
    expect(b.townCode).toBe(AREAS.town1);
    const villages = await ownerQuery<{ code: string }>(`select code from area where parent_code = $1 order by code`, [AREAS.town1]);
    expect(b.rows.map((r: { areaCode: string }) => r.areaCode)).toEqual(villages.map((v) => v.code));
    const byCode = Object.fromEntries(b.rows.map((r: { areaCode: string }) => [r.areaCode, r]));
    expect(byCode[AREAS.village1a]).toMatchObject({ received: 2, handled: 2, pending: 0, avgResponseHours: 32.5, maxResponseHours: 48, handledLate: 1 });
    expect(byCode[AREAS.village1b]).toMatchObject({ received: 1, pending: 1, pendingOverdue: 1, oldestPendingHours: 70 });
  });

  it('a scoped viewer sees its own towns only (town leader, town window, village window)', async () => {
    for (const who of ['leader1', 'town1']) {
      const res = await t.gql(BOARD, period, as(who));
      expect(res.errors, who).toBeUndefined();
      expect(
        res.data!.informantResponse.rows.map((r: { areaCode: string }) => r.areaCode),
        who,
      ).toEqual([AREAS.town1]);
      expect(res.data!.informantResponse.total.received, who).toBe(3);
      const other = await t.gql(BOARD, { ...period, town: AREAS.town2 }, as(who));
      expect(other.errors![0].extensions!.code, who).toBe('NOT_FOUND');
      expect(other.errors![0].message).toBe('镇街不存在或不在您的管辖范围内');
    }
    const village = await t.gql(BOARD, period, as('village1a'));
    expect(village.data!.informantResponse.rows).toEqual([expect.objectContaining({ areaCode: AREAS.village1a, received: 2, handled: 2 })]);
    const town2 = await t.gql(BOARD, period, as('village2a'));
    expect(town2.data!.informantResponse.rows).toEqual([expect.objectContaining({ areaCode: AREAS.village2a, received: 1, pending: 1 })]);
    // Informants do not read the board.
    const inf = await t.gql(BOARD, period, as('informant1a'));
    expect(inf.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('the limit is the setting INFORMANT_RESPONSE_DAYS: 3 working days → nothing late', async () => {
    const set = await t.gql(`mutation { updateSetting(key: INFORMANT_RESPONSE_DAYS, value: "3", version: 0) { value version } }`, {}, as('sysadmin'));
    expect(set.errors).toBeUndefined();
    const res = await t.gql(BOARD, period, as('joint'));
    const b = res.data!.informantResponse;
    expect(b.limitDays).toBe(3);
    expect(b.total).toMatchObject({ pendingOverdue: 0, handledLate: 0 });
    const bad = await t.gql(`mutation { updateSetting(key: INFORMANT_RESPONSE_DAYS, value: "0", version: 1) { value } }`, {}, as('sysadmin'));
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toContain('1–10 的整数（工作日）');
  });

  it('a bad period is refused in Chinese', async () => {
    for (const [vars, message] of [
      [{ from: '2027-03-31', to: '2027-03-01' }, '结束日期不能早于开始日期'],
      [{ from: '2027-02-30', to: '2027-03-01' }, '开始日期应为 YYYY-MM-DD 格式的有效日期'],
      [{ from: '2025-01-01', to: '2027-03-01' }, '统计期间不能超过 366 天'],
      [{ ...period, town: AREAS.village1a }, '镇街不存在或不在您的管辖范围内'],
    ] as const) {
      const res = await t.gql(BOARD, vars, as('joint'));
      expect(res.errors![0].message).toBe(message);
    }
  });
});
