/** Chinese formatting of values in traces and condition texts. */
import type { CodeList } from '../ledger-codes';

export const UNKNOWN_TEXT = '未知';

/** 62000 → '620.00 元' (negative amounts keep their sign). */
export function yuan(fen: number): string {
  const neg = fen < 0;
  const abs = Math.round(neg ? -fen : fen);
  const int = Math.floor(abs / 100);
  const dec = abs - int * 100;
  return `${neg ? '-' : ''}${int}.${dec < 10 ? '0' : ''}${dec} 元`;
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000);
}

const SUFFIX: Record<string, string> = {
  year: ' 周岁',
  month: ' 个月',
  grade: ' 级',
  ratio: ' 倍',
  days: ' 天',
  kWh: ' 千瓦时',
  person: ' 人',
  home: ' 套',
  vehicle: ' 辆',
  count: ' 项',
};

export function formatNumber(v: number, unit: string | undefined): string {
  switch (unit) {
    case 'fen':
      return yuan(v);
    case 'percent':
      return `${num(v * 100)}%`;
    case 'fenPerKWh':
      return `${(v / 100).toFixed(2)} 元/千瓦时`;
    default:
      return num(v) + (unit ? (SUFFIX[unit] ?? '') : '');
  }
}

export function formatCode(v: string, codes: CodeList | undefined): string {
  return codes?.[v] ?? v;
}

export function formatValue(v: unknown, unit?: string, codes?: CodeList): string {
  if (v === undefined) return UNKNOWN_TEXT;
  if (v === null) return '无';
  if (typeof v === 'number') return formatNumber(v, unit);
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'string') return formatCode(v, codes);
  if (Array.isArray(v)) return v.length ? v.map((x) => formatCode(String(x), codes)).join('、') : '无';
  return String(v);
}

/** 'YYYY-MM-01' → 'YYYY年M月'. */
export function monthText(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
