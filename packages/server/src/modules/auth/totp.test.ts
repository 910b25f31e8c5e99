import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, totpAt, verifyTotp } from './totp';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password';

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC test vector (SHA1, T=59 → 94287082)', () => {
    const secret = base32Encode(Buffer.from('12345678901234567890'));
    // RFC uses 8 digits; the last 6 digits of 94287082 are 287082.
    expect(totpAt(secret, Math.floor(59 / 30))).toBe('287082');
    expect(base32Decode(secret).toString()).toBe('12345678901234567890');
  });
  it('accepts ±1 step and rejects others', () => {
    const secret = base32Encode(Buffer.from('12345678901234567890'));
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(verifyTotp(secret, totpAt(secret, step - 1), now)).toBe(step - 1);
    expect(verifyTotp(secret, totpAt(secret, step - 3), now)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', now)).toBeNull();
  });
});

describe('passwords', () => {
  it('hash with scrypt and verify', async () => {
    const h = await hashPassword('Abc@12345');
    expect(h).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('Abc@12345', h)).toBe(true);
    expect(await verifyPassword('Abc@12346', h)).toBe(false);
  });
  it('policy: length, classes, username', () => {
    expect(checkPasswordPolicy('Ab1@')).toMatch(/8 位/);
    expect(checkPasswordPolicy('abcdefgh1')).toMatch(/三类/);
    expect(checkPasswordPolicy('Zhang@2026', 'zhang')).toMatch(/用户名/);
    expect(checkPasswordPolicy('Xiejiu@2026')).toBeNull();
  });
});
