import { describe, expect, it } from 'vitest';
import { charLength, normalisePersonName, parsePersonName } from './person-name';

const ok = (raw: string) => {
  const r = parsePersonName(raw);
  if (!r.ok) throw new Error(`refused ${raw}: ${r.message}`);
  return r.value;
};
const refused = (raw: string) => {
  const r = parsePersonName(raw);
  if (r.ok) throw new Error(`accepted ${raw}`);
  return r.message;
};

describe('person names', () => {
  it('accept Chinese names including rare characters of the extension planes', () => {
    expect(ok('张三')).toBe('张三');
    expect(ok('𠮷野家')).toBe('𠮷野家'); // U+20BB7, a surrogate pair
    expect(ok('刘䶮')).toBe('刘䶮'); // U+4DAE, extension A
    expect(ok('王𬭚')).toBe('王𬭚'); // U+2CB5A, extension E
    expect(ok('李\u{31350}')).toBe('李\u{31350}'); // extension H
    expect(charLength('𠮷野家')).toBe(3);
  });

  it('accept the separator ·, Latin letters and single spaces, normalising dot variants and full-width letters', () => {
    expect(ok('买买提·艾力')).toBe('买买提·艾力');
    expect(ok('买买提・艾力')).toBe('买买提·艾力'); // katakana middle dot from an IME
    expect(ok('买买提 • 艾力')).toBe('买买提·艾力');
    expect(ok('  John   Smith ')).toBe('John Smith');
    expect(ok('Ｊｏｈｎ　Ｓｍｉｔｈ')).toBe('John Smith'); // full-width letters and ideographic space
    expect(ok('Zoë Müller')).toBe('Zoë Müller');
    expect(normalisePersonName('e\u0301')).toBe('é'); // NFC
  });

  it('refuse emoji, digits, symbols and control characters, naming the character', () => {
    expect(refused('张三😀')).toMatch(/不允许的字符“😀”（U\+1F600）/);
    expect(refused('张三1')).toMatch(/“1”/);
    expect(refused('张三１')).toMatch(/“１”/);
    expect(refused('张<b>')).toMatch(/“<”/);
    expect(refused('张\u0007三')).toMatch(/（U\+0007）/);
    expect(refused('张\u200B三')).toMatch(/（U\+200B）/);
    expect(refused('张\u202E三')).toMatch(/（U\+202E）/);
    expect(refused('★')).toMatch(/不允许/);
    expect(refused('张。三')).toMatch(/“。”/);
    expect(refused('👨‍👩‍👧')).toMatch(/不允许/);
  });

  it('refuse empty names, misplaced dots and names over 50 characters (counted as characters, not UTF-16 units)', () => {
    expect(refused('   ')).toBe('请填写姓名');
    expect(refused('·艾力')).toMatch(/两部分之间/);
    expect(refused('买买提··艾力')).toMatch(/两部分之间/);
    expect(ok('𠮷'.repeat(50))).toHaveLength(100);
    expect(refused('𠮷'.repeat(51))).toBe('姓名不能超过 50 个字');
  });
});
