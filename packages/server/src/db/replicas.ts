import pg from 'pg';
import type { AppConfig } from '../config';

/**
 * Read replicas (DATABASE_REPLICA_URLS, ADR 0033): one node-postgres pool per streaming standby, connected as
 * the application role, so row-level security applies there exactly as on the primary. Reads opt in through
 * `scopedReadBatch(ctx, statements, { replica: true })` (shared/sql.ts, db/README.md); everything else —
 * writes, reads inside `ctx.tx`, the ORM — stays on the primary.
 *
 * `pick()` hands out the replicas round-robin, skipping one that
 * - failed (connection refused or lost, shut down): left alone for `retryMs`, with one warning;
 * - replays more than `maxLagMs` behind the primary, or whose lag is not known yet.
 * The lag is measured on the replica by one query (`LAG_SQL`), cached for `checkMs` and refreshed in the
 * background while requests keep coming; after an idle spell (older than 3 × `checkMs`) the next pick
 * waits for a fresh measurement. No replica usable → null: the caller reads the primary.
 */
export interface ReplicaPoolOptions {
  /** Largest replay lag still served from a replica (ms). */
  maxLagMs: number;
  /** How long a failed replica is skipped (ms). */
  retryMs: number;
  /** Connections per replica. */
  poolMax: number;
  /** How long a lag measurement is trusted (ms); default 1000. */
  checkMs?: number;
  log?: (level: 'warn' | 'info', msg: string) => void;
}

/** One replica's state as `pick` sees it (also for /ready-style diagnostics and tests). */
export interface ReplicaStatus {
  name: string;
  /** Replay lag of the last measurement (ms); null when unknown (never measured, not streaming). */
  lagMs: number | null;
  /** Skipped until this time (epoch ms) after a failure; 0 when not. */
  downUntil: number;
  checkedAt: number;
  reads: number;
}

/**
 * The replica's replay lag in ms: 0 when it has replayed everything it received (an idle primary sends nothing,
 * and `pg_last_xact_replay_timestamp()` then only says when the last write happened), else the age of the last
 * replayed transaction; 0 on a server that is not a standby (a URL pointing at the primary or a pooler in front
 * of it); null when it is a standby that does not stream (no receive position).
 */
const LAG_SQL = `select case when not pg_is_in_recovery() then 0
    when pg_last_wal_receive_lsn() is null then null
    when pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn() then 0
    else greatest(0, extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000) end::float8 as lag`;

/** The same text parsing of timestamps as MikroORM's connections (rows are normalised by shared/sql.ts). */
function ormTypes(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  for (const oid of [1082, 1114, 1184, 1186]) types.setTypeParser(oid, (s: string) => s);
  // Their arrays as arrays of text: node-postgres's parser of text[] (oid 1009).
  const textArray = (pg.types.getTypeParser as (oid: number) => (s: string) => unknown)(1009);
  for (const oid of [1182, 1115, 1185, 1187]) types.setTypeParser(oid, textArray);
  return types;
}

/** SQLSTATEs of a replica that is unusable as a whole (connection exceptions, shutdown, too many connections). */
const DOWN_CODES = /^(08|57P0[123]|53300)/;
/** Errors of node-postgres or the socket before/without a server answer. */
const CONNECTION_MESSAGE = /connect|terminat|ECONN|EPIPE|socket|closed|timeout exceeded/i;

export class Replica {
  readonly pool: pg.Pool;
  lagMs: number | null = null;
  downUntil = 0;
  checkedAt = 0;
  /** Batches this replica answered (diagnostics, tests). */
  reads = 0;
  private checking: Promise<void> | null = null;
  private warnedLag = false;

  constructor(
    readonly name: string,
    url: string,
    private readonly owner: ReplicaPool,
  ) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: owner.opts.poolMax,
      types: ormTypes(),
      connectionTimeoutMillis: 2000,
      idleTimeoutMillis: 30_000,
      application_name: 'xiejiu-replica-read',
    });
    // An idle connection that breaks (the replica stops) is reported here; unhandled it would end the process.
    this.pool.on('error', (e) => this.markDown(e));
  }

  /** Usable now: not down and measured within the lag bound. */
  usable(now: number): boolean {
    return now >= this.downUntil && this.lagMs !== null && this.lagMs <= this.owner.opts.maxLagMs;
  }

  /** Measures the lag (one query on the replica); a failure marks the replica down. Concurrent callers share it. */
  check(): Promise<void> {
    this.checking ??= (async () => {
      try {
        const r = await this.pool.query<{ lag: number | null }>(LAG_SQL);
        this.lagMs = r.rows[0].lag;
        this.checkedAt = Date.now();
        const over = this.lagMs === null || this.lagMs > this.owner.opts.maxLagMs;
        if (over && !this.warnedLag) {
          const lag = this.lagMs === null ? '未知（未在流复制）' : `${Math.round(this.lagMs)} ms`;
          this.owner.log(
            'warn',
            `只读副本 ${this.name} 回放延迟 ${lag}，超过 ${this.owner.opts.maxLagMs} ms，改读主库 / replica lag over the bound, reading the primary`,
          );
        } else if (!over && this.warnedLag) {
          this.owner.log('info', `只读副本 ${this.name} 已追上主库 / replica caught up`);
        }
        this.warnedLag = over;
      } catch (e) {
        this.markDown(e);
      } finally {
        this.checking = null;
      }
    })();
    return this.checking;
  }

  /** Skips the replica for the retry time; warns once per outage. */
  markDown(e: unknown): void {
    const wasUp = Date.now() >= this.downUntil;
    this.downUntil = Date.now() + this.owner.opts.retryMs;
    this.lagMs = null;
    if (wasUp && !this.owner.closed) {
      const msg = e instanceof Error ? e.message : String(e);
      this.owner.log(
        'warn',
        `只读副本 ${this.name} 不可用，${Math.round(this.owner.opts.retryMs / 1000)} 秒内改读主库 / replica unavailable, reading the primary: ${msg}`,
      );
    }
  }

  /**
   * After a read on this replica failed: true when the primary should answer instead — the replica is down
   * (marked so) or cancelled the read for a conflict with recovery (40001); false for an error of the read
   * itself, which the primary would raise as well.
   */
  fallsBack(e: unknown): boolean {
    const code = (e as { code?: unknown })?.code;
    const message = e instanceof Error ? e.message : String(e);
    if (code === '40001') {
      this.owner.log('warn', `只读副本 ${this.name} 因回放冲突取消了查询，改读主库 / read cancelled by recovery conflict: ${message}`);
      return true;
    }
    if ((typeof code === 'string' && (DOWN_CODES.test(code) || code.startsWith('E'))) || (!code && CONNECTION_MESSAGE.test(message))) {
      this.markDown(e);
      return true;
    }
    return false;
  }

  status(): ReplicaStatus {
    return { name: this.name, lagMs: this.lagMs, downUntil: this.downUntil, checkedAt: this.checkedAt, reads: this.reads };
  }
}

export class ReplicaPool {
  readonly replicas: Replica[];
  private next = 0;
  /** After `close`: `pick` answers null (the primary); late failures are not logged. */
  closed = false;
  readonly checkMs: number;

  constructor(
    urls: string[],
    readonly opts: ReplicaPoolOptions,
  ) {
    this.checkMs = opts.checkMs ?? 1000;
    this.replicas = urls.map((url, i) => new Replica(`replica${i + 1}（${hostOf(url)}）`, url, this));
  }

  log(level: 'warn' | 'info', msg: string): void {
    this.opts.log?.(level, msg);
  }

  /** The next usable replica (round-robin), or null: read the primary. */
  async pick(): Promise<Replica | null> {
    if (this.closed) return null;
    const n = this.replicas.length;
    for (let i = 0; i < n; i++) {
      const r = this.replicas[this.next++ % n];
      const now = Date.now();
      if (now < r.downUntil) continue;
      const age = now - r.checkedAt;
      if (age > 3 * this.checkMs) await r.check();
      else if (age > this.checkMs) void r.check();
      if (r.usable(Date.now())) return r;
    }
    return null;
  }

  /** Measures every replica now (start-up, tests). */
  async checkAll(): Promise<void> {
    await Promise.all(this.replicas.map((r) => (Date.now() >= r.downUntil ? r.check() : undefined)));
  }

  status(): ReplicaStatus[] {
    return this.replicas.map((r) => r.status());
  }

  /**
   * For `GET /ready`: how many replicas are configured and how many would take reads now (measured again when the
   * last measurement is older than `checkMs`). No names or lag: the endpoint is public.
   */
  async readiness(): Promise<{ configured: number; usable: number }> {
    const now = Date.now();
    await Promise.all(this.replicas.map((r) => (now >= r.downUntil && now - r.checkedAt > this.checkMs ? r.check() : undefined)));
    return { configured: this.replicas.length, usable: this.replicas.filter((r) => r.usable(Date.now())).length };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.replicas.map((r) => r.pool.end().catch(() => undefined)));
  }
}

/** host:port/database of a URL, without credentials (for logs). */
function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return '?';
  }
}

/** The replica pools of a configuration (one per URL, `DB_POOL_MAX` connections each); measured once right away. */
export function openReplicas(
  config: Pick<AppConfig, 'replicaUrls' | 'replicaMaxLagMs' | 'replicaRetrySeconds' | 'dbPoolMax'>,
  log?: ReplicaPoolOptions['log'],
): ReplicaPool {
  const pool = new ReplicaPool(config.replicaUrls, {
    maxLagMs: config.replicaMaxLagMs,
    retryMs: config.replicaRetrySeconds * 1000,
    poolMax: config.dbPoolMax,
    log,
  });
  void pool.checkAll();
  return pool;
}
