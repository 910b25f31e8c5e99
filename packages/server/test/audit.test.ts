import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { recordAudit } from '../src/modules/audit/audit.service';
import { verifyChainAt } from '../src/modules/audit/audit-verify';
import { chainHash } from '../src/modules/audit/canonical';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';

let t: TestApp;

beforeAll(async () => {
  t = await TestApp.open();
});
afterAll(async () => t?.close());
beforeEach(async () => {
  await resetDatabase();
  await seedFixture(t);
});

async function concurrentWrites(n: number): Promise<void> {
  await Promise.all(
    Array.from({ length: n }, (_, i) => {
      const ctx = t.system(`writer-${i}`, '500199101000');
      return recordAudit(ctx, { action: 'test.write', entityType: 'test', entityId: String(i), after: { n: i } });
    }),
  );
}

const verify = () => verifyChainAt(inject('ownerUrl'));

describe('operation log hash chain (S6)', () => {
  it('stays one unforked chain after 100 concurrent writers', async () => {
    const before = (await ownerQuery(`select count(*)::int as n from audit_log`))[0].n;
    await concurrentWrites(100);
    const rows = await ownerQuery(`select pos::int as pos from audit_log order by pos`);
    expect(rows).toHaveLength(before + 100);
    expect(rows.map((r) => r.pos)).toEqual(Array.from({ length: before + 100 }, (_, i) => i + 1));
    const r = await verify();
    expect(r).toMatchObject({ ok: true, checked: before + 100 });
  });

  it('names the exact row altered by SQL', async () => {
    await concurrentWrites(20);
    await ownerQuery(`update audit_log set actor_name = '篡改者' where pos = 17`);
    expect(await verify()).toMatchObject({ ok: false, problem: 'ALTERED', firstBadPos: '17' });
  });

  it('names a removed row', async () => {
    await concurrentWrites(20);
    await ownerQuery(`delete from audit_log where pos = 12`);
    expect(await verify()).toMatchObject({ ok: false, problem: 'REMOVED', firstBadPos: '12' });
  });

  it('names reordered rows', async () => {
    await concurrentWrites(20);
    await ownerQuery(`update audit_log set pos = -1 where pos = 8`);
    await ownerQuery(`update audit_log set pos = 8 where pos = 9`);
    await ownerQuery(`update audit_log set pos = 9 where pos = -1`);
    expect(await verify()).toMatchObject({ ok: false, problem: 'REORDERED', firstBadPos: '8' });
  });

  it('notices rows cut from the end', async () => {
    await concurrentWrites(5);
    const [{ max }] = await ownerQuery(`select max(pos)::text as max from audit_log`);
    await ownerQuery(`delete from audit_log where pos = $1`, [max]);
    expect(await verify()).toMatchObject({ ok: false, problem: 'HEAD_MISMATCH' });
  });

  it('a rolled-back change leaves no log row', async () => {
    const ctx = t.system('rollback', '500199101000');
    const before = (await ownerQuery(`select pos::int as pos from audit_head`))[0].pos;
    await expect(
      ctx.tx(async () => {
        await recordAudit(ctx, { action: 'test.write', entityType: 'test' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await ownerQuery(`select pos::int as pos from audit_head`))[0].pos).toBe(before);
    expect((await verify()).ok).toBe(true);
  });

  it('masks sensitive fields in diffs', async () => {
    const ctx = t.system('mask', '500199101000');
    await recordAudit(ctx, {
      action: 'test.write',
      entityType: 'person',
      before: { phone: '13812345678', name: '张三' },
      after: { idNumber: '11010519491231002X', phone: '13900001111', password: 'Secret@123', name: '张三' },
    });
    const [row] = await ownerQuery(`select diff from audit_log where entity_type = 'person'`);
    const text = JSON.stringify(row.diff);
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('13900001111');
    expect(text).not.toContain('Secret@123');
    expect(row.diff.changes.idNumber.after).toBe('110***********002X');
    expect(row.diff.changes.phone).toEqual({ before: '138****5678', after: '139****1111' });
    expect(row.diff.changes.name).toBeUndefined();
  });

  it('every write through the API is logged with actor, area, IP and request id', async () => {
    const cookie = await t.cookieFor('sysadmin');
    const res = await t.gql(`mutation { updateArea(code: "500199101201", name: "一镇甲村社区") { name } }`, {}, { cookie });
    expect(res.data!.updateArea.name).toBe('一镇甲村社区');
    const [row] = await ownerQuery(`select * from audit_log where action = 'area.updated'`);
    expect(row).toMatchObject({ actor_name: '测试sysadmin', role: 'SYS_ADMIN', area_code: '500199000000', entity_id: '500199101201' });
    expect(row.ip).toBeTruthy();
    expect(row.request_id).toBeTruthy();
    expect(row.diff.changes.name).toEqual({ before: '一镇甲村', after: '一镇甲村社区' });
  });

  it('audit administrators search the log in their area; reading is itself logged', async () => {
    const cookie = await t.cookieFor('auditadmin');
    const res = await t.gql(`{ auditLogs(filter: { action: "user.created" }, pageSize: 5) { total items { actionName actorName } } }`, {}, { cookie });
    expect(res.data!.auditLogs.total).toBe(9);
    expect(res.data!.auditLogs.items[0].actionName).toBe('新增用户');
    const read = await ownerQuery(`select count(*)::int as n from audit_log where action = 'audit.searched'`);
    expect(read[0].n).toBe(1);
    const v = await t.gql(`{ auditVerify { ok checked } }`, {}, { cookie });
    expect(v.data!.auditVerify.ok).toBe(true);
    const denied = await t.gql(`{ auditLogs { total } }`, {}, { cookie: await t.cookieFor('sysadmin') });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('`pnpm cli audit:verify` exits 0 on a sound chain and 1 naming the row otherwise', async () => {
    await concurrentWrites(3);
    const cli = path.join(__dirname, '..', 'src', 'cli', 'index.ts');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xj-cli-'));
    const env = { ...process.env, DATABASE_URL: inject('ownerUrl'), DATA_DIR: dataDir };
    const run = promisify(execFile);
    const ok = await run(process.execPath, ['-r', './src/register.js', cli, 'audit:verify'], { cwd: path.join(__dirname, '..'), env });
    expect(ok.stdout).toMatch(/日志链完整/);
    await ownerQuery(`update audit_log set diff = '{"x":1}' where pos = 5`);
    const bad = await run(process.execPath, ['-r', './src/register.js', cli, 'audit:verify'], { cwd: path.join(__dirname, '..'), env }).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/第 5 条日志内容被篡改/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

/**
 * The probe aliased `simulateParameters` 15 times; that synchronous query is gone (simulations
 * are jobs). Any query that logs does: 15 aliased `auditLogs` run concurrently and each appends
 * `audit.searched` in its own transaction.
 */
const SEARCH_ALIASES = (n: number) => `{
  ${Array.from({ length: n }, (_, i) => `s${i}: auditLogs(pageSize: 1) { total }`).join('\n  ')}
}`;

describe('operation log under concurrency (S6, item 2)', () => {
  it('one request with 15 aliased logging queries appends 15 rows on one unforked chain', async () => {
    const before = (await ownerQuery(`select pos::int as pos from audit_head`))[0].pos;
    const res = await t.gql(SEARCH_ALIASES(15), {}, { cookie: await t.cookieFor('auditadmin') });
    expect(res.errors).toBeUndefined();
    const rows = await ownerQuery(`select pos::int as pos, prev_hash from audit_log where pos > $1 and action = 'audit.searched' order by pos`, [before]);
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(15);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('appends made concurrently inside one transaction are serialised', async () => {
    const ctx = t.system('one-tx', AREAS.town1);
    await ctx.tx(async () => {
      await Promise.all(Array.from({ length: 10 }, (_, i) => recordAudit(ctx, { action: 'test.write', entityType: 'test', entityId: `same-tx-${i}` })));
    });
    const rows = await ownerQuery(`select prev_hash from audit_log where entity_id like 'same-tx-%'`);
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(10);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('a transaction of another async chain on the same context is not joined', async () => {
    const ctx = t.system('siblings', AREAS.town1);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // Sibling 1 opens a transaction and keeps it open; sibling 2 writes meanwhile and must commit on its own.
    const first = ctx.tx(async () => {
      await recordAudit(ctx, { action: 'test.write', entityType: 'test', entityId: 'sibling-1' });
      await held;
      throw new Error('sibling 1 rolls back');
    });
    await new Promise((r) => setTimeout(r, 20));
    await recordAudit(ctx, { action: 'test.write', entityType: 'test', entityId: 'sibling-2' });
    release();
    await expect(first).rejects.toThrow('sibling 1 rolls back');
    const rows = await ownerQuery(`select entity_id from audit_log where entity_id like 'sibling-%'`);
    expect(rows.map((r) => r.entity_id)).toEqual(['sibling-2']);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('a long transaction that has logged does not hold up other writers until it commits', async () => {
    const ctx = t.system('long', AREAS.town1);
    const other = t.system('other', AREAS.town1);
    const long = ctx.tx(async () => {
      await recordAudit(ctx, { action: 'test.write', entityType: 'test', entityId: 'long' });
      // Another transaction logs and commits while this one is still open.
      await recordAudit(other, { action: 'test.write', entityType: 'test', entityId: 'meanwhile' });
    });
    await long;
    const rows = await ownerQuery(`select entity_id from audit_log where entity_id in ('long', 'meanwhile') order by pos`);
    expect(rows.map((r) => r.entity_id)).toEqual(['meanwhile', 'long']);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('60 concurrent writers — short, long, timed out, rolled back and aliased — leave one verifiable chain', async () => {
    const before = (await ownerQuery(`select pos::int as pos from audit_head`))[0].pos;
    const auditor = await t.cookieFor('auditadmin');
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    let committed = 0;
    const writers: Array<Promise<unknown>> = [];
    for (let i = 0; i < 60; i++) {
      const ctx = t.system(`mix-${i}`, AREAS.town1);
      const entry = (k: string) => ({ action: 'test.write', entityType: 'test', entityId: `mix-${i}-${k}` });
      switch (i % 6) {
        case 0: // short
          writers.push(recordAudit(ctx, entry('a')).then(() => (committed += 1)));
          break;
        case 1: // long transaction: logs, works on, logs again
          writers.push(
            ctx
              .tx(async (em) => {
                await recordAudit(ctx, entry('a'));
                await em.execute(`select pg_sleep(0.2)`);
                await pause(50);
                await recordAudit(ctx, entry('b'));
              })
              .then(() => (committed += 2)),
          );
          break;
        case 2: // statement timeout after logging: the whole transaction rolls back
          writers.push(
            ctx
              .tx(async (em) => {
                await recordAudit(ctx, entry('a'));
                await em.execute(`select set_config('statement_timeout', '50ms', true)`);
                await em.execute(`select pg_sleep(1)`);
              })
              .catch((e: Error) => expect(String(e.message)).toMatch(/statement timeout|canceling statement/)),
          );
          break;
        case 3: // rollback
          writers.push(
            ctx
              .tx(async () => {
                await recordAudit(ctx, entry('a'));
                await pause(10);
                throw new Error('rollback');
              })
              .catch(() => undefined),
          );
          break;
        case 4: // concurrent appends within one transaction
          writers.push(
            ctx
              .tx(async () => {
                await Promise.all([recordAudit(ctx, entry('a')), recordAudit(ctx, entry('b')), recordAudit(ctx, entry('c'))]);
              })
              .then(() => (committed += 3)),
          );
          break;
        default: // one request with 5 aliases
          writers.push(
            t.gql(SEARCH_ALIASES(5), {}, { cookie: auditor }).then((r) => {
              expect(r.errors).toBeUndefined();
              committed += 5;
            }),
          );
      }
    }
    await Promise.all(writers);
    const rows = await ownerQuery(`select pos::int as pos from audit_log where pos > $1 order by pos`, [before]);
    expect(rows.map((r) => r.pos)).toEqual(Array.from({ length: committed }, (_, i) => before + i + 1));
    expect(await verify()).toMatchObject({ ok: true, checked: before + committed });
  });
});

/** Writes a well-formed row (correct hash) as the owner with the chain trigger switched off: what a forger with owner rights can do. */
async function forgeRow(pos: number, prevHash: string, moveHead = false): Promise<void> {
  const row = {
    pos: String(pos),
    at: new Date(),
    actorId: null,
    actorName: '伪造者',
    role: null,
    areaCode: '000000000000',
    action: 'test.forged',
    entityType: 'test',
    entityId: `forged-${pos}`,
    diff: null,
    ip: null,
    userAgent: null,
    requestId: null,
  };
  const hash = chainHash(row, prevHash);
  const c = new Client({ connectionString: inject('ownerUrl') });
  await c.connect();
  try {
    await c.query('begin');
    await c.query(`alter table audit_log disable trigger audit_log_extend_head`);
    await c.query(
      `insert into audit_log (pos, at, actor_id, actor_name, role, area_code, action, entity_type, entity_id, diff, ip, user_agent, request_id, prev_hash, hash)
       values ($1, $2, null, $3, null, $4, $5, $6, $7, null, null, null, null, $8, $9)`,
      [row.pos, row.at, row.actorName, row.areaCode, row.action, row.entityType, row.entityId, prevHash, hash],
    );
    await c.query(`alter table audit_log enable trigger audit_log_extend_head`);
    if (moveHead) await c.query(`update audit_head set pos = $1, hash = $2`, [pos, hash]);
    await c.query('commit');
  } finally {
    await c.end();
  }
}

describe('rows off the chain (S6, item 2)', () => {
  it('names a well-formed row forged past the head', async () => {
    await concurrentWrites(10);
    const [head] = await ownerQuery(`select pos::int as pos, hash from audit_head`);
    await forgeRow(head.pos + 1, head.hash);
    expect(await verify()).toMatchObject({ ok: false, problem: 'NOT_ON_CHAIN', firstBadPos: String(head.pos + 1) });
    expect((await verify()).message).toMatch(new RegExp(`第 ${head.pos + 1} 条日志不在链上（位于链头第 ${head.pos} 条之后`));
    // The CLI names it too (exit 1).
    const cli = path.join(__dirname, '..', 'src', 'cli', 'index.ts');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xj-cli-'));
    const env = { ...process.env, DATABASE_URL: inject('ownerUrl'), DATA_DIR: dataDir };
    const bad = await promisify(execFile)(process.execPath, ['-r', './src/register.js', cli, 'audit:verify'], { cwd: path.join(__dirname, '..'), env }).catch(
      (e) => e,
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/NOT_ON_CHAIN/);
    expect(bad.stdout).toMatch(new RegExp(`第 ${head.pos + 1} 条日志不在链上`));
  });

  it('names a row far past the head and a row before position 1', async () => {
    await concurrentWrites(5);
    await forgeRow(1000, '0'.repeat(64));
    expect(await verify()).toMatchObject({ ok: false, problem: 'NOT_ON_CHAIN', firstBadPos: '1000' });
    await forgeRow(0, '0'.repeat(64));
    expect(await verify()).toMatchObject({ ok: false, problem: 'NOT_ON_CHAIN', firstBadPos: '0' });
    expect((await verify()).message).toMatch(/共 2 条不在链上/);
  });

  it('names a fork: two rows chained onto the same predecessor', async () => {
    await concurrentWrites(12);
    const [{ pos }] = await ownerQuery(`select pos::int as pos from audit_head`);
    const [prev] = await ownerQuery(`select prev_hash from audit_log where pos = $1`, [pos - 1]);
    await ownerQuery(`delete from audit_log where pos = $1`, [pos]);
    // The last row hangs off the same row as its predecessor — what the aliased requests used to produce.
    await forgeRow(pos, prev.prev_hash, true);
    expect(await verify()).toMatchObject({ ok: false, problem: 'FORKED', firstBadPos: String(pos) });
    const v = await t.gql(`{ auditVerify { ok problem firstBadPos message } }`, {}, { cookie: await t.cookieFor('auditadmin') });
    expect(v.errors).toBeUndefined();
    expect(v.data!.auditVerify).toMatchObject({ ok: false, problem: 'FORKED', firstBadPos: String(pos), message: expect.stringMatching(/日志链分叉/) });
  });

  it('the application role can neither append off the head nor move the head', async () => {
    await concurrentWrites(3);
    const [head] = await ownerQuery(`select pos::int as pos, hash from audit_head`);
    const c = new Client({ connectionString: inject('appUrl') });
    await c.connect();
    const insert = (pos: number, prev: string) =>
      c.query(
        `insert into audit_log (pos, at, actor_name, area_code, action, prev_hash, hash) values ($1, now(), 'x', '000000000000', 'test.forged', $2, $3)`,
        [pos, prev, 'f'.repeat(64)],
      );
    try {
      await expect(insert(head.pos + 1, '0'.repeat(64))).rejects.toThrow(/未接在链头/); // forks off an earlier row
      await expect(insert(head.pos + 2, head.hash)).rejects.toThrow(/未接在链头/); // past the head
      await expect(insert(head.pos, head.hash)).rejects.toThrow(/未接在链头/);
      await expect(c.query(`update audit_head set pos = pos + 5`)).rejects.toThrow(/permission denied/);
      await expect(c.query(`update audit_head set hash = repeat('0', 64)`)).rejects.toThrow(/permission denied/);
    } finally {
      await c.end();
    }
    expect(await verify()).toMatchObject({ ok: true });
  });
});
