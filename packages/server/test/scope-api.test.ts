import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { RequestContext } from '../src/graphql/request-context';
import { recordAudit } from '../src/modules/audit/audit.service';
import { permissionsOf } from '../src/modules/auth/roles';
import { sqlRows } from '../src/shared/sql';

/** The one scope API: `ctx.tx` (the actor's scope) and `ctx.asSystem(reason, fn)` (系统(reason)). */

let t: TestApp;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
});
afterAll(async () => t?.close());

let seq = 0;
function villageClerk(): RequestContext {
  return new RequestContext({
    em: t.orm.em.fork(),
    actor: {
      kind: 'user',
      id: undefined,
      name: '测试村窗口',
      roles: ['VILLAGE_WINDOW'],
      permissions: permissionsOf(['VILLAGE_WINDOW']),
      areaCode: AREAS.village1a,
    },
    requestId: `scope-api-${++seq}`,
    runtime: t.runtime,
  });
}

const areaCount = async (em: Parameters<Parameters<RequestContext['tx']>[0]>[0]) =>
  (await sqlRows<{ n: number }>(em, `select count(*)::int as n from area`))[0].n;

describe('ctx.asSystem', () => {
  it('sees every area, inside the caller’s transaction and on its own, and the caller’s scope comes back after', async () => {
    const ctx = villageClerk();
    const [all] = await ownerQuery<{ n: number }>(`select count(*)::int as n from area`);
    expect(all.n).toBeGreaterThan(1);
    const seen = await ctx.tx(async (em) => {
      const before = await areaCount(em);
      const system = await ctx.asSystem('测试', (sysEm) => areaCount(sysEm));
      const after = await areaCount(em);
      return { before, system, after };
    });
    expect(seen).toEqual({ before: 1, system: all.n, after: 1 });
    // Outside any transaction it opens its own.
    expect(ctx.inTransaction).toBe(false);
    expect(await ctx.asSystem('测试', (em) => areaCount(em))).toBe(all.n);
    expect(await ctx.tx((em) => areaCount(em))).toBe(1);
  });

  it('logs what it writes as 系统(reason) with the request’s id, in the caller’s transaction', async () => {
    const ctx = villageClerk();
    await ctx.tx(async () => {
      await recordAudit(ctx, { action: 'person.id_checked', entityType: 'person', detail: { by: 'user' } });
      await ctx.asSystem('查重核对', (_em, sys) => recordAudit(sys, { action: 'person.id_checked', entityType: 'person', detail: { by: 'system' } }));
    });
    const rows = await ownerQuery<{ actor_name: string; role: string; area_code: string; request_id: string }>(
      `select actor_name, role, area_code, request_id from audit_log where request_id = $1 order by pos`,
      [ctx.requestId],
    );
    expect(rows).toEqual([
      { actor_name: '测试村窗口', role: 'VILLAGE_WINDOW', area_code: AREAS.village1a, request_id: ctx.requestId },
      { actor_name: '系统(查重核对)', role: 'SYSTEM', area_code: '000000000000', request_id: ctx.requestId },
    ]);
  });

  it('rolls back with the caller: a failure after the system step leaves nothing behind', async () => {
    const ctx = villageClerk();
    await expect(
      ctx.tx(async () => {
        await ctx.asSystem('回滚', (_em, sys) => recordAudit(sys, { action: 'person.id_checked', entityType: 'person' }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await ownerQuery(`select 1 from audit_log where request_id = $1`, [ctx.requestId])).toEqual([]);
  });

  it('keeps the caller’s statement timeout (a request stays bounded)', async () => {
    const ctx = villageClerk();
    const timeouts = await ctx.tx(async (em) => {
      const show = async (e: typeof em) => (await sqlRows<{ statement_timeout: string }>(e, `show statement_timeout`))[0].statement_timeout;
      return [await show(em), await ctx.asSystem('超时', (sysEm) => show(sysEm))];
    });
    expect(timeouts).toEqual(['9s', '9s']);
  });
});
