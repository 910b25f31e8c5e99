import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * One field-encryption master key and the sub-keys derived from it with HMAC-SM3(master, label):
 * SM4 encryption key (16 bytes), MAC key, blind-index key, and a public key id (a fingerprint that
 * names the key in ciphertexts and in the `field_key` table without revealing it).
 */
export class FieldKey {
  readonly id: string;
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length < 32) throw new Error('字段加密主密钥至少 32 字节 / field master key must be ≥ 32 bytes');
    const derive = (label: string) => crypto.createHmac('sm3', masterKey).update(label).digest();
    this.encKey = derive('xiejiu/enc').subarray(0, 16);
    this.macKey = derive('xiejiu/mac');
    this.indexKey = derive('xiejiu/index');
    this.id = derive('xiejiu/key-id').toString('hex').slice(0, 16);
  }

  /** The prefix of values sealed with this key. */
  get prefix(): string {
    return `v2:${this.id}:`;
  }

  /**
   * SM4-CTR under a random IV, then HMAC-SM3 over IV ‖ ciphertext (encrypt-then-MAC), stored as
   * `v2:<key id>:` + base64(IV ‖ ciphertext ‖ MAC).
   */
  seal(plain: string): string {
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('sm4-ctr', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const mac = crypto.createHmac('sm3', this.macKey).update(iv).update(ct).digest();
    return this.prefix + Buffer.concat([iv, ct, mac]).toString('base64');
  }

  /** Whether `sealed` was sealed with this key and is intact (`v2:` names its key; `v1:` values carry no id). */
  opens(sealed: string): boolean {
    const body = this.body(sealed);
    if (!body || body.length < 48) return false;
    const expect = crypto
      .createHmac('sm3', this.macKey)
      .update(body.subarray(0, body.length - 32))
      .digest();
    return crypto.timingSafeEqual(body.subarray(body.length - 32), expect);
  }

  /** Decrypts after checking the MAC in constant time. */
  open(sealed: string): string {
    if (!this.opens(sealed)) throw new Error('密文完整性校验失败 / ciphertext integrity check failed');
    const body = this.body(sealed)!;
    const decipher = crypto.createDecipheriv('sm4-ctr', this.encKey, body.subarray(0, 16));
    return Buffer.concat([decipher.update(body.subarray(16, body.length - 32)), decipher.final()]).toString('utf8');
  }

  index(value: string): string {
    return crypto.createHmac('sm3', this.indexKey).update(value).digest('hex');
  }

  private body(sealed: string): Buffer | null {
    if (sealed.startsWith(this.prefix)) return Buffer.from(sealed.slice(this.prefix.length), 'base64');
    if (sealed.startsWith('v1:')) return Buffer.from(sealed.slice(3), 'base64');
    return null;
  }
}

/**
 * Field encryption for personal data (S5): SM4-CTR + HMAC-SM3 (encrypt-then-MAC), and a keyed SM3
 * blind index for exact lookup and joins without decrypting.
 *
 * A key ring of the current key and, while a key rotation is in progress, the previous one. New
 * values are sealed with the current key; values of either key decrypt (`v2:` values name their key;
 * the older `v1:` values carry no id, so the MAC decides). Exact lookups use `blindIndexes`, which
 * during a rotation also holds the previous key's index, so a person whose row is not re-sealed yet
 * is still found.
 */
export class FieldCrypto {
  readonly current: FieldKey;
  readonly previous: FieldKey | null;

  constructor(masterKey: Buffer, previousKey?: Buffer | null) {
    this.current = new FieldKey(masterKey);
    this.previous = previousKey ? new FieldKey(previousKey) : null;
    if (this.previous?.id === this.current.id) throw new Error('新旧字段加密密钥相同 / the previous field key equals the current one');
  }

  encrypt(plain: string): string {
    return this.current.seal(plain);
  }

  decrypt(sealed: string): string {
    const key = [this.current, this.previous].find((k) => k?.opens(sealed));
    if (key) return key.open(sealed);
    const v2 = /^v2:([0-9a-f]{16}):/.exec(sealed);
    if (v2 && v2[1] !== this.current.id && v2[1] !== this.previous?.id) {
      throw new Error(`密文使用了未配置的字段加密密钥（编号 ${v2[1]}）/ ciphertext sealed with a field key that is not configured`);
    }
    if (!v2 && !sealed.startsWith('v1:')) throw new Error('unknown ciphertext version');
    throw new Error('密文完整性校验失败 / ciphertext integrity check failed');
  }

  /** True when `sealed` is under the current key (a rotation re-seals everything else). */
  isCurrent(sealed: string): boolean {
    return sealed.startsWith(this.current.prefix);
  }

  /** Deterministic keyed index (hex) of a normalised value under the current key — what is stored. */
  blindIndex(value: string): string {
    return this.current.index(value);
  }

  /** The index under every key of the ring (current first) — what exact lookups must match. */
  blindIndexes(value: string): string[] {
    return this.previous ? [this.current.index(value), this.previous.index(value)] : [this.current.index(value)];
  }
}

export interface FieldKeys {
  current: Buffer;
  /** The key being rotated away from (FIELD_ENCRYPTION_KEY_PREVIOUS), only during a key rotation. */
  previous: Buffer | null;
}

const hexKey = (value: string, name: string): Buffer => {
  const key = Buffer.from(value.trim(), 'hex');
  if (key.length !== 32 || !/^[0-9a-fA-F]{64}$/.test(value.trim())) throw new Error(`${name} 必须是 64 位十六进制 / must be 64 hex characters`);
  return key;
};

/**
 * Loads the master key from FIELD_ENCRYPTION_KEY, or (embedded default) from
 * `<dataDir>/field-key.secret`, generating it on first start; and the previous key of a rotation
 * from FIELD_ENCRYPTION_KEY_PREVIOUS, or `<dataDir>/field-key.previous.secret` (docs/deployment.md).
 */
export function loadFieldKeys(dataDir: string, env: NodeJS.ProcessEnv = process.env, log: (m: string) => void = () => {}): FieldKeys {
  const previousFile = path.join(dataDir, 'field-key.previous.secret');
  const previous = env.FIELD_ENCRYPTION_KEY_PREVIOUS
    ? hexKey(env.FIELD_ENCRYPTION_KEY_PREVIOUS, 'FIELD_ENCRYPTION_KEY_PREVIOUS')
    : !env.FIELD_ENCRYPTION_KEY && fs.existsSync(previousFile)
      ? hexKey(fs.readFileSync(previousFile, 'utf8'), previousFile)
      : null;
  if (env.FIELD_ENCRYPTION_KEY) return { current: hexKey(env.FIELD_ENCRYPTION_KEY, 'FIELD_ENCRYPTION_KEY'), previous };
  if (env.NODE_ENV === 'production') {
    throw new Error('生产模式必须设置 FIELD_ENCRYPTION_KEY / FIELD_ENCRYPTION_KEY is required in production');
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'field-key.secret');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    log(`已生成字段加密密钥 ${file}（请妥善备份；生产环境请用 FIELD_ENCRYPTION_KEY）/ generated field encryption key`);
  }
  return { current: hexKey(fs.readFileSync(file, 'utf8'), file), previous };
}

/** The key ring of this process from its settings. */
export function loadFieldCrypto(dataDir: string, env: NodeJS.ProcessEnv = process.env, log: (m: string) => void = () => {}): FieldCrypto {
  const keys = loadFieldKeys(dataDir, env, log);
  return new FieldCrypto(keys.current, keys.previous);
}
