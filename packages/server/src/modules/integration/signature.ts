import crypto from 'node:crypto';
import dns from 'node:dns';
import net from 'node:net';
import { AppError } from '../../shared/errors';

/**
 * Webhook signatures and callback-URL safety (ADR 0032).
 *
 * Signature: `X-Xiejiu-Signature: hmac-sm3=<hex>` — HMAC (RFC 2104, block 64 bytes) over SM3 (GB/T 32905) of
 * `<X-Xiejiu-Timestamp> + "." + <raw body>` with the subscription's secret (its UTF-8 bytes). Node's OpenSSL has
 * `sm3` (the field encryption uses the same primitive); test/integration-api.test.ts checks it against the
 * GM/T 0042-2015 appendix D.3 vector and an independent pure-TypeScript SM3.
 */
export const SIGNATURE_PREFIX = 'hmac-sm3=';

export function hmacSm3Hex(key: string | Buffer, data: string | Buffer): string {
  return crypto.createHmac('sm3', key).update(data).digest('hex');
}

export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `${SIGNATURE_PREFIX}${hmacSm3Hex(secret, `${timestamp}.${body}`)}`;
}

/** A fresh subscription secret (shown once): `whsec_` + 32 random bytes, base64url. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString('base64url')}`;
}

/**
 * Addresses a callback may never reach unless WEBHOOK_ALLOW_PRIVATE_URLS is on: loopback, private (RFC 1918, ULA),
 * link-local (incl. cloud metadata 169.254.169.254), carrier-grade NAT, "this network", multicast and reserved.
 */
const BLOCKED = (() => {
  const b = new net.BlockList();
  for (const [a, p] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['224.0.0.0', 3],
  ] as const)
    b.addSubnet(a, p, 'ipv4');
  for (const [a, p] of [
    ['::', 128],
    ['::1', 128],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
    ['64:ff9b::', 96],
  ] as const)
    b.addSubnet(a, p, 'ipv6');
  return b;
})();

export function isPrivateAddress(address: string): boolean {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4mapped) return BLOCKED.check(v4mapped[1], 'ipv4');
  const family = net.isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family === 6) return BLOCKED.check(address, 'ipv6');
  return true;
}

/** Checks a callback URL when it is registered: http(s), no credentials, and (unless allowed) no literal private address or `localhost`. */
export function checkCallbackUrl(raw: string, allowPrivate: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError('BAD_USER_INPUT', '回调地址格式不正确', { field: 'url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('BAD_USER_INPUT', '回调地址只能是 http 或 https 地址', { field: 'url' });
  if (url.username || url.password) throw new AppError('BAD_USER_INPUT', '回调地址不能包含用户名和密码', { field: 'url' });
  if (url.hash) throw new AppError('BAD_USER_INPUT', '回调地址不能包含 # 片段', { field: 'url' });
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || (net.isIP(host) && isPrivateAddress(host))))
    throw new AppError('BAD_USER_INPUT', '回调地址不能指向本机或内部网络地址', { field: 'url' });
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * The DNS lookup of every delivery: resolves as usual and refuses the connection when any address is private (unless
 * allowed) — checked on the address actually connected to, so a name that resolves to a public address when it is
 * registered and to an internal one later (DNS rebinding) is still refused.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate && list.some((a) => isPrivateAddress(a.address))) {
        const e: NodeJS.ErrnoException = new Error(`refused: ${hostname} resolves to a private address`);
        e.code = 'EPRIVATEADDR';
        return callback(e, '');
      }
      if (options.all) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}
