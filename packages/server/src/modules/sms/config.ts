import type { FieldCrypto } from '../../shared/field-crypto';
import type { SqlFn } from './db';
import type { SmsProviderConfig, SmsProviderName } from './providers/types';

/**
 * Provider configuration: the console's row (`sms_config`, secrets sealed) when the system administrator saved one,
 * else the environment:
 *
 * | variable | meaning |
 * |---|---|
 * | `SMS_PROVIDER` | `log` (default), `aliyun`, `tencent`, `http` |
 * | `SMS_ENDPOINT` | provider URL (aliyun/tencent: their public endpoint by default; http: required) |
 * | `SMS_ACCESS_KEY_ID`, `SMS_ACCESS_KEY_SECRET` | aliyun AccessKey / tencent SecretId+SecretKey / http HMAC secret |
 * | `SMS_SIGN_NAME`, `SMS_SDK_APP_ID`, `SMS_REGION` | 短信签名, Tencent SmsSdkAppId, region |
 * | `SMS_RATE_PER_SECOND` | per-provider rate limit (default 10) |
 * | `SMS_RECEIPT_TOKEN` | token of the aliyun/tencent receipt URL (`?token=`) |
 * | `SMS_QUIET_HOURS` | quiet hours, Beijing time, default `21:00-08:00` |
 * | `SMS_MAX_ATTEMPTS` | dead letter after this many attempts (default 5) |
 */
/** The one row of `sms_config` (a uuid key, like every sealed table's). */
export const SMS_CONFIG_ID = '00000000-0000-0000-0000-000000000001';

export const PROVIDERS: readonly SmsProviderName[] = ['log', 'aliyun', 'tencent', 'http'];

export function envProviderConfig(env: NodeJS.ProcessEnv = process.env): SmsProviderConfig {
  const provider = (env.SMS_PROVIDER ?? 'log') as SmsProviderName;
  if (!PROVIDERS.includes(provider)) throw new Error(`SMS_PROVIDER: expected log, aliyun, tencent or http, got ${env.SMS_PROVIDER}`);
  const [quietStart, quietEnd] = (env.SMS_QUIET_HOURS ?? '21:00-08:00').split('-');
  return {
    provider,
    endpoint: env.SMS_ENDPOINT || null,
    accessKeyId: env.SMS_ACCESS_KEY_ID || null,
    secret: env.SMS_ACCESS_KEY_SECRET || null,
    signName: env.SMS_SIGN_NAME || null,
    sdkAppId: env.SMS_SDK_APP_ID || null,
    region: env.SMS_REGION || null,
    ratePerSecond: Math.max(1, Number(env.SMS_RATE_PER_SECOND ?? 10) || 10),
    receiptToken: env.SMS_RECEIPT_TOKEN || null,
    quietStart: quietStart ?? '21:00',
    quietEnd: quietEnd ?? '08:00',
    source: env.SMS_PROVIDER ? 'env' : 'default',
  };
}

export const maxAttempts = (env: NodeJS.ProcessEnv = process.env) => Math.max(1, Number(env.SMS_MAX_ATTEMPTS ?? 5) || 5);

interface ConfigRow {
  provider: SmsProviderName;
  endpoint: string | null;
  accessKeyId: string | null;
  secretEnc: string | null;
  signName: string | null;
  sdkAppId: string | null;
  region: string | null;
  ratePerSecond: number;
  receiptTokenEnc: string | null;
  quietStart: string;
  quietEnd: string;
  version: number;
  updatedByName: string;
  updatedAt: Date;
}

export const CONFIG_COLUMNS = `provider, endpoint, access_key_id as "accessKeyId", secret_enc as "secretEnc", sign_name as "signName",
  sdk_app_id as "sdkAppId", region, rate_per_second as "ratePerSecond", receipt_token_enc as "receiptTokenEnc",
  quiet_start as "quietStart", quiet_end as "quietEnd", version, updated_by_name as "updatedByName", updated_at as "updatedAt"`;

export async function configRow(sql: SqlFn): Promise<ConfigRow | null> {
  return (await sql<ConfigRow>(`select ${CONFIG_COLUMNS} from sms_config where id = '${SMS_CONFIG_ID}'`))[0] ?? null;
}

/** The configuration in force: the console's row, else the environment. */
export async function loadProviderConfig(sql: SqlFn, fc: FieldCrypto, env: NodeJS.ProcessEnv = process.env): Promise<SmsProviderConfig> {
  const row = await configRow(sql);
  if (!row) return envProviderConfig(env);
  return {
    provider: row.provider,
    endpoint: row.endpoint,
    accessKeyId: row.accessKeyId,
    secret: row.secretEnc ? fc.decrypt(row.secretEnc) : null,
    signName: row.signName,
    sdkAppId: row.sdkAppId,
    region: row.region,
    ratePerSecond: row.ratePerSecond,
    receiptToken: row.receiptTokenEnc ? fc.decrypt(row.receiptTokenEnc) : null,
    quietStart: row.quietStart,
    quietEnd: row.quietEnd,
    source: 'console',
  };
}

const CN_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** Minutes since midnight, Beijing time. */
export function cnMinutes(d: Date): number {
  return minutesOf(CN_TIME.format(d).replace(/^24/, '00'));
}

/** Whether `d` falls in the quiet hours `start`–`end` (Beijing time; may span midnight). */
export function inQuietHours(d: Date, start: string, end: string): boolean {
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (s === e) return false;
  const m = cnMinutes(d);
  return s < e ? m >= s && m < e : m >= s || m < e;
}

/** The end of the quiet hours containing `d` (the next `end` o'clock Beijing time), or `d` itself outside them. */
export function afterQuietHours(d: Date, start: string, end: string): Date {
  if (!inQuietHours(d, start, end)) return d;
  const wait = (minutesOf(end) - cnMinutes(d) + 1440) % 1440;
  const t = new Date(d.getTime() + wait * 60_000);
  t.setUTCSeconds(0, 0);
  return t;
}

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
