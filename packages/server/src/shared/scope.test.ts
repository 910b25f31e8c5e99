import { describe, expect, it } from 'vitest';
import { prefixSql, prefixUpperBound } from './scope';

describe('prefix ranges (index-friendly under row-level security)', () => {
  it('bounds digit prefixes with digits', () => {
    expect(prefixUpperBound('500199')).toBe('5002');
    expect(prefixUpperBound('500199101')).toBe('500199102');
    expect(prefixUpperBound('5009')).toBe('501');
    expect(prefixUpperBound('999')).toBeNull();
  });
  it('bounds text by the next code point', () => {
    expect(prefixUpperBound('王秀')).toBe('王秀'.slice(0, 1) + String.fromCodePoint('秀'.codePointAt(0)! + 1));
    expect(prefixSql('p.name', '张')).toEqual({ sql: '(p.name >= ? and p.name < ?)', params: ['张', String.fromCodePoint('张'.codePointAt(0)! + 1)] });
  });
  it('bounds prefixes ending in rare characters of the extension planes, and the last code point', () => {
    expect(prefixUpperBound('𠮷')).toBe(String.fromCodePoint(0x20bb8)); // a surrogate pair, incremented as one character
    expect(prefixUpperBound('王\u{10FFFF}')).toBe(String.fromCodePoint('王'.codePointAt(0)! + 1));
    expect(prefixUpperBound('\u{10FFFF}')).toBeNull();
    expect(prefixUpperBound('a\uD7FF')).toBe('a\uE000');
  });
  it('every 12-digit code with the prefix is inside the range, neighbours outside', () => {
    const [lo, hi] = prefixSql('c', '500199101').params;
    for (const code of ['500199101000', '500199101999', '500199101201']) expect(code >= lo && code < hi).toBe(true);
    for (const code of ['500199100999', '500199102000', '500199']) expect(code >= lo && code < hi).toBe(false);
  });
});
