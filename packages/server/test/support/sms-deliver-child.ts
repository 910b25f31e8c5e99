import { Pool } from 'pg';
import type { SmsDb } from '../../src/modules/sms/db';
import { toPgParams } from '../../src/modules/sms/db';
import { deliverDue, RateLimiter } from '../../src/modules/sms/delivery';
import { httpProvider } from '../../src/modules/sms/providers/http';
import type { SmsProviderConfig } from '../../src/modules/sms/providers/types';
import { FieldCrypto } from '../../src/shared/field-crypto';

/**
 * The delivering process of the R2 kill trials (test/sms-crash.test.ts): the code path of the `sms-deliver` job
 * (`deliverDue`, claim – commit – send – record) against the fake HTTP provider, on a plain `pg` pool of the
 * application role (scope: every area, as the system), so it starts quickly. Prints `READY` once connected and
 * `DONE <json>` when nothing is left; the test kills it with SIGKILL in between.
 */
async function main() {
  const env = process.env;
  const pool = new Pool({ connectionString: env.SMS_CHILD_DB_URL, max: 2 });
  const db: SmsDb = {
    async tx(fn) {
      const c = await pool.connect();
      try {
        await c.query('begin');
        await c.query(`select set_config('app.area_prefix', '*', true)`);
        const out = await fn(async (sql, params = []) => (await c.query(toPgParams(sql), params)).rows);
        await c.query('commit');
        return out;
      } catch (e) {
        await c.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    },
  };
  const config: SmsProviderConfig = {
    provider: 'http',
    endpoint: env.SMS_CHILD_ENDPOINT ?? null,
    accessKeyId: null,
    secret: env.SMS_CHILD_SECRET ?? null,
    signName: null,
    sdkAppId: null,
    region: null,
    ratePerSecond: 1000,
    receiptToken: null,
    quietStart: '00:00',
    quietEnd: '00:00',
    source: 'env',
  };
  await db.tx((sql) => sql('select 1'));
  process.stdout.write('READY\n');
  const result = await deliverDue({
    db,
    fc: new FieldCrypto(Buffer.from(env.SMS_CHILD_FIELD_KEY ?? '', 'hex')),
    provider: httpProvider(config),
    config,
    now: () => new Date(),
    maxAttempts: 5,
    batchSize: Number(env.SMS_CHILD_BATCH ?? 3),
    limiter: new RateLimiter(1000),
  });
  process.stdout.write(`DONE ${JSON.stringify(result)}\n`);
  await pool.end();
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
