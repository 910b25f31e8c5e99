import type { MikroORM } from '@mikro-orm/postgresql';
import { systemContext, type Runtime } from '../../graphql/request-context';
import { recordAudit } from '../../modules/audit/audit.service';
import { DEMO_DISTRICT } from '../demo-district';
import { seedHouseholds, type SeedHouseholdsOptions, type SeedHouseholdsResult } from './index';

/**
 * Seeds demo households (COPY as the owner) and records one `system.seeded` row in the
 * operation log, in the demo district's scope. Used by `pnpm seed:demo --households N`
 * and, with the constant DEMO_START_HOUSEHOLDS (300), by the server's first start.
 */
export async function seedDemoHouseholds(ownerUrl: string, orm: MikroORM, runtime: Runtime, opts: SeedHouseholdsOptions): Promise<SeedHouseholdsResult> {
  const r = await seedHouseholds(ownerUrl, runtime.fieldCrypto, opts);
  const ctx = systemContext(orm.em, runtime, 'seed-demo', DEMO_DISTRICT.code);
  await recordAudit(ctx, {
    action: 'system.seeded',
    entityType: 'household',
    detail: { kind: 'demo-households', seed: r.seed, households: r.households, persons: r.persons, lowIncomePersons: r.lowIncomePersons, tiers: r.tiers },
  });
  return r;
}

/** One line for the console: counts, low-income share, tiers, seconds. */
export function describeSeedResult(r: SeedHouseholdsResult): string {
  const pct = r.persons ? ((100 * r.lowIncomePersons) / r.persons).toFixed(2) : '0';
  return (
    `演示台账已写入：${r.households} 户，${r.persons} 人，低收入人口 ${r.lowIncomePersons} 人（${pct}%；` +
    `T1 ${r.tiers.T1} 户，T2 ${r.tiers.T2} 户，T3 ${r.tiers.T3} 户，T4 ${r.tiers.T4} 户），救助记录 ${r.benefits} 条，` +
    `用时 ${(r.elapsedMs / 1000).toFixed(1)} 秒（种子 ${r.seed}）/ households ${r.households}, persons ${r.persons}, ` +
    `low-income ${r.lowIncomePersons}, ${(r.elapsedMs / 1000).toFixed(1)} s`
  );
}
