import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseIdNumber, PROGRAM_OWNERS } from '@xiejiu/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRosterFiles, type Manifest, REFERENCE_DATASETS, ROSTER_ERROR_CODES } from '../bench/roster/generate';
import { DATASET_DEFS } from '../src/modules/roster/datasets';
import { openTable } from '../src/modules/roster/read';
import type { Dataset } from '../src/modules/roster/records';
import { cellsByHeader, mapHeader, validateRow } from '../src/modules/roster/validate';
import { DEMO_TOWNS } from '../src/seed/demo-district';

/** The P1/P6 bench's file generator (bench/roster/generate.ts): templates, validity, determinism, manifest. */
const TODAY = '2026-12-07';
const ROWS = 3000;
const villages = new Set(DEMO_TOWNS.flatMap((t) => t.villages.map((v) => v.code)));
const vctx = {
  today: TODAY,
  programs: new Map(Object.entries(PROGRAM_OWNERS)),
  departmentCode: null,
  areaExists: (c: string) => villages.has(c),
  inScope: () => true,
};

let dirA: string;
let dirB: string;
let manifest: Manifest;

async function readAll(file: string, dataset: Dataset) {
  const reader = await openTable(file, { maxBytes: 1 << 30 });
  const headers = mapHeader(dataset, reader.header);
  const rows: Array<{ cells: Record<string, string>; errors: string[] }> = [];
  for await (const { cells } of reader.rows()) {
    const byHeader = cellsByHeader(headers, cells);
    const res = validateRow(dataset, byHeader, vctx);
    rows.push({ cells: byHeader, errors: res.errors ? res.errors.map((e) => e.code) : [] });
  }
  return { header: reader.header, rows };
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

beforeAll(async () => {
  dirA = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-gen-a-'));
  dirB = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-gen-b-'));
  manifest = await generateRosterFiles({ outDir: dirA, rows: ROWS, seed: 7, today: TODAY });
  await generateRosterFiles({ outDir: dirB, rows: ROWS, seed: 7, today: TODAY });
});

afterAll(() => {
  fs.rmSync(dirA, { recursive: true, force: true });
  fs.rmSync(dirB, { recursive: true, force: true });
});

describe('bench roster file generator', () => {
  it('writes every file with the exact template headers of its dataset', async () => {
    for (const dataset of ['roster', ...REFERENCE_DATASETS] as Dataset[]) {
      const { header } = await readAll(path.join(dirA, `${dataset}.csv`), dataset);
      expect(header, dataset).toEqual(DATASET_DEFS[dataset].columns.map((c) => c.header));
    }
  });

  it('is deterministic for a seed, and a different seed gives different files', async () => {
    for (const f of Object.keys(manifest.files)) expect(sha(path.join(dirB, f)), f).toBe(sha(path.join(dirA, f)));
    expect(fs.readFileSync(path.join(dirB, 'manifest.json'), 'utf8')).toBe(fs.readFileSync(path.join(dirA, 'manifest.json'), 'utf8'));
    const dirC = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-gen-c-'));
    try {
      await generateRosterFiles({ outDir: dirC, rows: ROWS, seed: 8, today: TODAY });
      expect(sha(path.join(dirC, 'roster.csv'))).not.toBe(sha(path.join(dirA, 'roster.csv')));
    } finally {
      fs.rmSync(dirC, { recursive: true, force: true });
    }
  });

  it('roster: only the planted error rows fail, one typed code each, and the counts match the manifest', async () => {
    const { rows } = await readAll(path.join(dirA, 'roster.csv'), 'roster');
    expect(rows.length).toBe(ROWS);
    expect(manifest.roster.rows).toBe(ROWS);
    const counts: Record<string, number> = {};
    for (const r of rows) {
      expect(r.errors.length).toBeLessThanOrEqual(1);
      for (const c of r.errors) counts[c] = (counts[c] ?? 0) + 1;
    }
    for (const code of ROSTER_ERROR_CODES) {
      expect(counts[code] ?? 0, code).toBe(manifest.roster.errorRows[code]);
      expect(manifest.roster.errorRows[code], code).toBeGreaterThan(0);
    }
    expect(Object.keys(counts).sort()).toEqual([...ROSTER_ERROR_CODES].sort());
    const valid = rows.filter((r) => r.errors.length === 0);
    expect(valid.length).toBe(manifest.roster.validRows);
    // Valid ID numbers everywhere except the rows planted with an ID error.
    for (const r of rows) {
      const idError = r.errors.some((c) => c.startsWith('BAD_') && ['BAD_CHECK_DIGIT', 'BAD_BIRTH_DATE', 'BAD_ID_FORMAT'].includes(c));
      if (!idError && r.cells.身份证号) expect(parseIdNumber(r.cells.身份证号, new Date(`${TODAY}T00:00:00Z`)).ok).toBe(true);
    }
    // Exact duplicates as the manifest says; conflicts: the same ID under two heads.
    const lines = valid.map((r) => JSON.stringify(r.cells));
    expect(lines.length - new Set(lines).size).toBe(manifest.roster.duplicateRows);
    const heads = new Map<string, Set<string>>();
    for (const r of valid) {
      const head = r.cells.户主身份证号 || r.cells.身份证号;
      heads.set(r.cells.身份证号, (heads.get(r.cells.身份证号) ?? new Set()).add(head));
    }
    const twoHeads = [...heads].filter(([, h]) => h.size > 1).map(([id]) => id);
    expect(twoHeads.sort()).toEqual([...manifest.rules['8'].planted].sort());
    expect(manifest.roster.conflictRows).toBe(manifest.rules['8'].planted.length);
    // Every member's head is listed in the file.
    const ids = new Set(valid.map((r) => r.cells.身份证号));
    for (const r of valid) if (r.cells.户主身份证号) expect(ids.has(r.cells.户主身份证号)).toBe(true);
  });

  it('reference files are valid, count as the manifest says, and name planted persons of the roster only', async () => {
    const roster = await readAll(path.join(dirA, 'roster.csv'), 'roster');
    const rosterIds = new Set(roster.rows.filter((r) => r.errors.length === 0).map((r) => r.cells.身份证号));
    const plantedOrNear = new Set(Object.values(manifest.rules).flatMap((r) => [...r.planted, ...r.nearMiss]));
    for (const dataset of REFERENCE_DATASETS) {
      const { rows } = await readAll(path.join(dirA, `${dataset}.csv`), dataset);
      expect(rows.length, dataset).toBe(manifest.files[`${dataset}.csv`].rows);
      for (const r of rows) {
        expect(r.errors, `${dataset} ${JSON.stringify(r.cells)}`).toEqual([]);
        if (rosterIds.has(r.cells.身份证号)) expect(plantedOrNear.has(r.cells.身份证号), dataset).toBe(true);
      }
    }
  });

  it('manifest: planted and near-miss persons per rule, all in the roster, never both', () => {
    expect(Object.keys(manifest.rules)).toHaveLength(15);
    const roster = fs.readFileSync(path.join(dirA, 'roster.csv'), 'utf8');
    for (const [no, r] of Object.entries(manifest.rules)) {
      if (no === '12' || no === '15') {
        expect(r.planted, no).toEqual([]);
        expect(r.note).toBeTruthy();
        continue;
      }
      expect(r.planted.length, no).toBeGreaterThan(0);
      expect(r.nearMiss.length, no).toBeGreaterThan(0);
      for (const id of [...r.planted, ...r.nearMiss]) expect(roster.includes(id), `${no} ${id}`).toBe(true);
      expect(
        r.planted.filter((id) => r.nearMiss.includes(id)),
        no,
      ).toEqual([]);
      expect(r.plantedHash).toBe(
        createHash('sha256')
          .update([...r.planted].sort().join('\n'))
          .digest('hex'),
      );
    }
    expect(manifest.today).toBe(TODAY);
    expect(manifest.payMonth).toBe('2026-12-01');
  });
});
