/**
 * Test data for the ledger: valid resident ID numbers (GB 11643, ISO 7064 MOD 11-2 check
 * character) and Chinese names, random per run so repeated runs against one server never collide.
 * Written out here rather than imported from @xiejiu/rules, so the tests do not trust the code
 * they check.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkChar(first17: string): string {
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return CHECK[sum % 11];
}

const rand = (n: number) => Math.floor(Math.random() * n);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An 18-digit ID of someone born in `year` (random day), male or female (odd/even sequence). */
export function makeIdNumber(year: number, sex: 'M' | 'F', addressCode = '500199'): string {
  const day = new Date(Date.UTC(year, 0, 1) + rand(365) * 86_400_000);
  const birth = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1, 2)}${pad(day.getUTCDate(), 2)}`;
  const seq = rand(500) * 2 + (sex === 'M' ? 1 : 0); // 3rd sequence digit: odd = male
  const first17 = `${addressCode}${birth}${pad(seq, 3)}`;
  return first17 + checkChar(first17);
}

/** 500199********123X → 500***********123X (first 3 and last 4 kept). */
export function masked(id: string): string {
  return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
}

const SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙'];
const GIVEN = [...'晨曦沐阳若溪景行知远怀瑾思齐清和嘉树云舒明哲雅南逸'];

/** A three- or four-character name unlikely to exist in the demo data. */
export function makeName(surname = SURNAMES[rand(SURNAMES.length)]): string {
  return surname + GIVEN[rand(GIVEN.length)] + GIVEN[rand(GIVEN.length)];
}

export { SURNAMES };
