import { maskIdNumber, maskPhone } from '@xiejiu/rules';

/** Field names whose values never enter the operation log in clear. */
const SECRET = /password|secret|token|hash|totp/i;
const ID_NUMBER = /idNumber|idCard|身份证/i;
const PHONE = /phone|mobile|tel/i;
const BANK = /bank|account/i;

export function maskValue(key: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (SECRET.test(key)) return '******';
  if (typeof value === 'string') {
    if (ID_NUMBER.test(key)) return maskIdNumber(value);
    if (PHONE.test(key)) return maskPhone(value);
    if (BANK.test(key)) return value.length > 4 ? `****${value.slice(-4)}` : '****';
  }
  return maskObject(value);
}

export function maskObject(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => maskObject(v));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = maskValue(k, v);
  return out;
}

/** Field-level before/after diff of two plain snapshots, masked. */
export function diffSnapshots(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Record<string, { before?: unknown; after?: unknown }> {
  const out: Record<string, { before?: unknown; after?: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    const b = before?.[k];
    const a = after?.[k];
    const same = JSON.stringify(b instanceof Date ? b.toISOString() : b) === JSON.stringify(a instanceof Date ? a.toISOString() : a);
    if (same) continue;
    out[k] = { before: maskValue(k, normalise(b)), after: maskValue(k, normalise(a)) };
  }
  return out;
}

function normalise(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}
