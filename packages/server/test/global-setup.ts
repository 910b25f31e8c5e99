import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config';
import { appPassword, createDatabaseIfMissing, ensureAppRole, runMigrations, withCredentials } from '../src/db/database';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../src/db/embedded';
import { Client } from 'pg';

/**
 * Real PostgreSQL for the integration tests: the embedded server by default, or the server
 * named by DATABASE_URL. A fresh database `xiejiu_test` is created and migrated once.
 */
const TEST_DB = 'xiejiu_test';

let embedded: EmbeddedHandle | undefined;
let dataDir: string | undefined;

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-test-'));
    embedded = await startEmbeddedPostgres(dataDir);
    serverUrl = embedded.url;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [TEST_DB]);
  await admin.query(`drop database if exists "${TEST_DB}"`);
  await admin.end();
  await createDatabaseIfMissing(serverUrl, TEST_DB);
  const u = new URL(serverUrl);
  const ownerUrl = withCredentials(serverUrl, decodeURIComponent(u.username), decodeURIComponent(u.password), TEST_DB);
  await runMigrations(ownerUrl);
  const config = loadConfig();
  // The same derivation the server and CLI use for this owner URL.
  const password = appPassword(config, ownerUrl);
  await ensureAppRole(ownerUrl, config.appDbUser, password);
  const appUrl = withCredentials(ownerUrl, config.appDbUser, password);
  project.provide('ownerUrl', ownerUrl);
  project.provide('appUrl', appUrl);
  project.provide('embedded', !!embedded);
  return async () => {
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    ownerUrl: string;
    appUrl: string;
    embedded: boolean;
  }
}
