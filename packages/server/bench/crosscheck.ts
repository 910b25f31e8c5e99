import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { prepareDatabase } from '../src/db/database';
import { openOrm } from '../src/db/orm';
import { systemContext, type Runtime } from '../src/graphql/request-context';
import { runCrosscheckRules } from '../src/modules/crosscheck/crosscheck.engine';
import { RULES } from '../src/modules/crosscheck/rules';
import { isDatabaseEmpty, seedDemo } from '../src/seed/demo';
import { seedHouseholds } from '../src/seed/households';
import { loadFieldCrypto } from '../src/shared/field-crypto';

/**
 * P6 (docs/benchmarks.md): the full cross-check over CC_PERSONS (default 1,000,000) persons and ~100k rows
 * in every reference table. `node -r ./src/register.js bench/crosscheck.ts` with DATA_DIR (kept, reused).
 * CC_EXPLAIN=<rule numbers, comma-separated> prints EXPLAIN (ANALYZE, BUFFERS) of those rules' statements.
 */
const log = (m: string) => console.log(`[crosscheck-bench] ${m}`);
const TARGET = Number(process.env.CC_PERSONS ?? 1_000_000);
const REF_ROWS = Number(process.env.CC_REF_ROWS ?? 100_000);

const REF_SQL: Record<string, string> = {
  ref_death: `death_date, source) select s.*, current_date - (random() * 1000)::int, (array['公安','殡葬','卫健'])[1 + (random() * 2)::int]`,
  ref_vehicle: `plate, vehicle_type, registered_on) select s.*, '渝' || substr(md5(random()::text), 1, 6), (array['小型轿车','二轮摩托车','电动自行车','小型普通客车','三轮汽车'])[1 + (random() * 4)::int], null`,
  ref_property: `cert_no, location, usage, floor_area, registered_on) select s.*, md5(random()::text), null, (array['RESIDENTIAL','RESIDENTIAL','RESIDENTIAL','RESIDENTIAL','COMMERCIAL'])[1 + (random() * 4)::int], 80, null`,
  ref_business: `credit_code, company, role, capital_fen, reg_status, established_on) select s.*, substr(md5(random()::text), 1, 18), '某公司', (array['LEGAL_REP','SHAREHOLDER','OPERATOR'])[1 + (random() * 2)::int], (random() * 50000000)::bigint, (array['ACTIVE','ACTIVE','CANCELLED'])[1 + (random() * 2)::int], null`,
  ref_payroll: `employer, monthly_pay_fen, from_date, to_date) select s.*, '某单位', 500000, current_date - 3000, case when random() < 0.3 then current_date - 100 end`,
  ref_medical: `year, total_fen, self_pay_fen) select s.*, 2025, 100000, 20000`,
  ref_status: `status_kind, cert_no, grade, from_date, to_date, area_code) select s.*, (array['DISABLED','DISABLED','YOUFU','TUOPIN','PRISON'])[1 + (random() * 4)::int], null, null, current_date - 500, case when random() < 0.5 then current_date - 10 end, null`,
  ref_income: `category, amount_fen, as_of, source) select s.*, (array['DEPOSIT','PENSION','FUND','SECURITIES'])[1 + (random() * 3)::int], (random() * 20000000)::bigint, current_date - 30, '某银行'`,
  ref_hukou: `change_type, changed_on, destination) select s.*, (array['MOVED_OUT','CANCELLED'])[1 + (random())::int], current_date - (random() * 2000)::int, null`,
  ref_cadre: `position, organisation, area_code) select s.*, '村委会委员', '某村', null`,
};

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', JOBS_WORKER: 'off' });
  const db = await prepareDatabase(config, log);
  const orm = await openOrm({ url: db.appUrl, poolMax: 4 });
  const runtime: Runtime = { config, fieldCrypto: loadFieldCrypto(config.dataDir, process.env, log) };
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query(`select set_config('app.area_prefix', '*', false)`);
  try {
    if (await isDatabaseEmpty(orm)) await seedDemo(orm, runtime);
    const [{ n }] = (await owner.query(`select count(*)::int as n from person`)).rows;
    if (n < TARGET) {
      log(`persons ${n} → ${TARGET} …`);
      await seedHouseholds(db.ownerUrl, runtime.fieldCrypto, {
        persons: TARGET - n,
        allowExisting: true,
        onProgress: (p) => p.persons % 100_000 < 1000 && log(`${p.persons} persons`),
      });
    }
    for (const [table, cols] of Object.entries(REF_SQL)) {
      const [{ c }] = (await owner.query(`select count(*)::int as c from ${table}`)).rows;
      if (c >= REF_ROWS) continue;
      const t0 = Date.now();
      // 95 % of the rows name a ledger person (5 % of those under another name), 5 % nobody in the ledger.
      await owner.query(
        `insert into ${table} (id, batch_id, line, id_bidx, id_enc, name, ${cols}
           from (select gen_random_uuid(), gen_random_uuid(), 1, p.id_bidx, p.id_enc, case when random() < 0.05 then '某某' else p.name end
                   from person p tablesample system (${Math.min(100, (REF_ROWS / TARGET) * 100 * 1.2)}) limit ${Math.round(REF_ROWS * 0.95)}
                 union all
                 select gen_random_uuid(), gen_random_uuid(), 1, md5(random()::text), 'x', '无名' from generate_series(1, ${Math.round(REF_ROWS * 0.05)})) s`,
      );
      await owner.query(`analyze ${table}`);
      log(`${table}: ${REF_ROWS} rows in ${Date.now() - t0} ms`);
    }
    const [{ rc }] = (await owner.query(`select count(*)::int as rc from roster_conflict`)).rows;
    if (rc === 0) {
      await owner.query(`insert into roster_conflict (id, batch_id, line, kind, person_id, household_id, listed_head_bidx, listed_area_code, program_code, area_code)
        select gen_random_uuid(), gen_random_uuid(), 1, 'OTHER_HOUSEHOLD', m.person_id, m.household_id, 'x', '500200101201', 'DIBAO', m.area_code
          from membership m tablesample system (2) where m.to_date is null limit 10000`);
      await owner.query(`analyze roster_conflict`);
    }
    await owner.query(`analyze finding`);
    const counts = (
      await owner.query(
        `select (select count(*) from person)::int as persons, (select count(*) from benefit where status in ('ACTIVE','PHASE_OUT'))::int as benefits`,
      )
    ).rows[0];
    log(`data: ${JSON.stringify(counts)}`);
    for (const round of [1, 2]) {
      const r = await runCrosscheckRules(systemContext(orm.em, runtime, 'bench-crosscheck'));
      log(`round ${round}: ${r.ms} ms total`);
      for (const o of r.rules)
        log(
          `  rule ${String(o.no).padStart(2)} ${o.code.padEnd(16)} found ${String(o.found).padStart(7)} new ${String(o.new).padStart(7)} resolved ${String(o.resolved).padStart(6)} ${String(o.ms).padStart(6)} ms`,
        );
    }
    const explain = (process.env.CC_EXPLAIN ?? '').split(',').filter(Boolean).map(Number);
    if (explain.length) {
      const { ruleParams } = await import('../src/modules/crosscheck/crosscheck.engine');
      const p = await ruleParams(systemContext(orm.em, runtime, 'bench'), new Date().toISOString().slice(0, 10));
      for (const no of explain) {
        const q = RULES.find((r) => r.no === no)!.query(p);
        let i = 0;
        const text = q.sql.replace(/\?/g, () => `$${++i}`);
        const plan = await owner.query(`explain (analyze, buffers) ${text}`, q.params);
        log(`EXPLAIN rule ${no}:\n${plan.rows.map((x) => x['QUERY PLAN']).join('\n')}`);
      }
    }
  } finally {
    await owner.end();
    await orm.close(true);
    await db.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
