import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deriveTier, parseIdNumber, PROGRAM_OWNERS, RELATIONS } from '@xiejiu/rules';
import { createDepartment } from '../../modules/department/department.service';
import { ownerQuery, resetDatabase, seedFixture, TestApp } from '../../../test/harness';
import { DEMO_DEPARTMENTS } from '../demo-district';
import { generateHousehold, type VillageInfo } from './generate';
import { LedgerNotEmptyError, seedHouseholds, type SeedHouseholdsResult } from './index';
import { Rng, WeightedTable } from './prng';

const ASOF = new Date('2026-11-01T00:00:00Z');

describe('demo household generator (pure)', () => {
  const villages = new WeightedTable<VillageInfo>([
    [{ code: '500199001001', name: '滨江社区', townName: '城南街道', urban: true, community: true }, 1],
    [{ code: '500199101201', name: '桂花村', townName: '青石镇', urban: false, community: false }, 1],
  ]);
  const run = (seed: number, n: number) => {
    const ctx = { rng: new Rng(seed), asOf: ASOF, villages, usedIds: new Set<number>() };
    return Array.from({ length: n }, () => generateHousehold(ctx));
  };

  it('is deterministic for a seed (names, IDs, structures, benefits)', () => {
    const strip = (hs: ReturnType<typeof run>) =>
      hs.map((h) => [
        h.address,
        h.tier,
        h.persons.map((p) => [p.name, p.idNumber, p.relation, p.incomeMonths]),
        h.benefits.map((b) => [b.programCode, b.status, b.monthlyAmountFen]),
      ]);
    expect(strip(run(7, 300))).toEqual(strip(run(7, 300)));
    expect(strip(run(7, 50))).not.toEqual(strip(run(8, 50)));
  });

  it('has about 4.7% low-income persons and ~6% disabled over a large sample', () => {
    const hs = run(11, 20_000);
    const persons = hs.reduce((s, h) => s + h.persons.length, 0);
    const low = hs.reduce((s, h) => s + (h.tier ? h.livingPersons : 0), 0);
    const disabled = hs.reduce((s, h) => s + h.persons.filter((p) => p.disabilityType).length, 0);
    expect(persons / hs.length).toBeGreaterThan(2.3);
    expect(persons / hs.length).toBeLessThan(2.8);
    expect(low / persons).toBeGreaterThan(0.04);
    expect(low / persons).toBeLessThan(0.055);
    expect(disabled / persons).toBeGreaterThan(0.05);
    expect(disabled / persons).toBeLessThan(0.07);
    for (const tier of ['T1', 'T2', 'T3', 'T4']) expect(hs.some((h) => h.tier === tier)).toBe(true);
    // T3 (脱贫户/监测对象) only in rural areas.
    expect(hs.filter((h) => h.tier === 'T3').every((h) => h.residenceType === 'RURAL')).toBe(true);
  });
});

describe('demo household generator (PostgreSQL)', () => {
  let t: TestApp;
  let result: SeedHouseholdsResult;
  const HOUSEHOLDS = 500;

  beforeAll(async () => {
    await resetDatabase();
    t = await TestApp.open();
    await seedFixture(t);
    // The fixture has 民政 and 人社 only: add the other owners of the programs the generator writes.
    const district = t.system('fixture', '500199000000');
    const have = new Set((await ownerQuery<{ code: string }>(`select code from department`)).map((r) => r.code));
    for (const d of DEMO_DEPARTMENTS) if (!have.has(d.code)) await createDepartment(district, d);
    result = await seedHouseholds(inject('ownerUrl'), t.runtime.fieldCrypto, { households: HOUSEHOLDS, seed: 42, asOf: ASOF, batchSize: 120 });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('writes the requested households across the fixture villages', async () => {
    expect(result.households).toBe(HOUSEHOLDS);
    const [h] = await ownerQuery(`select count(*)::int as n, count(distinct area_code)::int as areas from household`);
    expect(h.n).toBe(HOUSEHOLDS);
    expect(h.areas).toBe(3);
    const [p] = await ownerQuery(`select count(*)::int as n from person`);
    expect(p.n).toBe(result.persons);
    // The fixture's villages are all under 镇 (town digits ≥ 100): rural, 组 addresses.
    const types = await ownerQuery(`select distinct residence_type from household`);
    expect(types.map((r) => r.residence_type)).toEqual(['RURAL']);
  });

  it('gives every person a valid, unique ID consistent with birth date and sex', async () => {
    const rows = await ownerQuery<{ id_enc: string; id_bidx: string; id_masked: string; birth_date: string; sex: string }>(
      `select id_enc, id_bidx, id_masked, to_char(birth_date, 'YYYY-MM-DD') as birth_date, sex from person`,
    );
    const seen = new Set<string>();
    for (const r of rows) {
      const id = t.runtime.fieldCrypto.decrypt(r.id_enc);
      const parsed = parseIdNumber(id, ASOF);
      expect(parsed.ok, id).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.birthDate).toBe(r.birth_date);
      expect(parsed.value.sex).toBe(r.sex);
      expect(id.slice(0, 4)).toBe('5001');
      expect(r.id_masked).toBe(id.slice(0, 3) + '*'.repeat(11) + id.slice(-4));
      expect(seen.has(id)).toBe(false);
      seen.add(id);
    }
    expect(seen.size).toBe(result.persons);
  });

  it('stores no plaintext ID number or phone in any ledger column', async () => {
    // Ciphertext only (not `like '%5001%'`: four digits occur in random base64 now and then).
    const [enc] = await ownerQuery(`select count(*)::int as n from person where id_enc !~ '^v2:[0-9a-f]{16}:[A-Za-z0-9+/=]+$' or id_enc ~ '[0-9]{17}[0-9X]'`);
    expect(enc.n).toBe(0);
    const ids = new Set((await ownerQuery<{ id_enc: string }>(`select id_enc from person`)).map((r) => t.runtime.fieldCrypto.decrypt(r.id_enc)));
    const phones = new Set(
      (
        await ownerQuery<{ phone_enc: string }>(
          `select phone_enc from person where phone_enc is not null union select phone_enc from household where phone_enc is not null`,
        )
      ).map((r) => t.runtime.fieldCrypto.decrypt(r.phone_enc)),
    );
    expect(phones.size).toBeGreaterThan(0);
    for (const table of ['household', 'person', 'membership', 'person_income', 'person_asset', 'benefit', 'tier_history']) {
      const rows = await ownerQuery<{ t: string }>(`select x::text as t from ${table} x`);
      for (const { t: text } of rows) {
        for (const m of text.match(/\d{17}[\dX]|1[3-9]\d{9}/g) ?? []) {
          expect(ids.has(m) || phones.has(m), `${table}: ${m}`).toBe(false);
        }
      }
    }
  });

  it('keeps ages consistent with relations to the head', async () => {
    const rows = await ownerQuery<{ relation: string; born: string; head_born: string }>(
      `select m.relation, p.birth_date::text as born, hp.birth_date::text as head_born
         from membership m join person p on p.id = m.person_id
         join household h on h.id = m.household_id join person hp on hp.id = h.head_person_id`,
    );
    expect(rows.length).toBe(result.persons);
    const younger = new Set(['SON', 'DAUGHTER', 'GRANDCHILD', 'CHILD_IN_LAW']);
    const older = new Set(['FATHER', 'MOTHER', 'GRANDPARENT']);
    for (const r of rows) {
      expect(Object.keys(RELATIONS)).toContain(r.relation);
      if (younger.has(r.relation)) expect(r.born > r.head_born, `${r.relation} ${r.born} vs head ${r.head_born}`).toBe(true);
      if (older.has(r.relation)) expect(r.born < r.head_born, `${r.relation} ${r.born} vs head ${r.head_born}`).toBe(true);
    }
    // Exactly one HEAD per household, and it is household.head_person_id.
    const [bad] = await ownerQuery(
      `select count(*)::int as n from household h where (select count(*) from membership m where m.household_id = h.id and m.relation = 'HEAD') <> 1
          or not exists (select 1 from membership m where m.household_id = h.id and m.person_id = h.head_person_id and m.relation = 'HEAD')`,
    );
    expect(bad.n).toBe(0);
  });

  it('gives every person exactly one active membership matching person.household_id', async () => {
    const [r] = await ownerQuery(
      `select count(*)::int as persons,
              count(*) filter (where (select count(*) from membership m where m.person_id = p.id and m.to_date is null) = 1)::int as one_active,
              count(*) filter (where exists (select 1 from membership m where m.person_id = p.id and m.to_date is null
                                             and m.household_id = p.household_id and m.area_code = p.area_code))::int as consistent
         from person p`,
    );
    expect(r.one_active).toBe(r.persons);
    expect(r.consistent).toBe(r.persons);
  });

  it('has roughly 4–6% low-income persons (loose bounds for a small sample)', async () => {
    const [r] = await ownerQuery(
      `select count(*) filter (where h.tier is not null and p.death_date is null)::float / count(*) as share from person p join household h on h.id = p.household_id`,
    );
    expect(result.lowIncomePersons / result.persons).toBeCloseTo(r.share, 6);
    expect(r.share).toBeGreaterThan(0.02);
    expect(r.share).toBeLessThan(0.09);
  });

  it("stores each household's tier as deriveTier of its benefits (dead members' benefits excluded) with tier history", async () => {
    const households = await ownerQuery<{ id: string; tier: string | null; tier_reason: string }>(`select id, tier, tier_reason from household`);
    const benefits = await ownerQuery<{ household_id: string; program_code: string; status: string; person_id: string | null }>(
      `select household_id, program_code, status, person_id from benefit`,
    );
    const dead = new Set(
      (await ownerQuery<{ id: string }>(`select id from person where death_date is not null and 'DECEASED' = any(statuses)`)).map((r) => r.id),
    );
    const byHh = new Map<string, typeof benefits>();
    for (const b of benefits) byHh.set(b.household_id, [...(byHh.get(b.household_id) ?? []), b]);
    for (const h of households) {
      const d = deriveTier(
        (byHh.get(h.id) ?? []).map((b) => ({ programCode: b.program_code, status: b.status, personId: b.person_id })),
        dead,
      );
      expect(h.tier).toBe(d.tier);
      expect(h.tier_reason).toBe(d.reason);
    }
    const [hist] = await ownerQuery(
      `select count(*) filter (where h.tier is not null)::int as tiered,
              count(*) filter (where h.tier is not null and exists (select 1 from tier_history th where th.household_id = h.id and th.from_tier is null
                                 and th.to_tier = h.tier and th.actor_name = '系统(演示数据)'))::int as with_history
         from household h`,
    );
    expect(hist.tiered).toBeGreaterThan(0);
    expect(hist.with_history).toBe(hist.tiered);
  });

  it('assigns every benefit to its owning department, from the roster', async () => {
    const rows = await ownerQuery<{ program_code: string; code: string; source: string }>(
      `select distinct b.program_code, d.code, b.source from benefit b join department d on d.id = b.department_id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.code).toBe(PROGRAM_OWNERS[r.program_code]);
      expect(r.source).toBe('ROSTER');
    }
  });

  it('refuses to add to a non-empty ledger unless asked, and then avoids existing IDs', async () => {
    await expect(seedHouseholds(inject('ownerUrl'), t.runtime.fieldCrypto, { households: 5, seed: 42, asOf: ASOF })).rejects.toBeInstanceOf(
      LedgerNotEmptyError,
    );
    // Same seed again: the same ID numbers come up, and must be re-issued rather than collide.
    const more = await seedHouseholds(inject('ownerUrl'), t.runtime.fieldCrypto, { households: 50, seed: 42, asOf: ASOF, allowExisting: true });
    const [r] = await ownerQuery(`select count(*)::int as n, count(distinct id_bidx)::int as d from person`);
    expect(r.n).toBe(result.persons + more.persons);
    expect(r.d).toBe(r.n);
  });
});
