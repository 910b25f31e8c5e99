import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FieldCrypto, FieldKey, loadFieldKeys } from './field-crypto';

const fc = new FieldCrypto(crypto.randomBytes(32));

describe('field encryption (SM4-CTR + HMAC-SM3)', () => {
  it('round-trips and never shows the plaintext', () => {
    const sealed = fc.encrypt('11010519491231002X');
    expect(sealed).not.toContain('11010519491231002X');
    expect(sealed.startsWith(`v2:${fc.current.id}:`)).toBe(true);
    expect(fc.decrypt(sealed)).toBe('11010519491231002X');
    expect(fc.encrypt('11010519491231002X')).not.toBe(sealed); // random IV
  });

  it('detects tampering', () => {
    const sealed = fc.encrypt('13812345678');
    const prefix = sealed.slice(0, sealed.lastIndexOf(':') + 1);
    const buf = Buffer.from(sealed.slice(prefix.length), 'base64');
    buf[20] ^= 1;
    expect(() => fc.decrypt(prefix + buf.toString('base64'))).toThrow(/完整性/);
  });

  it('blind index is deterministic per key and differs across keys', () => {
    expect(fc.blindIndex('x')).toBe(fc.blindIndex('x'));
    expect(fc.blindIndex('x')).not.toBe(new FieldCrypto(crypto.randomBytes(32)).blindIndex('x'));
    expect(fc.blindIndex('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('key ring during a rotation', () => {
  const oldKey = crypto.randomBytes(32);
  const newKey = crypto.randomBytes(32);
  const before = new FieldCrypto(oldKey);
  const during = new FieldCrypto(newKey, oldKey);
  const after = new FieldCrypto(newKey);

  it('opens values of either key, seals with the new one, and looks up under both', () => {
    const old = before.encrypt('110105194912310021');
    expect(during.decrypt(old)).toBe('110105194912310021');
    expect(during.isCurrent(old)).toBe(false);
    const fresh = during.encrypt('110105194912310021');
    expect(during.isCurrent(fresh)).toBe(true);
    expect(after.decrypt(fresh)).toBe('110105194912310021');
    expect(during.blindIndexes('id:1')).toEqual([after.blindIndex('id:1'), before.blindIndex('id:1')]);
    expect(after.blindIndexes('id:1')).toEqual([after.blindIndex('id:1')]);
  });

  it('refuses a value of a key that is not configured, naming its key id', () => {
    expect(() => after.decrypt(before.encrypt('x'))).toThrow(new RegExp(`未配置的字段加密密钥（编号 ${before.current.id}）`));
  });

  it('opens the older v1 values (no key id) with whichever key of the ring sealed them', () => {
    const v1 = (key: FieldKey, plain: string) => `v1:${key.seal(plain).slice(key.prefix.length)}`;
    const legacy = v1(before.current, '13900001111');
    expect(during.decrypt(legacy)).toBe('13900001111');
    expect(() => after.decrypt(legacy)).toThrow(/完整性/);
  });

  it('loads the previous key from FIELD_ENCRYPTION_KEY_PREVIOUS and rejects malformed keys', () => {
    const keys = loadFieldKeys('/nonexistent', { FIELD_ENCRYPTION_KEY: newKey.toString('hex'), FIELD_ENCRYPTION_KEY_PREVIOUS: oldKey.toString('hex') });
    expect(keys.current.equals(newKey) && keys.previous!.equals(oldKey)).toBe(true);
    expect(() => loadFieldKeys('/nonexistent', { FIELD_ENCRYPTION_KEY: 'abc' })).toThrow(/64 位十六进制/);
    expect(() => loadFieldKeys('/nonexistent', { FIELD_ENCRYPTION_KEY: newKey.toString('hex'), FIELD_ENCRYPTION_KEY_PREVIOUS: 'zz'.repeat(32) })).toThrow(
      /FIELD_ENCRYPTION_KEY_PREVIOUS/,
    );
    expect(() => new FieldCrypto(newKey, newKey)).toThrow(/相同/);
  });
});

/**
 * Known-answer tests with the standards' published examples, so the primitives are SM3 and SM4 and
 * not something else with the same shape (a test that only round-trips would pass with AES).
 */
describe('known answers: GB/T 32905 (SM3) and GB/T 32907 (SM4)', () => {
  const sm3 = (data: Buffer | string) => crypto.createHash('sm3').update(data).digest('hex');

  it('SM3 of "abc" (example 1)', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('SM3 of the 512-bit "abcd" × 16 (example 2)', () => {
    expect(sm3('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
  const sm4Block = () => {
    const c = crypto.createCipheriv('sm4-ecb', key, null);
    c.setAutoPadding(false);
    return c;
  };

  it('SM4 encrypts the example block once (example 1)', () => {
    expect(sm4Block().update(key).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('SM4 encrypts the example block 1,000,000 times (example 2)', () => {
    const c = sm4Block();
    let block = key;
    for (let i = 0; i < 1_000_000; i++) block = c.update(block);
    expect(block.toString('hex')).toBe('595298c7c6fd271f0402f804c33d3f66');
  });

  /** HMAC (RFC 2104) written out over the SM3 proven above: H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)). */
  const hmacSm3 = (k: Buffer, m: Buffer | string): Buffer => {
    const block = Buffer.alloc(64);
    (k.length > 64 ? crypto.createHash('sm3').update(k).digest() : k).copy(block);
    const pad = (b: number) => Buffer.from(block.map((x) => x ^ b));
    const inner = crypto.createHash('sm3').update(pad(0x36)).update(m).digest();
    return crypto.createHash('sm3').update(pad(0x5c)).update(inner).digest();
  };

  it('field-crypto derives its keys and blind index with HMAC-SM3', () => {
    const master = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');
    const ring = new FieldCrypto(master);
    const indexKey = hmacSm3(master, 'xiejiu/index');
    expect(ring.blindIndex('id:110105194912310021')).toBe(hmacSm3(indexKey, 'id:110105194912310021').toString('hex'));
    expect(ring.current.id).toBe(hmacSm3(master, 'xiejiu/key-id').toString('hex').slice(0, 16));
  });

  it('field-crypto seals with SM4-CTR (counter = IV, big-endian) and an HMAC-SM3 tag over IV ‖ ciphertext', () => {
    const master = crypto.randomBytes(32);
    const ring = new FieldCrypto(master);
    const plain = '身份证 110105194912310021 电话 13812345678'; // several blocks, partial last block
    const sealed = ring.encrypt(plain);
    const body = Buffer.from(sealed.slice(ring.current.prefix.length), 'base64');
    const iv = body.subarray(0, 16);
    const ct = body.subarray(16, body.length - 32);
    const tag = body.subarray(body.length - 32);
    expect(tag.equals(hmacSm3(hmacSm3(master, 'xiejiu/mac'), Buffer.concat([iv, ct])))).toBe(true);
    // CTR from the SM4 block cipher alone: keystream block i = SM4(encKey, IV + i).
    const encKey = hmacSm3(master, 'xiejiu/enc').subarray(0, 16);
    const ecb = crypto.createCipheriv('sm4-ecb', encKey, null);
    ecb.setAutoPadding(false);
    const counter = Buffer.from(iv);
    const out = Buffer.alloc(ct.length);
    for (let off = 0; off < ct.length; off += 16) {
      const ks = ecb.update(counter);
      for (let j = 0; j < 16 && off + j < ct.length; j++) out[off + j] = ct[off + j] ^ ks[j];
      for (let j = 15; j >= 0; j--) {
        counter[j] = (counter[j] + 1) & 0xff;
        if (counter[j] !== 0) break;
      }
    }
    expect(out.toString('utf8')).toBe(plain);
  });
});

describe('key files (embedded default)', () => {
  it('generates the key once, and reads the previous key of a rotation from field-key.previous.secret', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xj-key-'));
    try {
      const first = loadFieldKeys(dir, {});
      expect(first.previous).toBeNull();
      expect(loadFieldKeys(dir, {}).current.equals(first.current)).toBe(true);
      fs.renameSync(path.join(dir, 'field-key.secret'), path.join(dir, 'field-key.previous.secret'));
      const rotated = loadFieldKeys(dir, {});
      expect(rotated.previous!.equals(first.current)).toBe(true);
      expect(rotated.current.equals(first.current)).toBe(false);
      expect(() => loadFieldKeys(dir, { NODE_ENV: 'production' })).toThrow(/生产模式必须设置 FIELD_ENCRYPTION_KEY/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
