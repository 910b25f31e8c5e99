import { describe, expect, it } from 'vitest';
import { displayToInput, inputToValue } from './param-value';

describe('parameter values in the editor', () => {
  it('round-trips money, percentages, plain numbers and code lists', () => {
    expect(displayToInput('fen', '650.00 元')).toBe(650);
    expect(inputToValue('fen', 700.5)).toEqual({ number: 70050 });
    expect(displayToInput('percent', '10%')).toBe(10);
    expect(inputToValue('percent', 12.5)).toEqual({ number: 0.125 });
    expect(displayToInput('ratio', '1.5 倍')).toBe(1.5);
    expect(inputToValue('year', 60)).toEqual({ number: 60 });
    expect(displayToInput('codes', '工资性收入、经营净收入', ['WAGE', 'BUSINESS'])).toEqual(['WAGE', 'BUSINESS']);
    expect(inputToValue('codes', ['WAGE'])).toEqual({ codes: ['WAGE'] });
    expect(displayToInput('codes', '无', [])).toEqual([]);
    expect(inputToValue('fenPerKWh', 0.52)).toEqual({ number: 52 });
  });
});
