import type { Client } from 'pg';
import type { Started } from '../src/bootstrap';
import { seedHouseholds } from '../src/seed/households';

export interface Seeding {
  persons: number;
  seconds: number;
  rssMiB: number;
}

/**
 * Tops the bench ledger up to `target` persons with the demo generator (src/seed/households), or reuses what the
 * data dir already holds. Returns what was generated in this run (null when reused). Shared by the search bench
 * (bench/run.ts) and the dashboard bench (bench/dashboard.ts).
 */
export async function ensurePersons(started: Started, owner: Client, target: number, log: (m: string) => void): Promise<Seeding | null> {
  const have = Number((await owner.query(`select count(*) as n from person`)).rows[0].n);
  if (have >= target * 0.999) {
    log(`reusing ${have} persons`);
    return null;
  }
  log(`seeding ${target - have} persons (have ${have}) …`);
  let lastLog = Date.now();
  const r = await seedHouseholds(started.db.ownerUrl, started.runtime.fieldCrypto, {
    persons: target - have,
    allowExisting: true,
    onProgress: (p) => {
      if (Date.now() - lastLog > 15_000) {
        lastLog = Date.now();
        log(`  … ${p.persons} persons, ${Math.round(p.elapsedMs / 1000)} s, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`);
      }
    },
  });
  const seeding = { persons: r.persons, seconds: r.elapsedMs / 1000, rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) };
  log(`seeded ${r.households} households / ${r.persons} persons in ${seeding.seconds.toFixed(1)} s`);
  return seeding;
}
