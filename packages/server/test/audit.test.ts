import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { recordAudit } from '../src/modules/audit/audit.service';
import { verifyChainAt } from '../src/modules/audit/audit-verify';
import { ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';

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
      action: 'test.write', entityType: 'person',
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
