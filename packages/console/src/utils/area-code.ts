/**
 * 12-digit 统计用区划代码: district = first 6 digits (+ 000000), town = first 9 (+ 000),
 * village = all 12. Level numbers follow the server: 1 区县, 2 镇街, 3 村社.
 */
export const AREA_LEVEL_NAMES: Record<number, string> = { 1: '区县', 2: '镇街', 3: '村社' };

const PREFIX_BY_LEVEL: Record<number, number> = { 1: 6, 2: 9, 3: 12 };

export function areaLevelOf(code: string): 1 | 2 | 3 {
  if (code.endsWith('000000')) return 1;
  if (code.endsWith('000')) return 2;
  return 3;
}

/** The chain of codes from the district down to `code` itself. */
export function areaAncestry(code: string): string[] {
  const district = `${code.slice(0, 6)}000000`;
  const town = `${code.slice(0, 9)}000`;
  switch (areaLevelOf(code)) {
    case 1:
      return [code];
    case 2:
      return [district, code];
    default:
      return [district, town, code];
  }
}

/**
 * Client-side check of a new child's code under `parent`; returns the Chinese problem or null.
 * The server validates again.
 */
export function checkChildAreaCode(parent: { code: string; level: number }, code: string): string | null {
  if (!/^\d{12}$/.test(code)) return '区划代码须为 12 位数字';
  const childLevel = parent.level + 1;
  if (childLevel > 3) return '村社级区划下不能再新增下级区划';
  const prefixLen = PREFIX_BY_LEVEL[parent.level];
  if (code.slice(0, prefixLen) !== parent.code.slice(0, prefixLen)) {
    return `前 ${prefixLen} 位须与上级区划代码一致（${parent.code.slice(0, prefixLen)}）`;
  }
  if (childLevel === 2) {
    if (code.slice(6, 9) === '000') return '镇街代码第 7–9 位不能为 000';
    if (code.slice(9) !== '000') return '镇街代码后 3 位须为 000';
  }
  if (childLevel === 3 && code.slice(9) === '000') return '村社代码后 3 位不能为 000';
  return null;
}

/** Placeholder showing the expected shape of a child code, e.g. `330102001___`. */
export function childCodePattern(parent: { code: string; level: number }): string {
  const prefixLen = PREFIX_BY_LEVEL[parent.level] ?? 12;
  const prefix = parent.code.slice(0, prefixLen);
  return parent.level === 1 ? `${prefix}___000` : `${prefix}${'_'.repeat(12 - prefixLen)}`;
}
