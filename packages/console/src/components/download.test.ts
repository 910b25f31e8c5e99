import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('Content-Disposition file names', () => {
  it('reads the RFC 5987 form the server sends', () => {
    const name = encodeURIComponent('户籍台账-2026-11-29.xlsx');
    expect(fileNameOf(`attachment; filename*=UTF-8''${name}`)).toBe('户籍台账-2026-11-29.xlsx');
  });

  it('falls back to the plain form, or nothing', () => {
    expect(fileNameOf('attachment; filename="a.xlsx"')).toBe('a.xlsx');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
