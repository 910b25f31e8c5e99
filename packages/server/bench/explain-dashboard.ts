/**
 * Where the 统计看板's time goes in PostgreSQL: sends the console's dashboard query once through the real server
 * as the district's joint-meeting member (or USER), captures the batch it sends, and replays each statement as the
 * app role with the same scope settings — its time, and with PLANS=1 its EXPLAIN (ANALYZE, BUFFERS).
 *   BENCH_DATA_DIR=/var/tmp/xiejiu-bench pnpm --filter @xiejiu/server bench:explain-dashboard
 *   USER_NAME=zhenzhang01 AREA=500199101201 PLANS=1 ONLY=2,3 …   another reader / viewed area; plans of some statements
 *   SETTINGS="work_mem=64MB,enable_nestloop=off" …            planner settings for the replay (comparison)
 * The bench data dir is the one `pnpm bench dashboard` leaves behind with BENCH_DATA_DIR (docs/benchmarks.md).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { startOnDataDir } from './bench-env';
import { DASHBOARD_QUERY } from './dashboard';
import { sessionCookie } from './mix';
import { pgCopies } from './statements';

const env = process.env;

function captureBatches(marker: string): string[] {
  const batches: string[] = [];
  for (const file of pgCopies()) {
    const proto = require(file).Client.prototype;
    if (proto.__dashHooked) continue;
    proto.__dashHooked = true;
    const original = proto.query;
    proto.query = function hooked(this: unknown, config: unknown, ...rest: unknown[]) {
      const text = typeof config === 'string' ? config : ((config as { text?: string } | null)?.text ?? '');
      if (text.includes(marker)) batches.push(text);
      return original.call(this, config, ...rest);
    };
  }
  return batches;
}

async function main(): Promise<void> {
  if (!env.BENCH_DATA_DIR) throw new Error('BENCH_DATA_DIR (an existing bench data dir with 1M persons) is required');
  const batches = captureBatches('with bp as (');
  const { started, owner, url } = await startOnDataDir(env.BENCH_DATA_DIR);
  const app = new Client({ connectionString: started.db.appUrl });
  await app.connect();
  try {
    const cookie = await sessionCookie(started, env.USER_NAME ?? 'lianxi01');
    const t = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: DASHBOARD_QUERY, variables: { areaCode: env.AREA ?? null } }),
    }).then((r) => r.text());
    console.log(`request ${(performance.now() - t).toFixed(0)} ms${res.includes('"errors"') ? `; errors: ${res.slice(0, 300)}` : ''}`);
    const batch = batches.at(-1);
    if (!batch) throw new Error('no dashboard batch captured');
    const parts = batch.split(/;\n(?=select |with )/);
    const head = parts.filter((p) => p.startsWith('select set_config'));
    const stmts = parts.filter((p) => !p.startsWith('select set_config'));
    const only = env.ONLY ? env.ONLY.split(',').map(Number) : null;
    await app.query('begin');
    try {
      for (const h of head) await app.query(h);
      // SETTINGS="work_mem=64MB,jit=off": planner settings to compare, for this replay only.
      for (const kv of (env.SETTINGS ?? '').split(',').filter(Boolean)) {
        const [k, v] = kv.split('=');
        await app.query(`select set_config($1, $2, true)`, [k.trim(), v.trim()]);
      }
      for (const [i, s] of stmts.entries()) {
        if (only && !only.includes(i)) continue;
        const t1 = performance.now();
        await app.query(s);
        const ms = performance.now() - t1;
        console.log(`#${i}: ${ms.toFixed(0)} ms  ${s.replace(/\s+/g, ' ').slice(0, 110)}`);
        if (env.PLANS === '1') {
          const plan = await app.query(`explain (analyze, buffers) ${s}`);
          console.log(plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
        }
      }
    } finally {
      await app.query('rollback');
    }
  } finally {
    await app.end();
    await owner.end();
    await started.close();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
