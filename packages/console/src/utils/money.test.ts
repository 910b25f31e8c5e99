import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, yuanToFen } from './money';

describe('money (fen ↔ yuan)', () => {
  it('formats fen as yuan with two decimals and grouping', () => {
    expect(formatYuan(117900)).toBe('1,179.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(null)).toBe('—');
  });

  it('converts typed yuan to integer fen', () => {
    expect(yuanToFen(1179.5)).toBe(117950);
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(19.99)).toBe(1999);
    expect(fenToYuan(1999)).toBe(19.99);
  });
});
