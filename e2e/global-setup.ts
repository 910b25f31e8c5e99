import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { consoleIndex, portalIndex, serverDir } from './support/paths';

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * Starts the real server (embedded PostgreSQL in a fresh DATA_DIR, demo data seeded on the empty
 * database) on a free port, waits for /ready, and returns the teardown that stops it.
 * With E2E_BASE_URL already set, tests run against that server and nothing is started.
 */
export default async function globalSetup(config: FullConfig): Promise<(() => Promise<void>) | void> {
  if (process.env.E2E_BASE_URL) {
    console.log(`[e2e] using running server at ${process.env.E2E_BASE_URL}`);
    return;
  }

  for (const [name, file] of [
    ['console', consoleIndex],
    ['portal', portalIndex],
  ] as const) {
    if (!fs.existsSync(file)) {
      throw new Error(`[e2e] the ${name} is not built: ${file} is missing. Run \`pnpm build\` at the repository root first.`);
    }
  }
  if (!fs.existsSync(path.join(serverDir, 'src', 'main.ts'))) {
    throw new Error(`[e2e] server entry ${path.join(serverDir, 'src', 'main.ts')} is missing.`);
  }

  const resultsDir = config.projects[0]?.outputDir ?? path.join(__dirname, 'test-results');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiejiu-e2e-'));
  // mkdtemp makes the directory 0700; as root, embedded PostgreSQL runs initdb as its own
  // `postgres` user, which must be able to reach DATA_DIR/pg.
  fs.chmodSync(dataDir, 0o755);
  const logFile = path.join(dataDir, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir };
  delete env.NODE_ENV;
  // Always the embedded database in the fresh DATA_DIR, seeded with the documented demo accounts.
  for (const key of ['DATABASE_URL', 'APP_DATABASE_URL', 'DATABASE_REPLICA_URLS', 'SEED_DEMO', 'DEMO_PASSWORD', 'HOST']) {
    delete env[key];
  }
  // Every browser of every test comes from 127.0.0.1: keep the rate limits on, but far above what
  // a run sends, so no test is throttled by accident (the limits have their own server tests).
  Object.assign(env, {
    RATE_LIMIT_ANONYMOUS_GRAPHQL: '100000',
    RATE_LIMIT_PORTAL: '100000',
    RATE_LIMIT_PUBLIC: '100000',
    RATE_LIMIT_TOKEN: '100000',
    RATE_LIMIT_LOGIN_FAILURES_PER_ADDRESS: '10000',
    RATE_LIMIT_LOGIN_FAILURES_PER_USERNAME: '10000',
    // No SMS quiet hours (default 21:00–08:00 Beijing time): the tests see messages delivered within seconds at
    // any hour a run starts. Quiet hours have their own server tests (test/sms.test.ts).
    SMS_QUIET_HOURS: '00:00-00:00',
    // The portal's picture captcha cannot be read by a test (that is its point): off for this server only (refused
    // in production). The captcha has its own server tests (test/citizen-portal.test.ts); SMS codes are read from the
    // server log, where the default `log` SMS provider writes what the phone would receive (E2E_SERVER_LOG).
    CAPTCHA_ENABLED: 'false',
  });

  const server = spawn(process.execPath, ['-r', './src/register.js', 'src/main.ts'], {
    cwd: serverDir,
    env,
    stdio: ['ignore', log, log],
    // Own process group, so a forced stop also reaches the embedded PostgreSQL it spawns.
    detached: true,
  });
  fs.closeSync(log);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) =>
    server.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );

  const baseURL = `http://127.0.0.1:${port}`;
  console.log(`[e2e] starting server on ${baseURL} (DATA_DIR=${dataDir}, log ${logFile})`);
  const started = Date.now();
  try {
    for (;;) {
      if (exited) {
        throw new Error(`[e2e] server exited before it was ready (code ${exited.code}, signal ${exited.signal}).\n${tail(logFile)}`);
      }
      if (Date.now() - started > READY_TIMEOUT_MS) {
        throw new Error(`[e2e] GET ${baseURL}/ready did not return 200 within ${READY_TIMEOUT_MS / 1000} s.\n${tail(logFile)}`);
      }
      if (await isReady(`${baseURL}/ready`)) break;
      await sleep(500);
    }
  } catch (err) {
    await stop(server, exitPromise, () => exited !== undefined);
    throw err;
  }
  console.log(`[e2e] server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  process.env.E2E_BASE_URL = baseURL;
  process.env.E2E_SERVER_LOG = logFile;

  return async () => {
    await stop(server, exitPromise, () => exited !== undefined);
    // Keep the server's log next to the test results; the data directory itself is thrown away.
    try {
      fs.mkdirSync(resultsDir, { recursive: true });
      fs.copyFileSync(logFile, path.join(resultsDir, 'server.log'));
    } catch {
      // best effort
    }
    if (process.env.E2E_KEEP_DATA) {
      console.log(`[e2e] kept ${dataDir}`);
    } else {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

async function stop(server: ChildProcess, exitPromise: Promise<void>, hasExited: () => boolean): Promise<void> {
  if (hasExited() || server.pid === undefined) return;
  server.kill('SIGTERM');
  const stopped = await Promise.race([exitPromise.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
  if (!stopped) {
    console.warn(`[e2e] server did not exit ${STOP_TIMEOUT_MS / 1000} s after SIGTERM; killing its process group`);
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await exitPromise;
  }
}

async function isReady(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 40): string {
  try {
    const text = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    return `--- last ${Math.min(lines, text.length)} lines of ${file} ---\n${text.slice(-lines).join('\n')}`;
  } catch {
    return `(no server log at ${file})`;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
