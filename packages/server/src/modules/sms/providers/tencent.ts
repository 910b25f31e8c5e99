import { createHash, createHmac } from 'node:crypto';
import { AmbiguousSendError, fetchWithTimeout, type SmsLookupResult, type SmsProvider, type SmsProviderConfig, type SmsSendRequest } from './types';

/**
 * Tencent Cloud SMS (API 3.0, version 2021-01-11) with TC3-HMAC-SHA256 as documented:
 * CanonicalRequest = method \n uri \n query \n canonical headers (content-type, host) \n signed headers \n hex(sha256(payload));
 * StringToSign = `TC3-HMAC-SHA256` \n timestamp \n `<date>/<service>/tc3_request` \n hex(sha256(CanonicalRequest));
 * key = HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request"); Signature = hex(HMAC(key, StringToSign));
 * `Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<scope>, SignedHeaders=content-type;host, Signature=<sig>`.
 * `SessionContext` carries the idempotency key; `PullSmsSendStatus` (the status reports not yet pulled) finds it —
 * a report arrives only once the carrier answered, so "not there" means "cannot tell" (→ UNKNOWN).
 */
export const TENCENT_DEFAULT_HOST = 'sms.tencentcloudapi.com';
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (k: Buffer | string, m: string) => createHmac('sha256', k).update(m, 'utf8').digest();

export interface Tc3Input {
  secretId: string;
  secretKey: string;
  service: string;
  host: string;
  timestamp: number;
  payload: string;
  contentType?: string;
}

export function tc3CanonicalRequest(i: Tc3Input): string {
  const ct = i.contentType ?? 'application/json; charset=utf-8';
  return ['POST', '/', '', `content-type:${ct}\nhost:${i.host}\n`, 'content-type;host', sha256(i.payload)].join('\n');
}

export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function tc3StringToSign(i: Tc3Input): string {
  return ['TC3-HMAC-SHA256', String(i.timestamp), `${tc3Date(i.timestamp)}/${i.service}/tc3_request`, sha256(tc3CanonicalRequest(i))].join('\n');
}

export function tc3Signature(i: Tc3Input): string {
  const kDate = hmac(`TC3${i.secretKey}`, tc3Date(i.timestamp));
  const kService = hmac(kDate, i.service);
  const kSigning = hmac(kService, 'tc3_request');
  return createHmac('sha256', kSigning).update(tc3StringToSign(i), 'utf8').digest('hex');
}

export function tc3Authorization(i: Tc3Input): string {
  return `TC3-HMAC-SHA256 Credential=${i.secretId}/${tc3Date(i.timestamp)}/${i.service}/tc3_request, SignedHeaders=content-type;host, Signature=${tc3Signature(i)}`;
}

export function tencentProvider(cfg: SmsProviderConfig): SmsProvider {
  const url = (cfg.endpoint ?? `https://${TENCENT_DEFAULT_HOST}`).replace(/\/$/, '');
  const host = new URL(url).host;
  async function call(action: string, body: Record<string, unknown>): Promise<Response> {
    const payload = JSON.stringify(body);
    const timestamp = Math.floor(Date.now() / 1000);
    const input: Tc3Input = { secretId: cfg.accessKeyId ?? '', secretKey: cfg.secret ?? '', service: 'sms', host, timestamp, payload };
    return fetchWithTimeout(`${url}/`, {
      method: 'POST',
      headers: {
        Authorization: tc3Authorization(input),
        'Content-Type': 'application/json; charset=utf-8',
        'X-TC-Action': action,
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Version': '2021-01-11',
        'X-TC-Region': cfg.region ?? 'ap-guangzhou',
      },
      body: payload,
    });
  }
  return {
    name: 'tencent',
    async send(req: SmsSendRequest) {
      const res = await call('SendSms', {
        PhoneNumberSet: [`+86${req.phone}`],
        SmsSdkAppId: cfg.sdkAppId ?? '',
        SignName: cfg.signName ?? '',
        TemplateId: req.providerTemplateId ?? req.templateCode,
        TemplateParamSet: Object.values(req.params),
        SessionContext: req.key,
      });
      if (res.status >= 500) throw new AmbiguousSendError(`腾讯云短信接口返回 HTTP ${res.status}`);
      const body = (await res.json().catch(() => null)) as {
        Response?: { Error?: { Code: string; Message: string }; SendStatusSet?: Array<{ Code: string; Message?: string; SerialNo?: string }> };
      } | null;
      if (!body?.Response) throw new AmbiguousSendError('腾讯云短信接口返回无法解析');
      if (body.Response.Error) return { ok: false, error: `腾讯云：${body.Response.Error.Code} ${body.Response.Error.Message}` };
      const st = body.Response.SendStatusSet?.[0];
      if (st?.Code === 'Ok') return { ok: true, messageId: st.SerialNo ?? null };
      return { ok: false, error: `腾讯云：${st?.Code ?? '无发送结果'} ${st?.Message ?? ''}`.trim() };
    },
    async lookup(req): Promise<SmsLookupResult> {
      let res: Response;
      try {
        res = await call('PullSmsSendStatus', { Limit: 100, SmsSdkAppId: cfg.sdkAppId ?? '' });
      } catch (e) {
        return { state: 'unknown', reason: (e as Error).message };
      }
      const body = (await res.json().catch(() => null)) as {
        Response?: { Error?: { Code: string }; PullSmsSendStatusSet?: Array<{ SessionContext?: string; SerialNo?: string }> };
      } | null;
      if (!body?.Response || body.Response.Error) return { state: 'unknown', reason: `腾讯云查询失败：${body?.Response?.Error?.Code ?? res.status}` };
      const hit = (body.Response.PullSmsSendStatusSet ?? []).find((s) => s.SessionContext === req.key);
      return hit ? { state: 'found', messageId: hit.SerialNo ?? null } : { state: 'unknown', reason: '腾讯云未返回该短信的状态报告，无法确认是否已发送' };
    },
  };
}
