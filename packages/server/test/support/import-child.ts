import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { prepareDatabase } from '../../src/db/database';
import { openOrm } from '../../src/db/orm';
import { type Runtime, systemContext } from '../../src/graphql/request-context';
import { importLocalFile } from '../../src/modules/roster/import.cli';
import { loadFieldCrypto } from '../../src/shared/field-crypto';

/**
 * The importing process of the R1 test (test/import-crash.test.ts): prints `READY` once connected, reads the roster
 * files to import as one JSON line on stdin (so the test can start it ahead, while the previous trial runs), imports
 * them one after another through `importLocalFile` — the code path of `pnpm cli import` — and prints
 * `DONE <file> <json>` after each file. The test kills it with SIGKILL.
 */
async function readLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0];
}

async function main() {
  const config = loadConfig();
  const db = await prepareDatabase(config, () => undefined, { reuseRunning: true, migrate: false });
  const orm = await openOrm({ url: db.appUrl, poolMax: 2 });
  const runtime: Runtime = { config, fieldCrypto: loadFieldCrypto(config.dataDir, process.env, () => undefined) };
  process.stdout.write('READY\n');
  const files = JSON.parse(await readLine()) as string[];
  for (const file of files) {
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
