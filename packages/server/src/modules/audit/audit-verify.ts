import { Client } from 'pg';
import { chainHash, GENESIS_HASH, type ChainFields } from './canonical';

export type ChainProblem = 'ALTERED' | 'REMOVED' | 'REORDERED' | 'HEAD_MISMATCH';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBadPos: string | null;
  problem: ChainProblem | null;
  message: string;
}

interface Row extends ChainFields {
  prevHash: string;
  hash: string;
}

type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

const BATCH = 5000;

/**
 * Walks the chain in position order (up to the head read first, so concurrent appends
 * during the walk are not mistaken for damage) and names the first altered, removed or reordered row.
 * `query` must see every row (owner connection or system scope).
 */
export async function verifyChain(query: Query, head?: { pos: string; hash: string }): Promise<VerifyResult> {
  let expected = 1n;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let after = '0';
  const bad = (pos: bigint | string, problem: ChainProblem, message: string): VerifyResult => ({
    ok: false, checked, firstBadPos: String(pos), problem, message,
  });
  for (;;) {
    const rows = await query(
      `select pos::text as pos, at, actor_id as "actorId", actor_name as "actorName", role, area_code as "areaCode", action,
              entity_type as "entityType", entity_id as "entityId", diff, ip, user_agent as "userAgent", request_id as "requestId",
              prev_hash as "prevHash", hash
         from audit_log where audit_log.pos > $1 and audit_log.pos <= $2 order by audit_log.pos limit ${BATCH}`,
      [after, head ? head.pos : '9223372036854775807'],
    );
    if (rows.length === 0) break;
    for (const row of rows) {
      const pos = BigInt(row.pos);
      if (pos > expected) {
        return bad(expected, 'REMOVED', `第 ${expected} 条日志缺失（已被删除），其后第 ${pos} 条起链条断开`);
      }
      if (chainHash(row, row.prevHash) !== row.hash) {
        // A row moved from another position verifies under its original position.
        for (let d = -64n; d <= 64n; d++) {
          const p = pos + d;
          if (d !== 0n && p > 0n && chainHash({ ...row, pos: String(p) }, row.prevHash) === row.hash) {
            return bad(pos, 'REORDERED', `第 ${pos} 条日志的位置被调换（原为第 ${p} 条）`);
          }
        }
        return bad(pos, 'ALTERED', `第 ${pos} 条日志内容被篡改（哈希不符）`);
      }
      if (row.prevHash !== prevHash) {
        return bad(pos, 'REORDERED', `第 ${pos} 条日志与前一条不衔接（顺序被调换或被替换）`);
      }
      prevHash = row.hash;
      expected = pos + 1n;
      checked++;
    }
    after = rows[rows.length - 1].pos;
  }
  if (head && (BigInt(head.pos) !== expected - 1n || (expected > 1n && head.hash !== prevHash))) {
    return bad(expected, 'HEAD_MISMATCH', `日志链末尾与链头记录不符：链头为第 ${head.pos} 条，实际最后为第 ${expected - 1n} 条（末尾记录被删除或篡改）`);
  }
  return { ok: true, checked, firstBadPos: null, problem: null, message: `日志链完整，共校验 ${checked} 条` };
}

/** Verifies using a plain owner connection (CLI `audit:verify`). */
export async function verifyChainAt(ownerUrl: string): Promise<VerifyResult> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    await c.query(`select set_config('app.area_prefix', '*', false)`);
    const head = (await c.query(`select pos::text as pos, hash from audit_head where id = 1`)).rows[0];
    return await verifyChain(async (sql, params) => (await c.query(sql, params)).rows as Row[], head);
  } finally {
    await c.end();
  }
}
