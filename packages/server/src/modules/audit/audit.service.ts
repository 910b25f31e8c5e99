import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRows } from '../../shared/sql';
import type { RequestContext } from '../../graphql/request-context';
import { areaSql } from '../../shared/scope';
import { likeContains as like } from '../../shared/paging';
import { chainHash, type ChainFields } from './canonical';
import { diffSnapshots, maskObject } from './masking';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  /** Snapshots: only changed fields are logged, masked. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts (reason of an unmasking, filter of an export …), masked. */
  detail?: Record<string, unknown>;
  /** Actor to record when the request has none yet (login of a user). */
  as?: { id: string; name: string; roles: string[]; areaCode: string };
}

/**
 * Appends one row to the operation log in the caller's transaction, so the business change and its
 * log row commit or roll back together. The row is built now (masked) and chained just before COMMIT
 * (`ctx.beforeCommit`): all rows of one transaction are appended in one step under the audit_head
 * row lock, so the lock is held for milliseconds, not for the rest of a long transaction, and rows
 * of one transaction can never interleave (see appendRows).
 */
export async function recordAudit(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await ctx.tx(async (em) => queueRow(em, ctx, entry));
}

/** Rows waiting for the COMMIT of their transaction, in call order. */
const pending = new WeakMap<EntityManager, PendingRow[]>();

type PendingRow = Omit<ChainFields, 'pos' | 'at'>;

function queueRow(em: EntityManager, ctx: RequestContext, entry: AuditEntry): void {
  const diff: Record<string, unknown> = {};
  if (entry.before !== undefined || entry.after !== undefined) diff.changes = diffSnapshots(entry.before, entry.after);
  if (entry.detail) diff.detail = maskObject(entry.detail);
  const actor = entry.as ? { ...entry.as } : ctx.actor;
  const row: PendingRow = {
    actorId: actor.id ?? null,
    actorName: actor.name,
    role: actor.roles.join(',') || null,
    areaCode: actor.areaCode ?? '000000000000',
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    diff: Object.keys(diff).length ? diff : null,
    ip: ctx.ip,
    userAgent: ctx.userAgent ? ctx.userAgent.slice(0, 400) : null,
    requestId: ctx.requestId,
  };
  let rows = pending.get(em);
  if (!rows) {
    rows = [];
    pending.set(em, rows);
    ctx.beforeCommit(async (txEm) => {
      const queued = pending.get(txEm) ?? [];
      pending.delete(txEm);
      await appendRows(txEm, queued);
    });
  }
  rows.push(row);
}

/**
 * Chains `rows` onto the log: deferred constraint checks first (so nothing else is waited for while
 * the head is locked), then `select … for update` of the head — concurrent transactions queue here —
 * and one multi-row insert. The database checks every row: the trigger `audit_log_extend_head`
 * refuses a row whose position or prev_hash does not extend audit_head and advances the head itself.
 */
async function appendRows(em: EntityManager, rows: PendingRow[]): Promise<void> {
  if (!rows.length) return;
  await em.execute(`set constraints all immediate`);
  const head = await sqlRows<{ pos: string; hash: string }>(em, `select pos::text as pos, hash from audit_head where id = 1 for update`);
  if (!head.length) throw new Error('audit_head row missing');
  let pos = BigInt(head[0].pos);
  let prevHash = head[0].hash;
  const at = new Date();
  const values: string[] = [];
  const params: unknown[] = [];
  for (const r of rows) {
    pos += 1n;
    const row: ChainFields = { ...r, pos: String(pos), at };
    const hash = chainHash(row, prevHash);
    values.push('(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)');
    params.push(
      row.pos,
      row.at,
      row.actorId,
      row.actorName,
      row.role,
      row.areaCode,
      row.action,
      row.entityType,
      row.entityId,
      row.diff === null ? null : JSON.stringify(row.diff),
      row.ip,
      row.userAgent,
      row.requestId,
      prevHash,
      hash,
    );
    prevHash = hash;
  }
  await em.execute(
    `insert into audit_log (pos, at, actor_id, actor_name, role, area_code, action, entity_type, entity_id, diff, ip, user_agent, request_id, prev_hash, hash)
     values ${values.join(', ')}`,
    params,
  );
}

export interface AuditSearch {
  keyword?: string | null;
  actorName?: string | null;
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export interface AuditRow extends ChainFields {
  prevHash: string;
  hash: string;
}

/**
 * Scoped search of the log (audit administrators). Reading the log is itself logged — per page, except for
 * an export (`logSearch: false`), which is logged once as `audit.exported` (modules/exports).
 */
export async function searchAudit(
  ctx: RequestContext,
  f: AuditSearch,
  page: number,
  pageSize: number,
  opts: { logSearch?: boolean } = {},
): Promise<{ items: AuditRow[]; total: number }> {
  ctx.require('audit.read', '查阅操作日志');
  return ctx.tx(async (em) => {
    const scope = areaSql(ctx, 'area_code');
    const where: string[] = [scope.sql];
    const params: unknown[] = [...scope.params];
    if (f.keyword) {
      where.push(`(actor_name ilike ? or action ilike ? or entity_id ilike ? or diff::text ilike ?)`);
      params.push(like(f.keyword), like(f.keyword), like(f.keyword), like(f.keyword));
    }
    if (f.actorName) {
      where.push('actor_name ilike ?');
      params.push(like(f.actorName));
    }
    if (f.action) {
      where.push('action = ?');
      params.push(f.action);
    }
    if (f.entityType) {
      where.push('entity_type = ?');
      params.push(f.entityType);
    }
    if (f.entityId) {
      where.push('entity_id = ?');
      params.push(f.entityId);
    }
    if (f.from) {
      where.push('at >= ?');
      params.push(f.from);
    }
    if (f.to) {
      where.push('at <= ?');
      params.push(f.to);
    }
    const w = where.join(' and ');
    const [{ total }] = await sqlRows<{ total: number }>(em, `select count(*)::int as total from audit_log where ${w}`, params);
    const rows = await sqlRows<AuditRow>(
      em,
      `select pos::text as pos, at, actor_id as "actorId", actor_name as "actorName", role, area_code as "areaCode", action,
              entity_type as "entityType", entity_id as "entityId", diff, ip, user_agent as "userAgent", request_id as "requestId",
              prev_hash as "prevHash", hash
         from audit_log where ${w} order by audit_log.pos desc limit ? offset ?`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    if (opts.logSearch !== false) queueRow(em, ctx, { action: 'audit.searched', entityType: 'audit_log', detail: { filter: { ...f }, page } });
    return { items: rows, total };
  });
}
