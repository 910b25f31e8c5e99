import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 → bytes (case-insensitive; spaces and '=' padding ignored). */
export function base32Decode(secret: string): Buffer {
  const clean = secret.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const idx = BASE32.indexOf(ch);
    if (idx < 0) throw new Error(`invalid base32 character: ${ch}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** HOTP (RFC 4226) with HMAC-SHA1. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

/** TOTP (RFC 6238): base32 secret, HMAC-SHA1, 6 digits, 30-second steps. */
export function totp(secret: string, nowMs = Date.now(), stepSeconds = 30, digits = 6): string {
  return hotp(base32Decode(secret), Math.floor(nowMs / 1000 / stepSeconds), digits);
}

/** Seconds left before the current 30-second code expires. */
export function totpSecondsLeft(nowMs = Date.now(), stepSeconds = 30): number {
  return stepSeconds - (Math.floor(nowMs / 1000) % stepSeconds);
}
