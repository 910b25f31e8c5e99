import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Started } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { systemContext } from '../src/graphql/request-context';
import { createArea } from '../src/modules/area/area.service';
import { Session } from '../src/modules/auth/session.entity';
import { newToken, SESSION_COOKIE, tokenHash } from '../src/modules/auth/session-token';
import { User } from '../src/modules/auth/user.entity';
import { createUser } from '../src/modules/user/user.service';

/**
 * Quality bar R3 with the embedded PostgreSQL: kill -9 of the postmaster under a write load. The server
 * restarts it with backoff on the same data directory (crash recovery replays the WAL), `/ready` comes
 * back, and every write that was acknowledged (HTTP 200 without errors) is in the database.
 */
let started: Started;
let dataDir: string;
let cookie: string;
let base: string;

const CREATE = `mutation($i: DepartmentInput!) { createDepartment(input: $i) { id code } }`;

async function ready(): Promise<number> {
  try {
    return (await fetch(`${base}/ready`)).status;
  } catch {
    return 0;
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xj-recovery-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SEED_DEMO: 'false', PORT: '0', HOST: '127.0.0.1', JOBS_WORKER: 'off', LOG_LEVEL: 'fatal' });
  started = await startServer(config, () => undefined);
  base = started.url.replace('localhost', '127.0.0.1');
  const root = systemContext(started.orm.em, started.runtime, 'recovery-test');
  await root.tx(() => createArea(root, { code: '500199000000', name: '测试区', parentCode: null }));
  const district = systemContext(started.orm.em, started.runtime, 'recovery-test', '500199000000');
  await createUser(district, { username: 'sys', displayName: '系统管理员', areaCode: '500199000000', roles: ['SYS_ADMIN'], password: 'Test@2026pw' });
  const em = started.orm.em.fork();
  await em.nativeUpdate(User, {}, { mustChangePassword: false });
  const token = newToken();
  em.create(Session, {
    id: tokenHash(token),
    user: await em.findOneOrFail(User, { username: 'sys' }),
    expiresAt: new Date(Date.now() + 3_600_000),
    mfaPending: false,
  });
  await em.flush();
  cookie = `${SESSION_COOKIE}=${token}`;
}, 120_000);

afterAll(async () => {
  await started?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded PostgreSQL killed with -9 (R3)', () => {
  it('restarts it, /ready recovers, and every acknowledged write survives', async () => {
    expect(await ready()).toBe(200);
    const acknowledged: string[] = [];
    let failed = 0;
    let seq = 0;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const code = `R${String(++seq).padStart(5, '0')}`;
        try {
          const res = await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ query: CREATE, variables: { i: { code, name: `恢复测试${code}`, shortName: code } } }),
          });
          const body = (await res.json()) as { data?: { createDepartment?: { code: string } }; errors?: unknown[] };
          if (res.status === 200 && !body.errors && body.data?.createDepartment?.code === code) acknowledged.push(code);
          else failed++;
        } catch {
          failed++;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const writers = [writer(), writer(), writer()];
    while (acknowledged.length < 10) await new Promise((r) => setTimeout(r, 50));
    const beforeKill = acknowledged.length;
    const pid = started.db.embedded!.pid!;
    process.kill(pid, 'SIGKILL');
    // Down: the server answers, but not ready.
    let sawDown = false;
    for (let i = 0; i < 50 && !sawDown; i++) {
      sawDown = (await ready()) === 503;
      if (!sawDown) await new Promise((r) => setTimeout(r, 20));
    }
    // Back: within the restart backoff.
    const t0 = Date.now();
    while ((await ready()) !== 200) {
      expect(Date.now() - t0).toBeLessThan(60_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    const recoveredAfterMs = Date.now() - t0;
    const atRecovery = acknowledged.length;
    await new Promise((r) => setTimeout(r, 1000));
    stop = true;
    await Promise.all(writers);
    console.log(
      `[R3] acknowledged ${acknowledged.length} writes (${beforeKill} before the kill), ${failed} refused during the outage; /ready back after ${recoveredAfterMs} ms`,
    );

    expect(sawDown).toBe(true);
    expect(started.db.embedded!.pid).not.toBe(pid);
    expect(beforeKill).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(atRecovery); // writes succeed again after recovery
    const c = new Client({ connectionString: started.db.ownerUrl });
    await c.connect();
    try {
      const rows = (await c.query(`select code from department where code like 'R%'`)).rows.map((r) => r.code as string);
      const stored = new Set(rows);
      expect(acknowledged.filter((code) => !stored.has(code))).toEqual([]);
    } finally {
      await c.end();
    }
  }, 120_000);
});
