import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { prepareDatabase } from '../../src/db/database';
(async () => {
  const db = await prepareDatabase(loadConfig(), () => {}, { reuseRunning: true });
  const c = new Client({ connectionString: db.ownerUrl }); await c.connect();
  await c.query(`select set_config('app.area_prefix','*',false), set_config('app.detail_scope','area',false)`);
  for (const q of process.argv.slice(2)) { const r = await c.query(q); console.log(q); console.table(r.rows.slice(0, 30)); }
  await c.end(); await db.stop();
})();
