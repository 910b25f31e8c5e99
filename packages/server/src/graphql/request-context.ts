import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { areaPrefix } from '@xiejiu/rules';
import type { AppConfig } from '../config';
import { AppError } from '../shared/errors';
import type { FieldCrypto } from '../shared/field-crypto';
import type { FileStorage } from '../modules/files/storage';
import type { ReplicaPool } from '../db/replicas';

/** Who is acting: a staff session, an integrator token, the system itself, or nobody. */
export interface Actor {
  kind: 'user' | 'token' | 'system' | 'anonymous';
  id?: string;
  name: string;
  username?: string;
  roles: string[];
  permissions: ReadonlySet<string>;
  /** 12-digit area of the actor's scope; undefined → no scope (fails closed). */
  areaCode?: string;
  departmentId?: string | null;
  sessionId?: string;
  mfaPending?: boolean;
  /** Initial/reset password or older than 90 days: only changing it is allowed. */
  mustChangePassword?: boolean;
}

export const ANONYMOUS: Actor = { kind: 'anonymous', name: '匿名', roles: [], permissions: new Set() };

export interface ReplyLike {
  setCookie(name: string, value: string, opts: Record<string, unknown>): unknown;
  clearCookie(name: string, opts?: Record<string, unknown>): unknown;
}

/**
 * The first argument of every service method: actor, permissions, area scope, department,
 * the request's own EntityManager fork, request id and client info for the operation log.
 */
export interface Runtime {
  config: AppConfig;
  fieldCrypto: FieldCrypto;
  /** Storage of uploaded materials; unset → local folder config.fileStorageDir (modules/files). */
  fileStorage?: FileStorage;
  /**
   * The time the workflow acts at (`nowOf` in shared/dates.ts); unset → the real time. Only the demo
   * seed sets it, to build past cases through the real services with dates that agree.
   */
  clock?: () => Date;
  /**
   * Read replicas (DATABASE_REPLICA_URLS, db/replicas.ts); unset → every read on the primary. Only reads that opt in
   * go there: `scopedReadBatch(ctx, statements, { replica: true })` (db/README.md, ADR 0033).
   */
  replicas?: ReplicaPool;
}

export interface RequestContextInit {
  em: EntityManager;
  actor: Actor;
  requestId: string;
  runtime: Runtime;
  ip?: string | null;
  userAgent?: string | null;
  reply?: ReplyLike;
  sessionToken?: string;
  /** Statement timeout of the context's transactions; default: none for the system, 9 s for everyone else. */
  statementTimeout?: string;
  /**
   * Every scoped read batch of this context outside `ctx.tx` may read a replica, as if marked `{ replica: true }`
   * (shared/sql.ts, src/db/README.md). For contexts made for one read-only purpose whose reads go through other
   * modules' query functions — the export job's reader (modules/exports).
   */
  replicaReads?: boolean;
}

/**
 * The first argument of every service method: actor, permissions, area scope, department,
 * the request's own EntityManager fork, request id and client info for the operation log.
 */
export class RequestContext {
  readonly em: EntityManager;
  readonly actor: Actor;
  readonly requestId: string;
  readonly runtime: Runtime;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly reply?: ReplyLike;
  readonly sessionToken?: string;
  readonly statementTimeout: string;
  readonly replicaReads: boolean;

  constructor(init: RequestContextInit) {
    this.em = init.em;
    this.actor = init.actor;
    this.requestId = init.requestId;
    this.runtime = init.runtime;
    this.ip = init.ip ?? null;
    this.userAgent = init.userAgent ?? null;
    this.reply = init.reply;
    this.sessionToken = init.sessionToken;
    this.statementTimeout = init.statementTimeout ?? (init.actor.kind === 'system' ? '0' : '9s');
    this.replicaReads = init.replicaReads ?? false;
  }

  /**
   * The same actor on its own EntityManager fork, with `replicaReads`: for a read-only pass through other modules' query
   * functions that may trail the latest save by the replica lag bound (a direct list export, modules/exports). Writes
   * (the operation log) stay on the original context.
   */
  forReplicaReads(): RequestContext {
    return new RequestContext({
      em: this.em.fork(),
      actor: this.actor,
      requestId: this.requestId,
      runtime: this.runtime,
      ip: this.ip,
      userAgent: this.userAgent,
      sessionToken: this.sessionToken,
      statementTimeout: this.statementTimeout,
      replicaReads: true,
    });
  }

  /**
   * The transaction-local settings row-level security reads (and the statement timeout). This is the
   * one place that sets them: `tx`, `asSystem` and the one-round-trip `scopedReadBatch` (shared/sql.ts).
   */
  scopeSettings(): { sql: string; params: string[] } {
    return {
      sql: `select set_config('app.area_prefix', ?, true), set_config('app.department_id', ?, true), set_config('app.request_id', ?, true),
              set_config('app.detail_scope', ?, true), set_config('statement_timeout', ?, true), set_config('app.user_id', ?, true)`,
      // app.user_id: the signed-in user (row-level security of the staff inbox, modules/inbox); '' for tokens and the system.
      params: [this.areaPrefix ?? '', this.departmentId ?? '', this.requestId, this.detailScope, this.statementTimeout, this.userId ?? ''],
    };
  }

  /** Scope prefix: '*' for the system, 6/9/12 digits for district/town/village, null when none. */
  get areaPrefix(): string | null {
    if (this.actor.kind === 'system') return this.actor.areaCode ? areaPrefix(this.actor.areaCode) : '*';
    if (!this.actor.areaCode) return null;
    return areaPrefix(this.actor.areaCode);
  }

  /** The signed-in user's id (sessions only): tokens and the system have none. */
  get userId(): string | null {
    return this.actor.kind === 'user' && this.actor.id ? this.actor.id : null;
  }

  get departmentId(): string | null {
    return this.actor.departmentId ?? null;
  }

  /**
   * Who may read ledger detail (incomes, assets) inside the area: 'area' for staff holding
   * household.detail (windows) and the system; the department id for holders of
   * household.detailInvolved (department officers, tokens with LEDGER_DETAIL_READ) → only
   * households that department is involved with; '' → none. Mirrored by RLS function app_detail_visible.
   */
  get detailScope(): string {
    if (this.actor.kind === 'system' || this.can('household.detail')) return 'area';
    return this.can('household.detailInvolved') ? (this.departmentId ?? '') : '';
  }

  get isAuthenticated(): boolean {
    return (this.actor.kind === 'user' && !this.actor.mfaPending) || this.actor.kind === 'token' || this.actor.kind === 'system';
  }

  can(permission: string): boolean {
    // `authenticated` (Permission.Authenticated) is held by every authenticated actor, as in the auth checker
    // (the exports of lists any account may read, modules/exports `ANY_ACCOUNT`).
    if (permission === 'authenticated') return this.isAuthenticated;
    return this.actor.kind === 'system' || this.actor.permissions.has(permission);
  }

  /** Throws FORBIDDEN unless the actor holds the permission (services re-check, resolvers declare). */
  require(permission: string, what?: string): void {
    if (!this.isAuthenticated) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (!this.can(permission)) throw new AppError('FORBIDDEN', `您没有权限${what ?? '执行此操作'}`);
  }

  /** True inside `ctx.tx` of this context on the current async call chain. */
  get inTransaction(): boolean {
    return !!openFrame(this);
  }

  /**
   * Runs `fn` in one transaction whose PostgreSQL settings carry the actor's scope
   * (`app.area_prefix`, `app.department_id`, transaction-local), so row-level security
   * applies to ORM queries, QueryBuilder and raw SQL alike.
   *
   * Nesting follows the async call chain (AsyncLocalStorage), not the context object: a call made
   * from inside `fn` (however deep, also through Promise.all) joins this transaction, while sibling
   * resolvers of one GraphQL request — which share the context and run concurrently — each get their
   * own. Work registered with `beforeCommit` runs after `fn` and the ORM flush, just before COMMIT.
   */
  async tx<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const open = openFrame(this);
    if (open) return fn(open.em);
    return this.em.transactional(async (txEm) => {
      const em = txEm as EntityManager;
      await applySettings(em, this);
      const frame: TxFrame = { ctx: this, em, hooks: [], open: true, parent: txFrames.getStore() };
      try {
        const result = await txFrames.run(frame, () => fn(em));
        if (frame.hooks.length) {
          await em.flush();
          // Hooks run one after another; a hook may register further hooks.
          for (let i = 0; i < frame.hooks.length; i++) await frame.hooks[i](em);
        }
        return result;
      } finally {
        frame.open = false;
      }
    });
  }

  /**
   * Runs `fn` as the system — actor `系统(reason)`, scope every area (or `opts.areaCode`), ledger detail
   * included — for a narrow step the actor may not do under its own scope: "which village already
   * registered this ID number?", moving every row of a household, names of areas outside the scope.
   * Reduce the result to what the caller may know; never return rows from it wholesale. Writes that
   * `fn` logs through `sys` appear in the operation log as `系统(reason)` with this request's id.
   *
   * Inside an open `ctx.tx` of this context (on this async call chain) `fn` runs in that same
   * transaction — it sees the caller's uncommitted rows and commits or rolls back with them — and the
   * caller's scope is restored when `fn` ends; otherwise `fn` gets a transaction of its own. The
   * statement timeout stays the caller's.
   */
  async asSystem<T>(reason: string, fn: (em: EntityManager, sys: RequestContext) => Promise<T>, opts: { areaCode?: string } = {}): Promise<T> {
    const sys = new RequestContext({
      em: this.em,
      actor: systemActor(reason, opts.areaCode),
      requestId: this.requestId,
      runtime: this.runtime,
      ip: this.ip,
      userAgent: this.userAgent,
      statementTimeout: this.statementTimeout,
    });
    const open = openFrame(this);
    if (!open) return sys.tx((em) => fn(em, sys));
    const em = open.em;
    await applySettings(em, sys);
    // Shares the hooks of the open transaction: `sys.beforeCommit` runs at its COMMIT.
    const frame: TxFrame = { ctx: sys, em, hooks: open.hooks, open: true, parent: txFrames.getStore() };
    let result: T;
    try {
      result = await txFrames.run(frame, () => fn(em, sys));
    } catch (e) {
      frame.open = false;
      // The transaction may be aborted (then it rolls back anyway); the original error matters.
      await applySettings(em, this).catch(() => undefined);
      throw e;
    }
    frame.open = false;
    await applySettings(em, this);
    return result;
  }

  /**
   * Registers `hook` to run in the current transaction of this context (on this async call chain),
   * after the work and the ORM flush, immediately before COMMIT. Throws outside `ctx.tx`.
   */
  beforeCommit(hook: (em: EntityManager) => Promise<void>): void {
    const frame = openFrame(this);
    if (!frame) throw new Error('beforeCommit outside ctx.tx');
    frame.hooks.push(hook);
  }
}

/** One open `ctx.tx` on an async call chain; `parent` is the chain's enclosing frame (another context's). */
interface TxFrame {
  ctx: RequestContext;
  em: EntityManager;
  hooks: Array<(em: EntityManager) => Promise<void>>;
  /** False once the transaction has ended: late callbacks of the chain open a new one. */
  open: boolean;
  parent: TxFrame | undefined;
}

/** One storage for all contexts (an AsyncLocalStorage per request would never be released). */
const txFrames = new AsyncLocalStorage<TxFrame>();

function openFrame(ctx: RequestContext): TxFrame | undefined {
  for (let f = txFrames.getStore(); f; f = f.parent) if (f.ctx === ctx && f.open) return f;
  return undefined;
}

async function applySettings(em: EntityManager, ctx: RequestContext): Promise<void> {
  const settings = ctx.scopeSettings();
  await em.execute(settings.sql, settings.params);
}

function systemActor(reason: string, areaCode?: string): Actor {
  return { kind: 'system', name: `系统(${reason})`, roles: ['SYSTEM'], permissions: new Set(), areaCode };
}

/**
 * Context for background jobs, CLI and seeding — work outside any request: explicit, named, and logged
 * as 系统(reason). Inside a request use `ctx.asSystem(reason, fn)` instead.
 */
export function systemContext(em: EntityManager, runtime: Runtime, reason: string, areaCode?: string): RequestContext {
  return new RequestContext({ em: em.fork(), actor: systemActor(reason, areaCode), requestId: `system-${reason}`, runtime });
}

/**
 * Whole-scope settings for a plain owner connection outside the ORM (CLI chain check, bulk seed by
 * COPY): transaction-local like every other setting, so run it right after `begin`.
 */
export const SYSTEM_SCOPE_SQL = `select set_config('app.area_prefix', '*', true), set_config('app.detail_scope', 'area', true)`;
