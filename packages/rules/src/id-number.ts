/**
 * Resident identity numbers (GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type Sex = 'M' | 'F';

export interface IdNumberInfo {
  /** Normalised 18-character number (upper-case X). */
  idNumber: string;
  birthDate: string; // YYYY-MM-DD
  sex: Sex;
  addressCode: string;
  /** True when the input was a 15-digit number that has been upgraded. */
  upgraded: boolean;
}

export type IdNumberError = 'FORMAT' | 'DATE' | 'CHECK_DIGIT';

export type IdNumberResult = { ok: true; value: IdNumberInfo } | { ok: false; error: IdNumberError; message: string };

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function validDate(y: number, m: number, d: number, today: Date): boolean {
  if (y < 1880 || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return false;
  return dt.getTime() <= today.getTime();
}

/**
 * What a clerk typed, as the canonical characters of an ID number: full-width digits and letters
 * (a Chinese IME's 全角 mode) become ASCII, spaces (also the ideographic space), zero-width
 * characters and dashes used as separators are dropped, and a lower-case x becomes X. Nothing
 * else is changed: letters other than X or stray symbols stay and fail validation.
 */
export function normaliseIdInput(raw: string | null | undefined): string {
  return String(raw ?? '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u200B-\u200D\u2060\uFEFF\-\u2010-\u2015\u2212]/g, '')
    .toUpperCase();
}

/**
 * Validate and normalise an ID number (after `normaliseIdInput`, so full-width digits and
 * spaces are accepted). `today` bounds the birth date (defaults to now).
 */
export function parseIdNumber(raw: string, today: Date = new Date()): IdNumberResult {
  const input = normaliseIdInput(raw);
  let id: string;
  let upgraded = false;
  if (/^\d{15}$/.test(input)) {
    const first17 = `${input.slice(0, 6)}19${input.slice(6)}`;
    id = first17 + idCheckChar(first17);
    upgraded = true;
  } else if (/^\d{17}[\dX]$/.test(input)) {
    id = input;
  } else {
    return { ok: false, error: 'FORMAT', message: '身份证号码应为18位（末位可为X）或15位数字' };
  }
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (!validDate(y, m, d, today)) {
    return { ok: false, error: 'DATE', message: '身份证号码中的出生日期不存在' };
  }
  if (!upgraded && idCheckChar(id.slice(0, 17)) !== id[17]) {
    return { ok: false, error: 'CHECK_DIGIT', message: '身份证号码校验位错误，请核对' };
  }
  return {
    ok: true,
    value: {
      idNumber: id,
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
      addressCode: id.slice(0, 6),
      upgraded,
    },
  };
}

/** Masked for display: first 3 and last 4 kept (e.g. 500***********123X). */
export function maskIdNumber(id: string): string {
  if (!id) return '';
  if (id.length <= 7) return '*'.repeat(id.length);
  return id.slice(0, 3) + '*'.repeat(id.length - 7) + id.slice(-4);
}

/** Masked mobile: 138****1234. */
export function maskPhone(phone: string): string {
  if (!phone) return '';
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
