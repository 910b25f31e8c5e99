/**
 * Where a cross-check's time goes, on an existing database: builds one run's recipients, then prints each
 * rule's time and its plan (EXPLAIN ANALYZE), in one transaction that leaves nothing behind.
 *   DATABASE_URL=postgres://…/xiejiu_bench_import pnpm bench:explain-rules      every rule, with plans
 *   RULES=4,6 PLANS=0 …                                                        some rules, times only
 * (e.g. the database `pnpm bench import` with BENCH_DATABASE_URL leaves behind; docs/benchmarks.md).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config';
import { prepareDatabase } from '../src/db/database';
import { openOrm } from '../src/db/orm';
import { systemContext, type Runtime } from '../src/graphql/request-context';
import { buildRecipients, ruleParams } from '../src/modules/crosscheck/crosscheck.engine';
import { RULES } from '../src/modules/crosscheck/rules';
import { loadFieldCrypto } from '../src/shared/field-crypto';
import { todayOf } from '../src/shared/dates';

async function main() {
  const log = (m: string) => console.error(m);
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', JOBS_WORKER: 'off' });
  const db = await prepareDatabase(config, log);
  const orm = await openOrm({ url: db.appUrl, poolMax: 2 });
  const runtime: Runtime = { config, fieldCrypto: loadFieldCrypto(config.dataDir, process.env, log) };
  const ctx = systemContext(orm.em, runtime, 'explain');
  const runId = randomUUID();
  const p = await ruleParams(ctx, todayOf(ctx), runId);
  const only = process.env.RULES ? process.env.RULES.split(',').map(Number) : null;
  await ctx.asSystem('explain', async (em) => {
    let t = Date.now();
    await buildRecipients(em, runId);
    console.log(`recipients: ${Date.now() - t} ms`);
    for (const rule of RULES.filter((r) => !only || only.includes(r.no))) {
      const q = rule.query(p);
      t = Date.now();
      const rows = (await em.execute(`explain (analyze, timing off, buffers off) ${q.sql}`, q.params)) as Array<Record<string, string>>;
      console.log(`\n===== rule ${rule.no} ${rule.code}: ${Date.now() - t} ms`);
      if (process.env.PLANS !== '0') console.log(rows.map((r) => Object.values(r)[0]).join('\n'));
    }
    t = Date.now();
    await em.execute(`delete from crosscheck_recipient where run_id = ?`, [runId]);
    console.log(`delete: ${Date.now() - t} ms`);
  });
  await orm.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
