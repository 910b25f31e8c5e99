import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../graphql/request-context';
import type { FieldCrypto, FieldKey } from '../../shared/field-crypto';
import { sqlRows } from '../../shared/sql';
import { recordAudit } from '../audit/audit.service';
import { SEALED_TABLES } from './sealed-columns';

/** Sealed under a key in `field_key.canary`: a key that opens it to this text is that key. */
const CANARY = 'xiejiu/field-key-canary';

/** Progress of a rotation, stored on the RETIRING key's row (`field_key.rotation`). */
export interface RotationProgress {
  startedAt: string;
  /** Per table of SEALED_TABLES: keyset cursor (last id done) and whether the table is done. */
  tables: Record<string, { cursor: string | null; done: boolean }>;
  resealed: number;
  batches: number;
  /** Passes over all tables (a later pass re-seals rows an old-key process wrote meanwhile). */
  pass: number;
}

export interface FieldKeyStatus {
  activeKeyId: string;
  /** Set while a rotation is in progress. */
  rotation: { fromKeyId: string; toKeyId: string; progress: RotationProgress } | null;
}

/** The configured key does not fit the database: the server and the CLI refuse to start. */
export class FieldKeyMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FieldKeyMismatchError';
  }
}

interface KeyRow {
  keyId: string;
  canary: string;
  state: 'ACTIVE' | 'RETIRING' | 'RETIRED';
  rotation: RotationProgress | null;
}

const opensCanary = (key: FieldKey, row: KeyRow) => {
  try {
    return key.opens(row.canary) && key.open(row.canary) === CANARY;
  } catch {
    return false;
  }
};

const ROTATE_DOC = '见 docs/deployment.md《字段加密密钥轮换》/ see docs/deployment.md, field-key rotation';

/**
 * Checks the configured field key(s) against the database before anything is served (S5), under an
 * advisory lock so processes starting together agree:
 *
 * - no key registered yet (first start, or first start of this version on existing data): existing
 *   sealed values are sampled and must open with the key; then its canary is stored;
 * - FIELD_ENCRYPTION_KEY is the ACTIVE key: fine; while a rotation is in progress the previous key
 *   (FIELD_ENCRYPTION_KEY_PREVIOUS) must be the RETIRING one, since rows not re-sealed yet need it;
 * - FIELD_ENCRYPTION_KEY is new and the previous key is the ACTIVE one: a rotation starts — the new key
 *   becomes ACTIVE (new values are sealed with it), the old one RETIRING until `pnpm cli keys:rotate`
 *   has re-sealed everything;
 * - anything else (another key, a replaced key) → FieldKeyMismatchError, with a Chinese + English message.
 *
 * Registration and the start of a rotation are logged as 系统 in the operation log.
 */
export async function checkFieldKeys(ctx: RequestContext, log: (m: string) => void = () => {}): Promise<FieldKeyStatus> {
  const fc = ctx.runtime.fieldCrypto;
  const cur = fc.current;
  const prev = fc.previous;
  const status = await ctx.tx(async (em) => {
    await em.execute(`select pg_advisory_xact_lock(hashtext('xiejiu/field-key'))`);
    const rows = await sqlRows<KeyRow>(em, `select key_id as "keyId", canary, state, rotation from field_key`);
    const active = rows.find((r) => r.state === 'ACTIVE');
    const retiring = rows.find((r) => r.state === 'RETIRING');
    const mine = rows.find((r) => r.keyId === cur.id);

    if (!active) {
      await requireExistingDataOpens(em, fc);
      await em.execute(`insert into field_key (key_id, canary, state) values (?, ?, 'ACTIVE')`, [cur.id, cur.seal(CANARY)]);
      await recordAudit(ctx, { action: 'field_key.registered', entityType: 'field_key', entityId: cur.id });
      log(`已登记字段加密密钥 ${cur.id} / field key registered`);
      return { activeKeyId: cur.id, rotation: null };
    }

    if (mine && mine.state !== 'ACTIVE') {
      throw new FieldKeyMismatchError(
        `当前配置的 FIELD_ENCRYPTION_KEY（密钥 ${cur.id}）已在密钥轮换中被密钥 ${active.keyId} 取代，请改用新密钥；${ROTATE_DOC}` +
          ` / FIELD_ENCRYPTION_KEY (key ${cur.id}) was replaced by key ${active.keyId} in a key rotation: configure the new key`,
      );
    }
    if (mine) {
      if (!opensCanary(cur, mine)) throw mismatch(cur.id, active.keyId);
      if (!retiring) {
        if (prev) log(`FIELD_ENCRYPTION_KEY_PREVIOUS（密钥 ${prev.id}）已不再需要，可以删除 / the previous field key is no longer needed`);
        return { activeKeyId: cur.id, rotation: null };
      }
      if (!prev || prev.id !== retiring.keyId || !opensCanary(prev, retiring)) {
        throw new FieldKeyMismatchError(
          `字段加密密钥轮换尚未完成（旧密钥 ${retiring.keyId} → 新密钥 ${cur.id}）：请把 FIELD_ENCRYPTION_KEY_PREVIOUS 设为旧密钥，` +
            `并运行 pnpm cli keys:rotate 完成轮换；${ROTATE_DOC}` +
            ` / a field-key rotation is in progress (key ${retiring.keyId} → ${cur.id}): set FIELD_ENCRYPTION_KEY_PREVIOUS to the old key and finish it with pnpm cli keys:rotate`,
        );
      }
      return { activeKeyId: cur.id, rotation: { fromKeyId: retiring.keyId, toKeyId: cur.id, progress: retiring.rotation! } };
    }

    // A key the database does not know: the start of a rotation, or the wrong key.
    if (!prev || prev.id !== active.keyId || !opensCanary(prev, active)) throw mismatch(cur.id, active.keyId);
    if (retiring) {
      throw new FieldKeyMismatchError(
        `上一次字段加密密钥轮换（密钥 ${retiring.keyId} → ${active.keyId}）尚未完成，请先用这两个密钥运行 pnpm cli keys:rotate，再更换密钥；${ROTATE_DOC}` +
          ` / the previous field-key rotation (${retiring.keyId} → ${active.keyId}) is not finished: complete it with pnpm cli keys:rotate first`,
      );
    }
    const progress: RotationProgress = { startedAt: new Date().toISOString(), tables: {}, resealed: 0, batches: 0, pass: 1 };
    await em.execute(`update field_key set state = 'RETIRING', rotation = ?::jsonb where key_id = ?`, [JSON.stringify(progress), active.keyId]);
    await em.execute(`insert into field_key (key_id, canary, state) values (?, ?, 'ACTIVE')`, [cur.id, cur.seal(CANARY)]);
    await recordAudit(ctx, {
      action: 'field_key.rotation_started',
      entityType: 'field_key',
      entityId: cur.id,
      detail: { fromKeyId: active.keyId, toKeyId: cur.id },
    });
    return { activeKeyId: cur.id, rotation: { fromKeyId: active.keyId, toKeyId: cur.id, progress } };
  });
  if (status.rotation) {
    log(
      `字段加密密钥轮换进行中（${status.rotation.fromKeyId} → ${status.rotation.toKeyId}）：新数据使用新密钥加密，请运行 pnpm cli keys:rotate 完成轮换` +
        ` / field-key rotation in progress: run pnpm cli keys:rotate`,
    );
  }
  return status;
}

function mismatch(configured: string, active: string): FieldKeyMismatchError {
  return new FieldKeyMismatchError(
    `字段加密密钥与数据库中的数据不符：数据库中的身份证号、电话等由密钥 ${active} 加密，当前配置的 FIELD_ENCRYPTION_KEY 是密钥 ${configured}。` +
      `用错误的密钥运行会查不到已登记的人员、导致重复登记，因此拒绝启动。请使用原来的密钥；如需更换密钥，${ROTATE_DOC}` +
      ` / FIELD_ENCRYPTION_KEY (key ${configured}) does not match the stored data (sealed with key ${active}); refusing to start. ` +
      `Use the original key, or rotate keys as documented.`,
  );
}

/** Before the first canary: a few sealed values of every sealed column must open with the key. */
async function requireExistingDataOpens(em: EntityManager, fc: FieldCrypto): Promise<void> {
  for (const spec of SEALED_TABLES) {
    for (const f of spec.fields) {
      const rows = await sqlRows<{ v: string }>(em, `select ${f.read} as v from "${spec.table}" t where ${f.read} is not null limit 3`);
      if (rows.some((r) => !fc.current.opens(r.v))) {
        throw new FieldKeyMismatchError(
          `字段加密密钥与数据库中的数据不符：${spec.table} 中已有加密数据，当前配置的 FIELD_ENCRYPTION_KEY（密钥 ${fc.current.id}）无法解密。` +
            `用错误的密钥运行会查不到已登记的人员、导致重复登记，因此拒绝启动。请使用原来的密钥 / ` +
            `FIELD_ENCRYPTION_KEY (key ${fc.current.id}) cannot open the data already sealed in ${spec.table}; refusing to start. Use the original key.`,
        );
      }
    }
  }
}
