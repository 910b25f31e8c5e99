import { describe, expect, it } from 'vitest';
import { displayToInput, inputToValue } from './param-value';

describe('parameter values in the editor', () => {
  it('round-trips money, percentages, plain numbers and code lists', () => {
    expect(displayToInput('fen', '650.00 元')).toBe(650);
    expect(inputToValue('fen', 700.5)).toBe(70050);
    expect(displayToInput('percent', '10%')).toBe(10);
    expect(inputToValue('percent', 12.5)).toBe(0.125);
    expect(displayToInput('ratio', '1.5 倍')).toBe(1.5);
    expect(inputToValue('year', 60)).toBe(60);
    expect(displayToInput('codes', 'WAGE、BUSINESS')).toEqual(['WAGE', 'BUSINESS']);
    expect(displayToInput('codes', '无')).toEqual([]);
    expect(inputToValue('fenPerKWh', 0.52)).toBe(52);
  });
});
