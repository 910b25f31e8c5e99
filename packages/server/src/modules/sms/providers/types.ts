/**
 * SMS providers (ADR 0024): one is active. `send` hands one message to the provider with the idempotency key
 * (Alibaba `OutId`, Tencent `SessionContext`, generic HTTP `Idempotency-Key`); `lookup` asks whether the provider
 * already has a key — after a worker died between the claim and the outcome.
 */
export type SmsProviderName = 'log' | 'aliyun' | 'tencent' | 'http';

export const SMS_PROVIDER_NAMES: Record<SmsProviderName, string> = {
  log: '日志（不发送，仅记录）',
  aliyun: '阿里云短信',
  tencent: '腾讯云短信',
  http: '通用 HTTP 接口',
};

export interface SmsSendRequest {
  /** Idempotency key (`sms_message.idempotency_key`). */
  key: string;
  /** Full mobile number (decrypted in the worker only). */
  phone: string;
  /** The rendered text (log and http providers). */
  content: string;
  templateCode: string;
  /** The provider's registered template id (aliyun, tencent); null → the template code. */
  providerTemplateId: string | null;
  /** Template parameters (already masked) in the template's variable order. */
  params: Record<string, string>;
  /** When the message was first claimed (lookups by date). */
  createdAt: Date;
}

/** The provider answered: accepted (with its message id) or refused (nothing was sent). */
export type SmsSendResult = { ok: true; messageId: string | null } | { ok: false; error: string };

/** found: the provider has the key; missing: it certainly has not; unknown: it cannot tell. */
export type SmsLookupResult = { state: 'found'; messageId: string | null } | { state: 'missing' } | { state: 'unknown'; reason: string };

export interface SmsProvider {
  name: SmsProviderName;
  /** Throws when the outcome is unknown (network error, timeout, 5xx): the message is then looked up before any resend. */
  send(req: SmsSendRequest): Promise<SmsSendResult>;
  lookup(req: Pick<SmsSendRequest, 'key' | 'phone' | 'createdAt'>): Promise<SmsLookupResult>;
}

/** Resolved configuration of the active provider (console row or environment). */
export interface SmsProviderConfig {
  provider: SmsProviderName;
  endpoint: string | null;
  accessKeyId: string | null;
  secret: string | null;
  signName: string | null;
  sdkAppId: string | null;
  region: string | null;
  ratePerSecond: number;
  receiptToken: string | null;
  quietStart: string;
  quietEnd: string;
  /** Where it came from. */
  source: 'console' | 'env' | 'default';
}

/** HTTP timeout of one provider call (ms); far below the claim lease. */
export const PROVIDER_TIMEOUT_MS = 10_000;

export class AmbiguousSendError extends Error {}

export async function fetchWithTimeout(url: string, init: RequestInit, timeoutMs = PROVIDER_TIMEOUT_MS): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new AmbiguousSendError(`网络错误：${e instanceof Error ? e.message : String(e)}`);
  }
}
