/**
 * Parameter values between the API (fen, fractions, code lists) and the editor's inputs (元, %, …).
 * The API shows versions formatted ('650.00 元', '10%', '工资性收入、经营净收入') and, for code lists, the
 * codes in force (`codesAt`); the editor starts from the value in force.
 */
import type { ParameterValueInput } from '../../gql/graphql';

export type InputValue = number | string[] | null;

/** Unit shown after the input. */
export const INPUT_SUFFIX: Record<string, string> = {
  fen: '元',
  fenPerKWh: '元/千瓦时',
  percent: '%',
  ratio: '倍',
  year: '周岁',
  month: '个月',
  grade: '级',
  days: '天',
  kWh: '千瓦时',
  person: '人',
  home: '套',
  count: '项',
};

/** The value in force as the editor's input: a number from the display ('1,000.00 元', '10%'), codes from `codesAt`. */
export function displayToInput(unit: string, display: string | null | undefined, codesAt?: readonly string[] | null): InputValue {
  if (unit === 'codes') return codesAt ? [...codesAt] : [];
  if (!display) return null;
  const n = Number.parseFloat(display.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** The editor's input as the API value (fen for money, a fraction for percentages). */
export function inputToValue(unit: string, input: InputValue): ParameterValueInput {
  if (unit === 'codes') return { codes: Array.isArray(input) ? input : [] };
  const n = typeof input === 'number' ? input : Number.NaN;
  if (unit === 'fen' || unit === 'fenPerKWh') return { number: Math.round(n * 100) };
  if (unit === 'percent') return { number: Math.round(n * 100) / 10000 };
  return { number: n };
}
