import { describe, expect, it } from 'vitest';
import { areaLevel, areaPrefix, isInArea, parentAreaCode, townKind } from './area-code';

describe('area codes', () => {
  it('derives level, prefix and parent', () => {
    expect(areaLevel('500199000000')).toBe(1);
    expect(areaLevel('500199101000')).toBe(2);
    expect(areaLevel('500199101201')).toBe(3);
    expect(areaLevel('50019910120')).toBeNull();
    expect(areaLevel('000000000000')).toBeNull();
    expect(areaPrefix('500199000000')).toBe('500199');
    expect(areaPrefix('500199101000')).toBe('500199101');
    expect(areaPrefix('500199101201')).toBe('500199101201');
    expect(parentAreaCode('500199101201')).toBe('500199101000');
    expect(parentAreaCode('500199101000')).toBe('500199000000');
    expect(parentAreaCode('500199000000')).toBeNull();
  });
  it('checks subtree membership', () => {
    expect(isInArea('500199101201', '500199101000')).toBe(true);
    expect(isInArea('500199102201', '500199101000')).toBe(false);
    expect(isInArea('500199101201', '500199')).toBe(true);
  });
  it('names the township kind', () => {
    expect(townKind('500199001000')).toBe('街道');
    expect(townKind('500199101000')).toBe('镇');
  });
});
