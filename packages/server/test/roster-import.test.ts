import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gbk, writeXlsx, tempDir } from '../src/modules/roster/fixtures/files';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { makeId } from './ledger-fixture';
import { multipart } from './file-helpers';
import path from 'node:path';
import fs from 'node:fs';

/**
 * 数据导入 end to end (modules/roster): upload over HTTP → batch + job → the job reads, validates, stages and
 * merges → counts, typed error codes, the xlsx error report; the same rows again (other encoding, other
 * format) add nothing; reference datasets; authorization and scope; the templates.
 */
let t: TestApp;
let officer: string;
let village: string;
let renshe: string;

const HEADER = '姓名,身份证号,救助项目编码,月救助金额(元),开始日期,结束日期,区划代码,户主身份证号,与户主关系,联系电话,备注';
const head = makeId('19650101', 'M');
const wife = makeId('19670101', 'F');
const son = makeId('19950101', 'M');
const other = makeId('19500101', 'F');
// A valid number with another check character (one number: two makeId calls differ, and the fixture's sequence
// depends on the files run before this one).
const validForBadCheck = makeId('19800101', 'M');
const badCheck = `${validForBadCheck.slice(0, 17)}${validForBadCheck.endsWith('0') ? '1' : '0'}`;

const goodRows = [
  `王名册,${head},DIBAO,600.00,2026-01-01,,${AREAS.village1a},${head},户主,13800138000,`,
  `李名册,${wife},DIBAO,600,2026/1/1,,${AREAS.village1a},${head},配偶,,`,
  `王小册,${son},DIBAO,"1,200.50",2026年1月1日,,${AREAS.village1a},${head},儿子,,在读`,
  `赵特困,${other},TEKUN,900,20260101,,${AREAS.village2a},${other},本人,,`,
];
const badRows = [
  `钱校验,${badCheck},DIBAO,600,2026-01-01,,${AREAS.village1a},${badCheck},户主,,`,
  `孙项目,${makeId('19700101')},NOPE,600,2026-01-01,,${AREAS.village1a},${head},子,,`,
  `周区划,${makeId('19710101')},DIBAO,600,2026-01-01,,500199101299,${head},子,,`,
  `吴别部门,${makeId('19720101')},EMPLOY,600,2026-01-01,,${AREAS.village1a},${head},子,,`,
  `郑金额,${makeId('19730101')},DIBAO,abc,2026-01-01,,${AREAS.village1a},${head},子,,`,
  `冯日期,${makeId('19740101')},DIBAO,600,2026-13-45,,${AREAS.village1a},${head},子,,`,
  `,${makeId('19750101')},DIBAO,600,2026-01-01,,${AREAS.village1a},${head},子,,`,
];
const csv = (rows: string[]) => `${[HEADER, ...rows].join('\r\n')}\r\n`;

async function upload(dataset: string, name: string, bytes: Buffer, cookie: string) {
  const body = multipart(name, bytes);
  return t.app.inject({
    method: 'POST',
    url: `/api/imports/${dataset}`,
    headers: { cookie, 'content-type': body.contentType, 'x-xiejiu-csrf': '1' },
    payload: body.payload,
  });
}

const BATCH = `query($id: ID!) { importBatch(id: $id) { id dataset datasetName status rows valid imported unchanged duplicates conflicts errors
  errorCounts { code name rows } errorReportUrl message progress format encoding } }`;

async function importFile(dataset: string, name: string, bytes: Buffer, cookie = officer) {
  const res = await upload(dataset, name, bytes, cookie);
  expect(res.statusCode, res.body).toBe(201);
  const { batchId } = res.json();
  // The 导入后比对 it queues is the cross-check's own tests' subject (crosscheck.test.ts), not run here.
  await t.runJobs({ only: ['roster-import'] });
  const b = await t.gql(BATCH, { id: batchId }, { cookie });
  expect(b.errors).toBeUndefined();
  return b.data!.importBatch;
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open({ dataDir: tempDir() });
  await seedFixture(t);
  officer = await t.cookieFor('officer');
  village = await t.cookieFor('village1a');
  renshe = officer;
});
afterAll(async () => t?.close());

describe('roster import', () => {
  it('imports valid rows, reports every bad row with a typed code, skips exact duplicates', async () => {
    const b = await importFile(
      'roster',
      '名册.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv([...goodRows, goodRows[0], ...badRows]))]),
    );
    expect(b).toMatchObject({
      status: 'DONE',
      dataset: 'ROSTER',
      datasetName: '救助对象名册',
      rows: 12,
      valid: 5,
      imported: 4,
      duplicates: 1,
      errors: 7,
      format: 'csv',
      encoding: 'utf-8',
      progress: 100,
    });
    const codes = Object.fromEntries(b.errorCounts.map((e: { code: string; rows: number }) => [e.code, e.rows]));
    expect(codes).toMatchObject({
      BAD_CHECK_DIGIT: expect.any(Number),
      UNKNOWN_PROGRAM: 1,
      UNKNOWN_AREA: 1,
      NOT_OWN_PROGRAM: 1,
      BAD_AMOUNT: 1,
      BAD_DATE: 1,
      MISSING_FIELD: 1,
    });
    expect(b.errorCounts.find((e: { code: string }) => e.code === 'UNKNOWN_AREA').name).toMatch(/区划/);
    // The ledger: one household of three on DIBAO (T2), one of one on TEKUN (T1); 1,200.50 yuan → 120050 fen.
    const [h] = await ownerQuery(`select h.tier, count(m.*)::int as members from household h join membership m on m.household_id = h.id and m.to_date is null
      join person p on p.id = h.head_person_id where p.name = '王名册' group by h.tier`);
    expect(h).toEqual({ tier: 'T2', members: 3 });
    const [amount] = await ownerQuery(`select b.monthly_amount_fen::int as fen from benefit b join person p on p.id = b.person_id where p.name = '王小册'`);
    expect(amount.fen).toBe(120050);
    // The error report: the original rows plus 行号 and 错误说明, in Chinese.
    const report = await t.app.inject({ method: 'GET', url: b.errorReportUrl, headers: { cookie: officer } });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as string[]).slice(1);
    expect(header).toEqual([...HEADER.split(','), '行号', '错误说明']);
    expect(ws.rowCount).toBe(1 + badRows.length);
    const messages = Array.from({ length: badRows.length }, (_, i) => String(ws.getRow(i + 2).getCell(header.length).value));
    expect(messages.some((m) => /校验位/.test(m))).toBe(true);
    expect(messages.every((m) => /[\u4e00-\u9fff]/.test(m))).toBe(true);
    const [log] = await ownerQuery(`select action from audit_log where action = 'import.error_report_downloaded'`);
    expect(log).toBeTruthy();
  });

  it('the same rows again — GBK CSV, then xlsx — add nothing', async () => {
    const g = await importFile('roster', '名册-gbk.csv', gbk(csv(goodRows)));
    expect(g).toMatchObject({ status: 'DONE', encoding: 'gb18030', valid: 4, imported: 0, unchanged: 4 });
    const dir = tempDir();
    const file = await writeXlsx(path.join(dir, 'r.xlsx'), [HEADER.split(','), ...goodRows.map((r) => r.replace('"1,200.50"', '1200.50').split(','))]);
    const x = await importFile('roster', '名册.xlsx', fs.readFileSync(file));
    expect(x).toMatchObject({ status: 'DONE', format: 'xlsx', valid: 4, imported: 0, unchanged: 4 });
    const [{ n }] = await ownerQuery(`select count(*)::int as n from benefit where source = 'ROSTER'`);
    expect(n).toBe(4);
  });

  it('an identical file is not read again', async () => {
    const b = await importFile('roster', '再次.csv', gbk(csv(goodRows)));
    expect(b).toMatchObject({ status: 'DONE', imported: 0, message: expect.stringMatching(/文件完全相同/) });
  });

  it('refuses a malformed xlsx, a file over the limit, a wrong header — with a clear message and nothing written', async () => {
    const broken = await importFile('roster', '坏.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)]));
    expect(broken).toMatchObject({ status: 'FAILED', imported: 0, message: expect.stringMatching(/无法读取/) });
    const header = await importFile('roster', '表头.csv', Buffer.from('姓名,身份证\r\n张三,1\r\n'));
    expect(header).toMatchObject({ status: 'FAILED', message: expect.stringMatching(/缺少列/) });
    const small = await TestApp.open({ importMaxBytes: 100, dataDir: tempDir() });
    try {
      const body = multipart('大.csv', Buffer.from(csv(goodRows)));
      const res = await small.app.inject({
        method: 'POST',
        url: '/api/imports/roster',
        headers: { cookie: officer, 'content-type': body.contentType, 'x-xiejiu-csrf': '1' },
        payload: body.payload,
      });
      expect(res.statusCode, res.body).toBe(413);
      expect(res.json()).toMatchObject({ reason: 'FILE_TOO_LARGE', message: expect.stringMatching(/超过/) });
    } finally {
      await small.close();
    }
  });

  it('reference datasets go to their table, system-only under RLS; a village window cannot import', async () => {
    const deaths = await importFile('deaths', '死亡.csv', Buffer.from(`姓名,身份证号,死亡日期,来源\r\n王名册,${head},2026-03-01,公安\r\n`));
    expect(deaths).toMatchObject({ status: 'DONE', dataset: 'DEATHS', imported: 1 });
    const [row] = await ownerQuery(`select name, death_date::text as d, source from ref_death`);
    expect(row).toEqual({ name: '王名册', d: '2026-03-01', source: '公安' });
    const visible = await t.system('test', AREAS.district).tx((em) => em.execute(`select count(*)::int as n from ref_death`));
    expect(visible).toEqual([{ n: 0 }]);
    const refused = await upload('deaths', 'x.csv', Buffer.from('姓名,身份证号,死亡日期,来源\r\n'), village);
    expect(refused.statusCode).toBe(403);
    const unknown = await upload('nope', 'x.csv', Buffer.from('a'), officer);
    expect(unknown.json()).toMatchObject({ reason: 'UNKNOWN_DATASET' });
    void renshe;
  });

  it('lists the department’s batches and serves the templates', async () => {
    const list = await t.gql(
      `{ importBatches(page: 1, pageSize: 20) { total items { datasetName status } } importDatasets { dataset name columns { header required } templateUrl } }`,
      {},
      { cookie: officer },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.importBatches.total).toBeGreaterThanOrEqual(6);
    const roster = list.data!.importDatasets.find((d: { dataset: string }) => d.dataset === 'ROSTER');
    expect(roster.columns.map((c: { header: string }) => c.header)).toEqual(HEADER.split(','));
    const tpl = await t.app.inject({ method: 'GET', url: roster.templateUrl, headers: { cookie: officer } });
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(HEADER.split(','));
    const denied = await t.gql(`{ importBatches(page: 1, pageSize: 5) { total } }`, {}, { cookie: village });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('status rosters reach the ledger', () => {
  it('脱贫户 becomes a T3 benefit of 农业农村; a 残疾人证 sets the disability grade; 优抚 stays reference data', async () => {
    const ctx = t.system('fixture', AREAS.district);
    const { createDepartment } = await import('../src/modules/department/department.service');
    await ctx.tx(() => createDepartment(ctx, { code: 'NONGYE', name: '测试区农业农村局', shortName: '农业农村' }));
    const a = makeId('19580101', 'M');
    const b = makeId('19590101', 'F');
    await importFile(
      'roster',
      '名册2.csv',
      Buffer.from(csv([`孙脱贫,${a},TEMP,100,2026-01-01,,${AREAS.village1b},${a},户主,,`, `孙残疾,${b},TEMP,100,2026-01-01,,${AREAS.village1b},${a},配偶,,`])),
    );
    const s = await importFile(
      'status',
      '身份.csv',
      Buffer.from(
        `姓名,身份证号,身份类别,证件编号,残疾等级,开始日期,结束日期,区划代码\r\n孙脱贫,${a},脱贫户,,,2020-01-01,,${AREAS.village1b}\r\n孙残疾,${b},持证残疾人,${b}11,二级,2021-01-01,,\r\n孙脱贫,${a},优抚对象,,,2019-01-01,,\r\n`,
      ),
    );
    expect(s).toMatchObject({ status: 'DONE', imported: 3 });
    const [h] = await ownerQuery(`select h.tier from household h join person p on p.id = h.head_person_id where p.name = '孙脱贫'`);
    expect(h.tier).toBe('T3');
    const [d] = await ownerQuery(`select disability_grade, disability_cert from person where name = '孙残疾'`);
    expect(d).toEqual({ disability_grade: 2, disability_cert: `${b}11` });
    const [{ n }] = await ownerQuery(`select count(*)::int as n from ref_status where status_kind = 'YOUFU'`);
    expect(n).toBe(1);
  });
});

describe('cancelling an import', () => {
  it('a queued batch is cancelled at once; a running one is rolled back whole', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      const id = makeId(`1960${String((i % 12) + 1).padStart(2, '0')}15`, 'M');
      return `取消${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[i % 12]},${id},DIBAO,500,2026-01-01,,${AREAS.village1b},${id},户主,,`;
    });
    const res = await upload('roster', '取消.csv', Buffer.from(csv(rows)), officer);
    const { batchId } = res.json();
    const cancelled = await t.gql(`mutation($id: ID!) { cancelImport(id: $id) { status message } }`, { id: batchId }, { cookie: officer });
    expect(cancelled.data?.cancelImport).toEqual({ status: 'CANCELLED', message: '已取消：本批次未导入任何数据' });
    await t.runJobs();
    const [{ n }] = await ownerQuery(`select count(*)::int as n from person where name like '取消%'`);
    expect(n).toBe(0);
    // Running: stopped at its progress report after staging — nothing of the batch stays.
    const { executeImport } = await import('../src/modules/roster/import.run');
    const file = path.join(tempDir(), 'c.csv');
    fs.writeFileSync(file, csv(rows));
    const out = await executeImport(
      t.system('test'),
      {
        id: '00000000-0000-4000-8000-00000000c0c0',
        dataset: 'roster',
        fileName: 'c.csv',
        fileHash: 'c'.repeat(64),
        departmentId: null,
        areaCode: '000000000000',
        requestedBy: null,
        requestedByName: '测试',
      },
      file,
      { progress: async (p) => p < 800 },
    );
    expect(out.status).toBe('CANCELLED');
    const [{ m }] = await ownerQuery(`select count(*)::int as m from person where name like '取消%'`);
    expect(m).toBe(0);
    const [b] = await ownerQuery(`select status from import_batch where id = '00000000-0000-4000-8000-00000000c0c0'`);
    expect(b.status).toBe('CANCELLED');
  });
});
