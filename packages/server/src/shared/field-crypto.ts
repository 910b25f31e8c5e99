import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Field encryption for personal data (S5): SM4-CTR + HMAC-SM3 (encrypt-then-MAC),
 * and a keyed SM3 blind index for exact lookup and joins without decrypting.
 * Sub-keys are derived from one master key (FIELD_ENCRYPTION_KEY, 64 hex chars).
 */
export class FieldCrypto {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length < 32) throw new Error('字段加密主密钥至少 32 字节 / field master key must be ≥ 32 bytes');
    const derive = (label: string) => crypto.createHmac('sm3', masterKey).update(label).digest();
    this.encKey = derive('xiejiu/enc').subarray(0, 16);
    this.macKey = derive('xiejiu/mac');
    this.indexKey = derive('xiejiu/index');
  }

  encrypt(plain: string): string {
    const iv = crypto.randomBytes(16);
    const cipher = crypto.createCipheriv('sm4-ctr', this.encKey, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const mac = crypto.createHmac('sm3', this.macKey).update(iv).update(ct).digest();
    return 'v1:' + Buffer.concat([iv, ct, mac]).toString('base64');
  }

  decrypt(sealed: string): string {
    if (!sealed.startsWith('v1:')) throw new Error('unknown ciphertext version');
    const buf = Buffer.from(sealed.slice(3), 'base64');
    if (buf.length < 48) throw new Error('ciphertext too short');
    const iv = buf.subarray(0, 16);
    const ct = buf.subarray(16, buf.length - 32);
    const mac = buf.subarray(buf.length - 32);
    const expect = crypto.createHmac('sm3', this.macKey).update(iv).update(ct).digest();
    if (!crypto.timingSafeEqual(mac, expect)) throw new Error('密文完整性校验失败 / ciphertext integrity check failed');
    const decipher = crypto.createDecipheriv('sm4-ctr', this.encKey, iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed index (hex) of a normalised value. */
  blindIndex(value: string): string {
    return crypto.createHmac('sm3', this.indexKey).update(value).digest('hex');
  }
}

/**
 * Loads the master key from FIELD_ENCRYPTION_KEY, or (embedded default) from
 * `<dataDir>/field-key.secret`, generating it on first start.
 */
export function loadFieldKey(dataDir: string, env: NodeJS.ProcessEnv = process.env, log: (m: string) => void = () => {}): Buffer {
  if (env.FIELD_ENCRYPTION_KEY) {
    const key = Buffer.from(env.FIELD_ENCRYPTION_KEY, 'hex');
    if (key.length !== 32) throw new Error('FIELD_ENCRYPTION_KEY 必须是 64 位十六进制 / must be 64 hex characters');
    return key;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error('生产模式必须设置 FIELD_ENCRYPTION_KEY / FIELD_ENCRYPTION_KEY is required in production');
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'field-key.secret');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600 });
    log(`已生成字段加密密钥 ${file}（请妥善备份；生产环境请用 FIELD_ENCRYPTION_KEY）/ generated field encryption key`);
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}
