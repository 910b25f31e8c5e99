import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idCheckChar } from '@xiejiu/rules';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TEST_FIELD_KEY, TestApp } from './harness';
import { type StandbyChild, spawnKillableChild } from './support/killable-child';

/**
 * R1: `kill -9` of the importing process at random points, ≥ 50 trials. Each trial starts a process
 * importing the next roster files (the code path of `pnpm cli import`, test/support/import-child.ts)
 * and kills it at a random moment inside the work. After each kill, for every file: either the whole
 * batch is in the ledger or none of it (no partial batch visible, no batch row without its data). At the
 * end every file not yet in is imported to completion (nothing lost) and every file once more adds
 * nothing (nothing twice). `R1_TRIALS` (default 50) sets the number of kills; CI's second run on the
 * machine's PostgreSQL uses 5.
 */
const TRIALS = Number(process.env.R1_TRIALS ?? 50);
const ROWS = 400;
const HEADER = '姓名,身份证号,救助项目编码,月救助金额(元),开始日期,结束日期,区划代码,户主身份证号,与户主关系,联系电话,备注';
const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红';

let t: TestApp;
let dir: string;
let env: NodeJS.ProcessEnv;
const committed = new Set<number>();

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

const CHILD = path.join(__dirname, 'support', 'import-child.ts');

interface ChildRun {
  done: string[];
  /** ms from READY to the last DONE */
  workMs: number;
  killed: boolean;
  code: number | null;
}

/** The next importing process, started ahead: it boots and connects while the current trial works. */
let standby: StandbyChild | undefined;
const spawnImporter = () => spawnKillableChild(['-r', './src/register.js', CHILD], { cwd: path.join(__dirname, '..'), env });

/**
 * One importing process over `files`; with `killAfterMs` it is killed (SIGKILL) that long after it was given the
 * files (connected and waiting), i.e. somewhere inside the imports, not during start-up.
 */
async function runChild(files: string[], killAfterMs: number | null): Promise<ChildRun> {
  const child = standby ?? spawnImporter();
  standby = spawnImporter();
  const run = await child.start(JSON.stringify(files), killAfterMs);
  const done = run.lines.filter((l) => l.text.startsWith('DONE '));
  return { done: done.map((l) => l.text.split(' ')[1]), killed: run.killed, code: run.code, workMs: (done.at(-1)?.at ?? 0) - run.readyAt };
}

const bidxOf = new Map<string, number>();
const hashOf = new Map<string, number>();

/** Persons in the ledger and batches, per file index (two queries for all files). */
async function states(fileIdx: number[]): Promise<Map<number, { persons: number; batches: Array<{ status: string; imported: number }> }>> {
  const fc = t.runtime.fieldCrypto;
  const crypto = await import('node:crypto');
  for (const f of fileIdx) {
    if ([...hashOf.values()].includes(f)) continue;
    for (let i = 0; i < ROWS; i++) bidxOf.set(fc.blindIndex(`id:${idFor(f, i)}`), f);
    hashOf.set(
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(dir, `roster-${f}.csv`)))
        .digest('hex'),
      f,
    );
  }
  const out = new Map(fileIdx.map((f) => [f, { persons: 0, batches: [] as Array<{ status: string; imported: number }> }]));
  const wanted = [...bidxOf].filter(([, f]) => out.has(f)).map(([b]) => b);
  for (const r of await ownerQuery<{ id_bidx: string }>(`select id_bidx from person where id_bidx = any($1::varchar[])`, [wanted])) {
    const o = out.get(bidxOf.get(r.id_bidx)!);
    if (o) o.persons++;
  }
  const hashes = [...hashOf].filter(([, f]) => out.has(f)).map(([h]) => h);
  for (const b of await ownerQuery<{ file_hash: string; status: string; imported: number }>(
    `select file_hash, status, imported from import_batch where file_hash = any($1::varchar[]) order by created_at`,
    [hashes],
  )) {
    out.get(hashOf.get(b.file_hash)!)?.batches.push({ status: b.status, imported: b.imported });
  }
  return out;
}

const state = async (f: number) => (await states([f])).get(f)!;

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
  await standby?.stop();
  await t?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('R1: kill -9 during an import', () => {
  it(`leaves each batch whole or absent over ${TRIALS} random kills; nothing lost, nothing twice`, async () => {
    // Calibrate: how long one import takes in the importing process.
    const files = [rosterFile(0), rosterFile(1)];
    const calib = await runChild(files, null);
    expect(calib.code).toBe(0);
    expect(await state(0)).toEqual({ persons: ROWS, batches: [{ status: 'DONE', imported: ROWS }] });
    const perImport = Math.max(50, calib.workMs / 2);

    // Trials until TRIALS processes were killed: each imports the next files not yet in and is killed at a
    // random moment inside the work (a run that finished before its kill time counts as no trial).
    let kills = 0;
    for (let attempt = 0; kills < TRIALS && attempt < TRIALS * 3; attempt++) {
      let pending = files.filter((_, i) => i >= 2 && !committed.has(i));
      while (pending.length < 3) {
        files.push(rosterFile(files.length));
        pending = files.filter((_, i) => i >= 2 && !committed.has(i));
      }
      const run = await runChild(pending.slice(0, 3), Math.floor(Math.random() * perImport * 2.7));
      if (run.killed) kills++;
      else expect(run.code).toBe(0);
      // Whole or nothing for every file of the run: all its persons and one DONE batch, or no person and no batch.
      const touched = pending.slice(0, 3).map((file) => files.indexOf(file));
      for (const [f, s] of await states(touched)) {
        if (s.persons === 0) expect(s.batches).toEqual([]);
        else {
          expect(s).toEqual({ persons: ROWS, batches: [{ status: 'DONE', imported: ROWS }] });
          committed.add(f);
        }
      }
    }
    expect(kills).toBe(TRIALS);

    // Nothing lost: what is not in yet is imported to the end; nothing twice: every file again adds nothing.
    const rest = await runChild(files.slice(2), null);
    expect(rest.done.length).toBe(files.length - 2);
    expect(rest.code).toBe(0);
    for (const [, s] of await states(files.map((_, f) => f))) {
      expect(s.persons).toBe(ROWS);
      expect(s.batches.filter((b) => b.imported > 0)).toEqual([{ status: 'DONE', imported: ROWS }]);
    }
    const [{ dup }] = await ownerQuery(
      `select count(*)::int as dup from (select person_id from benefit group by person_id, program_code having count(*) > 1) x`,
    );
    expect(dup).toBe(0);
  }, 900_000);
});
