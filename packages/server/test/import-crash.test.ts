import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idCheckChar } from '@xiejiu/rules';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TEST_FIELD_KEY, TestApp } from './harness';

/**
 * R1: `kill -9` of the importing process at random points, ≥ 50 trials. Each trial imports its own
 * roster file through `pnpm cli import` and is killed at a random moment between start and the end of
 * a calibrated import. After each kill: either the whole batch is in the ledger or none of it (no
 * partial batch visible, no batch row without its data). At the end every file is imported again to
 * completion (nothing lost) and once more (nothing added twice).
 */
const TRIALS = Number(process.env.R1_TRIALS ?? 50);
const ROWS = 400;
const HEADER = '姓名,身份证号,救助项目编码,月救助金额(元),开始日期,结束日期,区划代码,户主身份证号,与户主关系,联系电话,备注';
const CLI = path.join(__dirname, '..', 'src', 'cli', 'index.ts');
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红';

let t: TestApp;
let dir: string;
let env: NodeJS.ProcessEnv;

function idFor(trial: number, i: number): string {
  // Distinct per trial and row: the sequence carries the row, the birth day the trial.
  const day = String(1 + (trial % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(trial / 28) % 12)).padStart(2, '0');
  const year = 1940 + (i % 60);
  const first17 = `500199${year}${month}${day}${String(i).padStart(3, '0').slice(-3)}`;
  return first17 + idCheckChar(first17);
}

/** A roster of ROWS persons in households of four (head first). */
function rosterFile(trial: number): string {
  const lines = [HEADER];
  let head = '';
  for (let i = 0; i < ROWS; i++) {
    const id = idFor(trial, i);
    if (i % 4 === 0) head = id;
    const name = SURNAMES[(trial + i) % SURNAMES.length] + GIVEN[i % GIVEN.length] + GIVEN[(i * 7 + trial) % GIVEN.length];
    const relation = i % 4 === 0 ? '户主' : i % 4 === 1 ? '配偶' : '子';
    lines.push([name, id, 'DIBAO', '500.00', '2026-01-01', '', AREAS.village1a, head, relation, '', ''].join(','));
  }
  const file = path.join(dir, `roster-${trial}.csv`);
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

function runCli(file: string, killAfterMs: number | null): Promise<{ code: number | null; killed: boolean; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', './src/register.js', CLI, 'import', 'roster', file, '--json'], { cwd: path.join(__dirname, '..'), env });
    let stdout = '';
    let killed = false;
    child.stdout.on('data', (b) => {
      stdout += String(b);
    });
    child.stderr.on('data', () => undefined);
    let timer: NodeJS.Timeout | undefined;
    if (killAfterMs !== null) {
      timer = setTimeout(() => {
        killed = child.exitCode === null;
        child.kill('SIGKILL');
      }, killAfterMs);
    }
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, killed, stdout });
    });
  });
}

/** Persons of the trial's file in the ledger, and batches of that file. */
async function state(trial: number): Promise<{ persons: number; batches: Array<{ status: string; imported: number }> }> {
  const fc = t.runtime.fieldCrypto;
  const bidx = Array.from({ length: ROWS }, (_, i) => fc.blindIndex(`id:${idFor(trial, i)}`));
  const [{ n }] = await ownerQuery(`select count(*)::int as n from person where id_bidx = any($1::varchar[])`, [bidx]);
  const hash = (await import('node:crypto'))
    .createHash('sha256')
    .update(fs.readFileSync(path.join(dir, `roster-${trial}.csv`)))
    .digest('hex');
  const batches = await ownerQuery(`select status, imported from import_batch where file_hash = $1`, [hash]);
  return { persons: n, batches };
}

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xj-r1-'));
  env = {
    ...process.env,
    DATABASE_URL: inject('ownerUrl'),
    DATA_DIR: dir,
    FIELD_ENCRYPTION_KEY: Buffer.from(TEST_FIELD_KEY).toString('hex'),
    NODE_ENV: 'test',
  };
});
afterAll(async () => {
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('R1: kill -9 during an import', () => {
  it(`leaves each batch whole or absent over ${TRIALS} random kills; nothing lost, nothing twice`, async () => {
    // Calibrate: how long one full CLI import takes here (start-up included).
    const started = Date.now();
    const calib = await runCli(rosterFile(0), null);
    const full = Date.now() - started;
    expect(calib.code).toBe(0);
    expect(JSON.parse(calib.stdout.trim().split('\n').pop()!)).toMatchObject({ rows: ROWS, imported: ROWS });

    const outcomes = { killedBeforeCommit: 0, committed: 0 };
    for (let trial = 1; trial <= TRIALS; trial++) {
      const file = rosterFile(trial);
      const res = await runCli(file, Math.floor(Math.random() * full * 1.1));
      const s = await state(trial);
      // Whole or nothing: all persons and one DONE batch, or no person and no batch.
      if (s.persons === 0) {
        expect(s.batches).toEqual([]);
        outcomes.killedBeforeCommit++;
      } else {
        expect(s.persons).toBe(ROWS);
        expect(s.batches).toEqual([{ status: 'DONE', imported: ROWS }]);
        outcomes.committed++;
      }
      if (!res.killed) expect(res.code).toBe(0);
    }
    // Both outcomes must have happened for the test to mean something.
    expect(outcomes.killedBeforeCommit).toBeGreaterThan(0);

    // Nothing lost: every file again, to the end; nothing twice: persons = rows, one DONE batch that imported.
    for (let trial = 1; trial <= TRIALS; trial++) {
      const res = await runCli(path.join(dir, `roster-${trial}.csv`), null);
      expect(res.code).toBe(0);
      const s = await state(trial);
      expect(s.persons).toBe(ROWS);
      expect(s.batches.filter((b) => b.imported > 0)).toEqual([{ status: 'DONE', imported: ROWS }]);
    }
    const [{ dup }] = await ownerQuery(
      `select count(*)::int as dup from (select person_id from benefit group by person_id, program_code having count(*) > 1) x`,
    );
    expect(dup).toBe(0);
  }, 900_000);
});
