import { createHmac, randomUUID } from 'node:crypto';
import { AmbiguousSendError, fetchWithTimeout, type SmsLookupResult, type SmsProvider, type SmsProviderConfig, type SmsSendRequest } from './types';

/**
 * Alibaba Cloud SMS (dysmsapi 2017-05-25), RPC style with signature V1 as documented: the parameters (common +
 * action, without `Signature`) sorted by name, each name and value percent-encoded (RFC 3986: A–Z a–z 0–9 - _ . ~
 * unencoded, space %20), joined with `&` into the canonicalized query; StringToSign = `GET&%2F&` + percentEncode(that);
 * Signature = Base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign)). `OutId` carries the idempotency key;
 * `QuerySendDetails` (phone + send date) finds it again.
 */
export const ALIYUN_DEFAULT_ENDPOINT = 'https://dysmsapi.aliyuncs.com';

export function aliyunPercentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function aliyunCanonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k])}`)
    .join('&');
}

export function aliyunStringToSign(method: string, params: Record<string, string>): string {
  return `${method}&${aliyunPercentEncode('/')}&${aliyunPercentEncode(aliyunCanonicalQuery(params))}`;
}

export function aliyunSignature(secret: string, method: string, params: Record<string, string>): string {
  return createHmac('sha1', `${secret}&`).update(aliyunStringToSign(method, params), 'utf8').digest('base64');
}

function common(cfg: SmsProviderConfig, action: string, now = new Date()): Record<string, string> {
  return {
    AccessKeyId: cfg.accessKeyId ?? '',
    Action: action,
    Format: 'JSON',
    RegionId: cfg.region ?? 'cn-hangzhou',
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: randomUUID(),
    SignatureVersion: '1.0',
    Timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Version: '2017-05-25',
  };
}

function signedUrl(cfg: SmsProviderConfig, params: Record<string, string>): string {
  const sig = aliyunSignature(cfg.secret ?? '', 'GET', params);
  const base = (cfg.endpoint ?? ALIYUN_DEFAULT_ENDPOINT).replace(/\/$/, '');
  return `${base}/?Signature=${aliyunPercentEncode(sig)}&${aliyunCanonicalQuery(params)}`;
}

const ymd = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d).replace(/-/g, '');

export function aliyunProvider(cfg: SmsProviderConfig): SmsProvider {
  return {
    name: 'aliyun',
    async send(req: SmsSendRequest) {
      const params = {
        ...common(cfg, 'SendSms'),
        PhoneNumbers: req.phone,
        SignName: cfg.signName ?? '',
        TemplateCode: req.providerTemplateId ?? req.templateCode,
        TemplateParam: JSON.stringify(req.params),
        OutId: req.key,
      };
      const res = await fetchWithTimeout(signedUrl(cfg, params), { method: 'GET' });
      if (res.status >= 500) throw new AmbiguousSendError(`阿里云短信接口返回 HTTP ${res.status}`);
      const body = (await res.json().catch(() => null)) as { Code?: string; Message?: string; BizId?: string } | null;
      if (!body) throw new AmbiguousSendError('阿里云短信接口返回无法解析');
      if (body.Code === 'OK') return { ok: true, messageId: body.BizId ?? null };
      return { ok: false, error: `阿里云：${body.Code ?? res.status} ${body.Message ?? ''}`.trim() };
    },
    async lookup(req): Promise<SmsLookupResult> {
      // QuerySendDetails by phone and day (the claim day and the next, in China time), matched on OutId.
      for (const day of new Set([ymd(req.createdAt), ymd(new Date(req.createdAt.getTime() + 86_400_000))])) {
        const params = { ...common(cfg, 'QuerySendDetails'), PhoneNumber: req.phone, SendDate: day, PageSize: '50', CurrentPage: '1' };
        let res: Response;
        try {
          res = await fetchWithTimeout(signedUrl(cfg, params), { method: 'GET' });
        } catch (e) {
          return { state: 'unknown', reason: (e as Error).message };
        }
        const body = (await res.json().catch(() => null)) as {
          Code?: string;
          SmsSendDetailDTOs?: { SmsSendDetailDTO?: Array<{ OutId?: string; BizId?: string }> };
        } | null;
        if (body?.Code !== 'OK') return { state: 'unknown', reason: `阿里云查询失败：${body?.Code ?? res.status}` };
        const hit = (body.SmsSendDetailDTOs?.SmsSendDetailDTO ?? []).find((d) => d.OutId === req.key);
        if (hit) return { state: 'found', messageId: hit.BizId ?? null };
      }
      return { state: 'missing' };
    },
  };
}
