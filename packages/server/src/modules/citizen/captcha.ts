import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { FieldCrypto } from '../../shared/field-crypto';

/**
 * 图形验证码, self-hosted (no outside service): four digits drawn as SVG strokes — each glyph from a small stroke
 * font below, scaled, rotated, skewed and coloured at random, crossed by noise curves and dots — so the digits are not
 * text a script can read out of the page. Digits only: easy to read for the elderly and typed on the phone's number
 * pad.
 *
 * Stateless until answered: the token carries the nonce, the expiry and the answer's HMAC (the field key's index
 * key), signed with the same key. Whoever answers — right or wrong — spends the nonce (`portal_captcha_use`,
 * code.service.ts), so a token is good for one try and guessing costs a new picture each time.
 */
export const CAPTCHA_TTL_MS = 5 * 60_000;
const LENGTH = 4;
const WIDTH = 168;
const HEIGHT = 64;

/** Strokes of each digit on a 10 × 16 grid (y down). */
const GLYPHS: Record<string, string[]> = {
  '0': ['M2,1 L8,1 L9.5,3.5 L9.5,12.5 L8,15 L2,15 L0.5,12.5 L0.5,3.5 Z'],
  '1': ['M2.5,4 L5.5,1 L5.5,15', 'M2.5,15 L8.5,15'],
  '2': ['M1,4 L2.5,1.5 L7.5,1.5 L9,4 L9,6.5 L1,15 L9.5,15'],
  '3': ['M1,1.5 L9,1.5 L4.5,7 L7.5,7.5 L9.5,10.5 L8.5,14 L5.5,15.5 L2,15 L0.5,13'],
  '4': ['M7,15.5 L7,1 L0.5,11 L9.5,11'],
  '5': ['M9,1 L2,1 L1.5,7 L6.5,6.5 L9,8.5 L9,13 L7,15 L2.5,15 L0.5,13.5'],
  '6': ['M8,1.5 L4.5,2.5 L1.5,7.5 L1.5,13 L3,15 L7.5,15 L9,13 L9,10 L7.5,8.5 L3,8.5 L1.5,10'],
  '7': ['M1,1.5 L9.5,1.5 L4,15.5', 'M3,8.5 L8,8.5'],
  '8': ['M5,8 L2,6 L2,3 L4,1 L6,1 L8,3 L8,6 L5,8 L1.5,10.5 L1.5,13.5 L3.5,15.5 L6.5,15.5 L8.5,13.5 L8.5,10.5 Z'],
  '9': ['M8.5,7 L7,8.5 L3,8.5 L1.5,7 L1.5,3 L3,1 L7,1 L8.5,3 L8.5,11 L6,15 L2,15'],
};

const rnd = (min: number, max: number) => min + (randomInt(0, 1_000_001) / 1_000_000) * (max - min);
const colour = () => `hsl(${randomInt(0, 360)},${randomInt(55, 85)}%,${randomInt(22, 38)}%)`;
const f = (n: number) => n.toFixed(1);

/** The picture of `answer`: an SVG document (no text elements, no external references). */
export function captchaSvg(answer: string): string {
  const parts: string[] = [];
  for (let i = 0; i < 5; i++) parts.push(`<circle cx="${f(rnd(0, WIDTH))}" cy="${f(rnd(0, HEIGHT))}" r="${f(rnd(1, 2.5))}" fill="${colour()}" opacity="0.6"/>`);
  [...answer].forEach((d, i) => {
    const scale = rnd(2.4, 2.9);
    const x = 14 + i * 38 + rnd(-4, 4);
    const y = (HEIGHT - 16 * scale) / 2 + rnd(-4, 4);
    const rotate = rnd(-16, 16);
    const skew = rnd(-12, 12);
    const transform = `translate(${f(x)} ${f(y)}) rotate(${f(rotate)} 15 24) skewX(${f(skew)}) scale(${scale.toFixed(2)})`;
    parts.push(
      `<g transform="${transform}" fill="none" stroke="${colour()}" stroke-width="${(rnd(3, 4) / scale).toFixed(2)}" stroke-linecap="round" stroke-linejoin="round">${GLYPHS[d].map((p) => `<path d="${p}"/>`).join('')}</g>`,
    );
  });
  for (let i = 0; i < 3; i++) {
    const y0 = rnd(10, HEIGHT - 10);
    const y1 = rnd(10, HEIGHT - 10);
    parts.push(
      `<path d="M${f(rnd(0, 20))},${f(y0)} C${f(rnd(30, 70))},${f(rnd(0, HEIGHT))} ${f(rnd(90, 130))},${f(rnd(0, HEIGHT))} ${f(rnd(WIDTH - 20, WIDTH))},${f(y1)}" fill="none" stroke="${colour()}" stroke-width="${f(rnd(1.2, 2))}" opacity="0.8"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="100%" height="100%" fill="#f4f6f8"/>${parts.join('')}</svg>`;
}

export interface Captcha {
  token: string;
  /** `data:image/svg+xml;base64,…` — an <img> source. */
  image: string;
  expiresAt: Date;
}

const answerMac = (fc: FieldCrypto, nonce: string, answer: string) => fc.blindIndex(`captcha-answer:${nonce}:${answer}`).slice(0, 32);
const tokenMac = (fc: FieldCrypto, payload: string) => fc.blindIndex(`captcha-token:${payload}`).slice(0, 32);

/** A new picture and its token. `answer` only for tests (a known picture). */
export function makeCaptcha(fc: FieldCrypto, now: Date, answer = String(randomInt(0, 10 ** LENGTH)).padStart(LENGTH, '0')): Captcha {
  const nonce = randomBytes(12).toString('hex');
  const expires = now.getTime() + CAPTCHA_TTL_MS;
  const payload = `${nonce}.${expires}.${answerMac(fc, nonce, answer)}`;
  return {
    token: `${payload}.${tokenMac(fc, payload)}`,
    image: `data:image/svg+xml;base64,${Buffer.from(captchaSvg(answer)).toString('base64')}`,
    expiresAt: new Date(expires),
  };
}

export type CaptchaCheck = { ok: true; nonce: string } | { ok: false; nonce: string | null; reason: 'MALFORMED' | 'EXPIRED' | 'WRONG' };

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Checks a token and an answer (spaces and full-width digits allowed). Spending the nonce is the caller's. */
export function checkCaptcha(fc: FieldCrypto, token: string, answer: string, now: Date): CaptchaCheck {
  const parts = (token ?? '').split('.');
  if (parts.length !== 4 || !/^[0-9a-f]{24}$/.test(parts[0]) || !/^\d{13}$/.test(parts[1])) return { ok: false, nonce: null, reason: 'MALFORMED' };
  const [nonce, expires, mac, sig] = parts;
  if (!same(sig, tokenMac(fc, `${nonce}.${expires}.${mac}`))) return { ok: false, nonce: null, reason: 'MALFORMED' };
  if (Number(expires) < now.getTime()) return { ok: false, nonce, reason: 'EXPIRED' };
  const typed = (answer ?? '').replace(/[\s]/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!same(mac, answerMac(fc, nonce, typed))) return { ok: false, nonce, reason: 'WRONG' };
  return { ok: true, nonce };
}
