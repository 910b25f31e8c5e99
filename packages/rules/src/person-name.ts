/**
 * Person names (姓名) as the ledger stores them: Chinese characters including the rare ones of the
 * extension planes (生僻字 such as 𠮷 U+20BB7 or 䶮 U+4DAE, which JavaScript holds as surrogate pairs),
 * the separator “·” of transliterated names (买买提·艾力), Latin letters and single spaces. Emoji,
 * digits, symbols, punctuation and control characters are refused. One rule for the server and
 * the console.
 */

export const PERSON_NAME_MAX = 50;

/** Length in characters as a person counts them (𠮷 is one character, two UTF-16 units). */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Dots people type between the parts of a transliterated name, all meaning “·” (U+00B7). */
const NAME_DOTS = /[\u2022\u2027\u2219\u22C5\u30FB\uFF65\u0387]/g;

/**
 * The canonical form of a typed name: NFC, full-width Latin letters as ASCII (全角 input), any
 * kind of space as one ASCII space, the dot variants (・ • ‧ ･) as “·”, no space around “·”, trimmed.
 * Invalid characters are kept (and then refused by `parsePersonName`).
 */
export function normalisePersonName(raw: string | null | undefined): string {
  return String(raw ?? '')
    .normalize('NFC')
    .replace(/[\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(NAME_DOTS, '·')
    .replace(/[\s\u00A0\u3000]+/g, ' ')
    .replace(/ ?· ?/g, '·')
    .trim();
}

/** One allowed character: an ideograph (all planes), 〇, a Latin letter, “·” or a space. */
const NAME_CHAR = /^[\p{Unified_Ideograph}\u3007\p{Script=Latin}· ]$/u;

export type PersonNameResult = { ok: true; value: string } | { ok: false; message: string };

function describeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  // Control and invisible characters are named by their code point; visible ones are quoted.
  return /[\p{C}\p{Z}]/u.test(c) ? `（${hex}）` : `“${c}”（${hex}）`;
}

/** Normalises and validates a name; the Chinese message says what is wrong. */
export function parsePersonName(raw: string | null | undefined): PersonNameResult {
  const value = normalisePersonName(raw);
  if (!value) return { ok: false, message: '请填写姓名' };
  if (charLength(value) > PERSON_NAME_MAX) return { ok: false, message: `姓名不能超过 ${PERSON_NAME_MAX} 个字` };
  for (const c of value) {
    if (!NAME_CHAR.test(c)) {
      return { ok: false, message: `姓名含有不允许的字符${describeChar(c)}：只能使用汉字（含生僻字）、“·”、拉丁字母和空格，不能使用数字、符号或表情` };
    }
  }
  if (value.startsWith('·') || value.endsWith('·') || value.includes('··')) {
    return { ok: false, message: '姓名中的“·”只能用在两部分之间（如 买买提·艾力）' };
  }
  return { ok: true, value };
}

/**
 * A name masked for lists, receipts and SMS (docs/domain.md, masking): the first character kept, and from three
 * characters on the last too — 张三 → 张*, 张三明 → 张*明, 欧阳小明 → 欧**明. A one-character name is returned as is.
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
