import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_DEFS } from './datasets';
import { ERRORS_HEADER, ErrorReportWriter, LINE_HEADER } from './error-report';
import { tempDir, validId } from './fixtures/files';
import { openTable } from './read';
import { DATASETS } from './records';
import { INSTRUCTIONS_SHEET, templateCsv, templateXlsx } from './template';
import { cellsByHeader, mapHeader, validateRow } from './validate';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;

describe('templates', () => {
  it('the xlsx template of every dataset reads back with exactly its headers, text ID columns and a 填写说明 sheet', async () => {
    for (const d of DATASETS) {
      const def = DATASET_DEFS[d];
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await templateXlsx(d)) as unknown as ArrayBuffer);
      const [data, help] = wb.worksheets;
      expect(data.name).toBe(def.name);
      expect(data.rowCount).toBe(1); // no example row where data is imported
      expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(def.columns.map((c) => c.header));
      expect(data.getColumn(2).numFmt).toBe('@'); // 身份证号
      expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(data.getRow(1).font?.bold).toBe(true);
      expect(help.name).toBe(INSTRUCTIONS_SHEET);
      expect(help.getRow(2).getCell(1).value).toBe('姓名');
      expect(help.getRow(3).getCell(4).value).toBe('110101198001011234');
    }
  });

  it('a filled-in xlsx template is imported: header mapped, row validated', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx('deaths')) as unknown as ArrayBuffer);
    const id = validId('19500101', 11);
    wb.worksheets[0].addRow(['张三', id, '2026-01-05', '殡葬']);
    const p = path.join(dir, 'filled.xlsx');
    await wb.xlsx.writeFile(p);
    const t = await openTable(p, { maxBytes: MB });
    const map = mapHeader('deaths', t.header);
    const rows = [];
    for await (const r of t.rows())
      rows.push(
        validateRow('deaths', cellsByHeader(map, r.cells), {
          today: '2026-03-01',
          programs: new Map(),
          departmentCode: null,
          areaExists: () => false,
          inScope: () => false,
        }),
      );
    expect(rows).toEqual([{ record: { name: '张三', idNumber: id, deathDate: '2026-01-05', source: '殡葬' } }]);
  });

  it('the CSV template is UTF-8 with BOM and the header line only', () => {
    expect(templateCsv('deaths')).toBe('\uFEFF姓名,身份证号,死亡日期,来源\r\n');
    expect(templateCsv('roster').split(',')).toHaveLength(11);
  });
});

describe('error report', () => {
  it('streams the refused rows with the original header, 行号 and 错误说明, and counts errors by code', async () => {
    const p = path.join(dir, 'report.xlsx');
    const w = new ErrorReportWriter(p, ['姓名', '身份证号', '死亡日期', '来源']);
    w.add(
      3,
      ['张三', '110101198001011230', '2026-02-30', '公安'],
      [
        { code: 'BAD_CHECK_DIGIT', column: '身份证号', message: '身份证号校验位错误（应为 4），请核对' },
        { code: 'BAD_DATE', column: '死亡日期', message: '死亡日期“2026-02-30”不是有效日期' },
      ],
    );
    await w.add(7, ['李四'], [{ code: 'MISSING_FIELD', column: '来源', message: '请填写来源' }]);
    const summary = await w.finish();
    expect(summary.rows).toBe(2);
    expect(summary.countsByCode).toMatchObject({ BAD_CHECK_DIGIT: 1, BAD_DATE: 1, MISSING_FIELD: 1, BAD_NAME: 0 });
    expect(summary.bytes).toBeGreaterThan(0);

    const t = await openTable(p, { maxBytes: MB });
    expect(t.header).toEqual(['姓名', '身份证号', '死亡日期', '来源', LINE_HEADER, ERRORS_HEADER]);
    const rows = [];
    for await (const r of t.rows()) rows.push(r.cells);
    expect(rows).toEqual([
      ['张三', '110101198001011230', '2026-02-30', '公安', '3', '身份证号校验位错误（应为 4），请核对；死亡日期“2026-02-30”不是有效日期'],
      ['李四', '', '', '', '7', '请填写来源'],
    ]);
    // The corrected report can be imported again: the two extra columns are ignored.
    expect(mapHeader('deaths', t.header).index.size).toBe(4);
  });

  it('abort removes the file', async () => {
    const p = path.join(dir, 'aborted.xlsx');
    const w = new ErrorReportWriter(p, ['姓名']);
    await w.add(2, ['张三'], [{ code: 'BAD_NAME', column: '姓名', message: 'x' }]);
    await w.abort();
    expect(fs.existsSync(p)).toBe(false);
    await expect(w.add(3, [], [])).rejects.toThrow(/aborted/);
  });

  it('writes a large report in batches on the xlsx thread', async () => {
    const p = path.join(dir, 'large.xlsx');
    const w = new ErrorReportWriter(p, ['姓名', '身份证号']);
    for (let i = 0; i < 3000; i++) await w.add(i + 2, [`张三${i}`, '1'], [{ code: 'BAD_ID_FORMAT', column: '身份证号', message: '身份证号格式错误' }]);
    const s = await w.finish();
    expect(s.rows).toBe(3000);
    expect(s.countsByCode.BAD_ID_FORMAT).toBe(3000);
    const t = await openTable(p, { maxBytes: 10 * MB });
    let n = 0;
    for await (const r of t.rows()) {
      n++;
      expect(r.cells).toEqual([`张三${r.line - 2}`, '1', String(r.line), '身份证号格式错误']);
    }
    expect(n).toBe(3000);
  });
});
