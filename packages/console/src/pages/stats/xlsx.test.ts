import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutralise, xlsxBytes } from './xlsx';

describe('chart data xlsx', () => {
  it('neutralises cells that a spreadsheet would read as formulas', () => {
    for (const s of ['=1+1', '+86', '-5', '@SUM(A1)', '\t=x', '\r=x']) expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ['一镇', '12', "'quoted"]) expect(neutralise(s)).toBe(s);
  });

  it('writes a readable one-sheet workbook: numbers as numbers, text escaped and neutralised', () => {
    const bytes = xlsxBytes('救助对象/按区域', [
      ['区域', '户数'],
      ['一镇 <甲>', 3],
      ['=HYPERLINK("http://x")', 1.5],
    ]);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<c r="B2"><v>3</v></c>');
    expect(sheet).toContain('一镇 &lt;甲&gt;');
    expect(sheet).toContain(`'=HYPERLINK(&quot;http://x&quot;)`);
    expect(sheet).not.toContain('<f>');
    expect(strFromU8(files['xl/workbook.xml'])).toContain('name="救助对象 按区域"');
  });
});
