import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCrypto } from './field-crypto';

const fc = new FieldCrypto(crypto.randomBytes(32));

describe('field encryption (SM4-CTR + HMAC-SM3)', () => {
  it('round-trips and never shows the plaintext', () => {
    const sealed = fc.encrypt('11010519491231002X');
    expect(sealed).not.toContain('11010519491231002X');
    expect(fc.decrypt(sealed)).toBe('11010519491231002X');
    expect(fc.encrypt('11010519491231002X')).not.toBe(sealed); // random IV
  });

  it('detects tampering', () => {
    const buf = Buffer.from(fc.encrypt('13812345678').slice(3), 'base64');
    buf[20] ^= 1;
    expect(() => fc.decrypt('v1:' + buf.toString('base64'))).toThrow(/完整性/);
  });

  it('blind index is deterministic per key and differs across keys', () => {
    expect(fc.blindIndex('x')).toBe(fc.blindIndex('x'));
    expect(fc.blindIndex('x')).not.toBe(new FieldCrypto(crypto.randomBytes(32)).blindIndex('x'));
    expect(fc.blindIndex('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
