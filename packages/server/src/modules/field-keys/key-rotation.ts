import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import { pgArray, sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { checkFieldKeys, type RotationProgress } from './key-check';
import { SEALED_TABLES, type SealedTable } from './sealed-columns';

export const ROTATION_BATCH = 1000;
/** Passes over all tables before giving up: each pass after the first means an old-key process still writes. */
const MAX_PASSES = 5;

export interface RotationOptions {
  batchSize?: number;
  log?: (m: string) => void;
  /** Checked between batches: true → stop after the batch in progress (the rotation resumes later). */
  shouldStop?: () => boolean;
}

export interface RotationResult {
  /** No rotation was in progress. */
  idle: boolean;
  finished: boolean;
  fromKeyId: string | null;
  toKeyId: string;
  resealed: number;
  batches: number;
}

/**
 * `pnpm cli keys:rotate`: re-seals every sealed value (SEALED_TABLES) still under the retiring key
 * with the current key and rebuilds its blind index, in batches while the server keeps serving.
 * Each batch is one transaction: it locks its rows (`for update`, so a concurrent edit waits and is
 * not overwritten with a stale value), writes them, advances the stored cursor and is logged as 系统
 * (`field_key.rotation_batch`). An interrupted rotation — stopped, killed, or a failed batch, which
 * rolls back whole — resumes after its last committed batch. When every table is done, a check
 * counts what is still not under the current key (written meanwhile by a process with only the old
 * key) and takes another pass; when nothing is left, the old key is RETIRED.
 */
export async function rotateFieldKeys(ctx: RequestContext, opts: RotationOptions = {}): Promise<RotationResult> {
  const log = opts.log ?? (() => {});
  const size = opts.batchSize ?? ROTATION_BATCH;
  const status = await checkFieldKeys(ctx, log);
  const toKeyId = status.activeKeyId;
  if (!status.rotation) return { idle: true, finished: true, fromKeyId: null, toKeyId, resealed: 0, batches: 0 };
  const fromKeyId = status.rotation.fromKeyId;
  const started = { resealed: status.rotation.progress.resealed, batches: status.rotation.progress.batches };
  let progress = status.rotation.progress;
  for (;;) {
    if (opts.shouldStop?.()) break;
    const step = await ctx.tx((em) => rotateStep(ctx, em, fromKeyId, size));
    if (!step) break; // finished (here or by another process)
    progress = step.progress;
    if (step.finished) {
      log(`密钥轮换完成：共重新加密 ${progress.resealed} 个值，${progress.batches} 批 / rotation finished`);
      return { idle: false, finished: true, fromKeyId, toKeyId, resealed: progress.resealed - started.resealed, batches: progress.batches - started.batches };
    }
    log(step.message);
  }
  const finished = !(await ctx.tx((em) => sqlRows(em, `select 1 from field_key where key_id = ? and state = 'RETIRING'`, [fromKeyId]))).length;
  return { idle: false, finished, fromKeyId, toKeyId, resealed: progress.resealed - started.resealed, batches: progress.batches - started.batches };
}

interface Step {
  progress: RotationProgress;
  finished: boolean;
  message: string;
}

/** One batch of the first unfinished table, or the final check. Null when the rotation is no longer in progress. */
async function rotateStep(ctx: RequestContext, em: EntityManager, fromKeyId: string, size: number): Promise<Step | null> {
  // The progress row is locked for the batch: two rotating processes take turns instead of racing.
  const [row] = await sqlRows<{ rotation: RotationProgress }>(em, `select rotation from field_key where key_id = ? and state = 'RETIRING' for update`, [
    fromKeyId,
  ]);
  if (!row) return null;
  const progress = row.rotation;
  const spec = SEALED_TABLES.find((s) => !progress.tables[s.table]?.done);
  if (!spec) return finalCheck(ctx, em, fromKeyId, progress);
  const state = progress.tables[spec.table] ?? { cursor: null, done: false };
  const batch = await resealBatch(ctx, em, spec, state.cursor, size);
  progress.tables[spec.table] = { cursor: batch.lastId ?? state.cursor, done: batch.rows < size };
  progress.resealed += batch.resealed;
  progress.batches += 1;
  await em.execute(`update field_key set rotation = ?::jsonb where key_id = ?`, [JSON.stringify(progress), fromKeyId]);
  await recordAudit(ctx, {
    action: 'field_key.rotation_batch',
    entityType: 'field_key',
    entityId: ctx.runtime.fieldCrypto.current.id,
    detail: { table: spec.table, rows: batch.rows, resealed: batch.resealed, lastId: batch.lastId, pass: progress.pass, tableDone: batch.rows < size },
  });
  return {
    progress,
    finished: false,
    message: `  ${spec.table}: 本批 ${batch.rows} 行，重新加密 ${batch.resealed} 个值（累计 ${progress.resealed}）${batch.rows < size ? '，本表完成' : ''}`,
  };
}

/** Reads up to `size` rows after the cursor holding a value not under the current key, re-seals them. */
async function resealBatch(ctx: RequestContext, em: EntityManager, spec: SealedTable, cursor: string | null, size: number) {
  const fc = ctx.runtime.fieldCrypto;
  const prefix = `${fc.current.prefix}%`;
  const stale = spec.fields.map((f) => `(${f.read} is not null and ${f.read} not like ?)`).join(' or ');
  const rows = await sqlRows<Record<string, string | null>>(
    em,
    `select t."${spec.id}"::text as id, ${spec.fields.map((f, i) => `${f.read} as f${i}`).join(', ')}
       from "${spec.table}" t where ${cursor ? `t."${spec.id}" > ? and ` : ''}(${stale})
      order by t."${spec.id}" limit ? for update of t`,
    [...(cursor ? [cursor] : []), ...spec.fields.map(() => prefix), size],
  );
  if (!rows.length) return { rows: 0, resealed: 0, lastId: null };
  // Column-wise arrays for one `update … from unnest(…)`; null = leave the value as it is.
  const ids: string[] = [];
  const sealed: Array<Array<string | null>> = spec.fields.map(() => []);
  const indexes: Array<Array<string | null>> = spec.fields.map(() => []);
  let resealed = 0;
  for (const r of rows) {
    ids.push(r.id!);
    spec.fields.forEach((f, i) => {
      const v = r[`f${i}`];
      if (v === null || fc.isCurrent(v)) {
        sealed[i].push(null);
        indexes[i].push(null);
        return;
      }
      let plain: string;
      try {
        plain = fc.decrypt(v);
      } catch (e) {
        throw new Error(`${spec.table} ${r.id} 的加密值无法用新旧密钥解密，本批未写入：${(e as Error).message}`);
      }
      sealed[i].push(fc.encrypt(plain));
      indexes[i].push(f.index ? fc.blindIndex(f.index.domain + plain) : null);
      resealed++;
    });
  }
  const sets: string[] = [];
  const cols = ['id'];
  const params: string[] = [pgArray(ids)];
  // One SET per column: the fields of one JSON column (its keys) are applied one inside the other.
  const written = new Map<string, string>();
  spec.fields.forEach((f, i) => {
    written.set(f.column, f.write(written.get(f.column) ?? `t."${f.column}"`, `v.e${i}`));
    cols.push(`e${i}`);
    params.push(pgArray(sealed[i]));
    if (f.index) {
      sets.push(`"${f.index.column}" = coalesce(v.i${i}, t."${f.index.column}")`);
      cols.push(`i${i}`);
      params.push(pgArray(indexes[i]));
    }
  });
  for (const [column, value] of written) sets.unshift(`"${column}" = ${value}`);
  await em.execute(
    `update "${spec.table}" t set ${sets.join(', ')}
       from unnest(?::uuid[], ${cols
         .slice(1)
         .map(() => '?::text[]')
         .join(', ')}) as v(${cols.join(', ')})
      where t."${spec.id}" = v.id`,
    params,
  );
  return { rows: rows.length, resealed, lastId: rows[rows.length - 1].id };
}

/** Every table done: anything still not under the current key? Then another pass, else retire the old key. */
async function finalCheck(ctx: RequestContext, em: EntityManager, fromKeyId: string, progress: RotationProgress): Promise<Step> {
  const prefix = `${ctx.runtime.fieldCrypto.current.prefix}%`;
  let left = 0;
  for (const spec of SEALED_TABLES) {
    const stale = spec.fields.map((f) => `(${f.read} is not null and ${f.read} not like ?)`).join(' or ');
    const [c] = await sqlRows<{ n: number }>(
      em,
      `select count(*)::int as n from "${spec.table}" t where ${stale}`,
      spec.fields.map(() => prefix),
    );
    left += c.n;
  }
  if (left > 0) {
    if (progress.pass >= MAX_PASSES) {
      throw new Error(`经过 ${MAX_PASSES} 轮仍有 ${left} 行未使用新密钥：仍有服务进程只配置了旧密钥并在写入，请确认所有进程都已按新密钥重启后再运行`);
    }
    progress.pass += 1;
    progress.tables = {};
    await em.execute(`update field_key set rotation = ?::jsonb where key_id = ?`, [JSON.stringify(progress), fromKeyId]);
    return { progress, finished: false, message: `仍有 ${left} 行未使用新密钥（轮换期间由旧密钥写入），开始第 ${progress.pass} 轮 / another pass` };
  }
  await em.execute(`update field_key set state = 'RETIRED', retired_at = now(), rotation = ?::jsonb where key_id = ?`, [
    JSON.stringify({ ...progress, finishedAt: new Date().toISOString() }),
    fromKeyId,
  ]);
  await recordAudit(ctx, {
    action: 'field_key.rotation_finished',
    entityType: 'field_key',
    entityId: ctx.runtime.fieldCrypto.current.id,
    detail: { fromKeyId, resealed: progress.resealed, batches: progress.batches, passes: progress.pass },
  });
  return { progress, finished: true, message: '' };
}
