import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/db/embedded';

/**
 * A real streaming-replication standby of a running PostgreSQL, made the way pg_basebackup -R does it (the
 * embedded package ships no pg_basebackup, and the machine's is of another major version): a physical slot keeps
 * the WAL, `pg_backup_start` / copy of the data directory / `pg_backup_stop` give a base backup with its
 * backup_label, `standby.signal` + `primary_conninfo` make it a standby, and the primary's own `postgres` binary
 * (found through /proc) runs it as the data directory's owner. Needs the primary on this machine, a superuser
 * connection, `wal_level` ≥ replica and a replication line in pg_hba.conf (initdb's default for 127.0.0.1).
 * Returns null with the reason when that is not the case.
 */
export interface StreamingReplica {
  port: number;
  /** `url` with the replica's port instead of the primary's. */
  urlFor(url: string): string;
  /** A superuser query on the replica. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Waits until the replica has replayed everything the primary wrote so far. */
  catchUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the replica, drops its slot on the primary, removes its directory. */
  destroy(): Promise<void>;
}

const SLOT = 'xj_replica_test';
const MAX_COPY_BYTES = 512 * 2 ** 20;
/** Contents not copied into a base backup (PostgreSQL docs, "Making a Base Backup Using the Low Level API"). */
const EMPTY_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);

export async function startStreamingReplica(primaryOwnerUrl: string): Promise<StreamingReplica | string> {
  if (process.platform !== 'linux') return 'not Linux';
  const owner = new Client({ connectionString: primaryOwnerUrl });
  await owner.connect();
  let dir: string | undefined;
  try {
    const [s] = (
      await owner.query(`select current_setting('data_directory') as dir, current_setting('wal_level') as wal, current_setting('max_wal_senders')::int as senders,
        (select rolsuper from pg_roles where rolname = current_user) as su, (select sum(pg_database_size(datname)) from pg_database)::float8 as bytes`)
    ).rows;
    if (!s.su) return 'not a superuser connection';
    // A test copies the whole cluster: a shared server with other databases (CI's second run) is left alone.
    if (s.bytes > MAX_COPY_BYTES) return `the primary's cluster is ${Math.round(s.bytes / 2 ** 20)} MB, too large to copy for a test`;
    if (s.wal === 'minimal' || s.senders < 1) return `primary has wal_level=${s.wal}, max_wal_senders=${s.senders}`;
    const primaryDir = s.dir as string;
    let binary: string;
    let st: fs.Stats;
    try {
      const pid = Number(fs.readFileSync(path.join(primaryDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      binary = fs.readlinkSync(`/proc/${pid}/exe`);
      st = fs.statSync(primaryDir);
    } catch (e) {
      return `primary's data directory or binary not reachable here: ${(e as Error).message}`;
    }
    const u = new URL(primaryOwnerUrl);
    await owner.query(`select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1`, [SLOT]);
    await owner.query(`select pg_create_physical_replication_slot($1, true)`, [SLOT]);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-replica-'));
    await owner.query(`select pg_backup_start('xiejiu replica test', true)`);
    copyDataDir(primaryDir, dir);
    const [stop] = (await owner.query(`select labelfile, spcmapfile from pg_backup_stop(false)`)).rows;
    fs.writeFileSync(path.join(dir, 'backup_label'), stop.labelfile);
    if (stop.spcmapfile) fs.writeFileSync(path.join(dir, 'tablespace_map'), stop.spcmapfile);
    fs.writeFileSync(path.join(dir, 'standby.signal'), '');
    const conninfo = `host=127.0.0.1 port=${u.port} user=${decodeURIComponent(u.username)} password=${decodeURIComponent(u.password)} application_name=xj_replica_test`;
    fs.appendFileSync(path.join(dir, 'postgresql.auto.conf'), `\nprimary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${SLOT}'\n`);
    chownTree(dir, st.uid, st.gid);
    fs.chmodSync(dir, 0o700);
    const port = await freePort();
    const replicaDir = dir;
    let child: ChildProcess | null = null;
    const replicaUrl = (url: string) => {
      const r = new URL(url);
      r.port = String(port);
      return r.toString();
    };
    const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
      const c = new Client({ connectionString: replicaUrl(primaryOwnerUrl) });
      await c.connect();
      try {
        return (await c.query(sql, params)).rows as T[];
      } finally {
        await c.end();
      }
    };
    const start = async () => {
      // The primary runs with max_connections=200: a hot standby needs at least as many.
      const args = ['-D', replicaDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
      args.push('-c', 'shared_buffers=32MB', '-c', 'fsync=off');
      const c = spawn(binary, args, { uid: st.uid, gid: st.gid, stdio: ['ignore', 'ignore', 'pipe'] });
      let log = '';
      c.stderr?.on('data', (d: Buffer) => {
        log = (log + d.toString()).slice(-4000);
      });
      child = c;
      const until = Date.now() + 20_000;
      for (;;) {
        if (c.exitCode !== null) throw new Error(`replica exited (${c.exitCode}): ${log}`);
        try {
          await query('select 1');
          return;
        } catch (e) {
          if (Date.now() > until) throw new Error(`replica did not accept connections: ${(e as Error).message}\n${log}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    const stopReplica = async () => {
      const c = child;
      child = null;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGINT'); // fast shutdown
      await exited;
    };
    await start();
    const replica: StreamingReplica = {
      port,
      urlFor: replicaUrl,
      query,
      async catchUp(timeoutMs = 15_000) {
        const c = new Client({ connectionString: primaryOwnerUrl });
        await c.connect();
        try {
          const [{ lsn }] = (await c.query(`select pg_current_wal_lsn()::text as lsn`)).rows;
          const until = Date.now() + timeoutMs;
          for (;;) {
            const [r] = await query<{ done: boolean }>(`select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as done`, [lsn]);
            if (r.done) return;
            if (Date.now() > until) throw new Error(`replica did not replay up to ${lsn}`);
            await new Promise((r) => setTimeout(r, 50));
          }
        } finally {
          await c.end();
        }
      },
      stop: stopReplica,
      start,
      async destroy() {
        await stopReplica();
        await dropSlot(primaryOwnerUrl);
        fs.rmSync(replicaDir, { recursive: true, force: true });
      },
    };
    return replica;
  } catch (e) {
    // A failure after the slot was made must not leave it holding the primary's WAL.
    await owner.query(`select pg_backup_stop(false)`).catch(() => undefined);
    await owner.query(`select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1`, [SLOT]).catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  } finally {
    await owner.end();
  }
}

async function dropSlot(ownerUrl: string): Promise<void> {
  const c = new Client({ connectionString: ownerUrl });
  await c.connect();
  try {
    await c.query(`select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1 and not active`, [SLOT]);
  } finally {
    await c.end();
  }
}

/** The data directory without the run-time contents a base backup leaves out (their directories stay, empty). */
function copyDataDir(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (EMPTY_DIRS.has(entry.name)) {
        fs.mkdirSync(dst, { recursive: true });
        continue;
      }
      fs.cpSync(src, dst, { recursive: true, filter: (p) => !path.basename(p).startsWith('pgsql_tmp') });
    } else if (!SKIP_FILES.has(entry.name)) {
      fs.copyFileSync(src, dst);
    }
  }
  fs.mkdirSync(path.join(to, 'pg_wal', 'archive_status'), { recursive: true });
  fs.mkdirSync(path.join(to, 'pg_wal', 'summaries'), { recursive: true });
}

function chownTree(dir: string, uid: number, gid: number): void {
  if (process.getuid?.() !== 0) return;
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    fs.chownSync(path.join(entry.parentPath, entry.name), uid, gid);
  }
}
