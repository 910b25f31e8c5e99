import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gbk, tempDir, validId, writeXlsx } from '../fixtures/files';
import { cellsByHeader, headerMatcher, mapHeader, rowKey, validateRow } from '../validate';
import { numberText } from './cells';
import { CsvParser } from './csv';
import { openTable, type TableReader } from './index';
import { cellText } from './xlsx';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (content: string | Buffer, ext = 'csv') => {
  const p = path.join(dir, `f${++n}.${ext}`);
  fs.writeFileSync(p, content);
  return p;
};
const MB = 1024 * 1024;

async function all(t: TableReader) {
  const out: Array<{ line: number; cells: string[] }> = [];
  for await (const r of t.rows()) out.push(r);
  return out;
}

async function refusal(p: Promise<unknown>): Promise<{ message: string; reason: unknown }> {
  try {
    await p;
  } catch (e) {
    const err = e as { message: string; extensions?: { code?: string; reason?: unknown } };
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    return { message: err.message, reason: err.extensions?.reason };
  }
  throw new Error('expected a refusal');
}

describe('CSV reading', () => {
  it('reads UTF-8 without BOM, trims cells (also U+3000 and NBSP) and skips blank rows keeping Excel row numbers', async () => {
    const t = await openTable(file('姓名,身份证号\n\u3000张三\u00A0, 110 \n\n,\n李四,2\n'), { maxBytes: MB });
    expect(t.format).toBe('csv');
    expect(t.encoding).toBe('utf-8');
    expect(t.header).toEqual(['姓名', '身份证号']);
    expect(await all(t)).toEqual([
      { line: 2, cells: ['张三', '110'] },
      { line: 5, cells: ['李四', '2'] },
    ]);
  });

  it('reads UTF-8 with BOM (the header has no BOM left) and CRLF line ends', async () => {
    const t = await openTable(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('姓名,身份证号\r\n张三,1\r\n')])), { maxBytes: MB });
    expect(t.encoding).toBe('utf-8');
    expect(t.header).toEqual(['姓名', '身份证号']);
    expect(await all(t)).toEqual([{ line: 2, cells: ['张三', '1'] }]);
  });

  it('detects GBK (GB18030) and decodes it; the GBK test encoder matches known bytes', async () => {
    expect(gbk('张三').equals(Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]))).toBe(true);
    const t = await openTable(file(gbk('姓名,身份证号,备注\r\n张三,1,低保户\r\n李四,2,"住在东街,三号"\r\n')), { maxBytes: MB });
    expect(t.encoding).toBe('gb18030');
    expect(t.header).toEqual(['姓名', '身份证号', '备注']);
    expect(await all(t)).toEqual([
      { line: 2, cells: ['张三', '1', '低保户'] },
      { line: 3, cells: ['李四', '2', '住在东街,三号'] },
    ]);
  });

  it('decodes GBK where the 64 KB sniff sample ends inside a UTF-8-looking character', async () => {
    // Long ASCII first, so the Chinese text starts near the sample boundary.
    const lines = ['姓名,备注'];
    for (let i = 0; i < 3000; i++) lines.push(`a${i},${'x'.repeat(20)}`);
    lines.push('张三,低保');
    const t = await openTable(file(gbk(`${lines.join('\n')}\n`)), { maxBytes: MB });
    expect(t.encoding).toBe('gb18030');
    const rows = await all(t);
    expect(rows.at(-1)?.cells).toEqual(['张三', '低保']);
  });

  it('keeps UTF-8 when a multibyte character is cut by the 64 KB sample', async () => {
    const body = `姓名,备注\n${'张三,低保\n'.repeat(10_000)}`;
    const t = await openTable(file(body), { maxBytes: MB });
    expect(t.encoding).toBe('utf-8');
    const rows = await all(t);
    expect(rows).toHaveLength(10_000);
    expect(rows.every((r) => r.cells[0] === '张三' && r.cells[1] === '低保')).toBe(true);
  });

  it('parses RFC 4180 quoting: separators, "" and line breaks inside quotes; a quoted line break stays in one row', async () => {
    const t = await openTable(file('姓名,备注,电话\n"张三","他说""你好"",再见","1"\n"李四","第一行\r\n第二行",2\n王五,x,3'), { maxBytes: MB });
    expect(await all(t)).toEqual([
      { line: 2, cells: ['张三', '他说"你好",再见', '1'] },
      { line: 3, cells: ['李四', '第一行\r\n第二行', '2'] },
      { line: 4, cells: ['王五', 'x', '3'] },
    ]);
  });

  it('parses across arbitrary chunk boundaries the same way', () => {
    const text = '姓名,备注\n"张三","a""b\nc",x\r\n李四,"",y\r\n';
    const whole = new CsvParser(',');
    const expected = [...whole.push(text), ...whole.end()];
    for (let cut = 1; cut < text.length; cut++) {
      const p = new CsvParser(',');
      const got = [...p.push(text.slice(0, cut)), ...p.push(text.slice(cut)), ...p.end()];
      expect(got).toEqual(expected);
    }
    expect(expected[1]).toEqual({ line: 2, cells: ['张三', 'a"b\nc', 'x'] });
  });

  it('accepts tab- and semicolon-separated files', async () => {
    const tab = await openTable(file('姓名\t身份证号\n张三\t1,5\n'), { maxBytes: MB });
    expect(tab.header).toEqual(['姓名', '身份证号']);
    expect((await all(tab))[0].cells).toEqual(['张三', '1,5']);
    const semi = await openTable(file('姓名;身份证号\n张三;1\n'), { maxBytes: MB });
    expect((await all(semi))[0].cells).toEqual(['张三', '1']);
  });

  it('refuses an unclosed quote as BAD_FILE naming the row', async () => {
    const t = await openTable(file('姓名,备注\n张三,1\n李四,"没有结束\n王五,3\n'), { maxBytes: MB });
    const r = await refusal(all(t));
    expect(r.reason).toBe('BAD_FILE');
    expect(r.message).toMatch(/第 3 行的引号没有配对/);
  });
});

describe('header row', () => {
  it('skips a title row above the header when the caller recognises the header (CSV and xlsx)', async () => {
    const id = validId();
    const csv = await openTable(file(`某某村死亡人员名单,,,\n\n姓名,身份证号,死亡日期,来源\n张三,${id},2026-01-05,公安\n`), {
      maxBytes: MB,
      isHeader: headerMatcher('deaths'),
    });
    expect(csv.header).toEqual(['姓名', '身份证号', '死亡日期', '来源']);
    expect(csv.headerLine).toBe(3);
    expect(await all(csv)).toEqual([{ line: 4, cells: ['张三', id, '2026-01-05', '公安'] }]);
    const p = await writeXlsx(path.join(dir, 'title.xlsx'), [
      ['2026年死亡人员名单'],
      ['姓名', '身份证号', '死亡日期', '来源'],
      ['张三', id, '2026-01-05', '公安'],
      ['李四', id, '2026-01-06', '公安'],
    ]);
    const x = await openTable(p, { maxBytes: MB, isHeader: headerMatcher('deaths') });
    expect(x.headerLine).toBe(2);
    expect((await all(x)).map((r) => r.line)).toEqual([3, 4]);
    // No row looks like the header: the first row is taken (mapHeader then names the missing columns).
    const none = await openTable(file('标题\na,b\nc,d\n'), { maxBytes: MB, isHeader: headerMatcher('deaths') });
    expect(none.header).toEqual(['标题']);
    expect(await all(none)).toHaveLength(2);
  });

  it('unwraps ="…" cells (text kept as text by spreadsheet exports)', async () => {
    const t = await openTable(file('姓名,身份证号\n张三,="110101198001011234"\n李四,"=""0012"""\n'), { maxBytes: MB });
    expect((await all(t)).map((r) => r.cells[1])).toEqual(['110101198001011234', '0012']);
  });
});

describe('file checks', () => {
  it('refuses an oversized file with the Chinese limit', async () => {
    const r = await refusal(openTable(file('x'.repeat(2 * MB + 1)), { maxBytes: 2 * MB }));
    expect(r).toEqual({ reason: 'FILE_TOO_LARGE', message: '文件超过 2 MB 上限，请拆分后分批导入' });
  });

  it('refuses empty files, blank-only files and header-only files as EMPTY_FILE', async () => {
    expect(await refusal(openTable(file(''), { maxBytes: MB }))).toEqual({ reason: 'EMPTY_FILE', message: '文件是空的' });
    expect((await refusal(openTable(file('\n ,\n\n'), { maxBytes: MB }))).reason).toBe('EMPTY_FILE');
    const headerOnly = await refusal(openTable(file('姓名,身份证号\n'), { maxBytes: MB }));
    expect(headerOnly).toEqual({ reason: 'EMPTY_FILE', message: '文件中没有数据行（只有表头）' });
  });

  it('refuses binary files, old xls and UTF-16 as BAD_FILE', async () => {
    const png = await refusal(openTable(file(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'csv'), { maxBytes: MB }));
    expect(png).toEqual({ reason: 'BAD_FILE', message: '文件无法读取：不是有效的 xlsx 或 CSV 文件' });
    const xls = await refusal(
      openTable(file(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]), 'xls'), { maxBytes: MB }),
    );
    expect(xls.message).toMatch(/旧版 xls/);
    const utf16 = await refusal(openTable(file(Buffer.from('\uFEFF姓名', 'utf16le')), { maxBytes: MB }));
    expect(utf16.message).toMatch(/UTF-16/);
  });

  it('refuses more data rows than maxRows as TOO_MANY_ROWS', async () => {
    const t = await openTable(file('姓名\n张三\n李四\n王五\n'), { maxBytes: MB, maxRows: 2 });
    const r = await refusal(all(t));
    expect(r).toEqual({ reason: 'TOO_MANY_ROWS', message: '文件超过 2 行数据的上限，请拆分后分批导入' });
  });

  it('streams a 200,000-row CSV with little memory growth', async () => {
    const p = path.join(dir, 'big.csv');
    const out = fs.openSync(p, 'w');
    fs.writeSync(out, '姓名,身份证号,救助项目编码,月救助金额(元),开始日期\n');
    let chunk = '';
    for (let i = 0; i < 200_000; i++) {
      chunk += `张三${i},11010119800101${String(i % 1000).padStart(3, '0')}X,DIBAO,"1,234.50",2026-01-05\n`;
      if (chunk.length > 1_000_000) {
        fs.writeSync(out, chunk);
        chunk = '';
      }
    }
    fs.writeSync(out, chunk);
    fs.closeSync(out);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const t = await openTable(p, { maxBytes: 100 * MB, maxRows: 1_000_000 });
    let count = 0;
    let last = 0;
    let peak = before;
    for await (const r of t.rows()) {
      count++;
      last = r.line;
      if (count % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(count).toBe(200_000);
    expect(last).toBe(200_001);
    expect(fs.statSync(p).size).toBeGreaterThan(10 * MB);
    expect(peak - before).toBeLessThan(100 * MB);
  });
});

describe('xlsx reading', () => {
  it('reads the first worksheet: dates, numbers without float artefacts, rich text, formulas, blank rows skipped', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(['姓名', ' 身份证号 ', '金额', '日期', '备注', '公式']);
    ws.addRow([
      '张三',
      '110101198001011234',
      0.1 + 0.2,
      new Date(Date.UTC(2026, 0, 5)),
      { richText: [{ text: '低' }, { font: { bold: true }, text: '保' }] },
      { formula: 'C2*2', result: 0.6000000000000001 },
    ]);
    ws.addRow([]);
    ws.addRow(['', '', null]);
    ws.addRow(['李四', Number('110101198001011234'), 1234.5, '2026/1/5', '\u3000备注\u3000', { formula: 'TEXT(1,"0")', result: 'x' }]);
    ws.getCell('D5').numFmt = 'yyyy-mm-dd';
    wb.addWorksheet('第二页').addRow(['不读']);
    const p = path.join(dir, 'cells.xlsx');
    await wb.xlsx.writeFile(p);
    const t = await openTable(p, { maxBytes: MB });
    expect(t.format).toBe('xlsx');
    expect(t.encoding).toBeNull();
    expect(t.header).toEqual(['姓名', '身份证号', '金额', '日期', '备注', '公式']);
    const rows = await all(t);
    expect(rows).toEqual([
      { line: 2, cells: ['张三', '110101198001011234', '0.3', '2026-01-05', '低保', '0.6'] },
      { line: 5, cells: ['李四', '110101198001011000', '1234.5', '2026/1/5', '备注', 'x'] },
    ]);
  });

  it('reads the first sheet in tab order and Chinese text intact across 16 KB chunks', async () => {
    const rows: unknown[][] = [['姓名', '备注']];
    for (let i = 0; i < 20_000; i++) rows.push([`张三李四王五${i}`, `东街社区第${i}号`]);
    const p = await writeXlsx(path.join(dir, 'many.xlsx'), rows);
    const t = await openTable(p, { maxBytes: 50 * MB, xlsxThread: false });
    let count = 0;
    for await (const r of t.rows()) {
      count++;
      expect(r.cells[0]).toBe(`张三李四王五${r.line - 2}`);
      expect(r.cells[1]).toBe(`东街社区第${r.line - 2}号`);
    }
    expect(count).toBe(20_000);
  });

  it('a malformed xlsx is BAD_FILE, never a hang or a crash: truncated, random bytes after PK, corrupt deflate data', async () => {
    const rows: unknown[][] = [['姓名', '备注']];
    for (let i = 0; i < 5000; i++) rows.push([`张三${i}`, `备注${i}`]);
    const good = fs.readFileSync(await writeXlsx(path.join(dir, 'good.xlsx'), rows));
    const truncated = file(good.subarray(0, Math.floor(good.length / 2)), 'xlsx');
    const random = file(Buffer.concat([Buffer.from('PK\x03\x04'), crypto.randomBytes(5000)]), 'xlsx');
    const corrupt = Buffer.from(good);
    for (let i = 2000; i < 2400; i++) corrupt[i] = 0x55;
    const corruptFile = file(corrupt, 'xlsx');
    for (const xlsxThread of [true, false]) {
      for (const p of [truncated, random, corruptFile]) {
        const r = await refusal(
          (async () => {
            const t = await openTable(p, { maxBytes: MB, stallMs: 500, xlsxThread });
            await all(t);
          })(),
        );
        expect(r).toEqual({ reason: 'BAD_FILE', message: '文件无法读取：不是有效的 xlsx 或 CSV 文件' });
      }
    }
  });

  it('on the reader thread: rows in batches, the same as on the calling thread; stopping early releases the read', async () => {
    const rows: unknown[][] = [['姓名', '序号']];
    for (let i = 0; i < 2500; i++) rows.push([`张三${i}`, i]);
    const p = await writeXlsx(path.join(dir, 'thread.xlsx'), rows);
    const onThread = await all(await openTable(p, { maxBytes: MB }));
    const inline = await all(await openTable(p, { maxBytes: MB, xlsxThread: false }));
    expect(onThread).toHaveLength(2500);
    expect(onThread).toEqual(inline);
    const t = await openTable(p, { maxBytes: MB });
    let n = 0;
    for await (const _ of t.rows()) if (++n === 1500) break;
    expect(n).toBe(1500);
    expect((await refusal(all(await openTable(p, { maxBytes: MB, maxRows: 2000 })))).reason).toBe('TOO_MANY_ROWS');
  });

  it('a csv-named xlsx is read as xlsx (format by content)', async () => {
    const p = await writeXlsx(path.join(dir, 'named.csv'), [['姓名'], ['张三']]);
    const t = await openTable(p, { maxBytes: MB });
    expect(t.format).toBe('xlsx');
    expect(await all(t)).toEqual([{ line: 2, cells: ['张三'] }]);
  });
});

describe('the same rows in every format', () => {
  it('give the same records and rowKeys from a GBK CSV, a UTF-8 CSV (BOM, reordered columns) and an xlsx', async () => {
    const head = validId('19700101', 11);
    const wife = validId('19720202', 22);
    const header = ['姓名', '身份证号', '救助项目编码', '月救助金额(元)', '开始日期', '区划代码', '户主身份证号', '与户主关系', '备注'];
    const rows = [
      ['王建国', head, 'DIBAO', '1,200.50', '2026年1月5日', '110101001001', head, '户主', '住东街,三号'],
      ['李秀兰', wife, 'dibao', '860', '2026/1/5', '110101001001', head, '妻子', '他说"好"'],
    ];
    const csvLine = (cells: string[]) => cells.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
    const gbkFile = file(gbk(`${[header, ...rows].map(csvLine).join('\r\n')}\r\n`));
    // UTF-8 with BOM, columns in another order, dates and amounts spelled differently
    const order = [8, 7, 6, 5, 4, 3, 2, 1, 0];
    const respell = (r: string[]) => r.map((c, i) => (i === 4 ? '2026-01-05' : i === 3 ? c.replace(',', '') : c));
    const utf8File = file(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(`${[header, ...rows.map(respell)].map((r) => csvLine(order.map((i) => r[i]))).join('\n')}\n`),
      ]),
    );
    const xlsxRowsIn: unknown[][] = [
      header,
      ...rows.map((r) => r.map((c, i) => (i === 4 ? new Date(Date.UTC(2026, 0, 5)) : i === 3 ? Number(c.replace(',', '')) : c))),
    ];
    const xlsxFile = await writeXlsx(path.join(dir, 'same.xlsx'), xlsxRowsIn);
    const ctx = {
      today: '2026-03-01',
      programs: new Map([['DIBAO', 'MINZHENG']]),
      departmentCode: 'MINZHENG',
      areaExists: () => true,
      inScope: () => true,
    };
    const keysOf = async (p: string) => {
      const t = await openTable(p, { maxBytes: MB });
      const map = mapHeader('roster', t.header);
      const keys: string[] = [];
      for await (const r of t.rows()) {
        const v = validateRow('roster', cellsByHeader(map, r.cells), ctx);
        if (!v.record) throw new Error(JSON.stringify(v.errors));
        keys.push(rowKey('roster', v.record));
      }
      return { encoding: t.encoding, keys };
    };
    const a = await keysOf(gbkFile);
    const b = await keysOf(utf8File);
    const c = await keysOf(xlsxFile);
    expect([a.encoding, b.encoding, c.encoding]).toEqual(['gb18030', 'utf-8', null]);
    expect(a.keys).toHaveLength(2);
    expect(new Set(a.keys).size).toBe(2);
    expect(b.keys).toEqual(a.keys);
    expect(c.keys).toEqual(a.keys);
  });
});

describe('cell text', () => {
  it('numbers as Excel shows them, dates, booleans, errors, hyperlinks, formulas with date formats', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1234.5)).toBe('1234.5');
    expect(numberText(-7)).toBe('-7');
    expect(numberText(Number('110101198001011234'))).toBe('110101198001011000');
    expect(numberText(1.5e-7)).toBe('1.5e-7');
    expect(numberText(Number.NaN)).toBe('');
    expect(cellText({ value: true })).toBe('TRUE');
    expect(cellText({ value: { error: '#N/A' } as ExcelJS.CellValue })).toBe('#N/A');
    expect(cellText({ value: { text: '链接', hyperlink: 'http://x' } as ExcelJS.CellValue })).toBe('链接');
    expect(cellText({ value: { formula: 'A1', result: 46027 } as ExcelJS.CellValue, numFmt: 'yyyy"年"m"月"d"日"' })).toBe('2026-01-05');
    expect(cellText({ value: { formula: 'A1', result: 46027 } as ExcelJS.CellValue, numFmt: '0.00' })).toBe('46027');
    expect(cellText({ value: { formula: 'A1' } as ExcelJS.CellValue })).toBe('');
    expect(cellText({ value: new Date(Date.UTC(1999, 11, 31, 13, 0)) })).toBe('1999-12-31');
    expect(cellText({ value: null })).toBe('');
  });
});
