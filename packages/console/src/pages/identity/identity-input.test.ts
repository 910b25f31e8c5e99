import { describe, expect, it } from 'vitest';
import { csvCell, csvCells, idNumbersFromFile, parts, splitIdNumbers, toCsv } from './identity-input';

describe('身份比对 input', () => {
  it('splits pasted lists on lines, commas (also full-width), spaces and 、, dropping repeats', () => {
    expect(splitIdNumbers('11010119800101123X\n110101198001011234, 110101198001011234，a b、c;d\n\n')).toEqual([
      '11010119800101123X',
      '110101198001011234',
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(splitIdNumbers('  ')).toEqual([]);
  });

  it('takes the 身份证号 column of a CSV with a header, else the first column', () => {
    expect(idNumbersFromFile('\uFEFF姓名,身份证号,备注\r\n张三,110101198001011234,"a,b"\r\n李四,"11010119800101123X",\r\n')).toEqual([
      '110101198001011234',
      '11010119800101123X',
    ]);
    expect(idNumbersFromFile('110101198001011234,张三\n11010119800101123X\n')).toEqual(['110101198001011234', '11010119800101123X']);
    expect(idNumbersFromFile('姓名\t身份证号\n王五\t110101198001011234\n')).toEqual(['110101198001011234']);
    expect(idNumbersFromFile('')).toEqual([]);
  });

  it('cuts lists into parts of at most 200', () => {
    const list = Array.from({ length: 401 }, (_, i) => String(i));
    expect(parts(list).map((p) => p.length)).toEqual([200, 200, 1]);
    expect(parts([])).toEqual([]);
  });

  it('writes CSV cells safely for Excel', () => {
    expect(csvCells('"a ""b""",c')).toEqual(['a "b"', 'c']);
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('110101198001011234')).toBe('"\t110101198001011234"');
    expect(toCsv(['a'], [['x']])).toBe('\uFEFFa\r\nx\r\n');
  });
});
