import fs from 'node:fs';
import path from 'node:path';
import { transformFileSync } from '@swc/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FieldCrypto } from '../src/shared/field-crypto';
import { AREAS, ownerQuery, TEST_FIELD_KEY } from './harness';
import { type FakeProvider, fakeHttp } from './support/fake-sms-providers';
import { runKillableChild } from './support/killable-child';

/**
 * R2: a delivering process killed mid-send (SIGKILL at random points, ≥ 50 trials) → the provider sees exactly one
 * send per idempotency key, and every message ends SENT. Each trial starts a process running the `sms-deliver` code
 * path (test/support/sms-deliver-child.ts) against the fake HTTP provider, which records a send on arrival and answers
 * after a delay — so kills land between claim and send, during the call (the provider has it, the database does not
 * know) and after it. After a kill the dead process's leases are expired (as the 60 s lease would after it died); the
 * next process looks those messages up by key before sending. `R2_TRIALS` (default 50) sets the number of kills; CI's
 * second run on the machine's PostgreSQL uses 5.
 */
const TRIALS = Number(process.env.R2_TRIALS ?? 50);
const SECRET = 'r2-secret';
const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'node_modules', '.cache', 'sms-r2-child');
const CHILD = path.join(OUT, 'test', 'support', 'sms-deliver-child.js');

/**
 * Compiles the child and the few modules it imports to CommonJS once (under node_modules/.cache, so its bare imports
 * resolve as from the package): each trial's process then starts in plain node, without the TypeScript loader.
 */
function compileChild(): void {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { code } = transformFileSync(file, {
      swcrc: false,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    const dest = path.join(OUT, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, code);
    for (const m of code.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
      const target = path.resolve(path.dirname(file), m[1]);
      const ts = [`${target}.ts`, path.join(target, 'index.ts')].find((f) => fs.existsSync(f));
      if (ts) visit(ts);
    }
  };
  fs.rmSync(OUT, { recursive: true, force: true });
  visit(path.join(__dirname, 'support', 'sms-deliver-child.ts'));
}

let fake: FakeProvider;
let env: NodeJS.ProcessEnv;
let seq = 0;
const fc = new FieldCrypto(TEST_FIELD_KEY);

async function addMessages(n: number): Promise<void> {
  const values: string[] = [];
  const params: unknown[] = [fc.encrypt('13900000000'), AREAS.village1a];
  for (let i = 0; i < n; i++)
    values.push(
      `(gen_random_uuid(), 'r2-${++seq}', gen_random_uuid(), 'application.accepted', 'ACCEPTED', 'APPLICANT', $1, '139****0000', '测试', $2, now() - interval '1 minute')`,
    );
  await ownerQuery(
    `insert into sms_message (id, idempotency_key, event_id, event_type, template_code, recipient_kind, phone_enc, phone_masked, content, area_code, next_attempt_at) values ${values.join(',')}`,
    params,
  );
}

interface ChildRun {
  killed: boolean;
  code: number | null;
  done: Record<string, number> | null;
  workMs: number;
}

async function runChild(killAfterMs: number | null): Promise<ChildRun> {
  const run = await runKillableChild([CHILD], { cwd: ROOT, env, killAfterMs });
  const last = run.lines.filter((l) => l.text.startsWith('DONE ')).at(-1);
  return {
    killed: run.killed,
    code: run.code,
    done: last ? (JSON.parse(last.text.slice(5)) as Record<string, number>) : null,
    workMs: (last?.at ?? 0) - run.readyAt,
  };
}

/** What a dead worker leaves: its leases run out (the test does not wait the 60 s). */
const expireLeases = () => ownerQuery(`update sms_message set lease_until = now() - interval '1 second' where status = 'SENDING' returning id`);

beforeAll(async () => {
  compileChild();
  await ownerQuery(`truncate sms_message, sms_log_outbox, sms_config`);
  fake = await fakeHttp({ secret: SECRET });
  fake.delay = { min: 5, max: 40 };
  env = {
    ...process.env,
    NODE_ENV: 'test',
    SMS_CHILD_DB_URL: inject('appUrl'),
    SMS_CHILD_ENDPOINT: fake.url,
    SMS_CHILD_SECRET: SECRET,
    SMS_CHILD_FIELD_KEY: Buffer.from(TEST_FIELD_KEY).toString('hex'),
    SMS_CHILD_BATCH: '3',
  };
});
afterAll(async () => {
  await fake?.close();
});

describe('R2: kill -9 during SMS delivery', () => {
  it(`the provider sees exactly one send per idempotency key over ${TRIALS} random kills; every message ends SENT`, async () => {
    // Calibrate: how long one message takes in the delivering process.
    await addMessages(10);
    const calib = await runChild(null);
    expect(calib.code).toBe(0);
    expect(calib.done).toMatchObject({ sent: 10 });
    const perMessage = Math.max(5, calib.workMs / 10);

    let kills = 0;
    let inFlightAtKill = 0;
    for (let attempt = 0; kills < TRIALS && attempt < TRIALS * 3; attempt++) {
      const [{ n }] = await ownerQuery(`select count(*)::int as n from sms_message where status <> 'SENT'`);
      if (n < 12) await addMessages(12);
      const run = await runChild(Math.floor(Math.random() * perMessage * 8));
      if (run.killed) {
        kills++;
        inFlightAtKill += (await expireLeases()).length;
      } else expect(run.code).toBe(0);
    }
    expect(kills).toBe(TRIALS);
    // Kills landed inside the work: some messages were claimed (SENDING) when their process died.
    expect(inFlightAtKill).toBeGreaterThan(0);

    // The rest to the end (a process that finishes uninterrupted).
    const rest = await runChild(null);
    expect(rest.code).toBe(0);
    const rows = await ownerQuery<{ key: string; status: string; attempts: number }>(`select idempotency_key as key, status, attempts from sms_message`);
    expect(rows.filter((r) => r.status !== 'SENT')).toEqual([]);
    // Exactly one send per idempotency key: every key once, no key twice.
    const counts = fake.countsByKey();
    expect([...counts].filter(([, c]) => c !== 1)).toEqual([]);
    expect([...counts.keys()].sort()).toEqual(rows.map((r) => r.key).sort());
    expect(fake.rejected).toBe(0);
  }, 600_000);
});
