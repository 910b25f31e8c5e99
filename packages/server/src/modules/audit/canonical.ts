import crypto from 'node:crypto';

/** Canonical JSON: object keys sorted, no whitespace; Dates as ISO strings. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value as object)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  pos: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  role: string | null;
  areaCode: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  diff: unknown;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** SM3 over the canonical JSON of the row's content and the previous row's hash. */
export function chainHash(row: ChainFields, prevHash: string): string {
  const content = canonicalJson({
    pos: String(row.pos),
    at: row.at,
    actorId: row.actorId ?? null,
    actorName: row.actorName,
    role: row.role ?? null,
    areaCode: row.areaCode,
    action: row.action,
    entityType: row.entityType ?? null,
    entityId: row.entityId ?? null,
    diff: row.diff ?? null,
    ip: row.ip ?? null,
    userAgent: row.userAgent ?? null,
    requestId: row.requestId ?? null,
  });
  return crypto.createHash('sm3').update(prevHash).update('\n').update(content, 'utf8').digest('hex');
}
