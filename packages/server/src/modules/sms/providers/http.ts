import { createHmac, timingSafeEqual } from 'node:crypto';
import { AmbiguousSendError, fetchWithTimeout, type SmsLookupResult, type SmsProvider, type SmsProviderConfig, type SmsSendRequest } from './types';

/**
 * Generic HTTP provider: `POST <endpoint>/messages` with a JSON body `{ key, phone, content, template, params }`,
 * headers `Idempotency-Key: <key>` and `X-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`; 2xx with
 * `{ id }` = accepted, 4xx = refused, 5xx or no answer = unknown. Lookup: `GET <endpoint>/messages/<key>` signed
 * over the path (200 = found, 404 = missing). Receipts come back signed the same way over the raw body.
 */
export function httpSignature(secret: string, data: string): string {
  return `sha256=${createHmac('sha256', secret).update(data, 'utf8').digest('hex')}`;
}

export function verifyHttpSignature(secret: string, data: string, header: string | undefined): boolean {
  if (!header) return false;
  const want = Buffer.from(httpSignature(secret, data));
  const got = Buffer.from(header);
  return want.length === got.length && timingSafeEqual(want, got);
}

export function httpProvider(cfg: SmsProviderConfig): SmsProvider {
  const base = (cfg.endpoint ?? '').replace(/\/$/, '');
  const secret = cfg.secret ?? '';
  return {
    name: 'http',
    async send(req: SmsSendRequest) {
      if (!base) return { ok: false, error: '未配置通用 HTTP 接口地址' };
      const body = JSON.stringify({ key: req.key, phone: req.phone, content: req.content, template: req.templateCode, params: req.params });
      const res = await fetchWithTimeout(`${base}/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': req.key, 'X-Signature': httpSignature(secret, body) },
        body,
      });
      if (res.status >= 500) throw new AmbiguousSendError(`短信接口返回 HTTP ${res.status}`);
      const json = (await res.json().catch(() => null)) as { id?: string; error?: string } | null;
      if (res.ok) return { ok: true, messageId: json?.id ?? null };
      return { ok: false, error: `短信接口拒绝：HTTP ${res.status} ${json?.error ?? ''}`.trim() };
    },
    async lookup(req): Promise<SmsLookupResult> {
      if (!base) return { state: 'unknown', reason: '未配置通用 HTTP 接口地址' };
      const path = `/messages/${encodeURIComponent(req.key)}`;
      let res: Response;
      try {
        res = await fetchWithTimeout(`${base}${path}`, { method: 'GET', headers: { 'X-Signature': httpSignature(secret, path) } });
      } catch (e) {
        return { state: 'unknown', reason: (e as Error).message };
      }
      if (res.status === 404) return { state: 'missing' };
      if (!res.ok) return { state: 'unknown', reason: `短信接口查询失败：HTTP ${res.status}` };
      const json = (await res.json().catch(() => null)) as { id?: string } | null;
      return { state: 'found', messageId: json?.id ?? null };
    },
  };
}
