import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { prepareDatabase } from '../../src/db/database';
import { openOrm } from '../../src/db/orm';
import { type Runtime, systemContext } from '../../src/graphql/request-context';
import { importLocalFile } from '../../src/modules/roster/import.cli';
import { loadFieldCrypto } from '../../src/shared/field-crypto';

/**
 * The importing process of the R1 test (test/import-crash.test.ts): imports the roster files named on the
 * command line one after another through `importLocalFile` — the code path of `pnpm cli import` — printing
 * `READY` once connected and `DONE <file> <json>` after each file. The test kills it with SIGKILL.
 */
async function main() {
  const config = loadConfig();
  const db = await prepareDatabase(config, () => undefined, { reuseRunning: true, migrate: false });
  const orm = await openOrm({ url: db.appUrl, poolMax: 2 });
  const runtime: Runtime = { config, fieldCrypto: loadFieldCrypto(config.dataDir, process.env, () => undefined) };
  process.stdout.write('READY\n');
  for (const file of process.argv.slice(2)) {
    const out = await importLocalFile(systemContext(orm.em, runtime, 'cli-import'), 'roster', file, {});
    process.stdout.write(`DONE ${file} ${JSON.stringify(out)}\n`);
  }
  await orm.close(true);
  await db.stop();
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
