/**
 * Money is integer fen (分) on the API; people read and type yuan (元) with two decimals.
 */
const YUAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 117900 → "1,179.00" */
export function formatYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return '—';
  return YUAN.format(fen / 100);
}

/** 1179.5 → 117950 (rounded to the fen, so 0.1 + 0.2 style float noise never leaks into the API) */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** 117950 → 1179.5, for an InputNumber's initial value */
export function fenToYuan(fen: number): number {
  return fen / 100;
}
