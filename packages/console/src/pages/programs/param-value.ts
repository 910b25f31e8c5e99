/**
 * Parameter values between the API (fen, fractions, code lists) and the editor's inputs (元, %, …).
 * The API shows versions formatted ('650.00 元', '10%', 'A、B'); the editor starts from the value in force.
 */
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

/** The displayed value ('1,000.00 元', '10%', 'WAGE、BUSINESS') as the editor's input value. */
export function displayToInput(unit: string, display: string | null | undefined): InputValue {
  if (!display) return unit === 'codes' ? [] : null;
  if (unit === 'codes') return display === '无' ? [] : display.split('、');
  const n = Number.parseFloat(display.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** The editor's input as the API value (fen for money, a fraction for percentages). */
export function inputToValue(unit: string, input: InputValue): number | string[] {
  if (unit === 'codes') return Array.isArray(input) ? input : [];
  const n = typeof input === 'number' ? input : Number.NaN;
  if (unit === 'fen' || unit === 'fenPerKWh') return Math.round(n * 100);
  if (unit === 'percent') return Math.round(n * 100) / 10000;
  return n;
}
