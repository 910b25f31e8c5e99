/**
 * Where a household search's time goes in PostgreSQL: for each role (district, town, village) and kind of
 * search (full name, bare surname, exact ID, area + tier), sends one real request to the real server,
 * captures the statements it prepares and executes, and replays each as the app role with the same scope
 * settings under EXPLAIN (ANALYZE, BUFFERS) — the plan under row-level security, as a request runs it.
 *   BENCH_DATA_DIR=/tmp/xjbench pnpm --filter @xiejiu/server bench:explain-search
 *   KINDS="bare surname" ROLES=district PLANS=0 …     some kinds/roles; times only
 *   WARM=6 (executions before the explained one, default 6: past the first five custom plans)
 *   PLAN_CACHE=force_generic_plan|force_custom_plan   compare plan cache modes
 * The bench data dir is the one `pnpm bench` leaves behind with BENCH_DATA_DIR (docs/benchmarks.md).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { startOnDataDir } from './bench-env';
import { pgCopies } from './statements';
import { benchUsers, searchBodies, SEARCH_KINDS } from './mix';
import { searchQuery } from './queries';

const env = process.env;

/** Captures the batches the search sends: `prepare` texts by name and the last batch's text. */
function captureBatches(): { prepared: Map<string, string>; batches: string[] } {
  const prepared = new Map<string, string>();
  const batches: string[] = [];
  for (const file of pgCopies()) {
    const proto = require(file).Client.prototype;
    if (proto.__explainHooked) continue;
    proto.__explainHooked = true;
    const original = proto.query;
    proto.query = function hooked(this: unknown, config: unknown, ...rest: unknown[]) {
      const text = typeof config === 'string' ? config : ((config as { text?: string } | null)?.text ?? '');
      if (text.includes('execute xjb_')) {
        batches.push(text);
        for (const m of text.matchAll(/prepare (xjb_\w+) as ([\s\S]*?)(?=;\nexecute |;\nprepare |$)/g)) prepared.set(m[1], m[2]);
      }
      return original.call(this, config, ...rest);
    };
  }
  return { prepared, batches };
}

async function main(): Promise<void> {
  if (!env.BENCH_DATA_DIR) throw new Error('BENCH_DATA_DIR (an existing bench data dir with 1M persons) is required');
  const cap = captureBatches();
  const { started, owner, url } = await startOnDataDir(env.BENCH_DATA_DIR);
  const app = new Client({ connectionString: started.db.appUrl });
  await app.connect();
  try {
    const users = await benchUsers(started, owner);
    const kinds = env.KINDS ? env.KINDS.split(',').map((s) => s.trim()) : SEARCH_KINDS;
    const roles = env.ROLES ? env.ROLES.split(',').map((s) => s.trim()) : users.map((u) => u.role);
    const bodies = await searchBodies(owner, started.runtime.fieldCrypto, searchQuery(), users, 20);
    for (const u of users.filter((x) => roles.includes(x.role))) {
      for (const kind of kinds) {
        const body = bodies.find((b) => b.kind === kind && b.role === u.role);
        if (!body) continue;
        const send = () =>
          fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: u.cookie }, body: body.body }).then((r) => r.text());
        await send(); // prepares on some pooled connection
        cap.batches.length = 0;
        const t = performance.now();
        const res = await send();
        const ms = performance.now() - t;
        console.log(
          `\n===== ${kind} · ${u.role} (${u.username}): ${ms.toFixed(1)} ms request; ${JSON.parse(body.body).variables.filter ? JSON.stringify(JSON.parse(body.body).variables.filter) : ''}`,
        );
        if (res.includes('"errors"')) console.log(`  errors: ${res.slice(0, 300)}`);
        for (const batch of cap.batches) {
          const parts = batch.split(/;\n(?=execute |prepare |select set_config|do \$\$)/);
          const settings = parts.find((p) => p.startsWith('select set_config'));
          if (!settings) continue;
          for (const exec of parts.filter((p) => p.startsWith('execute '))) {
            const name = /^execute (xjb_\w+)/.exec(exec)![1];
            const text = cap.prepared.get(name);
            if (!text) continue;
            await app.query('begin');
            try {
              await app.query(settings);
              await app.query(`prepare ${name} as ${text}`);
              if (env.PLAN_CACHE) await app.query(`set local plan_cache_mode = ${env.PLAN_CACHE}`);
              // As on a pooled connection that has run it before: past the first five custom plans.
              for (let i = 0; i < Number(env.WARM ?? 6); i++) await app.query(exec);
              const times: number[] = [];
              for (let i = 0; i < 15; i++) {
                const t1 = performance.now();
                await app.query(exec);
                times.push(performance.now() - t1);
              }
              times.sort((a, b) => a - b);
              const t2 = performance.now();
              const plan = await app.query(`explain (analyze, buffers) ${exec}`);
              console.log(`  ${name}: execute median ${times[7].toFixed(2)} ms (round trip, no EXPLAIN); explain ${(performance.now() - t2).toFixed(1)} ms`);
              if (env.PLANS !== '0') console.log(plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n'));
            } finally {
              await app.query('rollback');
              await app.query(`deallocate ${name}`).catch(() => {}); // PREPARE outlives a rollback
            }
          }
        }
      }
    }
  } finally {
    await owner.end();
    await app.end();
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
