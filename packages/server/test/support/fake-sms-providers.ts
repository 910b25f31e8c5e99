import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local fake SMS providers on 127.0.0.1 for the tests (issue #14): each verifies the signature **as the provider
 * does**, with its own implementation of the documented algorithm (deliberately not the code under test), records
 * every send per idempotency key (so a test can assert "exactly one send per key"), answers lookups, and can push
 * delivery receipts to the server.
 *
 * - aliyun: GET `/?…` RPC style; the server side recomputes Base64(HMAC-SHA1(secret + "&", "GET&%2F&" +
 *   encode(canonicalized query))) from the received query string and compares `Signature`. Actions `SendSms`
 *   (OutId = key) and `QuerySendDetails`.
 * - tencent: POST `/` with TC3-HMAC-SHA256 `Authorization`, recomputed from the received headers and body. Actions
 *   `SendSms` (SessionContext = key) and `PullSmsSendStatus`.
 * - http: POST `/messages` (X-Signature over the raw body, Idempotency-Key header), GET `/messages/:key`.
 */
export interface FakeSend {
  key: string;
  phone: string;
  body: Record<string, unknown>;
  messageId: string;
  at: number;
}

export interface FakeProvider {
  url: string;
  /** Every send the provider accepted, in arrival order (duplicates included). */
  sends: FakeSend[];
  /** Requests refused for a bad signature. */
  rejected: number;
  /** How many sends arrived per key. */
  countsByKey(): Map<string, number>;
  /** Per request: fail with HTTP status (e.g. 500) or a provider error code instead of accepting. */
  failNext: Array<'http500' | 'refuse'>;
  /** Delay before answering a send, ms (random in [min, max]). */
  delay: { min: number; max: number };
  close(): Promise<void>;
}

const RFC3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function start(
  handler: (req: http.IncomingMessage, body: string, res: http.ServerResponse) => Promise<void>,
): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer((req, res) => {
    readBody(req)
      .then((body) => handler(req, body, res))
      .catch((e) => {
        res.statusCode = 500;
        res.end(String(e));
      });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function base(server: http.Server, url: string): FakeProvider {
  const p: FakeProvider = {
    url,
    sends: [],
    rejected: 0,
    failNext: [],
    delay: { min: 0, max: 0 },
    countsByKey() {
      const m = new Map<string, number>();
      for (const s of p.sends) m.set(s.key, (m.get(s.key) ?? 0) + 1);
      return m;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
  return p;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const delayOf = (p: FakeProvider) => p.delay.min + Math.random() * (p.delay.max - p.delay.min);

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

/** The server side of Alibaba's RPC signature V1: recomputed from the query string as received. */
export function aliyunVerify(secret: string, query: URLSearchParams): boolean {
  const sig = query.get('Signature');
  if (!sig) return false;
  const pairs = [...query.entries()].filter(([k]) => k !== 'Signature').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = pairs.map(([k, v]) => `${RFC3986(k)}=${RFC3986(v)}`).join('&');
  const toSign = `GET&${RFC3986('/')}&${RFC3986(canonical)}`;
  return safeEqual(createHmac('sha1', `${secret}&`).update(toSign).digest('base64'), sig);
}

export async function fakeAliyun(opts: { accessKeyId: string; secret: string }): Promise<FakeProvider> {
  let seq = 0;
  let p!: FakeProvider;
  const { server, url } = await start(async (req, _body, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams;
    if (q.get('AccessKeyId') !== opts.accessKeyId || !aliyunVerify(opts.secret, q)) {
      p.rejected++;
      return json(res, 400, { Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.' });
    }
    if (q.get('Action') === 'SendSms') {
      await sleep(delayOf(p));
      const fail = p.failNext.shift();
      if (fail === 'http500') return json(res, 500, { Code: 'ServiceUnavailable' });
      if (fail === 'refuse') return json(res, 200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发流控' });
      const key = q.get('OutId') ?? '';
      const known = p.sends.find((s) => s.key === key);
      const messageId = known?.messageId ?? `biz-${++seq}`;
      p.sends.push({ key, phone: q.get('PhoneNumbers') ?? '', body: Object.fromEntries(q), messageId, at: Date.now() });
      return json(res, 200, { Code: 'OK', Message: 'OK', BizId: messageId, RequestId: `req-${seq}` });
    }
    if (q.get('Action') === 'QuerySendDetails') {
      const list = p.sends.filter((s) => s.phone === q.get('PhoneNumber')).map((s) => ({ OutId: s.key, BizId: s.messageId, SendStatus: 3 }));
      return json(res, 200, { Code: 'OK', TotalCount: list.length, SmsSendDetailDTOs: { SmsSendDetailDTO: list } });
    }
    return json(res, 400, { Code: 'InvalidAction' });
  });
  p = base(server, url);
  return p;
}

/** The server side of TC3-HMAC-SHA256: canonical request rebuilt from the received request. */
export function tencentVerify(secretId: string, secretKey: string, req: http.IncomingMessage, body: string): boolean {
  const auth = String(req.headers.authorization ?? '');
  const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=([a-z;-]+), Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m || m[1] !== secretId) return false;
  const [, , date, service, signedHeaders, signature] = m;
  const ts = Number(req.headers['x-tc-timestamp']);
  if (new Date(ts * 1000).toISOString().slice(0, 10) !== date) return false;
  const names = signedHeaders.split(';');
  const canonicalHeaders = names
    .map(
      (n) =>
        `${n}:${String(req.headers[n] ?? '')
          .trim()
          .toLowerCase()}\n`,
    )
    .join('');
  const hash = (s: string) => createHash('sha256').update(s).digest('hex');
  const canonical = `${req.method}\n/\n\n${canonicalHeaders}\n${signedHeaders}\n${hash(body)}`;
  const toSign = `TC3-HMAC-SHA256\n${ts}\n${date}/${service}/tc3_request\n${hash(canonical)}`;
  const h = (k: Buffer | string, d: string) => createHmac('sha256', k).update(d).digest();
  const key = h(h(h(`TC3${secretKey}`, date), service), 'tc3_request');
  return safeEqual(createHmac('sha256', key).update(toSign).digest('hex'), signature);
}

export async function fakeTencent(opts: { secretId: string; secretKey: string }): Promise<FakeProvider> {
  let seq = 0;
  let p!: FakeProvider;
  const { server, url } = await start(async (req, body, res) => {
    if (req.method !== 'POST' || !tencentVerify(opts.secretId, opts.secretKey, req, body)) {
      p.rejected++;
      return json(res, 200, { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: '请求签名验证失败' }, RequestId: 'r' } });
    }
    const action = req.headers['x-tc-action'];
    const b = JSON.parse(body) as Record<string, unknown>;
    if (action === 'SendSms') {
      await sleep(delayOf(p));
      const fail = p.failNext.shift();
      if (fail === 'http500') return json(res, 502, {});
      if (fail === 'refuse')
        return json(res, 200, { Response: { Error: { Code: 'LimitExceeded.PhoneNumberDailyLimit', Message: '单个手机号日下发条数超过设定的上限' } } });
      const key = String(b.SessionContext ?? '');
      const known = p.sends.find((s) => s.key === key);
      const messageId = known?.messageId ?? `serial-${++seq}`;
      const phone = String((b.PhoneNumberSet as string[])[0]).replace(/^\+86/, '');
      p.sends.push({ key, phone, body: b, messageId, at: Date.now() });
      return json(res, 200, {
        Response: { SendStatusSet: [{ SerialNo: messageId, PhoneNumber: `+86${phone}`, Code: 'Ok', Message: 'send success', SessionContext: key }] },
      });
    }
    if (action === 'PullSmsSendStatus') {
      return json(res, 200, {
        Response: { PullSmsSendStatusSet: p.sends.map((s) => ({ SerialNo: s.messageId, SessionContext: s.key, ReportStatus: 'SUCCESS' })) },
      });
    }
    return json(res, 200, { Response: { Error: { Code: 'InvalidAction', Message: action } } });
  });
  p = base(server, url);
  return p;
}

export const httpSign = (secret: string, data: string) => `sha256=${createHmac('sha256', secret).update(data).digest('hex')}`;

export async function fakeHttp(opts: { secret: string }): Promise<FakeProvider> {
  let seq = 0;
  let p!: FakeProvider;
  const { server, url } = await start(async (req, body, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === '/messages') {
      if (!safeEqual(httpSign(opts.secret, body), String(req.headers['x-signature'] ?? ''))) {
        p.rejected++;
        return json(res, 401, { error: 'bad signature' });
      }
      const b = JSON.parse(body) as Record<string, unknown>;
      const key = String(req.headers['idempotency-key'] ?? '');
      if (key !== b.key) return json(res, 400, { error: 'key mismatch' });
      const fail = p.failNext.shift();
      if (fail === 'http500') return json(res, 503, { error: 'unavailable' });
      if (fail === 'refuse') return json(res, 422, { error: 'number blocked' });
      // Recorded on arrival, answered after the delay: a worker killed while waiting has been "sent".
      const known = p.sends.find((s) => s.key === key);
      const messageId = known?.messageId ?? `msg-${++seq}`;
      p.sends.push({ key, phone: String(b.phone), body: b, messageId, at: Date.now() });
      await sleep(delayOf(p));
      return json(res, 200, { id: messageId });
    }
    const m = /^\/messages\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && m) {
      if (!safeEqual(httpSign(opts.secret, path), String(req.headers['x-signature'] ?? ''))) {
        p.rejected++;
        return json(res, 401, { error: 'bad signature' });
      }
      const hit = p.sends.find((s) => s.key === decodeURIComponent(m[1]));
      return hit ? json(res, 200, { id: hit.messageId }) : json(res, 404, { error: 'not found' });
    }
    return json(res, 404, { error: 'no route' });
  });
  p = base(server, url);
  return p;
}
