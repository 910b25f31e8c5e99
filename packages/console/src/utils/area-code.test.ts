import { describe, expect, it } from 'vitest';
import { areaAncestry, areaLevelOf, checkChildAreaCode, childCodePattern } from './area-code';

const district = { code: '330102000000', level: 1 };
const town = { code: '330102001000', level: 2 };
const village = { code: '330102001001', level: 3 };

describe('area codes', () => {
  it('derives level and ancestry', () => {
    expect(areaLevelOf('330102000000')).toBe(1);
    expect(areaLevelOf('330102001000')).toBe(2);
    expect(areaLevelOf('330102001001')).toBe(3);
    expect(areaAncestry('330102001001')).toEqual(['330102000000', '330102001000', '330102001001']);
    expect(areaAncestry('330102001000')).toEqual(['330102000000', '330102001000']);
  });

  it('accepts well-formed children', () => {
    expect(checkChildAreaCode(district, '330102002000')).toBeNull();
    expect(checkChildAreaCode(town, '330102001007')).toBeNull();
  });

  it('rejects malformed or misplaced codes', () => {
    expect(checkChildAreaCode(district, '33010200200')).toMatch(/12 位/);
    expect(checkChildAreaCode(district, '330103002000')).toMatch(/前 6 位/);
    expect(checkChildAreaCode(district, '330102002001')).toMatch(/后 3 位须为 000/);
    expect(checkChildAreaCode(district, '330102000000')).toMatch(/7–9/);
    expect(checkChildAreaCode(town, '330102002001')).toMatch(/前 9 位/);
    expect(checkChildAreaCode(town, '330102001000')).toMatch(/不能为 000/);
    expect(checkChildAreaCode(village, '330102001002')).toMatch(/村社级/);
  });

  it('shows the expected pattern', () => {
    expect(childCodePattern(district)).toBe('330102___000');
    expect(childCodePattern(town)).toBe('330102001___');
  });
});
