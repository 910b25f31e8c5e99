import { loadConfig } from '../../src/config';
import { prepareDatabase } from '../../src/db/database';
import { seedHouseholds } from '../../src/seed/households';
import { FieldCrypto, loadFieldKey } from '../../src/shared/field-crypto';
(async () => {
  const config = loadConfig();
  const db = await prepareDatabase(config, () => {}, { reuseRunning: true });
  const fc = new FieldCrypto(loadFieldKey(config.dataDir));
  let peak = 0; const mb = (x: number) => Math.round(x / 2 ** 20);
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
  const r = await seedHouseholds(db.ownerUrl, fc, { persons: Number(process.argv[2] ?? 150000), allowExisting: true, batchSize: Number(process.argv[3] ?? 4000),
    onProgress: (p) => { const m = process.memoryUsage(); if (p.households % 20000 < Number(process.argv[3] ?? 4000)) console.log(p.persons, 'rss', mb(m.rss), 'heapUsed', mb(m.heapUsed), 'heapTotal', mb(m.heapTotal), 'ext', mb(m.external), 'ab', mb(m.arrayBuffers), Math.round(p.elapsedMs/1000)+'s'); } });
  clearInterval(timer);
  console.log('done', r.persons, r.elapsedMs, 'peak rss MiB', mb(peak));
  await db.stop();
})();
