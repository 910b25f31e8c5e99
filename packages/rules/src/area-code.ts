/**
 * 统计用区划代码 (12 digits): county 6 + township 3 + village 3.
 * Level 1 = 区县 (district), 2 = 镇街 (town/street), 3 = 村社 (village/community).
 */
export type AreaLevel = 1 | 2 | 3;

export const AREA_LEVEL_NAMES: Record<AreaLevel, string> = { 1: '区县', 2: '镇街', 3: '村社' };

const AREA_CODE = /^\d{12}$/;

export function isAreaCode(code: string): boolean {
  return AREA_CODE.test(code);
}

/** Level of a 12-digit code: trailing zero groups decide it. Returns null when malformed. */
export function areaLevel(code: string): AreaLevel | null {
  if (!isAreaCode(code)) return null;
  if (code.slice(0, 6) === '000000') return null;
  if (code.slice(6) === '000000') return 1;
  if (code.slice(9) === '000') return 2;
  return 3;
}

/** The scope prefix of an area: 6 digits for a district, 9 for a town, 12 for a village. */
export function areaPrefix(code: string): string {
  const level = areaLevel(code);
  if (level === null) throw new Error(`无效的区划代码：${code}`);
  return code.slice(0, level === 1 ? 6 : level === 2 ? 9 : 12);
}

/** Parent code of an area (null for a district). */
export function parentAreaCode(code: string): string | null {
  const level = areaLevel(code);
  if (level === null || level === 1) return null;
  if (level === 2) return `${code.slice(0, 6)}000000`;
  return `${code.slice(0, 9)}000`;
}

/** True when `code` lies in the subtree that `prefix` (or area code) covers. */
export function isInArea(code: string, scope: string): boolean {
  const prefix = isAreaCode(scope) ? areaPrefix(scope) : scope;
  return code.startsWith(prefix);
}

/** Township kind from digits 7–9 (GB/T 10114 convention). */
export function townKind(code: string): string {
  const n = Number(code.slice(6, 9));
  if (n < 100) return '街道';
  if (n < 200) return '镇';
  if (n < 300) return '乡';
  if (n >= 400 && n < 600) return '农场/园区';
  return '其他';
}
