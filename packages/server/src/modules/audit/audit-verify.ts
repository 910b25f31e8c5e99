import { Client } from 'pg';
import { decodeRows, digits, row } from '../../db/rows';
import { SYSTEM_SCOPE_SQL } from '../../graphql/request-context';
import { chainHash, GENESIS_HASH, type ChainFields } from './canonical';

export type ChainProblem = 'ALTERED' | 'REMOVED' | 'REORDERED' | 'FORKED' | 'HEAD_MISMATCH' | 'NOT_ON_CHAIN';

/** Chinese names of the problems (the `AuditChainProblem` enum of the schema). */
export const CHAIN_PROBLEM_NAMES: Record<ChainProblem, string> = {
  ALTERED: '记录被篡改',
  REMOVED: '记录被删除',
  REORDERED: '记录顺序被调换',
  FORKED: '日志链分叉',
  HEAD_MISMATCH: '链头不符',
  NOT_ON_CHAIN: '有记录不在链上',
};

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

export interface ChainHead {
  pos: string;
  hash: string;
}

/**
 * Walks the chain in position order up to the head (read first, so appends during the walk are not
 * mistaken for damage) and names the first altered, removed, reordered or forked row; then checks
 * that the last row is the head and that no row lies off the chain (past the head, or before
 * position 1). `query` must see every row (owner connection or system scope); `$1`, `$2` placeholders.
 */
export async function verifyChain(query: Query, head: ChainHead | undefined): Promise<VerifyResult> {
  let expected = 1n;
  let prevHash = GENESIS_HASH;
  let lastPrevHash: string | null = null;
  let checked = 0;
  let after = '0';
  const bad = (pos: bigint | string | null, problem: ChainProblem, message: string): VerifyResult => ({
    ok: false,
    checked,
    firstBadPos: pos === null ? null : String(pos),
    problem,
    message,
  });
  if (!head) return bad(null, 'HEAD_MISMATCH', '链头记录（audit_head）缺失，无法确认日志链的末尾');
  for (;;) {
    const rows = await query(
      `select pos::text as pos, at, actor_id as "actorId", actor_name as "actorName", role, area_code as "areaCode", action,
              entity_type as "entityType", entity_id as "entityId", diff, ip, user_agent as "userAgent", request_id as "requestId",
              prev_hash as "prevHash", hash
         from audit_log where audit_log.pos > $1 and audit_log.pos <= $2 order by audit_log.pos limit ${BATCH}`,
      [after, head.pos],
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
        if (row.prevHash === lastPrevHash) {
          return bad(pos, 'FORKED', `第 ${pos} 条日志与第 ${pos - 1n} 条接在同一条记录之后（日志链分叉）`);
        }
        return bad(pos, 'REORDERED', `第 ${pos} 条日志与前一条不衔接（顺序被调换或被替换）`);
      }
      lastPrevHash = row.prevHash;
      prevHash = row.hash;
      expected = pos + 1n;
      checked++;
    }
    after = rows[rows.length - 1].pos;
  }
  if (BigInt(head.pos) !== expected - 1n || (expected > 1n && head.hash !== prevHash)) {
    return bad(expected, 'HEAD_MISMATCH', `日志链末尾与链头记录不符：链头为第 ${head.pos} 条，实际最后为第 ${expected - 1n} 条（末尾记录被删除或篡改）`);
  }
  // One statement, one snapshot: rows appended since the head was read are on the chain by then.
  const [off] = decodeRows(
    await query(
      `select min(pos)::text as pos, count(*)::text as n, (select pos::text from audit_head where id = 1) as "headPos"
       from audit_log where pos < 1 or pos > (select pos from audit_head where id = 1)
     having count(*) > 0`,
      [],
    ),
    row<{ pos: string; n: string; headPos: string }>({ pos: digits, n: digits, headPos: digits }),
    'audit_log off the chain',
  );
  if (off) {
    const where = BigInt(off.pos) < 1n ? '位置无效' : `位于链头第 ${off.headPos} 条之后`;
    return bad(off.pos, 'NOT_ON_CHAIN', `第 ${off.pos} 条日志不在链上（${where}，可能是伪造的记录）${off.n === '1' ? '' : `，共 ${off.n} 条不在链上`}`);
  }
  return { ok: true, checked, firstBadPos: null, problem: null, message: `日志链完整，共校验 ${checked} 条` };
}

/** Verifies using a plain owner connection (CLI `audit:verify`). */
export async function verifyChainAt(ownerUrl: string): Promise<VerifyResult> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    // Read-only, with the whole scope (transaction-local, like every scope setting).
    await c.query(`begin read only`);
    await c.query(SYSTEM_SCOPE_SQL);
    const head = (await c.query(`select pos::text as pos, hash from audit_head where id = 1`)).rows[0];
    const result = await verifyChain(async (sql, params) => (await c.query(sql, params)).rows as Row[], head);
    await c.query('commit');
    return result;
  } finally {
    await c.end();
  }
}
