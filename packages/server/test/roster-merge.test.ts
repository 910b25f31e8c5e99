import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentByCode } from '../src/modules/department/department.service';
import { mergeRoster } from '../src/modules/roster/merge-roster';
import type { RosterRecord } from '../src/modules/roster/records';
import { stageCopySql, stageLine, stageTableSql } from '../src/modules/roster/stage';
import { copyIn } from '../src/shared/sql';
import { AREAS, ownerQuery, resetDatabase, seedFixture, TestApp } from './harness';
import { household, makeId, member } from './ledger-fixture';

/**
 * The set-based roster merge (modules/roster/merge-roster.ts) on staged rows: persons and households
 * from 户主身份证号 / 与户主关系, benefits of the owning department, conflicts kept as evidence,
 * nothing added twice. The file readers and validation have their own tests (modules/roster).
 */
let t: TestApp;
let minzheng: string;

beforeAll(async () => {
  await resetDatabase();
  t = await TestApp.open();
  await seedFixture(t);
  minzheng = (await departmentByCode(t.system(), 'MINZHENG'))!.id;
});
afterAll(async () => t?.close());

let batchNo = 0;
const rec = (name: string, idNumber: string, headIdNumber: string, relation: string, extra: Partial<RosterRecord> = {}): RosterRecord => ({
  name,
  idNumber,
  headIdNumber,
  relation,
  programCode: 'DIBAO',
  monthlyAmountFen: 50_000,
  startDate: '2026-01-01',
  endDate: null,
  areaCode: AREAS.village1a,
  phone: null,
  note: null,
  ...extra,
});

async function merge(records: RosterRecord[]) {
  const ctx = t.system('roster-test');
  const batchId = `00000000-0000-4000-8000-${String(++batchNo).padStart(12, '0')}`;
  return ctx.asSystem('roster-test', async (em) => {
    await em.execute(stageTableSql('roster'));
    async function* lines() {
      let line = 1;
      for (const r of records)
        yield stageLine(t.runtime.fieldCrypto, 'roster', ++line, `${r.idNumber}|${r.programCode}|${r.monthlyAmountFen}|${r.headIdNumber}|${r.endDate}`, r);
    }
    await copyIn(em, stageCopySql('roster'), lines());
    return mergeRoster(em, {
      batchId,
      today: '2026-12-05',
      departments: new Map([
        ['DIBAO', minzheng],
        ['TEKUN', minzheng],
      ]),
      actorName: '系统(test)',
      datasetName: '救助对象名册',
    });
  });
}

const personByName = async (name: string) =>
  (
    await ownerQuery<{ id: string; household_id: string | null; area_code: string }>(`select id, household_id, area_code from person where name = $1`, [name])
  )[0];

describe('roster merge', () => {
  const head = makeId('19700101', 'M');
  const spouse = makeId('19720202', 'F');
  const child = makeId('20100303', 'M');
  const loner = makeId('19400404', 'F');

  it('creates persons, households with their head, memberships, benefits of the owning department and tiers', async () => {
    const r = await merge([
      rec('名册户主', head, head, 'HEAD'),
      rec('名册配偶', spouse, head, 'SPOUSE'),
      rec('名册子女', child, head, 'SON'),
      rec('名册特困', loner, loner, 'HEAD', { programCode: 'TEKUN', areaCode: AREAS.village2a, monthlyAmountFen: 90_000 }),
    ]);
    expect(r).toMatchObject({ valid: 4, duplicates: 0, unchanged: 0, imported: 4, conflicts: 0, households: 2, headNotFound: [] });
    const h = await personByName('名册户主');
    const members = await ownerQuery(`select relation from membership where household_id = $1 and to_date is null order by relation`, [h.household_id]);
    expect(members.map((m) => m.relation)).toEqual(['HEAD', 'SON', 'SPOUSE']);
    // New persons are written with the household they head or join, and its village.
    for (const name of ['名册户主', '名册配偶', '名册子女']) {
      expect(await personByName(name), name).toMatchObject({ household_id: h.household_id, area_code: AREAS.village1a });
    }
    const [hh] = await ownerQuery(`select tier, area_code, head_person_id, residence_type from household where id = $1`, [h.household_id]);
    expect(hh).toMatchObject({ tier: 'T2', area_code: AREAS.village1a, head_person_id: h.id });
    const benefits = await ownerQuery(
      `select program_code, status, monthly_amount_fen::int as fen, source, department_id from benefit where household_id = $1`,
      [h.household_id],
    );
    expect(benefits).toHaveLength(3);
    expect(benefits.every((b) => b.status === 'ACTIVE' && b.source === 'ROSTER' && b.department_id === minzheng && b.fen === 50_000)).toBe(true);
    const l = await personByName('名册特困');
    const [lh] = await ownerQuery(`select tier, area_code from household where id = $1`, [l.household_id]);
    expect(lh).toEqual({ tier: 'T1', area_code: AREAS.village2a });
    const history = await ownerQuery(`select to_tier, reason from tier_history where household_id = $1`, [l.household_id]);
    expect(history).toEqual([{ to_tier: 'T1', reason: expect.stringContaining('救助对象名册导入') }]);
  });

  it('adds nothing when the same rows come again; a changed amount updates the benefit (version bumped)', async () => {
    const again = await merge([rec('名册户主', head, head, 'HEAD'), rec('名册配偶', spouse, head, 'SPOUSE')]);
    expect(again).toMatchObject({ valid: 2, unchanged: 2, imported: 0 });
    const before = await ownerQuery(`select b.id, b.version from benefit b join person p on p.id = b.person_id where p.name = '名册配偶'`);
    const changed = await merge([rec('名册配偶', spouse, head, 'SPOUSE', { monthlyAmountFen: 61_000 })]);
    expect(changed).toMatchObject({ imported: 1, unchanged: 0 });
    const after = await ownerQuery(
      `select b.id, b.version, b.monthly_amount_fen::int as fen from benefit b join person p on p.id = b.person_id where p.name = '名册配偶'`,
    );
    expect(after).toEqual([{ id: before[0].id, version: before[0].version + 1, fen: 61_000 }]);
  });

  it('counts exact duplicates in a file once; an end date in the past stops the benefit', async () => {
    const a = makeId('19800505', 'M');
    const r = await merge([rec('重复行', a, a, 'HEAD', { endDate: '2026-06-30' }), rec('重复行', a, a, 'HEAD', { endDate: '2026-06-30' })]);
    expect(r).toMatchObject({ valid: 2, duplicates: 1, imported: 1 });
    const [b] = await ownerQuery(`select b.status from benefit b join person p on p.id = b.person_id where p.name = '重复行'`);
    expect(b.status).toBe('STOPPED');
  });

  it('keeps conflicts as evidence: a person under two heads keeps the first; a person of another household keeps it', async () => {
    const h1 = makeId('19600101', 'M');
    const h2 = makeId('19610101', 'M');
    const both = makeId('19900101', 'F');
    const settled = member('已在他户', '19850101', 'SPOUSE', 'F');
    const existing = await household(t, AREAS.village1b, [member('他户户主', '19600606', 'HEAD'), settled]);
    const r = await merge([
      rec('甲户主', h1, h1, 'HEAD'),
      rec('两处列明', both, h1, 'DAUGHTER'),
      rec('乙户主', h2, h2, 'HEAD'),
      rec('两处列明', both, h2, 'DAUGHTER', { programCode: 'TEKUN' }),
      rec('已在他户', settled.idNumber, h1, 'SPOUSE'),
    ]);
    expect(r.conflicts).toBe(2);
    const kinds = await ownerQuery(`select kind, line from roster_conflict order by line`);
    expect(kinds).toEqual([
      { kind: 'TWO_HEADS', line: 5 },
      { kind: 'OTHER_HOUSEHOLD', line: 6 },
    ]);
    const p = await personByName('两处列明');
    const h1p = await personByName('甲户主');
    expect(p.household_id).toBe(h1p.household_id);
    const s = await personByName('已在他户');
    expect(s.household_id).toBe(existing);
    // The benefit still lands on the household the person belongs to.
    const [b] = await ownerQuery(`select household_id from benefit where person_id = $1`, [s.id]);
    expect(b.household_id).toBe(existing);
  });

  it('reports rows whose head is nowhere, and imports the rest', async () => {
    const ghost = makeId('19500101', 'M');
    const orphan = makeId('19990101', 'M');
    const ok = makeId('19550101', 'M');
    const r = await merge([rec('无户主', orphan, ghost, 'SON'), rec('有户主', ok, ok, 'HEAD')]);
    expect(r.headNotFound).toEqual([2]);
    expect(r.imported).toBe(1);
    expect(await personByName('无户主')).toBeUndefined();
  });
});
