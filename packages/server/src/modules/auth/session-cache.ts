import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { Actor } from '../../graphql/request-context';

/**
 * In-memory cache of resolved sessions and API tokens (ADR 0019, README "Session cache").
 *
 * Trust rests on one LISTEN connection to PostgreSQL (channel `xj_auth`): triggers announce every change
 * of a session, a user's access or a token at COMMIT (Migration20261208500000SessionCacheNotify), and the
 * named entries are dropped. The cache is only used while that connection is up and listening: when it
 * is lost (error, end, a heartbeat unanswered) everything is dropped and every request goes to the
 * database until it is listening again (fail closed). Entries loaded while a change was announced are not
 * stored (the generation counter), so a read that raced a revocation cannot bring the old state back.
 */

export const AUTH_CHANNEL = 'xj_auth';
/** `application_name` of the listening connection (pg_stat_activity). */
export const LISTENER_APPLICATION_NAME = 'xiejiu-session-cache';
/** `last_seen_at` is written at most this often per session and process. */
export const SESSION_TOUCH_MS = 5_000;
const MAX_SESSIONS = 50_000;
const MAX_TOKENS = 5_000;
const HEARTBEAT_MS = 10_000;
const QUERY_TIMEOUT_MS = 5_000;
const SYNC_TIMEOUT_MS = 5_000;
const RECONNECT_MAX_MS = 5_000;
/** The catch-up barrier's statement (recognisable in statement logs). */
export const BARRIER_SQL = 'select 1 as xj_auth_barrier';
const FALSE = Promise.resolve(false);

/** A resolved, live session: what `resolveActor` needs to answer without the database. */
export interface CachedSession {
  id: string;
  userId: string;
  username: string;
  displayName: string;
  roles: string[];
  permissions: ReadonlySet<string>;
  areaCode: string;
  departmentId: string | null;
  mfaPending: boolean;
  /** `must_change_password` as stored; the 90-day age is checked per request against `passwordExpiresAt`. */
  mustChangePassword: boolean;
  passwordExpiresAt: number;
  expiresAt: number;
  /** The latest activity known to this process (the row's `last_seen_at` or a later request here). */
  lastSeenAt: number;
  /** When this process last wrote (or read a fresh) `last_seen_at`. */
  touchedAt: number;
}

export interface CachedToken {
  hash: string;
  actor: Actor;
  expiresAt: number;
  lastUsedAt: number;
}

export interface SessionCacheStats {
  listening: boolean;
  sessions: number;
  tokens: number;
  /** Times the channel was lost (each drops the cache). */
  lost: number;
}

export class SessionCache {
  private readonly sessions = new Map<string, CachedSession>();
  private readonly byUser = new Map<string, Set<string>>();
  private readonly tokens = new Map<string, CachedToken>();
  private readonly syncWaiters = new Map<string, (lost?: Error) => void>();
  private readonly nonce = randomUUID();
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private lostCount = 0;
  private syncSeq = 0;
  private reconnectDelay = 100;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private firstListen: Promise<void> | null = null;
  private barrierOut: Promise<boolean> | null = null;
  private barrierNext: Promise<boolean> | null = null;
  /** Advances on every announced change and on every loss of the channel. */
  generation = 0;

  constructor(
    private readonly connectionString: string,
    private readonly log: (level: 'warn' | 'info', msg: string) => void = () => undefined,
  ) {}

  /** Starts listening; resolves once listening (or after the first failure: the cache stays off meanwhile). */
  start(): Promise<void> {
    if (!this.firstListen) this.firstListen = this.connect();
    return this.firstListen;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.drop();
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }

  /** True while the channel is up: only then are entries served. */
  get trusted(): boolean {
    return this.listening && !this.stopped;
  }

  stats(): SessionCacheStats {
    return { listening: this.trusted, sessions: this.sessions.size, tokens: this.tokens.size, lost: this.lostCount };
  }

  session(id: string): CachedSession | undefined {
    return this.trusted ? this.sessions.get(id) : undefined;
  }

  /** Stores `s` unless a change was announced (or the channel lost) since `generation` was read. */
  putSession(s: CachedSession, generation: number): void {
    if (!this.trusted || generation !== this.generation) return;
    if (this.sessions.size >= MAX_SESSIONS && !this.sessions.has(s.id)) this.dropSession(this.sessions.keys().next().value as string);
    this.sessions.set(s.id, s);
    let ids = this.byUser.get(s.userId);
    if (!ids) this.byUser.set(s.userId, (ids = new Set()));
    ids.add(s.id);
  }

  dropSession(id: string): void {
    const s = this.sessions.get(id);
    if (!s) return;
    this.sessions.delete(id);
    const ids = this.byUser.get(s.userId);
    ids?.delete(id);
    if (ids && !ids.size) this.byUser.delete(s.userId);
  }

  token(hash: string): CachedToken | undefined {
    return this.trusted ? this.tokens.get(hash) : undefined;
  }

  putToken(t: CachedToken, generation: number): void {
    if (!this.trusted || generation !== this.generation) return;
    if (this.tokens.size >= MAX_TOKENS && !this.tokens.has(t.hash)) this.tokens.delete(this.tokens.keys().next().value as string);
    this.tokens.set(t.hash, t);
  }

  dropToken(hash: string): void {
    this.tokens.delete(hash);
  }

  /**
   * Resolves true once this process has applied every change committed before the call (false when the
   * channel is not listening: then nothing may be served from the cache). One `select 1` on the listening
   * connection is the barrier: PostgreSQL signals every listener before a notifying COMMIT returns, and a
   * backend sends the notifications it was signalled about before the ReadyForQuery of its next statement.
   * Callers share round trips: a call made while one is out waits for the next one (the one out may have
   * been sent before the change it must see), which starts as soon as the one out returns.
   */
  catchUp(): Promise<boolean> {
    if (!this.trusted) return FALSE;
    if (!this.barrierOut) return this.sendBarrier();
    this.barrierNext ??= this.barrierOut.then(() => {
      this.barrierNext = null;
      return this.sendBarrier();
    });
    return this.barrierNext;
  }

  private sendBarrier(): Promise<boolean> {
    const c = this.client;
    if (!this.trusted || !c) return FALSE;
    const out: Promise<boolean> = c.query(BARRIER_SQL).then(
      () => this.client === c && this.trusted,
      (e: Error) => {
        this.lose(c, `barrier: ${e.message}`);
        return false;
      },
    );
    this.barrierOut = out;
    void out.then(() => {
      if (this.barrierOut === out) this.barrierOut = null;
    });
    return out;
  }

  /** Sends a notification of our own on `c` and waits for it to come back; throws when it does not in time. */
  private async echo(c: Client): Promise<void> {
    const key = `sync:${this.nonce}:${++this.syncSeq}`;
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<void>((resolve, reject) => {
      this.syncWaiters.set(key, (lost) => (lost ? reject(lost) : resolve()));
      timer = setTimeout(() => {
        this.syncWaiters.delete(key);
        reject(new Error('own notification not delivered in time'));
      }, SYNC_TIMEOUT_MS);
    });
    // Settled by a lost channel while the query below is still out: never an unhandled rejection.
    arrived.catch(() => undefined);
    try {
      await c.query('select pg_notify($1, $2)', [AUTH_CHANNEL, key]);
      await arrived;
    } finally {
      this.syncWaiters.delete(key);
      clearTimeout(timer);
    }
  }

  /** Applies one notification payload (format: Migration20261208500000SessionCacheNotify; `sync:` ones are our echoes). */
  apply(payload: string): void {
    if (payload.startsWith('sync:')) {
      const done = this.syncWaiters.get(payload);
      if (done) {
        this.syncWaiters.delete(payload);
        done();
      }
      return;
    }
    this.generation++;
    const kind = payload.slice(0, 2);
    const key = payload.slice(2);
    if (kind === 's:') this.dropSession(key);
    else if (kind === 'u:') for (const id of [...(this.byUser.get(key) ?? [])]) this.dropSession(id);
    else if (kind === 't:') this.dropToken(key);
    else this.drop();
  }

  private drop(): void {
    this.generation++;
    this.sessions.clear();
    this.byUser.clear();
    this.tokens.clear();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const c = new Client({
      connectionString: this.connectionString,
      keepAlive: true,
      query_timeout: QUERY_TIMEOUT_MS,
      application_name: LISTENER_APPLICATION_NAME,
    });
    this.client = c;
    c.on('notification', (n) => {
      if (n.channel === AUTH_CHANNEL && this.client === c) this.apply(n.payload ?? '*');
    });
    c.on('error', (e) => this.lose(c, e.message));
    c.on('end', () => this.lose(c, 'connection ended'));
    try {
      await c.connect();
      await c.query(`listen ${AUTH_CHANNEL}`);
      // Proves delivery end to end (a transaction-pooling proxy would accept LISTEN and deliver nothing).
      await this.echo(c);
    } catch (e) {
      this.lose(c, (e as Error).message);
      return;
    }
    if (this.client !== c || this.stopped) return;
    // Whatever was cached before is unknown to be current: start empty.
    this.drop();
    this.listening = true;
    this.reconnectDelay = 100;
    if (this.lostCount) this.log('info', 'session cache: listening again');
    // The heartbeat is an echo too: it checks that notifications still arrive, not only the socket.
    this.heartbeatTimer = setInterval(() => {
      this.echo(c).catch((e: Error) => this.lose(c, `heartbeat: ${e.message}`));
    }, HEARTBEAT_MS);
    this.heartbeatTimer.unref();
  }

  /** The channel `c` is gone: stop trusting, drop everything, reconnect with backoff. */
  private lose(c: Client, why: string): void {
    if (this.client !== c) return;
    const wasListening = this.listening;
    this.listening = false;
    this.client = null;
    this.drop();
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    // Barriers out on `c` settle false as its queries fail; later calls start afresh on the next connection.
    this.barrierOut = null;
    this.barrierNext = null;
    const waiting = [...this.syncWaiters.values()];
    this.syncWaiters.clear();
    for (const settle of waiting) settle(new Error(`channel lost: ${why}`));
    c.removeAllListeners('notification');
    c.on('error', () => undefined);
    c.end().catch(() => undefined);
    if (this.stopped) return;
    this.lostCount++;
    if (wasListening || this.lostCount === 1) this.log('warn', `session cache: not listening (${why}); sessions are read from the database until it is back`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(RECONNECT_MAX_MS, this.reconnectDelay * 2);
  }
}
